"""Loading photos: formats, orientation, colour management."""

from __future__ import annotations

from pathlib import Path

import pytest
from fixtures_images import (
    BLUE,
    CORNERS,
    GREEN,
    RED,
    YELLOW,
    close,
    cmyk_image,
    corner_colours,
    encode,
    jpeg_with_orientation,
    png_rgb16,
    quadrants,
    strip_adobe_marker,
    swapped_primaries_profile,
)
from PIL import Image

from assetkit.images import load_image, read_image_info
from assetkit.resources import resource

FOGRA = resource("color", "FOGRA39L_coated.icc").read_bytes()

# FOGRA39 100 % cyan seen on an sRGB screen (relative colorimetric + BPC). Pillow's naive formula
# would give (0, 255, 255); a real profile gives a much deeper, slightly greenish blue.
FOGRA_CYAN_SRGB = (0, 160, 227)


def _assert_quadrants(im: Image.Image, expected: dict[str, tuple[int, int, int]]) -> None:
    got = corner_colours(im)
    for corner, colour in expected.items():
        assert close(got[corner], colour, 14), (corner, got[corner], colour)


def test_rgb_jpeg_from_path(write):
    path = write("team.jpg", encode(quadrants(), "JPEG", quality=95, dpi=(300, 300)))
    img = load_image(path)
    assert img.image.mode == "RGB"
    assert img.format == "JPEG"
    assert img.original_mode == "RGB"
    assert img.size == (300, 200) == img.original_size
    assert img.source_name == "team.jpg"
    assert img.dpi == pytest.approx((300, 300))
    assert not img.had_icc_profile
    _assert_quadrants(img.image, CORNERS)


def test_greyscale_jpeg_becomes_rgb():
    img = load_image(encode(quadrants(mode="L"), "JPEG"))
    assert img.original_mode == "L"
    assert img.image.mode == "RGB"
    r, g, b = img.image.getpixel((5, 5))
    assert r == g == b


@pytest.mark.parametrize(
    ("orientation", "expected"),
    [
        (1, {"tl": RED, "tr": GREEN, "bl": BLUE, "br": YELLOW}),
        (2, {"tl": GREEN, "tr": RED, "bl": YELLOW, "br": BLUE}),
        (3, {"tl": YELLOW, "tr": BLUE, "bl": GREEN, "br": RED}),
        (4, {"tl": BLUE, "tr": YELLOW, "bl": RED, "br": GREEN}),
        (5, {"tl": RED, "tr": BLUE, "bl": GREEN, "br": YELLOW}),
        (6, {"tl": BLUE, "tr": RED, "bl": YELLOW, "br": GREEN}),
        (7, {"tl": YELLOW, "tr": GREEN, "bl": BLUE, "br": RED}),
        (8, {"tl": GREEN, "tr": YELLOW, "bl": RED, "br": BLUE}),
    ],
)
def test_exif_orientation(orientation, expected):
    # Expected corners derived from the EXIF spec ("0th row is the visual right-hand side ..."),
    # not from Pillow, for a stored 300 × 200 image.
    img = load_image(jpeg_with_orientation(orientation))
    swapped = orientation >= 5
    assert img.size == ((200, 300) if swapped else (300, 200))
    assert img.orientation == orientation
    _assert_quadrants(img.image, expected)


def test_info_reads_header_only_and_applies_orientation():
    info = read_image_info(jpeg_with_orientation(6), name="hochkant.jpg")
    assert info.size == (200, 300)
    assert info.stored_size == (300, 200)
    assert info.orientation == 6
    assert info.format == "JPEG"
    assert info.source_name == "hochkant.jpg"


def test_adobe_cmyk_jpeg_without_profile_uses_fogra39():
    # Pillow writes CMYK JPEGs the way Photoshop does: inverted values plus an APP14 Adobe marker.
    data = encode(cmyk_image((255, 0, 0, 0)), "JPEG", quality=95)
    assert b"Adobe" in data[:64]
    img = load_image(data)
    assert img.original_mode == "CMYK"
    assert img.image.mode == "RGB"
    assert not img.had_icc_profile
    assert close(img.image.getpixel((32, 32)), FOGRA_CYAN_SRGB, 12)
    assert img.image.getpixel((32, 32))[1] < 200  # not Pillow's naive (0, 255, 255)


def test_cmyk_paper_white_and_rich_black():
    white = load_image(encode(cmyk_image((0, 0, 0, 0)), "JPEG", quality=95)).image
    black = load_image(encode(cmyk_image((60, 50, 50, 255)), "JPEG", quality=95)).image
    assert min(white.getpixel((10, 10))) >= 250
    assert max(black.getpixel((10, 10))) <= 30


def test_cmyk_jpeg_with_embedded_profile():
    data = encode(cmyk_image((255, 0, 0, 0)), "JPEG", quality=95, icc_profile=FOGRA)
    img = load_image(data)
    assert img.had_icc_profile
    assert img.icc_profile_used == "FOGRA39L Coated"
    assert close(img.image.getpixel((32, 32)), FOGRA_CYAN_SRGB, 12)


def test_cmyk_jpeg_without_adobe_marker_is_not_inverted():
    # Non-Adobe writers store plain CMYK values. Invert before saving with Pillow (which stores
    # inverted), then drop the marker: the file now holds plain values without a marker.
    plain = cmyk_image((255, 0, 0, 0)).point(lambda v: 255 - v)
    data = strip_adobe_marker(encode(plain, "JPEG", quality=95))
    assert b"Adobe" not in data
    img = load_image(data)
    assert close(img.image.getpixel((32, 32)), FOGRA_CYAN_SRGB, 12)


def test_embedded_rgb_profile_is_applied():
    data = encode(
        Image.new("RGB", (32, 32), (255, 0, 0)), "PNG", icc_profile=swapped_primaries_profile()
    )
    img = load_image(data)
    assert img.had_icc_profile
    r, g, b = img.image.getpixel((4, 4))
    assert b > 200, (r, g, b)
    assert r < 40, (r, g, b)


def test_embedded_srgb_profile_is_kept_as_is():
    srgb = resource("color", "sRGB-argyll.icc").read_bytes()
    img = load_image(encode(quadrants(), "JPEG", quality=95, icc_profile=srgb))
    assert img.had_icc_profile
    assert img.icc_profile_used is not None
    assert img.icc_profile_used.startswith("sRGB")
    _assert_quadrants(img.image, CORNERS)


def test_broken_embedded_profile_falls_back_to_srgb():
    img = load_image(encode(quadrants(), "PNG", icc_profile=b"not a profile" * 20))
    assert img.icc_profile_ignored
    _assert_quadrants(img.image, CORNERS)


def test_png_8bit_and_rgba_alpha():
    rgba = quadrants().convert("RGBA")
    rgba.putpixel((0, 0), (0, 0, 0, 0))
    img = load_image(encode(rgba, "PNG"))
    assert img.image.mode == "RGBA"
    assert img.image.getpixel((0, 0))[3] == 0
    assert img.has_alpha


def test_opaque_rgba_png_becomes_rgb():
    img = load_image(encode(quadrants().convert("RGBA"), "PNG"))
    assert img.image.mode == "RGB"
    _assert_quadrants(img.image, CORNERS)


def test_la_png_becomes_rgba():
    la = Image.merge("LA", (Image.new("L", (20, 20), 128), Image.new("L", (20, 20), 100)))
    img = load_image(encode(la, "PNG"))
    assert img.original_mode == "LA"
    assert img.image.mode == "RGBA"
    assert img.image.getpixel((3, 3)) == (128, 128, 128, 100)


def test_png_16bit_grey_is_scaled_not_clipped():
    im = Image.new("I;16", (3, 1))
    for x, v in enumerate((0, 40000, 65535)):
        im.putpixel((x, 0), v)
    img = load_image(encode(im, "PNG"))
    assert img.original_mode.startswith("I")
    assert [img.image.getpixel((x, 0))[0] for x in range(3)] == [0, 155, 255]


def test_png_16bit_rgb():
    img = load_image(png_rgb16([[(65535, 32768, 0), (0, 0, 65535)]]))
    assert img.image.mode == "RGB"
    assert close(img.image.getpixel((0, 0)), (255, 128, 0), 1)
    assert close(img.image.getpixel((1, 0)), (0, 0, 255), 1)


def test_palette_png_with_transparency():
    im = quadrants().convert("P", palette=Image.Palette.ADAPTIVE, colors=4)
    index_of_tl = im.getpixel((0, 0))
    data = encode(im, "PNG", transparency=index_of_tl)
    img = load_image(data)
    assert img.original_mode == "P"
    assert img.image.mode == "RGBA"
    assert img.image.getpixel((5, 5))[3] == 0
    assert img.image.getpixel((295, 195))[3] == 255


@pytest.mark.parametrize(
    ("fmt", "params"),
    [
        ("WEBP", {"quality": 95}),
        ("WEBP", {"lossless": True}),
        ("TIFF", {}),
        ("TIFF", {"compression": "tiff_lzw"}),
        ("BMP", {}),
        ("GIF", {}),
    ],
)
def test_other_formats(fmt, params):
    img = load_image(encode(quadrants(), fmt, **params))
    assert img.format == fmt
    assert img.image.mode == "RGB"
    _assert_quadrants(img.image, CORNERS)


def test_webp_with_alpha():
    rgba = quadrants().convert("RGBA")
    rgba.paste((0, 0, 0, 0), (0, 0, 50, 50))
    img = load_image(encode(rgba, "WEBP", lossless=True))
    assert img.image.mode == "RGBA"
    assert img.image.getpixel((10, 10))[3] == 0


def test_cmyk_tiff_is_converted_with_fogra39():
    img = load_image(encode(cmyk_image((255, 0, 0, 0)), "TIFF"))
    assert img.format == "TIFF"
    assert img.original_mode == "CMYK"
    assert close(img.image.getpixel((32, 32)), FOGRA_CYAN_SRGB, 12)


def test_animated_gif_gives_first_frame():
    frames = [Image.new("RGB", (16, 16), c) for c in (RED, BLUE)]
    data = encode(frames[0], "GIF", save_all=True, append_images=frames[1:], duration=100)
    assert read_image_info(data).n_frames == 2
    img = load_image(data)
    assert close(img.image.getpixel((8, 8)), RED, 20)


def test_str_path_is_accepted(write):
    path: Path = write("a.png", encode(quadrants(), "PNG"))
    assert load_image(str(path)).size == (300, 200)  # type: ignore[arg-type]


def test_embedded_profile_with_alpha_keeps_alpha():
    rgba = Image.new("RGBA", (16, 16), (255, 0, 0, 255))
    rgba.putpixel((0, 0), (255, 0, 0, 0))
    img = load_image(encode(rgba, "PNG", icc_profile=swapped_primaries_profile()))
    assert img.image.mode == "RGBA"
    assert img.image.getpixel((0, 0))[3] == 0
    assert img.image.getpixel((8, 8))[2] > 200  # converted through the profile


def test_lab_tiff():
    lab = Image.new("LAB", (8, 8), (255, 128, 128))  # L* = 100, neutral: white
    img = load_image(encode(lab, "TIFF"))
    assert img.original_mode == "LAB"
    assert min(img.image.getpixel((4, 4))) >= 245
