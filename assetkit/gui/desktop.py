"""Handing a folder to the system's file manager, and saying so when there is none; asking
before a file is replaced.

``QDesktopServices.openUrl`` answers False on a machine without a file manager (a thin client,
a locked-down office PC); the user then gets the path in words and on the clipboard instead of
a button that does nothing.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget


def open_folder(parent: QWidget | None, folder: Path) -> bool:
    """Show ``folder`` in the file manager; when that fails, a message naming the path."""
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
        return True
    clipboard = QGuiApplication.clipboard()
    if clipboard is not None:
        clipboard.setText(str(folder))
    QMessageBox.warning(
        parent, QCoreApplication.translate("desktop", "Ordner öffnen"),
        QCoreApplication.translate(
            "desktop", "Der Ordner lässt sich nicht öffnen: auf diesem Rechner ist kein "
                       "Dateimanager dafür eingerichtet. Die Dateien liegen in:\n\n%1\n\nDer Pfad "
                       "ist in die Zwischenablage kopiert.").replace("%1", str(folder)))
    return False


def ask_replace(owner: QDialog, text: str) -> bool:
    """„Datei ersetzen?“ with „Ersetzen“ and „Abbrechen“ (the default, also on Escape); True
    when the user chose to replace. While it is open the box is ``owner.overwrite_box``, so
    tests can answer it. Strings are in the context "desktop": ``owner.tr`` would look them up in
    the owner's class, where lupdate, seeing only the variable, does not put them."""
    box = QMessageBox(QMessageBox.Icon.Question,
                      QCoreApplication.translate("desktop", "Datei ersetzen?"), text,
                      QMessageBox.StandardButton.NoButton, owner)
    replace_button = box.addButton(QCoreApplication.translate("desktop", "Ersetzen"),
                                   QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QCoreApplication.translate("desktop", "Abbrechen"),
                           QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    owner.overwrite_box = box  # type: ignore[attr-defined]
    box.exec()
    owner.overwrite_box = None  # type: ignore[attr-defined]
    return box.clickedButton() is replace_button
