"""The office profile dialog: the local job centre's details, entered once and shared by file."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from assetkit.errors import AssetkitError
from assetkit.office import OfficeProfile, load_office, save_office


class OfficeDialog(QDialog):
    def __init__(self, profile: OfficeProfile | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Dienststellenprofil"))
        self.logo: Path | None = profile.logo if profile else None
        labels = {
            "short_name": self.tr("Kurzname"), "name": self.tr("Name der Dienststelle"),
            "street": self.tr("Straße und Hausnummer"), "postal_code": self.tr("Postleitzahl"),
            "city": self.tr("Ort"), "phone": self.tr("Telefon"), "fax": self.tr("Fax"),
            "email": self.tr("E-Mail"), "web": self.tr("Internet"),
            "opening_hours": self.tr("Öffnungszeiten"), "bank": self.tr("Bank"),
            "iban": self.tr("IBAN"), "bic": self.tr("BIC"),
        }
        form = QFormLayout()
        self.edits: dict[str, QLineEdit | QPlainTextEdit] = {}
        for key, text in labels.items():
            edit = QLineEdit()
            edit.setAccessibleName(text)
            edit.setMinimumWidth(320)
            form.addRow(text + ":", edit)
            self.edits[key] = edit
        self.edits["short_name"].setPlaceholderText(self.tr("z. B. Jobcenter Musterkreis"))
        self.set_profile(profile or OfficeProfile())

        share = QHBoxLayout()
        imp = QPushButton(self.tr("Importieren…"))
        imp.setToolTip(self.tr("Ein Profil laden, das eine Kollegin oder ein Kollege exportiert hat"))
        imp.clicked.connect(self.import_file)
        exp = QPushButton(self.tr("Exportieren…"))
        exp.setToolTip(self.tr("Das Profil als Datei speichern, um es weiterzugeben"))
        exp.clicked.connect(self.export_file)
        share.addWidget(imp)
        share.addWidget(exp)
        share.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(share)
        layout.addWidget(buttons)

    def set_profile(self, profile: OfficeProfile) -> None:
        for key, edit in self.edits.items():
            edit.setText(getattr(profile, key))
        self.logo = profile.logo

    def profile(self) -> OfficeProfile:
        values = {key: edit.text().strip() for key, edit in self.edits.items()}
        return dataclasses.replace(OfficeProfile(), **values, logo=self.logo)

    def import_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Dienststellenprofil importieren"), "",
                                              self.tr("Dienststellenprofil (*.toml)"))
        if not path:
            return
        try:
            self.set_profile(load_office(Path(path)))
        except AssetkitError as exc:
            QMessageBox.warning(self, self.tr("Import nicht möglich"), exc.message)

    def export_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Dienststellenprofil exportieren"),
                                              "dienststelle.toml",
                                              self.tr("Dienststellenprofil (*.toml)"))
        if not path:
            return
        try:
            save_office(self.profile(), Path(path))
        except AssetkitError as exc:
            QMessageBox.warning(self, self.tr("Export nicht möglich"), exc.message)
