"""The campaign logo in the two forms stamping needs: a vector one-page PDF and RGBA rasters.

Both come from the brand kit's sanitised SVG through CairoSVG; only ``data:`` URLs are followed.
(CairoSVG 2.9 dropped ``url_fetcher`` from ``svg2pdf``/``svg2png``; the surface classes still
take it, so we call them directly.)
"""

from __future__ import annotations

import io
from functools import lru_cache

from cairosvg import surface
from PIL import Image

from assetkit.brand import LogoVariant, load_brand
from assetkit.errors import RenderError
from assetkit.render.cairo import MAX_PIXELS, data_only_fetcher
from assetkit.stamp.geometry import LogoShape


def logo_variant(variant: str, layout: str) -> LogoVariant:
    return load_brand().logo(variant=variant, layout=layout)


def logo_shape(layout: str) -> LogoShape:
    logo = logo_variant("color", layout)
    return LogoShape(aspect=logo.aspect, clear=logo.clear_space)


def dark_variant() -> str:
    return load_brand().dark_background_variant


@lru_cache(maxsize=8)
def logo_pdf(variant: str, layout: str) -> bytes:
    """The logo as a one-page vector PDF (page size = logo size at 0.75 pt per SVG unit)."""
    svg = logo_variant(variant, layout).svg
    try:
        return bytes(surface.PDFSurface.convert(bytestring=svg, url_fetcher=data_only_fetcher,
                                                unsafe=False))
    except (ValueError, MemoryError, RecursionError) as exc:
        raise RenderError(f"Das Logo konnte nicht als PDF erzeugt werden ({exc}).") from None


@lru_cache(maxsize=32)
def _logo_png(variant: str, layout: str, width: int, height: int) -> bytes:
    svg = logo_variant(variant, layout).svg
    try:
        return bytes(surface.PNGSurface.convert(bytestring=svg, url_fetcher=data_only_fetcher,
                                                unsafe=False, output_width=width,
                                                output_height=height))
    except (ValueError, MemoryError, RecursionError) as exc:
        raise RenderError(f"Das Logo konnte nicht gerendert werden ({exc}).") from None


def logo_image(variant: str, layout: str, width: int, height: int) -> Image.Image:
    """The logo as an RGBA image of exactly ``width`` × ``height`` pixels (sRGB)."""
    if width <= 0 or height <= 0 or width * height > MAX_PIXELS:
        raise RenderError(f"Die Logogröße {width}×{height} Pixel ist nicht möglich.")
    with Image.open(io.BytesIO(_logo_png(variant, layout, width, height))) as im:
        return im.convert("RGBA")
