"""Issue #20 in the app: an „Alternativtext“ for every image field, prefilled with a suggestion,
kept in the project, passed to preview and export; the accessible PDF profile in the export
dialog; the alt text in the summary of a social export."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit
from test_app import SOCIAL, close, make_window, pick, type_into, wait_rendered

from assetkit.gui.main_window import MainWindow

pytestmark = pytest.mark.gui
ALT = "Zwei Beraterinnen im Gespräch mit einem jungen Mann am Empfang"


def alt_editor(w: MainWindow, fid: str = "photo") -> QPlainTextEdit:
    return w.panel.photo_widgets[fid].alt


def type_alt(qtbot, w: MainWindow, text: str, fid: str = "photo") -> None:
    editor = alt_editor(w, fid)
    editor.setFocus()
    editor.selectAll()
    editor.insertPlainText(text)
    editor.clearFocus()


def test_every_image_field_has_an_alt_text_prefilled_with_a_suggestion(qtbot,
                                                                       window: MainWindow) -> None:
    w = window
    for template in w.catalogue.templates:
        if template.image_fields:
            w.switch_template(template)
            assert set(w.panel.photo_widgets) == {f.id for f in template.image_fields}
            for box in w.panel.photo_widgets.values():
                assert isinstance(box.alt, QPlainTextEdit)          # multi-line
                assert "Screenreader" in box.alt.toolTip()
                assert box.alt.toPlainText()                       # never empty: a suggestion
    pick(qtbot, w, SOCIAL)
    editor = alt_editor(w)
    assert editor.toPlainText() == "Foto zum Thema: Tag der offenen Tür"
    assert editor.font().italic()                                  # shown as a suggestion
    assert w.panel.photo_widgets["photo"].alt_note.text().startswith("Vorschlag")
    # The suggestion follows the headline until the user writes the alt text.
    type_into(qtbot, w, "headline", "Jobmesse")
    assert editor.toPlainText() == "Foto zum Thema: Jobmesse"


def test_the_users_alt_text_is_kept_undoable_and_reaches_the_preview(qtbot,
                                                                     window: MainWindow) -> None:
    w = window
    pick(qtbot, w, SOCIAL)
    type_alt(qtbot, w, ALT)
    assert w.doc.state.alt_texts["photo"] == ALT
    editor = alt_editor(w)
    assert not editor.font().italic()
    assert w.panel.photo_widgets["photo"].alt_note.text() == ""
    assert w.act_undo.text() == "&Rückgängig: Alternativtext"
    type_into(qtbot, w, "headline", "Jobmesse")
    assert editor.toPlainText() == ALT                              # the user's text stays
    wait_rendered(qtbot, w, lambda r: r.job.content.alt_texts.get("photo") == ALT)
    w.act_undo.trigger()
    w.act_undo.trigger()
    assert "photo" not in w.doc.state.alt_texts
    assert editor.toPlainText().startswith("Foto zum Thema")


def test_a_saved_project_keeps_the_alt_text(qtbot, window: MainWindow, tmp_path: Path) -> None:
    w = window
    pick(qtbot, w, SOCIAL)
    type_alt(qtbot, w, ALT)
    target = tmp_path / "projekt.akp"
    assert w.save_to(target)
    other = make_window(qtbot)
    try:
        assert other.open_path(target)
        assert alt_editor(other).toPlainText() == ALT
        assert not alt_editor(other).font().italic()
    finally:
        close(other)


@pytest.mark.parametrize("template_id", ["flyer-a4-veranstaltung", "briefbogen-a4"])
def test_the_export_dialog_offers_the_accessible_pdf_for_print_and_office(
        qtbot, window: MainWindow, tmp_path: Path, template_id: str) -> None:
    w = window
    w.switch_template(w.catalogue.get(template_id))
    dialog = w.export_dialog()
    try:
        index = dialog.preset.findData("web-barrierefrei")
        assert index >= 0
        assert dialog.preset.itemText(index) == "Barrierefreies PDF für die Website"
        tip = dialog.preset.itemData(index, Qt.ItemDataRole.ToolTipRole)
        assert "PDF/UA" in tip
        assert "Alternativtext" in tip
        dialog.preset.setCurrentIndex(index)
        assert "Screenreader" in dialog.summary.text()
        assert dialog.request().preset.id == "web-barrierefrei"
    finally:
        dialog.close()


def test_the_social_export_summary_shows_the_alt_text(qtbot, window: MainWindow,
                                                      tmp_path: Path) -> None:
    w = window
    pick(qtbot, w, SOCIAL)
    type_alt(qtbot, w, ALT)
    dialog = w.export_dialog()
    try:
        assert "Alternativtext" in dialog.summary.text()
        assert ALT in dialog.summary.text()
        assert ".alt.txt" in dialog.summary.text()
    finally:
        dialog.close()


def test_a_social_export_writes_the_alt_text_beside_the_image(qtbot, window: MainWindow,
                                                              tmp_path: Path) -> None:
    w = window
    pick(qtbot, w, SOCIAL)
    photo = tmp_path / "team.jpg"
    Image.new("RGB", (1500, 1000), (30, 120, 200)).save(photo)
    assert w.set_photo_from_path("photo", str(photo))
    type_alt(qtbot, w, ALT)
    dialog = w.export_dialog()
    try:
        dialog.folder.setText(str(tmp_path))
        dialog.start()
        qtbot.waitUntil(lambda: bool(dialog.written), timeout=30_000)
    finally:
        dialog.close()
    beside = dialog.written[0].with_name(dialog.written[0].stem + ".alt.txt")
    assert ALT in beside.read_text(encoding="utf-8")
