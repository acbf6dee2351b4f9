"""Output file names from a pattern such as ``{office}_{template}_{row}``, safe on Windows.

A name must survive every file system an office uses: no characters Windows forbids, no reserved
device names (CON, PRN, NUL, COM1 …, also with an extension), no trailing dot or space, not too
long, and unique ignoring case (Windows and macOS do not tell „Köln.png“ from „köln.png“).
"""

from __future__ import annotations

import re
import string
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from assetkit.batch.errors import BatchError
from assetkit.batch.mapping import norm

DEFAULT_PATTERN = "{office}_{template}_{row}"
BUILTIN_TOKENS = ("office", "template", "row", "preset", "format")
MAX_STEM_CHARS = 120          # leaves room for the output folder within Windows' 260 characters
MAX_NAME_BYTES = 240          # Linux/macOS: 255 bytes per name, with room for „.tmp“ siblings
_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_RESERVED = {"con", "prn", "aux", "nul",
             *(f"com{i}" for i in "123456789¹²³"), *(f"lpt{i}" for i in "123456789¹²³")}


def sanitize(stem: str, fallback: str = "datei") -> str:
    """``stem`` as a Windows-safe file name stem (no extension)."""
    text = unicodedata.normalize("NFC", stem)
    text = re.sub(r"\s+", " ", text).strip()     # line breaks from multi-line cells too
    text = _FORBIDDEN.sub("_", text)
    text = re.sub(r"_{2,}", "_", text)
    text = text.lstrip(".")                       # no hidden files, no clash with temp files
    text = text[:MAX_STEM_CHARS]
    while len(text.encode("utf-8")) > MAX_NAME_BYTES - 10:
        text = text[:-1]
    text = text.rstrip(". ")
    if not text.strip("_ "):
        text = fallback
    if text.split(".")[0].casefold().rstrip() in _RESERVED:
        text = f"_{text}"
    return text


@dataclass(frozen=True)
class NamePattern:
    """A parsed pattern; ``{column}`` placeholders name data columns (case-insensitive)."""

    text: str
    fields: tuple[str, ...]
    columns: Mapping[str, str]     # placeholder → data column

    @classmethod
    def parse(cls, pattern: str, columns: Iterable[str]) -> NamePattern:
        pattern = pattern.strip()
        for suffix in (".png", ".jpg", ".jpeg", ".pdf", ".svg"):
            # The extension follows each output's format; a pattern may still show one.
            if pattern.lower().endswith(suffix):
                pattern = pattern[: -len(suffix)]
                break
        if not pattern:
            raise BatchError("Das Namensmuster ist leer.")
        try:
            fields = tuple(f for _lit, f, _spec, _conv in string.Formatter().parse(pattern)
                           if f is not None)
        except ValueError as exc:
            raise BatchError(f"Das Namensmuster „{pattern}“ ist fehlerhaft ({exc}); "
                             "Platzhalter stehen in geschweiften Klammern wie {row}.") from None
        by_norm = {norm(c): c for c in columns}
        mapped: dict[str, str] = {}
        for f in fields:
            if not f.strip():
                raise BatchError(f"Das Namensmuster „{pattern}“ enthält leere Klammern {{}}.")
            if f in BUILTIN_TOKENS:
                continue
            if norm(f) not in by_norm:
                raise BatchError(
                    f"Im Namensmuster ist {{{f}}} weder eine Spalte der Datendatei noch einer von "
                    f"{', '.join('{' + t + '}' for t in BUILTIN_TOKENS)}."
                )
            mapped[f] = by_norm[norm(f)]
        return cls(pattern, fields, mapped)

    def with_tokens(self, *tokens: str) -> NamePattern:
        """Append ``_{token}`` for tokens the pattern lacks but several outputs need."""
        text = self.text
        for t in tokens:
            if t not in self.fields:
                text += f"_{{{t}}}"
        fields = tuple(f for _l, f, _s, _c in string.Formatter().parse(text) if f is not None)
        return NamePattern(text, fields, self.columns)

    def render(self, tokens: Mapping[str, str], row: Mapping[str, str]) -> str:
        """The sanitised stem for one output."""
        values = {f: (tokens.get(f, "") if f in BUILTIN_TOKENS else row.get(self.columns[f], ""))
                  for f in self.fields}
        # Each value is cleaned on its own so a „/“ in an office name cannot add a folder.
        safe = {k: _FORBIDDEN.sub("_", " ".join(str(v).split())) for k, v in values.items()}
        out = []
        for literal, f, _spec, _conv in string.Formatter().parse(self.text):
            out.append(literal)
            if f is not None:
                out.append(safe[f])
        return sanitize("".join(out))


class UniqueNames:
    """Hands out names that differ ignoring case: „x.png“, „x_2.png“, „x_3.png“ …"""

    def __init__(self, reserved: Iterable[str] = ()) -> None:
        self._taken = {n.casefold() for n in reserved}

    def take(self, stem: str, suffix: str) -> str:
        name = f"{stem}{suffix}"
        n = 1
        while name.casefold() in self._taken:
            n += 1
            name = f"{stem}_{n}{suffix}"
        self._taken.add(name.casefold())
        return name
