"""The app asks before replacing a file, never writes over what it reads, and shows every error
as a German dialog (never a traceback), with unexpected ones logged in the user folder."""

from __future__ import annotations

import errno
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from assetkit.gui.app import create_app, create_window, error_log_path, install_excepthook
from assetkit.gui.main_window import MainWindow

pytestmark = pytest.mark.gui
SOCIAL = "post-4x5-veranstaltung"


@pytest.fixture
def window(qtbot) -> Iterator[MainWindow]:
    create_app()
    w = create_window("de", ask_recovery=False)
    w.switch_template(w.catalogue.get(SOCIAL))
    yield w
    w.doc.history.mark_clean()
    w.close()
    w.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def answer_next_box(button_text: str | None, seen: list[tuple[str, str, list[str]]]) -> None:
    """When the next modal message box opens: note title, text and buttons; press a button."""
    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        names = [b.text() for b in box.buttons()]
        seen.append((box.windowTitle(), box.text(), names))
        chosen = next((b for b in box.buttons() if b.text() == button_text), None)
        if chosen is not None:
            chosen.click()
        else:
            box.done(0)
    QTimer.singleShot(0, answer)


# -- export: ask before replacing ----------------------------------------------------------------
def test_export_asks_before_replacing_and_cancel_keeps_the_file(qtbot, window: MainWindow,
                                                                tmp_path: Path) -> None:
    dialog = window.export_dialog()
    try:
        dialog.folder.setText(str(tmp_path))
        target = dialog.targets()[0].path
        target.write_bytes(b"frueher exportiert")
        qtbot.waitUntil(lambda: dialog.checked, timeout=30_000)
        seen: list[tuple[str, str, list[str]]] = []
        answer_next_box("Abbrechen", seen)
        dialog.start()
        assert seen, "no question was asked"
        title, text, buttons = seen[0]
        assert title == "Datei ersetzen?"
        assert target.name in text
        assert set(buttons) == {"Ersetzen", "Abbrechen"}
        assert target.read_bytes() == b"frueher exportiert"
        assert "unverändert" in dialog.status.text()

        answer_next_box("Ersetzen", seen)
        dialog.start()
        qtbot.waitUntil(lambda: bool(dialog.written), timeout=30_000)
        assert target.read_bytes().startswith(b"\x89PNG")
    finally:
        dialog.close()


def test_export_never_writes_over_the_office_logo(qtbot, window: MainWindow,
                                                  tmp_path: Path) -> None:
    from assetkit.office import OfficeProfile

    logo = tmp_path / "wappen.png"
    logo.write_bytes(b"\x89PNG mein Wappen")
    window.doc.set_office(OfficeProfile(name="Jobcenter Test", logo=logo))
    dialog = window.export_dialog()
    try:
        assert logo in dialog.inputs
        dialog.folder.setText(str(tmp_path))
        dialog.name.setText("wappen")
        qtbot.waitUntil(lambda: dialog.checked, timeout=30_000)
        seen: list[tuple[str, str, list[str]]] = []
        answer_next_box("Ersetzen", seen)
        dialog.start()
        qtbot.waitUntil(lambda: not dialog.bar.isVisible() and bool(dialog.status.text())
                        and "Exportiere" not in dialog.status.text(), timeout=30_000)
        assert "Eingabedatei" in dialog.status.text()
        assert logo.read_bytes() == b"\x89PNG mein Wappen"
    finally:
        dialog.close()


# -- errors as dialogs ---------------------------------------------------------------------------
@pytest.fixture
def hook() -> Iterator[None]:
    before = sys.excepthook
    install_excepthook()
    yield
    sys.excepthook = before


@pytest.mark.qt_no_exception_capture
def test_an_unexpected_error_is_a_german_dialog_and_a_log_entry(qtbot, hook, window: MainWindow,
                                                                user_dirs: Path) -> None:
    def broken() -> None:
        raise ZeroDivisionError("division by zero")

    seen: list[tuple[str, str, list[str]]] = []
    answer_next_box("OK", seen)
    QTimer.singleShot(0, broken)          # raised inside the event loop, like a slot would
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    title, text, _ = seen[0]
    assert title == "Unerwarteter Fehler"
    assert "ZeroDivisionError" in text
    assert "Traceback" not in text
    log = error_log_path()
    assert str(log) in text
    assert log.is_relative_to(user_dirs)
    assert "ZeroDivisionError: division by zero" in log.read_text("utf-8")
    assert "Traceback" in log.read_text("utf-8")


@pytest.mark.qt_no_exception_capture
def test_a_system_error_is_a_german_sentence(qtbot, hook, window: MainWindow) -> None:
    def full() -> None:
        raise OSError(errno.ENOSPC, "No space left on device", "/daten/flyer.pdf")

    seen: list[tuple[str, str, list[str]]] = []
    answer_next_box("OK", seen)
    QTimer.singleShot(0, full)
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    title, text, _ = seen[0]
    assert title == "Fehler"
    assert text == "/daten/flyer.pdf kann nicht gelesen werden: der Datenträger ist voll."


def test_a_deeply_nested_project_file_is_a_dialog(qtbot, window: MainWindow, tmp_path: Path,
                                                  messages: list[tuple[str, str]]) -> None:
    import zipfile

    bad = tmp_path / "tief.akp"
    with zipfile.ZipFile(bad, "w") as zf:
        zf.writestr("manifest.json", "[" * 100_000 + "]" * 100_000)
    assert not window.open_path(bad)
    assert len(messages) == 1
    title, text = messages[0]
    assert title == "Projekt kann nicht geöffnet werden"
    assert "Traceback" not in text
    assert "RecursionError" not in text


# -- counts in the right number ------------------------------------------------------------------
def test_counts_say_their_word_in_the_right_number(qtbot, window: MainWindow) -> None:
    from assetkit.gui.findings_panel import FindingsPanel
    from assetkit.preflight import Finding

    def warning(i: int) -> Finding:
        return Finding("text.too_small", "warning", f"Klein {i}.", f"Small {i}.")

    def hint(i: int) -> Finding:
        return Finding("content.sample", "info", f"Beispiel {i}.", f"Sample {i}.")

    panel = FindingsPanel()
    qtbot.addWidget(panel)
    panel.set_findings((warning(1), hint(1)))
    assert panel.summary.text() == "1 Warnung, 1 Hinweis"
    panel.set_findings((warning(1), warning(2), hint(1), hint(2), hint(3)))
    assert panel.summary.text() == "2 Warnungen, 3 Hinweise"
    assert "(en)" not in panel.summary.text()
