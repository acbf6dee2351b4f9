"""Pixel checks for stamping tests: render PDF pages, find where the logo was drawn and how it stands.

The horizontal colour logo has a petrol symbol on the left, a night-blue wordmark on the right and
a yellow sun at the top of the symbol; those three colours tell position and orientation.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image, ImageChops

PETROL = (0x00, 0x5A, 0x6E)
NACHTBLAU = (0x0E, 0x2F, 0x3C)
SONNE = (0xF7, 0xB5, 0x00)


def render(path: Path, index: int, dpi: float = 100, password: str | None = None) -> Image.Image:
    doc = pdfium.PdfDocument(path, password=password)
    try:
        doc.init_forms()
        page = doc[index]
        image = page.render(scale=dpi / 72, may_draw_forms=True).to_pil().convert("RGB")
        page.close()
        return image
    finally:
        doc.close()


def changed(before: Image.Image, after: Image.Image, threshold: int = 40) -> Image.Image:
    """Mask ("L", 255 = changed) of pixels that differ by more than ``threshold`` in any channel."""
    diff = ImageChops.difference(before, after).convert("RGB")
    bands = [b.point(lambda v: 255 if v > threshold else 0) for b in diff.split()]
    return ImageChops.lighter(ImageChops.lighter(bands[0], bands[1]), bands[2])


def colour_mask(image: Image.Image, colour: tuple[int, int, int], tol: int = 28,
                within: Image.Image | None = None) -> Image.Image:
    bands = [b.point(lambda v, c=c: 255 if abs(v - c) <= tol else 0)
             for b, c in zip(image.split(), colour, strict=True)]
    mask = ImageChops.darker(ImageChops.darker(bands[0], bands[1]), bands[2])
    return mask if within is None else ImageChops.darker(mask, within)


def centre(box: tuple[int, int, int, int]) -> tuple[float, float]:
    return (box[0] + box[2]) / 2, (box[1] + box[3]) / 2


@dataclass
class LogoFound:
    box: tuple[int, int, int, int]          # bounding box of changed pixels
    upright: bool
    size: tuple[int, int]                   # page image size

    @property
    def corner(self) -> str:
        cx, cy = centre(self.box)
        w, h = self.size
        vert = "top" if cy < h / 2 else "bottom"
        horiz = "left" if cx < w / 3 else "right" if cx > 2 * w / 3 else "centre"
        return f"{vert}-{horiz}"


def find_logo(before: Image.Image, after: Image.Image) -> LogoFound | None:
    """Where the colour logo appeared between two renderings of the same page."""
    mask = changed(before, after)
    box = mask.getbbox()
    if box is None:
        return None
    petrol = colour_mask(after, PETROL, within=mask).getbbox()
    blue = colour_mask(after, NACHTBLAU, within=mask).getbbox()
    sun = colour_mask(after, SONNE, tol=40, within=mask).getbbox()
    upright = bool(
        petrol and blue and sun
        and box[2] - box[0] > box[3] - box[1]                 # wider than tall
        and centre(petrol)[0] < centre(blue)[0]               # symbol left of the wordmark
        and centre(sun)[1] < centre(petrol)[1]                # sun at the top of the symbol
    )
    return LogoFound(box, upright, after.size)


def is_blank(image: Image.Image, box: tuple[int, int, int, int], tol: int = 24) -> bool:
    """True when the region holds no content (all channels within ``tol``)."""
    extrema = image.crop(box).getextrema()
    return all(hi - lo <= tol for lo, hi in extrema)
