"""Placed photos: decoded once, cropped and resampled once per (file version, crop, size).

Typing in a text field must not resample the photo again (the live preview), batch rows share
photos, and a print export starts preparing its photos on another thread before the composer
runs (:mod:`assetkit.export.print_photos`). :func:`placed_photo` is what both call: while one
thread computes a placement, another asking for the same one waits for it instead of decoding
and cropping the photo a second time.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from concurrent.futures import Future
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from assetkit.compose.model import ComposeOptions, ImageChoice
from assetkit.geometry import Rect
from assetkit.images import Placement, place_image, read_image_info, to_data_uri
from assetkit.images.cache import PHOTOS
from assetkit.images.faces import detect_faces
from assetkit.images.subject import Cover, subject_focal
from assetkit.templates.model import ImageField

# Decoded photos are shared by every composition in this process (live preview, batch rows).
PHOTO_CACHE = PHOTOS

_Key = tuple[Path, tuple[int, int], float, float, str, tuple[float, float], float,
             tuple[int, int], str, int]


@dataclass(frozen=True)
class PlacedPhoto:
    source_name: str
    placement: Placement
    uri: str            # "" when the options embed no pixels (image_format "none")


def placed_photo(f: ImageField, choice: ImageChoice, px_per_unit: float,
                 options: ComposeOptions) -> PlacedPhoto:
    """The photo ``choice`` placed in field ``f`` at ``px_per_unit`` pixels per page unit."""
    b = f.box
    target = (max(1, round(b.width * px_per_unit)), max(1, round(b.height * px_per_unit)))
    source = Path(choice.source)
    try:
        stat = source.stat()
        stamp = (stat.st_mtime_ns, stat.st_size)
    except OSError:
        stamp = (0, 0)   # load_image reports the missing file in a clear sentence
    key: _Key = (source, stamp, b.width, b.height, f.fit, choice.focal or f.focal,
                 max(1.0, float(choice.zoom)), target, options.image_format,
                 options.jpeg_quality)
    with _LOCK:
        pending = _PENDING.get(key)
        mine = pending is None
        if pending is None:
            pending = _PENDING[key] = Future()
    if not mine:
        return pending.result()
    try:
        result = _placed_photo(*key)
    except BaseException as exc:
        pending.set_exception(exc)
        raise
    finally:
        with _LOCK:
            _PENDING.pop(key, None)
    pending.set_result(result)
    return result


def photo_focal(f: ImageField, choice: ImageChoice,
                covers: Sequence[Cover] = ()) -> tuple[tuple[float, float], tuple[Rect, ...]]:
    """The focal point to crop by (the user's, else one chosen around the faces in the photo)
    and the faces found."""
    if f.fit != "cover":
        return choice.focal or f.focal, ()
    faces = detect_faces(choice.faces_from or choice.source)
    if choice.focal is not None:
        return choice.focal, faces
    if not faces:
        return f.focal, faces
    size = read_image_info(choice.source).size
    box = (f.box.width, f.box.height)
    return subject_focal(size, faces, box, max(1.0, choice.zoom), covers, f.focal), faces


def limit_photo_cache(max_pixels: int) -> None:
    """Bound the decoded-photo cache (batch workers see a new photo in every row)."""
    PHOTO_CACHE.max_pixels = max_pixels
    PHOTO_CACHE.clear()
    _placed_photo.cache_clear()


_LOCK = threading.Lock()
_PENDING: dict[_Key, Future[PlacedPhoto]] = {}   # placements being computed right now


@lru_cache(maxsize=12)
def _placed_photo(source: Path, stamp: tuple[int, int], box_w: float, box_h: float, fit: str,
                  focal: tuple[float, float], zoom: float, target: tuple[int, int], fmt: str,
                  quality: int) -> PlacedPhoto:
    loaded = PHOTO_CACHE.get(source)
    placement = place_image(loaded, box_w, box_h, fit=fit,  # type: ignore[arg-type]
                            focal=focal, zoom=zoom, target_px=target)
    if fmt == "none":
        return PlacedPhoto(loaded.source_name, placement, "")
    kind = "png" if placement.image.mode == "RGBA" else fmt
    uri = to_data_uri(placement.image, fmt=kind, quality=quality,  # type: ignore[arg-type]
                      png_compress=1)
    return PlacedPhoto(loaded.source_name, placement, uri)
