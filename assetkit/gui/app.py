"""Start-up of the desktop application: ``run_app(files)`` is what ``assetkit gui`` calls."""

from __future__ import annotations

import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from assetkit.gui import i18n


def create_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        # Fractional scaling (125 %, 150 % on office laptops) without blurry rounding.
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication(argv if argv is not None else sys.argv[:1])
    QCoreApplication.setOrganizationName("assetkit")
    QCoreApplication.setApplicationName("assetkit")
    QGuiApplication.setApplicationDisplayName("assetkit")
    QGuiApplication.setDesktopFileName("assetkit")
    return app  # type: ignore[return-value]


def create_window(language: str | None = None, **kwargs):
    """Translators installed, catalogue and brand loaded, window built (not shown)."""
    from assetkit.brand import load_brand
    from assetkit.gui.main_window import MainWindow
    from assetkit.templates import load_catalogue

    app = QApplication.instance()
    i18n.install(app, language or i18n.saved_choice())
    return MainWindow(load_catalogue(), load_brand(), **kwargs)


def install_excepthook() -> None:
    """Every error that reaches the event loop becomes a German dialog, never a traceback on a
    console nobody sees: our own errors, system errors and too deeply nested files as their
    sentence, anything else as „Unerwarteter Fehler“ with its traceback in the log file."""
    sys.excepthook = show_unexpected_error


_showing = False


def error_log_path() -> Path:
    from assetkit.userdirs import data_dir

    return data_dir() / "fehlerprotokoll.txt"


def show_unexpected_error(kind: type[BaseException], exc: BaseException,
                          tb: TracebackType | None) -> None:
    global _showing
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, exc, tb)
        return
    from assetkit.errors import AssetkitError, user_message

    log = _log_traceback(kind, exc, tb)
    if _showing or QApplication.instance() is None:
        return          # one dialog at a time (an error while one is open goes to the log only)
    expected = isinstance(exc, AssetkitError | OSError | RecursionError | MemoryError)
    if expected:
        title, text = QCoreApplication.translate("app", "Fehler"), user_message(exc)
    else:
        title = QCoreApplication.translate("app", "Unerwarteter Fehler")
        text = QCoreApplication.translate(
            "app", "Ein unerwarteter Fehler ist aufgetreten (%1). Ihre Arbeit wird automatisch "
                   "gesichert; bitte speichern Sie das Projekt und melden Sie den Fehler mit der "
                   "Datei %2.").replace("%1", kind.__name__).replace(
                       "%2", str(log) if log else QCoreApplication.translate("app", "(kein Protokoll)"))
    box = QMessageBox(QMessageBox.Icon.Warning if expected else QMessageBox.Icon.Critical,
                      title, text, QMessageBox.StandardButton.Ok, QApplication.activeWindow())
    _showing = True
    try:
        box.exec()
    finally:
        _showing = False
        box.deleteLater()


def _log_traceback(kind: type[BaseException], exc: BaseException,
                   tb: TracebackType | None) -> Path | None:
    """Append the traceback to the log in the user folder (kept below 1 MB); its path."""
    import time
    import traceback

    try:
        path = error_log_path()
        if path.is_file() and path.stat().st_size > 1_000_000:
            path.replace(path.with_suffix(".alt.txt"))
        with path.open("a", encoding="utf-8") as log:
            log.write(f"--- {time.strftime('%Y-%m-%d %H:%M:%S')} assetkit {_version()}\n")
            log.write("".join(traceback.format_exception(kind, exc, tb)))
    except OSError:
        return None
    return path


def _version() -> str:
    from assetkit import __version__

    return __version__


def run_app(files: list[str]) -> int:
    app = create_app()
    install_excepthook()
    window = create_window()
    window.show()
    project = next((Path(f) for f in files if f.lower().endswith(".akp")), None)
    photos = [f for f in files if not f.lower().endswith(".akp")]

    def after_start() -> None:
        if project is not None:
            window.open_path(project)
        else:
            window.offer_recovery()
        for photo in photos[:1]:
            fields = window.doc.template.all_image_fields()
            if fields:
                window.set_photo_from_path(fields[0].id, photo)

    QTimer.singleShot(0, after_start)
    return app.exec()
