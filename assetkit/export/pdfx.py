"""PDF/X-4 identification: output intent, XMP metadata and the document information dictionary.

PDF/X-4 (ISO 15930-7) asks for: an output intent with the printing condition's ICC profile
(here FOGRA39, a four-channel CMYK profile), XMP metadata naming the PDF/X version, a title,
the trapping state (also in the Info dictionary), a document ID (the trailer /ID pikepdf writes
on save), no encryption and PDF 1.6 or later. The page boxes come from :mod:`marks`.
"""

from __future__ import annotations

import uuid
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
        data = profile.read_bytes()
    except OSError:
        raise ResourceError(f"Das Ausgabeprofil {profile} fehlt; ohne es kann kein PDF/X "
                            "erzeugt werden.") from None
    icc = pdf.make_stream(data)
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
