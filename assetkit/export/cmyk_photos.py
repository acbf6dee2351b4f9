"""Photos that are CMYK already keep their own separations in a print PDF.

In:  the photo file (a CMYK JPEG or TIFF from an agency or a press office), the crop the
     composer chose (in the pixels of its sRGB copy), the pixel size the PDF gets, the output
     profile.
Out: the cropped, resampled CMYK pixels for that profile, and how they got there.

:mod:`assetkit.images` hands the composer every photo in sRGB (preview, social images). For
print that round trip re-separates a CMYK photo: a 100 % K area came back as 74/67/63/83
(287 % ink), 100 % cyan (outside sRGB) as 73/22/0/3. So the print finisher reads the file's
CMYK pixels again and

- passes them through when the photo's profile is the output intent's (or the photo has none:
  untagged CMYK is taken as FOGRA39, as everywhere in assetkit),
- otherwise converts CMYK → CMYK with LittleCMS, relative colorimetric with black point
  compensation, preserving K-only black (LittleCMS's ``PRESERVE_K_ONLY`` intent) where this
  LittleCMS has it, so black text and K-only greys in the photo stay on the black plate.

The total ink limit is applied afterwards by the caller (:mod:`print_photos`), as for RGB photos.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from PIL import Image, ImageCms, ImageOps

from assetkit.export.cmyk import cmyk_profile, load_profile
from assetkit.resources import resource

# LittleCMS intents beyond ICC's four: keep pure K as pure K (cmsINTENT_PRESERVE_K_ONLY_*).
PRESERVE_K_ONLY_RELATIVE_COLORIMETRIC = 11
_FORMATS = ("JPEG", "TIFF")
_ORIENTATION_TAG = 0x0112


@dataclass(frozen=True)
class CmykPixels:
    """``image``: CMYK pixels for the output profile; ``how``: "pass-through" or "converted"."""

    image: Image.Image
    how: str


def assumed_profile_path() -> Path:
    """What untagged CMYK is taken to be (as :mod:`assetkit.images.color` does)."""
    return resource("color", "FOGRA39L_coated.icc")


def cmyk_pixels(path: Path, crop: tuple[int, int, int, int], crop_px_used: tuple[int, int],
                size: tuple[int, int], output_profile: Path) -> CmykPixels | None:
    """The file's CMYK pixels in ``crop``, resampled to ``size``, for ``output_profile``.

    ``crop`` is in the composer's (upright) pixels of the photo, ``crop_px_used`` the same crop
    in the file's pixels (they differ after a reduced decode). None when the file is not CMYK
    or cannot be read again (the composer read it a moment ago and reported any problem).
    """
    source = _read(path)
    if source is None:
        return None
    image, icc = source
    left, top, right, bottom = crop
    scale = crop_px_used[0] / max(1, right - left)
    box = (round(left * scale), round(top * scale), round(right * scale), round(bottom * scale))
    if not (0 <= box[0] < box[2] <= image.width and 0 <= box[1] < box[3] <= image.height):
        return None
    pixels = image.crop(box)
    if pixels.size != size:
        pixels = pixels.resize(size, Image.Resampling.LANCZOS, reducing_gap=2.0)
    if same_profile(icc, output_profile):
        return CmykPixels(pixels, "pass-through")
    converted = _transform(icc, output_profile).apply(pixels)
    return CmykPixels(converted, "converted")


def _read(path: Path) -> tuple[Image.Image, bytes | None] | None:
    """The upright CMYK pixels of ``path`` with true (not inverted) values, and its profile."""
    try:
        with Image.open(path, formats=_FORMATS) as im:
            if im.mode != "CMYK":
                return None
            # Pillow reads every CMYK JPEG as Adobe-inverted; the few without the Adobe marker
            # hold plain values (see assetkit.images.color.to_srgb).
            plain = im.format == "JPEG" and "adobe" not in im.info
            icc = im.info.get("icc_profile") or None
            im.load()
            orientation = im.getexif().get(_ORIENTATION_TAG, 1)
            image = ImageOps.exif_transpose(im) if orientation != 1 else im.copy()
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError):
        return None
    if plain:
        image = image.point(lambda v: 255 - v)
    if icc is not None and not _is_cmyk_profile(icc):
        icc = None                      # a broken or non-CMYK profile: taken as untagged
    return image, icc


def _is_cmyk_profile(icc: bytes) -> bool:
    try:
        profile = ImageCms.ImageCmsProfile(io.BytesIO(icc))
        return bool(profile.profile.xcolor_space.strip() == "CMYK")
    except (OSError, ImageCms.PyCMSError, ValueError, TypeError):
        return False


def same_profile(icc: bytes | None, output_profile: Path) -> bool:
    """Whether pixels tagged with ``icc`` (None: untagged, taken as FOGRA39) already are in
    ``output_profile``'s printing condition: the same file, the same profile ID, or the same
    description (Photoshop embeds its own copy of „Coated FOGRA39“)."""
    if icc is None:
        return _same_file(assumed_profile_path(), output_profile)
    out = output_profile.read_bytes()
    if icc == out:
        return True
    ours, theirs = _identity(out), _identity(icc)
    return (ours[0] != bytes(16) and ours[0] == theirs[0]) or (bool(ours[1])
                                                               and ours[1] == theirs[1])


def _same_file(a: Path, b: Path) -> bool:
    return a.resolve() == b.resolve() or a.read_bytes() == b.read_bytes()


def _identity(icc: bytes) -> tuple[bytes, str]:
    """(profile ID from the header, normalised description)."""
    profile_id = icc[84:100] if len(icc) >= 100 else bytes(16)
    try:
        profile = ImageCms.ImageCmsProfile(io.BytesIO(icc))
        description = ImageCms.getProfileDescription(profile)
    except (OSError, ImageCms.PyCMSError, ValueError, TypeError):
        description = ""
    return profile_id, " ".join(description.lower().split())


@lru_cache(maxsize=8)
def _transform(icc: bytes | None, output_profile: Path) -> ImageCms.ImageCmsTransform:
    source = (ImageCms.ImageCmsProfile(io.BytesIO(icc)) if icc is not None
              else load_profile(assumed_profile_path(), "Profil FOGRA39"))
    out = cmyk_profile(output_profile)
    # NOCACHE: the transform is shared between the threads that prepare photos.
    flags = ImageCms.Flags.BLACKPOINTCOMPENSATION | ImageCms.Flags.NOCACHE
    try:
        # ImageCms.buildTransform only admits ICC's four intents; the transform class hands
        # LittleCMS's own K-preserving intent through.
        return ImageCms.ImageCmsTransform(source, out, "CMYK", "CMYK",
                                          intent=PRESERVE_K_ONLY_RELATIVE_COLORIMETRIC,  # type: ignore[arg-type]
                                          flags=flags)
    except (OSError, ImageCms.PyCMSError, ValueError):
        return ImageCms.ImageCmsTransform(source, out, "CMYK", "CMYK",
                                          intent=ImageCms.Intent.RELATIVE_COLORIMETRIC,
                                          flags=flags)
