"""Manifest additions for the library: balanced headlines, office binding patterns, and the
demo's contact sheet."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from assetkit.brand import load_brand
from assetkit.cli.cmd_demo import contact_sheet
from assetkit.compose import Content, compose
from assetkit.compose.binding import bound_value
from assetkit.office import OfficeProfile, sample_office
from assetkit.templates import load_catalogue


def test_balanced_headline_has_no_lone_last_word() -> None:
    story = load_catalogue().get("story-veranstaltung")
    comp = compose(story, Content(), load_brand(), sample_office())
    lines = [line.text for line in comp.text_layouts["headline"].lines]
    assert lines == ["Tag der", "offenen Tür"]


def test_balance_keeps_the_fitted_size() -> None:
    from dataclasses import replace

    story = load_catalogue().get("story-veranstaltung")
    head = story.text_field("headline")
    assert head is not None
    unbalanced = replace(story, text_fields=tuple(replace(f, balance=False) if f.id == "headline"
                                                  else f for f in story.text_fields))
    greedy = compose(unbalanced, Content(), load_brand(), sample_office())
    balanced = compose(story, Content(), load_brand(), sample_office())
    assert [line.text for line in greedy.text_layouts["headline"].lines] == ["Tag der offenen",
                                                                             "Tür"]
    assert balanced.text_layouts["headline"].size == greedy.text_layouts["headline"].size


def test_binding_pattern_joins_values_and_drops_empty_parts() -> None:
    office = OfficeProfile(name="KOA Ortenaukreis", street="Badstraße 20", postal_code="77652",
                           city="Offenburg", phone="01234 5678-0")
    assert bound_value("{office.name} · {office.street} · {office.city_line}", office) == \
        "KOA Ortenaukreis · Badstraße 20 · 77652 Offenburg"
    assert bound_value("Telefon {office.phone}\nFax {office.fax}\n{office.email}", office) == \
        "Telefon 01234 5678-0"
    assert bound_value("office.city", office) == "Offenburg"


@pytest.mark.parametrize("bind", ["{office.name", "{name}", "office.Name", "Text ohne Feld"])
def test_bad_binding_patterns_are_rejected(tmp_path, bind: str) -> None:  # type: ignore[no-untyped-def]
    from assetkit.errors import ManifestError
    from assetkit.templates import load_template

    folder = tmp_path / "probe"
    folder.mkdir()
    (folder / "template.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">'
        '<rect id="office" x="0" y="0" width="50" height="10"/></svg>', "utf-8")
    (folder / "template.toml").write_text(
        f'[template]\nid = "probe"\nname = "P"\n[page]\nunit = "px"\nwidth = 100\nheight = 100\n'
        f'[[text]]\nid = "office"\nlabel = "D"\nsize = 10\nbind = "{bind}"\n', "utf-8")
    with pytest.raises(ManifestError, match="bind"):
        load_template(folder)


def test_contact_sheet_shows_every_preview() -> None:
    cat = load_catalogue()
    previews = []
    for tid, colour in (("flyer-a4-veranstaltung", "#005A6E"), ("post-4x5-kennzahl", "#F7B500")):
        buf = io.BytesIO()
        Image.new("RGB", (210, 297) if "flyer" in tid else (1080, 1350), colour).save(buf, "PNG")
        previews.append((cat.get(tid), buf.getvalue()))
    sheet = Image.open(io.BytesIO(contact_sheet(previews, load_brand()))).convert("RGB")
    colours = {c for _, c in sheet.getcolors(sheet.width * sheet.height) or []}
    assert (0x00, 0x5A, 0x6E) in colours
    assert (0xF7, 0xB5, 0x00) in colours
    assert sheet.height > 2 * 340      # one row for print, one for the social family
