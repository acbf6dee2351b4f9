"""Render a composition with CairoSVG: pixels/PNG at an exact size, or vector PDF."""

from assetkit.render.cairo import (
    cairo_pdf,
    encode_png,
    render_image,
    render_pdf,
    render_png,
    render_svg_image,
    render_svg_png,
)

__all__ = ["cairo_pdf", "encode_png", "render_image", "render_pdf", "render_png", "render_svg_image",
           "render_svg_png"]
