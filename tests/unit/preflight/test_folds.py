"""Rule print.fold: text, logos and QR codes keep 4 mm from every fold of a folded leaflet."""

from __future__ import annotations

from dataclasses import replace

import pytest

from assetkit.brand import load_brand
from assetkit.compose import Composition, Content, compose
from assetkit.office import sample_office
from assetkit.preflight.folds import FOLD_MARGIN_MM, fold_findings, panel_safe_zones
from assetkit.preflight.judge import check_content
from assetkit.templates import Rect, Template, load_catalogue

BRAND = load_brand()
LEAFLET: Template = load_catalogue().get("dinlang-wickelfalz-veranstaltung")


@pytest.fixture(scope="module")
def outside() -> Composition:
    return compose(LEAFLET, Content(), BRAND, sample_office())


def _with_folds(c: Composition, *folds: float) -> Composition:
    return replace(c, template=replace(c.template, page=replace(c.page, folds=folds)))


def test_the_leaflet_keeps_everything_off_its_folds(outside: Composition) -> None:
    assert outside.page.folds == (97.0, 197.0)
    assert list(fold_findings(outside)) == []
    findings, _ = check_content(LEAFLET, Content(), BRAND, sample_office())
    assert "print.fold" not in {f.code for f in findings}       # neither side


def test_text_crossing_a_fold_is_an_error(outside: Composition) -> None:
    ink = outside.text_layouts["contact_title"].ink_bounds
    found = list(fold_findings(_with_folds(outside, ink.x + ink.width / 2)))
    # the back panel's column: its heading, the contact block, the logo
    assert {"contact_title", "contact_office", "address"} <= {f.field for f in found}
    assert all(f.severity == "error" for f in found)
    title = next(f for f in found if f.field == "contact_title")
    assert "auf dem Falz" in title.message_de
    assert title.box == pytest.approx((ink.x, ink.y, ink.width, ink.height))
    assert not {"headline", "registration"} & {f.field for f in found}


def test_text_closer_than_the_margin_is_an_error_and_farther_is_not(
        outside: Composition) -> None:
    ink = outside.text_layouts["registration"].ink_bounds
    near = list(fold_findings(_with_folds(outside, ink.right + FOLD_MARGIN_MM - 0.5)))
    assert "registration" in {f.field for f in near}
    assert "näher als 4 mm" in next(f for f in near if f.field == "registration").message_de
    far = list(fold_findings(_with_folds(outside, ink.right + FOLD_MARGIN_MM + 0.5)))
    assert "registration" not in {f.field for f in far}


def test_logo_and_qr_code_on_a_fold(outside: Composition) -> None:
    logo = next(p for p in outside.logos if p.element == "logo_back")
    qr = outside.qr_codes[0]
    found = list(fold_findings(_with_folds(outside, logo.box.x + 5, qr.box.right - 5)))
    messages = [f.message_de for f in found]
    assert any(m.startswith("Das Logo") for m in messages)
    assert any(m.startswith("Der QR-Code") for m in messages)


def test_the_judge_reports_it_on_the_inside_page_too() -> None:
    inside = LEAFLET.sides[0]
    moved = replace(LEAFLET, sides=(replace(inside, page=replace(inside.page, folds=(50.0,))),))
    findings, _ = check_content(moved, Content(), BRAND, sample_office())
    on_fold = [f for f in findings if f.code == "print.fold"]
    assert on_fold
    assert {f.page for f in on_fold} == {2}
    assert {"section_1", "body"} <= {f.field for f in on_fold}


def test_each_panel_has_its_safe_zone_clear_of_the_trim_and_the_folds() -> None:
    outside, inside = LEAFLET.pages()
    m = FOLD_MARGIN_MM
    # The page's safe margin (6 mm) at the trim, the judge's margin at a fold.
    assert panel_safe_zones(outside.page) == [
        Rect(6, 6, 97 - m - 6, 198), Rect(97 + m, 6, 100 - 2 * m, 198),
        Rect(197 + m, 6, 291 - 197 - m, 198)]
    assert [z.width for z in panel_safe_zones(inside.page)] == \
        [z.width for z in reversed(panel_safe_zones(outside.page))]
    # Text anywhere inside a panel's zone is clear of every fold for the judge.
    for zone in panel_safe_zones(outside.page):
        assert all(not (zone.x - m < f < zone.right + m) for f in outside.page.folds)
    # An unfolded page: its one safe zone; a page without one: none.
    flyer = load_catalogue().get("flyer-a4-veranstaltung").page
    assert panel_safe_zones(flyer) == [flyer.safe]
    assert panel_safe_zones(replace(outside.page, safe=None)) == []
