"""German (or any pyphen language) hyphenation points for a word.

Only runs of letters of mixed or lower case are hyphenated (acronyms such as „ÖPNV“ are
not), at least two letters stay before and three after the break, as German typesetting
prefers.
"""

from __future__ import annotations

from functools import lru_cache

import pyphen

_LEFT, _RIGHT = 2, 3
_MIN_WORD = _LEFT + _RIGHT


@lru_cache(maxsize=8)
def _dictionary(lang: str) -> pyphen.Pyphen | None:
    """The pyphen dictionary, or None for a language pyphen does not know (no hyphenation)."""
    try:
        return pyphen.Pyphen(lang=lang, left=_LEFT, right=_RIGHT)
    except KeyError:
        return None


@lru_cache(maxsize=16384)
def hyphenation_points(text: str, lang: str) -> tuple[int, ...]:
    """Indices into ``text`` where a hyphen may be inserted (break before that index)."""
    dictionary = _dictionary(lang)
    if dictionary is None:
        return ()
    points: list[int] = []
    start = None
    for i, ch in enumerate(text + " "):
        if ch.isalpha():
            if start is None:
                start = i
            continue
        if start is not None:
            run = text[start:i]
            if len(run) >= _MIN_WORD and not run.isupper():
                points.extend(start + p for p in dictionary.positions(run))
            start = None
    return tuple(points)
