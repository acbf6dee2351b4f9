"""The six-page DIN-lang roll-fold leaflet: panel widths as print shops impose a Wickelfalz
(the folded-in panel 3 mm narrower), the panel order on both sides, every slot off the folds,
and the ``[page] folds`` key."""

from __future__ import annotations

from pathlib import Path

import pytest

from assetkit.errors import ManifestError
from assetkit.templates import load_catalogue, load_template

LEAFLET = load_catalogue().get("dinlang-wickelfalz-veranstaltung")
SLOT_MARGIN_MM = 10.0


def _panels(folds: tuple[float, ...], width: float) -> list[float]:
    edges = [0.0, *folds, width]
    return [b - a for a, b in zip(edges, edges[1:], strict=False)]


def test_panel_widths_and_mirrored_folds() -> None:
    outside, inside = LEAFLET.pages()
    assert (outside.page.width, outside.page.height) == (297, 210)
    assert _panels(outside.page.folds, 297) == [97, 100, 100]     # flap | back | title
    assert _panels(inside.page.folds, 297) == [100, 100, 97]      # 2 | 3 | 4 (folded in)
    # Turned over, the inside's folds lie where the outside's are: the narrow panel is one
    # piece of paper, the flap outside and page 4 inside.
    assert sorted(297 - f for f in inside.page.folds) == list(outside.page.folds)


def test_panel_order_title_right_back_middle_flap_left() -> None:
    outside, inside = LEAFLET.pages()

    def panel(template: object, element_x: float) -> int:
        folds = template.page.folds  # type: ignore[attr-defined]
        return sum(element_x >= f for f in folds)

    fields = {f.id: f.box for f in outside.text_fields}
    assert panel(outside, outside.image_field("photo").box.x + 1) == 2      # type: ignore[union-attr]
    assert panel(outside, fields["headline"].x) == 2
    assert panel(outside, fields["contact"].x) == 1
    assert panel(outside, outside.qr_codes[0].box.x) == 1
    assert {panel(outside, logo.box.x) for logo in outside.logos} == {1, 2}
    assert panel(outside, fields["registration"].x) == 0
    inner = {f.id: f.box for f in inside.text_fields}
    assert [panel(inside, inner[i].x) for i in ("body", "programme", "body_2")] == [0, 1, 2]


@pytest.mark.parametrize("side", [0, 1])
def test_every_slot_keeps_ten_mm_from_the_folds(side: int) -> None:
    page = LEAFLET.pages()[side]
    boxes = [(f.id, f.box) for f in page.text_fields] + [("qr", q.box) for q in page.qr_codes]
    boxes += [(logo.element, logo.box) for logo in page.logos]
    for name, box in boxes:
        for fold in page.page.folds:
            assert box.right <= fold - SLOT_MARGIN_MM + 1e-6 or box.x >= fold + SLOT_MARGIN_MM \
                - 1e-6, (page.id, name, fold)


@pytest.mark.parametrize(("folds", "ok"), [("[97, 197]", True), ("[197, 97]", False),
                                           ("[97, 300]", False), ('["97"]', False),
                                           ("[0]", False)])
def test_the_folds_key(tmp_path: Path, folds: str, ok: bool) -> None:
    (tmp_path / "template.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" width="297mm" height="210mm" '
        'viewBox="0 0 297 210"><rect id="background" width="297" height="210" '
        'fill="#FFFFFF"/></svg>', "utf-8")
    (tmp_path / "template.toml").write_text(
        '[template]\nid = "probe"\nname = "Probe"\n\n[page]\nunit = "mm"\nwidth = 297\n'
        f'height = 210\nfolds = {folds}\n', "utf-8")
    if ok:
        assert load_template(tmp_path).page.folds == (97.0, 197.0)
    else:
        with pytest.raises(ManifestError, match="page.folds"):
            load_template(tmp_path)
