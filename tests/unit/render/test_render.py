"""Render: exact pixel sizes, PDF page sizes in points, searchable text, no outside access."""

import io
import subprocess
from pathlib import Path

import pikepdf
import pytest
from PIL import Image

from assetkit.brand import load_brand
from assetkit.compose import ComposeOptions, Content, compose
from assetkit.render import render_pdf, render_png, render_svg_png
from assetkit.render.cairo import data_only_fetcher
from assetkit.templates import load_catalogue

MM = 72 / 25.4


@pytest.mark.parametrize(("template_id", "size"),
                         [("post-4x5-veranstaltung", (1080, 1350)), ("story-veranstaltung", (1080, 1920))])
def test_social_png_has_exact_pixel_size(template_id: str, size: tuple[int, int]) -> None:
    comp = compose(load_catalogue().get(template_id), Content(), load_brand())
    image = Image.open(io.BytesIO(render_png(comp)))
    assert image.size == size


def test_print_png_follows_dpi() -> None:
    comp = compose(load_catalogue().get("flyer-a4-veranstaltung"), Content(), load_brand())
    image = Image.open(io.BytesIO(render_png(comp, dpi=72)))
    assert image.size == (595, 842)


def test_a4_pdf_page_size_and_text(tmp_path: Path) -> None:
    template = load_catalogue().get("flyer-a4-veranstaltung")
    comp = compose(template, Content({"headline": "Unternehmerfrühstück"}), load_brand(),
                   options=ComposeOptions(text="pdf"))
    pdf = render_pdf(comp)
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        assert len(doc.pages) == 1
        box = [float(v) for v in doc.pages[0].MediaBox]
        assert box[2] - box[0] == pytest.approx(210 * MM, abs=0.5)
        assert box[3] - box[1] == pytest.approx(297 * MM, abs=0.5)
    path = tmp_path / "flyer.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Unternehmerfrühstück" in text
    assert "Tag der offenen Tür" not in text       # the default headline was replaced


def test_pdf_with_bleed_is_larger_by_twice_the_bleed() -> None:
    template = load_catalogue().get("flyer-a4-veranstaltung")
    comp = compose(template, Content(), load_brand(), options=ComposeOptions(bleed=3.0))
    with pikepdf.open(io.BytesIO(render_pdf(comp))) as doc:
        box = [float(v) for v in doc.pages[0].MediaBox]
        assert box[2] - box[0] == pytest.approx(216 * MM, abs=0.5)


def test_fetcher_only_decodes_data_urls() -> None:
    assert data_only_fetcher("data:text/plain;base64,SGFsbG8=", "text/plain") == b"Hallo"
    assert data_only_fetcher("data:,a%20b", "text/plain") == b"a b"
    for url in ("http://example.org/x.png", "file:///etc/passwd", "ftp://x/y"):
        assert b"passwd" not in data_only_fetcher(url, "image/png")
        assert data_only_fetcher(url, "image/png").startswith(b"<svg")


def test_external_reference_in_an_svg_is_not_followed() -> None:
    svg = (b'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
           b'width="20" height="20"><rect width="20" height="20" fill="#fff"/>'
           b'<image xlink:href="file:///etc/hostname" width="20" height="20"/></svg>')
    image = Image.open(io.BytesIO(render_svg_png(svg, 20, 20))).convert("RGB")
    assert image.getpixel((10, 10)) == (255, 255, 255)
