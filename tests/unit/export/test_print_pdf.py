"""Print PDFs as a print shop's preflight sees them: boxes, marks, PDF/X-4, CMYK, photos, text."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import pikepdf
import pypdfium2 as pdfium
import pytest
from PIL import Image
from printpdf_helpers import (
    all_content_streams,
    content_ops,
    images,
    make_photo,
    mentions,
    placed_sizes,
)

from assetkit.brand import load_brand
from assetkit.compose import Composition, Content, ImageChoice
from assetkit.export.formats import ExportRequest, export
from assetkit.export.presets import resolve_preset
from assetkit.resources import resource
from assetkit.templates import load_catalogue

MM = 72 / 25.4
A4 = (210 * MM, 297 * MM)
HEADLINE = "Tag der offenen Tür"


def render(preset: str, photo: Path | None = None,
           template: str = "flyer-a4-veranstaltung") -> tuple[bytes, Composition]:
    content = Content(texts={"headline": HEADLINE},
                      images={"photo": ImageChoice(photo)} if photo else {})
    request = ExportRequest(fmt="pdf", preset=resolve_preset(preset))
    return export(load_catalogue().get(template), content, load_brand(), None, request)


@pytest.fixture(scope="module")
def photo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_photo(tmp_path_factory.mktemp("photos") / "foto-2480x1600.jpg")


@pytest.fixture(scope="module")
def druckerei(photo: Path) -> bytes:
    return render("druckerei", photo)[0]


@pytest.fixture(scope="module")
def digital(photo: Path) -> bytes:
    return render("digitaldruck", photo)[0]


_KEEP: list[pikepdf.Pdf] = []


def open_pdf(data: bytes) -> pikepdf.Pdf:
    pdf = pikepdf.open(io.BytesIO(data))
    _KEEP.append(pdf)        # pages die with their Pdf; keep it for the test's lifetime
    return pdf


def box(page: pikepdf.Page, name: str) -> list[float]:
    return [float(v) for v in page.obj[name]]


def test_boxes_trim_is_a4_bleed_3mm_media_holds_marks(druckerei: bytes) -> None:
    page = open_pdf(druckerei).pages[0]
    trim, bleed, media = box(page, "/TrimBox"), box(page, "/BleedBox"), box(page, "/MediaBox")
    assert trim[2] - trim[0] == pytest.approx(A4[0], abs=0.01)
    assert trim[3] - trim[1] == pytest.approx(A4[1], abs=0.01)
    for i, sign in enumerate((-1, -1, 1, 1)):
        assert bleed[i] - trim[i] == pytest.approx(sign * 3 * MM, abs=0.01)
        # marks start 3 mm from the trim and are 5 mm long: the media reaches beyond them
        assert sign * (media[i] - trim[i]) >= 8 * MM - 0.01


def test_pdfx4_output_intent_xmp_info_and_id(druckerei: bytes) -> None:
    pdf = open_pdf(druckerei)
    assert pdf.pdf_version >= "1.6"
    assert not pdf.is_encrypted
    intents = pdf.Root.OutputIntents
    assert len(intents) == 1
    intent = intents[0]
    assert intent.S == "/GTS_PDFX"
    assert str(intent.OutputConditionIdentifier) == "FOGRA39"
    profile = intent.DestOutputProfile
    assert profile.N == 4
    raw_profile = resource("color", "FOGRA39L_coated.icc").read_bytes()
    assert profile.read_bytes() == raw_profile
    assert profile.Filter == "/FlateDecode"         # stored compressed (cached, not per export)
    assert len(profile.read_raw_bytes()) < 0.85 * len(raw_profile)
    meta = pdf.open_metadata()
    assert meta["pdfxid:GTS_PDFXVersion"] == "PDF/X-4"
    assert meta["pdf:Trapped"] == "False"
    assert HEADLINE in meta["dc:title"]
    assert meta["xmpMM:DocumentID"].startswith("uuid:")
    assert pdf.docinfo["/Trapped"] == "/False"
    assert HEADLINE in str(pdf.docinfo["/Title"])
    ids = pdf.trailer.ID
    assert len(ids) == 2
    assert len(bytes(ids[0])) == 16


def test_no_device_rgb_anywhere_in_cmyk_pdf(druckerei: bytes) -> None:
    pdf = open_pdf(druckerei)
    for obj in pdf.objects:
        assert not mentions(obj, "/DeviceRGB"), obj.objgen
    for owner in all_content_streams(pdf):
        ops = {op for _, op in content_ops(owner)}
        assert not ops & {"rg", "RG"}
    spaces = {str(im.ColorSpace) for im in images(pdf)}
    assert spaces <= {"/DeviceCMYK", "/DeviceGray"}
    assert "/DeviceCMYK" in spaces


def test_palette_colours_use_defined_cmyk_and_black_text_is_k_only(druckerei: bytes) -> None:
    fills = [tuple(round(float(v), 4) for v in operands)
             for operands, op in content_ops(open_pdf(druckerei).pages[0]) if op == "k"]
    assert (0.0, 0.0, 0.0, 1.0) in fills          # body text "schwarz" = 100 % K
    assert (1.0, 0.2, 0.1, 0.5) in fills          # band "petrol" = 100/20/10/50
    assert (0.0, 0.3, 1.0, 0.0) in fills          # accent "sonnengelb" = 0/30/100/0
    for c, m, y, k in fills:
        assert c + m + y + k <= 3.0 + 1e-6
        if k > 0.9:
            assert c == m == y == 0, "near-black must print in K only"


def test_text_is_drawn_in_cmyk_and_black_text_in_k_only(druckerei: bytes) -> None:
    # The text is real text: the colour in effect at each TJ is what prints.
    colour: tuple[float, ...] | None = None
    at_text = []
    for operands, op in content_ops(open_pdf(druckerei).pages[0]):
        if op in ("k", "rg", "g", "sc", "scn"):
            colour = (op, *(round(float(v), 4) for v in operands))  # type: ignore[assignment]
        elif op in ("TJ", "Tj"):
            at_text.append(colour)
    assert len(at_text) > 10
    assert all(c is not None and c[0] == "k" for c in at_text), set(at_text)
    assert ("k", 0.0, 0.0, 0.0, 1.0) in at_text    # body text "schwarz" = 100 % K
    assert ("k", 0.0, 0.0, 0.0, 0.0) in at_text    # white headline on the petrol band


def _overprint_at_text(pdf: pikepdf.Pdf) -> list[tuple[tuple[float, ...], bool]]:
    """(CMYK fill, overprint on) in effect at each TJ of the page."""
    page = pdf.pages[0]
    states = page.obj.Resources.get("/ExtGState", {})
    stack: list[tuple[tuple[float, ...], bool]] = []
    fill: tuple[float, ...] = ()
    overprint = False
    found = []
    for operands, op in content_ops(page):
        if op == "q":
            stack.append((fill, overprint))
        elif op == "Q" and stack:
            fill, overprint = stack.pop()
        elif op == "k":
            fill = tuple(round(float(v), 4) for v in operands)
        elif op == "gs":
            state = states[operands[0]]
            if "/OP" in state:
                overprint = bool(state.OP) and bool(state.op) and int(state.OPM) == 1
        elif op == "TJ":
            found.append((fill, overprint))
    return found


def test_black_text_overprints_and_other_text_knocks_out(druckerei: bytes) -> None:
    at_text = _overprint_at_text(open_pdf(druckerei))
    assert ((0.0, 0.0, 0.0, 1.0), True) in at_text        # body text: 100 % K, overprint
    assert ((0.0, 0.0, 0.0, 0.0), False) in at_text       # white headline must knock out
    assert all(on == (fill == (0.0, 0.0, 0.0, 1.0)) for fill, on in at_text)


def test_office_preset_sets_no_overprint(photo: Path) -> None:
    data = render("buero", photo)[0]
    with pikepdf.open(io.BytesIO(data)) as pdf:
        states = [o for o in pdf.objects if isinstance(o, pikepdf.Dictionary) and "/OP" in o]
        assert states == []
        assert not any(on for _, on in _overprint_at_text(pdf))


def test_photo_is_cmyk_jpeg_at_most_300_ppi_and_ink_limited(druckerei: bytes) -> None:
    pdf = open_pdf(druckerei)
    page = pdf.pages[0]
    sizes = placed_sizes(page)
    photos = {name: xo for name, xo in page.Resources.XObject.items()
              if xo.get("/Subtype") == "/Image" and xo.get("/Filter") == "/DCTDecode"}
    assert len(photos) == 1
    name, photo = next(iter(photos.items()))
    assert photo.ColorSpace == "/DeviceCMYK"
    width_pt, height_pt = sizes[name]
    assert width_pt == pytest.approx(216 * MM, abs=0.5)   # photo runs into the bleed
    ppi = int(photo.Width) / (width_pt / 72)
    assert 150 <= ppi <= 300.5
    with Image.open(io.BytesIO(photo.read_raw_bytes())) as jpeg:
        assert jpeg.mode == "CMYK"
        small = jpeg.resize((200, 130))
    worst = max(sum(px) for px in small.get_flattened_data()) / 255 * 100  # type: ignore[arg-type]
    assert worst <= 305   # 300 % plus JPEG rounding


def test_large_photo_is_downsampled_to_300_ppi(tmp_path: Path) -> None:
    big = make_photo(tmp_path / "gross.jpg", (4000, 2700))
    pdf = open_pdf(render("druckerei", big)[0])
    page = pdf.pages[0]
    sizes = placed_sizes(page)
    for name, xo in page.Resources.XObject.items():
        if xo.get("/Filter") == "/DCTDecode":
            assert int(xo.Width) / (sizes[name][0] / 72) <= 300.5


def test_file_is_about_as_small_as_the_photo(druckerei: bytes, photo: Path) -> None:
    # cairo alone stores the photo Flate-compressed: several megabytes. A CMYK JPEG holds four
    # channels without chroma subsampling, and PDF/X carries the 93 KB FOGRA39 profile.
    assert len(druckerei) < photo.stat().st_size * 2 + 200_000
    pdf = open_pdf(druckerei)
    photo_and_profile = sum(len(o.read_raw_bytes()) for o in pdf.objects
                            if isinstance(o, pikepdf.Stream)
                            and (o.get("/Subtype") == "/Image" or o.get("/N") == 4))
    # Everything else — artwork, logo, text in subset fonts, metadata — is small.
    assert len(druckerei) - photo_and_profile < 40_000


def test_crop_marks_outside_bleed_and_artwork_clipped_to_bleed(druckerei: bytes) -> None:
    page = open_pdf(druckerei).pages[0]
    media, trim, bleed = box(page, "/MediaBox"), box(page, "/TrimBox"), box(page, "/BleedBox")
    scale = 2.0                                    # 144 dpi
    image = pdfium.PdfDocument(druckerei)[0].render(scale=scale).to_pil().convert("L")
    height_pt = media[3]

    def px(x: float, y: float) -> tuple[int, int]:
        return round(x * scale), round((height_pt - y) * scale)

    bx0, by1 = px(bleed[0], bleed[1])
    bx1, by0 = px(bleed[2], bleed[3])
    trim_x = {px(trim[0], 0)[0], px(trim[2], 0)[0]}
    trim_y = {px(0, trim[1])[1], px(0, trim[3])[1]}
    dark_outside = 0
    for y in range(image.height):
        for x in range(0, image.width, 1):
            inside = bx0 - 2 <= x <= bx1 + 2 and by0 - 2 <= y <= by1 + 2
            if inside or image.getpixel((x, y)) > 200:  # type: ignore[operator]
                continue
            dark_outside += 1
            # the only ink outside the bleed: marks on the extended trim lines
            on_mark = (any(abs(x - t) <= 2 for t in trim_x) or any(abs(y - t) <= 2 for t in trim_y))
            assert on_mark, (x, y)
    assert dark_outside > 8 * 10                   # eight marks, each several pixels long


def test_background_runs_into_the_bleed(druckerei: bytes) -> None:
    page = open_pdf(druckerei).pages[0]
    media, trim = box(page, "/MediaBox"), box(page, "/TrimBox")
    image = pdfium.PdfDocument(druckerei)[0].render(scale=2).to_pil().convert("RGB")
    # the petrol band (y 140…216 mm from the top) in the left bleed, 1.5 mm outside the trim
    x = round((trim[0] - 1.5 * MM) * 2)
    y = round((media[3] - trim[3] + 180 * MM) * 2)
    r, g, b = image.getpixel((x, y))  # type: ignore[misc]
    assert b > r + 40
    assert g > r + 30


def test_text_is_searchable_and_fonts_embedded(druckerei: bytes, tmp_path: Path) -> None:
    path = tmp_path / "flyer.pdf"
    path.write_bytes(druckerei)
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert HEADLINE in " ".join(text.split())
    pdf = open_pdf(druckerei)
    fonts = [o for o in pdf.objects if isinstance(o, pikepdf.Dictionary)
             and o.get("/Type") == "/FontDescriptor"]
    assert fonts
    for descriptor in fonts:
        assert any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))


def test_ohne_marken_media_is_bleed_box(photo: Path) -> None:
    page = open_pdf(render("druckerei-ohne-marken", photo)[0]).pages[0]
    assert box(page, "/MediaBox") == pytest.approx(box(page, "/BleedBox"), abs=0.01)
    assert not [op for _, op in content_ops(page) if op == "S"]     # no strokes: no marks


def test_buero_is_plain_a4_without_bleed_or_intent(photo: Path) -> None:
    data, _ = render("buero", photo)
    pdf = open_pdf(data)
    page = pdf.pages[0]
    assert box(page, "/MediaBox") == pytest.approx([0, 0, *A4], abs=0.01)
    assert box(page, "/TrimBox") == pytest.approx([0, 0, *A4], abs=0.01)
    assert "/OutputIntents" not in pdf.Root
    assert any(im.get("/Filter") == "/DCTDecode" for im in images(pdf))


def test_digitaldruck_keeps_icc_rgb_with_output_intent(digital: bytes) -> None:
    pdf = open_pdf(digital)
    assert pdf.Root.OutputIntents[0].DestOutputProfile.N == 4
    for obj in pdf.objects:
        assert not mentions(obj, "/DeviceRGB"), obj.objgen
    for owner in all_content_streams(pdf):
        assert not {op for _, op in content_ops(owner)} & {"rg", "RG", "k", "K"}
    photo = next(im for im in images(pdf) if im.get("/Filter") == "/DCTDecode")
    assert photo.ColorSpace[0] == "/ICCBased"
    assert photo.ColorSpace[1].N == 3


def test_cmyk_photo_input_becomes_fogra39_cmyk(tmp_path: Path) -> None:
    cmyk = make_photo(tmp_path / "cmyk.jpg", (1300, 900), mode="CMYK")
    data, _ = render("druckerei", cmyk)
    pdf = open_pdf(data)
    photo = next(im for im in images(pdf) if im.get("/Filter") == "/DCTDecode")
    assert photo.ColorSpace == "/DeviceCMYK"


def test_low_resolution_photo_warns_but_exports(tmp_path: Path) -> None:
    small = make_photo(tmp_path / "klein.jpg", (600, 400))
    data, composition = render("druckerei", small)
    ppi = composition.images["photo"].effective_ppi
    assert ppi is not None
    assert ppi < 150
    assert open_pdf(data).pages[0].TrimBox
