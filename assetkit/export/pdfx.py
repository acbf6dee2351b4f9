"""PDF/X-4 identification: output intent, XMP metadata and the document information dictionary.

PDF/X-4 (ISO 15930-7) asks for: an output intent with the printing condition's ICC profile
(here FOGRA39, a four-channel CMYK profile), XMP metadata naming the PDF/X version, a title,
the trapping state (also in the Info dictionary), a document ID (the trailer /ID pikepdf writes
on save), no encryption and PDF 1.6 or later. The page boxes come from :mod:`marks`.
"""

from __future__ import annotations

import uuid
import zlib
from datetime import UTC, datetime
from pathlib import Path

import pikepdf
from pikepdf import Array, Dictionary, Name

from assetkit import __version__
from assetkit.errors import ResourceError

CREATOR = f"assetkit {__version__}"
PDFX_VERSION = "PDF/X-4"


def add_output_intent(pdf: pikepdf.Pdf, profile: Path, condition: str, info: str) -> None:
    try:
        compressed = _compressed_profile(profile)
    except OSError:
        raise ResourceError(f"Das Ausgabeprofil {profile} fehlt; ohne es kann kein PDF/X "
                            "erzeugt werden.") from None
    icc = pikepdf.Stream(pdf, b"")
    icc.write(compressed, filter=Name.FlateDecode)      # saved as it is, not compressed again
    icc.N = 4
    intent = Dictionary(
        Type=Name.OutputIntent,
        S=Name.GTS_PDFX,
        OutputConditionIdentifier=pikepdf.String(condition),
        OutputCondition=pikepdf.String(info),
        RegistryName=pikepdf.String("http://www.color.org"),
        Info=pikepdf.String(info),
        DestOutputProfile=icc,
    )
    pdf.Root.OutputIntents = Array([pdf.make_indirect(intent)])


def _compressed_profile(profile: Path) -> bytes:
    """The profile Flate-compressed, as the PDF stores it; kept in the user cache folder
    (compressing FOGRA39's 120 KB took 4 ms of every export)."""
    from assetkit.userdirs import derived_data

    stat = profile.stat()
    key = (f"profile-flate 1 {zlib.ZLIB_RUNTIME_VERSION} {profile.resolve()} {stat.st_size} "
           f"{stat.st_mtime_ns}")
    # derived_data's key and CRC already tell that the file is what zlib wrote for this profile.
    return derived_data("color", f"{profile.stem}-flate", key,
                        lambda: zlib.compress(profile.read_bytes()))


def set_metadata(pdf: pikepdf.Pdf, title: str, pdfx: bool, now: datetime | None = None) -> None:
    """XMP and Info dictionary, kept in step by pikepdf."""
    now = now or datetime.now(UTC).replace(microsecond=0)
    stamp = now.isoformat()
    pdf.docinfo[Name.Title] = title
    pdf.docinfo[Name.Creator] = CREATOR
    pdf.docinfo[Name.Producer] = f"{CREATOR} (cairo, pikepdf)"
    pdf.docinfo[Name.Trapped] = Name("/False")
    pdf.docinfo[Name.CreationDate] = pikepdf.String(_pdf_date(now))
    pdf.docinfo[Name.ModDate] = pikepdf.String(_pdf_date(now))
    if pdfx:
        pdf.docinfo[Name.GTS_PDFXVersion] = PDFX_VERSION
    with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as meta:
        meta["dc:title"] = title
        meta["xmp:CreatorTool"] = CREATOR
        meta["xmp:CreateDate"] = stamp
        meta["xmp:ModifyDate"] = stamp
        meta["xmp:MetadataDate"] = stamp
        meta["pdf:Producer"] = str(pdf.docinfo[Name.Producer])
        meta["pdf:Trapped"] = "False"
        meta["xmpMM:DocumentID"] = f"uuid:{uuid.uuid4()}"
        meta["xmpMM:InstanceID"] = f"uuid:{uuid.uuid4()}"
        if pdfx:
            meta["xmpMM:VersionID"] = "1"
            meta["xmpMM:RenditionClass"] = "default"
            meta["pdfxid:GTS_PDFXVersion"] = PDFX_VERSION


def _pdf_date(when: datetime) -> str:
    return when.strftime("D:%Y%m%d%H%M%S") + "Z"
