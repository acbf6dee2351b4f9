"""Stamp the campaign logo onto photos and graphics (PNG, JPEG, WebP, TIFF).

The image keeps its format, pixel size, EXIF (orientation tag included), ICC profile, DPI and,
for JPEG, its quantisation tables (so the same quality). Placement is planned on the image as
displayed (EXIF orientation applied), so "top-right" is top-right for the viewer, and the logo
is turned back with the pixels before saving. Logo colours are converted into the image's ICC
profile when it has one.
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageCms, JpegImagePlugin, UnidentifiedImageError
from PIL.PngImagePlugin import PngInfo

from assetkit.errors import AssetkitError, os_reason
from assetkit.fileio import write_atomic
from assetkit.images import open_image
from assetkit.stamp import freespace, geometry
from assetkit.stamp.geometry import LogoShape
from assetkit.stamp.logo import dark_variant, logo_image, logo_shape, logo_variant
from assetkit.stamp.model import (
    AUTO_ORDER,
    DocumentPlan,
    FileReport,
    PagePlan,
    Placement,
    Rect,
    StampError,
    StampOptions,
    Status,
)

FORMATS = {"JPEG": ".jpg", "MPO": ".jpg", "PNG": ".png", "WEBP": ".webp", "TIFF": ".tif"}
MARGIN_FRACTION = 0.03            # of the shorter side, image edge → clear space
ANALYSIS_SIDE = 512               # longest side of the copy used to judge corners
# EXIF orientation → the transpose that shows the image upright (as Pillow's exif_transpose).
_UPRIGHT = {2: Image.Transpose.FLIP_LEFT_RIGHT, 3: Image.Transpose.ROTATE_180,
            4: Image.Transpose.FLIP_TOP_BOTTOM, 5: Image.Transpose.TRANSPOSE,
            6: Image.Transpose.ROTATE_270, 7: Image.Transpose.TRANSVERSE,
            8: Image.Transpose.ROTATE_90}
_BACK = {**_UPRIGHT, 6: Image.Transpose.ROTATE_90, 8: Image.Transpose.ROTATE_270}


@dataclass
class _Loaded:
    image: Image.Image            # as stored (not oriented), fully loaded
    fmt: str
    info: dict[str, object]
    orientation: int
    lossless_webp: bool
    quantization: dict[int, list[int]] | None
    subsampling: int


def _open(path: Path) -> _Loaded:
    name = path.name
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise StampError(f"„{name}“ kann nicht gelesen werden: {os_reason(exc)}.") from None
    try:
        im = open_image(data, name=name)     # our pixel limit, no Pillow warning
        fmt = im.format or ""
        if fmt not in FORMATS:
            raise StampError(f"„{name}“ ist kein PNG-, JPEG-, WebP- oder TIFF-Bild.")
        if fmt != "MPO" and getattr(im, "n_frames", 1) > 1:
            raise StampError(f"„{name}“ hat mehrere Bilder (Animation oder Mehrseiten-TIFF); "
                             "solche Dateien werden nicht gestempelt.")
        quant = getattr(im, "quantization", None) if fmt in ("JPEG", "MPO") else None
        sampling = JpegImagePlugin.get_sampling(im) if quant else -1
        orientation = int(im.getexif().get(274, 1) or 1)
        im.load()
    except AssetkitError:
        raise
    except Image.DecompressionBombError:
        raise StampError(f"„{name}“ ist zu groß (mehr Pixel als erlaubt).") from None
    except UnidentifiedImageError:
        raise StampError(f"„{name}“ ist kein lesbares Bild.") from None
    except (OSError, ValueError, SyntaxError) as exc:
        raise StampError(f"„{name}“ ist beschädigt oder unvollständig ({exc}).") from None
    info: dict[str, object] = {str(k): v for k, v in im.info.items()}
    return _Loaded(im, "JPEG" if fmt == "MPO" else fmt, info,
                   orientation if orientation in _UPRIGHT else 1,
                   fmt == "WEBP" and b"VP8L" in data[:4096], quant, sampling)


def _upright(loaded: _Loaded) -> Image.Image:
    method = _UPRIGHT.get(loaded.orientation)
    return loaded.image.transpose(method) if method is not None else loaded.image


# --- planning ---------------------------------------------------------------------------------

def _choose(display: Image.Image, options: StampOptions, shape: LogoShape) -> PagePlan:
    w, h = display.size
    short = min(w, h)
    logo = logo_variant("color", options.layout)
    width = max(float(round(options.image_width * short)), logo.min_width_px)
    margin = round(MARGIN_FRACTION * short)
    position = options.position
    analysis = display if max(w, h) <= ANALYSIS_SIDE else _small(display)
    scale = analysis.width / w
    if position == "auto":
        position = _calmest(analysis, scale, shape, width, w, h, margin)
    choice = geometry.choose(position, shape, [width], w, h, margin, None)
    if choice is None:
        return PagePlan(0, w, h, None, f"das Bild ist zu klein für das Logo "
                                       f"(mindestens {logo.min_width_px:g} Pixel breit)")
    # Whole pixels, so the raster logo lands exactly where the plan says.
    box = Rect(round(choice.logo.x), round(choice.logo.y), round(choice.logo.width),
               round(choice.logo.height))
    variant = options.variant or freespace.variant_for(analysis, choice.clear, scale, "color",
                                                       dark_variant())
    return PagePlan(0, w, h, Placement(box, choice.clear, variant, choice.position))


def _small(image: Image.Image) -> Image.Image:
    copy = image.convert("RGB") if image.mode not in ("RGB", "L") else image.copy()
    copy.thumbnail((ANALYSIS_SIDE, ANALYSIS_SIDE), Image.Resampling.BILINEAR)
    return copy


def _calmest(image: Image.Image, scale: float, shape: LogoShape, width: float, w: int, h: int,
             margin: int) -> str:
    """The auto position on a photo: the calmest candidate, with a bias for the usual order."""
    best, best_score = AUTO_ORDER[0], math.inf
    for rank, pos in enumerate(AUTO_ORDER):
        _, clear = shape.boxes(pos, width, w, h, margin)
        if not geometry.fits(clear, w, h):
            continue
        score = (freespace.busyness(image, clear, scale) + 4.0) * (1 + 0.25 * rank)
        if score < best_score:
            best, best_score = pos, score
    return best


def plan_image(path: Path, options: StampOptions) -> DocumentPlan:
    loaded = _open(path)
    return _plan(path, loaded, options)


def _plan(path: Path, loaded: _Loaded, options: StampOptions) -> DocumentPlan:
    page = _choose(_upright(loaded), options, logo_shape(options.layout))
    return DocumentPlan(path, "image", options, 1, (page,), ())


# --- compositing ------------------------------------------------------------------------------

def _to_profile(logo: Image.Image, mode: str, icc: bytes | None) -> Image.Image:
    """The logo's colour bands in ``mode``, converted from sRGB into the image's ICC profile."""
    rgb = logo.convert("RGB")
    if icc and mode in ("RGB", "CMYK"):
        try:
            target = ImageCms.ImageCmsProfile(io.BytesIO(icc))
            converted = ImageCms.profileToProfile(
                rgb, ImageCms.createProfile("sRGB"), target, outputMode=mode,
                renderingIntent=ImageCms.Intent.RELATIVE_COLORIMETRIC)
            if converted is not None:
                return converted
        except (ImageCms.PyCMSError, OSError, ValueError):
            pass                            # a broken profile: plain conversion below
    return rgb.convert(mode)


def _composite(display: Image.Image, placement: Placement, layout: str,
               icc: bytes | None) -> tuple[Image.Image, tuple[str, ...]]:
    notes: tuple[str, ...] = ()
    image = display
    if image.mode == "P":
        image = image.convert("RGBA" if "transparency" in image.info else "RGB")
        notes = ("Palettenbild als Vollfarbbild gespeichert",)
    elif image.mode == "1":
        image = image.convert("L")
    elif image.mode not in ("RGB", "RGBA", "L", "LA", "CMYK"):
        image = image.convert("RGBA" if "A" in image.mode else "RGB")
        notes = (f"Bildmodus {display.mode} als 8-Bit-Farbe gespeichert",)
    else:
        image = image.copy()
    box = placement.logo
    logo = logo_image(placement.variant, layout, int(box.width), int(box.height))
    xy = (int(box.x), int(box.y))
    if image.mode == "RGBA":
        colour = _to_profile(logo, "RGB", icc).convert("RGBA")
        colour.putalpha(logo.getchannel("A"))
        image.alpha_composite(colour, dest=xy)
    else:
        band_mode = "L" if image.mode in ("L", "LA") else image.mode
        colour = _to_profile(logo, band_mode, icc)
        if image.mode == "LA":
            colour = colour.convert("LA")
        image.paste(colour, xy, logo.getchannel("A"))
    return image, notes


# --- saving -----------------------------------------------------------------------------------

def _save(image: Image.Image, loaded: _Loaded) -> bytes:
    info = loaded.info
    kw: dict[str, object] = {}
    for key in ("icc_profile", "exif", "dpi", "xmp"):
        if info.get(key):
            kw[key] = info[key]
    fmt = loaded.fmt
    if fmt == "JPEG":
        if loaded.quantization:
            kw["qtables"] = loaded.quantization
        if loaded.subsampling >= 0:
            kw["subsampling"] = loaded.subsampling
        kw["progressive"] = bool(info.get("progressive") or info.get("progression"))
        if info.get("comment"):
            kw["comment"] = info["comment"]
        if image.mode not in ("RGB", "L", "CMYK"):
            image = image.convert("RGB")
    elif fmt == "PNG":
        text = getattr(loaded.image, "text", None) or {}
        if text:
            png_info = PngInfo()
            for k, v in text.items():
                png_info.add_itxt(k, str(v))
            kw["pnginfo"] = png_info
        if "transparency" in info and image.mode == loaded.image.mode:
            kw["transparency"] = info["transparency"]
        kw.pop("xmp", None)
    elif fmt == "WEBP":
        kw["lossless"] = loaded.lossless_webp
        kw["quality"] = 100 if loaded.lossless_webp else 90
        kw["method"] = 4
    elif fmt == "TIFF":
        kw.pop("xmp", None)
        kw.pop("exif", None)
        tags = getattr(loaded.image, "tag_v2", None)
        if tags is not None:
            kw["tiffinfo"] = tags
        compression = info.get("compression")
        if compression and compression != "raw":
            kw["compression"] = compression
    out = io.BytesIO()
    try:
        image.save(out, "JPEG" if fmt == "JPEG" else fmt, **kw)
    except (OSError, ValueError, TypeError) as exc:
        raise StampError(f"Das Bild konnte nicht im Format {fmt} gespeichert werden ({exc}).") from None
    return out.getvalue()


def _render(loaded: _Loaded, plan: DocumentPlan) -> tuple[Image.Image, tuple[str, ...]]:
    page = plan.pages[0]
    assert page.placement is not None
    icc = loaded.info.get("icc_profile")
    stamped, notes = _composite(_upright(loaded), page.placement, plan.options.layout,
                                icc if isinstance(icc, bytes) else None)
    back = _BACK.get(loaded.orientation)
    return (stamped.transpose(back) if back is not None else stamped), notes


def _write(path: Path, loaded: _Loaded, plan: DocumentPlan, output: Path,
           inputs: tuple[Path, ...]) -> FileReport:
    page = plan.pages[0]
    if page.placement is None:
        return FileReport(path, Status.SKIPPED, None, page.reason)
    image, notes = _render(loaded, plan)
    write_atomic(output, _save(image, loaded), inputs=(path, *inputs))
    w, h = loaded.image.size
    variant = {"color": "farbig", "black": "schwarz", "white": "weiß"}[page.placement.variant]
    return FileReport(path, Status.STAMPED, output, f"{w}×{h} px, Logo {variant} "
                      f"{int(page.placement.logo.width)} px breit", notes)


def apply_image(plan: DocumentPlan, output: Path, inputs: tuple[Path, ...] = ()) -> FileReport:
    return _write(plan.source, _open(plan.source), plan, output, inputs)


def stamp_image(path: Path, output: Path, options: StampOptions,
                inputs: tuple[Path, ...] = ()) -> FileReport:
    loaded = _open(path)
    return _write(path, loaded, _plan(path, loaded, options), output, inputs)


def preview_image(plan: DocumentPlan, index: int = 0, max_px: int = 1200) -> Image.Image:
    """The image as displayed with the planned logo, scaled to fit ``max_px`` (RGB or RGBA)."""
    loaded = _open(plan.source)
    page = plan.pages[0]
    if page.placement is None:
        image = _upright(loaded)
    else:
        composed, _ = _composite(_upright(loaded), page.placement, plan.options.layout, None)
        image = composed
    image = image.convert("RGBA" if "A" in image.mode else "RGB")
    image.thumbnail((max_px, max_px), Image.Resampling.LANCZOS)
    return image
