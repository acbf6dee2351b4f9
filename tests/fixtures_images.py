"""Test photos for assetkit.images, built with Pillow at test time (no binary fixtures).

Imported by name (``from fixtures_images import ...``): ``tests/`` is on sys.path through the
suite's root conftest, and a unique module name cannot clash with other packages' helpers.

The corner-colour image is the workhorse: four solid quadrants, so orientation, cropping and
colour conversion can be checked by sampling a few pixels.
"""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

from PIL import Image

from assetkit.resources import resource

RED = (220, 30, 30)
GREEN = (30, 200, 60)
BLUE = (30, 60, 220)
YELLOW = (240, 220, 20)
CORNERS = {"tl": RED, "tr": GREEN, "bl": BLUE, "br": YELLOW}


def quadrants(size: tuple[int, int] = (300, 200), mode: str = "RGB") -> Image.Image:
    """TL red, TR green, BL blue, BR yellow."""
    w, h = size
    im = Image.new("RGB", size)
    im.paste(RED, (0, 0, w // 2, h // 2))
    im.paste(GREEN, (w // 2, 0, w, h // 2))
    im.paste(BLUE, (0, h // 2, w // 2, h))
    im.paste(YELLOW, (w // 2, h // 2, w, h))
    return im if mode == "RGB" else im.convert(mode)


def corner_colours(im: Image.Image, inset: int = 8) -> dict[str, tuple[int, ...]]:
    w, h = im.size
    px = im.convert("RGB")
    return {
        "tl": px.getpixel((inset, inset)),
        "tr": px.getpixel((w - 1 - inset, inset)),
        "bl": px.getpixel((inset, h - 1 - inset)),
        "br": px.getpixel((w - 1 - inset, h - 1 - inset)),
    }


def close(a: tuple[int, ...], b: tuple[int, ...], tol: int = 12) -> bool:
    return all(abs(x - y) <= tol for x, y in zip(a, b, strict=True))


def encode(im: Image.Image, fmt: str, **params: object) -> bytes:
    buf = io.BytesIO()
    im.save(buf, fmt, **params)
    return buf.getvalue()


def jpeg_with_orientation(orientation: int, size: tuple[int, int] = (300, 200)) -> bytes:
    exif = Image.Exif()
    exif[0x0112] = orientation
    return encode(quadrants(size), "JPEG", quality=95, exif=exif.tobytes())


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def raw_png(width: int, height: int, bit_depth: int, colour_type: int, rows: bytes | None) -> bytes:
    """A PNG written by hand: for 16-bit RGB (Pillow cannot write it) and for hostile headers."""
    ihdr = struct.pack(">IIBBBBB", width, height, bit_depth, colour_type, 0, 0, 0)
    idat = zlib.compress(rows if rows is not None else b"\x00" * 64)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _png_chunk(b"IHDR", ihdr)
        + _png_chunk(b"IDAT", idat)
        + _png_chunk(b"IEND", b"")
    )


def png_rgb16(pixels: list[list[tuple[int, int, int]]]) -> bytes:
    rows = b"".join(b"\x00" + b"".join(struct.pack(">HHH", *px) for px in row) for row in pixels)
    return raw_png(len(pixels[0]), len(pixels), 16, 2, rows)


def cmyk_image(value: tuple[int, int, int, int], size: tuple[int, int] = (64, 64)) -> Image.Image:
    return Image.new("CMYK", size, value)


def strip_adobe_marker(jpeg: bytes) -> bytes:
    """Remove the APP14 'Adobe' segment (a CMYK JPEG as some non-Adobe tools write it)."""
    pos = 2
    out = bytearray(jpeg[:2])
    while pos < len(jpeg):
        assert jpeg[pos] == 0xFF
        marker = jpeg[pos + 1]
        if marker == 0xDA:  # start of scan: the rest is entropy-coded data
            out += jpeg[pos:]
            break
        length = struct.unpack(">H", jpeg[pos + 2 : pos + 4])[0]
        segment = jpeg[pos : pos + 2 + length]
        if not (marker == 0xEE and segment[4:9] == b"Adobe"):
            out += segment
        pos += 2 + length
    return bytes(out)


def swapped_primaries_profile() -> bytes:
    """The sRGB profile with red and blue colorants swapped, renamed so it is not taken for sRGB.

    Pure red pixels tagged with it must come out blue after conversion, which proves an embedded
    RGB profile is really applied.
    """
    icc = bytearray(resource("color", "sRGB-argyll.icc").read_bytes())
    count = struct.unpack(">I", icc[128:132])[0]
    entries = {}
    for n in range(count):
        base = 132 + 12 * n
        sig = bytes(icc[base : base + 4])
        entries[sig] = base
    r, b = entries[b"rXYZ"], entries[b"bXYZ"]
    icc[r + 4 : r + 12], icc[b + 4 : b + 12] = icc[b + 4 : b + 12], icc[r + 4 : r + 12]
    at = icc.find(b"sRGB IEC")
    assert at > 0
    icc[at : at + 4] = b"xRGB"
    return bytes(icc)


def portrait_jpeg(path: Path, side: int = 1200, quality: int = 92) -> Path:
    """scikit-image's public-domain astronaut portrait (NASA, Eileen Collins) as a ``side`` ×
    ``side`` JPEG: a real face for the face-aware crop. Her face spans about 33–55 % of the
    width and 12–35 % of the height, her hair reaches up to about 6 %."""
    from skimage import data

    path.parent.mkdir(parents=True, exist_ok=True)
    Image.fromarray(data.astronaut()).resize((side, side), Image.Resampling.LANCZOS).save(
        path, quality=quality)
    return path
