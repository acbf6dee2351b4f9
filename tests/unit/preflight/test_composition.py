"""Each composition check: a small document that triggers it and one that does not."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from assetkit.brand import load_brand
from assetkit.compose import Composition, Content, ImageChoice, compose
from assetkit.preflight import Finding, SocialPlatform, check_composition
from assetkit.templates import Template

PETROL = "#005A6E"
BG = '<rect id="bg" x="-5" y="-5" width="1200" height="1200" fill="{}"/>'
HEAD = '<rect id="headline" x="{}" y="{}" width="{}" height="{}"/>'
LOGO = '<rect id="logo" x="{}" y="{}" width="{}" height="{}"/>'
PHOTO = '<rect id="photo" x="{}" y="{}" width="{}" height="{}"/>'

TEXT = """[[text]]
id = "headline"
label = {{ de = "Überschrift", en = "Headline" }}
default = "{default}"
font = "{font}"
size = [{lo}, {hi}]
color = "{color}"
{extra}
"""
LOGO_SLOT = """[[logo]]
element = "logo"
variant = "{variant}"
{extra}
"""
IMAGE = """[[image]]
id = "photo"
label = {{ de = "Foto", en = "Photo" }}
{extra}
"""


def text(default: str = "Stark. Sozial.", font: str = "subline", lo: float = 20, hi: float = 28,
         color: str = "weiss", extra: str = "") -> str:
    return TEXT.format(default=default, font=font, lo=lo, hi=hi, color=color, extra=extra)


def logo(variant: str = "white", extra: str = 'min_width = 60') -> str:
    return LOGO_SLOT.format(variant=variant, extra=extra)


def composed(template: Template, texts: dict[str, str] | None = None,
             images: dict[str, Path] | None = None) -> Composition:
    content = Content(texts=texts or {},
                      images={k: ImageChoice(v) for k, v in (images or {}).items()})
    return compose(template, content, load_brand())


def codes(findings: list[Finding]) -> dict[str, Finding]:
    return {f.code: f for f in findings}


def social(make: Callable[..., Template], bg: str = PETROL, head: tuple = (20, 20, 360, 60),
           logo_box: tuple = (20, 230, 150, 50), fields: str | None = None, body: str = "",
           **page: object) -> Template:
    svg = BG.format(bg) + body + HEAD.format(*head) + LOGO.format(*logo_box)
    return make(svg, fields if fields is not None else text() + logo(), **page)


# ------------------------------------------------------------------------------ clean baseline

def test_a_good_document_has_no_findings(make: Callable[..., Template]) -> None:
    assert check_composition(composed(social(make))) == []


# ------------------------------------------------------------------------------ logo

def test_logo_missing(make: Callable[..., Template]) -> None:
    found = codes(check_composition(composed(social(make, fields=text()))))
    assert found["logo.missing"].severity == "error"
    assert found["logo.missing"].box == (0, 0, 400, 300)


def test_logo_too_small(make: Callable[..., Template]) -> None:
    template = social(make, fields=text() + logo(extra="min_width = 200"))
    found = codes(check_composition(composed(template)))
    f = found["logo.too_small"]
    assert f.severity == "error"
    assert f.box is not None
    assert f.box[2] < 200
    assert "Mindestbreite" in f.message_de
    assert "minimum width" in f.message_en


def test_logo_clear_space_text_too_close(make: Callable[..., Template]) -> None:
    # Headline ink right above the logo (50 px tall → 12.5 px clear space).
    near = social(make, head=(20, 200, 360, 30), logo_box=(20, 230, 150, 50))
    found = codes(check_composition(composed(near, {"headline": "Stark"})))
    f = found["logo.clear_space"]
    assert f.field == "logo"
    assert "Überschrift" in f.message_de
    far = social(make, head=(20, 20, 360, 60), logo_box=(20, 230, 150, 50))
    assert "logo.clear_space" not in codes(check_composition(composed(far)))


def test_logo_clear_space_photo_edge(make: Callable[..., Template],
                                     photo: Callable[..., Path]) -> None:
    body = PHOTO.format(180, 200, 200, 100)
    template = social(make, body=body, fields=text() + logo() + IMAGE.format(extra=""))
    found = codes(check_composition(composed(template, images={"photo": photo(400, 200)})))
    assert "Foto" in found["logo.clear_space"].message_de


def test_logo_busy_background(make: Callable[..., Template]) -> None:
    stripes = "".join(f'<rect x="0" y="{y}" width="400" height="3" fill="#F7B500"/>'
                      for y in range(200, 300, 8))
    busy = social(make, body=stripes)
    found = codes(check_composition(composed(busy)))
    assert found["logo.busy_background"].severity == "warning"
    assert "logo.busy_background" not in codes(check_composition(composed(social(make))))


def test_logo_contrast_suggests_the_right_variant(make: Callable[..., Template]) -> None:
    white_on_white = social(make, bg="#FFFFFF", fields=text(color="schwarz") + logo("white"))
    f = codes(check_composition(composed(white_on_white)))["logo.contrast"]
    assert "„farbig“" in f.message_de
    assert "colour variant" in f.message_en
    color_on_petrol = social(make, fields=text() + logo("color"))
    f = codes(check_composition(composed(color_on_petrol)))["logo.contrast"]
    assert "„weiß“" in f.message_de
    color_on_white = social(make, bg="#FFFFFF", fields=text(color="schwarz") + logo("color"))
    assert "logo.contrast" not in codes(check_composition(composed(color_on_white)))


# ------------------------------------------------------------------------------ text

def test_required_text_missing_and_overflow(make: Callable[..., Template]) -> None:
    template = social(make, fields=text(extra="required = true\nmax_lines = 1") + logo())
    found = codes(check_composition(composed(template, {"headline": ""})))
    assert found["text.missing"].severity == "error"
    assert found["text.missing"].field == "headline"
    long = "Kommunale Jobcenter sind stark, sozial und vor Ort in ganz Deutschland"
    found = codes(check_composition(composed(template, {"headline": long})))
    assert found["text.overflow"].severity == "error"
    assert "text.overflow" not in codes(check_composition(composed(template)))


def test_missing_glyphs(make: Callable[..., Template]) -> None:
    found = codes(check_composition(composed(social(make), {"headline": "Stark ☃"})))
    assert found["text.missing_glyphs"].severity == "error"     # the character would be lost


def test_text_too_small_for_print(make: Callable[..., Template]) -> None:
    def flyer(lo: float, hi: float) -> Template:
        body = BG.format("#FFFFFF") + HEAD.format(10, 10, 80, 20) + LOGO.format(10, 40, 40, 12)
        return make(body, text(lo=lo, hi=hi, color="schwarz") + logo("color", ""),
                    unit="mm", width=100, height=70)
    f = codes(check_composition(composed(flyer(4, 5))))["text.too_small"]
    assert "5 pt" in f.message_de
    assert f.unit == "mm"
    assert "text.too_small" not in codes(check_composition(composed(flyer(8, 10))))


@pytest.mark.parametrize(("bg", "colour", "fires"), [
    ("#FFFFFF", "sand", True),          # light on white
    ("#FFFFFF", "sonnengelb", True),    # yellow on white: 1.9:1
    ("#FFFFFF", "petrol", False),
    (PETROL, "weiss", False),
    (PETROL, "nachtblau", True),
])
def test_text_contrast_against_colour(make: Callable[..., Template], bg: str, colour: str,
                                      fires: bool) -> None:
    logo_variant = "color" if bg == "#FFFFFF" else "white"
    template = social(make, bg=bg, fields=text(color=colour) + logo(logo_variant))
    found = codes(check_composition(composed(template)))
    assert ("text.contrast" in found) == fires
    if fires:
        assert found["text.contrast"].box is not None
        assert found["text.contrast"].field == "headline"


def test_text_contrast_against_the_photo_behind_it(make: Callable[..., Template],
                                                   photo: Callable[..., Path]) -> None:
    body = PHOTO.format(0, 0, 400, 120)
    template = social(make, body=body, fields=text() + logo() + IMAGE.format(extra=""))
    bright = composed(template, images={"photo": photo(800, 240, (235, 235, 225))})
    f = codes(check_composition(bright))["text.contrast"]
    assert "Foto" in f.message_de or "photo" in f.message_en
    dark = composed(template, images={"photo": photo(800, 240, (30, 30, 40))})
    assert "text.contrast" not in codes(check_composition(dark))


def test_large_text_needs_only_three_to_one(make: Callable[..., Template]) -> None:
    # White on mid grey (3.4:1) passes as large text, fails as small text.
    def doc(lo: float, hi: float) -> list[Finding]:
        body = '<rect x="0" y="0" width="400" height="100" fill="#8A8A8A"/>'
        template = social(make, body=body, head=(20, 20, 360, 70),
                          fields=text(font="headline", lo=lo, hi=hi) + logo())
        return check_composition(composed(template, {"headline": "Stark"}))
    assert "text.contrast" in codes(doc(14, 16))        # small: needs 4.5
    assert "text.contrast" not in codes(doc(40, 48))    # large: needs 3


def test_orphan_in_headline(make: Callable[..., Template]) -> None:
    template = social(make, head=(20, 20, 300, 120),
                      fields=text(font="headline", lo=40, hi=40) + logo())
    f = codes(check_composition(composed(template, {"headline": "Tag der offenen Tür"})))
    assert "„Tür“" in f["text.orphan"].message_de
    balanced = composed(template, {"headline": "Tag der\noffenen Tür"})
    assert "text.orphan" not in codes(check_composition(balanced))


# ------------------------------------------------------------------------------ photos

def test_required_photo_missing(make: Callable[..., Template]) -> None:
    template = social(make, body=PHOTO.format(200, 20, 180, 100),
                      fields=text() + logo() + IMAGE.format(extra="required = true"))
    found = codes(check_composition(composed(template)))
    assert found["image.missing"].field == "photo"
    assert found["image.missing"].box == (200, 20, 180, 100)


@pytest.mark.parametrize(("pixels", "code"), [
    (400, "image.low_resolution"),          # 400 px over 100 mm: 102 ppi
    (800, "image.marginal_resolution"),     # 203 ppi
    (1200, None),                           # 305 ppi
])
def test_photo_resolution_in_print(make: Callable[..., Template], photo: Callable[..., Path],
                                   pixels: int, code: str | None) -> None:
    body = BG.format("#FFFFFF") + PHOTO.format(10, 10, 100, 40) + HEAD.format(10, 55, 60, 8) \
        + LOGO.format(120, 55, 40, 12)
    template = make(body, text(lo=10, hi=12, color="schwarz") + logo("color", "")
                    + IMAGE.format(extra=""), unit="mm", width=200, height=80)
    found = codes(check_composition(composed(template, images={"photo": photo(pixels, pixels * 2 // 5)})))
    resolution = {c for c in found if "resolution" in c}
    assert resolution == ({code} if code else set())


def test_upscaled_photo_on_social(make: Callable[..., Template], photo: Callable[..., Path]) -> None:
    template = social(make, body=PHOTO.format(200, 100, 180, 100),
                      fields=text() + logo() + IMAGE.format(extra=""))
    found = codes(check_composition(composed(template, images={"photo": photo(90, 50)})))
    assert "90×50" in found["image.upscaled"].message_de
    sharp = composed(template, images={"photo": photo(360, 200)})
    assert "image.upscaled" not in codes(check_composition(sharp))


# ------------------------------------------------------------------------------ print

def _print_doc(make: Callable[..., Template], band: str, head_x: float = 10) -> Template:
    body = BG.format("#FFFFFF").replace('x="-5" y="-5"', 'x="-3" y="-3"') + band \
        + HEAD.format(head_x, 10, 60, 12) + LOGO.format(10, 45, 40, 12)
    return make(body, text(lo=12, hi=14, color="schwarz") + logo("color", ""),
                unit="mm", width=100, height=70, page_extra="bleed = 3")


def test_print_bleed(make: Callable[..., Template]) -> None:
    stops_at_trim = _print_doc(make, f'<rect x="60" y="0" width="40" height="30" fill="{PETROL}"/>')
    found = [f for f in check_composition(composed(stops_at_trim)) if f.code == "print.bleed"]
    edges = sorted((round(f.box[0]), round(f.box[1])) for f in found if f.box)
    assert edges == [(60, -3), (100, 0)]          # top edge from x=60 and the right edge
    assert all(f.severity == "error" for f in found)
    bleeds = _print_doc(make, f'<rect x="60" y="-3" width="43" height="33" fill="{PETROL}"/>')
    assert "print.bleed" not in codes(check_composition(composed(bleeds)))


def test_print_trim_margin(make: Callable[..., Template]) -> None:
    close = _print_doc(make, "", head_x=1)
    f = codes(check_composition(composed(close)))["print.trim_margin"]
    assert f.field == "headline"
    assert f.box is not None
    assert f.box[0] < 3
    assert "print.trim_margin" not in codes(check_composition(composed(_print_doc(make, ""))))


# ------------------------------------------------------------------------------ social

def test_social_safe_zone(make: Callable[..., Template]) -> None:
    zone = "safe_zone = [40, 10, 320, 280]"
    outside = social(make, head=(20, 20, 360, 60), page_extra=zone)
    found = check_composition(composed(outside))
    assert {f.field for f in found if f.code == "social.safe_zone"} == {"headline", "logo"}
    inside = social(make, head=(50, 20, 300, 60), logo_box=(50, 230, 150, 50), page_extra=zone)
    assert "social.safe_zone" not in codes(check_composition(composed(inside)))


def test_social_pixel_size(make: Callable[..., Template]) -> None:
    found = codes(check_composition(composed(social(make)), preset="instagram"))
    assert "400×300" in found["social.pixel_size"].message_de
    square = social(make, width=1080, height=1080)
    assert "social.pixel_size" not in codes(check_composition(composed(square), preset="instagram"))


def test_social_file_size(make: Callable[..., Template]) -> None:
    tiny = SocialPlatform("probe", "Probe", 2_000, None)
    found = codes(check_composition(composed(social(make)), preset=tiny))
    assert "Probe" in found["social.file_size"].message_de
    roomy = SocialPlatform("probe", "Probe", 5_000_000, None)
    assert "social.file_size" not in codes(check_composition(composed(social(make)), preset=roomy))


def test_boxes_are_in_page_units_and_json_ready(make: Callable[..., Template]) -> None:
    template = social(make, bg="#FFFFFF", fields=text(color="sand") + logo("color"))
    found = check_composition(composed(template))
    assert "text.contrast" in codes(found)
    for f in found:
        assert f.unit == "px"
        assert f.page == 1
        d = f.to_dict()
        assert set(d) == {"code", "severity", "message_de", "message_en", "page", "box", "unit",
                          "field"}
