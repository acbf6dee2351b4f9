"""Encode rendered pixels for delivery: PNG (sRGB-tagged) or JPEG (sRGB, no alpha)."""

from __future__ import annotations

import io

from PIL import Image, ImageCms, PngImagePlugin

from assetkit.render import encode_png
from assetkit.resources import resource


def to_png(image: Image.Image, dpi: float | None = None, xmp: bytes | None = None) -> bytes:
    info = None
    if xmp:
        info = PngImagePlugin.PngInfo()
        info.add_itxt("XML:com.adobe.xmp", xmp.decode("utf-8"), zip=False)
    return encode_png(image, icc_profile=srgb_profile_bytes(), dpi=dpi, pnginfo=info)


def to_jpeg(image: Image.Image, quality: int = 90, dpi: float | None = None,
            xmp: bytes | None = None) -> bytes:
    rgba = image.convert("RGBA")
    flat = Image.new("RGB", rgba.size, (255, 255, 255))
    flat.paste(rgba, mask=rgba.getchannel("A"))
    out = io.BytesIO()
    d = dpi or 72
    extra = {"xmp": xmp} if xmp else {}
    flat.save(out, "JPEG", quality=quality, optimize=True, progressive=True,
              icc_profile=srgb_profile_bytes(), dpi=(d, d), **extra)
    return out.getvalue()


_SRGB: bytes | None = None


def srgb_profile_bytes() -> bytes:
    global _SRGB
    if _SRGB is None:
        path = resource("color", "sRGB-argyll.icc")
        if path.is_file():
            _SRGB = path.read_bytes()
        else:
            _SRGB = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    return _SRGB
