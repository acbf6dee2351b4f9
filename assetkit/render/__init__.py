"""Render a composition with CairoSVG: PNG at an exact pixel size, or vector PDF."""

from assetkit.render.cairo import render_pdf, render_png, render_svg_png

__all__ = ["render_pdf", "render_png", "render_svg_png"]
