"""Printed pieces with several sides in the app (#21): every side's fields in the panel, grouped
by side; a side switcher above the preview that follows the field being edited; findings that
name their side; an export dialog that says how many pages the PDF has."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pikepdf
import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel

from assetkit.gui import i18n
from assetkit.gui.app import create_app, create_window
from assetkit.gui.main_window import MainWindow
from assetkit.gui.sides import side_names

pytestmark = pytest.mark.gui
CARD = "visitenkarte"
FLYER_A5 = "flyer-a5-veranstaltung"
LEAFLET = "dinlang-wickelfalz-veranstaltung"
LONG_NAME = "Erika Beispiel-Mustermann von und zu Irgendwo-Langenamen"   # too long for the card


@pytest.fixture
def window(qtbot) -> Iterator[MainWindow]:
    create_app()
    w = create_window("de", ask_recovery=False)
    w.resize(1400, 900)
    w.show()
    yield w
    w.doc.history.mark_clean()
    w.close()
    w.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def wait_side(qtbot, w: MainWindow, side: int, check=lambda r: True) -> None:
    """Until the preview on screen is side ``side`` of the current template (and ``check``)."""
    qtbot.waitUntil(lambda: w.last_result is not None and not w.renderer.busy
                    and w.last_result.job.template.id == w.doc.template.id
                    and w.last_result.job.side == side and check(w.last_result), timeout=30_000)


def wait_checked(qtbot, w: MainWindow, check=lambda findings: True) -> None:
    qtbot.waitUntil(lambda: w.last_result is not None and not w.renderer.busy
                    and not w.checker.busy
                    and w.checker.shown_generation == w.last_result.generation
                    and check(w.findings.findings), timeout=30_000)


def focus(qtbot, w: MainWindow, editor) -> None:
    """Put the keyboard into ``editor`` of the active window, as a click into it does."""
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    w.panel.ensureWidgetVisible(editor)
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)


def below(panel_widget, upper: QLabel, lower) -> bool:
    """Whether ``lower`` sits further down the field panel than ``upper``."""
    top = upper.mapTo(panel_widget, QPoint(0, 0)).y()
    return lower.mapTo(panel_widget, QPoint(0, 0)).y() > top


def pixels(w: MainWindow) -> bytes:
    image: QImage = w.last_result.image
    return bytes(image.constBits())


# -- the field panel ---------------------------------------------------------------------------
def test_the_field_panel_shows_every_sides_fields_under_the_sides_name(qtbot,
                                                                        window: MainWindow) -> None:
    w = window
    w.switch_template(w.catalogue.get(CARD))
    root = w.panel.widget()
    headers = [h.text() for h in w.panel.side_headers]
    assert headers == ["<b>Vorderseite</b>", "<b>Rückseite</b>"]
    front, back = w.panel.side_headers
    # The office on the front, the person and the contact on the back: all editable.
    for fid in ("office", "name", "role", "phone", "email", "link"):
        assert fid in w.panel.editors, fid
    assert below(root, front, w.panel.editors["office"])
    assert not below(root, back, w.panel.editors["office"])
    for fid in ("name", "role", "phone", "email"):
        assert below(root, back, w.panel.editors[fid]), fid

    # The leaflet: outside and inside.
    w.switch_template(w.catalogue.get(LEAFLET))
    assert [h.text() for h in w.panel.side_headers] == ["<b>Außenseite</b>", "<b>Innenseite</b>"]


def test_a_field_on_both_sides_is_edited_once_and_named_on_the_other(qtbot,
                                                                     window: MainWindow) -> None:
    w = window
    w.switch_template(w.catalogue.get(FLYER_A5))
    front, back = w.panel.side_headers
    root = w.panel.widget()
    # Kicker and headline are repeated in the back's band: one editor, on the front.
    assert below(root, front, w.panel.editors["headline"])
    assert not below(root, back, w.panel.editors["headline"])
    shared = root.findChild(QLabel, "side-shared-1")
    assert shared is not None
    assert shared.isVisible()
    assert "„Überschrift“" in shared.text()
    assert "„Vorderseite“" in shared.text()
    # The back's own fields are below its header.
    for fid in ("programme", "registration", "directions"):
        assert below(root, back, w.panel.editors[fid]), fid


def test_a_piece_with_one_side_has_no_side_headers_or_tabs(qtbot, window: MainWindow) -> None:
    w = window
    w.switch_template(w.catalogue.get("flyer-a4-veranstaltung"))
    assert w.panel.side_headers == []
    assert not w.side_tabs.isVisible()
    assert not w.act_next_side.isEnabled()


# -- the side switcher -------------------------------------------------------------------------
def test_the_tabs_switch_the_preview_to_the_back_and_back(qtbot, window: MainWindow) -> None:
    w = window
    w.switch_template(w.catalogue.get(CARD))
    assert w.side_tabs.isVisible()
    assert [w.side_tabs.tabText(i) for i in range(w.side_tabs.count())] == ["Vorderseite",
                                                                              "Rückseite"]
    wait_side(qtbot, w, 0)
    front = pixels(w)
    assert w.last_result.composition.template.id == CARD

    # A click on the tab „Rückseite“.
    rect = w.side_tabs.tabRect(1)
    qtbot.mouseClick(w.side_tabs, Qt.MouseButton.LeftButton, pos=rect.center())
    wait_side(qtbot, w, 1)
    assert w.last_result.composition.template.id == "visitenkarte-rueckseite"
    assert "name" in w.last_result.composition.texts
    assert pixels(w) != front
    assert w.side_tabs.currentIndex() == 1
    assert not w.act_next_side.isEnabled()
    assert w.act_prev_side.isEnabled()

    # Ctrl+PgUp: the front again.
    w.act_prev_side.trigger()
    wait_side(qtbot, w, 0)
    assert w.side_tabs.currentIndex() == 0
    assert w.last_result.composition.template.id == CARD


def test_the_preview_follows_the_field_being_edited(qtbot, window: MainWindow) -> None:
    w = window
    w.switch_template(w.catalogue.get(CARD))
    wait_side(qtbot, w, 0)
    editor = w.panel.editors["name"]                   # on the back only
    w.panel.ensureWidgetVisible(editor)
    focus(qtbot, w, editor)
    qtbot.waitUntil(lambda: w.side == 1)
    assert w.side_tabs.currentIndex() == 1
    qtbot.keyClicks(editor, "Erika Beispiel")
    wait_side(qtbot, w, 1, lambda r: r.composition.texts.get("name") == "Erika Beispiel")

    # Back to a field of the front: the preview turns the card over again.
    focus(qtbot, w, w.panel.editors["office"])
    qtbot.waitUntil(lambda: w.side == 0)
    wait_side(qtbot, w, 0)
    assert w.doc.state.texts["name"] == "Erika Beispiel"


def test_a_shared_field_keeps_the_side_on_screen(qtbot, window: MainWindow) -> None:
    """The headline is on both sides of the A5 flyer: editing it does not turn the page."""
    w = window
    w.switch_template(w.catalogue.get(FLYER_A5))
    w.set_side(1)
    wait_side(qtbot, w, 1)
    focus(qtbot, w, w.panel.editors["headline"])
    assert w.side == 1


# -- findings ----------------------------------------------------------------------------------
def test_findings_name_their_side_and_picking_one_shows_that_side(qtbot,
                                                                  window: MainWindow) -> None:
    w = window
    w.switch_template(w.catalogue.get(CARD))
    wait_side(qtbot, w, 0)
    editor = w.panel.editors["name"]                   # one line on the back
    focus(qtbot, w, editor)
    qtbot.keyClicks(editor, LONG_NAME)
    w.set_side(0)                                      # look at the front meanwhile
    wait_checked(qtbot, w, lambda fs: any(f.page == 2 for f in fs))
    texts = [w.findings.list.item(i).text() for i in range(w.findings.list.count())]
    back = [t for t in texts if t.startswith("Rückseite: ")]
    assert back, texts
    assert all(t.startswith(("Vorderseite: ", "Rückseite: ")) for t in texts)
    # The front's preview marks none of the back's regions.
    assert all(f.page == 1 for f in w.preview.findings)

    row = next(i for i, t in enumerate(texts) if t.startswith("Rückseite: "))
    finding = w.findings.list.item(row).data(Qt.ItemDataRole.UserRole)
    w.findings.pick(row)
    assert w.side == 1
    assert w.side_tabs.currentIndex() == 1
    assert w.preview.highlight is not None
    assert tuple(w.preview.highlight.getRect()) == pytest.approx(finding.box)
    wait_side(qtbot, w, 1)


# -- export ------------------------------------------------------------------------------------
def test_the_export_dialog_says_the_pdf_has_two_pages_and_writes_them(qtbot, window: MainWindow,
                                                                      tmp_path: Path) -> None:
    w = window
    w.switch_template(w.catalogue.get(CARD))
    dialog = w.export_dialog()
    try:
        dialog.folder.setText(str(tmp_path))
        assert dialog.fmt() == "pdf"
        summary = dialog.summary.text()
        assert "PDF mit 2 Seiten (Vorderseite, Rückseite), jede im Endformat 85 × 55 mm" in summary
        assert "Beschnitt" in summary

        dialog.format.setCurrentIndex(dialog.format.findData("png"))
        summary = dialog.summary.text()
        assert "die 2 Seiten nebeneinander (Vorderseite, Rückseite)" in summary
        assert "bitte PDF wählen" in summary

        dialog.format.setCurrentIndex(dialog.format.findData("pdf"))
        qtbot.waitUntil(lambda: dialog.checked, timeout=30_000)
        dialog.force() if dialog.errors() else dialog.start()
        qtbot.waitUntil(lambda: bool(dialog.written), timeout=60_000)
        with pikepdf.open(dialog.written[0]) as pdf:
            assert len(pdf.pages) == 2
    finally:
        dialog.close()


def test_the_export_check_names_the_side_of_a_finding(qtbot, window: MainWindow,
                                                      tmp_path: Path) -> None:
    w = window
    w.switch_template(w.catalogue.get(CARD))
    from assetkit.project import SetText

    w.execute(SetText("name", LONG_NAME))
    dialog = w.export_dialog()
    try:
        qtbot.waitUntil(lambda: dialog.checked, timeout=30_000)
        listed = [dialog.check.list.item(i).text() for i in range(dialog.check.list.count())]
        assert any(t.startswith("Rückseite: ") for t in listed), listed
    finally:
        dialog.close()


def test_the_sides_are_named_in_english(qtbot) -> None:
    app = create_app()
    i18n.install(app, "en")
    try:
        from assetkit.templates import load_catalogue

        catalogue = load_catalogue()
        assert side_names(catalogue.get(CARD)) == ["Front", "Back"]
        assert side_names(catalogue.get(LEAFLET)) == ["Outside", "Inside"]
    finally:
        i18n.install(app, "de")
