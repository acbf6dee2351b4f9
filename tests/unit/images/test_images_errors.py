"""Bad input gives one clear German sentence naming the file — never a traceback or a hang."""

from __future__ import annotations

import time
import tracemalloc
import warnings

import pytest
from fixtures_images import encode, quadrants, raw_png
from PIL import Image

from assetkit.errors import ImageError
from assetkit.images import ImageLoadError, load_image, read_image_info


def _fails(source, reason: str, name: str | None = None) -> ImageLoadError:
    with pytest.raises(ImageError) as info:
        load_image(source, name=name)
    err = info.value
    assert isinstance(err, ImageLoadError)
    assert err.reason == reason, str(err)
    message = str(err)
    assert message.endswith(".")
    assert "\n" not in message
    assert "Traceback" not in message
    return err


def test_missing_file(tmp_path):
    err = _fails(tmp_path / "fehlt.jpg", "missing")
    assert "„fehlt.jpg“" in str(err)


def test_directory_is_unreadable(tmp_path):
    (tmp_path / "ordner.jpg").mkdir()
    _fails(tmp_path / "ordner.jpg", "unreadable")


def test_empty_file(write):
    err = _fails(write("leer.jpg", b""), "empty")
    assert str(err) == "Die Datei „leer.jpg“ ist leer und enthält kein Bild."


def test_empty_bytes():
    _fails(b"", "empty", name="Zwischenablage")


@pytest.mark.parametrize("fmt", ["JPEG", "PNG", "WEBP", "TIFF"])
def test_truncated(write, fmt):
    data = encode(quadrants((600, 400)), fmt)
    path = write(f"halb.{fmt.lower()}", data[: len(data) // 2])
    err = _fails(path, "broken")
    assert str(err) == f"Das Bild „halb.{fmt.lower()}“ ist beschädigt oder unvollständig."


def test_truncated_header(write):
    data = encode(quadrants(), "PNG")[:30]
    _fails(write("kopf.png", data), "broken")


def test_text_file(write):
    err = _fails(write("notiz.jpg", b"Hallo Welt, das ist kein Foto.\n"), "not_image")
    assert "notiz.jpg" in str(err)


def test_pdf_is_named_as_pdf(write):
    err = _fails(write("flyer.pdf", b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n"), "not_image")
    assert "PDF" in str(err)


def test_svg_is_named_as_svg(write):
    svg = b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>'
    err = _fails(write("logo.svg", svg), "not_image")
    assert "SVG" in str(err)


def test_eps_is_never_handed_to_ghostscript(write):
    err = _fails(
        write("alt.eps", b"%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 10 10\n"), "unsupported"
    )
    assert "EPS" in str(err)


def test_heic_is_unsupported_with_a_hint(write):
    data = b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\x00" * 40
    err = _fails(write("IMG_0001.HEIC", data), "unsupported")
    assert "HEIC" in str(err)


def test_disallowed_format_pillow_knows(write):
    # Pillow reads PPM, but photos never come as PPM; it is refused like any unknown format.
    _fails(write("bild.ppm", encode(quadrants(), "PPM")), "not_image")


def test_random_bytes(write):
    _fails(write("x.bin", bytes(range(256)) * 8), "not_image")


def test_zero_size_png(write):
    err = _fails(write("null.png", raw_png(0, 10, 8, 2, None)), "zero_size")
    assert "null.png" in str(err)


def test_decompression_bomb_is_refused_without_allocating(write):
    # 100 000 × 100 000 RGB declared in a ~100-byte PNG: 30 GB if anyone decoded it.
    path = write("bombe.png", raw_png(100_000, 100_000, 8, 2, None))
    assert path.stat().st_size < 200
    tracemalloc.start()
    start = time.perf_counter()
    err = _fails(path, "too_large")
    elapsed = time.perf_counter() - start
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert elapsed < 1.0
    assert peak < 20_000_000
    assert str(err) == (
        "Das Bild „bombe.png“ ist mit seinen Abmessungen zu groß (höchstens 100 Megapixel)."
    )


def test_local_pixel_limit_is_checked_from_header(write):
    # 20 000 × 4 000 = 80 MP: below Pillow's own limit, above ours.
    path = write("riesig.png", raw_png(20_000, 4_000, 8, 2, None))
    with pytest.raises(ImageLoadError) as info:
        load_image(path, max_pixels=50_000_000)
    assert info.value.reason == "too_large"
    assert "20000 × 4000" in str(info.value)
    assert "50 Megapixel" in str(info.value)


def test_pillow_global_limit_untouched_and_no_warning_leaks(write):
    before = Image.MAX_IMAGE_PIXELS
    # 10 000 × 9 500 = 95 MP: over Pillow's warning threshold, under our default limit.
    path = write("gross.png", raw_png(10_000, 9_500, 8, 2, None))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        info = read_image_info(path)
    assert info.size == (10_000, 9_500)
    assert before == Image.MAX_IMAGE_PIXELS
    assert not any(f[2] is Image.DecompressionBombWarning for f in warnings.filters), (
        "our ignore filter leaked into the process"
    )


def test_bomb_in_bytes_has_a_name():
    with pytest.raises(ImageLoadError) as info:
        load_image(raw_png(100_000, 100_000, 8, 2, None))
    assert "„unbenannt“" in str(info.value)


def _load_or_error(data: bytes) -> object:
    try:
        return load_image(data, name="kaputt")
    except ImageError as err:
        return err


# Pillow warns about malformed TIFF tags it skips; the outcome is what this test checks.
@pytest.mark.filterwarnings("ignore::UserWarning")
@pytest.mark.parametrize("fmt", ["JPEG", "PNG", "GIF", "TIFF", "WEBP", "BMP"])
def test_corrupted_bytes_only_ever_raise_image_error(fmt):
    import random

    rng = random.Random(fmt)
    original = encode(quadrants((64, 48)), fmt)
    start = time.perf_counter()
    for _ in range(60):
        data = bytearray(original)
        for _ in range(rng.randint(1, 8)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        if rng.random() < 0.3:
            data = data[: rng.randrange(1, len(data))]
        outcome = _load_or_error(bytes(data))  # any other exception fails the test
        if isinstance(outcome, ImageError):
            assert "kaputt" in str(outcome)
        else:
            assert outcome.image.mode in ("RGB", "RGBA")  # type: ignore[attr-defined]
    assert time.perf_counter() - start < 10
