"""Test photos for the print colour tests: CMYK stripes of known ink values, deep shadows."""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageEnhance
from printpdf_helpers import make_photo

# Stripes of a CMYK test photo, as 8-bit C, M, Y, K.
K_ONLY = (0, 0, 0, 255)
K_HALF = (0, 0, 0, 128)
CYAN = (255, 0, 0, 0)
RICH_BLACK = (230, 204, 204, 255)        # 350 %: over every preset's limit
RED = (0, 255, 255, 0)
STRIPES = (K_ONLY, K_HALF, CYAN, RICH_BLACK, RED)


def stripes_photo(path: Path, icc: bytes | None = None,
                  size: tuple[int, int] = (2000, 1300)) -> Path:
    """A CMYK JPEG of vertical :data:`STRIPES` (tagged with ``icc`` when given)."""
    w, h = size
    image = Image.new("CMYK", size)
    width = w // len(STRIPES)
    for i, value in enumerate(STRIPES):
        image.paste(value, (i * width, 0, (i + 1) * width if i < len(STRIPES) - 1 else w, h))
    extra = {"icc_profile": icc} if icc else {}
    image.save(path, "JPEG", quality=95, **extra)
    return path


def dark_photo(path: Path) -> Path:
    """Deep, saturated shadows: FOGRA39 puts well over 300 % ink into them."""
    base = make_photo(path.with_name("base.jpg"), size=(1600, 1040))
    with Image.open(base) as im:
        dark = ImageEnhance.Color(ImageEnhance.Brightness(im).enhance(0.35)).enhance(1.8)
        dark.save(path, "JPEG", quality=92)
    return path
