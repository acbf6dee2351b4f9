"""The desktop app end to end, offscreen: template, typing, photo, undo, save/open, export,
recovery, translations, bad project files."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from assetkit.gui.app import create_app, create_window
from assetkit.gui.main_window import MainWindow
from assetkit.project.autosave import STALE_AFTER

pytestmark = pytest.mark.gui
SOCIAL = "post-4x5-veranstaltung"


def make_window(qtbot, language: str = "de", **kwargs) -> MainWindow:
    create_app()
    window = create_window(language, ask_recovery=False, **kwargs)
    window.show()
    return window


def close(window: MainWindow) -> None:
    window.doc.history.mark_clean()
    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def photo(tmp_path: Path) -> Path:
    path = tmp_path / "team.jpg"
    Image.new("RGB", (1600, 1200), (30, 120, 200)).save(path, quality=90)
    return path


def wait_rendered(qtbot, w: MainWindow, check=lambda r: True) -> None:
    qtbot.waitUntil(lambda: w.last_result is not None and not w.renderer.busy
                    and w.last_result.job.template.id == w.doc.template.id
                    and check(w.last_result), timeout=20_000)


def type_into(qtbot, w: MainWindow, field: str, text: str) -> None:
    editor = w.panel.editors[field]
    editor.setFocus()
    if isinstance(editor, (QLineEdit, QPlainTextEdit)):
        editor.selectAll()
    # QTest types ASCII only; the rest arrives like input-method text.
    ascii_part = text.encode("ascii", "ignore").decode() if text.isascii() else text[
        :next(i for i, c in enumerate(text) if not c.isascii())]
    qtbot.keyClicks(editor, ascii_part)
    rest = text[len(ascii_part):]
    if rest:
        editor.insertPlainText(rest) if isinstance(editor, QPlainTextEdit) else editor.insert(rest)


def pick(qtbot, w: MainWindow, template_id: str) -> None:
    item = w.gallery.items[template_id]
    w.gallery.tree.scrollToItem(item)
    rect = w.gallery.tree.visualItemRect(item)
    qtbot.mouseClick(w.gallery.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert w.doc.template.id == template_id


def test_template_headline_photo_undo_redo(qtbot, window: MainWindow, photo: Path) -> None:
    w = window
    pick(qtbot, w, SOCIAL)
    wait_rendered(qtbot, w)
    type_into(qtbot, w, "headline", "Jobmesse")
    assert w.doc.state.texts["headline"] == "Jobmesse"
    wait_rendered(qtbot, w, lambda r: r.composition.texts["headline"] == "Jobmesse")
    assert w.last_result.image.width() > 0
    assert w.set_photo_from_path("photo", str(photo))
    wait_rendered(qtbot, w, lambda r: "photo" in r.composition.images)
    # Undo: photo, then the whole word (keystrokes merged). Picking the template on an
    # untouched project was no edit, so it is no step either.
    w.act_undo.trigger()
    assert "photo" not in w.doc.state.images
    w.act_undo.trigger()
    assert "headline" not in w.doc.state.texts
    editor = w.panel.editors["headline"]
    assert editor.toPlainText() == ""                     # the sample is the placeholder
    assert editor.placeholderText() == "Tag der offenen Tür"
    assert not w.act_undo.isEnabled()
    assert w.doc.template.id == SOCIAL
    for _ in range(2):
        w.act_redo.trigger()
    assert w.doc.template.id == SOCIAL
    assert w.doc.state.texts["headline"] == "Jobmesse"
    assert w.doc.state.images["photo"].source == photo


def test_save_reopen_compare(qtbot, window: MainWindow, photo: Path, tmp_path: Path) -> None:
    w = window
    pick(qtbot, w, SOCIAL)
    type_into(qtbot, w, "headline", "Unternehmerfrühstück")
    w.set_photo_from_path("photo", str(photo))
    w.preview.cropRequested.emit("photo", (0.3, 0.6), 1.5)
    assert w.isWindowModified()
    target = tmp_path / "projekt.akp"
    assert w.save_to(target)
    assert not w.isWindowModified()
    saved = w.doc.state
    other = make_window(qtbot)
    try:
        assert other.open_path(target)
        got = other.doc.state
        assert other.doc.template.id == SOCIAL
        assert dict(got.texts) == dict(saved.texts)
        assert got.images["photo"].focal == saved.images["photo"].focal
        assert got.images["photo"].zoom == 1.5
        assert got.images["photo"].source.read_bytes() == photo.read_bytes()
        assert other.panel.editors["headline"].toPlainText() == "Unternehmerfrühstück"
        assert not other.doc.modified
    finally:
        close(other)


def test_export_png_has_the_platform_size(qtbot, window: MainWindow, photo: Path,
                                          tmp_path: Path) -> None:
    w = window
    pick(qtbot, w, SOCIAL)
    type_into(qtbot, w, "headline", "Tag der Ausbildung")
    w.set_photo_from_path("photo", str(photo))
    dialog = w.export_dialog()
    try:
        dialog.folder.setText(str(tmp_path))
        assert dialog.name.text() == f"{SOCIAL}_tag-der-ausbildung"
        dialog.start()
        qtbot.waitUntil(lambda: bool(dialog.written), timeout=30_000)
        out = tmp_path / f"{SOCIAL}_tag-der-ausbildung.png"
        with Image.open(out) as im:
            assert im.size == (1080, 1350)
        assert dialog.open_folder.isVisible()
    finally:
        dialog.close()


def test_export_to_every_format_of_the_family(qtbot, window: MainWindow, tmp_path: Path) -> None:
    w = window
    pick(qtbot, w, SOCIAL)
    dialog = w.export_dialog()
    try:
        dialog.folder.setText(str(tmp_path))
        dialog.format.setCurrentIndex(1)             # JPEG
        dialog.all_formats.setChecked(True)
        dialog.start()
        family = w.catalogue.family("veranstaltung")
        assert len(family) >= 3
        qtbot.waitUntil(lambda: len(dialog.written) == len(family), timeout=120_000)
        sizes = {}
        for p in dialog.written:
            with Image.open(p) as im:
                sizes[p.name.split("_")[0]] = (im.format, im.size)
        assert sizes["post-4x5-veranstaltung"] == ("JPEG", (1080, 1350))
        assert sizes["story-veranstaltung"] == ("JPEG", (1080, 1920))
        assert sizes["flyer-a4-veranstaltung"] == ("JPEG", (1240, 1754))   # A4 at 150 dpi
        assert set(sizes) == {t.id for t in family}
    finally:
        dialog.close()


def test_export_to_a_missing_folder_is_a_message_not_a_crash(qtbot, window: MainWindow,
                                                             tmp_path: Path) -> None:
    dialog = window.export_dialog()
    try:
        dialog.folder.setText(str(tmp_path / "gibt-es-nicht"))
        dialog.start()
        assert "existiert nicht" in dialog.status.text()
    finally:
        dialog.close()


def test_recovery_after_a_crash(qtbot, user_dirs: Path) -> None:
    crashed = make_window(qtbot)
    crashed.switch_template(crashed.catalogue.get(SOCIAL))
    type_into(qtbot, crashed, "headline", "Nicht verloren")
    crashed.doc.autosave()
    assert crashed.doc.autosaver.path.is_file()
    # A crash: no clean shutdown, the heartbeat stops.
    session = crashed.doc.autosaver.session
    crashed.renderer.wait()
    crashed.gallery.wait()
    crashed.doc._timer.stop()
    crashed.hide()
    old = time.time() - STALE_AFTER - 1
    os.utime(user_dirs / "data" / "autosave" / f"{session}.alive", (old, old))

    w = make_window(qtbot)
    try:
        items = w.doc.autosaver.recoverable()
        assert len(items) == 1
        assert w.recover(items[0])
        assert w.doc.template.id == SOCIAL
        assert w.doc.state.texts["headline"] == "Nicht verloren"
        assert w.doc.modified                    # recovered work still needs saving
    finally:
        close(w)
        crashed.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_corrupted_project_gives_a_clear_message(qtbot, window: MainWindow, tmp_path: Path,
                                                 messages: list[tuple[str, str]]) -> None:
    bad = tmp_path / "kaputt.akp"
    bad.write_bytes(b"PK\x03\x04 this is not really a zip")
    before = window.doc.state
    assert not window.open_path(bad)
    assert messages
    assert "kaputt.akp" in messages[0][1]
    assert "beschädigt" in messages[0][1]
    assert window.doc.state == before


def test_unreadable_photo_gives_a_clear_message(qtbot, window: MainWindow, tmp_path: Path,
                                                messages: list[tuple[str, str]]) -> None:
    bad = tmp_path / "foto.jpg"
    bad.write_bytes(b"no image")
    assert not window.set_photo_from_path("photo", str(bad))
    assert messages
    assert "foto.jpg" in messages[0][1]
    assert "photo" not in window.doc.state.images


def test_german_and_english_strings(qtbot) -> None:
    de = make_window(qtbot, "de")
    try:
        menus = [a.text() for a in de.menuBar().actions()]
        assert "&Datei" in menus
        assert "&Bearbeiten" in menus
        assert de.act_export.text() == "&Exportieren…"
        assert de.gallery.category_name("office") == "Büro & Formulare"
    finally:
        close(de)
    en = make_window(qtbot, "en")
    try:
        en.switch_template(en.catalogue.get(SOCIAL))
        menus = [a.text() for a in en.menuBar().actions()]
        assert "&File" in menus
        assert "&Edit" in menus
        assert en.act_export.text() == "&Export…"
        assert en.gallery.category_name("office") == "Office & Forms"
        assert en.panel.photo_widgets["photo"].choose.text() == "Choose photo…"
    finally:
        close(en)
        close(make_window(qtbot, "de"))        # back to German for other tests


def test_shortcuts_and_accessible_names(window: MainWindow) -> None:
    w = window
    keys = {a.shortcut().toString() for a in (w.act_new, w.act_open, w.act_save, w.act_save_as,
                                              w.act_undo, w.act_redo, w.act_export, w.act_full)}
    assert keys == {"Ctrl+N", "Ctrl+O", "Ctrl+S", "Ctrl+Shift+S", "Ctrl+Z", "Ctrl+Y", "Ctrl+E", "F11"}
    for editor in w.panel.editors.values():
        assert editor.accessibleName()
    assert w.act_batch.isEnabled()          # wired: the batch dialog
    assert w.act_batch.text() == "&Serienproduktion…"
