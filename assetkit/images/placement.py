"""Fit a loaded photo into an image field: crop by focal point, resample, never upscale.

In: a :class:`~assetkit.images.loading.LoadedImage`, the field's box (any unit: mm or px), the fit
mode, focal point and zoom, and the pixel size the output needs for that box (screen preview:
screen pixels; print: 300 ppi at placed size).
Out: a :class:`Placement` — the pixels to embed and where to draw them inside the box.

Never upscale: when the photo has fewer pixels than the target needs, the cropped pixels are kept
as they are and :attr:`Placement.upscale_needed` is set, so the renderer scales them at draw time
and compose can report "low photo resolution" instead of hiding it behind invented pixels.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Literal

from PIL import Image

from assetkit.images.loading import LoadedImage

Fit = Literal["cover", "contain"]

MM_PER_INCH = 25.4
# Rounding a crop to whole pixels may leave it one pixel short of the target; resampling across
# that pixel is not an upscale anyone could see.
_SLACK_PX = 1
# Pillow first reduces by an integer factor (box filter) until the image is within this multiple
# of the target, then runs LANCZOS on the rest. 2.0 is what Pillow's thumbnail() uses: visually
# the same as a pure LANCZOS, and 2.5× faster for a 24 MP photo going to a 540 px preview
# (37 ms vs 92 ms; bench/bench_images.py). 3.0 only starts to help at reductions of 6× and more.
REDUCING_GAP = 2.0


@dataclass(frozen=True, eq=False)
class Placement:
    """The pixels to embed for one image field and where they go.

    ``crop``: (left, top, right, bottom) in pixels of ``LoadedImage.image``.
    ``draw_box``: (x, y, w, h) in box units relative to the box origin; the whole box for cover,
    the letterboxed sub-box for contain.
    ``source_px_used``: the crop's size in the *file's* pixels (differs from the crop only after
    a reduced JPEG decode); effective resolution is computed from it.
    """

    image: Image.Image
    crop: tuple[int, int, int, int]
    draw_box: tuple[float, float, float, float]
    upscale_needed: bool
    source_px_used: tuple[int, int]
    box: tuple[float, float] = (0.0, 0.0)
    fit: Fit = "cover"
    photo_size: tuple[int, int] = (0, 0)    # size of the decoded photo ``crop`` is taken from

    def crop_fraction(self) -> tuple[float, float, float, float]:
        """The crop as fractions of the photo (left, top, right, bottom)."""
        w, h = self.photo_size
        if not (w and h):
            return 0.0, 0.0, 1.0, 1.0
        left, top, right, bottom = self.crop
        return left / w, top / h, right / w, bottom / h

    def effective_ppi(self, box_w_mm: float) -> float:
        """Pixels per inch of the photo as printed, for a box ``box_w_mm`` millimetres wide."""
        box_w = self.box[0] or self.draw_box[2]
        drawn_mm = box_w_mm * (self.draw_box[2] / box_w) if box_w else box_w_mm
        if drawn_mm <= 0:
            return 0.0
        return self.source_px_used[0] / (drawn_mm / MM_PER_INCH)


def _validate(box_w: float, box_h: float, zoom: float, focal: tuple[float, float]) -> None:
    if not (box_w > 0 and box_h > 0 and math.isfinite(box_w) and math.isfinite(box_h)):
        raise ValueError(f"box must be positive, got {box_w} × {box_h}")
    if not (zoom >= 1.0 and math.isfinite(zoom)):
        raise ValueError(f"zoom must be ≥ 1, got {zoom}")
    if not all(math.isfinite(v) for v in focal):
        raise ValueError(f"focal point must be finite, got {focal}")


def cover_crop(
    size: tuple[int, int],
    box_w: float,
    box_h: float,
    focal: tuple[float, float] = (0.5, 0.5),
    zoom: float = 1.0,
) -> tuple[int, int, int, int]:
    """The largest region with the box's aspect ratio (shrunk by ``zoom``), centred as close to
    the focal point (fractions of width and height) as the image allows, in whole pixels."""
    _validate(box_w, box_h, zoom, focal)
    w, h = size
    aspect = box_w / box_h
    crop_w, crop_h = (h * aspect, float(h)) if w / h > aspect else (float(w), w / aspect)
    crop_w = max(1, min(w, round(crop_w / zoom)))
    crop_h = max(1, min(h, round(crop_h / zoom)))
    fx = min(max(focal[0], 0.0), 1.0)
    fy = min(max(focal[1], 0.0), 1.0)
    left = min(max(round(fx * w - crop_w / 2), 0), w - crop_w)
    top = min(max(round(fy * h - crop_h / 2), 0), h - crop_h)
    return left, top, left + crop_w, top + crop_h


def required_source_size(
    original_size: tuple[int, int],
    box_w: float,
    box_h: float,
    target_px: tuple[int, int],
    *,
    fit: Fit = "cover",
    zoom: float = 1.0,
) -> tuple[int, int]:
    """The smallest decoded size of the whole photo that still gives ``target_px`` pixels after
    placement; pass it as ``min_size`` to :func:`load_image` to allow a reduced JPEG decode."""
    w, h = original_size
    if fit == "contain":
        scale = min(target_px[0] / w, target_px[1] / h)
    else:
        aspect = box_w / box_h
        crop_w = min(w, h * aspect) / zoom
        crop_h = min(h, w / aspect) / zoom
        scale = max(target_px[0] / crop_w, target_px[1] / crop_h)
    scale = min(scale, 1.0)
    return max(1, math.ceil(w * scale)), max(1, math.ceil(h * scale))


def _resample(
    image: Image.Image, crop: tuple[int, int, int, int], target: tuple[int, int]
) -> tuple[Image.Image, bool]:
    crop_w, crop_h = crop[2] - crop[0], crop[3] - crop[1]
    if crop_w + _SLACK_PX < target[0] or crop_h + _SLACK_PX < target[1]:
        return image.crop(crop), True
    if (crop_w, crop_h) == target:
        return image.crop(crop), False
    resized = image.resize(target, Image.Resampling.LANCZOS, box=crop, reducing_gap=REDUCING_GAP)
    return resized, False


def place_image(
    img: LoadedImage,
    box_w: float,
    box_h: float,
    *,
    fit: Fit = "cover",
    focal: tuple[float, float] = (0.5, 0.5),
    zoom: float = 1.0,
    target_px: tuple[int, int],
) -> Placement:
    """Crop and resample ``img`` for a ``box_w`` × ``box_h`` field needing ``target_px`` pixels.

    cover: fill the box, cropping by focal point and zoom (≥ 1).
    contain: the whole photo, centred and letterboxed; focal point and zoom do not apply.
    The result is resampled with LANCZOS down to the pixels the field needs, never up.
    """
    _validate(box_w, box_h, zoom, focal)
    tw, th = target_px
    if tw < 1 or th < 1:
        raise ValueError(f"target_px must be at least 1 × 1, got {target_px}")
    w, h = img.image.size
    inv_scale = 1.0 / img.decode_scale

    if fit == "cover":
        crop = cover_crop((w, h), box_w, box_h, focal, zoom)
        draw_box = (0.0, 0.0, float(box_w), float(box_h))
        target = (tw, th)
    elif fit == "contain":
        crop = (0, 0, w, h)
        s = min(box_w / w, box_h / h)
        dw, dh = w * s, h * s
        draw_box = ((box_w - dw) / 2, (box_h - dh) / 2, dw, dh)
        target = (max(1, round(tw * dw / box_w)), max(1, round(th * dh / box_h)))
    else:
        raise ValueError(f"fit must be 'cover' or 'contain', got {fit!r}")

    pixels, upscale = _resample(img.image, crop, target)
    used = (
        round((crop[2] - crop[0]) * inv_scale),
        round((crop[3] - crop[1]) * inv_scale),
    )
    return Placement(
        image=pixels,
        crop=crop,
        draw_box=draw_box,
        upscale_needed=upscale,
        source_px_used=used,
        box=(float(box_w), float(box_h)),
        fit=fit,
        photo_size=(w, h),
    )
