"""``layout_to_svg``: a TextLayout → an SVG ``<g>`` of glyph outlines in page units.

One ``<path>`` per line; outlines are transformed numerically (font units, y up → page
units, y down), so the SVG needs no fonts and no transforms and renders identically in
CairoSVG, browsers and Inkscape.

``marker_to_svg`` is the stand-in for a text in SVG bound for a PDF: a four-point shape over
the layout's box in a colour no artwork uses. cairo draws it where the text belongs in the
z-order, under every transform, clip and group of the template;
:mod:`assetkit.text.pdf_layer` then finds it in the PDF's content stream and sets the real
text (an embedded font subset) in its place.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

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
    attrs = f'fill="{fill}"'          # checked above: nothing to escape
    opacity = min(1.0, max(0.0, opacity))
    if opacity < 1.0:
        attrs += f' fill-opacity="{_num(opacity)}"'
    body = "".join(f'<path d="{d}"/>' for d in paths)
    return f"<g {attrs}>{body}</g>"


# The marker's corners as fractions of the box: three span it (and fix the transform cairo
# applied), the fourth is off the grid so ordinary artwork never matches by accident.
MARKER_POINTS = ((0.0, 0.0), (1.0, 0.0), (0.0, 1.0), (0.37, 0.61))


def marker_color(index: int) -> str:
    """The marker colour of the ``index``-th text of a page (near-reds no palette uses; one
    of its own for each of the first 65,536 texts)."""
    return f"#fe{(index >> 8) % 256:02x}{index % 256:02x}"


def marker_to_svg(layout: TextLayout, color: str) -> str:
    """The stand-in ``<path>`` for ``layout`` (see the module docstring); "" without lines."""
    if not _COLOR.match(color):
        raise ValueError(f"marker colour must be a hex colour, got {color!r}")
    if not any(line.glyphs for line in layout.lines):
        return ""
    box = layout.box
    w, h = max(box.width, 1e-3), max(box.height, 1e-3)
    points = " L".join(f"{_num(box.x + fx * w)} {_num(box.y + fy * h)}"
                       for fx, fy in MARKER_POINTS)
    return f'<path d="M{points}Z" fill="{color}"/>'


def _line_path(layout: TextLayout, line: LaidLine) -> str:
    return _path_of_line(layout.style.font, layout.size, line)


@lru_cache(maxsize=2048)
def _path_of_line(font_path: Path, size: float, line: LaidLine) -> str:
    """Path data for a line: relative commands between coordinates rounded to 1/1000
    unit (deltas of rounded values, so rounding never accumulates) — about half the size
    of absolute coordinates, which makes CairoSVG parse previews faster.

    Cached per (font, size, line): re-composing after an edit (the GUI preview, batch
    jobs, fitting) rebuilds only the lines that changed."""
    font = load_font(font_path)
    scale = size / font.upem
    parts: list[str] = []
    cx = cy = 0  # current point, integer thousandths of a page unit
    sx = sy = 0  # start of the current subpath
    started = False
    for glyph in line.glyphs:
        ox, oy = glyph.x, glyph.y
        for op, pts in font.outline(glyph.gid):
            if op == "Z":
                parts.append("z")
                cx, cy = sx, sy
                continue
            ints = [(round((ox + x * scale) * 1000), round((oy - y * scale) * 1000))
                    for x, y in pts]
            if op == "M" and not started:
                parts.append("M" + _pair(*ints[0]))
                started = True
            else:
                parts.append(op.lower() + " ".join(_pair(x - cx, y - cy) for x, y in ints))
            cx, cy = ints[-1]
            if op == "M":
                sx, sy = cx, cy
    return "".join(parts)


def _milli(value: int) -> str:
    """An integer number of thousandths as the shortest decimal (.5, -1.25, 3)."""
    sign = "-" if value < 0 else ""
    whole, frac = divmod(abs(value), 1000)
    if not frac:
        return f"{sign}{whole}"
    digits = f"{frac:03d}".rstrip("0")
    return f"{sign}{whole}.{digits}" if whole else f"{sign}.{digits}"


def _pair(x: int, y: int) -> str:
    return f"{_milli(x)} {_milli(y)}"
