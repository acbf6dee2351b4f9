"""The photos of a print PDF, prepared on background threads while the page is drawn.

A print PDF stores each photo as a JPEG at no more than the preset's resolution at its placed
size, converted sRGB → FOGRA39 (LittleCMS) and limited to the total ink for CMYK presets.
That is most of an export's work (about 0.15 s for a 4-megapixel photo), and all of it happens
in Pillow and LittleCMS, which release the GIL. :func:`start_photos` therefore starts it on a
thread as soon as the composition is known — the caller goes on loading the PDF tools, drawing
the page with cairo and setting the text — and converts the two halves of a photo on two
threads. :meth:`PhotoJob.result` waits for it.
"""

from __future__ import annotations

import io
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from PIL import Image

from assetkit.brand import Brand
from assetkit.compose import Composition
from assetkit.export.cmyk import CmykConverter, encode_ycck_planes, load_profile, ycck_planes
from assetkit.export.presets import Preset

T = TypeVar("T")
ADOBE_CMYK_DECODE = (1, 0, 1, 0, 1, 0, 1, 0)     # Adobe JPEGs store CMYK inverted
_MIN_SPLIT_PIXELS = 500_000                      # smaller photos are not worth a second thread


@dataclass(frozen=True)
class PrintPhoto:
    """A placed photo: its field, the unique pixel size of its stand-in image, the cropped
    pixels, where it is drawn (page units) and its placed size in millimetres."""

    field: str
    stand_in: tuple[int, int]
    image: Image.Image
    draw_box: tuple[float, float, float, float]
    drawn_mm: tuple[float, float]


@dataclass(frozen=True)
class PreparedPhoto:
    """A photo ready for the PDF: JPEG data and what its image dictionary needs."""

    data: bytes
    size: tuple[int, int]
    color_space: str                    # "/DeviceCMYK" or "/DeviceRGB"
    decode: tuple[int, ...] | None
    alpha: Image.Image | None


class PhotoJob:
    """The photos of one export, being prepared in the background."""

    def __init__(self, photos: list[PrintPhoto], preset: Preset,
                 converter: CmykConverter | None) -> None:
        self.photos = photos
        self.converter = converter
        self._wait = _in_background(lambda: [prepare_photo(p, preset, converter)
                                             for p in photos])

    def result(self) -> list[PreparedPhoto]:
        """The prepared photos in the order of :attr:`photos` (raises what the work raised)."""
        return self._wait()


def start_photos(composition: Composition, preset: Preset, brand: Brand) -> PhotoJob:
    """Start preparing ``composition``'s photos for ``preset``; a missing or wrong output
    profile is reported here, before any work."""
    converter = None
    if preset.color == "cmyk":
        assert preset.output_profile is not None
        converter = CmykConverter(brand, preset.output_profile, preset.max_ink)
    elif preset.is_pdfx and preset.output_profile is not None:
        load_profile(preset.output_profile)
    return PhotoJob(print_photos(composition), preset, converter)


def print_photos(composition: Composition) -> list[PrintPhoto]:
    to_mm = 25.4 / 72 * composition.unit_to_pt
    photos = []
    for index, placed in enumerate(composition.images.values()):
        dx, dy, dw, dh = placed.placement.draw_box
        photos.append(PrintPhoto(placed.field, (3 + index, 2), placed.placement.image,
                                 (placed.box.x + dx, placed.box.y + dy, dw, dh),
                                 (dw * to_mm, dh * to_mm)))
    return photos


def prepare_photo(photo: PrintPhoto, preset: Preset,
                  converter: CmykConverter | None) -> PreparedPhoto:
    pixels = photo.image
    alpha = pixels.getchannel("A") if pixels.mode == "RGBA" else None
    target_w = round(photo.drawn_mm[0] / 25.4 * preset.image_ppi)
    target_h = round(photo.drawn_mm[1] / 25.4 * preset.image_ppi)
    if pixels.width > target_w and target_w > 0 and target_h > 0:
        # More pixels than the press can use: downsample to the preset's ppi at placed size.
        pixels = pixels.resize((target_w, target_h), Image.Resampling.LANCZOS)
        alpha = alpha.resize(pixels.size, Image.Resampling.LANCZOS) if alpha else None
    rgb = pixels.convert("RGB")
    if converter is not None:
        planes = _in_bands(rgb, lambda band: ycck_planes(converter.image(band)))
        return PreparedPhoto(encode_ycck_planes(planes, preset.jpeg_quality), rgb.size,
                             "/DeviceCMYK", ADOBE_CMYK_DECODE, alpha)
    out = io.BytesIO()
    rgb.save(out, "JPEG", quality=preset.jpeg_quality, optimize=True)
    return PreparedPhoto(out.getvalue(), rgb.size, "/DeviceRGB", None, alpha)


def _in_bands(image: Image.Image, work: Callable[[Image.Image], Image.Image]) -> Image.Image:
    """``work`` (a per-pixel operation) applied to the top and bottom half of ``image`` on two
    threads, pasted together; small images in one piece."""
    if image.width * image.height < _MIN_SPLIT_PIXELS:
        return work(image)
    middle = image.height // 2
    top = image.crop((0, 0, image.width, middle))
    bottom = image.crop((0, middle, image.width, image.height))
    wait_bottom = _in_background(lambda: work(bottom))
    done_top = work(top)
    done_bottom = wait_bottom()
    merged = Image.new(done_top.mode, image.size)
    merged.paste(done_top, (0, 0))
    merged.paste(done_bottom, (0, middle))
    return merged


def _in_background(work: Callable[[], T]) -> Callable[[], T]:
    """Start ``work`` on a thread; the returned function waits for it and returns its result
    (or raises what it raised)."""
    result: list[T] = []
    error: list[BaseException] = []

    def run() -> None:
        try:
            result.append(work())
        except BaseException as exc:  # noqa: BLE001 -- handed to the caller unchanged
            error.append(exc)

    thread = threading.Thread(target=run, name="assetkit-print-photos", daemon=True)
    thread.start()

    def wait() -> T:
        thread.join()
        if error:
            raise error[0]
        return result[0]
    return wait
