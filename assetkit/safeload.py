"""Bounded reading of files a user or a colleague hands over: TOML, JSON and zip archives.

Every settings-like file assetkit reads (office profile, print preset, ``brand.toml``, the
manifests of brand kits and project files) is parsed here: its size is bounded before parsing,
nesting deeper than any real file is refused, and every decoding problem (not UTF-8, a syntax
error, too deep) becomes one German sentence naming the file, raised as the caller's own error
class. Zip containers (project files, brand kits, Excel workbooks, Word documents) are checked
here against entry count, unpacked sizes and packing ratio before anything is unpacked.

A ground-floor module (imports only :mod:`assetkit.errors`). The limits are listed in
``docs/limits.md``.
"""

from __future__ import annotations

import json
import tomllib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assetkit.errors import AssetkitError, os_reason

if TYPE_CHECKING:        # the checks read only the directory; callers open the archive
    import zipfile

# Real settings files nest three or four levels (brand.toml: logo.layouts.horizontal.color).
MAX_DEPTH = 32
MAX_SETTINGS_BYTES = 1_000_000

ErrorType = Callable[[str], AssetkitError]


def megabytes(size: int) -> str:
    """``size`` as users read it in messages: „1 MB“, „200 MB“, „64 KB“."""
    if size >= 1_000_000:
        return f"{size / 1_000_000:g} MB".replace(".", ",")
    return f"{size / 1000:g} KB".replace(".", ",")


def read_bytes(path: Path, *, what: str, error: ErrorType,
               max_bytes: int = MAX_SETTINGS_BYTES) -> bytes:
    """The bytes of ``path``, refused with one sentence when missing, unreadable or too large.

    ``what`` names the file at the start of a sentence, e.g. „Das Dienststellenprofil a.toml“.
    """
    try:
        with Path(path).open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except FileNotFoundError:
        raise error(f"{what} gibt es nicht.") from None
    except IsADirectoryError:
        raise error(f"{what} ist ein Ordner und keine Datei.") from None
    except OSError as exc:
        raise error(f"{what} ist nicht lesbar ({os_reason(exc)}).") from None
    _check_size(data, what, error, max_bytes)
    return data


def _check_size(data: bytes | str, what: str, error: ErrorType, max_bytes: int) -> None:
    if len(data) > max_bytes:
        raise error(f"{what} ist größer als {megabytes(max_bytes)} und wird nicht gelesen.")


def _text(data: bytes | str, what: str, error: ErrorType) -> str:
    if isinstance(data, str):
        return data
    try:
        return data.decode("utf-8-sig")       # Windows editors may put a BOM in front
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        raise error(f"{what} ist nicht als UTF-8 gespeichert (Zeile {line}); bitte im Editor "
                    "mit der Codierung UTF-8 speichern.") from None


def parse_toml(data: bytes | str, *, what: str, error: ErrorType,
               max_bytes: int = MAX_SETTINGS_BYTES) -> dict[str, Any]:
    """A TOML document as a dict; every problem is ``error`` with one sentence."""
    result: dict[str, Any] = _parse(data, tomllib.loads, what, error, max_bytes)
    return result


def parse_json(data: bytes | str, *, what: str, error: ErrorType,
               max_bytes: int = MAX_SETTINGS_BYTES) -> Any:
    """A JSON document; every problem is ``error`` with one sentence."""
    return _parse(data, json.loads, what, error, max_bytes)


def _parse(data: bytes | str, loads: Callable[[str], Any], what: str, error: ErrorType,
           max_bytes: int) -> Any:
    _check_size(data, what, error, max_bytes)
    text = _text(data, what, error)
    try:
        result = loads(text)
    except tomllib.TOMLDecodeError as exc:
        # TOML files are written by people: say where the mistake is.
        raise error(f"{what} ist fehlerhaft (kein gültiges TOML: {exc}).") from None
    except json.JSONDecodeError as exc:
        # JSON files are written by programs, not people: a syntax error means damage.
        raise error(f"{what} ist beschädigt (kein gültiges JSON, Zeile {exc.lineno}).") from None
    except RecursionError:
        raise _too_deep(what, error) from None
    check_depth(result, what=what, error=error)
    return result


def read_toml(path: Path, *, what: str, error: ErrorType,
              max_bytes: int = MAX_SETTINGS_BYTES) -> dict[str, Any]:
    """:func:`parse_toml` of a file, bounded to ``max_bytes``."""
    return parse_toml(read_bytes(path, what=what, error=error, max_bytes=max_bytes),
                      what=what, error=error, max_bytes=max_bytes)


def read_json(path: Path, *, what: str, error: ErrorType,
              max_bytes: int = MAX_SETTINGS_BYTES) -> Any:
    """:func:`parse_json` of a file, bounded to ``max_bytes``."""
    return parse_json(read_bytes(path, what=what, error=error, max_bytes=max_bytes),
                      what=what, error=error, max_bytes=max_bytes)


def check_depth(value: Any, *, what: str, error: ErrorType, limit: int = MAX_DEPTH) -> None:
    """Refuse data nested deeper than ``limit`` (checked without recursion)."""
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        children: Iterable[Any]
        if isinstance(item, dict):
            children = item.values()
        elif isinstance(item, list):
            children = item
        else:
            continue
        if depth > limit:
            raise _too_deep(what, error, limit)
        stack.extend((child, depth + 1) for child in children)


def _too_deep(what: str, error: ErrorType, limit: int = MAX_DEPTH) -> AssetkitError:
    return error(f"{what} ist zu tief verschachtelt (mehr als {limit} Ebenen) und wird nicht "
                 "gelesen.")


# --- zip containers ----------------------------------------------------------------------------

@dataclass(frozen=True)
class ZipLimits:
    """What a zip container may hold. ``max_ratio``: unpacked : packed, per entry and in total
    (``None``: not checked, for formats whose XML legitimately packs very tightly)."""

    max_entries: int
    max_total: int               # unpacked bytes of all entries together
    max_entry: int               # unpacked bytes of one entry
    max_ratio: float | None = None

    # Headers and tiny files pack badly or absurdly well; below this the ratio says nothing.
    ratio_slack: int = 4096


def check_zip(infos: list[zipfile.ZipInfo], limits: ZipLimits, *, what: str,
              error: ErrorType) -> None:
    """Refuse a container by its directory alone, before a byte is unpacked.

    Python's zipfile never returns more bytes than an entry's declared size (it stops and
    fails the checksum), so the declared sizes bound what reading can cost.
    """
    if len(infos) > limits.max_entries:
        raise error(f"{what} enthält mehr als {limits.max_entries} Einträge und wird nicht "
                    "gelesen.")
    total = packed = 0
    for info in infos:
        if info.file_size > limits.max_entry:
            raise error(f"{what}: „{info.filename[:80]}“ wäre entpackt größer als "
                        f"{megabytes(limits.max_entry)} und wird nicht gelesen.")
        if limits.max_ratio is not None and (
                info.file_size > limits.max_ratio * info.compress_size + limits.ratio_slack):
            raise _bomb(what, error)
        total += info.file_size
        packed += info.compress_size
    if total > limits.max_total:
        raise error(f"{what} wäre entpackt größer als {megabytes(limits.max_total)} und wird "
                    "nicht gelesen.")
    if limits.max_ratio is not None and total > limits.max_ratio * packed + limits.ratio_slack:
        raise _bomb(what, error)


def _bomb(what: str, error: ErrorType) -> AssetkitError:
    return error(f"{what} ist verdächtig stark gepackt (ZIP-Bombe?) und wird nicht entpackt.")
