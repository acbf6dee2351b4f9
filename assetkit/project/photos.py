"""Photos in a project: resolution check against the original, and preview proxies.

The preview must stay fast with 24-megapixel camera photos, so it composes with a proxy: the
photo decoded once (EXIF orientation and colour already applied), scaled down to what a screen
preview can show, and kept in the user cache. Focal point and zoom are relative, so the crop is
the same as with the original. Resolution warnings are computed from the original's size.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from assetkit.export.presets import PPI_ERROR
from assetkit.images import cover_crop, load_image, read_image_info
from assetkit.templates import ImageField, Page

PROXY_MAX_PX = 2400


@dataclass(frozen=True)
class PhotoQuality:
    source_px: tuple[int, int]     # the original's size (upright)
    used_px: tuple[int, int]       # how many of its pixels fill the field
    ppi: float | None              # print pages: effective ppi at placed size
    low: bool                      # the user should be warned


def photo_quality(field: ImageField, page: Page, source: Path, focal: tuple[float, float] | None,
                  zoom: float) -> PhotoQuality:
    info = read_image_info(source)
    crop = cover_crop(info.size, field.box.width, field.box.height, focal or field.focal,
                      max(1.0, zoom))
    used = (crop[2] - crop[0], crop[3] - crop[1])
    if page.unit == "mm":
        ppi = used[0] / (field.box.width / 25.4)
        return PhotoQuality(info.size, used, ppi, ppi < PPI_ERROR)
    # Social pages: fewer pixels than the field is wide would be visibly soft.
    return PhotoQuality(info.size, used, None, used[0] + 1 < field.box.width * 0.8)


def preview_proxy(source: Path, cache: Path, max_px: int = PROXY_MAX_PX) -> Path:
    """A screen-sized copy of ``source`` (or ``source`` itself when it is small already)."""
    info = read_image_info(source)
    if max(info.size) <= max_px and info.orientation == 1 and info.format in ("JPEG", "PNG"):
        return source
    st = source.stat()
    key = hashlib.sha1(f"{source.resolve()}|{st.st_mtime_ns}|{st.st_size}|{max_px}".encode()).hexdigest()
    cache.mkdir(parents=True, exist_ok=True)
    has_alpha = "A" in info.mode or info.mode == "P"
    target = cache / f"{key[:20]}.{'png' if has_alpha else 'jpg'}"
    if target.is_file():
        return target
    loaded = load_image(source, min_size=_fit(info.size, max_px))
    image = loaded.image
    image.thumbnail((max_px, max_px))
    tmp = target.with_suffix(".part" + target.suffix)
    if has_alpha:
        image.save(tmp, "PNG")
    else:
        image.convert("RGB").save(tmp, "JPEG", quality=92)
    tmp.replace(target)
    return target


def _fit(size: tuple[int, int], max_px: int) -> tuple[int, int]:
    scale = min(1.0, max_px / max(size))
    return max(1, round(size[0] * scale)), max(1, round(size[1] * scale))


def crop_fraction(field: ImageField, size: tuple[int, int], focal: tuple[float, float] | None,
                  zoom: float) -> tuple[float, float, float, float]:
    """The visible part of a photo in its field as fractions (left, top, right, bottom)."""
    left, top, right, bottom = cover_crop(size, field.box.width, field.box.height,
                                          focal or field.focal, max(1.0, zoom))
    w, h = size
    return left / w, top / h, right / w, bottom / h
