"""The campaign logo in the two forms stamping needs: a vector one-page PDF and RGBA rasters.

Both come from the brand kit's sanitised SVG through CairoSVG; only ``data:`` URLs are followed.
(CairoSVG 2.9 dropped ``url_fetcher`` from ``svg2pdf``; the surface class still takes it.)
"""

from __future__ import annotations

from functools import lru_cache

from PIL import Image

from assetkit.brand import LogoVariant, load_brand
from assetkit.errors import RenderError
from assetkit.render.cairo import data_only_fetcher, render_svg_image
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
    # Imported here, after assetkit.render (above) set up cairocffi: see render/cairoload.py.
    from cairosvg import surface

    svg = logo_variant(variant, layout).svg
    try:
        return bytes(surface.PDFSurface.convert(bytestring=svg, url_fetcher=data_only_fetcher,
                                                unsafe=False))
    except (ValueError, MemoryError, RecursionError) as exc:
        raise RenderError(f"Das Logo konnte nicht als PDF erzeugt werden ({exc}).") from None


@lru_cache(maxsize=32)
def _logo_image(variant: str, layout: str, width: int, height: int) -> Image.Image:
    return render_svg_image(logo_variant(variant, layout).svg, width, height)


def logo_image(variant: str, layout: str, width: int, height: int) -> Image.Image:
    """The logo as an RGBA image of exactly ``width`` × ``height`` pixels (sRGB)."""
    return _logo_image(variant, layout, width, height).copy()
