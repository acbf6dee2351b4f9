"""German typographic clean-up of typed text, as a typesetter would do it.

Straight quotes become „…“ and ‚…‘, a spaced hyphen becomes a spaced en dash, three dots an
ellipsis. Apostrophes inside words (geht's) become ’. Applied by compose to every text field.
A hyphen between digits stays: it may be a phone extension (5678-0) as well as a range.
"""

from __future__ import annotations

import re

_DOUBLE = re.compile(r'"([^"\n]*)"')
_SINGLE = re.compile(r"(?<![\w])'([^'\n]*)'(?![\w])")
_APOSTROPHE = re.compile(r"(?<=\w)'(?=\w|\s|$)")
_SPACED_HYPHEN = re.compile(r"(?<=\s)-(?=\s)")


def german_typography(text: str) -> str:
    text = _DOUBLE.sub(lambda m: f"„{m.group(1)}“", text)
    text = _SINGLE.sub(lambda m: f"‚{m.group(1)}‘", text)
    text = _APOSTROPHE.sub("’", text)
    text = _SPACED_HYPHEN.sub("–", text)
    return text.replace("...", "…")
