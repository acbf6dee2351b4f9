"""``layout_to_svg``: a TextLayout → an SVG ``<g>`` of glyph outlines in page units.

One ``<path>`` per line; outlines are transformed numerically (font units, y up → page
units, y down), so the SVG needs no fonts and no transforms and renders identically in
CairoSVG, browsers and Inkscape.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import quoteattr

from assetkit.text.fonts import load_font
from assetkit.text.model import LaidLine, TextLayout

_COLOR = re.compile(r"^(#[0-9a-fA-F]{3}|#[0-9a-fA-F]{6}|currentColor|none)$")


def _num(value: float) -> str:
    text = f"{value:.3f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def layout_to_svg(layout: TextLayout, fill: str = "#000000", opacity: float = 1.0) -> str:
    """SVG markup (a ``<g>``) drawing the layout's glyphs; "" when nothing is drawn.

    ``fill`` is ``#rgb``/``#rrggbb`` (or ``currentColor``); ``opacity`` becomes
    ``fill-opacity`` when below 1.
    """
    if not _COLOR.match(fill):
        raise ValueError(f"fill must be a hex colour like #1a2b3c, got {fill!r}")
    paths = [d for d in (_line_path(layout, line) for line in layout.lines) if d]
    if not paths:
        return ""
    attrs = f"fill={quoteattr(fill)}"
    opacity = min(1.0, max(0.0, opacity))
    if opacity < 1.0:
        attrs += f' fill-opacity="{_num(opacity)}"'
    body = "".join(f'<path d="{d}"/>' for d in paths)
    return f"<g {attrs}>{body}</g>"


def _line_path(layout: TextLayout, line: LaidLine) -> str:
    font = load_font(layout.style.font)
    scale = layout.size / font.upem
    parts: list[str] = []
    for glyph in line.glyphs:
        ox, oy = glyph.x, glyph.y
        for op, pts in font.outline(glyph.gid):
            coords = " ".join(f"{_num(ox + x * scale)} {_num(oy - y * scale)}" for x, y in pts)
            parts.append(op + coords)
    return "".join(parts)
