"""Preview guides for print pieces (#21): a folded leaflet's fold lines and its safe zone per
panel, and the strip a roll-up's foot hides, drawn over the page on screen only."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import numpy as np
import pytest
from PIL import Image
from PySide6.QtCore import QLineF, QPointF, QRectF
from PySide6.QtGui import QColor, QImage
from test_app import close, make_window

from assetkit.gui.main_window import MainWindow
from assetkit.gui.preview import FOLD, PreviewView
from assetkit.preflight.folds import FOLD_MARGIN_MM

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


def magenta(r, g, b):                    # ints, or numpy arrays of a whole image
    """The safe zone's magenta, also as its thin dashed line blends into paper or petrol (not
    the violet of a fold: more blue than red)."""
    return (r - g > 60) & (b - g > 40) & (r >= b)


def fold_pixels(view: PreviewView, image: QImage, x: float, y0: float, y1: float) -> int:
    """How many pixels in a narrow column along page x (from y0 to y1) have the fold colour."""
    return column_pixels(view, image, x, y0, y1, lambda c: near(c, FOLD))


def safe_pixels(view: PreviewView, image: QImage, x: float, y0: float, y1: float) -> int:
    """The same for the safe zone's frames."""
    return column_pixels(view, image, x, y0, y1, lambda c: magenta(c.red(), c.green(), c.blue()))


def column_pixels(view: PreviewView, image: QImage, x: float, y0: float, y1: float,
                  match: Callable[[QColor], bool]) -> int:
    count = 0
    top, bottom = view.mapFromScene(QPointF(x, y0)), view.mapFromScene(QPointF(x, y1))
    for y in range(top.y(), bottom.y(), 2):
        for dx in (-1, 0, 1):
            if match(QColor(image.pixel(top.x() + dx, y))):
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


# -- the safe zone per panel -------------------------------------------------------------------
M = FOLD_MARGIN_MM            # what the judge keeps text from a fold (print.fold)


def spans(frames: list[QRectF]) -> list[tuple[float, float]]:
    return [(f.left(), f.right()) for f in frames]


def test_the_leaflet_frames_the_safe_zone_of_each_panel(qtbot, window: MainWindow) -> None:
    w = window
    view = shown(qtbot, w, LEAFLET)
    # Outside: flap 97 | back 100 | title 100. The trim keeps the template's 6 mm, a fold the
    # judge's margin on either side; top and bottom are the page's safe margin.
    outside = view.safe_frames()
    assert spans(outside) == [(6, 97 - M), (97 + M, 197 - M), (197 + M, 291)]
    assert {(f.top(), f.bottom()) for f in outside} == {(6, 204)}
    image = screen(view)
    for x in (6, 97 - M, 97 + M, 197 - M, 197 + M, 291):
        assert safe_pixels(view, image, x, 20, 190) > 20, x
    for x in (50, 97, 150, 197):       # inside a panel, and the folds themselves: no frame
        assert safe_pixels(view, image, x, 20, 190) == 0, x
    assert fold_pixels(view, image, 97, 20, 190) > 20           # the fold line stays visible

    # Inside: page 2 100 | page 3 100 | page 4 97 — the outside's panels mirrored.
    view = shown(qtbot, w, LEAFLET, side=1)
    inside = view.safe_frames()
    assert spans(inside) == [(6, 100 - M), (100 + M, 200 - M), (200 + M, 291)]
    assert [f.width() for f in inside] == [f.width() for f in reversed(outside)]
    image = screen(view)
    for x in (100 - M, 100 + M, 200 - M, 200 + M):
        assert safe_pixels(view, image, x, 20, 190) > 20, x
    assert safe_pixels(view, image, 97 - M, 20, 190) == 0  # not the outside's frames


def test_an_unfolded_page_keeps_its_one_safe_frame(qtbot, window: MainWindow) -> None:
    view = shown(qtbot, window, "flyer-a4-veranstaltung")
    assert view.safe_frames() == [QRectF(10, 10, 190, 277)]


def test_the_panel_frames_follow_the_switch_and_are_never_exported(qtbot, window: MainWindow,
                                                                  tmp_path: Path) -> None:
    w = window
    view = shown(qtbot, w, LEAFLET)
    edges = (97 - M, 97 + M, 197 - M, 197 + M)
    # The rendered page (what exports are made of) has no frame at the folds.
    page = w.last_result.image
    scale = page.width() / w.last_result.composition.view.width
    for edge in edges:
        x = round((edge - w.last_result.composition.view.x) * scale)
        assert not any(magenta(*QColor(page.pixel(x + dx, y)).getRgb()[:3])
                       for y in range(0, page.height(), 3) for dx in (-1, 0, 1)), edge
    w.act_safe.trigger()                                         # Ansicht → Sicherheitsabstand
    assert view.safe_frames() == []
    image = screen(view)
    assert all(safe_pixels(view, image, x, 20, 190) == 0 for x in edges)
    w.act_safe.trigger()
    assert len(view.safe_frames()) == 3

    # A PNG of both sides, written by the export dialog while the frames are on screen:
    # not one pixel of the safe zone's magenta.
    dialog = w.export_dialog()
    try:
        dialog.folder.setText(str(tmp_path))
        dialog.format.setCurrentIndex(dialog.format.findData("png"))
        qtbot.waitUntil(lambda: dialog.checked, timeout=30_000)
        dialog.force() if dialog.errors() else dialog.start()
        qtbot.waitUntil(lambda: bool(dialog.written), timeout=60_000)
        rgb = np.asarray(Image.open(dialog.written[0]).convert("RGB")).astype(int)
    finally:
        dialog.close()
    r, g, b = rgb[..., 0], rgb[..., 1], rgb[..., 2]
    assert rgb.shape[1] > 2 * rgb.shape[0]                       # the two sides side by side
    assert not magenta(r, g, b).any()
