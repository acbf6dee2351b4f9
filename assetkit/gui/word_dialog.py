"""„Word-Vorlagen…“: a DIN 5008 letter or a form template for Word, from the office profile.

The template is built by :func:`assetkit.word.build_template` in a worker thread (it renders the
logo) and written atomically; the office profile comes from the main window, which also offers
editing it when it lacks the office's name.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QSettings, QThreadPool, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from assetkit.brand import Brand
from assetkit.errors import AssetkitError, user_message
from assetkit.fileio import write_atomic
from assetkit.gui.desktop import open_folder
from assetkit.gui.export_dialog import slug
from assetkit.office import OfficeProfile
from assetkit.word import build_template


def profile_ready(office: OfficeProfile | None) -> bool:
    """build_template needs at least the office's name."""
    return office is not None and bool(office.name or office.short_name)



def office_and_buttons(dialog: Any, edit_office: Callable[[], None] | None) -> QGroupBox:
    """The office box (profile in words, „Dienststellenprofil bearbeiten…“), the status line and
    the buttons „Speichern unter…“, „Ordner öffnen“ (hidden until a file is written) and
    „Schließen“ of a dialog that writes office files (Word, PowerPoint, logos, signature):
    set on ``dialog``, which provides ``choose_file`` and ``_open_folder``."""
    # Strings in the context "office_files": dialog.tr would look them up in the dialog's class,
    # where lupdate, seeing only the variable, does not put them.
    office_box = QGroupBox(QCoreApplication.translate("office_files", "Dienststelle"))
    dialog.office_text = QLabel()
    dialog.office_text.setWordWrap(True)
    dialog.edit_office = QPushButton(QCoreApplication.translate("office_files",
                                                                "Dienststellenprofil &bearbeiten…"))
    dialog.edit_office.setEnabled(edit_office is not None)
    if edit_office is not None:
        dialog.edit_office.clicked.connect(edit_office)
    ol = QHBoxLayout(office_box)
    ol.addWidget(dialog.office_text, 1)
    ol.addWidget(dialog.edit_office)

    dialog.status = QLabel()
    dialog.status.setWordWrap(True)
    dialog.buttons = QDialogButtonBox()
    dialog.save_button = dialog.buttons.addButton(
        QCoreApplication.translate("office_files", "&Speichern unter…"),
        QDialogButtonBox.ButtonRole.AcceptRole)
    dialog.open_folder = dialog.buttons.addButton(
        QCoreApplication.translate("office_files", "Ordner öffnen"),
        QDialogButtonBox.ButtonRole.ActionRole)
    dialog.open_folder.hide()
    close = dialog.buttons.addButton(QDialogButtonBox.StandardButton.Close)
    dialog.save_button.clicked.connect(dialog.choose_file)
    dialog.open_folder.clicked.connect(dialog._open_folder)
    close.clicked.connect(dialog.reject)
    dialog.save_button.setDefault(True)
    return office_box

class _Signals(QObject):
    finished = Signal(str, str)        # written path ("" on error), error message


class _TemplateJob(QRunnable):
    def __init__(self, office: OfficeProfile, kind: str, dotx: bool, path: Path, brand: Brand | None,
                 signals: _Signals) -> None:
        super().__init__()
        self.office, self.kind, self.dotx, self.path = office, kind, dotx, path
        self.brand, self.signals = brand, signals

    def run(self) -> None:
        try:
            template = build_template(self.office, self.kind, dotx=self.dotx,  # type: ignore[arg-type]
                                      brand=self.brand)
            write_atomic(self.path, template.data)
        except AssetkitError as exc:
            self.signals.finished.emit("", exc.message)
            return
        except Exception as exc:  # noqa: BLE001 -- shown as a sentence, the app keeps running
            self.signals.finished.emit("", user_message(exc))
            return
        self.signals.finished.emit(str(self.path), "")


class WordDialog(QDialog):
    saved = Signal(object)             # Path

    def __init__(self, office: OfficeProfile | None, brand: Brand | None = None,
                 edit_office: Callable[[], None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Word-Vorlagen"))
        self.office = office
        self.brand = brand
        self.written: Path | None = None
        self._pool = QThreadPool(self)
        self._signals = _Signals(self)
        self._signals.finished.connect(self._finished)

        intro = QLabel(self.tr("Vorlagen für Word und LibreOffice Writer mit Kampagnenkopf, "
                               "Kontaktblock und Fußzeile aus dem Dienststellenprofil."))
        intro.setWordWrap(True)
        kind_box = QGroupBox(self.tr("Vorlage"))
        self.letter = QRadioButton(self.tr("&Briefvorlage (DIN 5008)"))
        self.letter.setToolTip(self.tr("Briefkopf mit Logo, Anschriftfeld, Informationsblock, "
                                       "Falz- und Lochmarken"))
        self.form = QRadioButton(self.tr("&Formularkopf"))
        self.form.setToolTip(self.tr("Kampagnenkopf auf jeder Seite, Feldtabelle, Unterschriftszeilen"))
        self.letter.setChecked(True)
        kl = QVBoxLayout(kind_box)
        kl.addWidget(self.letter)
        kl.addWidget(self.form)
        self._kind = QButtonGroup(self)
        self._kind.addButton(self.letter)
        self._kind.addButton(self.form)
        format_box = QGroupBox(self.tr("Dateiart"))
        self.dotx = QRadioButton(self.tr("Word-&Vorlage (.dotx) – neue Dokumente per Doppelklick"))
        self.docx = QRadioButton(self.tr("Word-&Dokument (.docx)"))
        self.dotx.setChecked(True)
        fl = QVBoxLayout(format_box)
        fl.addWidget(self.dotx)
        fl.addWidget(self.docx)
        self._format = QButtonGroup(self)
        self._format.addButton(self.dotx)
        self._format.addButton(self.docx)

        office_box = office_and_buttons(self, edit_office)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(kind_box)
        layout.addWidget(format_box)
        layout.addWidget(office_box)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self.set_office(office)

    # -- choices ---------------------------------------------------------------------------
    def kind(self) -> str:
        return "form" if self.form.isChecked() else "letter"

    def suffix(self) -> str:
        return ".docx" if self.docx.isChecked() else ".dotx"

    def set_office(self, office: OfficeProfile | None) -> None:
        self.office = office
        ready = profile_ready(office)
        if ready and office is not None:
            lines = [office.name or office.short_name, office.value("address_line"),
                     office.value("contact_line")]
            self.office_text.setText("\n".join(line for line in lines if line))
            self.office_text.setStyleSheet("")
        else:
            self.office_text.setText(self.tr("Das Dienststellenprofil ist noch leer. Bitte tragen "
                                             "Sie mindestens den Namen der Dienststelle ein; "
                                             "Anschrift und Kontakt erscheinen im Briefkopf."))
            self.office_text.setStyleSheet("color:#b45309")
        self.save_button.setEnabled(ready)

    def suggested_name(self) -> str:
        base = self.tr("Briefvorlage") if self.kind() == "letter" else self.tr("Formular")
        name = slug(self.office.display_name) if self.office else ""
        return "_".join(p for p in (base, name) if p) + self.suffix()

    def choose_file(self) -> None:
        folder = Path(str(QSettings().value("wordFolder", str(Path.home()))))
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Word-Vorlage speichern"), str(folder / self.suggested_name()),
            self.tr("Word-Vorlage (*.dotx)") if self.suffix() == ".dotx"
            else self.tr("Word-Dokument (*.docx)"))
        if path:
            self.save_to(Path(path))

    # -- running -------------------------------------------------------------------------
    def save_to(self, path: Path) -> None:
        if self.office is None or not profile_ready(self.office):
            return
        if path.suffix.lower() != self.suffix():
            path = path.with_name(path.name + self.suffix())
        self.save_button.setEnabled(False)
        self.open_folder.hide()
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Erstelle %1…").replace("%1", path.name))
        self._pool.start(_TemplateJob(self.office, self.kind(), self.suffix() == ".dotx", path,
                                      self.brand, self._signals))

    def _finished(self, written: str, error: str) -> None:
        self.save_button.setEnabled(profile_ready(self.office))
        if error:
            self.status.setStyleSheet("color:#c62828")
            self.status.setText(self.tr("Vorlage nicht gespeichert: %1").replace("%1", error))
            return
        self.written = Path(written)
        QSettings().setValue("wordFolder", str(self.written.parent))
        self.status.setStyleSheet("color:#2e7d32")
        self.status.setText(self.tr("Gespeichert: %1").replace("%1", str(self.written)))
        self.open_folder.show()
        self.saved.emit(self.written)

    def _open_folder(self) -> None:
        if self.written is not None:
            open_folder(self, self.written.parent)

    def wait(self, msecs: int = 60_000) -> None:
        self._pool.waitForDone(msecs)

    def done(self, result: int) -> None:
        self.wait()
        super().done(result)
