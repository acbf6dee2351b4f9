"""Rule print.hidden_bottom: no text, logo or QR code in the strip a roll-up's foot hides."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from assetkit.brand import load_brand
from assetkit.compose import Content, compose
from assetkit.office import load_office, sample_office
from assetkit.preflight.hidden_bottom import hidden_bottom_findings
from assetkit.preflight.judge import check_content
from assetkit.templates import Rect, Template, load_catalogue

BRAND = load_brand()
CATALOGUE = load_catalogue()
ROLLUP: Template = CATALOGUE.get("rollup-veranstaltung")
LONGEST_OFFICE = Path(__file__).resolve().parents[2] / "data" / "real_content" / \
    "vorpommern-greifswald.toml"


def _moved(template: Template, **boxes: Rect) -> Template:
    """``template`` with the named text fields, QR slots or image fields in other boxes."""
    return replace(
        template,
        text_fields=tuple(replace(f, box=boxes.get(f.id, f.box)) for f in template.text_fields),
        image_fields=tuple(replace(f, box=boxes.get(f.id, f.box)) for f in template.image_fields),
        qr_codes=tuple(replace(q, box=boxes.get(q.element, q.box)) for q in template.qr_codes))


@pytest.mark.parametrize("office", [sample_office(), load_office(LONGEST_OFFICE)])
def test_the_shipped_rollup_keeps_everything_out_of_its_foot(office) -> None:
    findings, page = check_content(ROLLUP, Content(), BRAND, office, preset="druckerei")
    assert page.page.hidden_bottom == 100
    assert [f for f in findings if f.code == "print.hidden_bottom"] == []


def test_text_moved_into_the_foot_is_an_error_naming_the_field() -> None:
    contact = ROLLUP.text_field("contact")
    assert contact is not None
    moved = _moved(ROLLUP, contact=replace(contact.box, y=1870))     # three lines, ~45 mm
    findings, _ = check_content(moved, Content(), BRAND, sample_office())
    found = [f for f in findings if f.code == "print.hidden_bottom"]
    assert [f.field for f in found] == ["contact"]
    (finding,) = found
    assert finding.severity == "error"
    assert finding.message_de == (
        "Der Text „Kontakt“ reicht in die unteren 100 mm, die der Fuß des Aufstellers "
        "verdeckt; den Text kürzen oder sein Feld höher setzen.")
    x, y, w, h = finding.box  # type: ignore[misc]
    assert y + h > 1900          # the ink, not the slot: it is what reaches into the strip
    assert 1870 <= y < 1900


def test_text_just_above_the_strip_is_fine() -> None:
    comp = compose(ROLLUP, Content(), BRAND, sample_office())
    ink = comp.text_layouts["contact"].ink_bounds
    raised = replace(comp, template=replace(comp.template, page=replace(
        comp.page, hidden_bottom=ROLLUP.page.height - ink.bottom - 0.5)))
    assert "contact" not in {f.field for f in hidden_bottom_findings(raised)}
    lowered = replace(comp, template=replace(comp.template, page=replace(
        comp.page, hidden_bottom=ROLLUP.page.height - ink.bottom + 0.5)))
    assert "contact" in {f.field for f in hidden_bottom_findings(lowered)}


def test_a_qr_code_or_the_logo_in_the_strip_is_an_error_a_photo_is_not() -> None:
    qr = ROLLUP.qr_codes[0]
    photo = ROLLUP.image_field("photo")
    assert photo is not None
    moved = _moved(ROLLUP, qr=replace(qr.box, y=1760),
                   photo=Rect(-5, 1500, 860, 505))                    # runs through the foot
    comp = compose(moved, Content(), BRAND, sample_office())
    messages = [f.message_de for f in hidden_bottom_findings(comp)]
    assert len(messages) == 1
    assert messages[0].startswith("Der QR-Code reicht in die unteren 100 mm")
    assert messages[0].endswith("es in der Vorlage höher setzen.")
    logo = comp.logos[0]
    high = replace(comp.page, hidden_bottom=ROLLUP.page.height - logo.box.bottom + 1)
    in_logo = list(hidden_bottom_findings(replace(comp, template=replace(comp.template,
                                                                          page=high))))
    assert any(f.message_de.startswith("Das Logo") for f in in_logo)


def test_pages_without_the_key_have_no_strip() -> None:
    flyer = CATALOGUE.get("flyer-a4-veranstaltung")
    assert flyer.page.hidden_zone is None
    assert list(hidden_bottom_findings(compose(flyer, Content(), BRAND))) == []
