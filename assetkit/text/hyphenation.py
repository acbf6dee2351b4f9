"""German (or any pyphen language) hyphenation points for a word.

Only runs of letters are hyphenated, and not abbreviations (runs with two or more
capitals: „ÖPNV“, „BAföG“); at least three letters stay before and three after the break, as
German typesetting prefers (no „Ab-“, „Ma-rburg“, „-er“).

pyphen parses all ~78,000 patterns of the German dictionary when it loads it (about 0.4 s,
a fifth of a whole ``assetkit render``). :class:`_LazyHyphDict` reads the file the same way
but only splits each line into its key (the letters) and its raw text; a pattern's digits are
parsed the first time a word looks it up. Even that split (50 ms) is done once per dictionary
file: the table is kept in the user cache folder (marshal, about 2 MB for German), its lines
in buckets by the first letters of their key, and a bucket is split only when a word needs
it (about 3 ms for a flyer). The dictionary gives exactly pyphen's positions;
:func:`hyphenation_points` then drops the implausible break before a lone consonant.
"""

from __future__ import annotations

import marshal
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pyphen

_LEFT, _RIGHT = 3, 3
_MIN_WORD = _LEFT + _RIGHT
_PREFIX = 4               # letters of a key that choose its bucket (~11,000 for German)
_DIGITS = b"0123456789"


@dataclass(frozen=True)
class _Table:
    """A dictionary file split up: raw lines by key prefix, the rare lines parsed already."""

    buckets: dict[str, bytes]   # key[:_PREFIX] → its raw lines, "\n"-joined UTF-8
    eager: dict[str, tuple[int, tuple[int, ...]]]
    maxlen: int


class _LazyPatterns(dict):  # type: ignore[type-arg]
    """pattern letters → (offset, values) as pyphen stores them, parsed on first lookup."""

    def __init__(self, buckets: dict[str, bytes]) -> None:
        super().__init__()
        self._buckets = dict(buckets)      # emptied as buckets are split
        self._raw: dict[str, str] = {}

    def get(self, key: str, default: object = None) -> object:
        if key in self:
            value = dict.__getitem__(self, key)
        else:
            raw = self._raw.get(key)
            if raw is None:
                bucket = self._buckets.pop(key[:_PREFIX], None)
                if bucket is None:
                    return default
                keys = bucket.translate(None, _DIGITS).decode("utf-8").split("\n")
                self._raw.update(zip(keys, bucket.decode("utf-8").split("\n"), strict=True))
                raw = self._raw.get(key)
                if raw is None:
                    return default
            value = self[key] = _parse(raw)[1]
        return default if value is None else value


def _keys(lines: list[str]) -> list[str]:
    """The letters of each pattern line, in one C-level pass (digits are single bytes in UTF-8)."""
    return "\n".join(lines).encode("utf-8").translate(None, _DIGITS).decode("utf-8").split("\n")


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
        table = _cached_table(path)
        self.patterns = _LazyPatterns(table.buckets)
        self.patterns.update(table.eager)
        self.cache: dict[str, list[int]] = {}
        self.maxlen = table.maxlen


def _read_table(path: Path) -> _Table:
    """Split a hyph_*.dic file as pyphen reads it (encoding line, ignored lines, last wins)."""
    with path.open("rb") as fd:
        encoding = fd.readline().decode().strip()
    if encoding.lower() == "microsoft-cp1251":
        encoding = "cp1251"
    lines = [line.strip() for line in path.read_text(encoding).split("\n")[1:]]
    lines = [line for line in lines if line and not line.startswith(pyphen.ignored)]
    keys = _keys(lines)
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
    grouped: defaultdict[str, list[str]] = defaultdict(list)
    for key, line in raw.items():
        grouped[key[:_PREFIX]].append(line)
    return _Table({prefix: "\n".join(group).encode("utf-8") for prefix, group in grouped.items()},
                  eager,
                  max(len(key) for key in (*raw, *eager)))


def _cached_table(path: Path) -> _Table:
    """The table of ``path`` from the user cache folder; read from the file (and cached)
    when there is none for this very file, or it is damaged, or the folder is unusable."""
    from assetkit.userdirs import derived_data

    stat = path.stat()
    key = f"hyphenation 2 {pyphen.__version__} {path.resolve()} {stat.st_size} {stat.st_mtime_ns}"
    found: list[_Table] = []

    def build() -> bytes:
        found.append(_read_table(path))
        try:
            return marshal.dumps((found[0].buckets, found[0].eager, found[0].maxlen))
        except ValueError:      # a table marshal cannot hold (pyphen's alternative patterns)
            return b""

    def check(data: bytes) -> bool:
        table = _decode(data)
        found.extend([table] if table is not None else [])
        return table is not None

    derived_data("hyphenation", path.stem, key, build, check)
    return found[0]


def _decode(data: bytes) -> _Table | None:
    """The table in cached data, or None when it is not one."""
    try:
        buckets, eager, maxlen = marshal.loads(data)
    except (ValueError, EOFError, TypeError):
        return None
    if not (isinstance(buckets, dict) and isinstance(eager, dict) and isinstance(maxlen, int)):
        return None
    return _Table(buckets, eager, maxlen)


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
            if len(run) >= _MIN_WORD and sum(c.isupper() for c in run) < 2:
                points.extend(start + p for p in _plausible(run, dictionary.positions(run)))
            start = None
    return tuple(points)


def _plausible(word: str, positions: list[int]) -> list[int]:
    """pyphen's points without the first of two points around a lone consonant: a consonant
    is never a syllable of its own, and the German patterns put such pairs where a compound
    joins („Per-so-na-l-aus-weis“): the break belongs after the consonant („Personal-ausweis“,
    not „Persona-lausweis“)."""
    return [p for p in positions
            if not (p + 1 in positions and word[p].lower() not in _VOWELS)]


_VOWELS = frozenset("aeiouyäöü")
