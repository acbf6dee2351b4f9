"""Print-ready PDF from a composition and a preset: bleed, crop marks, PDF/X-4, CMYK, JPEG photos.

In:  a Composition composed *with* bleed (or without, for presets without bleed), a Preset, the
     Brand (for the palette's defined CMYK values).
Out: :class:`PrintPdf` — the PDF bytes and notes for the user.

Steps:
1. Photos are swapped for tiny stand-in images before cairo renders, so cairo never re-encodes
   them (it would store them Flate-compressed, several times larger, and slowly).
2. ``render_pdf`` draws the vector artwork (plus the invisible text layer).
3. The stand-ins are replaced by the real photos: converted sRGB → FOGRA39 with LittleCMS,
   limited to the total ink, downsampled to the preset's ppi at placed size, stored as JPEG.
4. Colours are rewritten (:mod:`pdfcolor`), the page is enlarged for the marks, the boxes set,
   the marks drawn (:mod:`marks`), and for PDF/X-4 output intent and XMP added (:mod:`pdfx`).
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
from assetkit.export.cmyk import CmykConverter, encode_cmyk_jpeg, load_profile, srgb_profile_path
from assetkit.export.marks import PageGeometry, crop_marks
from assetkit.export.pdfcolor import ColorRewriter, device_rgb_left
from assetkit.export.pdfx import add_output_intent, set_metadata
from assetkit.export.presets import Preset
from assetkit.render import render_pdf

SVG_NS = "http://www.w3.org/2000/svg"
XLINK_HREF = "{http://www.w3.org/1999/xlink}href"
ALL_COLORANTS = Name("/AkAll")


@dataclass(frozen=True)
class PrintPdf:
    data: bytes
    notes: tuple[Note, ...]
    geometry: PageGeometry


@dataclass(frozen=True)
class _Photo:
    field: str
    stand_in: tuple[int, int]          # unique pixel size of the stand-in image
    image: Image.Image
    drawn_mm: tuple[float, float]      # placed size in millimetres


def print_pdf(composition: Composition, preset: Preset, brand: Brand) -> PrintPdf:
    """Render and finish ``composition`` for ``preset``."""
    notes: list[Note] = []
    converter = None
    if preset.color == "cmyk":
        assert preset.output_profile is not None
        converter = CmykConverter(brand, preset.output_profile, preset.max_ink)
    elif preset.is_pdfx and preset.output_profile is not None:
        load_profile(preset.output_profile)      # a missing profile is reported before work

    svg, photos = _with_stand_ins(composition)
    raw = render_pdf(replace(composition, svg=svg))
    try:
        pdf = pikepdf.open(io.BytesIO(raw))
    except pikepdf.PdfError as exc:  # pragma: no cover - cairo wrote it a moment ago
        raise RenderError("Das gerenderte PDF ist unlesbar.") from exc
    with pdf:
        page = pdf.pages[0]
        done = _place_photos(pdf, page, photos, preset, converter, notes)
        srgb = None
        if preset.color == "rgb" and preset.is_pdfx:
            srgb = Array([Name.ICCBased, _srgb_stream(pdf)])
            for image in done:
                image.ColorSpace = srgb
        if converter is not None or srgb is not None:
            rewriter = ColorRewriter(pdf, preset.color, converter, srgb)
            rewriter.skip_images = {image.objgen for image in done}
            rewriter.page(page)
        geometry = _geometry(composition, preset, notes)
        _finish_page(pdf, page, composition, geometry, preset)
        title = _title(composition)
        if preset.is_pdfx:
            assert preset.output_profile is not None
            add_output_intent(pdf, preset.output_profile, preset.output_condition,
                              preset.output_condition_info)
        set_metadata(pdf, title, preset.is_pdfx)
        if preset.is_pdfx or preset.color == "cmyk":
            left = device_rgb_left(pdf)
            if left:
                raise RenderError("Im Druck-PDF sind noch RGB-Farben übrig "
                                  f"({', '.join(left[:3])}); es wurde nicht gespeichert.")
        out = io.BytesIO()
        pdf.save(out, min_version="1.6" if preset.is_pdfx else "1.5",
                 compress_streams=True, object_stream_mode=pikepdf.ObjectStreamMode.generate)
    return PrintPdf(out.getvalue(), tuple(notes), geometry)


# -- photos ---------------------------------------------------------------------------------
def _with_stand_ins(composition: Composition) -> tuple[bytes, list[_Photo]]:
    """The SVG with every placed photo replaced by a tiny image of a unique size."""
    if not composition.images:
        return composition.svg, []
    root = etree.fromstring(composition.svg, etree.XMLParser(huge_tree=True,
                                                             resolve_entities=False))
    nodes = list(root.iter(f"{{{SVG_NS}}}image"))
    photos: list[_Photo] = []
    to_mm = 25.4 / 72 * composition.unit_to_pt
    for index, placed in enumerate(composition.images.values()):
        dx, dy, dw, dh = placed.placement.draw_box
        want = (placed.box.x + dx, placed.box.y + dy, dw, dh)
        node = next((n for n in nodes if _same_box(_geometry_of(n), want)), None)
        if node is None:
            continue
        size = (3 + index, 2)
        node.set(XLINK_HREF, _png_uri(size))
        photos.append(_Photo(placed.field, size, placed.placement.image,
                             (dw * to_mm, dh * to_mm)))
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8"), photos


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


def _place_photos(pdf: pikepdf.Pdf, page: pikepdf.Page, photos: list[_Photo], preset: Preset,
                  converter: CmykConverter | None, notes: list[Note]) -> list[pikepdf.Object]:
    if not photos:
        return []
    by_size = {p.stand_in: p for p in photos}
    done = []
    for image in _images(page.obj.get("/Resources", Dictionary())):
        photo = by_size.get((int(image.get("/Width", 0)), int(image.get("/Height", 0))))
        if photo is None:
            continue
        _write_photo(pdf, image, photo, preset, converter)
        done.append(image)
        del by_size[photo.stand_in]
    for missing in by_size.values():  # pragma: no cover - cairo always keeps image objects
        notes.append(Note("warning", "print.photo_missing",
                          f"Das Foto „{missing.field}“ konnte nicht als JPEG eingebettet werden."))
    return done


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


def _write_photo(pdf: pikepdf.Pdf, image: pikepdf.Object, photo: _Photo, preset: Preset,
                 converter: CmykConverter | None) -> None:
    pixels = photo.image
    alpha = pixels.getchannel("A") if pixels.mode == "RGBA" else None
    target_w = round(photo.drawn_mm[0] / 25.4 * preset.image_ppi)
    target_h = round(photo.drawn_mm[1] / 25.4 * preset.image_ppi)
    if pixels.width > target_w and target_w > 0 and target_h > 0:
        # More pixels than the press can use: downsample to the preset's ppi at placed size.
        pixels = pixels.resize((target_w, target_h), Image.Resampling.LANCZOS)
        alpha = alpha.resize(pixels.size, Image.Resampling.LANCZOS) if alpha else None
    rgb = pixels.convert("RGB")
    if converter is not None:
        data = encode_cmyk_jpeg(converter.image(rgb), preset.jpeg_quality)
        space: pikepdf.Object = Name.DeviceCMYK
        decode = Array([1, 0, 1, 0, 1, 0, 1, 0])     # Adobe JPEGs store CMYK inverted
    else:
        out = io.BytesIO()
        rgb.save(out, "JPEG", quality=preset.jpeg_quality, optimize=True)
        data, space, decode = out.getvalue(), Name.DeviceRGB, None
    image.write(data, filter=Name.DCTDecode)
    image.Width, image.Height = rgb.width, rgb.height
    image.ColorSpace, image.BitsPerComponent = space, 8
    image.Interpolate = False
    if decode is not None:
        image.Decode = decode
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
    if preset.bleed_mm > drawn_bleed + 1e-6:
        notes.append(Note("warning", "print.bleed_short",
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
        tail += crop_marks(geometry, preset.mark_weight_pt, _mark_color(pdf, page, preset))
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


def _title(composition: Composition) -> str:
    name = composition.template.name.de
    headline = " ".join(composition.texts.get("headline", "").split())
    return f"{headline} – {name}" if headline else name
