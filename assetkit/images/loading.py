"""Read a photo file safely into an sRGB ``RGB``/``RGBA`` image.

In: a path or the bytes of a file an office user dropped in (JPEG, PNG, WebP, TIFF, BMP, GIF).
Out: a :class:`LoadedImage` with EXIF orientation applied and colours converted to sRGB, or an
:class:`ImageLoadError` (an :class:`assetkit.errors.ImageError`) with one German sentence.

Safety: only the formats in :data:`ALLOWED_FORMATS` are ever opened (Pillow would otherwise
happily parse EPS through Ghostscript and dozens of exotic formats); the declared size is checked
against ``max_pixels`` from the header *before* any pixel is decoded, so a tiny file declaring
100 000 × 100 000 pixels is refused without allocating anything. Pillow's global
``MAX_IMAGE_PIXELS`` is left untouched; its DecompressionBombWarning is silenced while we open a
file, because our own limit applies. :func:`open_image` gives other packages (stamping, the
raster check) the same opening: no warning, our pixel limit, Pillow's errors otherwise as they
are.
"""

from __future__ import annotations

import importlib.util
import io
import threading
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageOps

from assetkit.errors import ImageError
from assetkit.images.color import to_srgb

DEFAULT_MAX_PIXELS = 100_000_000

# AVIF when this Pillow has its plugin (looked up, not loaded: that would cost every start 2 ms).
ALLOWED_FORMATS: tuple[str, ...] = ("JPEG", "PNG", "WEBP", "TIFF", "BMP", "GIF") + (
    ("AVIF",) if importlib.util.find_spec("PIL._avif") is not None else ()
)
_FORMAT_NAMES = "JPEG, PNG, WebP, TIFF, BMP, GIF"

_ORIENTATION_TAG = 0x0112
_SWAPPING_ORIENTATIONS = (5, 6, 7, 8)

# warnings.catch_warnings() swaps a process-wide filter list; without the lock two threads could
# interleave enter/exit and leave our "ignore" filter installed for good.
_WARNINGS_LOCK = threading.Lock()


class ImageLoadError(ImageError):
    """A photo could not be read. ``reason`` is a stable code for callers and tests.

    Reasons: ``missing``, ``unreadable``, ``empty``, ``not_image``, ``unsupported``, ``broken``,
    ``too_large``, ``zero_size``, ``out_of_memory``, ``oversized_chunk`` (a PNG text or colour
    profile block beyond Pillow's 1 MB limit).
    """

    def __init__(self, message: str, *, source_name: str, reason: str) -> None:
        super().__init__(message)
        self.source_name = source_name
        self.reason = reason


@dataclass(frozen=True)
class ImageInfo:
    """What a file's header says, read without decoding the pixels."""

    source_name: str
    format: str  # Pillow's format name; multi-picture camera JPEGs (MPO) are reported as JPEG
    mode: str  # Pillow mode as stored: "RGB", "CMYK", "I;16", "P", "LA" ...
    size: tuple[int, int]  # after EXIF orientation
    stored_size: tuple[int, int]  # as stored in the file
    orientation: int  # EXIF orientation 1..8 (1 when absent or invalid)
    has_icc_profile: bool
    dpi: tuple[float, float] | None
    n_frames: int = 1

    @property
    def megapixels(self) -> float:
        return self.size[0] * self.size[1] / 1_000_000


@dataclass(frozen=True, eq=False)
class LoadedImage:
    """A decoded photo: ``image`` is sRGB, mode ``RGB`` or ``RGBA``, upright.

    ``size`` is the size of ``image``; ``original_size`` the file's full size after orientation.
    They differ only when a reduced JPEG decode was asked for (``min_size`` in
    :func:`load_image`); :attr:`decode_scale` is then 1/2, 1/4 or 1/8.
    """

    image: Image.Image
    source_name: str
    format: str
    original_mode: str
    size: tuple[int, int]
    had_icc_profile: bool
    dpi: tuple[float, float] | None
    original_size: tuple[int, int]
    orientation: int = 1
    icc_profile_used: str | None = None  # description of the profile applied (or assumed)
    icc_profile_ignored: bool = False  # an embedded profile was unusable

    @property
    def decode_scale(self) -> float:
        return self.size[0] / self.original_size[0]

    @property
    def has_alpha(self) -> bool:
        return self.image.mode == "RGBA"


def _error(reason: str, name: str, **data: object) -> ImageLoadError:
    formats = f"unterstützt: {_FORMAT_NAMES}"
    messages = {
        "missing": f"Die Bilddatei „{name}“ wurde nicht gefunden.",
        "unreadable": f"Die Bilddatei „{name}“ kann nicht gelesen werden.",
        "empty": f"Die Datei „{name}“ ist leer und enthält kein Bild.",
        "not_image": f"Die Datei „{name}“ ist {data.get('what', 'kein Bild')} ({formats}).",
        "unsupported": (
            f"Das Bildformat {data.get('what', 'dieser Datei')} von „{name}“ wird nicht "
            f"unterstützt ({formats})."
        ),
        "broken": f"Das Bild „{name}“ ist beschädigt oder unvollständig.",
        "too_large": (
            f"Das Bild „{name}“ ist mit {data.get('what')} zu groß "
            f"(höchstens {data.get('limit')} Megapixel)."
        ),
        "zero_size": f"Das Bild „{name}“ hat keine Pixel ({data.get('what')}).",
        "out_of_memory": f"Für das Bild „{name}“ reicht der Arbeitsspeicher nicht aus.",
        "oversized_chunk": (
            f"Das Bild „{name}“ enthält einen übergroßen Text- oder Farbprofil-Block und wird "
            "nicht gelesen."
        ),
    }
    return ImageLoadError(messages[reason], source_name=name, reason=reason)


_PHOTO_SIGNATURES = (
    b"\x89PNG\r\n\x1a\n",
    b"\xff\xd8\xff",
    b"GIF87a",
    b"GIF89a",
    b"II*\x00",
    b"MM\x00*",
    b"BM",
)


def _sniff(head: bytes) -> tuple[str, str] | None:
    """Recognise files Pillow refused by their first bytes: (reason, description)."""
    stripped = head.lstrip()
    if head.startswith(b"\x89PNG\r\n\x1a\n") and head[12:16] == b"IHDR":
        width, height = int.from_bytes(head[16:20], "big"), int.from_bytes(head[20:24], "big")
        if width == 0 or height == 0:
            return "zero_size", f"{width} × {height}"
    if head.startswith(_PHOTO_SIGNATURES) or (head[:4] == b"RIFF" and head[8:12] == b"WEBP"):
        return "broken", ""
    if head.startswith(b"%PDF"):
        return "not_image", "ein PDF-Dokument und kein Foto"
    if stripped.startswith((b"<svg", b"<?xml")) and b"<svg" in head:
        return "not_image", "eine SVG-Grafik und kein Foto"
    if head[4:8] == b"ftyp" and head[8:12] in (b"heic", b"heix", b"mif1", b"msf1", b"hevc"):
        return "unsupported", "HEIC"
    if head.startswith(b"8BPS"):
        return "unsupported", "PSD"
    if head.startswith((b"%!PS", b"\xc5\xd0\xd3\xc6")):
        return "unsupported", "EPS"
    if head.startswith(b"PK\x03\x04"):
        return "not_image", "ein ZIP-Archiv oder Office-Dokument und kein Foto"
    return None


def _source_bytes_head(source: Path | bytes, name: str) -> bytes:
    if isinstance(source, bytes | bytearray | memoryview):
        data = bytes(source[:64])
        if not data:
            raise _error("empty", name)
        return data
    try:
        if not source.exists():
            raise _error("missing", name)
        if source.stat().st_size == 0:
            raise _error("empty", name)
        with source.open("rb") as fh:
            return fh.read(64)
    except OSError as exc:
        raise _error("unreadable", name) from exc


@contextmanager
def _opened(source: Path | bytes, name: str, max_pixels: int) -> Iterator[_Handle]:
    """Open the header of an allowed format; every failure becomes an ImageLoadError."""
    head = _source_bytes_head(source, name)
    fp: io.BytesIO | Path = (
        io.BytesIO(bytes(source)) if isinstance(source, bytes | bytearray | memoryview) else source
    )
    try:
        im = _pillow_open(fp, ALLOWED_FORMATS)
    except Image.DecompressionBombError as exc:
        # Pillow refuses more than twice its MAX_IMAGE_PIXELS before we see the size.
        limit = min(max_pixels, 2 * (Image.MAX_IMAGE_PIXELS or max_pixels)) / 1_000_000
        raise _error("too_large", name, what="seinen Abmessungen", limit=f"{limit:g}") from exc
    except Image.UnidentifiedImageError as exc:
        sniffed = _sniff(head)
        if sniffed is not None:
            raise _error(sniffed[0], name, what=sniffed[1]) from exc
        raise _error("not_image", name, what="kein Bild in einem bekannten Format") from exc
    except MemoryError as exc:
        raise _error("out_of_memory", name) from exc
    except ValueError as exc:
        raise _error(_value_error_reason(exc), name) from exc
    except OSError as exc:
        # errno is set for file-system failures; Pillow's parse errors are plain OSErrors.
        raise _error("unreadable" if exc.errno is not None else "broken", name) from exc
    except Exception as exc:  # noqa: BLE001 - Pillow's parsers raise arbitrary types on
        # malformed headers (SyntaxError, struct.error, ValueError, KeyError ...); for the user
        # every one of them means the same thing.
        raise _error("broken", name) from exc
    handle = _Handle(im)
    try:
        yield handle
    finally:
        if not handle.keep:
            im.close()


def _pillow_open(fp: io.BytesIO | Path, formats: tuple[str, ...] | None) -> Image.Image:
    with _WARNINGS_LOCK, warnings.catch_warnings():
        # We check the size ourselves against max_pixels; Pillow's warning is noise.
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        return Image.open(fp, formats=formats)


def _value_error_reason(exc: ValueError) -> str:
    # Pillow refuses PNG text and ICC chunks that inflate beyond PngImagePlugin.MAX_TEXT_CHUNK
    # with a plain ValueError; its message is the only mark.
    return "oversized_chunk" if "MAX_TEXT_CHUNK" in str(exc) else "broken"


def open_image(data: bytes, *, name: str, max_pixels: int | None = None,
               formats: tuple[str, ...] | None = None) -> Image.Image:
    """``PIL.Image.open`` of ``data`` without Pillow's DecompressionBombWarning.

    Larger than ``max_pixels`` (default :data:`DEFAULT_MAX_PIXELS`) or an oversized PNG chunk
    is an :class:`ImageLoadError` with one sentence; every other failure is Pillow's exception
    as ``Image.open`` raises it, for callers with their own handling.
    """
    try:
        im = _pillow_open(io.BytesIO(data), formats)
    except ValueError as exc:
        if _value_error_reason(exc) == "oversized_chunk":
            raise _error("oversized_chunk", name) from exc
        raise
    try:
        _check_size(im, name, DEFAULT_MAX_PIXELS if max_pixels is None else max_pixels)
    except ImageLoadError:
        im.close()
        raise
    return im


@dataclass
class _Handle:
    """An opened image; ``keep`` is set when its pixels are handed out and must stay valid."""

    image: Image.Image
    keep: bool = False


def _orientation(im: Image.Image) -> int:
    try:
        value = im.getexif().get(_ORIENTATION_TAG, 1)
    except Exception:  # noqa: BLE001 - a broken EXIF block must not reject a good photo
        return 1
    return value if isinstance(value, int) and 1 <= value <= 8 else 1


def _dpi(im: Image.Image, orientation: int) -> tuple[float, float] | None:
    raw = im.info.get("dpi")
    try:
        x, y = float(raw[0]), float(raw[1])  # type: ignore[index]
    except (TypeError, ValueError, IndexError):
        return None
    if x <= 0 or y <= 0:
        return None
    return (y, x) if orientation in _SWAPPING_ORIENTATIONS else (x, y)


def _frame_count(im: Image.Image) -> int:
    try:
        return int(getattr(im, "n_frames", 1) or 1)
    except Exception:  # noqa: BLE001 - counting GIF frames parses the whole file; a broken
        # later frame does not matter for a photo of which we only use the first.
        return 1


def _upright(size: tuple[int, int], orientation: int) -> tuple[int, int]:
    return (size[1], size[0]) if orientation in _SWAPPING_ORIENTATIONS else size


def _format(im: Image.Image) -> str:
    fmt = im.format or "?"
    return "JPEG" if fmt == "MPO" else fmt


def _check_size(im: Image.Image, name: str, max_pixels: int) -> None:
    w, h = im.size
    if w <= 0 or h <= 0:
        raise _error("zero_size", name, what=f"{w} × {h}")
    if w * h > max_pixels:
        limit = f"{max_pixels / 1_000_000:g}".replace(".", ",")
        raise _error("too_large", name, what=f"{w} × {h} Pixeln", limit=limit)


def _name_of(source: Path | bytes, name: str | None) -> str:
    if name:
        return name
    return source.name if isinstance(source, Path) else "unbenannt"


def read_image_info(
    source: Path | bytes, *, name: str | None = None, max_pixels: int = DEFAULT_MAX_PIXELS
) -> ImageInfo:
    """Read only the header: format, mode, size, orientation, profile. Cheap for any size."""
    source = Path(source) if isinstance(source, str) else source
    label = _name_of(source, name)
    with _opened(source, label, max_pixels) as handle:
        im = handle.image
        _check_size(im, label, max_pixels)
        orientation = _orientation(im)
        return ImageInfo(
            source_name=label,
            format=_format(im),
            mode=im.mode,
            size=_upright(im.size, orientation),
            stored_size=im.size,
            orientation=orientation,
            has_icc_profile=bool(im.info.get("icc_profile")),
            dpi=_dpi(im, orientation),
            n_frames=_frame_count(im),
        )


def load_image(
    source: Path | bytes,
    *,
    max_pixels: int = DEFAULT_MAX_PIXELS,
    name: str | None = None,
    min_size: tuple[int, int] | None = None,
) -> LoadedImage:
    """Decode a photo into upright sRGB ``RGB``/``RGBA``.

    ``name`` labels messages for ``bytes`` sources (default: the file name). ``min_size``
    (width, height after orientation) allows a reduced JPEG decode (DCT scaling to 1/2, 1/4 or
    1/8) as long as the result stays at least that large — several times faster for previews and
    social formats; see :func:`assetkit.images.placement.required_source_size`. Other formats
    always decode at full size. Animated GIF/WebP/TIFF: the first frame.
    """
    source = Path(source) if isinstance(source, str) else source
    label = _name_of(source, name)
    with _opened(source, label, max_pixels) as handle:
        im = handle.image
        _check_size(im, label, max_pixels)
        original_mode = im.mode
        fmt = _format(im)
        orientation = _orientation(im)
        icc = im.info.get("icc_profile") or None
        dpi = _dpi(im, orientation)
        adobe_inverted = not (fmt == "JPEG" and im.mode == "CMYK" and "adobe" not in im.info)
        full_size = _upright(im.size, orientation)
        if min_size is not None and fmt == "JPEG":
            want = _upright((max(1, min_size[0]), max(1, min_size[1])), orientation)
            im.draft(None, want)
        try:
            im.load()
            decoded = ImageOps.exif_transpose(im) if orientation != 1 else im
            result = to_srgb(
                decoded, icc if isinstance(icc, bytes) else None, adobe_inverted=adobe_inverted
            )
        except MemoryError as exc:
            raise _error("out_of_memory", label) from exc
        except ValueError as exc:
            raise _error(_value_error_reason(exc), label) from exc
        except Exception as exc:  # noqa: BLE001 - decoders raise OSError ("truncated"),
            # SyntaxError, zlib.error, EOFError ... on corrupt data; all are "broken".
            raise _error("broken", label) from exc
        image = result.image
        if image is im:
            if isinstance(source, Path) and getattr(im, "fp", None) is not None:
                # Multi-frame files stay open after load(); detach the first frame.
                image = im.copy()
            else:
                handle.keep = True  # no file handle left behind; keep the pixels as they are
    return LoadedImage(
        image=image,
        source_name=label,
        format=fmt,
        original_mode=original_mode,
        size=image.size,
        had_icc_profile=icc is not None,
        dpi=dpi,
        original_size=full_size,
        orientation=orientation,
        icc_profile_used=result.profile_used,
        icc_profile_ignored=result.profile_ignored,
    )
