"""Issue #19, the app for a first-time user: right defaults, visible feedback, help.

Each test asserts what such a user notices: the profile the export dialog picks, what it says
the file will be, the marker on the photo, grey sample copy, the quick guide behind F1, names
not cut off, fields that stay where they were, and so on.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QDate, QPoint, Qt, QTimer
from PySide6.QtGui import QDesktopServices, QGuiApplication, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from test_app import SOCIAL, close, make_window, pick, type_into, wait_rendered

from assetkit.batch import DEFAULT_PATTERN
from assetkit.batch.run import Progress
from assetkit.gui.batch_dialog import BatchDialog
from assetkit.gui.export_dialog import ExportDialog
from assetkit.gui.fields import parse_date
from assetkit.gui.main_window import START_TEMPLATE, MainWindow
from assetkit.gui.preview import MARKER
from assetkit.office import OfficeProfile

pytestmark = pytest.mark.gui
FLYER = "flyer-a4-veranstaltung"
LIPPE = OfficeProfile(short_name="Jobcenter Lippe", name="Jobcenter Lippe",
                      street="Wittekindstraße 2", postal_code="32758", city="Detmold")


@pytest.fixture
def photo(tmp_path: Path) -> Path:
    path = tmp_path / "team.jpg"                      # 3:2, like most camera photos
    Image.new("RGB", (1800, 1200), (30, 120, 200)).save(path, quality=90)
    return path


def text_of(editor) -> str:
    return editor.toPlainText() if hasattr(editor, "toPlainText") else editor.text()


def export_dialog(w: MainWindow, folder: Path) -> ExportDialog:
    dialog = w.export_dialog()
    dialog.folder.setText(str(folder))
    return dialog


# -- export defaults ---------------------------------------------------------------------------
def test_a_print_template_exports_for_the_print_shop_and_says_what_the_file_will_be(
        qtbot, window: MainWindow, tmp_path: Path) -> None:
    w = window
    w.switch_template(w.catalogue.get(FLYER))
    dialog = export_dialog(w, tmp_path)
    try:
        assert dialog.fmt() == "pdf"
        assert dialog.preset.currentData() == "druckerei"
        assert dialog.preset.currentText().startswith("Druckerei")
        # The resolution follows the profile: not a greyed „150 dpi“ beside a 300 ppi profile.
        assert not dialog.dpi.isEnabled()
        assert "300 ppi" in dialog.dpi.currentText()
        summary = dialog.summary.text()
        for words in ("210 × 297 mm", "3 mm Beschnitt", "Schnittmarken", "CMYK", "300 ppi",
                      "Norm, die Druckereien erwarten"):
            assert words in summary
    finally:
        dialog.close()


def test_a_social_template_exports_at_the_platform_size(qtbot, window: MainWindow,
                                                        tmp_path: Path) -> None:
    w = window
    pick(qtbot, w, SOCIAL)
    dialog = export_dialog(w, tmp_path)
    try:
        assert dialog.fmt() == "png"
        assert "1080 × 1350" in dialog.dpi.currentText()
        assert not dialog.dpi.isEnabled()
        assert "1080 × 1350 Pixeln" in dialog.summary.text()
        assert "Instagram" in dialog.summary.text()
    finally:
        dialog.close()


def test_the_resolution_follows_the_profile_and_the_format(qtbot, window: MainWindow,
                                                           tmp_path: Path) -> None:
    w = window
    w.switch_template(w.catalogue.get(FLYER))
    dialog = export_dialog(w, tmp_path)
    try:
        dialog.preset.setCurrentIndex(dialog.preset.findData("web-barrierefrei"))
        assert "150 ppi" in dialog.dpi.currentText()
        assert "Farben RGB" in dialog.summary.text()
        dialog.format.setCurrentIndex(dialog.format.findData("png"))
        assert dialog.dpi.isEnabled()                 # a picture of a print page: user's choice
        dialog.dpi.setCurrentIndex(dialog.dpi.findData(300))
        dialog.dpi.activated.emit(dialog.dpi.currentIndex())
        assert "2480 × 3508 Pixeln" in dialog.summary.text()       # A4 at 300 ppi
        assert dialog.request().dpi == 300
    finally:
        dialog.close()


def test_the_profile_option_has_one_name_in_both_dialogs(qtbot, window: MainWindow) -> None:
    w = window
    w.switch_template(w.catalogue.get(FLYER))
    export = w.export_dialog()
    batch = w.batch_dialog()
    try:
        assert export.preset_caption.text() == batch.preset_caption.text() == "&Exportprofil:"
        export_items = [export.preset.itemText(i) for i in range(export.preset.count())]
        batch_items = [batch.preset.itemText(i) for i in range(batch.preset.count())]
        assert export_items == batch_items
    finally:
        export.close()
        batch.close()


# -- the photo's focal point ------------------------------------------------------------------
def _photo_on_screen(qtbot, w: MainWindow, photo: Path) -> None:
    pick(qtbot, w, SOCIAL)
    assert w.set_photo_from_path("photo", str(photo))
    wait_rendered(qtbot, w, lambda r: "photo" in r.crops)


def test_the_focal_point_and_the_crop_frame_show_while_editing(qtbot, window: MainWindow,
                                                               photo: Path) -> None:
    w = window
    _photo_on_screen(qtbot, w, photo)
    view = w.preview
    box = w.doc.template.image_field("photo").box
    inside = view.mapFromScene(box.x + box.width * 0.25, box.y + box.height * 0.5)
    assert view.editing_photo is None
    QTest.mouseMove(view.viewport(), inside)
    qtbot.waitUntil(lambda: view.editing_photo == "photo")
    point = view.mapFromScene(view.focal_point("photo"))
    shot = view.viewport().grab().toImage()
    seen = shot.pixelColor(point * shot.devicePixelRatio())
    assert (seen.red(), seen.green(), seen.blue()) == pytest.approx(
        (MARKER.red(), MARKER.green(), MARKER.blue()), abs=30)
    assert view.photo_frame("photo") is not None


def test_a_click_that_changes_nothing_adds_no_undo_step(qtbot, window: MainWindow,
                                                        photo: Path) -> None:
    w = window
    _photo_on_screen(qtbot, w, photo)                 # a 3:2 photo in a 3:2 box at zoom 1
    w.doc.history.break_merge()
    steps = len(w.doc.history._undo)
    view = w.preview
    box = w.doc.template.image_field("photo").box
    where = view.mapFromScene(box.x + box.width * 0.2, box.y + box.height * 0.3)
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert len(w.doc.history._undo) == steps
    assert w.act_undo.text() == "&Rückgängig: Foto"   # still the photo, no „Bildausschnitt“
    assert "Ausschnitt bleibt gleich" in w.statusBar().currentMessage()


# -- sample copy and the office profile ------------------------------------------------------
def test_sample_copy_is_a_grey_italic_placeholder_until_the_user_types(qtbot,
                                                                      window: MainWindow) -> None:
    w = window
    w.switch_template(w.catalogue.get(FLYER))
    editor = w.panel.editors["place"]
    assert text_of(editor) == ""
    assert editor.placeholderText() == "Jobcenter Musterstadt, Am Marktplatz 1"
    assert editor.font().italic()
    type_into(qtbot, w, "place", "Rathaus")
    assert text_of(editor) == "Rathaus"
    assert not editor.font().italic()


def test_office_bound_fields_fill_from_the_profile_at_once(qtbot, window: MainWindow) -> None:
    w = window
    w.switch_template(w.catalogue.get(FLYER))
    w.doc.set_office(LIPPE)
    assert text_of(w.panel.editors["office"]) == "Jobcenter Lippe"
    place = w.panel.editors["place"]
    assert text_of(place) == "Jobcenter Lippe, Wittekindstraße 2, 32758 Detmold"
    assert not place.font().italic()
    wait_rendered(qtbot, w, lambda r: "Wittekindstraße" in r.composition.texts.get("place", ""))
    assert "Musterstadt" not in w.last_result.composition.texts["place"]


# -- help -----------------------------------------------------------------------------------
@pytest.mark.parametrize(("language", "title", "term"), [("de", "Kurzanleitung", "Dachzeile"),
                                                        ("en", "Quick guide", "Kicker")])
def test_the_quick_guide_opens_with_f1_offline(qtbot, language: str, title: str, term: str) -> None:
    w = make_window(qtbot, language)
    try:
        assert [a.shortcut().toString() for a in (w.act_guide,)] == ["F1"]
        w.preview.setFocus()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is w.preview)
        # A key press through Qt's shortcut handling (QTest.keyClick misses function keys).
        QTest.keySequence(w, QKeySequence("F1"))
        qtbot.waitUntil(lambda: w.help_viewer is not None and w.help_viewer.isVisible())
        text = w.help_viewer.text()
        assert title in text
        assert term in text
        assert "Einpassen" in text or "Fit" in text
        assert not w.help_viewer.browser.openExternalLinks()
        w.help_viewer.close()
    finally:
        close(w)
        if language != "de":
            close(make_window(qtbot, "de"))


def test_tooltips_explain_instead_of_repeating_the_label(window: MainWindow) -> None:
    for action in window.toolbar.actions():
        if action.isSeparator():
            continue
        label = action.text().replace("&", "").rstrip("…").split(":")[0].strip()
        tip = re.sub(r"\s*\([^)]*\)$", "", action.toolTip())
        assert tip.rstrip("…") != label, label
        assert len(tip.split()) >= 4, (label, tip)
    assert "ganze Seite" in window.act_fit.toolTip()


def test_jargon_is_explained_beside_the_field(window: MainWindow) -> None:
    w = window
    w.switch_template(w.catalogue.get(FLYER))
    meaning = w.panel.findChild(type(w.status_notes), "meaning-kicker")
    assert meaning.isVisible()
    assert "über der Überschrift" in meaning.text()
    # as wide as the field below it, not squeezed into the caption column
    assert meaning.width() >= w.panel.editors["kicker"].width() - 2
    assert "über der Überschrift" in w.panel.editors["kicker"].toolTip()


def test_the_first_start_hint_leads_to_the_first_export(qtbot, window: MainWindow,
                                                        tmp_path: Path) -> None:
    w = window
    assert w.hint.isVisible()
    assert "Exportieren" in w.hint.text.text()
    pick(qtbot, w, SOCIAL)
    assert "✔" in w.hint.text.text()                   # the first step is ticked
    w.hint.export.click()
    dialog = w.export
    try:
        dialog.folder.setText(str(tmp_path))
        dialog.start()
        qtbot.waitUntil(lambda: bool(dialog.written), timeout=30_000)
    finally:
        dialog.close()
    assert not w.hint.isVisible()
    again = make_window(qtbot)
    try:
        assert not again.hint.isVisible()             # once is enough
        again.act_first_steps.trigger()
        assert again.hint.isVisible()
    finally:
        close(again)


# -- small things -----------------------------------------------------------------------------
def test_the_app_opens_on_the_flyer_and_then_where_the_user_left(qtbot) -> None:
    first = make_window(qtbot)
    try:
        assert first.doc.template.id == START_TEMPLATE != "faktenblatt-a4-kennzahlen"
        pick(qtbot, first, SOCIAL)
    finally:
        close(first)
    second = make_window(qtbot)
    try:
        assert second.doc.template.id == SOCIAL
    finally:
        close(second)


def test_picking_a_template_does_not_mark_the_document_changed(qtbot, window: MainWindow) -> None:
    w = window
    pick(qtbot, w, SOCIAL)
    assert not w.doc.modified
    assert not w.isWindowModified()
    type_into(qtbot, w, "headline", "Jobmesse")
    pick(qtbot, w, "story-veranstaltung")               # now it is an edit of real work
    assert w.doc.modified
    assert w.act_undo.text() == "&Rückgängig: Vorlage wechseln"


def test_gallery_names_are_not_cut_off(qtbot, window: MainWindow) -> None:
    gallery = window.gallery
    metrics = gallery.tree.fontMetrics()
    room = gallery.tree.viewport().width() - gallery.tree.iconSize().width() - 8
    for tid, item in gallery.items.items():
        t = window.catalogue.get(tid)
        lines = item.text(0).split("\n")
        assert " ".join(lines[:-1]) == t.name.de
        for line in lines:
            assert metrics.horizontalAdvance(line) <= room, (tid, line)


def test_fields_stay_put_when_a_photo_is_added(qtbot, window: MainWindow, photo: Path) -> None:
    w = window
    pick(qtbot, w, SOCIAL)
    wait_rendered(qtbot, w)
    QApplication.processEvents()
    editor = w.panel.editors["headline"]
    before = editor.mapTo(w.panel.widget(), QPoint(0, 0)).y()
    assert w.set_photo_from_path("photo", str(photo))
    wait_rendered(qtbot, w, lambda r: "photo" in r.photo_quality)
    QApplication.processEvents()
    assert w.panel.photo_widgets["photo"].quality.text()
    assert editor.mapTo(w.panel.widget(), QPoint(0, 0)).y() == before


def test_a_reopened_project_names_the_photo_as_chosen(qtbot, window: MainWindow, photo: Path,
                                                      tmp_path: Path) -> None:
    w = window
    pick(qtbot, w, SOCIAL)
    w.set_photo_from_path("photo", str(photo))
    target = tmp_path / "projekt.akp"
    assert w.save_to(target)
    other = make_window(qtbot)
    try:
        assert other.open_path(target)
        assert other.panel.photo_widgets["photo"].name.text() == "team.jpg"
        again = tmp_path / "wieder.akp"
        assert other.save_to(again)                   # saved again: still its own name
        assert other.open_path(again)
        assert other.panel.photo_widgets["photo"].name.text() == "team.jpg"
    finally:
        close(other)


def test_the_calendar_opens_on_the_fields_date(qtbot, window: MainWindow) -> None:
    w = window
    w.switch_template(w.catalogue.get(FLYER))
    type_into(qtbot, w, "date", "Donnerstag, 12. März 2026")
    calendar = w.panel.calendars["date"]
    menu = calendar.parentWidget()
    while menu is not None and not hasattr(menu, "aboutToShow"):
        menu = menu.parentWidget()
    menu.aboutToShow.emit()
    assert calendar.selectedDate() == QDate(2026, 3, 12)
    assert (calendar.yearShown(), calendar.monthShown()) == (2026, 3)
    # The sample „Mittwoch, 28. August“: an August 28th that is a Wednesday.
    assert parse_date("Mittwoch, 28. August", today=date(2026, 5, 1)) == date(2030, 8, 28)
    assert parse_date("28.08.2027") == date(2027, 8, 28)


def test_the_photo_error_names_the_formats_the_file_dialog_offers(
        window: MainWindow, tmp_path: Path, messages: list[tuple[str, str]]) -> None:
    bad = tmp_path / "notiz.txt"
    bad.write_text("kein Bild")
    assert not window.set_photo_from_path("photo", str(bad))
    named = re.search(r"unterstützt: ([^)]*)\)", messages[0][1]).group(1).split(", ")
    offered = window.photo_filter()
    for name in named:
        assert name in offered
    assert "*.bmp" in offered
    assert "*.gif" in offered


def test_the_save_question_has_keyboard_accelerators(qtbot, window: MainWindow) -> None:
    w = window
    type_into(qtbot, w, "headline", "Jobmesse")
    seen: list[list[str]] = []

    def answer() -> None:
        box = w.save_box
        seen.append([b.text() for b in box.buttons()])
        box.escapeButton().click()

    QTimer.singleShot(0, answer)
    assert not w.maybe_save()                         # Esc: cancelled, nothing lost
    texts = seen[0]
    assert sorted(texts) == sorted(["&Speichern", "&Nicht speichern", "&Abbrechen"])
    letters = [t[t.index("&") + 1].lower() for t in texts]
    assert len(set(letters)) == 3


def test_open_folder_without_a_file_manager_names_the_path(
        qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        messages: list[tuple[str, str]]) -> None:
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda _url: False))
    w = window
    pick(qtbot, w, SOCIAL)
    dialog = export_dialog(w, tmp_path)
    try:
        dialog.start()
        qtbot.waitUntil(lambda: bool(dialog.written), timeout=30_000)
        dialog.open_folder.click()
    finally:
        dialog.close()
    assert messages, "a silent failure"
    assert str(tmp_path) in messages[0][1]
    assert QGuiApplication.clipboard().text() == str(tmp_path)


def test_the_language_switch_applies_at_once(qtbot, window: MainWindow,
                                             messages: list[tuple[str, str]]) -> None:
    w = window
    pick(qtbot, w, SOCIAL)
    try:
        w.language_actions["en"].trigger()
        menus = [a.text() for a in w.menuBar().actions()]
        assert "&File" in menus
        assert "&Help" in menus
        assert w.act_export.text() == "&Export…"
        assert w.gallery.category_name("office") == "Office & Forms"
        assert w.panel.photo_widgets["photo"].choose.text() == "Choose photo…"
        assert w.fields_dock.windowTitle() == "Content"
        assert not messages                           # no „at the next start“ box
    finally:
        w.language_actions["de"].trigger()
    assert w.act_export.text() == "&Exportieren…"
    # Counting words in German again after the switch back.
    batch = w.batch_dialog()
    try:
        batch._cancel = None
        batch._progress(Progress(done=1, total=1, ok=1, warnings=0, errors=0, skipped=0,
                                 elapsed=1.0, rate=0.0, eta=None))
        assert batch.status.text() == "1 von 1 Datei"
    finally:
        batch.close()


def test_the_batch_name_pattern_speaks_german_in_the_german_interface(qtbot,
                                                                       window: MainWindow) -> None:
    w = window
    dialog: BatchDialog = w.batch_dialog()
    try:
        assert dialog.pattern.text() == "{dienststelle}_{vorlage}_{zeile}"
        assert "{zeile}" in dialog.pattern.toolTip()
        assert dialog.options().name_pattern == DEFAULT_PATTERN
        dialog.pattern.setText("{Vorlage}-{zeile}")
        assert dialog.options().name_pattern == "{template}-{row}"
    finally:
        dialog.close()


def test_core_messages_in_the_english_interface_say_they_are_german(
        qtbot, tmp_path: Path, messages: list[tuple[str, str]]) -> None:
    w = make_window(qtbot, "en")
    try:
        bad = tmp_path / "notiz.txt"
        bad.write_text("kein Bild")
        assert not w.set_photo_from_path("photo", str(bad))
        title, text = messages[0]
        assert title == "Photo cannot be read"
        assert text.startswith("assetkit gives the details of this problem in German only:")
        assert "notiz.txt" in text
    finally:
        close(w)
        close(make_window(qtbot, "de"))
