"""Real text in cairo's PDFs: markers replaced by glyphs of an embedded font subset, drawn where
the outlines would be, in their z-order and under the template's transforms and groups."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path
from xml.etree import ElementTree

import cairosvg
import pikepdf
import pytest
from PIL import Image, ImageChops, ImageStat

from assetkit.text import Box, FitSpec, TextLayout, TextStyle, layout_text, layout_to_svg, load_font
from assetkit.text.pdf_layer import PdfText, set_text
from assetkit.text.svg import marker_color, marker_to_svg

K = 72 / 25.4
HEADLINE = "Kommunale Jobcenter – Stark. Sozial. Vor Ort."
BODY = ("Beim Unternehmerfrühstück sprechen Arbeitgeberinnen und Arbeitgeber über "
        "Arbeitsmarktpolitik, „Erfolgsgeschichten“ und 250.000 Integrationen pro Jahr.")
FILLS = ("#0B4F6C", "#1D1D1B")

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                   reason="poppler-utils (pdftotext, pdftoppm) not installed")


def _layouts(regular: Path, display: Path) -> list[TextLayout]:
    head = layout_text(HEADLINE, TextStyle(display, 10, line_height=1.05), Box(15, 20, 180, 50),
                       FitSpec(6, 24, max_lines=3))
    body = layout_text(BODY, TextStyle(regular, 4), Box(15, 90, 60, 80))
    return [head, body]


def _svg(layouts: list[TextLayout], outlines: bool, wrap: str = "", after: str = "") -> bytes:
    parts = [layout_to_svg(lay, fill=FILLS[i % 2]) if outlines else
             marker_to_svg(lay, marker_color(i)) for i, lay in enumerate(layouts)]
    groups = "".join(parts)
    if wrap:
        groups = f"<g {wrap}>{groups}</g>"
    return ('<svg xmlns="http://www.w3.org/2000/svg" width="210mm" height="297mm" '
            f'viewBox="0 0 210 297">{groups}{after}</svg>').encode()


def _with_text(layouts: list[TextLayout], wrap: str = "", after: str = "") -> tuple[bytes, list[str]]:
    raw = cairosvg.svg2pdf(bytestring=_svg(layouts, False, wrap, after))
    texts = [PdfText(f"f{i}", lay, FILLS[i % 2], marker_color(i)) for i, lay in enumerate(layouts)]
    with pikepdf.open(io.BytesIO(raw)) as pdf:
        missing = set_text(pdf, pdf.pages[0], texts)
        out = io.BytesIO()
        pdf.save(out)
    return out.getvalue(), missing


def _outlines(layouts: list[TextLayout], wrap: str = "", after: str = "") -> bytes:
    return cairosvg.svg2pdf(bytestring=_svg(layouts, True, wrap, after))


def _pdftotext(pdf: bytes, tmp_path: Path, *args: str) -> str:
    path = tmp_path / "in.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", *args, str(path), "-"], capture_output=True,
                          text=True, check=True, timeout=60).stdout


def _pixels(pdf: bytes, tmp_path: Path, name: str) -> Image.Image:
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", "100", "-gray", "-png", "-singlefile", str(path),
                    str(tmp_path / name)], check=True, timeout=60)
    with Image.open(tmp_path / f"{name}.png") as im:
        return im.convert("L")


def _ink(image: Image.Image) -> float:
    return ImageStat.Stat(ImageChops.invert(image)).sum[0]


def _assert_same_look(text_pdf: bytes, outline_pdf: bytes, tmp_path: Path) -> None:
    """The page with real text looks like the page with outlines: the same ink, tile by tile
    (1/2 inch squares), within what anti-aliasing and font hinting change at glyph edges.
    (Glyph positions themselves are checked exactly by the word-box test.)"""
    a, b = _pixels(text_pdf, tmp_path, "text"), _pixels(outline_pdf, tmp_path, "outlines")
    total = _ink(b)
    assert total > 0
    assert _ink(a) == pytest.approx(total, rel=0.08)
    tile = 50
    for y in range(0, b.height, tile):
        for x in range(0, b.width, tile):
            box = (x, y, x + tile, y + tile)
            expected = _ink(b.crop(box))
            assert _ink(a.crop(box)) == pytest.approx(expected, rel=0.15, abs=0.002 * total), box


@needs_poppler
def test_words_found_in_order(regular: Path, display: Path, tmp_path: Path) -> None:
    layouts = _layouts(regular, display)
    assert any(line.hyphenated for line in layouts[1].lines)  # covers dehyphenation
    assert _pdftotext(_outlines(layouts), tmp_path).strip() == ""   # outlines are no text
    out, missing = _with_text(layouts)
    assert missing == []
    text = " ".join(_pdftotext(out, tmp_path).split())
    assert text == f"{HEADLINE} {BODY}"


@needs_poppler
def test_text_looks_like_its_outlines(regular: Path, display: Path, tmp_path: Path) -> None:
    layouts = _layouts(regular, display)
    _assert_same_look(_with_text(layouts)[0], _outlines(layouts), tmp_path)


@needs_poppler
def test_transforms_and_transparency_groups_apply(regular: Path, display: Path,
                                                  tmp_path: Path) -> None:
    # Rotated, scaled and half transparent: cairo puts the group into a form XObject.
    layouts = _layouts(regular, display)
    wrap = 'transform="translate(200 10) rotate(90) scale(0.8)" opacity="0.6"'
    out, missing = _with_text(layouts, wrap=wrap)
    assert missing == []
    with pikepdf.open(io.BytesIO(out)) as pdf:
        forms = [x for x in pdf.pages[0].resources.XObject.values() if x.Subtype == "/Form"]
        assert any(b" TJ" in form.read_bytes() for form in forms)
    _assert_same_look(out, _outlines(layouts, wrap=wrap), tmp_path)
    assert "Kommunale" in _pdftotext(out, tmp_path)


@needs_poppler
def test_artwork_drawn_after_the_text_stays_on_top(regular: Path, display: Path,
                                                   tmp_path: Path) -> None:
    layouts = _layouts(regular, display)
    cover = '<rect x="10" y="15" width="60" height="40" fill="#F2F2F2"/>'
    out, _ = _with_text(layouts, after=cover)
    _assert_same_look(out, _outlines(layouts, after=cover), tmp_path)


@needs_poppler
def test_word_boxes_match_the_drawn_glyphs(regular: Path, tmp_path: Path) -> None:
    layout = layout_text("Tag der offenen Tür", TextStyle(regular, 8), Box(30, 40, 150, 20))
    out, _ = _with_text([layout])
    root = ElementTree.fromstring(_pdftotext(out, tmp_path, "-bbox"))
    words = [(w.text, float(w.get("xMin")), float(w.get("yMax")))
             for w in root.iter("{http://www.w3.org/1999/xhtml}word")]
    assert [w[0] for w in words] == ["Tag", "der", "offenen", "Tür"]
    line = layout.lines[0]
    assert words[0][1] == pytest.approx(line.x * K, abs=0.5)
    font = load_font(regular)
    descent = -font.descender * layout.size / font.upem
    assert words[-1][2] == pytest.approx((line.baseline + descent) * K, abs=0.5)
    starts = [g.x for g in line.glyphs if line.text[g.cluster - 1:g.cluster] in ("", " ")]
    assert [w[1] for w in words] == pytest.approx([x * K for x in starts], abs=0.5)


def test_fonts_are_embedded_subsets_drawn_visibly(regular: Path, display: Path) -> None:
    out, _ = _with_text(_layouts(regular, display))
    with pikepdf.open(io.BytesIO(out)) as pdf:
        fonts = pdf.pages[0].resources.Font
        ours = [fonts[name] for name in fonts if name.startswith("/AkText")]
        assert len(ours) == 2
        for font in ours:
            assert font.Subtype == "/Type0"
            assert font.Encoding == "/Identity-H"
            assert "/ToUnicode" in font
            descriptor = font.DescendantFonts[0].FontDescriptor
            assert str(font.BaseFont)[7] == "+"
            program = descriptor.FontFile3.read_bytes()
            assert len(program) < 40_000  # a subset, not the whole 300 KB font
        contents = pdf.pages[0].obj.Contents.read_bytes()
        assert b"Tr" in contents
        assert b"3 Tr" not in contents
        # the text's own colour, not the marker's (#fexxxx)
        assert b"0.0431 0.3098 0.4235 rg" in contents
        assert b"0.996" not in contents


def test_a_lookalike_shape_is_left_alone(regular: Path) -> None:
    layout = layout_text("Vor Ort", TextStyle(regular, 8), Box(30, 40, 150, 20))
    # Same colour as the marker, but not its shape: drawn as it is, the text is reported.
    lookalike = f'<rect x="5" y="5" width="20" height="20" fill="{marker_color(0)}"/>'
    svg = ('<svg xmlns="http://www.w3.org/2000/svg" width="210mm" height="297mm" '
           f'viewBox="0 0 210 297">{lookalike}</svg>').encode()
    with pikepdf.open(io.BytesIO(cairosvg.svg2pdf(bytestring=svg))) as pdf:
        missing = set_text(pdf, pdf.pages[0], [PdfText("f0", layout, "#000000", marker_color(0))])
        contents = pdf.pages[0].obj.Contents.read_bytes()
    assert missing == ["f0"]
    assert b" re" in contents
    assert b"TJ" not in contents


def test_hidden_text_is_reported_not_drawn(regular: Path) -> None:
    layout = layout_text("Vor Ort", TextStyle(regular, 8), Box(30, 40, 150, 20))
    out, missing = _with_text([layout], wrap='display="none"')
    assert missing == ["f0"]
    with pikepdf.open(io.BytesIO(out)) as pdf:
        assert b"TJ" not in pdf.pages[0].obj.Contents.read_bytes()
