"""The campaign logo as Word needs it: a PNG at print resolution plus the SVG for Word 2016+.

Word shows the SVG (through the ``svgBlip`` extension) and older Word versions and LibreOffice
fall back to the PNG, so the PNG is rendered at ≥ 600 dpi of the placed size.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from assetkit.brand import LogoVariant
from assetkit.render.cairo import render_svg_png

PNG_DPI = 600


@dataclass(frozen=True)
class LogoImage:
    png: bytes
    svg: bytes
    width_mm: float
    height_mm: float
    png_size: tuple[int, int]   # pixels

    @property
    def png_dpi(self) -> float:
        return self.png_size[0] / (self.width_mm / 25.4)


def logo_image(logo: LogoVariant, width_mm: float, dpi: float = PNG_DPI) -> LogoImage:
    """Render ``logo`` for a placement ``width_mm`` wide (height follows the aspect ratio)."""
    height_mm = width_mm / logo.aspect
    width_px = math.ceil(width_mm / 25.4 * dpi)
    height_px = math.ceil(width_px / logo.aspect)
    png = render_svg_png(logo.svg, width_px, height_px)
    return LogoImage(png=png, svg=logo.svg, width_mm=width_mm, height_mm=height_mm,
                     png_size=(width_px, height_px))


def graphic_image(svg: bytes, width_mm: float, height_mm: float,
                  dpi: float = PNG_DPI) -> LogoImage:
    """Any self-contained SVG drawing (e.g. fold marks) as PNG + SVG for an anchored picture."""
    width_px = max(1, math.ceil(width_mm / 25.4 * dpi))
    height_px = max(1, math.ceil(height_mm / 25.4 * dpi))
    png = render_svg_png(svg, width_px, height_px)
    return LogoImage(png=png, svg=svg, width_mm=width_mm, height_mm=height_mm,
                     png_size=(width_px, height_px))
