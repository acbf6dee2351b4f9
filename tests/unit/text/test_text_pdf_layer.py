"""The invisible PDF text layer: embedded font, words found by pdftotext where they are drawn."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path
from xml.etree import ElementTree

import cairosvg
import pikepdf
import pytest

from assetkit.errors import RenderError
from assetkit.text import (
    Box,
    FitSpec,
    TextLayout,
    TextStyle,
    layout_text,
    layout_to_svg,
    load_font,
)
from assetkit.text.pdf_layer import PdfView, add_text_layer

MM = PdfView(0, 0, 72 / 25.4)
HEADLINE = "Kommunale Jobcenter – Stark. Sozial. Vor Ort."
BODY = ("Beim Unternehmerfrühstück sprechen Arbeitgeberinnen und Arbeitgeber über "
        "Arbeitsmarktpolitik, „Erfolgsgeschichten“ und 250.000 Integrationen pro Jahr.")

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                   reason="poppler-utils (pdftotext) not installed")


def _page(layouts: list[TextLayout]) -> bytes:
    groups = "".join(layout_to_svg(layout) for layout in layouts)
    svg = ('<svg xmlns="http://www.w3.org/2000/svg" width="210mm" height="297mm" '
           f'viewBox="0 0 210 297">{groups}</svg>')
    return cairosvg.svg2pdf(bytestring=svg.encode())


def _layouts(regular: Path, display: Path) -> list[TextLayout]:
    head = layout_text(HEADLINE, TextStyle(display, 10, line_height=1.05), Box(15, 20, 180, 50),
                       FitSpec(6, 24, max_lines=3))
    body = layout_text(BODY, TextStyle(regular, 4), Box(15, 90, 60, 80))
    return [head, body]


def _pdftotext(pdf: bytes, tmp_path: Path, *args: str) -> str:
    path = tmp_path / "in.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", *args, str(path), "-"], capture_output=True,
                          text=True, check=True, timeout=60).stdout


def test_cairo_page_has_no_text_before(regular: Path, display: Path, tmp_path: Path) -> None:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext not installed")
    assert _pdftotext(_page(_layouts(regular, display)), tmp_path).strip() == ""


@needs_poppler
def test_words_found_in_order(regular: Path, display: Path, tmp_path: Path) -> None:
    layouts = _layouts(regular, display)
    assert any(line.hyphenated for line in layouts[1].lines)  # covers dehyphenation
    out = add_text_layer(_page(layouts), layouts, MM)
    text = " ".join(_pdftotext(out, tmp_path).split())
    assert text == f"{HEADLINE} {BODY}"


@needs_poppler
def test_word_boxes_match_the_drawn_glyphs(regular: Path, tmp_path: Path) -> None:
    layout = layout_text("Tag der offenen Tür", TextStyle(regular, 8), Box(30, 40, 150, 20))
    out = add_text_layer(_page([layout]), [layout], MM)
    html = _pdftotext(out, tmp_path, "-bbox")
    root = ElementTree.fromstring(html)
    words = [(w.text, float(w.get("xMin")), float(w.get("yMax")))
             for w in root.iter("{http://www.w3.org/1999/xhtml}word")]
    assert [w[0] for w in words] == ["Tag", "der", "offenen", "Tür"]
    k = MM.unit_to_pt
    line = layout.lines[0]
    assert words[0][1] == pytest.approx(line.x * k, abs=0.5)
    font = load_font(regular)
    descent = -font.descender * layout.size / font.upem
    assert words[-1][2] == pytest.approx((line.baseline + descent) * k, abs=0.5)
    starts = [g.x for g in line.glyphs if line.text[g.cluster - 1:g.cluster] in ("", " ")]
    assert [w[1] for w in words] == pytest.approx([x * k for x in starts], abs=0.5)


def test_fonts_are_embedded_subsets(regular: Path, display: Path) -> None:
    layouts = _layouts(regular, display)
    out = add_text_layer(_page(layouts), layouts, MM)
    with pikepdf.open(io.BytesIO(out)) as pdf:
        fonts = pdf.pages[0].resources.Font
        ours = [fonts[name] for name in fonts if name.startswith("/AkText")]
        assert len(ours) == 2
        for font in ours:
            assert font.Subtype == "/Type0"
            assert font.Encoding == "/Identity-H"
            assert "/ToUnicode" in font
            cid = font.DescendantFonts[0]
            descriptor = cid.FontDescriptor
            assert "/FontFile3" in descriptor or "/FontFile2" in descriptor
            assert str(font.BaseFont)[7] == "+"
            program = descriptor.FontFile3.read_bytes()
            assert len(program) < 40_000  # a subset, not the whole 300 KB font
        contents = b"".join(c.read_bytes() for c in pdf.pages[0].obj.Contents)
        assert b"3 Tr" in contents
        assert contents.lstrip().startswith(b"q")


def test_no_layouts_returns_input_unchanged(regular: Path) -> None:
    page = _page([])
    assert add_text_layer(page, [], MM) == page


def test_bad_pdf_and_page_raise_german_errors(regular: Path, display: Path) -> None:
    with pytest.raises(RenderError, match="PDF-Datei"):
        add_text_layer(b"kein pdf", [], MM)
    layouts = _layouts(regular, display)
    with pytest.raises(RenderError, match="Seite 3"):
        add_text_layer(_page(layouts), layouts, MM, page_index=2)
