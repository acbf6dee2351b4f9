"""Bring any decoded Pillow image into 8-bit sRGB, mode ``RGB`` or ``RGBA``.

In: a loaded ``PIL.Image`` of any mode Pillow produces for our formats (CMYK, L, LA, P, I;16,
I, F, 1, RGB, RGBA, LAB, YCbCr …) and, if the file had one, its embedded ICC profile.
Out: an sRGB image in ``RGB`` (opaque) or ``RGBA`` (with alpha).

Colour management uses LittleCMS through ``PIL.ImageCms`` with relative colorimetric intent and
black point compensation (what Photoshop does for "Convert to Profile" towards sRGB). CMYK without
an embedded profile is interpreted as FOGRA39 (the profile our print output targets), never with
Pillow's naive ``255 - C - K`` formula, which turns rich blacks grey and skin tones green.
"""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass
from functools import lru_cache

from PIL import Image, ImageCms

from assetkit.resources import resource

SRGB_PROFILE = ("color", "sRGB-argyll.icc")
FOGRA39_PROFILE = ("color", "FOGRA39L_coated.icc")

_INTENT = ImageCms.Intent.RELATIVE_COLORIMETRIC
_FLAGS = ImageCms.Flags.BLACKPOINTCOMPENSATION

# Pillow modes whose colour space matches an ICC profile's, and the mode LittleCMS writes.
_ICC_SPACES = {"RGB": "RGB", "L": "GRAY", "CMYK": "CMYK", "LAB": "LAB"}


@dataclass(frozen=True)
class ColorResult:
    """The converted image and what was done to it (for notes and tests)."""

    image: Image.Image
    profile_used: str | None  # description of the source profile applied, None if none
    profile_ignored: bool = False  # an embedded profile was unusable and a default was used


@lru_cache(maxsize=4)
def _bundled_profile(parts: tuple[str, str]) -> ImageCms.ImageCmsProfile:
    return ImageCms.getOpenProfile(str(resource(*parts)))


@lru_cache(maxsize=32)
def _transform(key: str, icc: bytes | None, in_mode: str) -> ImageCms.ImageCmsTransform:
    """A cached transform ``in_mode`` → sRGB RGB. ``key`` is a digest so the cache stays cheap."""
    del key  # only part of the cache key
    source = (
        ImageCms.ImageCmsProfile(io.BytesIO(icc))
        if icc is not None
        else _bundled_profile(FOGRA39_PROFILE)
    )
    return ImageCms.buildTransform(
        source,
        _bundled_profile(SRGB_PROFILE),
        in_mode,
        "RGB",
        renderingIntent=_INTENT,
        flags=_FLAGS,
    )


def _apply(image: Image.Image, icc: bytes | None) -> Image.Image:
    key = hashlib.blake2b(icc, digest_size=16).hexdigest() if icc is not None else "fogra39"
    return _transform(key, icc, image.mode).apply(image)


def _profile_info(icc: bytes) -> tuple[str, str] | None:
    """(colour space, description) of an embedded profile, or None if it is unreadable."""
    try:
        profile = ImageCms.ImageCmsProfile(io.BytesIO(icc))
        space = profile.profile.xcolor_space.strip()
        description = ImageCms.getProfileDescription(profile).strip()
    except (OSError, ImageCms.PyCMSError, ValueError, TypeError):
        return None
    return space, description


def _is_srgb(description: str) -> bool:
    # Cameras and browsers embed one of the near-identical sRGB IEC61966-2.1 profiles; a
    # transform would cost time for differences below one code value.
    return description.lower().startswith("srgb")


def _scale_16bit(image: Image.Image) -> Image.Image:
    """16/32-bit greyscale → ``L`` by scaling; Pillow's own convert clips at 255."""
    if image.mode == "F":
        # Float TIFFs hold 0..1 by convention.
        return image.point(lambda v: v * 255.0).convert("L")
    if image.mode != "I":
        image = image.convert("I")
    return image.point(lambda v: v / 257.0).convert("L")


def _split_alpha(image: Image.Image) -> tuple[Image.Image, Image.Image | None]:
    """Return (colour part, alpha or None) with the alpha dropped if fully opaque."""
    mode = image.mode
    if mode == "P":
        has_alpha = "transparency" in image.info or (
            image.palette is not None and image.palette.mode == "RGBA"
        )
        image = image.convert("RGBA" if has_alpha else "RGB")
        mode = image.mode
    if mode in ("RGBa", "La"):
        image = image.convert("RGBA" if mode == "RGBa" else "LA")
        mode = image.mode
    if mode in ("RGBA", "LA", "PA"):
        if mode == "PA":
            image = image.convert("RGBA")
            mode = "RGBA"
        alpha = image.getchannel("A")
        colour = image.convert("RGB" if mode == "RGBA" else "L")
        lo, _hi = alpha.getextrema()
        return colour, (None if lo == 255 else alpha)
    if mode.startswith("I;16") or mode in ("I", "F"):
        return _scale_16bit(image), None
    if mode == "1":
        return image.convert("L"), None
    if mode in ("YCbCr", "HSV", "RGBX"):
        return image.convert("RGB"), None
    return image, None


def to_srgb(image: Image.Image, icc: bytes | None, *, adobe_inverted: bool = True) -> ColorResult:
    """Convert ``image`` (with its embedded ``icc`` bytes, if any) to sRGB ``RGB``/``RGBA``.

    ``adobe_inverted`` is False only for CMYK JPEGs without an Adobe APP14 marker: Pillow always
    reads CMYK JPEG data as inverted (the Adobe/Photoshop convention), so those few files written
    by other tools with plain CMYK values must be inverted back.
    """
    colour, alpha = _split_alpha(image)
    if colour.mode == "CMYK" and not adobe_inverted:
        colour = colour.point(lambda v: 255 - v)

    profile_used: str | None = None
    ignored = False
    info = _profile_info(icc) if icc else None
    if icc and info is None:
        ignored = True
    expected_space = _ICC_SPACES.get(colour.mode)
    if info is not None and expected_space is not None and info[0] == expected_space:
        description = info[1]
        if colour.mode == "RGB" and _is_srgb(description):
            profile_used = description
        else:
            try:
                colour = _apply(colour, icc)
                profile_used = description
            except (OSError, ImageCms.PyCMSError, ValueError):
                # A profile LittleCMS cannot use (broken tables): fall back to the default
                # interpretation of the data below instead of refusing the photo.
                ignored = True
    elif info is not None:
        ignored = True  # e.g. an RGB profile attached to a greyscale image

    if colour.mode == "CMYK":
        colour = _apply(colour, None)
        if profile_used is None:
            profile_used = "FOGRA39 (Annahme)"
    elif colour.mode == "LAB":
        lab = ImageCms.createProfile("LAB")
        colour = ImageCms.buildTransform(
            lab, _bundled_profile(SRGB_PROFILE), "LAB", "RGB", renderingIntent=_INTENT
        ).apply(colour)
    elif colour.mode != "RGB":
        colour = colour.convert("RGB")

    if alpha is not None:
        colour.putalpha(alpha)
    return ColorResult(colour, profile_used, ignored)
