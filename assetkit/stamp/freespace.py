"""Look at a rendered page or photo: is a region free of content, how bright, how busy.

A region counts as free when every colour channel stays within a small tolerance across it:
blank paper, but also a flat coloured band, is free; text, lines, photos are not.
Regions are given in visual units and converted with ``scale`` (pixels per unit).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable

from PIL import Image, ImageStat

from assetkit.stamp.geometry import overlaps
from assetkit.stamp.model import Rect

# Channel spread (0–255) still counted as empty: anti-aliasing dust, scanner noise, paper tint.
UNIFORM_TOLERANCE = 24
DARK_BELOW = 0.45            # mean luminance (0–1) under which the light logo variant is used


def pixel_box(rect: Rect, scale: float, size: tuple[int, int]) -> tuple[int, int, int, int]:
    """Pixel box covering ``rect`` completely (rounded outwards, clipped to the image)."""
    x0 = max(0, math.floor(rect.x * scale))
    y0 = max(0, math.floor(rect.y * scale))
    x1 = min(size[0], math.ceil(rect.right * scale))
    y1 = min(size[1], math.ceil(rect.bottom * scale))
    return x0, y0, max(x0 + 1, x1), max(y0 + 1, y1)


def is_uniform(image: Image.Image, rect: Rect, scale: float,
               tolerance: int = UNIFORM_TOLERANCE) -> bool:
    region = image.crop(pixel_box(rect, scale, image.size))
    extrema = region.getextrema()
    if isinstance(extrema[0], int | float):          # single-band image
        extrema = (extrema,)  # type: ignore[assignment]
    return all(hi - lo <= tolerance for lo, hi in extrema)  # type: ignore[misc]


def brightness(image: Image.Image, rect: Rect, scale: float) -> float:
    """Mean luminance 0–1 of the region (alpha ignored)."""
    region = image.crop(pixel_box(rect, scale, image.size))
    if region.mode != "L":
        region = region.convert("RGB").convert("L")
    return float(ImageStat.Stat(region).mean[0]) / 255.0


def busyness(image: Image.Image, rect: Rect, scale: float) -> float:
    """Standard deviation of luminance in the region: low means calm background."""
    region = image.crop(pixel_box(rect, scale, image.size))
    if region.mode != "L":
        region = region.convert("RGB").convert("L")
    return float(ImageStat.Stat(region).stddev[0])


def free_test(image: Image.Image, scale: float,
              occupied: Iterable[Rect] = ()) -> Callable[[Rect], bool]:
    """Predicate for ``geometry.choose``: uniform pixels and no annotation or form field under it."""
    blocked = tuple(occupied)

    def test(rect: Rect) -> bool:
        if any(overlaps(rect, b) for b in blocked):
            return False
        return is_uniform(image, rect, scale)

    return test


def variant_for(image: Image.Image, rect: Rect, scale: float, default: str, dark: str) -> str:
    """The logo variant for the background under ``rect``: ``dark`` on dark areas."""
    return dark if brightness(image, rect, scale) < DARK_BELOW else default
