"""The label a programme line opens with: its time, or the text before a tab.

A programme is set one item per line: „10:00 Uhr Begrüßung“. With a hanging indent
(``TextStyle.hang``) the label hangs and every line of the item's text — the first after the
label, the further ones when it wraps — starts in one column, as a typesetter sets a
programme. :func:`leading_label` finds the label in one paragraph:

* the text before a tab, whatever it is („10:00\\tBegrüßung“, „Vormittag\\tWorkshops“);
* else a leading time: „10:00 Uhr“, „9:30“, „10.30 Uhr“, „10–12 Uhr“, „10 bis 12 Uhr“,
  „ab 14 Uhr“, „gegen 16 Uhr“, with a colon or comma after it („14 Uhr:“) and a separator
  standing on its own („10 Uhr · Begrüßung“, „10 Uhr – Begrüßung“). A number is a time
  only with minutes or „Uhr“ („10 Teilnehmende“ is no label).

A label needs item text after it; a line that is only a time has none. The line breaker keeps
a label on one line (:func:`assetkit.text.breaking.prepare_words`).
"""

from __future__ import annotations

import re

_HOUR = r"(?:[01]?\d|2[0-4])"
_MINUTES = r"[:.][0-5]\d"
_TIME = rf"{_HOUR}(?:{_MINUTES})?"
_PREFIX = r"(?:(?:[Aa]b|[Bb]is|[Gg]egen|[Uu]m|[Vv]on|[Cc]a\.|[Cc]irca)\s+)?"
_RANGE = rf"(?:\s*[-–—]\s*|\s+bis\s+){_TIME}"
# Atomic: a label takes all of „10:00 Uhr“ or nothing (never „10:00“ with „Uhr“ as its item).
_LABEL = re.compile(
    rf"(?>{_PREFIX}(?P<time>{_TIME}(?:{_RANGE})?)(?P<uhr>\s+Uhr)?[:,]?"
    r"(?:\s+[·•|/–—-])?)"           # a separator standing on its own: „10 Uhr · Begrüßung“
    r"(?=\s+\S)")                   # the item text follows
_HAS_MINUTES = re.compile(_MINUTES)


def leading_label(paragraph: str) -> int | None:
    """Where the label that opens ``paragraph`` ends (an index into it), or None when the
    paragraph opens with none. The label is ``paragraph[start:end]`` with ``start`` the
    first character that is not a space."""
    start = len(paragraph) - len(paragraph.lstrip())
    tab = paragraph.find("\t", start)
    if tab > start and paragraph[tab:].strip():
        return len(paragraph[:tab].rstrip())
    match = _LABEL.match(paragraph, start)
    if match is None or not (match["uhr"] or _HAS_MINUTES.search(match["time"])):
        return None
    return match.end()
