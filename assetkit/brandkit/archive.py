"""The brand-kit file: a zip with ``manifest.json`` (format, versions, SHA-256 of every file).

``pack`` builds it from a folder; ``unpack`` extracts it into an empty folder after checking
every entry. A kit comes from a file share or a USB stick, so it is treated as hostile until
checked: no absolute or ``..`` paths (zip slip), no links, no devices, no encrypted entries,
bounded entry count and sizes (zip bombs), only file types a brand kit consists of, and every
byte checked against the manifest's checksum before anything is used.
"""

from __future__ import annotations

import errno
import hashlib
import io
import json
import re
import stat
import zipfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from assetkit.brandkit.errors import BrandKitError
from assetkit.safeload import ZipLimits, check_zip, parse_json

FORMAT = "assetkit-brandkit"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"

# What a brand kit consists of: the brand file and the folders it and the templates refer to.
# Colour profiles, translations and print presets belong to the application, not the kit.
KIT_TOP = ("brand.toml", "logos", "templates", "fonts")
ALLOWED_SUFFIXES = frozenset({".toml", ".svg", ".otf", ".ttf", ".txt", ".md", ".png", ".jpg",
                              ".jpeg"})
# Files office PCs and Macs leave in folders; never part of a kit.
IGNORED_NAMES = frozenset({"thumbs.db", "desktop.ini", ".ds_store"})

MAX_ENTRIES = 5000
MAX_FILE_BYTES = 64_000_000
MAX_TOTAL_BYTES = 256_000_000
MAX_MANIFEST_BYTES = 1_000_000
MAX_RATIO = 200          # uncompressed : compressed; text compresses ~10:1, bombs 1000:1
# Checked for every entry (above a few KB of slack for headers) and for the kit as a whole.
LIMITS = ZipLimits(max_entries=MAX_ENTRIES, max_total=MAX_TOTAL_BYTES,
                   max_entry=MAX_FILE_BYTES, max_ratio=MAX_RATIO)
_FIXED_TIME = (1980, 1, 1, 0, 0, 0)   # same folder → byte-identical kit file
_SEGMENT = re.compile(r"^[^\x00-\x1f<>:\"|?*\\]{1,255}$")


@dataclass(frozen=True)
class FileEntry:
    path: str          # POSIX path inside the kit
    sha256: str
    size: int


@dataclass(frozen=True)
class Manifest:
    format_version: int
    kit_version: str
    name: str
    created_with: str
    files: tuple[FileEntry, ...]

    def to_json(self) -> bytes:
        data = {
            "format": FORMAT,
            "format_version": self.format_version,
            "kit_version": self.kit_version,
            "name": self.name,
            "created_with": self.created_with,
            "files": [{"path": f.path, "sha256": f.sha256, "size": f.size} for f in self.files],
        }
        return json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8")


def kit_files(source: Path) -> list[str]:
    """The files of a kit folder (POSIX paths), sorted; unknown file types are an error."""
    found: list[str] = []
    for top in KIT_TOP:
        item = source / top
        if not item.exists():
            continue
        candidates = [item] if item.is_file() else sorted(p for p in item.rglob("*") if p.is_file())
        for path in candidates:
            rel = path.relative_to(source).as_posix()
            if path.name.lower() in IGNORED_NAMES or path.name.startswith("."):
                continue
            if path.is_symlink():
                raise BrandKitError(f"{rel} ist eine Verknüpfung; ein Markenpaket enthält nur "
                                    "echte Dateien.")
            if path.suffix.lower() not in ALLOWED_SUFFIXES:
                raise BrandKitError(f"{rel}: Dateien vom Typ „{path.suffix or path.name}“ gehören "
                                    "nicht in ein Markenpaket.")
            found.append(rel)
    return found


def pack(source: Path, files: Iterable[str], *, kit_version: str, name: str,
         created_with: str) -> bytes:
    """The kit file (zip bytes) for ``files`` below ``source``, manifest first."""
    entries = []
    contents = {}
    for rel in files:
        data = (source / rel).read_bytes()
        contents[rel] = data
        entries.append(FileEntry(rel, hashlib.sha256(data).hexdigest(), len(data)))
    manifest = Manifest(FORMAT_VERSION, kit_version, name, created_with, tuple(entries))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for rel, data in [(MANIFEST, manifest.to_json()), *contents.items()]:
            info = zipfile.ZipInfo(rel, date_time=_FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = (stat.S_IFREG | 0o644) << 16
            archive.writestr(info, data)
    return buffer.getvalue()


def unpack(kit: Path, dest: Path) -> Manifest:
    """Check ``kit`` and extract it into the empty folder ``dest``; returns its manifest."""
    try:
        archive = zipfile.ZipFile(kit)
    except FileNotFoundError:
        raise BrandKitError(f"Die Datei {kit} gibt es nicht.") from None
    except (zipfile.BadZipFile, OSError, ValueError):
        raise BrandKitError(f"{kit.name} ist kein Markenpaket (keine lesbare ZIP-Datei).") from None
    with archive:
        infos = _checked_entries(archive, kit.name)
        manifest = _manifest(archive, infos, kit.name)
        expected = {f.path: f for f in manifest.files}
        present = {name for name in infos if name != MANIFEST}
        missing = sorted(set(expected) - present)
        if missing:
            raise BrandKitError(f"{kit.name} ist unvollständig: {missing[0]} fehlt.")
        extra = sorted(present - set(expected))
        if extra:
            raise BrandKitError(f"{kit.name} enthält {extra[0]}, das nicht im Inhaltsverzeichnis "
                                "steht.")
        try:
            for entry in manifest.files:
                _extract(archive, infos[entry.path], entry, dest, kit.name)
            (dest / MANIFEST).write_bytes(manifest.to_json())
        except OSError as exc:
            raise BrandKitError(f"{kit.name} kann nicht entpackt werden: "
                                f"{disk_reason(exc)}.") from None
    return manifest


def disk_reason(exc: OSError) -> str:
    """Why writing failed, in German (the system's own text is English)."""
    if exc.errno == errno.ENOSPC:
        return "der Datenträger ist voll"
    if isinstance(exc, PermissionError):
        return "keine Schreibrechte"
    return f"Systemfehler {exc.errno}" if exc.errno else "Systemfehler"


def _checked_entries(archive: zipfile.ZipFile, kit_name: str) -> dict[str, zipfile.ZipInfo]:
    infos = archive.infolist()
    check_zip(infos, LIMITS, what=f"Das Markenpaket {kit_name}", error=BrandKitError)
    seen: dict[str, str] = {}
    result: dict[str, zipfile.ZipInfo] = {}
    for info in infos:
        name = info.filename
        if name.endswith("/"):
            continue                  # folder entries carry nothing; files create their folders
        _check_name(name, kit_name)
        # Unix zips keep the file type in the high bits; writers that omit it (type 0) make
        # plain files.
        file_type = stat.S_IFMT(info.external_attr >> 16)
        if info.create_system == 3 and file_type and file_type != stat.S_IFREG:
            raise BrandKitError(f"{kit_name}: „{name}“ ist keine gewöhnliche Datei "
                                "(Verknüpfung oder Gerät).")
        if info.flag_bits & 0x1:
            raise BrandKitError(f"{kit_name}: „{name}“ ist verschlüsselt.")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise BrandKitError(f"{kit_name}: „{name}“ ist mit einem unbekannten Verfahren gepackt.")
        folded = name.casefold()      # Windows file systems ignore case
        if folded in seen:
            raise BrandKitError(f"{kit_name} enthält „{name}“ doppelt.")
        seen[folded] = name
        result[name] = info
    return result


def _check_name(name: str, kit_name: str) -> None:
    parts = name.split("/")
    bad = (
        not name or name.startswith("/") or "\\" in name
        or any(p in ("", ".", "..") or not _SEGMENT.match(p) or p.endswith((" ", ".")) for p in parts)
    )
    if bad:
        raise BrandKitError(f"{kit_name} enthält den unzulässigen Pfad „{name[:120]}“.")
    if name == MANIFEST:
        return
    if parts[0] not in KIT_TOP or (parts[0] == "brand.toml") != (len(parts) == 1):
        raise BrandKitError(f"{kit_name}: „{name}“ gehört nicht in ein Markenpaket.")
    if PurePosixPath(name).suffix.lower() not in ALLOWED_SUFFIXES:
        raise BrandKitError(f"{kit_name}: Dateien wie „{parts[-1]}“ gehören nicht in ein "
                            "Markenpaket.")


def _manifest(archive: zipfile.ZipFile, infos: Mapping[str, zipfile.ZipInfo],
              kit_name: str) -> Manifest:
    info = infos.get(MANIFEST)
    if info is None:
        raise BrandKitError(f"{kit_name} ist kein Markenpaket (manifest.json fehlt).")
    if info.file_size > MAX_MANIFEST_BYTES:
        raise BrandKitError(f"{kit_name}: manifest.json ist zu groß.")
    data: Any = parse_json(_read(archive, info, kit_name),
                           what=f"Die Beschreibung manifest.json im Markenpaket {kit_name}",
                           error=BrandKitError, max_bytes=MAX_MANIFEST_BYTES)
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise BrandKitError(f"{kit_name} ist kein Markenpaket von assetkit.")
    version = data.get("format_version")
    if not isinstance(version, int) or version < 1:
        raise BrandKitError(f"{kit_name}: manifest.json nennt keine gültige Formatversion.")
    if version > FORMAT_VERSION:
        raise BrandKitError(f"{kit_name} hat das Format {version}; diese assetkit-Version kennt "
                            f"nur bis {FORMAT_VERSION}. Bitte assetkit aktualisieren.")
    files = data.get("files")
    if not isinstance(files, list):
        raise BrandKitError(f"{kit_name}: manifest.json hat kein Dateiverzeichnis.")
    entries = []
    for item in files:
        ok = (isinstance(item, dict) and isinstance(item.get("path"), str)
              and isinstance(item.get("sha256"), str) and re.fullmatch(r"[0-9a-f]{64}", item["sha256"])
              and isinstance(item.get("size"), int) and item["size"] >= 0)
        if not ok:
            raise BrandKitError(f"{kit_name}: manifest.json hat einen fehlerhaften Dateieintrag.")
        entries.append(FileEntry(item["path"], item["sha256"], item["size"]))
    if len({e.path for e in entries}) != len(entries):
        raise BrandKitError(f"{kit_name}: manifest.json nennt eine Datei doppelt.")
    if "brand.toml" not in {e.path for e in entries}:
        raise BrandKitError(f"{kit_name} enthält keine brand.toml.")
    return Manifest(version, str(data.get("kit_version", "")), str(data.get("name", "")),
                    str(data.get("created_with", "")), tuple(entries))


def _read(archive: zipfile.ZipFile, info: zipfile.ZipInfo, kit_name: str) -> bytes:
    # Read in bounded chunks: never trust the sizes in the zip header alone.
    chunks = []
    total = 0
    try:
        with archive.open(info) as handle:
            while chunk := handle.read(1 << 16):
                total += len(chunk)
                if total > info.file_size or total > MAX_FILE_BYTES:
                    raise BrandKitError(f"{kit_name}: „{info.filename}“ ist größer als angegeben.")
                chunks.append(chunk)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError):
        raise BrandKitError(f"{kit_name} ist beschädigt („{info.filename}“ nicht lesbar).") from None
    return b"".join(chunks)


def _extract(archive: zipfile.ZipFile, info: zipfile.ZipInfo, entry: FileEntry, dest: Path,
             kit_name: str) -> None:
    data = _read(archive, info, kit_name)
    if len(data) != entry.size or hashlib.sha256(data).hexdigest() != entry.sha256:
        raise BrandKitError(f"{kit_name} ist beschädigt oder verändert: die Prüfsumme von "
                            f"„{entry.path}“ stimmt nicht.")
    target = dest.joinpath(*entry.path.split("/"))
    if not target.resolve().is_relative_to(dest.resolve()):   # names are checked; belt and braces
        raise BrandKitError(f"{kit_name} enthält den unzulässigen Pfad „{entry.path}“.")
    target.parent.mkdir(parents=True, exist_ok=True)
    with target.open("xb") as handle:
        handle.write(data)
