"""Checks on an exported PNG/JPEG/WebP for a social platform: pixel size, file size, sRGB.

Boxes are in pixels of the image.
"""

from __future__ import annotations

import io
import warnings
from collections.abc import Iterator
from pathlib import Path

from PIL import Image, ImageCms, UnidentifiedImageError

from assetkit.errors import number_de, os_error_message
from assetkit.images import load_image
from assetkit.preflight.findings import Finding
from assetkit.preflight.targets import PreflightError, SocialPlatform, resolve_target


def check_image_file(source: bytes | str | Path, *, preset: object = None) -> list[Finding]:
    """Findings for an exported raster file; size rules need a platform as ``preset``."""
    target = resolve_target(preset)
    if target is not None and not isinstance(target, SocialPlatform):
        target = None            # a print preset says nothing about raster files
    data = source if isinstance(source, bytes) else _read(Path(source))
    name = "das Bild" if isinstance(source, bytes) else Path(source).name
    # Decoded in full, as render and stamp read it: a truncated or hostile file is refused here
    # too, with the file's name and the reason (ImageError).
    load_image(data, name=name)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as image:
                size, mode = image.size, image.mode
                icc = image.info.get("icc_profile")
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError):
        raise PreflightError(f"Die Bilddatei „{name}“ kann nicht gelesen werden.") from None
    return list(_checks(data, size, mode, icc, target))


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise PreflightError(os_error_message(exc, path)) from None


def _profile_name(icc: bytes) -> str:
    try:
        profile = ImageCms.ImageCmsProfile(io.BytesIO(icc))
        return (ImageCms.getProfileDescription(profile) or "").strip()
    except (OSError, ImageCms.PyCMSError):
        return ""


def _checks(data: bytes, size: tuple[int, int], mode: str, icc: bytes | None,
            platform: SocialPlatform | None) -> Iterator[Finding]:
    whole = (0.0, 0.0, float(size[0]), float(size[1]))
    if mode == "CMYK" or (icc and "srgb" not in _profile_name(icc).lower().replace(" ", "")):
        what = "CMYK" if mode == "CMYK" else f"„{_profile_name(icc or b'') or 'unbekannt'}“"
        yield Finding(
            "social.color_profile", "error",
            f"Das Bild ist nicht in sRGB ({what}); Plattformen zeigen es mit falschen Farben. "
            "Mit assetkit als PNG oder JPEG neu exportieren.",
            f"The image is not sRGB ({what.replace('„', '“')}); platforms will show wrong "
            "colours. Export again as PNG or JPEG.", 1, whole, None, "px")
    elif not icc:
        yield Finding(
            "social.color_profile", "info",
            "Das Bild hat kein Farbprofil; es wird als sRGB angezeigt.",
            "The image has no colour profile; it will be shown as sRGB.", 1, whole, None, "px")
    if platform is None:
        return
    if platform.sizes is not None and size not in platform.sizes:
        yield Finding(
            "social.pixel_size", "error",
            f"{size[0]}×{size[1]} px passt nicht zu {platform.name} (üblich: "
            f"{platform.size_text()}).",
            f"{size[0]}×{size[1]} px does not fit {platform.name} (expected: "
            f"{platform.size_text()}).", 1, whole, None, "px")
    if len(data) > platform.max_bytes:
        yield Finding(
            "social.file_size", "error",
            f"Die Datei ist {number_de(len(data) / 1e6, 'MB')} groß; {platform.name} nimmt "
            f"höchstens {number_de(platform.max_bytes / 1e6, 'MB')} an. Als JPEG exportieren.",
            f"The file is {len(data) / 1e6:.1f} MB; {platform.name} accepts at most "
            f"{platform.max_bytes / 1e6:g} MB. Export as JPEG.", 1, whole, None, "px")
