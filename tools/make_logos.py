"""Draw the campaign logo variants into resources/logos/ (run once; the SVGs are committed).

The logo is our own design: a rounded square with three rising bars and a sun dot (people of
the region, growing; "vor Ort"), beside the wordmark "Kommunale Jobcenter" and the claim
"Stark. Sozial. Vor Ort.". Letters are outlines of the bundled Inter fonts, so the logo needs no
font at run time. Kerning is applied with HarfBuzz.

    python tools/make_logos.py
"""

from __future__ import annotations

from pathlib import Path

import uharfbuzz as hb
from fontTools.pens.svgPathPen import SVGPathPen
from fontTools.pens.transformPen import TransformPen
from fontTools.ttLib import TTFont

ROOT = Path(__file__).resolve().parent.parent
FONTS = ROOT / "resources" / "fonts" / "inter"
OUT = ROOT / "resources" / "logos"

PETROL = "#005A6E"
NIGHT = "#0E2F3C"
SUN = "#F7B500"


def text_path(font_file: str, text: str, size: float, x: float, baseline: float,
              anchor: str = "start") -> tuple[str, float]:
    """SVG path data of `text` set in `font_file` at `size` units; returns (d, advance width)."""
    path = FONTS / font_file
    blob = hb.Blob.from_file_path(str(path))
    face = hb.Face(blob)
    font = hb.Font(face)
    buf = hb.Buffer()
    buf.add_str(text)
    buf.guess_segment_properties()
    hb.shape(font, buf, {"kern": True, "liga": True})
    tt = TTFont(path)
    glyph_set = tt.getGlyphSet()
    order = tt.getGlyphOrder()
    scale = size / face.upem
    width = sum(p.x_advance for p in buf.glyph_positions) * scale
    if anchor == "middle":
        x -= width / 2
    pen = SVGPathPen(glyph_set, ntos=lambda v: f"{v:.2f}".rstrip("0").rstrip("."))
    pen_x = 0.0
    for info, pos in zip(buf.glyph_infos, buf.glyph_positions, strict=True):
        gx = x + (pen_x + pos.x_offset) * scale
        gy = baseline - pos.y_offset * scale
        glyph_set[order[info.codepoint]].draw(TransformPen(pen, (scale, 0, 0, -scale, gx, gy)))
        pen_x += pos.x_advance
    return pen.getCommands(), width


def symbol_paths(x: float, y: float, s: float) -> tuple[str, str]:
    """(square with knocked-out bars and dot, dot) for a symbol of size s at x, y."""
    u = s / 100

    def rrect(rx: float, ry: float, w: float, h: float, r: float) -> str:
        return (f"M{x + (rx + r) * u:.2f} {y + ry * u:.2f}h{(w - 2 * r) * u:.2f}"
                f"a{r * u:.2f} {r * u:.2f} 0 0 1 {r * u:.2f} {r * u:.2f}v{(h - 2 * r) * u:.2f}"
                f"a{r * u:.2f} {r * u:.2f} 0 0 1 {-r * u:.2f} {r * u:.2f}h{-(w - 2 * r) * u:.2f}"
                f"a{r * u:.2f} {r * u:.2f} 0 0 1 {-r * u:.2f} {-r * u:.2f}v{-(h - 2 * r) * u:.2f}"
                f"a{r * u:.2f} {r * u:.2f} 0 0 1 {r * u:.2f} {-r * u:.2f}z")

    def circle(cx: float, cy: float, r: float) -> str:
        return (f"M{x + (cx - r) * u:.2f} {y + cy * u:.2f}"
                f"a{r * u:.2f} {r * u:.2f} 0 1 0 {2 * r * u:.2f} 0"
                f"a{r * u:.2f} {r * u:.2f} 0 1 0 {-2 * r * u:.2f} 0z")

    bars = "".join(rrect(bx, 80 - h, 14, h, 7) for bx, h in ((20, 26), (43, 38), (66, 50)))
    dot = circle(73, 17, 8)
    return rrect(0, 0, 100, 100, 20) + bars + dot, dot


def build(layout: str, variant: str) -> str:
    mono = {"black": "#000000", "white": "#FFFFFF"}.get(variant)
    square_fill = mono or PETROL
    word_fill = mono or NIGHT
    claim_fill = mono or PETROL
    if layout == "horizontal":
        sq, dot = symbol_paths(0, 0, 100)
        w1, a1 = text_path("InterDisplay-Bold.otf", "Kommunale", 37, 122, 35)
        w2, a2 = text_path("InterDisplay-ExtraBold.otf", "Jobcenter", 37, 122, 73)
        c, a3 = text_path("Inter-SemiBold.otf", "Stark. Sozial. Vor Ort.", 16.5, 123, 99)
        width = 122 + max(a1, a2, a3)
        height = 100
    else:
        width = 240.0
        sq, dot = symbol_paths(width / 2 - 50, 0, 100)
        w1, _ = text_path("InterDisplay-Bold.otf", "Kommunale", 37, width / 2, 152, "middle")
        w2, _ = text_path("InterDisplay-ExtraBold.otf", "Jobcenter", 37, width / 2, 190, "middle")
        c, _ = text_path("Inter-SemiBold.otf", "Stark. Sozial. Vor Ort.", 16.5, width / 2, 218,
                         "middle")
        height = 222
    sun = "" if mono else f'\n  <path id="sun" fill="{SUN}" d="{dot}"/>'
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width:.2f} {height:.2f}" '
        f'width="{width:.2f}" height="{height:.2f}">\n'
        f"  <title>Kommunale Jobcenter – Stark. Sozial. Vor Ort.</title>\n"
        f'  <path id="symbol" fill="{square_fill}" fill-rule="evenodd" d="{sq}"/>{sun}\n'
        f'  <path id="wordmark" fill="{word_fill}" d="{w1}{w2}"/>\n'
        f'  <path id="claim" fill="{claim_fill}" d="{c}"/>\n'
        f"</svg>\n"
    )


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for layout in ("horizontal", "stacked"):
        for variant in ("color", "black", "white"):
            (OUT / f"logo-{layout}-{variant}.svg").write_text(build(layout, variant), "utf-8")


if __name__ == "__main__":
    main()
