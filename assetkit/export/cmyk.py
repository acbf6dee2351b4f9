"""sRGB → print CMYK for vector colours and photos, the way a prepress department would do it.

Vector colours: a brand palette colour gets its defined CMYK values (brand.toml), black and
near-black neutrals become 100 % K only (no four-colour text that would blur on press), other
neutrals a pure K tint, everything else goes through LittleCMS (Pillow ImageCms), relative
colorimetric with black point compensation. Every result is limited to the preset's total area
coverage (default 300 %) by taking ink out of C, M and Y.

Photos go through one 3-D table (:func:`photo_lut`): LittleCMS converts a 33 × 33 × 33 grid of
sRGB colours, the grid gets the ink limit and the JPEG's YCCK form, and Pillow interpolates the
photo's pixels in it — one pass instead of conversion, ink limit and YCCK one after the other
(70 instead of 110 ms for 4 megapixels); against converting each pixel, under 1 level on average
and at most 8 levels in the rare pixels where FOGRA39's black generation starts between grid
points.
"""

from __future__ import annotations

import io
from array import array
from functools import lru_cache
from pathlib import Path

from PIL import Image, ImageChops, ImageCms, ImageFilter, ImageMath

from assetkit.brand import Brand
from assetkit.errors import ResourceError
from assetkit.images.encoding import saved_bytes
from assetkit.resources import resource

Cmyk = tuple[float, float, float, float]     # 0..1 each, as PDF operators take them
NEUTRAL_SPREAD = 4 / 255                     # r, g, b this close together: a grey
NEAR_BLACK = 0.2                             # grey darker than this prints as 100 % K
# Photos are ink-limited this many percentage points below the preset's limit: JPEG
# quantisation moves a pixel's total by up to about 8 points (300 % gave 306.7 % after
# encoding, 240 % gave 248.6 %). What is still over after encoding is limited again
# (print_photos.encode_within_limit), so the headroom only saves that second pass.
INK_HEADROOM = 6.0


def srgb_profile_path() -> Path:
    return resource("color", "sRGB-argyll.icc")


def load_profile(path: Path, kind: str = "Ausgabeprofil") -> ImageCms.ImageCmsProfile:
    if not path.is_file():
        raise ResourceError(f"Das {kind} {path} fehlt; ohne es kann kein Druck-PDF "
                            "erzeugt werden.")
    try:
        return ImageCms.getOpenProfile(str(path))
    except (OSError, ImageCms.PyCMSError):
        raise ResourceError(f"Das {kind} {path} ist kein lesbares ICC-Profil.") from None


@lru_cache(maxsize=8)
def cmyk_profile(profile_path: Path) -> ImageCms.ImageCmsProfile:
    """The output profile at ``profile_path``; a clear error when it is missing, unreadable
    or not a CMYK profile."""
    out = load_profile(profile_path)
    if out.profile.xcolor_space.strip() != "CMYK":
        raise ResourceError(f"Das Ausgabeprofil {profile_path} ist kein CMYK-Profil.")
    return out


@lru_cache(maxsize=8)
def _transform(profile_path: Path, mode: str) -> ImageCms.ImageCmsTransform:
    out = cmyk_profile(profile_path)
    srgb = load_profile(srgb_profile_path(), "sRGB-Profil")
    # NOCACHE: LittleCMS's one-pixel cache is not for transforms shared between threads;
    # it costs nothing measurable.
    return ImageCms.buildTransform(
        srgb, out, mode, "CMYK", renderingIntent=ImageCms.Intent.RELATIVE_COLORIMETRIC,
        flags=ImageCms.Flags.BLACKPOINTCOMPENSATION | ImageCms.Flags.NOCACHE)


class CmykConverter:
    """Converts colours and images of one export. Cheap to make: the profile is checked,
    transforms are built when a colour needs one, and cached."""

    def __init__(self, brand: Brand | None, profile_path: Path, max_ink: float = 300.0) -> None:
        """``brand``: whose palette colours keep their defined CMYK (None: photos only)."""
        self.brand = brand
        self.profile_path = profile_path
        self.max_ink = max_ink
        self._cache: dict[tuple[int, int, int], Cmyk] = {}
        cmyk_profile(profile_path)           # fail early and clearly on a missing profile

    def vector(self, r: float, g: float, b: float) -> Cmyk:
        """CMYK for an sRGB colour given as 0..1 floats (PDF operands)."""
        key = (_byte(r), _byte(g), _byte(b))
        if key not in self._cache:
            self._cache[key] = self._vector(*key)
        return self._cache[key]

    def _vector(self, r: int, g: int, b: int) -> Cmyk:
        defined = (self.brand.cmyk_for_hex(f"#{r:02X}{g:02X}{b:02X}")
                   if self.brand is not None else None)
        if defined is not None:
            return _limit(tuple(v / 100 for v in defined), self.max_ink)  # type: ignore[arg-type]
        if max(r, g, b) - min(r, g, b) <= NEUTRAL_SPREAD * 255:
            grey = (r + g + b) / 3 / 255
            k = 1.0 if grey < NEAR_BLACK else round(1 - grey, 4)
            return (0.0, 0.0, 0.0, k)
        pixel = ImageCms.applyTransform(Image.new("RGB", (1, 1), (r, g, b)),
                                        _transform(self.profile_path, "RGB"))
        c, m, y, k = pixel.getpixel((0, 0))  # type: ignore[misc]
        return _limit((c / 255, m / 255, y / 255, k / 255), self.max_ink)

    def image(self, im: Image.Image) -> Image.Image:
        """An RGB (or L) image in FOGRA39 CMYK, total ink limited."""
        return limit_image_ink(self._cmyk(im), self.max_ink)

    def image_limited(self, im: Image.Image, max_ink: float) -> Image.Image:
        """:meth:`image` for another limit (a photo JPEG quantisation pushed over the limit is
        made again for a lower one)."""
        return limit_image_ink(self._cmyk(im), max_ink)

    def jpeg_planes(self, im: Image.Image) -> Image.Image:
        """What :func:`encode_ycck_planes` stores for a photo: :func:`ycck_planes` of
        :meth:`image`, through :func:`photo_lut` (per pixel, so bands of a photo can go
        through it on separate threads)."""
        if im.mode != "RGB":
            im = im.convert("RGB")
        return im.filter(photo_lut(self.profile_path, self.max_ink))

    def _cmyk(self, im: Image.Image) -> Image.Image:
        if im.mode != "RGB":
            im = im.convert("RGB")
        cmyk = ImageCms.applyTransform(im, _transform(self.profile_path, "RGB"))
        assert cmyk is not None
        return cmyk


LUT_SIZE = 33                 # grid points per axis


@lru_cache(maxsize=4)
def photo_lut(profile_path: Path, max_ink: float) -> ImageFilter.Color3DLUT:
    """sRGB → ``profile_path`` (as :meth:`CmykConverter.image`: LittleCMS, ink limit with
    :data:`INK_HEADROOM`), then
    :func:`ycck_planes`, as one table for ``Image.filter``. The table depends only on the
    profile and the limit; it is kept in the user cache folder, so an export does not even
    build the LittleCMS transform."""
    from assetkit.userdirs import derived_data

    stat = profile_path.stat()
    key = (f"photo-lut 2 {LUT_SIZE} {max_ink} {INK_HEADROOM} {ImageCms.core.littlecms_version} "
           f"{profile_path.resolve()} {stat.st_size} {stat.st_mtime_ns}")
    size = LUT_SIZE ** 3 * 4 * array("f").itemsize
    data = derived_data("color", profile_path.stem, key,
                        lambda: _lut_table(profile_path, max_ink).tobytes(),
                        check=lambda data: len(data) == size)
    table = array("f")
    table.frombytes(data)
    return ImageFilter.Color3DLUT(LUT_SIZE, table.tolist(), channels=4, target_mode="CMYK")


def _lut_table(profile_path: Path, max_ink: float) -> array[float]:
    """The table of :func:`photo_lut`: red changes fastest, then green, then blue."""
    n = LUT_SIZE
    levels = bytes(round(i * 255 / (n - 1)) for i in range(n))
    # An n × n² image: x is the red level, y = blue · n + green.
    red = Image.frombytes("L", (n, 1), levels).resize((n, n * n), Image.Resampling.NEAREST)
    green = Image.frombytes("L", (1, n * n), levels * n).resize((n, n * n),
                                                                Image.Resampling.NEAREST)
    blue = Image.frombytes("L", (1, n * n), bytes(v for v in levels for _ in range(n))).resize(
        (n, n * n), Image.Resampling.NEAREST)
    grid = Image.merge("RGB", (red, green, blue))
    cmyk = ImageCms.applyTransform(grid, _transform(profile_path, "RGB"))
    assert cmyk is not None
    planes = ycck_planes(limit_image_ink(cmyk, max_ink - INK_HEADROOM))
    return array("f", [v / 255 for v in planes.tobytes()])


def _byte(v: float) -> int:
    return max(0, min(255, round(float(v) * 255)))


def _limit(cmyk: Cmyk, max_ink: float) -> Cmyk:
    c, m, y, k = cmyk
    limit = max_ink / 100
    total = c + m + y + k
    if total <= limit + 1e-9 or c + m + y == 0:
        return (round(c, 4), round(m, 4), round(y, 4), round(k, 4))
    # Keep K (it carries the contrast) and take the excess out of C, M and Y evenly.
    scale = max(0.0, limit - k) / (c + m + y)
    return (round(c * scale, 4), round(m * scale, 4), round(y * scale, 4), round(k, 4))


def limit_image_ink(cmyk: Image.Image, max_ink: float,
                    planes: tuple[Image.Image, ...] | None = None) -> Image.Image:
    """Scale down C, M, Y where C+M+Y+K exceeds ``max_ink`` percent; K stays. ``planes``:
    ``cmyk.split()`` when the caller has it already. Returns ``cmyk`` itself when no pixel
    is over the limit."""
    limit = max_ink / 100 * 255
    c, m, y, k = planes or cmyk.split()
    # A cheap exact upper bound first (three 8-bit averages, C speed): most photos stay far
    # below the limit, and the 32-bit sum below costs ~50 ms on a 4-megapixel photo.
    # floor((a + b) / 2) >= (a + b - 1) / 2, so C+M+Y+K <= 4 * max(quarter) + 4.
    quarter = ImageChops.add(ImageChops.add(c, m, 2.0), ImageChops.add(y, k, 2.0), 2.0)
    if 4 * int(quarter.getextrema()[1]) + 4 <= limit:  # type: ignore[arg-type]
        return cmyk
    total_max = ImageMath.lambda_eval(lambda a: a["c"] + a["m"] + a["y"] + a["k"],
                                      c=c, m=m, y=y, k=k).getextrema()[1]  # type: ignore[union-attr]
    if total_max <= limit:
        return cmyk
    # Per pixel: factor = min(1, (limit - K) / (C + M + Y)); floored so that the 8-bit result
    # still stays within the limit.
    factor = ImageMath.lambda_eval(
        lambda a: a["min"](a["max"](limit - a["float"](a["k"]), 0.0)
                           / a["max"](a["float"](a["c"] + a["m"] + a["y"]), 1.0), 1.0),
        c=c, m=m, y=y, k=k)

    def scaled(channel: Image.Image) -> Image.Image:
        return ImageMath.lambda_eval(  # type: ignore[return-value]
            lambda a: a["convert"](a["float"](a["x"]) * a["f"], "L"), x=channel, f=factor)

    return Image.merge("CMYK", (scaled(c), scaled(m), scaled(y), k))


def total_ink_max(cmyk: Image.Image) -> float:
    """The largest C+M+Y+K of any pixel of a CMYK image, in percent (exact, per pixel)."""
    c, m, y, k = cmyk.split()
    total = ImageMath.lambda_eval(lambda a: a["c"] + a["m"] + a["y"] + a["k"],
                                  c=c, m=m, y=y, k=k)
    return float(total.getextrema()[1]) / 255 * 100  # type: ignore[union-attr]


def ink_within(cmyk: Image.Image, max_ink: float) -> bool:
    """Whether no pixel of a CMYK image has more than ``max_ink`` percent in total; a cheap
    upper bound first (as in :func:`limit_image_ink`), the exact sum only when it is needed."""
    c, m, y, k = cmyk.split()
    quarter = ImageChops.add(ImageChops.add(c, m, 2.0), ImageChops.add(y, k, 2.0), 2.0)
    if 4 * int(quarter.getextrema()[1]) + 4 <= max_ink / 100 * 255:  # type: ignore[arg-type]
        return True
    return total_ink_max(cmyk) <= max_ink


def decoded_cmyk(jpeg: bytes) -> Image.Image:
    """A CMYK JPEG as the PDF shows it (Pillow undoes the Adobe inversion that ``/Decode``
    undoes in the PDF)."""
    with Image.open(io.BytesIO(jpeg), formats=("JPEG",)) as im:
        im.load()
        return im.copy()


# C, M, Y → 255 − (Y, Cb, Cr) (JPEG's YCbCr, ITU-R BT.601 full range), +0.5 to round: Pillow
# inverts all four channels when it writes CMYK, so Y, Cb, Cr land as computed, while K lands
# inverted as the Adobe convention wants. One affine pass; Pillow's own YCbCr conversion and
# three inversions took three times as long, for results within one level of this.
_INVERTED_YCC = (-0.299, -0.587, -0.114, 255.5,
                 0.168736, 0.331264, -0.5, 127.5,
                 -0.5, 0.418688, 0.081312, 127.5)


def ycck_planes(cmyk: Image.Image, planes: tuple[Image.Image, ...] | None = None) -> Image.Image:
    """The four planes :func:`encode_ycck_planes` stores, as a "CMYK" image (per pixel, so
    bands of a photo can be prepared on separate threads and pasted together). ``planes``:
    ``cmyk.split()`` when the caller has it already."""
    c, m, y, k = planes or cmyk.split()
    ycc = Image.merge("RGB", (c, m, y)).convert("RGB", _INVERTED_YCC)
    return Image.merge("CMYK", (*ycc.split(), k))


def encode_ycck_planes(planes: Image.Image, quality: int) -> bytes:
    """A CMYK JPEG in Adobe YCCK form from :func:`ycck_planes`' result: about half the size
    of plain CMYK at the same quality.

    Pillow writes only plain (inverted, Adobe-style) CMYK JPEGs, where all four channels keep
    full detail and luminance tables. Like Photoshop, we store C, M, Y as YCbCr (the detail sits
    in Y; Cb and Cr get the coarser chrominance table) and K as it is, then flag the Adobe APP14
    marker as YCCK (transform 2). Decoders return the same inverted CMYK as for Pillow's own
    CMYK files, so the PDF image needs ``/Decode [1 0 1 0 1 0 1 0]`` either way.
    """
    luminance, chrominance = _quant_tables(quality)
    # optimize: Huffman tables fitted to the photo, ~20 % smaller, the same pixels.
    data = bytearray(saved_bytes(planes, "JPEG", optimize=True,
                                 qtables=[luminance, chrominance, chrominance, luminance]))
    marker = data.find(b"\xff\xee\x00\x0eAdobe")
    if marker < 0:  # pragma: no cover - Pillow always writes it for CMYK
        raise ResourceError("Der JPEG-Kodierer hat keine Adobe-Kennung geschrieben.")
    data[marker + 15] = 2       # APP14 transform flag: 2 = YCCK
    return bytes(data)


@lru_cache(maxsize=8)
def _quant_tables(quality: int) -> tuple[list[int], list[int]]:
    """libjpeg's standard tables at ``quality`` (what Pillow's RGB JPEGs use)."""
    probe = io.BytesIO()
    Image.new("RGB", (8, 8)).save(probe, "JPEG", quality=quality)
    with Image.open(probe) as im:
        tables = im.quantization  # type: ignore[attr-defined]
    return list(tables[0]), list(tables[1])
