"""Start-up of the desktop application: ``run_app(files)`` is what ``assetkit gui`` calls."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

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


def run_app(files: list[str]) -> int:
    app = create_app()
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
            fields = window.doc.template.image_fields
            if fields:
                window.set_photo_from_path(fields[0].id, photo)

    QTimer.singleShot(0, after_start)
    return app.exec()
