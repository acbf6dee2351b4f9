"""Stamping photos: same format, size, EXIF, ICC, JPEG tables; logo upright where the viewer sees it."""

from __future__ import annotations

import io

import pytest
from PIL import Image, ImageCms, ImageDraw, ImageOps
from stamp_pixels import find_logo

from assetkit.errors import OutputError
from assetkit.stamp import StampError, StampOptions, Status, plan_file
from assetkit.stamp.image import stamp_image


def _photo(size: tuple[int, int] = (1200, 800), dark: bool = False) -> Image.Image:
    """A calm sky on top, busy ground below (so auto prefers a top corner)."""
    w, h = size
    im = Image.new("RGB", size, (30, 40, 70) if dark else (225, 235, 245))
    draw = ImageDraw.Draw(im)
    for i in range(0, w, 23):
        draw.rectangle([i, h // 2 + (i * 7) % (h // 3), i + 11, h], fill=(120, 90 + i % 80, 40))
    return im


def _exif(orientation: int) -> bytes:
    exif = Image.Exif()
    exif[0x0112] = orientation
    exif[0x010F] = "Jobcenter-Kamera"
    return exif.tobytes()


def _adobe_like_profile() -> bytes:
    return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()


def test_jpeg_keeps_everything_and_logo_is_upright_for_the_viewer(tmp_path, unchanged):
    src = tmp_path / "foto.jpg"
    # Pixels stored turned by 90°, EXIF orientation 6 turns them back for display.
    stored = _photo((1200, 800)).transpose(Image.Transpose.ROTATE_90)
    icc = _adobe_like_profile()
    stored.save(src, quality=83, exif=_exif(6), icc_profile=icc, dpi=(300, 300))
    unchanged.append(src)
    out = tmp_path / "foto_kampagne.jpg"
    report = stamp_image(src, out, StampOptions(position="top-right", variant="color"))
    assert report.status is Status.STAMPED
    with Image.open(src) as a, Image.open(out) as b:
        assert b.format == "JPEG"
        assert b.size == a.size
        assert b.mode == a.mode
        assert b.getexif()[0x0112] == 6
        assert b.getexif()[0x010F] == "Jobcenter-Kamera"
        assert b.info["icc_profile"] == icc
        assert b.info["dpi"] == pytest.approx((300, 300))
        assert b.quantization == a.quantization          # same JPEG quality
        before, after = ImageOps.exif_transpose(a), ImageOps.exif_transpose(b)
    found = find_logo(before.convert("RGB"), after.convert("RGB"))
    assert found is not None
    assert found.upright
    assert found.corner == "top-right"
    # Displayed 1200×800: the logo is 25 % of the shorter side, 200 px wide.
    assert 190 <= found.box[2] - found.box[0] <= 205


def test_auto_picks_calm_corner_and_white_on_dark(tmp_path):
    src = tmp_path / "nacht.png"
    _photo(dark=True).transpose(Image.Transpose.FLIP_TOP_BOTTOM).save(src)   # busy at the top
    plan = plan_file(src, StampOptions(position="auto"))
    placement = plan.pages[0].placement
    assert placement.position.startswith("bottom") or placement.position == "footer"
    assert placement.variant == "white"
    light = tmp_path / "tag.png"
    _photo().save(light)
    light_plan = plan_file(light, StampOptions(position="auto"))
    assert light_plan.pages[0].placement.variant == "color"
    assert light_plan.pages[0].placement.position == "top-right"


def test_png_with_alpha_text_and_dpi(tmp_path):
    from PIL.PngImagePlugin import PngInfo

    src = tmp_path / "grafik.png"
    im = _photo((600, 600)).convert("RGBA")
    im.putpixel((0, 0), (0, 0, 0, 0))
    info = PngInfo()
    info.add_text("Author", "Jobcenter Musterkreis")
    im.save(src, pnginfo=info, dpi=(150, 150))
    out = tmp_path / "o.png"
    stamp_image(src, out, StampOptions(position="bottom-left"))
    with Image.open(out) as b:
        assert b.format == "PNG"
        assert b.mode == "RGBA"
        assert b.size == (600, 600)
        assert b.text["Author"] == "Jobcenter Musterkreis"
        assert b.info["dpi"] == pytest.approx((150, 150), abs=0.1)
        assert b.getpixel((0, 0))[3] == 0


def test_webp_lossless_stays_lossless_and_tiff_keeps_compression(tmp_path):
    webp = tmp_path / "a.webp"
    _photo((500, 400)).save(webp, lossless=True)
    stamp_image(webp, tmp_path / "a_k.webp", StampOptions())
    assert b"VP8L" in (tmp_path / "a_k.webp").read_bytes()[:64]
    tif = tmp_path / "a.tif"
    _photo((500, 400)).save(tif, compression="tiff_lzw", dpi=(200, 200))
    stamp_image(tif, tmp_path / "a_k.tif", StampOptions())
    with Image.open(tmp_path / "a_k.tif") as b:
        assert b.info["compression"] == "tiff_lzw"
        assert b.info["dpi"] == pytest.approx((200, 200))
        assert b.size == (500, 400)


def test_cmyk_jpeg_stays_cmyk(tmp_path):
    src = tmp_path / "druck.jpg"
    _photo((800, 600)).convert("CMYK").save(src, quality=90)
    stamp_image(src, tmp_path / "o.jpg", StampOptions(position="top-left"))
    with Image.open(tmp_path / "o.jpg") as b:
        assert b.mode == "CMYK"
        assert b.size == (800, 600)


def test_too_small_image_is_skipped(tmp_path):
    src = tmp_path / "icon.png"
    _photo((120, 90)).save(src)
    report = stamp_image(src, tmp_path / "o.png", StampOptions())
    assert report.status is Status.SKIPPED
    assert "zu klein" in report.message
    assert not (tmp_path / "o.png").exists()


def test_broken_images_give_clear_errors(tmp_path, unchanged):
    buf = io.BytesIO()
    _photo().save(buf, "JPEG")
    truncated = tmp_path / "halb.jpg"
    truncated.write_bytes(buf.getvalue()[: len(buf.getvalue()) // 2])
    unchanged.append(truncated)
    with pytest.raises(StampError, match="„halb.jpg“ ist beschädigt oder unvollständig"):
        stamp_image(truncated, tmp_path / "o.jpg", StampOptions())
    text = tmp_path / "text.png"
    text.write_text("kein Bild")
    with pytest.raises(StampError, match="„text.png“ ist kein lesbares Bild"):
        stamp_image(text, tmp_path / "o.png", StampOptions())
    anim = tmp_path / "anim.webp"
    _photo((300, 300)).save(anim, save_all=True, append_images=[_photo((300, 300), dark=True)])
    with pytest.raises(StampError, match="mehrere Bilder"):
        stamp_image(anim, tmp_path / "o.webp", StampOptions())


def test_output_never_overwrites_input(tmp_path, unchanged):
    src = tmp_path / "foto.png"
    _photo((400, 300)).save(src)
    unchanged.append(src)
    with pytest.raises(OutputError, match="Eingabedatei überschreiben"):
        stamp_image(src, src, StampOptions())
