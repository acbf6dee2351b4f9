"""Total ink of a CMYK image in a PDF, measured the way a prepress check does: every pixel.

The ink limit a press asks for (300 % for FOGRA39 offset) holds per pixel. Measured on a
box-filtered thumbnail, peaks average away: a photo whose JPEG quantisation pushed 2.5 % of its
pixels to 248 % passed a 240 % check. This rule decodes the image at full size and sums C, M, Y
and K of every pixel (:func:`assetkit.export.cmyk.total_ink_max`).
"""

from __future__ import annotations

import pikepdf

from assetkit.export.cmyk import total_ink_max

# Larger images are measured on a reduced copy (each pixel the mean of a 2 × 2 block at most):
# a CMYK image of 40 megapixels is 160 MB decoded.
FULL_SIZE_PIXELS = 40_000_000


def image_max_ink(obj: pikepdf.Stream) -> float:
    """The highest C+M+Y+K of any pixel of a CMYK image XObject, in percent; 0 for images
    that are not CMYK or cannot be decoded (the other checks report those)."""
    try:
        image = pikepdf.PdfImage(obj).as_pil_image()
    except (pikepdf.PdfError, NotImplementedError, ValueError, OSError):
        return 0.0
    if image.mode != "CMYK":
        return 0.0
    if image.width * image.height > FULL_SIZE_PIXELS:
        image = image.reduce(2)
    return total_ink_max(image)
