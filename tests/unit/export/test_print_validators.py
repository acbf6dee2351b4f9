"""Print PDFs through tools that are not ours: pdfcpu's strict validation and Ghostscript's
separations (``tiffsep``: one greyscale plate per ink, what the platesetter would image).

The separation test measures what a prepress check measures: black text on the black plate
only, the brand colours' defined values, the photo's total ink at most the preset's limit, and
a CMYK photo's separations passed through (K-only stays K-only, 100 % cyan stays cyan).
"""

from __future__ import annotations

import io
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pikepdf
import pytest
from cmyk_samples import CYAN, K_ONLY, STRIPES, dark_photo, stripes_photo
from pdfcpu_validator import assert_valid
from PIL import Image, ImageChops, ImageMath
from printpdf_helpers import content_ops, make_photo

from assetkit.brand import load_brand
from assetkit.compose import Composition, Content, ImageChoice
from assetkit.export.formats import ExportRequest, export
from assetkit.export.presets import Preset, list_presets, resolve_preset
from assetkit.templates import load_catalogue

DPI = 72
SCALE = DPI / 72
PLATES = ("Cyan", "Magenta", "Yellow", "Black")


def render(template: str, preset: Preset, photo: Path | None) -> tuple[bytes, Composition]:
    t = load_catalogue().get(template)
    images = {f.id: ImageChoice(photo) for f in t.image_fields} if photo else {}
    texts = {"headline": "Tag der offenen Tür"} if "headline" in {f.id for f in t.text_fields} \
        else {}
    content = Content(texts=texts, images=images)
    return export(t, content, load_brand(), None, ExportRequest(fmt="pdf", preset=preset))


# ---------------------------------------------------------------- pdfcpu, every template × preset

def test_pdfcpu_strict_passes_on_every_print_template_and_preset(tmp_path: Path) -> None:
    # One PDF per template × preset, all validated by one pdfcpu process. Photos alternate
    # between an RGB and a CMYK file, so both photo paths are in the files.
    rgb = make_photo(tmp_path / "rgb.jpg", size=(900, 600))
    cmyk = stripes_photo(tmp_path / "cmyk.jpg", size=(900, 600))
    catalogue = load_catalogue()
    templates = catalogue.by_category("print") + catalogue.by_category("office")
    files = []
    for n, template in enumerate(templates):
        for preset in list_presets():
            data, _ = render(template.id, preset, cmyk if n % 2 else rgb)
            path = tmp_path / f"{template.id}--{preset.id}.pdf"
            path.write_bytes(data)
            files.append(path)
    assert len(files) == len(templates) * len(list_presets()) >= 28
    assert_valid(files)


# ---------------------------------------------------------------- Ghostscript separations

def separations(pdf: bytes, folder: Path) -> Image.Image:
    """The four process plates as one CMYK image of ink amounts (255 = 100 %), by Ghostscript."""
    gs = shutil.which("gs")
    if gs is None:
        pytest.skip("Ghostscript (gs) is not installed: `bash scripts/system-deps.sh --test` "
                    "installs it")
    folder.mkdir(parents=True, exist_ok=True)
    source = folder / "in.pdf"
    source.write_bytes(pdf)
    subprocess.run([gs, "-q", "-dSAFER", "-dBATCH", "-dNOPAUSE", "-sDEVICE=tiffsep",
                    f"-r{DPI}", f"-sOutputFile={folder / 'sep.tif'}", str(source)],
                   check=True, capture_output=True, timeout=120)
    # tiffsep writes each plate with 255 = no ink: invert to ink amounts.
    plates = [ImageChops.invert(Image.open(folder / f"sep({name}).tif").convert("L"))
              for name in PLATES]
    return Image.merge("CMYK", plates)


def photo_rect(pdf: bytes) -> tuple[int, int, int, int]:
    """Where the page draws its JPEG photo, in pixels of :func:`separations`."""
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        page = doc.pages[0]
        media = [float(v) for v in page.obj.MediaBox]
        photos = {name for name, xo in page.Resources.XObject.items()
                  if xo.get("/Filter") == "/DCTDecode"}
        ctm = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
        stack = []
        for operands, op in content_ops(page):
            if op == "q":
                stack.append(ctm)
            elif op == "Q":
                ctm = stack.pop()
            elif op == "cm":
                a, b, c, d, e, f = (float(v) for v in operands)
                m = ctm
                ctm = (a * m[0] + b * m[2], a * m[1] + b * m[3], c * m[0] + d * m[2],
                       c * m[1] + d * m[3], e * m[0] + f * m[2] + m[4],
                       e * m[1] + f * m[3] + m[5])
            elif op == "Do" and str(operands[0]) in photos:
                xs = (ctm[4], ctm[4] + ctm[0], ctm[4] + ctm[2])
                ys = (ctm[5], ctm[5] + ctm[3], ctm[5] + ctm[1])
                box = (min(xs), min(ys), max(xs) + abs(ctm[2]), max(ys) + abs(ctm[1]))
                # Clipped to the BleedBox on the page.
                bleed = [float(v) for v in page.obj.BleedBox]
                x0, y0 = max(box[0], bleed[0]), max(box[1], bleed[1])
                x1, y1 = min(box[2], bleed[2]), min(box[3], bleed[3])
                return (round((x0 - media[0]) * SCALE) + 1, round((media[3] - y1) * SCALE) + 1,
                        round((x1 - media[0]) * SCALE) - 1, round((media[3] - y0) * SCALE) - 1)
    raise AssertionError("no photo drawn")


def percent(pixel: tuple[int, ...]) -> tuple[float, ...]:
    return tuple(round(v / 255 * 100, 1) for v in pixel)


def max_total(image: Image.Image) -> float:
    c, m, y, k = image.split()
    total = ImageMath.lambda_eval(lambda a: a["c"] + a["m"] + a["y"] + a["k"], c=c, m=m, y=y, k=k)
    return float(total.getextrema()[1]) / 255 * 100  # type: ignore[union-attr]


def body_text_box(composition: Composition, pdf: bytes) -> tuple[int, int, int, int]:
    """The body text's lines, in pixels of :func:`separations`."""
    layout = composition.text_layouts["body"]
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        page = doc.pages[0]
        media = [float(v) for v in page.obj.MediaBox]
        trim = [float(v) for v in page.obj.TrimBox]
    to_pt = composition.unit_to_pt
    left = min(line.x for line in layout.lines)
    right = max(line.x + line.width for line in layout.lines)
    top = layout.lines[0].baseline - layout.size
    bottom = layout.lines[-1].baseline + layout.size * 0.3
    x0 = (trim[0] - media[0] + left * to_pt) * SCALE
    y0 = (media[3] - trim[3] + top * to_pt) * SCALE
    return (round(x0), round(y0), round(x0 + (right - left) * to_pt * SCALE),
            round(y0 + (bottom - top) * to_pt * SCALE))


@pytest.fixture(scope="module")
def cmyk_photo_separation(tmp_path_factory: pytest.TempPathFactory
                          ) -> tuple[Image.Image, tuple[int, int, int, int], Composition, bytes]:
    folder = tmp_path_factory.mktemp("separations")
    photo = stripes_photo(folder / "agentur-cmyk.jpg")
    data, composition = render("flyer-a4-veranstaltung", resolve_preset("druckerei"), photo)
    return separations(data, folder / "sep"), photo_rect(data), composition, data


def test_separations_cmyk_photo_passes_through(cmyk_photo_separation) -> None:  # type: ignore[no-untyped-def]
    plates, (x0, y0, x1, y1), _, _ = cmyk_photo_separation
    middle = (y0 + y1) // 2
    width = (x1 - x0) / len(STRIPES)
    for index, expected in enumerate(STRIPES):
        x = round(x0 + (index + 0.5) * width)
        c, m, y, k = percent(plates.getpixel((x, middle)))  # type: ignore[arg-type]
        if expected == K_ONLY:
            # Before: 74/67/63/83 (287 % ink) through sRGB.
            assert c + m + y <= 5, (c, m, y, k)
            assert k >= 98
        elif expected == CYAN:
            # Before: 73/22/0/3.
            assert c >= 98, (c, m, y, k)
            assert m + y + k <= 3, (c, m, y, k)


def test_separations_photo_total_ink_within_the_limit(cmyk_photo_separation) -> None:  # type: ignore[no-untyped-def]
    plates, box, _, _ = cmyk_photo_separation
    assert max_total(plates.crop(box)) <= 300.0


def test_separations_black_text_is_k_only_and_brand_colours_exact(cmyk_photo_separation) -> None:  # type: ignore[no-untyped-def]
    plates, _, composition, data = cmyk_photo_separation
    body = plates.crop(body_text_box(composition, data))
    raw = body.tobytes()
    pixels = [tuple(raw[i:i + 4]) for i in range(0, len(raw), 4)]
    inked = [p for p in pixels if p[3] >= 128]                  # the letters' pixels
    assert len(inked) > 200
    assert all(sum(p[:3]) <= 13 for p in inked), {p for p in inked if sum(p[:3]) > 13}
    assert max(p[3] for p in inked) >= 254                      # 100 % K
    colours = {colour for _, colour in plates.getcolors(1 << 20) or []}
    brand = load_brand()
    for name in ("petrol", "sonnengelb"):
        c, m, y, k = brand.colors[name].cmyk
        expected = tuple(round(v * 255 / 100) for v in (c, m, y, k))
        assert any(all(abs(a - b) <= 1 for a, b in zip(colour, expected, strict=True))
                   for colour in colours), name


@pytest.mark.parametrize("preset_id", ["druckerei", "druckerei-ohne-marken", "240"])
def test_separations_rgb_photo_total_ink_at_most_the_presets_limit(
        tmp_path: Path, preset_id: str) -> None:
    preset = (replace(resolve_preset("druckerei"), id="240", max_ink=240.0) if preset_id == "240"
              else resolve_preset(preset_id))
    data, _ = render("flyer-a4-veranstaltung", preset, dark_photo(tmp_path / "dunkel.jpg"))
    plates = separations(data, tmp_path / "sep")
    measured = max_total(plates.crop(photo_rect(data)))
    assert measured <= preset.max_ink, measured
    assert measured >= preset.max_ink - 25, measured      # the shadows are dark, not washed out
