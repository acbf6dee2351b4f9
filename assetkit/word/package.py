"""Read a Word file (.docx/.docm/.dotx/.dotm) safely as a zip of parts, and write it back.

Only what is needed is parsed; every part is kept as the exact bytes it had, so parts we do not
touch stay byte-identical. Rejected with one German sentence: binary .doc files, encrypted
documents (an OLE container holding ``EncryptedPackage``), damaged zips, odd entry names
(absolute, ``..``, backslashes, duplicates) and zips that would unpack to absurd sizes
(:data:`LIMITS`, checked before a part is unpacked; ``docs/limits.md``).
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from assetkit.errors import os_reason
from assetkit.safeload import ZipLimits, check_zip, megabytes
from assetkit.word.errors import WordError

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# Every part is held in memory while stamping and packed again, so memory is about twice the
# unpacked size. Real forms are a few MB, with photos some tens.
MAX_FILE_BYTES = 200_000_000
LIMITS = ZipLimits(max_entries=5000, max_total=200_000_000, max_entry=200_000_000)
OFFICE_DOCUMENT_REL = (
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument")
PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"

_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False,
                          remove_blank_text=False)


@dataclass
class DocxPackage:
    """The parts of a Word file in their original order; ``parts`` maps name → bytes."""

    name: str                           # for messages
    infos: list[zipfile.ZipInfo]
    parts: dict[str, bytes]
    main_part: str                      # e.g. "word/document.xml"
    added: list[str] = field(default_factory=list)

    def xml(self, part: str) -> etree._Element:
        return parse_xml(self.parts[part], f"{self.name}: {part}")

    def rels_name(self, part: str) -> str:
        folder, base = posixpath.split(part)
        return posixpath.join(folder, "_rels", base + ".rels")

    def resolve(self, source_part: str, target: str) -> str:
        """Part name a relationship ``target`` of ``source_part`` points to."""
        if target.startswith("/"):
            return posixpath.normpath(target.lstrip("/"))
        return posixpath.normpath(posixpath.join(posixpath.dirname(source_part), target))

    def relationships(self, part: str) -> dict[str, tuple[str, str, str]]:
        """rId → (type, target part or URL, TargetMode) of ``part``."""
        rels_name = self.rels_name(part)
        if rels_name not in self.parts:
            return {}
        root = self.xml(rels_name)
        result = {}
        for rel in root.iter(f"{{{PKG_REL_NS}}}Relationship"):
            mode = rel.get("TargetMode", "Internal")
            target = rel.get("Target", "")
            if mode != "External":
                target = self.resolve(part, target)
            result[rel.get("Id", "")] = (rel.get("Type", ""), target, mode)
        return result

    def put(self, part: str, data: bytes) -> None:
        if part not in self.parts:
            self.added.append(part)
        self.parts[part] = data

    def to_bytes(self) -> bytes:
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
            for info in self.infos:
                clone = zipfile.ZipInfo(info.filename, info.date_time)
                clone.compress_type = zipfile.ZIP_DEFLATED
                clone.external_attr = info.external_attr
                zf.writestr(clone, self.parts[info.filename])
            for name in self.added:
                zf.writestr(name, self.parts[name])
        return out.getvalue()


def parse_xml(data: bytes, where: str) -> etree._Element:
    try:
        return etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError:
        raise WordError(f"{where} enthält fehlerhaftes XML; die Datei ist beschädigt.") from None


def read_docx(path: Path) -> DocxPackage:
    try:
        if Path(path).stat().st_size > MAX_FILE_BYTES:
            raise WordError(f"„{Path(path).name}“ ist größer als {megabytes(MAX_FILE_BYTES)} und "
                            "wird nicht verarbeitet.")
        data = Path(path).read_bytes()
    except FileNotFoundError:
        raise WordError(f"Die Datei {path} gibt es nicht.") from None
    except OSError as exc:
        raise WordError(f"Die Datei {path} ist nicht lesbar ({os_reason(exc)}).") from None
    return load_docx(data, Path(path).name)


def load_docx(data: bytes, name: str) -> DocxPackage:
    if data.startswith(OLE_MAGIC):
        if "EncryptedPackage".encode("utf-16-le") in data:
            raise WordError(f"„{name}“ ist verschlüsselt (Kennwortschutz); bitte in Word den "
                            "Kennwortschutz entfernen und erneut versuchen.")
        raise WordError(f"„{name}“ ist ein altes Word-Dokument (.doc); bitte in Word oder "
                        "LibreOffice als .docx speichern und erneut versuchen.")
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, EOFError, OSError):
        raise WordError(f"„{name}“ ist keine gültige Word-Datei (.docx) oder beschädigt.") from None
    with zf:
        infos = zf.infolist()
        _check_entries(infos, name)
        parts: dict[str, bytes] = {}
        try:
            for info in infos:
                parts[info.filename] = zf.read(info)
        except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError,
                NotImplementedError, RuntimeError):
            raise WordError(f"„{name}“ ist beschädigt; die Datei lässt sich nicht entpacken.") \
                from None
    if "[Content_Types].xml" not in parts or "_rels/.rels" not in parts:
        raise WordError(f"„{name}“ ist keine Word-Datei (.docx): Pflichtteile fehlen.")
    package = DocxPackage(name=name, infos=infos, parts=parts, main_part="")
    mains = [target for rtype, target, _mode in package.relationships("").values()
             if rtype == OFFICE_DOCUMENT_REL]
    if len(mains) != 1 or mains[0] not in parts:
        raise WordError(f"„{name}“ ist keine Word-Datei (.docx): das Hauptdokument fehlt.")
    package.main_part = mains[0]
    if package.xml(mains[0]).tag != "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}document":
        raise WordError(f"„{name}“ ist kein Word-Dokument (vielleicht Excel oder PowerPoint).")
    return package


_BAD_CHARS = re.compile(r"[\x00-\x1f\\:*?\"<>|]")


def _check_entries(infos: list[zipfile.ZipInfo], name: str) -> None:
    check_zip(infos, LIMITS, what=f"„{name}“", error=WordError)
    seen: set[str] = set()
    for info in infos:
        entry = info.filename
        segments = entry.removesuffix("/").split("/")   # a trailing "/" marks a folder entry
        if (not entry or entry.startswith("/") or _BAD_CHARS.search(entry)
                or any(s in ("", ".", "..") for s in segments) or entry.lower() in seen):
            raise WordError(f"„{name}“ enthält einen ungültigen Eintrag („{entry[:80]}“) und "
                            "wird aus Sicherheitsgründen nicht verarbeitet.")
        seen.add(entry.lower())
        if info.flag_bits & 0x1:
            raise WordError(f"„{name}“ ist verschlüsselt; bitte den Kennwortschutz entfernen.")
