"""Character budget: what the field panel says still fits agrees with what the composer does."""

from dataclasses import replace

import pytest

from assetkit.brand import load_brand
from assetkit.compose import Content, compose
from assetkit.compose.budget import SAMPLE, char_budget
from assetkit.errors import FieldError
from assetkit.templates import load_catalogue

LONG = "Unternehmerfrühstück mit Vorträgen zur Ausbildung " * 4


@pytest.fixture(scope="module")
def catalogue():  # type: ignore[no-untyped-def]
    return load_catalogue()


@pytest.fixture(scope="module")
def brand():  # type: ignore[no-untyped-def]
    return load_brand()


def overflows(template, field_id: str, text: str, brand) -> bool:  # type: ignore[no-untyped-def]
    comp = compose(template, Content({field_id: text}), brand)
    return any(n.code == "text.overflow" and n.field == field_id for n in comp.notes)


@pytest.mark.parametrize("template_id", ["flyer-a4-veranstaltung", "post-4x5-veranstaltung",
                                         "story-veranstaltung"])
def test_short_headline_has_room_and_the_room_fits(catalogue, brand, template_id) -> None:  # type: ignore[no-untyped-def]
    t = catalogue.get(template_id)
    budget = char_budget(t, "headline", "Jobmesse", brand)
    assert budget > 20
    filled = "Jobmesse" + (SAMPLE * 40)[:budget]
    assert not overflows(t, "headline", filled, brand)
    # "etwa": well beyond the budget the composer overflows.
    assert overflows(t, "headline", "Jobmesse" + (SAMPLE * 40)[:budget * 2 + 20], brand)


@pytest.mark.parametrize("template_id", ["flyer-a4-veranstaltung", "post-4x5-veranstaltung",
                                         "link-veranstaltung"])
def test_overflowing_headline_says_how_much_to_cut(catalogue, brand, template_id) -> None:  # type: ignore[no-untyped-def]
    t = catalogue.get(template_id)
    assert overflows(t, "headline", LONG, brand)
    budget = char_budget(t, "headline", LONG, brand)
    assert budget < 0
    assert not overflows(t, "headline", LONG[:len(LONG) + budget], brand)
    assert overflows(t, "headline", LONG[:len(LONG) + budget + 1], brand)


def test_text_the_flow_makes_room_for_is_not_too_long(catalogue, brand) -> None:  # type: ignore[no-untyped-def]
    # The post's headline may take a line more (its flow pushes the rest up): text that needs
    # that line fits, so the budget must not ask to cut it.
    t = catalogue.get("post-4x5-veranstaltung")
    f = t.text_field("headline")
    fixed = replace(t, flows=())
    text = next(LONG[:n] for n in range(20, len(LONG))
                if overflows(fixed, "headline", LONG[:n], brand))
    assert f.grow_lines > 0
    assert not overflows(t, "headline", text, brand)
    assert char_budget(t, "headline", text, brand) >= 0


def test_empty_field_and_unknown_field(catalogue, brand) -> None:  # type: ignore[no-untyped-def]
    t = catalogue.get("flyer-a4-veranstaltung")
    assert char_budget(t, "headline", "", brand) > 0
    with pytest.raises(FieldError):
        char_budget(t, "gibt-es-nicht", "x", brand)

