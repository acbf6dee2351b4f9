"""The photos of a print PDF, prepared on background threads while the page is drawn.

A print PDF stores each photo as a JPEG at no more than the preset's resolution at its placed
size, converted sRGB → FOGRA39 (LittleCMS) and limited to the total ink for CMYK presets; a
photo that is CMYK already keeps its own separations (:mod:`cmyk_photos`). The limit holds in
the JPEG as stored: :func:`encode_within_limit` measures the encoded photo and limits again
what JPEG quantisation pushed over it.
That is most of an export's work (about 0.2 s of CPU for a 4-megapixel photo), and nearly all
of it happens in Pillow and LittleCMS, which release the GIL. :func:`start_photos` therefore
starts it on a thread as soon as template, content and preset are known — before the page is
composed: decoding and cropping go through :func:`assetkit.compose.photos.placed_photo`, which
the composer then finds done (or waits for) — while the caller composes, loads the PDF tools
and draws the page. The two halves of a photo are converted on two threads.
:meth:`PhotoJob.prepared` waits for the result.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TypeVar

from PIL import Image

from assetkit.background import in_background, quick_gil_handoff
from assetkit.compose import Composition, Content
from assetkit.compose.photos import photo_focal, placed_photo
from assetkit.errors import RenderError
from assetkit.export.cmyk import (
    INK_HEADROOM,
    CmykConverter,
    decoded_cmyk,
    encode_ycck_planes,
    ink_within,
    limit_image_ink,
    load_profile,
    total_ink_max,
    ycck_planes,
)
from assetkit.export.cmyk_photos import CmykPixels, cmyk_pixels
from assetkit.export.presets import Preset
from assetkit.export.request import ExportRequest, compose_options
from assetkit.images import Placement
from assetkit.images.encoding import saved_bytes
from assetkit.templates import Template

T = TypeVar("T")
ADOBE_CMYK_DECODE = (1, 0, 1, 0, 1, 0, 1, 0)     # Adobe JPEGs store CMYK inverted
_MIN_SPLIT_PIXELS = 500_000                      # smaller photos are not worth a second thread
_LIMIT_TRIES = 4                                 # encodings at most until the ink limit holds
# Threads per photo when the caller does not say: batch workers (one process per core
# already) set 1.
default_bands = 2


@dataclass(frozen=True)
class PrintPhoto:
    """A placed photo: its field, the unique pixel size of its stand-in image, the cropped
    pixels, where it is drawn (page units) and its placed size in millimetres; the file it
    came from (None when not known) and the crop (``Placement.crop``, ``.source_px_used``),
    so that a CMYK file's own pixels can be used."""

    field: str
    stand_in: tuple[int, int]
    image: Image.Image
    draw_box: tuple[float, float, float, float]
    drawn_mm: tuple[float, float]
    source: Path | None = None
    crop: tuple[int, int, int, int] = (0, 0, 0, 0)
    crop_px_used: tuple[int, int] = (0, 0)


@dataclass(frozen=True)
class PreparedPhoto:
    """A photo ready for the PDF: JPEG data and what its image dictionary needs."""

    data: bytes
    size: tuple[int, int]
    color_space: str                    # "/DeviceCMYK" or "/DeviceRGB"
    decode: tuple[int, ...] | None
    alpha: Image.Image | None
    how: str = "rgb"                    # "rgb", "srgb-to-cmyk", "pass-through", "converted"


class PhotoJob:
    """The photos of one print export, being placed and prepared in the background."""

    def __init__(self, work: Callable[[], dict[str, tuple[PrintPhoto, PreparedPhoto]]],
                 preset: Preset, converter: CmykConverter | None,
                 sources: Mapping[str, Path] | None = None) -> None:
        self.preset = preset
        self.converter = converter
        self.sources = dict(sources or {})
        self._done = in_background(lambda: _handing_off(work), "assetkit-print-photos")

    def prepared(self, photos: list[PrintPhoto]) -> list[PreparedPhoto]:
        """The prepared form of each of ``photos`` (the composition's), in their order. A
        photo the job placed differently (or not at all) is prepared now."""
        done = self._done.result()
        result = []
        for photo in photos:
            found = done.get(photo.field)
            if found is None or not _same_photo(found[0], photo):
                photo = replace(photo, source=photo.source or self.sources.get(photo.field))
                result.append(prepare_photo(photo, self.preset, self.converter))
            else:
                result.append(found[1])
        return result


def start_photos(template: Template, content: Content, preset: Preset,
                 bands: int | None = None) -> PhotoJob:
    """Start placing and preparing the photos of ``content`` in ``template`` for ``preset``;
    a missing or wrong output profile is reported here, before any work. ``bands``: see
    :func:`prepare_photo` (1 when the caller is still loading modules, as the CLI is)."""
    converter = None
    if preset.color == "cmyk":
        assert preset.output_profile is not None
        converter = CmykConverter(None, preset.output_profile, preset.max_ink)
    elif preset.is_pdfx and preset.output_profile is not None:
        load_profile(preset.output_profile)
    options = compose_options(template, ExportRequest("pdf", preset=preset))
    px_per_unit = options.px_per_unit or 1.0
    to_mm = 25.4 / 72 * template.page.unit_to_pt
    fields = [(f, content.images[f.id]) for f in template.image_fields if f.id in content.images]

    def work() -> dict[str, tuple[PrintPhoto, PreparedPhoto]]:
        done = {}
        for index, (f, choice) in enumerate(fields):
            try:
                # The focal point as the composer will choose it (faces found once, cached);
                # a template drawing over this photo may move it: prepared() then redoes it.
                focal, _faces = photo_focal(f, choice)
                placement = placed_photo(f, replace(choice, focal=focal), px_per_unit,
                                         options).placement
            except Exception:  # noqa: BLE001 -- the composer reports it in a clear sentence
                continue
            photo = replace(_print_photo(f.id, index, f.box.x, f.box.y, placement, to_mm),
                            source=Path(choice.source))
            done[f.id] = (photo, prepare_photo(photo, preset, converter,
                                               bands or default_bands))
        return done
    return PhotoJob(work, preset, converter,
                    {f.id: Path(choice.source) for f, choice in fields})


def print_photos(composition: Composition) -> list[PrintPhoto]:
    """The placed photos of a composition, each with a stand-in size of its own."""
    to_mm = 25.4 / 72 * composition.unit_to_pt
    return [_print_photo(placed.field, index, placed.box.x, placed.box.y, placed.placement, to_mm)
            for index, placed in enumerate(composition.images.values())]


def _print_photo(field: str, index: int, x: float, y: float, placement: Placement,
                 to_mm: float) -> PrintPhoto:
    dx, dy, dw, dh = placement.draw_box
    return PrintPhoto(field, (3 + index, 2), placement.image, (x + dx, y + dy, dw, dh),
                      (dw * to_mm, dh * to_mm), None, placement.crop, placement.source_px_used)


def _same_photo(a: PrintPhoto, b: PrintPhoto) -> bool:
    return a.image is b.image and a.draw_box == b.draw_box and a.drawn_mm == b.drawn_mm


def prepare_photo(photo: PrintPhoto, preset: Preset, converter: CmykConverter | None,
                  bands: int | None = None) -> PreparedPhoto:
    """``bands``: 2 converts the two halves of a large photo on two threads (the caller has
    nothing else to do), 1 keeps it on this thread (the caller is busy loading and composing:
    a third busy thread on two cores only slowed both down)."""
    pixels = photo.image
    alpha = pixels.getchannel("A") if pixels.mode == "RGBA" else None
    target_w = round(photo.drawn_mm[0] / 25.4 * preset.image_ppi)
    target_h = round(photo.drawn_mm[1] / 25.4 * preset.image_ppi)
    if pixels.width > target_w and target_w > 0 and target_h > 0:
        # More pixels than the press can use: downsample to the preset's ppi at placed size.
        pixels = pixels.resize((target_w, target_h), Image.Resampling.LANCZOS)
        alpha = alpha.resize(pixels.size, Image.Resampling.LANCZOS) if alpha else None
    rgb = pixels if pixels.mode == "RGB" else pixels.convert("RGB")
    if converter is None:
        return PreparedPhoto(saved_bytes(rgb, "JPEG", quality=preset.jpeg_quality,
                                         optimize=True), rgb.size, "/DeviceRGB", None, alpha)
    own = _own_cmyk(photo, rgb.size, preset)
    if own is not None:
        limit = preset.max_ink
        planes = ycck_planes(limit_image_ink(own.image, limit - INK_HEADROOM))
        data = encode_within_limit(planes, preset.jpeg_quality, limit,
                                   lambda lower: ycck_planes(limit_image_ink(own.image, lower)))
        return PreparedPhoto(data, rgb.size, "/DeviceCMYK", ADOBE_CMYK_DECODE, alpha, own.how)
    planes = (_in_bands(rgb, converter.jpeg_planes) if (bands or default_bands) > 1
              else converter.jpeg_planes(rgb))
    data = encode_within_limit(planes, preset.jpeg_quality, preset.max_ink,
                               lambda lower: ycck_planes(converter.image_limited(rgb, lower)))
    return PreparedPhoto(data, rgb.size, "/DeviceCMYK", ADOBE_CMYK_DECODE, alpha,
                         "srgb-to-cmyk")


def _own_cmyk(photo: PrintPhoto, size: tuple[int, int], preset: Preset) -> CmykPixels | None:
    """The CMYK file's own pixels for this photo, or None (an RGB photo, or not known)."""
    if photo.source is None or photo.crop[2] <= photo.crop[0] or preset.output_profile is None:
        return None
    return cmyk_pixels(photo.source, photo.crop, photo.crop_px_used, size,
                       preset.output_profile)


def encode_within_limit(planes: Image.Image, quality: int, max_ink: float,
                        relimit: Callable[[float], Image.Image]) -> bytes:
    """The YCCK JPEG of ``planes``, measured to have at most ``max_ink`` percent total ink in
    every pixel. JPEG quantisation can push pixels over the limit the planes were made for; then
    ``relimit(lower)`` makes the planes again for a lower limit, by the measured excess and
    a little more each time, and the result is encoded and measured again."""
    data = encode_ycck_planes(planes, quality)
    lower = max_ink - INK_HEADROOM
    for _ in range(_LIMIT_TRIES):
        decoded = decoded_cmyk(data)
        if ink_within(decoded, max_ink):
            return data
        excess = total_ink_max(decoded) - max_ink
        lower = max(0.0, lower - excess - 2.0)
        data = encode_ycck_planes(relimit(lower), quality)
    if not ink_within(decoded_cmyk(data), max_ink):  # pragma: no cover - never seen
        raise RenderError("Der Gesamtfarbauftrag eines Fotos lässt sich nicht unter "
                          f"{max_ink:g} % halten; das Druck-PDF wurde nicht erzeugt.")
    return data


def _handing_off(work: Callable[[], T]) -> T:
    with quick_gil_handoff():
        return work()


def _in_bands(image: Image.Image, work: Callable[[Image.Image], Image.Image]) -> Image.Image:
    """``work`` (a per-pixel operation) applied to the top and bottom half of ``image`` on two
    threads, pasted together; small images in one piece."""
    if image.width * image.height < _MIN_SPLIT_PIXELS:
        return work(image)
    middle = image.height // 2
    top = image.crop((0, 0, image.width, middle))
    bottom = image.crop((0, middle, image.width, image.height))
    bottom_done = in_background(lambda: work(bottom), "assetkit-print-photos")
    done_top = work(top)
    done_bottom = bottom_done.result()
    merged = Image.new(done_top.mode, image.size)
    merged.paste(done_top, (0, 0))
    merged.paste(done_bottom, (0, middle))
    return merged
