"""Encode rendered PNGs for delivery: PNG (optimised) or JPEG (sRGB, no alpha)."""

from __future__ import annotations

import io

from PIL import Image, ImageCms

from assetkit.resources import resource


def png_to_jpeg(png: bytes, quality: int = 90) -> bytes:
    with Image.open(io.BytesIO(png)) as im:
        rgba = im.convert("RGBA")
    flat = Image.new("RGB", rgba.size, (255, 255, 255))
    flat.paste(rgba, mask=rgba.split()[3])
    out = io.BytesIO()
    flat.save(out, "JPEG", quality=quality, optimize=True, progressive=True,
              icc_profile=srgb_profile_bytes(), dpi=(72, 72))
    return out.getvalue()


def png_with_srgb(png: bytes, dpi: float | None = None) -> bytes:
    """Re-save a PNG with an sRGB profile (and dpi for print-size PNGs)."""
    with Image.open(io.BytesIO(png)) as im:
        im.load()
        out = io.BytesIO()
        kwargs: dict[str, object] = {"icc_profile": srgb_profile_bytes(), "optimize": False}
        if dpi:
            kwargs["dpi"] = (dpi, dpi)
        im.save(out, "PNG", **kwargs)
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
