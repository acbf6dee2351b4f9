"""Placing photos into image fields: crop by focal point, resample down, never up."""

from __future__ import annotations

import base64
import io

import pytest
from fixtures_images import BLUE, GREEN, RED, YELLOW, close, corner_colours, encode, quadrants
from PIL import Image

from assetkit.images import (
    load_image,
    place_image,
    required_source_size,
    to_data_uri,
)
from assetkit.images.placement import cover_crop


def _loaded(size=(3000, 2000)):
    return load_image(encode(quadrants(size), "PNG"))


def test_cover_crops_largest_region_with_box_aspect():
    # A square box on a 3:2 photo: the full height, centred.
    assert cover_crop((3000, 2000), 50, 50) == (500, 0, 2500, 2000)
    # A wide box on a 3:2 photo: the full width.
    assert cover_crop((3000, 2000), 300, 100) == (0, 500, 3000, 1500)


def test_cover_focal_point_is_clamped_to_the_image():
    assert cover_crop((3000, 2000), 1, 1, focal=(0.0, 0.5)) == (0, 0, 2000, 2000)
    assert cover_crop((3000, 2000), 1, 1, focal=(1.0, 0.5)) == (1000, 0, 3000, 2000)
    assert cover_crop((3000, 2000), 1, 1, focal=(0.6, 0.5)) == (800, 0, 2800, 2000)


def test_cover_zoom_shrinks_the_crop_around_the_focal_point():
    assert cover_crop((3000, 2000), 1, 1, focal=(0.25, 0.25), zoom=2) == (250, 0, 1250, 1000)


def test_zoom_below_one_is_a_programming_error():
    with pytest.raises(ValueError, match="zoom"):
        cover_crop((100, 100), 1, 1, zoom=0.5)


def test_place_cover_resamples_down_to_target():
    p = place_image(_loaded(), 100, 100, fit="cover", focal=(0.0, 0.0), target_px=(400, 400))
    assert p.image.size == (400, 400)
    assert p.crop == (0, 0, 2000, 2000)
    assert not p.upscale_needed
    assert p.draw_box == (0, 0, 100, 100)
    assert p.source_px_used == (2000, 2000)
    got = corner_colours(p.image)
    assert close(got["tl"], RED)
    assert close(got["tr"], GREEN)  # the crop reaches 2/3 across: into the green quadrant
    assert close(got["bl"], BLUE)


def test_place_never_upscales():
    small = _loaded((300, 200))
    p = place_image(small, 90, 60, target_px=(1800, 1200))
    assert p.upscale_needed
    assert p.image.size == (300, 200)  # the crop's own pixels; the renderer scales them
    assert p.crop == (0, 0, 300, 200)


def test_exact_size_is_a_plain_crop():
    p = place_image(_loaded((300, 200)), 3, 2, target_px=(300, 200))
    assert not p.upscale_needed
    assert p.image.size == (300, 200)


def test_contain_letterboxes_and_reports_the_drawn_box():
    p = place_image(_loaded(), 200, 200, fit="contain", target_px=(1000, 1000))
    x, y, w, h = p.draw_box
    assert (x, w) == (0, 200)
    assert y == pytest.approx(200 / 6)
    assert h == pytest.approx(400 / 3)
    assert p.image.size == (1000, 667)
    assert p.crop == (0, 0, 3000, 2000)


def test_effective_ppi():
    p = place_image(_loaded(), 100, 100, target_px=(1181, 1181))
    # 2000 source px across a 100 mm box = 2000 / (100 / 25.4) ppi
    assert p.effective_ppi(100) == pytest.approx(508, abs=0.5)


def test_effective_ppi_contain_uses_the_drawn_width():
    p = place_image(_loaded(), 200, 100, fit="contain", target_px=(2000, 1000))
    # drawn 150 mm wide (height-bound) with 3000 px
    assert p.effective_ppi(200) == pytest.approx(3000 / (150 / 25.4))


def test_rgba_stays_rgba():
    rgba = quadrants((400, 400)).convert("RGBA")
    rgba.paste((0, 0, 0, 0), (0, 0, 200, 200))
    p = place_image(load_image(encode(rgba, "PNG")), 1, 1, target_px=(100, 100))
    assert p.image.mode == "RGBA"
    assert p.image.getpixel((10, 10))[3] == 0


def test_reduced_jpeg_decode_keeps_enough_pixels():
    data = encode(quadrants((4000, 3000)), "JPEG", quality=90)
    need = required_source_size((4000, 3000), 1080, 1350, (1080, 1350))
    img = load_image(data, min_size=need)
    assert img.original_size == (4000, 3000)
    assert img.size[0] < 4000  # decoded with DCT scaling
    assert img.size[0] >= need[0]
    assert img.size[1] >= need[1]
    p = place_image(img, 1080, 1350, target_px=(1080, 1350))
    assert not p.upscale_needed
    assert p.image.size == (1080, 1350)
    # resolution is reported in the file's pixels, not the reduced decode's
    assert p.source_px_used[0] == pytest.approx(2400, abs=8)
    assert close(corner_colours(p.image)["br"], YELLOW, 16)


def test_required_source_size_never_exceeds_the_photo():
    assert required_source_size((800, 600), 1, 1, (5000, 5000)) == (800, 600)


def test_data_uri_jpeg_and_png():
    rgb = quadrants((40, 20))
    uri = to_data_uri(rgb)
    assert uri.startswith("data:image/jpeg;base64,")
    back = Image.open(io.BytesIO(base64.b64decode(uri.split(",", 1)[1])))
    assert back.size == (40, 20)
    assert to_data_uri(rgb, "png").startswith("data:image/png;base64,")


def test_data_uri_transparency_forces_png():
    rgba = quadrants((40, 20)).convert("RGBA")
    rgba.putpixel((0, 0), (0, 0, 0, 0))
    uri = to_data_uri(rgba, "jpeg")
    assert uri.startswith("data:image/png;base64,")
    back = Image.open(io.BytesIO(base64.b64decode(uri.split(",", 1)[1])))
    assert back.mode == "RGBA"
    assert back.getpixel((0, 0))[3] == 0


def test_data_uri_opaque_rgba_is_jpeg():
    assert to_data_uri(quadrants((8, 8)).convert("RGBA")).startswith("data:image/jpeg")


def test_saved_bytes_are_what_pillow_writes_into_memory(monkeypatch):
    # Encoded through a temporary file (Pillow lets other threads run then), byte for byte the
    # same as into a BytesIO; without a usable temporary folder it encodes in memory.
    import io
    import tempfile

    from PIL import Image

    from assetkit.images.encoding import saved_bytes

    im = Image.radial_gradient("L").convert("RGB").resize((300, 200))
    direct = io.BytesIO()
    im.save(direct, "JPEG", quality=80, optimize=True)
    assert saved_bytes(im, "JPEG", quality=80, optimize=True) == direct.getvalue()

    def no_temp_folder(*args, **kwargs):
        raise FileNotFoundError("kein Temp-Ordner")

    monkeypatch.setattr(tempfile, "TemporaryFile", no_temp_folder)
    assert saved_bytes(im, "JPEG", quality=80, optimize=True) == direct.getvalue()
