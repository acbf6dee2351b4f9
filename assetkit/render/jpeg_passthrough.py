"""Keep photos as JPEG in PDFs.

CairoSVG decodes every raster image and hands cairo raw pixels, which cairo's PDF backend stores
Flate-compressed: a flyer's PDF becomes several times larger than its photo and slow to write.
cairo can instead embed the original JPEG stream (DCTDecode) when the image surface carries it as
``image/jpeg`` mime data. This module swaps CairoSVG's ``<image>`` handler for one that does so
on PDF surfaces and falls back to CairoSVG's own handler for everything else.
"""

from __future__ import annotations

import base64
import binascii
import io
from typing import Any

from cairosvg import image as cairosvg_image
from cairosvg import surface as cairosvg_surface
from cairosvg.helpers import preserve_ratio, size
from cairosvg.surface import cairo
from PIL import Image

_JPEG_PREFIX = "data:image/jpeg;base64,"
_original_image = cairosvg_image.image


def _jpeg_image(surface: Any, node: Any) -> None:
    href = node.get_href() or ""
    if not (isinstance(surface, cairosvg_surface.PDFSurface) and href.startswith(_JPEG_PREFIX)):
        _original_image(surface, node)
        return
    try:
        jpeg = base64.b64decode(href[len(_JPEG_PREFIX):], validate=False)
        with Image.open(io.BytesIO(jpeg)) as im:
            if im.format != "JPEG" or im.mode not in ("RGB", "L"):
                raise ValueError("not a plain RGB/grey JPEG")
            rgb = im.convert("RGB")
    except (binascii.Error, ValueError, OSError):
        _original_image(surface, node)
        return
    w, h = rgb.size
    stride = cairo.ImageSurface.format_stride_for_width(cairo.FORMAT_RGB24, w)
    data = bytearray(rgb.tobytes("raw", "BGRX", stride))
    image_surface = cairo.ImageSurface.create_for_data(data, cairo.FORMAT_RGB24, w, h, stride)
    image_surface.set_mime_data("image/jpeg", jpeg)

    x, y = size(surface, node.get("x"), "x"), size(surface, node.get("y"), "y")
    width = size(surface, node.get("width"), "x") or w
    height = size(surface, node.get("height"), "y") or h
    node.image_width, node.image_height = w, h
    scale_x, scale_y, translate_x, translate_y = preserve_ratio(surface, node, width, height)
    context = surface.context
    context.save()
    context.rectangle(x, y, width, height)
    context.clip()
    context.translate(x, y)
    context.scale(scale_x, scale_y)
    context.translate(translate_x, translate_y)
    pattern = cairo.SurfacePattern(image_surface)
    pattern.set_filter(cairo.FILTER_GOOD)
    context.set_source(pattern)
    context.paint_with_alpha(float(node.get("opacity", 1)))
    context.restore()


def install() -> None:
    """Route ``<image>`` through the JPEG-preserving handler (idempotent)."""
    cairosvg_surface.TAGS["image"] = _jpeg_image
