"""Encode placed pixels for embedding in the composed SVG.

In: a Pillow image (normally ``Placement.image``). Out: a ``data:`` URI (JPEG or PNG), the only
kind of reference the renderer follows. Transparency needs PNG; opaque photos are smaller as JPEG.
"""

from __future__ import annotations

import base64
import io
import tempfile
from typing import Any, Literal

from PIL import Image

DataFormat = Literal["jpeg", "png"]


def _has_transparency(image: Image.Image) -> bool:
    if image.mode in ("RGBA", "LA", "PA"):
        # one band: extrema are (min, max) ints; a fully opaque alpha has min 255
        return image.getchannel("A").getextrema()[0] != 255
    return image.mode == "P" and "transparency" in image.info


def saved_bytes(image: Image.Image, fmt: str, **params: Any) -> bytes:
    """``image.save(…, fmt, **params)`` into memory, letting other threads run meanwhile.

    Pillow holds the GIL while it encodes into a buffer such as ``BytesIO``, but releases it
    while it encodes into a file: a 4-megapixel print JPEG (~40 ms) stopped the page being
    drawn on the main thread for that long. So the encoder writes to an unnamed temporary file
    (it stays in the page cache) and the bytes are read back.
    """
    try:
        with tempfile.TemporaryFile() as handle:
            image.save(handle, fmt, **params)
            handle.seek(0)
            return handle.read()
    except OSError:             # no usable temporary folder: encode in memory
        buf = io.BytesIO()
        image.save(buf, fmt, **params)
        return buf.getvalue()


def encode_image(
    image: Image.Image, fmt: DataFormat = "jpeg", quality: int = 90, png_compress: int = 6
) -> tuple[bytes, str]:
    """Encode to (bytes, mime type). Images with real transparency always become PNG.

    ``png_compress`` 1 is for SVGs that are rendered at once (CairoSVG takes PNG as it is and
    re-encodes anything else): several times faster than 6, only the transient SVG is larger.
    """
    if fmt not in ("jpeg", "png"):
        raise ValueError(f"fmt must be 'jpeg' or 'png', got {fmt!r}")
    if _has_transparency(image):
        fmt = "png"
        image = image.convert("RGBA")
    elif image.mode not in ("RGB", "L"):
        image = image.convert("RGB")
    if fmt == "jpeg":
        # 4:4:4 at high quality keeps red/blue brand-coloured edges in photos clean.
        subsampling = 0 if quality >= 90 else 2
        return saved_bytes(image, "JPEG", quality=quality, subsampling=subsampling,
                           optimize=True), "image/jpeg"
    return saved_bytes(image, "PNG", compress_level=png_compress), "image/png"


def to_data_uri(image: Image.Image, fmt: DataFormat = "jpeg", quality: int = 90,
                png_compress: int = 6) -> str:
    """A ``data:image/...;base64,...`` URI. RGBA with any non-opaque pixel forces PNG; a fully
    opaque RGBA image is encoded without its alpha channel."""
    data, mime = encode_image(image, fmt, quality, png_compress)
    return f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"
