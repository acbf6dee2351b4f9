"""Compose: content lands in declared fields only; facts about the result are reported."""

import dataclasses
from pathlib import Path

import pytest
from lxml import etree
from PIL import Image

from assetkit.brand import load_brand
from assetkit.compose import ComposeOptions, Content, ImageChoice, compose
from assetkit.errors import FieldError, ImageError
from assetkit.office import sample_office
from assetkit.templates import load_catalogue

SVG_NS = "{http://www.w3.org/2000/svg}"


@pytest.fixture(scope="module")
def flyer():  # type: ignore[no-untyped-def]
    return load_catalogue().get("flyer-a4-veranstaltung")


@pytest.fixture(scope="module")
def post():  # type: ignore[no-untyped-def]
    return load_catalogue().get("post-4x5-veranstaltung")


@pytest.fixture
def photo(tmp_path: Path) -> Path:
    path = tmp_path / "foto.jpg"
    Image.new("RGB", (1200, 800), (200, 80, 40)).save(path, quality=90)
    return path


def test_svg_is_self_contained_and_sized(post, photo: Path) -> None:  # type: ignore[no-untyped-def]
    comp = compose(post, Content({"headline": "Hallo"}, {"photo": ImageChoice(photo)}), load_brand())
    root = etree.fromstring(comp.svg)
    assert root.get("width") == "1080"
    assert root.get("height") == "1350"
    hrefs = [v for el in root.iter() for k, v in el.attrib.items() if k.endswith("href")]
    assert hrefs
    assert all(h.startswith("data:") for h in hrefs)
    assert b"<text" not in comp.svg           # text is drawn as glyph outlines
    assert comp.text_layouts["headline"].lines[0].text == "Hallo"


def test_unknown_and_locked_elements_cannot_be_set(post) -> None:  # type: ignore[no-untyped-def]
    brand = load_brand()
    with pytest.raises(FieldError, match="kein Textfeld"):
        compose(post, Content({"background": "#ff0000"}), brand)
    with pytest.raises(FieldError, match="ein Bildfeld"):
        compose(post, Content({"photo": "x"}), brand)
    with pytest.raises(FieldError, match="kein Bildfeld"):
        compose(post, Content(images={"logo": ImageChoice(Path("x.png"))}), brand)


def test_office_fields_come_from_the_profile(flyer) -> None:  # type: ignore[no-untyped-def]
    comp = compose(flyer, Content(), load_brand(), sample_office())
    assert comp.texts["office"] == "Kommunales Jobcenter Landkreis Musterkreis"
    assert "01234 5678-0" in comp.texts["contact"]
    # Without a profile the template's default stands in.
    assert compose(flyer, Content(), load_brand()).texts["office"] == "Ihr Kommunales Jobcenter"


def test_overflow_and_empty_required_fields_are_reported(post) -> None:  # type: ignore[no-untyped-def]
    long = "Unternehmerfrühstück im Kommunalen Jobcenter " * 12
    comp = compose(post, Content({"headline": long}), load_brand())
    codes = {n.code for n in comp.notes}
    assert "text.overflow" in codes
    layout = comp.text_layouts["headline"]
    assert layout.overflow
    assert layout.hidden_text
    assert len(layout.lines) <= 3
    comp = compose(post, Content({"headline": "  "}), load_brand())
    assert any(n.code == "text.missing" and n.field == "headline" for n in comp.notes)


def test_missing_glyphs_are_reported_not_fatal(post) -> None:  # type: ignore[no-untyped-def]
    comp = compose(post, Content({"headline": "Willkommen 🎉 مرحبا"}), load_brand())
    assert any(n.code == "text.missing_glyphs" for n in comp.notes)


def test_logo_is_vector_and_at_least_minimum_width(post, flyer) -> None:  # type: ignore[no-untyped-def]
    brand = load_brand()
    for template, minimum in ((post, 180), (flyer, 35)):
        comp = compose(template, Content(), brand)
        (logo,) = comp.logos
        assert logo.box.width >= minimum
        root = etree.fromstring(comp.svg)
        nested = root.find(f".//{SVG_NS}svg[@id='logo']")
        assert nested is not None
        assert nested.find(f"{SVG_NS}path") is not None
        assert not any(n.code == "logo.too_small" for n in comp.notes)


def test_bleed_extends_the_view(flyer) -> None:  # type: ignore[no-untyped-def]
    comp = compose(flyer, Content(), load_brand(), options=ComposeOptions(bleed=3.0))
    assert (comp.view.x, comp.view.width) == (-3, 216)
    root = etree.fromstring(comp.svg)
    assert root.get("width") == "216mm"
    assert root.get("viewBox") == "-3 -3 216 303"


def test_low_resolution_photo_is_flagged_for_print(flyer, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    small = tmp_path / "klein.jpg"
    Image.new("RGB", (300, 200), (10, 100, 200)).save(small)
    comp = compose(flyer, Content(images={"photo": ImageChoice(small)}), load_brand())
    assert comp.images["photo"].effective_ppi is not None
    assert comp.images["photo"].effective_ppi < 50


def test_broken_photo_is_a_clear_error(post, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    broken = tmp_path / "kaputt.jpg"
    broken.write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg")
    with pytest.raises(ImageError, match="kaputt.jpg"):
        compose(post, Content(images={"photo": ImageChoice(broken)}), load_brand())


def test_extreme_text_is_bounded_and_reported(flyer) -> None:  # type: ignore[no-untyped-def]
    """10,000 characters in the body and a 200-letter word in the headline: overflow or a forced
    break is reported, the composition finishes, and no text leaves its box."""
    body = ("Die Kommunalen Jobcenter sorgen bundesweit für 1,5 Mio. Menschen. " * 160)[:10_000]
    word = "Arbeitsmarktintegrationsmaßnahmenfortbildungs" * 5
    comp = compose(flyer, Content({"body": body, "headline": word[:200]}), load_brand())
    assert comp.text_layouts["body"].overflow
    assert any(n.code == "text.overflow" and n.field == "body" for n in comp.notes)
    head = comp.text_layouts["headline"]
    assert head.overflow or head.forced_breaks > 0
    for field in ("body", "headline"):
        box = flyer.text_field(field).box
        ink = comp.text_layouts[field].ink_bounds
        assert ink.x >= box.x - 0.5
        assert ink.x + ink.width <= box.x + box.width + 0.5
        assert ink.y >= box.y - 0.5
        assert ink.y + ink.height <= box.y + box.height + 0.5


def test_right_to_left_text_does_not_crash(post) -> None:  # type: ignore[no-untyped-def]
    comp = compose(post, Content({"headline": "שלום עולם"}), load_brand())
    assert any(n.code == "text.missing_glyphs" for n in comp.notes)


def _rect(svg: bytes, element_id: str) -> tuple[float, float]:
    node = etree.fromstring(svg).find(f".//{SVG_NS}rect[@id='{element_id}']")
    assert node is not None
    return float(node.get("y")), float(node.get("height"))


def test_a_size_group_sets_the_letters_information_block_in_one_size() -> None:
    """A long office name needs the smallest size; the address and contact lines beside it do
    not shrink on their own, yet the block is set in one size, as DIN 5008 letters are."""
    letter = load_catalogue().get("briefbogen-a4")
    long = dataclasses.replace(
        sample_office(),
        name="Kommunales Jobcenter des Saale-Holzland-Kreises – Beratungszentrum Stadtroda")
    comp = compose(letter, Content({"date": "27. August 2026"}), load_brand(), long)
    sizes = {f: round(comp.text_layouts[f].size, 4)
             for f in ("info_office", "info_address", "info_contact", "date")}
    assert len(set(sizes.values())) == 1, sizes
    short = compose(letter, Content(), load_brand(), sample_office())
    assert short.text_layouts["info_contact"].size >= comp.text_layouts["info_contact"].size


def test_the_info_card_grows_with_the_date_it_frames_when_a_long_place_pushes_up() -> None:
    flyer = load_catalogue().get("dinlang-veranstaltung")
    place = ("Kommunale Arbeitsförderung Ortenaukreis, Okenstraße 3, Haus B, 2. Obergeschoss, "
             "77652 Offenburg")
    drawn = compose(flyer, Content({"place": "Am Markt 1"}), load_brand())
    grown = compose(flyer, Content({"place": place}), load_brand())
    assert not grown.overflowing()
    (y0, h0), (y1, h1) = _rect(drawn.svg, "info"), _rect(grown.svg, "info")
    date0, date1 = drawn.text_layouts["date"].box.y, grown.text_layouts["date"].box.y
    assert date1 < date0                                   # the date moved up …
    assert y1 - date1 == pytest.approx(y0 - date0, abs=1e-3)   # … and the card's top with it
    assert y1 + h1 == pytest.approx(y0 + h0, abs=1e-3)      # its foot stays put
