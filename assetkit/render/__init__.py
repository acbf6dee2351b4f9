"""Render a composition with CairoSVG: pixels/PNG at an exact size, or vector PDF."""

from assetkit.render import cairoload

cairoload.install()   # before anything imports cairosvg: cairocffi with cached bindings

with cairoload.without_url_fetching():
    from assetkit.render.cairo import (  # noqa: E402 -- after the line above, which must come first
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
