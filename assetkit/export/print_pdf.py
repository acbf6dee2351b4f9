"""Print-ready PDF from a composition and a preset: bleed, crop marks, PDF/X-4, CMYK, JPEG photos.

In:  a Composition composed *with* bleed (or without, for presets without bleed), a Preset, the
     Brand (for the palette's defined CMYK values).
Out: :class:`PrintPdf` — the PDF bytes and notes for the user.

Steps:
1. The composition places photos without embedding them (``image_format="none"``); tiny
   stand-in images of unique sizes take their place, so cairo never re-encodes a photo (it
   would store it Flate-compressed, several times larger, and slowly).
2. While cairo draws the vector artwork and the text goes in (:mod:`assetkit.text.pdf_layer`:
   real text in embedded fonts where the composer put its markers), a thread prepares the
   photos: downsampled to the preset's ppi at placed size, converted sRGB → FOGRA39 with
   LittleCMS, limited to the total ink, encoded as JPEG. Pillow and LittleCMS release the
   GIL, so this runs on the second core.
3. The stand-ins are replaced by the prepared photos.
4. Colours are rewritten (:mod:`pdfcolor`), the page is enlarged for the marks, the boxes set,
   the crop marks (and a folded leaflet's fold marks) drawn (:mod:`marks`), and for PDF/X-4
   output intent and XMP added (:mod:`pdfx`).
5. A last check refuses to deliver a CMYK/PDF/X file with DeviceRGB left in it.
"""

from __future__ import annotations

import base64
import io
from dataclasses import dataclass, replace

import pikepdf
from lxml import etree
from pikepdf import Array, Dictionary, Name
from PIL import Image

from assetkit.brand import Brand
from assetkit.compose import Composition, Note
from assetkit.errors import RenderError
from assetkit.export.cmyk import CmykConverter, srgb_profile_path
from assetkit.export.marks import PageGeometry, crop_marks, fold_marks
from assetkit.export.pdfcolor import ColorRewriter, device_rgb_left, uses_device_rgb
from assetkit.export.pdfx import add_output_intent, set_metadata
from assetkit.export.presets import Preset
from assetkit.export.print_photos import (
    PhotoJob,
    PreparedPhoto,
    PrintPhoto,
    print_photos,
)
from assetkit.export.tagged import Apart, figures_apart, tag_page
from assetkit.render import cairo_pdf
from assetkit.render.cairo import pdf_texts
from assetkit.text.pdf_layer import PdfText, set_text

SVG_NS = "http://www.w3.org/2000/svg"
XLINK_HREF = "{http://www.w3.org/1999/xlink}href"
ALL_COLORANTS = Name("/AkAll")


@dataclass(frozen=True)
class PrintPdf:
    data: bytes
    notes: tuple[Note, ...]
    geometry: PageGeometry


def print_pdf(composition: Composition, preset: Preset, brand: Brand,
              photos: PhotoJob) -> PrintPdf:
    """Render and finish ``composition`` for ``preset``. ``photos``: the job
    :func:`~assetkit.export.print_photos.start_photos` started for it."""
    notes: list[Note] = []

    converter = None
    if preset.color == "cmyk":
        assert preset.output_profile is not None
        converter = CmykConverter(brand, preset.output_profile, preset.max_ink)
    placed = print_photos(composition)
    svg = _with_stand_ins(composition.svg, placed)
    apart: list[Apart] = []
    if preset.accessible:       # logo and QR codes become Figures of their own (export.tagged)
        svg, apart = figures_apart(svg, composition)
    raw = cairo_pdf(svg)
    try:
        pdf = pikepdf.open(io.BytesIO(raw))
    except pikepdf.PdfError as exc:  # pragma: no cover - cairo wrote it a moment ago
        raise RenderError("Das gerenderte PDF ist unlesbar.") from exc
    with pdf:
        page = pdf.pages[0]
        set_text(pdf, page, _with_overprint(pdf_texts(composition), converter, preset),
                 tagged=preset.accessible)
        stand_ins = _stand_ins(page, placed, notes)
        if preset.accessible:
            tag_page(pdf, page, composition,
                     {image.objgen: placed[index].field for index, image in stand_ins},
                     apart, _title(composition))
        srgb = None
        if preset.color == "rgb" and preset.is_pdfx:
            srgb = Array([Name.ICCBased, _srgb_stream(pdf)])
        if converter is not None or srgb is not None:
            rewriter = ColorRewriter(pdf, preset.color, converter, srgb)
            rewriter.skip_images = {image.objgen for _, image in stand_ins}
            rewriter.page(page)
        geometry = _geometry(composition, preset, notes)
        _finish_page(pdf, page, composition, geometry, preset)
        title = _title(composition)
        if preset.is_pdfx:
            assert preset.output_profile is not None
            add_output_intent(pdf, preset.output_profile, preset.output_condition,
                              preset.output_condition_info)
        set_metadata(pdf, title, preset.is_pdfx)
        # Everything else is done and checked (the stand-ins are checked once they are the
        # photos): now wait for the photos, usually ready by now.
        no_rgb = preset.is_pdfx or preset.color == "cmyk"
        if no_rgb:
            _refuse_rgb(device_rgb_left(pdf, frozenset(i.objgen for _, i in stand_ins)))
        prepared = photos.prepared(placed)
        for index, image in stand_ins:
            _write_photo(pdf, image, prepared[index])
            if srgb is not None:
                image.ColorSpace = srgb
            if no_rgb and uses_device_rgb(image):
                _refuse_rgb([f"Objekt {image.objgen[0]}"])
        out = io.BytesIO()
        version = "1.7" if preset.accessible else "1.6" if preset.is_pdfx else "1.5"
        pdf.save(out, min_version=version,
                 compress_streams=True, object_stream_mode=pikepdf.ObjectStreamMode.generate)
    return PrintPdf(out.getvalue(), tuple(notes), geometry)


def _refuse_rgb(left: list[str]) -> None:
    if left:
        raise RenderError("Im Druck-PDF sind noch RGB-Farben übrig "
                          f"({', '.join(left[:3])}); es wurde nicht gespeichert.")


# -- photos ---------------------------------------------------------------------------------
def _with_stand_ins(svg: bytes, photos: list[PrintPhoto]) -> bytes:
    """The SVG with a tiny image of a unique size where each photo is drawn."""
    if not photos:
        return svg
    root = etree.fromstring(svg, etree.XMLParser(huge_tree=True, resolve_entities=False))
    nodes = list(root.iter(f"{{{SVG_NS}}}image"))
    for photo in photos:
        node = next((n for n in nodes if _same_box(_geometry_of(n), photo.draw_box)), None)
        if node is not None:
            node.set(XLINK_HREF, _png_uri(photo.stand_in))
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


def _geometry_of(node: etree._Element) -> tuple[float, float, float, float] | None:
    try:
        return tuple(float(node.get(k, "0")) for k in ("x", "y", "width", "height"))  # type: ignore[return-value]
    except ValueError:
        return None


def _same_box(a: tuple[float, ...] | None, b: tuple[float, ...]) -> bool:
    return a is not None and all(abs(p - q) < 1e-3 for p, q in zip(a, b, strict=True))


def _png_uri(size: tuple[int, int]) -> str:
    out = io.BytesIO()
    # Colourful on purpose: cairo would store a grey stand-in as DeviceGray.
    Image.new("RGB", size, (200, 40, 90)).save(out, "PNG")
    return "data:image/png;base64," + base64.b64encode(out.getvalue()).decode("ascii")


def _stand_ins(page: pikepdf.Page, photos: list[PrintPhoto],
               notes: list[Note]) -> list[tuple[int, pikepdf.Object]]:
    """(index into ``photos``, the image XObject cairo wrote for its stand-in)."""
    by_size = {p.stand_in: index for index, p in enumerate(photos)}
    found = []
    for image in _images(page.obj.get("/Resources", Dictionary())):
        index = by_size.pop((int(image.get("/Width", 0)), int(image.get("/Height", 0))), None)
        if index is not None:
            found.append((index, image))
    for index in by_size.values():  # pragma: no cover - cairo always keeps image objects
        notes.append(Note("print.photo_missing",
                          f"Das Foto „{photos[index].field}“ konnte nicht als JPEG eingebettet "
                          "werden."))
    return found


def _images(resources: Dictionary, depth: int = 0) -> list[pikepdf.Object]:
    found = []
    for xobject in resources.get("/XObject", Dictionary()).values():
        if xobject.get("/Subtype") == Name.Image:
            found.append(xobject)
        elif xobject.get("/Subtype") == Name.Form and depth < 8:
            found += _images(xobject.get("/Resources", Dictionary()), depth + 1)
    for pattern in resources.get("/Pattern", Dictionary()).values():
        if pattern.get("/PatternType") == 1 and depth < 8:
            found += _images(pattern.get("/Resources", Dictionary()), depth + 1)
    return found


def _write_photo(pdf: pikepdf.Pdf, image: pikepdf.Object, photo: PreparedPhoto) -> None:
    image.write(photo.data, filter=Name.DCTDecode)
    image.Width, image.Height = photo.size
    image.ColorSpace, image.BitsPerComponent = Name(photo.color_space), 8
    image.Interpolate = False
    if photo.decode is not None:
        image.Decode = Array(photo.decode)
    alpha = photo.alpha
    if alpha is not None:
        mask = pikepdf.Stream(pdf, alpha.tobytes())
        mask.Type, mask.Subtype = Name.XObject, Name.Image
        mask.Width, mask.Height = alpha.width, alpha.height
        mask.ColorSpace, mask.BitsPerComponent = Name.DeviceGray, 8
        image.SMask = pdf.make_indirect(mask)
    elif "/SMask" in image:
        del image.SMask


def _srgb_stream(pdf: pikepdf.Pdf) -> pikepdf.Stream:
    stream = pdf.make_stream(srgb_profile_path().read_bytes())
    stream.N = 3
    return stream


# -- page geometry and marks ----------------------------------------------------------------
def _geometry(composition: Composition, preset: Preset, notes: list[Note]) -> PageGeometry:
    page = composition.page
    to_mm = 25.4 / 72 * composition.unit_to_pt
    drawn_bleed = -composition.view.x * to_mm
    bleed = min(preset.bleed_mm, drawn_bleed)
    if preset.bleed_mm > drawn_bleed + 1e-6 and drawn_bleed <= 1e-6:
        # Templates without bleed (the letterhead) have nothing running off the paper's edge:
        # bleed would only repeat blank paper, so the PDF keeps the finished size.
        notes.append(Note("print.bleed_short",
                          f"Die Vorlage „{composition.template.name.de}“ hat keinen Beschnitt, "
                          "weil nichts auf ihr bis an den Papierrand reicht; das PDF wird im "
                          f"Endformat ohne die {preset.bleed_mm:g} mm Beschnitt des "
                          "Exportprofils ausgegeben."))
    elif preset.bleed_mm > drawn_bleed + 1e-6:
        notes.append(Note("print.bleed_short",
                          f"Die Vorlage hat nur {drawn_bleed:g} mm Beschnitt, das Exportprofil "
                          f"verlangt {preset.bleed_mm:g} mm; es werden {bleed:g} mm ausgegeben."))
    return PageGeometry.for_mm(page.width * to_mm, page.height * to_mm, bleed, preset.crop_marks,
                               preset.marks_offset, preset.mark_length_mm)


def _finish_page(pdf: pikepdf.Pdf, page: pikepdf.Page, composition: Composition,
                 geometry: PageGeometry, preset: Preset) -> None:
    # cairo's page origin is the drawn bleed's corner; move it so the trim lands on the TrimBox,
    # and clip the artwork to the BleedBox so nothing reaches under the marks.
    drawn_bleed_pt = -composition.view.x * composition.unit_to_pt
    shift = geometry.margin - drawn_bleed_pt
    x0, y0, x1, y1 = geometry.bleed_box
    head = (f"q {x0:.4f} {y0:.4f} {x1 - x0:.4f} {y1 - y0:.4f} re W n "
            f"1 0 0 1 {shift:.4f} {shift:.4f} cm\n").encode()
    tail = b"Q\n"
    if geometry.has_marks:
        color = _mark_color(pdf, page, preset)
        tail += crop_marks(geometry, preset.mark_weight_pt, color)
        folds = tuple(f * composition.unit_to_pt for f in composition.page.folds)
        tail += fold_marks(geometry, folds, preset.mark_weight_pt, color)
    page.contents_add(pdf.make_stream(head), prepend=True)
    page.contents_add(pdf.make_stream(tail), prepend=False)
    page.obj.MediaBox = Array(geometry.media_box)
    page.obj.CropBox = Array(geometry.media_box)
    page.obj.BleedBox = Array(geometry.bleed_box)
    page.obj.TrimBox = Array(geometry.trim_box)
    if "/ArtBox" in page.obj:
        del page.obj.ArtBox


def _mark_color(pdf: pikepdf.Pdf, page: pikepdf.Page, preset: Preset) -> bytes:
    """Registration colour (the /All separation: every plate) for print; black otherwise."""
    if not preset.is_pdfx and preset.color != "cmyk":
        return b"0 G"
    tint = Dictionary(FunctionType=2, Domain=Array([0, 1]), C0=Array([0, 0, 0, 0]),
                      C1=Array([1, 1, 1, 1]), N=1)
    space = Array([Name.Separation, Name.All, Name.DeviceCMYK, pdf.make_indirect(tint)])
    resources = page.obj.get("/Resources")
    if resources is None:
        resources = page.obj.Resources = Dictionary()
    if "/ColorSpace" not in resources:
        resources.ColorSpace = Dictionary()
    resources.ColorSpace[ALL_COLORANTS] = space
    return f"{ALL_COLORANTS} CS 1 SCN".encode()


def _with_overprint(texts: list[PdfText], converter: CmykConverter | None,
                    preset: Preset) -> list[PdfText]:
    """Black text (100 % K after conversion) overprints when the preset asks for it: a
    hairline of misregistration then shows no white gap around the letters."""
    if converter is None or not preset.overprint_black:
        return texts
    out = []
    for text in texts:
        r, g, b = (int(text.fill[i:i + 2], 16) / 255 for i in (1, 3, 5))
        black = converter.vector(r, g, b) == (0.0, 0.0, 0.0, 1.0)
        out.append(replace(text, overprint=True) if black else text)
    return out


def _title(composition: Composition) -> str:
    name = composition.template.name.de
    headline = " ".join(composition.texts.get("headline", "").split())
    return f"{headline} – {name}" if headline else name
