"""German (or any pyphen language) hyphenation points for a word.

Only runs of letters of mixed or lower case are hyphenated (acronyms such as „ÖPNV“ are
not), at least two letters stay before and three after the break, as German typesetting
prefers.

pyphen parses all ~78,000 patterns of the German dictionary when it loads it (about 0.4 s,
a fifth of a whole ``assetkit render``). :class:`_LazyHyphDict` reads the file the same way
but only splits each line into its key (the letters) and its raw text; a pattern's digits are
parsed the first time a word looks it up. Hyphenation results are exactly pyphen's.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache
from pathlib import Path

import pyphen

_LEFT, _RIGHT = 2, 3
_MIN_WORD = _LEFT + _RIGHT


class _LazyPatterns(dict):  # type: ignore[type-arg]
    """pattern letters → (offset, values) as pyphen stores them, parsed on first lookup."""

    def __init__(self, raw: dict[str, str]) -> None:
        super().__init__()
        self._raw = raw

    def get(self, key: str, default: object = None) -> object:
        if key in self:
            value = dict.__getitem__(self, key)
        else:
            raw = self._raw.get(key)
            if raw is None:
                return default
            value = self[key] = _parse(raw)[1]
        return default if value is None else value


def _parse(pattern: str) -> tuple[str, tuple[int, tuple[int, ...]] | None]:
    """One pattern line as pyphen's ``HyphDict`` parses it: (key, (offset, values)), or
    (key, None) for a pattern of zeros only (pyphen skips those)."""
    pattern = pyphen.parse_hex(lambda match: chr(int(match.group(1), 16)), pattern)
    factory: object = int
    if "/" in pattern and "=" in pattern:
        pattern, alternative = pattern.split("/", 1)
        factory = pyphen.AlternativeParser(pattern, alternative)
    tags, values = zip(*[(string, factory(i or "0"))  # type: ignore[operator]
                         for i, string in pyphen.parse(pattern)], strict=True)
    if max(values) == 0:
        return "".join(tags), None
    start, end = 0, len(values)
    while not values[start]:
        start += 1
    while not values[end - 1]:
        end -= 1
    return "".join(tags), (start, values[start:end])


class _LazyHyphDict(pyphen.HyphDict):
    """A pyphen ``HyphDict`` whose patterns are parsed lazily (``positions`` is pyphen's)."""

    def __init__(self, path: Path) -> None:  # noqa: D107 -- see the class docstring
        with path.open("rb") as fd:
            encoding = fd.readline().decode().strip()
        if encoding.lower() == "microsoft-cp1251":
            encoding = "cp1251"
        lines = [line.strip() for line in path.read_text(encoding).split("\n")[1:]]
        lines = [line for line in lines if line and not line.startswith(pyphen.ignored)]
        # The letters of every pattern in one C-level pass (digits are single bytes in UTF-8).
        keys = "\n".join(lines).encode("utf-8").translate(None, b"0123456789") \
            .decode("utf-8").split("\n")
        raw = dict(zip(keys, lines, strict=True))
        special = {key for key, line in raw.items() if "^^" in line or "/" in line}
        if len(raw) != len(lines):
            # A repeated key: pyphen keeps the last pattern that is not all zeros.
            special |= {key for key, n in Counter(keys).items() if n > 1}
        eager: dict[str, tuple[int, tuple[int, ...]]] = {}
        for key, line in zip(keys, lines, strict=True) if special else ():
            # Rare lines (hex escapes, nonstandard alternatives, repeats), in file order.
            if key in special:
                raw.pop(key, None)
                real_key, value = _parse(line)
                if value is not None:
                    eager[real_key] = value
        self.patterns = _LazyPatterns(raw)
        self.patterns.update(eager)
        self.cache: dict[str, list[int]] = {}
        self.maxlen = max(len(key) for key in (*raw, *eager))


@lru_cache(maxsize=8)
def _dictionary(lang: str) -> pyphen.Pyphen | None:
    """The pyphen dictionary, or None for a language pyphen does not know (no hyphenation)."""
    name = pyphen.language_fallback(lang)
    if name is None or name not in pyphen.LANGUAGES:
        return None
    path = Path(pyphen.LANGUAGES[name])
    if path not in pyphen.hdcache:
        pyphen.hdcache[path] = _LazyHyphDict(path)
    return pyphen.Pyphen(filename=path, left=_LEFT, right=_RIGHT)


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
