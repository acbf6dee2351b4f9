"""Stamping print PDFs: what a print shop's preflight would fault in a stamped copy.

- **PDF/X.** A file that claims PDF/X (``GTS_PDFXVersion`` in the Info dictionary or XMP) and
  has a CMYK output intent gets the logo in the brand's CMYK values (``brand.toml``; black and
  greys on the black plate only), its transparency group in DeviceCMYK: no DeviceRGB is added,
  and the claim stays, with ModDate, ``xmp:ModifyDate``/``MetadataDate`` and a new
  ``xmpMM:InstanceID`` (the DocumentID stays: it is the same document). A PDF/X file without a
  CMYK output intent, or a logo colour that has no CMYK value, loses the claim instead, and
  the report says so — as stamped PDF/A files lose theirs.
- **Trim.** Where a page has a TrimBox, the logo's margin is measured from it, not from the
  MediaBox, so on a print PDF the logo does not end up in the bleed and cut zone.
- **Version.** The logo is a transparency group (PDF 1.4); a copy of an older file says 1.4.
- **Size.** A page without area cannot be stamped; one clear sentence instead of an internal
  error.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import pikepdf
from pikepdf import Name

from assetkit.brand import load_brand
from assetkit.geometry import Rect
from assetkit.stamp import geometry

TRANSPARENCY_VERSION = "1.4"
_PDFX_XMP_KEYS = ("pdfxid:GTS_PDFXVersion", "pdfx:GTS_PDFXVersion", "pdfx:GTS_PDFXConformance")
_PDFX_INFO_KEYS = ("/GTS_PDFXVersion", "/GTS_PDFXConformance")
_RGB_OPERATORS = {"rg": "k", "RG": "K"}
_MAX_DEPTH = 8


def pdfx_claim(pdf: pikepdf.Pdf) -> str:
    """The PDF/X version the file claims (e.g. "PDF/X-4"), "" when none."""
    value = pdf.docinfo.get("/GTS_PDFXVersion")
    if value is not None:
        return str(value)
    try:
        meta = pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False)
        for key in _PDFX_XMP_KEYS[:2]:
            if meta.get(key):
                return str(meta[key])
    except Exception:  # noqa: BLE001 -- broken XMP only means "no claim we can read"
        return ""
    return ""


def has_cmyk_intent(pdf: pikepdf.Pdf) -> bool:
    """Whether the file's PDF/X output intent is a four-channel (CMYK) profile."""
    intents = pdf.Root.get("/OutputIntents")
    if not isinstance(intents, pikepdf.Array):
        return False
    for intent in intents:
        if not isinstance(intent, pikepdf.Dictionary) or intent.get("/S") != "/GTS_PDFX":
            continue
        profile = intent.get("/DestOutputProfile")
        if isinstance(profile, pikepdf.Stream) and int(profile.get("/N", 0)) == 4:
            return True
    return False


def logo_to_cmyk(form: pikepdf.Object) -> bool:
    """Rewrite the logo form XObject (CairoSVG's DeviceRGB) in the brand's CMYK, in place.
    False when it holds something this cannot convert exactly (then nothing is promised)."""
    return _form_to_cmyk(form, 0)


def _form_to_cmyk(form: pikepdf.Object, depth: int) -> bool:
    if depth > _MAX_DEPTH:
        return False
    ops = []
    for instruction in pikepdf.parse_content_stream(form):
        if isinstance(instruction, pikepdf.ContentStreamInlineImage):
            return False
        operator = str(instruction.operator)
        operands = list(instruction.operands)
        if operator in _RGB_OPERATORS:
            cmyk = brand_cmyk(*(float(v) for v in operands))
            if cmyk is None:
                return False
            ops.append(pikepdf.ContentStreamInstruction(
                list(cmyk), pikepdf.Operator(_RGB_OPERATORS[operator])))
            continue
        if operator in ("cs", "CS", "sc", "SC", "scn", "SCN", "sh", "BI"):
            return False            # colour spaces, shadings: not in a CairoSVG logo we know
        ops.append(instruction)
    form.write(pikepdf.unparse_content_stream(ops))
    group = form.get("/Group")
    if isinstance(group, pikepdf.Dictionary) and "/CS" in group:
        group.CS = Name.DeviceCMYK
    resources = form.get("/Resources")
    if isinstance(resources, pikepdf.Dictionary):
        for xobject in resources.get("/XObject", pikepdf.Dictionary()).values():
            if xobject.get("/Subtype") != "/Form" or not _form_to_cmyk(xobject, depth + 1):
                return False
        if "/Shading" in resources or "/Pattern" in resources or "/ColorSpace" in resources:
            return False
    return True


def brand_cmyk(r: float, g: float, b: float) -> tuple[float, float, float, float] | None:
    """A logo colour's CMYK (0..1): the brand palette's defined values, greys as a K tint
    (black = 100 % K); None for any other colour."""
    rgb = tuple(max(0, min(255, round(v * 255))) for v in (r, g, b))
    if rgb[0] == rgb[1] == rgb[2]:
        return (0.0, 0.0, 0.0, round(1 - rgb[0] / 255, 4))
    defined = load_brand().cmyk_for_hex("#{:02X}{:02X}{:02X}".format(*rgb))
    if defined is None:
        return None
    c, m, y, k = (round(v / 100, 4) for v in defined)
    return (c, m, y, k)


def adds_transparency(form: pikepdf.Object) -> bool:
    """Whether the logo form uses PDF 1.4 transparency (a group, or alpha in a graphics state)."""
    group = form.get("/Group")
    if isinstance(group, pikepdf.Dictionary) and group.get("/S") == "/Transparency":
        return True
    resources = form.get("/Resources")
    if not isinstance(resources, pikepdf.Dictionary):
        return False
    states = resources.get("/ExtGState", pikepdf.Dictionary())
    return any(key in state for state in states.values()
               for key in ("/CA", "/ca", "/SMask", "/BM"))


def mark_modified(pdf: pikepdf.Pdf, now: datetime | None = None) -> None:
    """ModDate and the XMP dates now, a new InstanceID (the DocumentID stays)."""
    now = now or datetime.now(UTC).replace(microsecond=0)
    pdf.docinfo[Name.ModDate] = pikepdf.String(now.strftime("D:%Y%m%d%H%M%S") + "Z")
    with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as meta:
        meta["xmp:ModifyDate"] = now.isoformat()
        meta["xmp:MetadataDate"] = now.isoformat()
        meta["xmpMM:InstanceID"] = f"uuid:{uuid.uuid4()}"


def drop_pdfx_claim(pdf: pikepdf.Pdf) -> None:
    for key in _PDFX_INFO_KEYS:
        if key in pdf.docinfo:
            del pdf.docinfo[key]
    with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as meta:
        for key in _PDFX_XMP_KEYS:
            if key in meta:
                del meta[key]


def trim_area(page: pikepdf.Page, visible: tuple[float, float, float, float],
              to_user: geometry.Matrix) -> Rect | None:
    """The page's TrimBox inside its visible box, in visual coordinates; None without one."""
    value = page.obj.get("/TrimBox")
    if not isinstance(value, pikepdf.Array) or len(value) != 4:
        return None
    try:
        x0, y0, x1, y1 = (float(v) for v in value)
    except (TypeError, ValueError):
        return None
    box = (max(min(x0, x1), visible[0]), max(min(y0, y1), visible[1]),
           min(max(x0, x1), visible[2]), min(max(y0, y1), visible[3]))
    if box[2] - box[0] < 1 or box[3] - box[1] < 1 or box == visible:
        return None
    return geometry.user_rect_to_visual(box, to_user)


def moved(rect: Rect, dx: float, dy: float) -> Rect:
    return Rect(rect.x + dx, rect.y + dy, rect.width, rect.height)
