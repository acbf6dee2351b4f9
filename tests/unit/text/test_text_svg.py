"""SVG output: glyph paths land inside the box, and nothing depends on system fonts."""

from __future__ import annotations

import hashlib
import io
import os
import subprocess
import sys
from pathlib import Path

import cairosvg
import pytest
from PIL import Image

from assetkit.text import Box, FitSpec, TextStyle, layout_text, layout_to_svg

SCALE = 4  # pixels per page unit
TEXT = "Ärger? Ölpreis! Überall gilt: Kommunale Jobcenter – Stark. Sozial. Vor Ort. (gjpqy)"


def _render(group: str, width: float = 200, height: float = 120) -> Image.Image:
    svg = (f'<svg xmlns="http://www.w3.org/2000/svg" width="{width * SCALE}" '
           f'height="{height * SCALE}" viewBox="0 0 {width} {height}">'
           f'<rect width="{width}" height="{height}" fill="#ffffff"/>{group}</svg>')
    png = cairosvg.svg2png(bytestring=svg.encode())
    return Image.open(io.BytesIO(png)).convert("L")


@pytest.mark.parametrize(("align", "valign"),
                         [("left", "top"), ("center", "middle"), ("right", "bottom")])
def test_ink_inside_the_box_only(display: Path, align: str, valign: str) -> None:
    box = Box(20, 15, 150, 80)
    layout = layout_text(TEXT, TextStyle(display, 10, align=align, valign=valign,
                                         line_height=1.1), box, FitSpec(4, 30))
    group = layout_to_svg(layout, fill="#004b87")
    assert group.startswith('<g fill="#004b87">')
    assert group.count("<path") == len(layout.lines)
    img = _render(group)
    ink = img.point(lambda v: 255 if v < 250 else 0)
    region = (int(box.x * SCALE) - 1, int(box.y * SCALE) - 1,
              int(box.right * SCALE) + 2, int(box.bottom * SCALE) + 2)
    assert ink.crop(region).histogram()[255] > 1000  # plenty of ink inside
    ink.paste(0, region)
    assert ink.getbbox() is None  # and none anywhere else


def test_ink_bounds_match_the_rendered_ink(regular: Path) -> None:
    box = Box(10, 10, 100, 60)
    layout = layout_text("Tag der offenen Tür", TextStyle(regular, 12), box)
    img = _render(layout_to_svg(layout))
    dark = img.point(lambda v: 255 if v < 128 else 0).getbbox()
    assert dark is not None
    ink = layout.ink_bounds
    assert dark[0] / SCALE == pytest.approx(ink.x, abs=0.5)
    assert dark[1] / SCALE == pytest.approx(ink.y, abs=0.5)
    assert dark[2] / SCALE == pytest.approx(ink.right, abs=0.5)
    assert dark[3] / SCALE == pytest.approx(ink.bottom, abs=0.5)


def test_empty_layout_gives_empty_string(regular: Path) -> None:
    layout = layout_text("😀", TextStyle(regular, 12), Box(0, 0, 10, 10))
    assert layout_to_svg(layout) == ""


def test_opacity_and_colour_validation(regular: Path) -> None:
    layout = layout_text("Hallo", TextStyle(regular, 12), Box(0, 0, 100, 20))
    assert 'fill-opacity="0.5"' in layout_to_svg(layout, fill="#fff", opacity=0.5)
    with pytest.raises(ValueError, match="fill"):
        layout_to_svg(layout, fill='red"/><script>')


_SNIPPET = """
import hashlib, sys
import cairosvg
from assetkit.text import Box, FitSpec, TextStyle, layout_text, layout_to_svg
layout = layout_text(sys.argv[2], TextStyle(sys.argv[1], 10), Box(5, 5, 90, 50), FitSpec(3, 20))
group = layout_to_svg(layout, fill="#222222")
svg = ('<svg xmlns="http://www.w3.org/2000/svg" width="400" height="240" viewBox="0 0 100 60">'
       + group + '</svg>')
png = cairosvg.svg2png(bytestring=svg.encode())
print(hashlib.sha256(group.encode()).hexdigest(), hashlib.sha256(png).hexdigest())
"""


def test_output_independent_of_system_fonts(regular: Path, tmp_path: Path) -> None:
    """Same SVG and pixels with fontconfig pointed at an empty configuration."""
    text = "Unternehmerfrühstück – „Erfolgsgeschichten“ AV To"
    conf = tmp_path / "fonts.conf"
    conf.write_text('<?xml version="1.0"?><fontconfig></fontconfig>\n')
    env = dict(os.environ, FONTCONFIG_FILE=str(conf), FONTCONFIG_PATH=str(tmp_path),
               PYTHONPATH=str(Path(__file__).resolve().parents[3]))
    run = subprocess.run([sys.executable, "-c", _SNIPPET, str(regular), text], env=env,
                         capture_output=True, text=True, check=True, timeout=120)
    layout = layout_text(text, TextStyle(regular, 10), Box(5, 5, 90, 50), FitSpec(3, 20))
    group = layout_to_svg(layout, fill="#222222")
    assert "<text" not in group
    assert "font" not in group
    svg = ('<svg xmlns="http://www.w3.org/2000/svg" width="400" height="240" '
           'viewBox="0 0 100 60">' + group + "</svg>")
    png = cairosvg.svg2png(bytestring=svg.encode())
    expected = f"{hashlib.sha256(group.encode()).hexdigest()} {hashlib.sha256(png).hexdigest()}"
    assert run.stdout.strip() == expected


def test_line_paths_match_the_font_outlines(regular: Path) -> None:
    """The compact per-line path draws exactly the glyph outlines, placed and scaled."""
    from assetkit.text import load_font

    layout = layout_text("Erfolgsgeschichten: AV & „To“ 1,5 Mio.", TextStyle(regular, 9),
                         Box(5, 5, 190, 40))
    font = load_font(regular)
    scale = layout.size / font.upem
    reference = "".join(
        f'<path transform="translate({g.x} {g.y}) scale({scale} {-scale})" '
        f'd="{font.glyph_path(g.gid)}"/>'
        for line in layout.lines for g in line.glyphs if font.glyph_path(g.gid)
    )
    ours = _render(layout_to_svg(layout)).tobytes()
    theirs = _render(f"<g>{reference}</g>").tobytes()
    differing = sum(1 for a, b in zip(ours, theirs, strict=True) if abs(a - b) > 8)
    assert differing < 20
