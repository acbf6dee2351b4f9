"""The colour rewriter on what cairo makes of gradients, opacity, masks and raster images."""

from __future__ import annotations

import base64
import io

import cairosvg.surface
import pikepdf
from PIL import Image
from printpdf_helpers import all_content_streams, content_ops, images, mentions

from assetkit.brand import load_brand
from assetkit.export.cmyk import CmykConverter
from assetkit.export.pdfcolor import ColorRewriter, device_rgb_left
from assetkit.render.cairo import data_only_fetcher
from assetkit.resources import resource


def _png_uri() -> str:
    out = io.BytesIO()
    Image.new("RGBA", (20, 10), (0, 90, 110, 128)).save(out, "PNG")
    return "data:image/png;base64," + base64.b64encode(out.getvalue()).decode()


SVG = f"""<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"
  width="200" height="100" viewBox="0 0 200 100">
  <defs>
    <linearGradient id="g"><stop offset="0" stop-color="#005A6E"/>
      <stop offset="0.5" stop-color="#F7B500"/><stop offset="1" stop-color="#3366CC"/></linearGradient>
    <linearGradient id="fade"><stop offset="0" stop-color="#fff"/>
      <stop offset="1" stop-color="#000"/></linearGradient>
    <mask id="m"><rect width="200" height="100" fill="url(#fade)"/></mask>
  </defs>
  <rect width="200" height="50" fill="url(#g)"/>
  <g opacity="0.5"><rect y="50" width="100" height="50" fill="#8CCBCB"/></g>
  <rect x="100" y="50" width="100" height="50" fill="#1D1D1B" mask="url(#m)"/>
  <image x="10" y="10" width="40" height="20" xlink:href="{_png_uri()}"/>
</svg>"""


def rendered() -> pikepdf.Pdf:
    data = cairosvg.surface.PDFSurface.convert(bytestring=SVG.encode(),
                                               url_fetcher=data_only_fetcher)
    return pikepdf.open(io.BytesIO(data))


def test_cairo_really_writes_device_rgb_here() -> None:
    assert device_rgb_left(rendered())        # otherwise the next test proves nothing


def test_everything_becomes_cmyk_and_masks_stay_gray() -> None:
    pdf = rendered()
    converter = CmykConverter(load_brand(), resource("color", "FOGRA39L_coated.icc"))
    ColorRewriter(pdf, "cmyk", converter).page(pdf.pages[0])
    assert device_rgb_left(pdf) == []
    for obj in pdf.objects:
        assert not mentions(obj, "/DeviceRGB")
    for owner in all_content_streams(pdf):
        assert not {op for _, op in content_ops(owner)} & {"rg", "RG"}
    shadings = [o for o in pdf.objects if isinstance(o, pikepdf.Dictionary | pikepdf.Stream)
                and "/ShadingType" in o]
    assert {str(s.ColorSpace) for s in shadings} <= {"/DeviceCMYK", "/DeviceGray"}
    assert "/DeviceCMYK" in {str(s.ColorSpace) for s in shadings}
    petrol = [list(map(float, f.C0)) for f in pdf.objects
              if isinstance(f, pikepdf.Dictionary) and f.get("/FunctionType") == 2
              and len(f.C0) == 4]
    assert [1.0, 0.2, 0.1, 0.5] in petrol      # the palette's CMYK, also inside gradients
    spaces = {str(im.ColorSpace) for im in images(pdf)}
    assert spaces <= {"/DeviceCMYK", "/DeviceGray"}
    # the image's alpha and the mask stay grey
    assert "/DeviceGray" in spaces


def test_rgb_target_uses_icc_srgb() -> None:
    pdf = rendered()
    srgb = pikepdf.Array([pikepdf.Name.ICCBased,
                          pdf.make_stream(resource("color", "sRGB-argyll.icc").read_bytes(), N=3)])
    ColorRewriter(pdf, "rgb", None, srgb).page(pdf.pages[0])
    assert device_rgb_left(pdf) == []


def test_ycck_jpeg_decodes_to_the_cmyk_it_was_given() -> None:
    # The photo JPEG stores C, M, Y as YCbCr and K as it is (Adobe YCCK); a decoder must get
    # the converted CMYK back, within JPEG's loss, and the ink limit must hold.
    from PIL import ImageChops, ImageStat

    from assetkit.export.cmyk import encode_ycck_planes

    converter = CmykConverter(None, resource("color", "FOGRA39L_coated.icc"), 300)
    rgb = Image.merge("RGB", (Image.linear_gradient("L").resize((256, 256)),
                              Image.linear_gradient("L").rotate(90).resize((256, 256)),
                              Image.new("L", (256, 256), 40)))
    expected = converter.image(rgb)
    data = encode_ycck_planes(converter.jpeg_planes(rgb), 95)
    with Image.open(io.BytesIO(data)) as decoded:
        assert decoded.mode == "CMYK"
        assert decoded.info.get("adobe_transform") == 2        # flagged as YCCK
        got = decoded.convert("CMYK")      # Pillow undoes the Adobe inversion itself
    for channel, (a, b) in enumerate(zip(got.split(), expected.split(), strict=True)):
        assert ImageStat.Stat(ImageChops.difference(a, b)).mean[0] < 2.0, channel
    c, m, y, k = got.split()
    quarter = ImageChops.add(ImageChops.add(c, m, 2.0), ImageChops.add(y, k, 2.0), 2.0)
    assert 4 * quarter.getextrema()[1] <= 300 / 100 * 255 + 12   # JPEG loss, 8-bit rounding


def _photo_like(size: tuple[int, int] = (300, 200)) -> Image.Image:
    from PIL import ImageFilter

    w, h = size
    base = Image.merge("RGB", (Image.linear_gradient("L").resize((w, h)),
                               Image.linear_gradient("L").rotate(90).resize((w, h)),
                               Image.radial_gradient("L").resize((w, h))))
    return Image.blend(base, Image.effect_noise((w, h), 90).convert("RGB"), 0.4).filter(
        ImageFilter.SMOOTH)


def test_photo_table_gives_what_converting_each_pixel_gives() -> None:
    # The 3-D table (LittleCMS on a 33³ grid, ink limit, YCCK) against LittleCMS per pixel,
    # then the ink limit and YCCK per pixel: below 1 level on average, more than 3 levels off
    # in under 1 % of the pixels (where FOGRA39's black starts, between grid points), never
    # more than 8 (3 %; the JPEG's own loss at quality 80 is larger).
    from PIL import ImageChops, ImageStat

    from assetkit.export.cmyk import INK_HEADROOM, ycck_planes

    converter = CmykConverter(None, resource("color", "FOGRA39L_coated.icc"), 300)
    rgb = _photo_like()
    pure = Image.merge("RGB", [Image.new("L", (64, 1), v) for v in (0, 0, 0)])  # black
    for image in (rgb, pure):
        # The table limits photos with headroom for the JPEG's quantisation.
        exact = ycck_planes(converter.image_limited(image, 300 - INK_HEADROOM))
        table = converter.jpeg_planes(image)
        assert table.mode == "CMYK"
        assert table.size == image.size
        for a, b in zip(exact.split(), table.split(), strict=True):
            difference = ImageChops.difference(a, b)
            counts = difference.histogram()
            assert difference.getextrema()[1] <= 8
            assert sum(counts[4:]) < 0.01 * sum(counts)
            assert ImageStat.Stat(difference).mean[0] < 1.0


def test_photo_table_is_kept_in_the_cache_folder_and_rebuilt_when_damaged(
        tmp_path, monkeypatch) -> None:
    from assetkit.export import cmyk

    monkeypatch.setenv("ASSETKIT_USER_DIR", str(tmp_path / "user"))
    profile = resource("color", "FOGRA39L_coated.icc")
    cmyk.photo_lut.cache_clear()
    built = cmyk.photo_lut(profile, 280.0)
    (cached,) = (tmp_path / "user" / "cache" / "color").glob("*.bin")
    good = cached.read_bytes()

    def no_littlecms(*args: object) -> None:
        raise AssertionError("the transform was built although the table is cached")

    cmyk.photo_lut.cache_clear()
    monkeypatch.setattr(cmyk, "_transform", no_littlecms)
    assert cmyk.photo_lut(profile, 280.0).table == built.table
    cached.write_bytes(good[: len(good) // 2])
    monkeypatch.undo()
    monkeypatch.setenv("ASSETKIT_USER_DIR", str(tmp_path / "user"))
    cmyk.photo_lut.cache_clear()
    assert cmyk.photo_lut(profile, 280.0).table == built.table
    assert cached.read_bytes() == good
    # Another ink limit is another table (and file).
    assert cmyk.photo_lut(profile, 240.0).table != built.table
    assert len(list(cached.parent.glob("*.bin"))) == 2
    cmyk.photo_lut.cache_clear()


def test_device_rgb_left_skips_only_the_objects_it_is_told_to() -> None:
    from assetkit.export.pdfcolor import uses_device_rgb

    pdf = rendered()
    rgb_objects = [obj.objgen for obj in pdf.objects if uses_device_rgb(obj)]
    assert rgb_objects
    left = device_rgb_left(pdf, frozenset(rgb_objects[:1]))
    assert f"Objekt {rgb_objects[0][0]}" not in left
    assert left
    assert len(left) < len(device_rgb_left(pdf))
