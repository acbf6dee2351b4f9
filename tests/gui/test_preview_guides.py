"""Preview guides for print pieces (#21): a folded leaflet's fold lines and the strip a
roll-up's foot hides, drawn over the page on screen only."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLineF, QPointF, QRectF
from PySide6.QtGui import QColor, QImage
from test_app import close, make_window

from assetkit.gui.main_window import MainWindow
from assetkit.gui.preview import FOLD, PreviewView

pytestmark = pytest.mark.gui
LEAFLET = "dinlang-wickelfalz-veranstaltung"
ROLLUP = "rollup-veranstaltung"


@pytest.fixture
def window(qtbot) -> Iterator[MainWindow]:
    w = make_window(qtbot)
    w.resize(1400, 900)
    yield w
    close(w)


def shown(qtbot, w: MainWindow, template_id: str, side: int = 0) -> PreviewView:
    w.switch_template(w.catalogue.get(template_id))
    if side:
        w.set_side(side)
    qtbot.waitUntil(lambda: w.last_result is not None and not w.renderer.busy
                    and w.last_result.job.template.id == template_id
                    and w.last_result.job.side == side, timeout=30_000)
    return w.preview


def screen(view: PreviewView) -> QImage:
    view.viewport().repaint()
    return view.viewport().grab().toImage()


def near(color: QColor, target: QColor, tolerance: int = 60) -> bool:
    return all(abs(a - b) <= tolerance for a, b in
               ((color.red(), target.red()), (color.green(), target.green()),
                (color.blue(), target.blue())))


def fold_pixels(view: PreviewView, image: QImage, x: float, y0: float, y1: float) -> int:
    """How many pixels in a narrow column along page x (from y0 to y1) have the fold colour."""
    count = 0
    top, bottom = view.mapFromScene(QPointF(x, y0)), view.mapFromScene(QPointF(x, y1))
    for y in range(top.y(), bottom.y(), 2):
        for dx in (-1, 0, 1):
            if near(QColor(image.pixel(top.x() + dx, y)), FOLD):
                count += 1
                break
    return count


def test_the_leaflet_shows_each_sides_folds_across_the_sheet(qtbot, window: MainWindow) -> None:
    w = window
    view = shown(qtbot, w, LEAFLET)
    assert view.fold_lines() == [QLineF(97, -3, 97, 213), QLineF(197, -3, 197, 213)]
    assert view.hidden_band() is None
    image = screen(view)
    for fold in (97, 197):
        assert fold_pixels(view, image, fold, 20, 190) > 20, fold
    assert fold_pixels(view, image, 150, 20, 190) == 0          # the middle of the back panel
    # The inside: the narrow panel is on the right, so the folds are at 100 and 200 mm.
    view = shown(qtbot, w, LEAFLET, side=1)
    assert [line.x1() for line in view.fold_lines()] == [100, 200]
    assert fold_pixels(view, screen(view), 100, 20, 190) > 20


def test_the_guides_are_screen_only_and_follow_the_safe_zone_switch(qtbot,
                                                                  window: MainWindow) -> None:
    w = window
    view = shown(qtbot, w, LEAFLET)
    # The rendered page (what exports are made of) has no fold line.
    page = w.last_result.image
    scale = page.width() / w.last_result.composition.view.width
    x = round((97 - w.last_result.composition.view.x) * scale)
    assert not any(near(QColor(page.pixel(x + dx, y)), FOLD)
                   for y in range(0, page.height(), 3) for dx in (-1, 0, 1))
    w.act_safe.trigger()                                         # Ansicht → Sicherheitsabstand
    assert not view.show_safe
    assert view.fold_lines() == []
    assert fold_pixels(view, screen(view), 97, 20, 190) == 0
    w.act_safe.trigger()
    assert len(view.fold_lines()) == 2


def test_the_rollup_shows_the_strip_its_foot_hides(qtbot, window: MainWindow) -> None:
    w = window
    view = shown(qtbot, w, ROLLUP)
    # The bottom 100 mm of the trim and the 5 mm bleed below it.
    assert view.hidden_band() == QRectF(-5, 1900, 860, 105)
    assert view.fold_lines() == []
    image = screen(view)
    above = view.mapFromScene(QPointF(12, 1870))                # white paper, visible
    assert QColor(image.pixel(above)).lightness() > 245
    # White paper under the hatch, left of the label: tinted everywhere, and hatched.
    top, bottom = view.mapFromScene(QPointF(10, 1915)), view.mapFromScene(QPointF(16, 1985))
    band = [QColor(image.pixel(x, y)).lightness()
            for x in range(top.x(), bottom.x() + 1) for y in range(top.y(), bottom.y())]
    assert max(band) < 245
    assert min(band) < max(band) - 15
    # Without the bleed, the strip stops at the trim.
    w.act_bleed.trigger()
    assert view.hidden_band() == QRectF(0, 1900, 850, 100)
