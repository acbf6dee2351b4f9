"""Export dialog: format, preset, file name, progress, "open folder"; one content to the whole
template family in one go.

Exports run in a worker thread through :func:`assetkit.export.formats.export` (the pipeline the
preview uses); files are written atomically. Print presets come from
``assetkit.export.presets``.

A print PDF (a print template or a print preset) is checked before anything is written: the job
renders every file and runs preflight on the exported composition; errors stop the export until
the user confirms („Trotzdem exportieren“), warnings are listed in the dialog.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from assetkit.brand import Brand
from assetkit.errors import AssetkitError
from assetkit.export.formats import ExportRequest, Format, export
from assetkit.export.presets import list_presets, resolve_preset
from assetkit.fileio import write_atomic
from assetkit.gui.i18n import current_language, label
from assetkit.office import OfficeProfile
from assetkit.templates import Template

if TYPE_CHECKING:
    from assetkit.preflight import Finding

FORMATS = (("png", "PNG", ".png"), ("jpeg", "JPEG", ".jpg"), ("pdf", "PDF", ".pdf"))


def available_presets() -> list[tuple[str, str]]:
    """(id, display name) of the print presets; none when a preset file is broken (the export
    then reports it)."""
    try:
        return [(p.id, p.name) for p in list_presets()]
    except AssetkitError:
        return []


def make_request(fmt: Format, preset: str | None, dpi: float | None) -> ExportRequest:
    resolved = resolve_preset(preset) if preset and fmt == "pdf" else None
    return ExportRequest(fmt=fmt, dpi=dpi, preset=resolved)


def slug(text: str, limit: int = 40) -> str:
    text = text.replace("ß", "ss").replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    text = text.replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    text = re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower()
    return text[:limit].rstrip("-")


def suggested_name(template: Template, headline: str) -> str:
    parts = [template.id, slug(headline)]
    return "_".join(p for p in parts if p)


def path_row(edit: QLineEdit, button: str, slot) -> QHBoxLayout:
    """A path field with its „Durchsuchen…“ button beside it."""
    browse = QPushButton(button)
    browse.clicked.connect(slot)
    row = QHBoxLayout()
    row.addWidget(edit, 1)
    row.addWidget(browse)
    return row


@dataclass(frozen=True)
class ExportItem:
    template: Template
    path: Path


@dataclass(frozen=True)
class CheckedFinding:
    template: Template
    finding: Finding


class _Signals(QObject):
    progress = Signal(int, str)
    finished = Signal(list, str)       # written paths, error message ("" when fine)
    checked = Signal(list, list)       # [(ExportItem, bytes)] rendered, [CheckedFinding]


class _ExportJob(QRunnable):
    """Render and write; with ``check`` render and preflight only (``checked``), writing
    nothing; with ``rendered`` write what an earlier checked run rendered."""

    def __init__(self, items: list[ExportItem], content_for, brand: Brand,
                 office: OfficeProfile | None, request: ExportRequest, inputs: list[Path],
                 signals: _Signals, *, check: bool = False,
                 rendered: list[tuple[ExportItem, bytes]] | None = None) -> None:
        super().__init__()
        self.items, self.content_for, self.brand, self.office = items, content_for, brand, office
        self.request, self.inputs, self.signals = request, inputs, signals
        self.check, self.rendered = check, rendered

    def run(self) -> None:
        written: list[str] = []
        pending: list[tuple[ExportItem, bytes]] = []
        found: list[CheckedFinding] = []
        try:
            for i, item in enumerate(self.items):
                self.signals.progress.emit(i, item.path.name)
                if self.rendered is not None:
                    data = self.rendered[i][1]
                else:
                    data, comp = export(item.template, self.content_for(item.template), self.brand,
                                        self.office, self.request)
                    if self.check:
                        from assetkit.preflight import check_composition, sort_findings

                        findings = check_composition(comp, preset=self.request.preset, brand=self.brand)
                        found += [CheckedFinding(item.template, f) for f in sort_findings(findings)]
                        pending.append((item, data))
                        continue
                write_atomic(item.path, data, inputs=self.inputs)
                written.append(str(item.path))
            if self.check:
                self.signals.checked.emit(pending, found)
                return
        except AssetkitError as exc:
            self.signals.finished.emit(written, exc.message)
            return
        except Exception as exc:  # noqa: BLE001 -- shown as a sentence, the app keeps running
            self.signals.finished.emit(written, f"{type(exc).__name__}: {exc}")
            return
        self.signals.progress.emit(len(self.items), "")
        self.signals.finished.emit(written, "")


class ExportDialog(QDialog):
    exported = Signal(list)

    def __init__(self, template: Template, family: list[Template], content_for, headline: str,
                 brand: Brand, office: OfficeProfile | None, folder: Path, inputs: list[Path],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Exportieren"))
        self.template, self.family, self.content_for = template, family, content_for
        self.brand, self.office, self.inputs = brand, office, inputs
        self.written: list[Path] = []
        self._pool = QThreadPool(self)
        self._signals = _Signals(self)
        self._signals.progress.connect(self._progress)
        self._signals.finished.connect(self._finished)
        self._signals.checked.connect(self._checked)
        self.findings: list[CheckedFinding] = []

        form = QFormLayout()
        self.format = QComboBox()
        for key, name, _suffix in FORMATS:
            self.format.addItem(name, key)
        if template.category == "print":
            self.format.setCurrentIndex(2)
        self.format.setAccessibleName(self.tr("Format"))
        form.addRow(self.tr("&Format:"), self.format)
        self.preset = QComboBox()
        self.preset.setAccessibleName(self.tr("Druckprofil"))
        self.preset.addItem(self.tr("Standard (Bildschirm-PDF)"), None)
        for pid, name in available_presets():
            self.preset.addItem(name, pid)
        form.addRow(self.tr("&Druckprofil:"), self.preset)
        self.dpi = QComboBox()
        self.dpi.setAccessibleName(self.tr("Auflösung"))
        self.dpi.addItem(self.tr("150 dpi (Bildschirm, Büro)"), 150)
        self.dpi.addItem(self.tr("300 dpi (Druck)"), 300)
        form.addRow(self.tr("&Auflösung:"), self.dpi)
        self.folder = QLineEdit(str(folder))
        self.folder.setAccessibleName(self.tr("Zielordner"))
        form.addRow(self.tr("Ordner:"), path_row(self.folder, self.tr("Durchsuchen…"), self._browse))
        self.name = QLineEdit(suggested_name(template, headline))
        self.name.setAccessibleName(self.tr("Dateiname"))
        form.addRow(self.tr("Datei&name:"), self.name)
        self.all_formats = QCheckBox(self.tr("Alle Formate dieser Vorlagenfamilie (%1 Dateien)")
                                     .replace("%1", str(len(family))))
        self.all_formats.setEnabled(len(family) > 1)
        form.addRow("", self.all_formats)
        for w in (self.format, self.preset, self.dpi, self.folder, self.name):
            w.setMinimumWidth(280)

        self.files = QLabel()
        self.files.setWordWrap(True)
        self.files.setStyleSheet("color:#555")
        self.bar = QProgressBar()
        self.bar.setAccessibleName(self.tr("Fortschritt"))
        self.bar.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)

        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(self.tr("Exportieren"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.open_folder = self.buttons.addButton(self.tr("Ordner öffnen"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
        self.open_folder.hide()
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.export_button.clicked.connect(self.start)
        self.open_folder.clicked.connect(self._open_folder)
        self.close_button.clicked.connect(self.reject)
        self.export_button.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.files)
        layout.addWidget(self.bar)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        for signal in (self.format.currentIndexChanged, self.all_formats.toggled,
                       self.name.textChanged, self.folder.textChanged):
            signal.connect(self._update)
        self._update()

    # -- choices ---------------------------------------------------------------------------
    def fmt(self) -> Format:
        return cast(Format, self.format.currentData())

    def suffix(self) -> str:
        return next(s for k, _n, s in FORMATS if k == self.fmt())

    def targets(self) -> list[ExportItem]:
        folder = Path(self.folder.text().strip() or ".")
        base = self.name.text().strip() or suggested_name(self.template, "")
        base = re.sub(r'[\\/:*?"<>|]+', "-", base)
        if not self.all_formats.isChecked():
            return [ExportItem(self.template, folder / f"{base}{self.suffix()}")]
        head = base.removeprefix(self.template.id).lstrip("_")
        return [ExportItem(t, folder / f"{'_'.join(p for p in (t.id, head) if p)}{self.suffix()}")
                for t in self.family]

    def is_print(self) -> bool:
        """A PDF for the print shop: checked before it is written."""
        items = self.targets()
        return self.fmt() == "pdf" and any(i.template.page.unit == "mm" for i in items) and (
            self.preset.currentData() is not None or any(i.template.category == "print" for i in items))

    def request(self) -> ExportRequest:
        return make_request(self.fmt(), self.preset.currentData(), self.dpi.currentData())

    def _update(self) -> None:
        is_pdf = self.fmt() == "pdf"
        self.preset.setEnabled(is_pdf and self.preset.count() > 1)
        has_mm = any(t.page.unit == "mm" for t in (self.family if self.all_formats.isChecked()
                                                   else [self.template]))
        self.dpi.setEnabled(not is_pdf and has_mm)
        names = [i.path.name for i in self.targets()]
        self.files.setText(self.tr("Wird gespeichert als: %1").replace("%1", ", ".join(names)))

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Zielordner wählen"),
                                                  self.folder.text())
        if folder:
            self.folder.setText(folder)

    # -- running -------------------------------------------------------------------------
    def start(self) -> None:
        items = self.targets()
        folder = items[0].path.parent
        if not folder.is_dir():
            self.status.setText(self.tr("Der Ordner %1 existiert nicht.").replace("%1", str(folder)))
            return
        self.open_folder.hide()
        self.findings = []
        try:
            request = self.request()
        except AssetkitError as exc:
            self.status.setStyleSheet("color:#c62828")
            self.status.setText(exc.message)
            return
        self.export_button.setEnabled(False)
        self.bar.setRange(0, len(items))
        self.bar.setValue(0)
        self.bar.show()
        self.status.setStyleSheet("")
        check = self.is_print()
        self.status.setText(self.tr("Prüfe für den Druck…") if check else self.tr("Exportiere…"))
        self._pool.start(_ExportJob(items, self.content_for, self.brand, self.office,
                                    request, self.inputs, self._signals, check=check))

    def _checked(self, rendered: list, found: list) -> None:
        self.findings = found
        errors = [c for c in found if c.finding.severity == "error"]
        warnings = [c for c in found if c.finding.severity == "warning"]
        if warnings:
            self.status.setStyleSheet("color:#b45309")
            self.status.setText(self.tr("Warnungen der Prüfung:") + "\n" + "\n".join(
                "• " + self._finding_text(c) for c in warnings[:6]))
        if errors and not ask_export_anyway(self, [self._finding_text(c) for c in errors],
                                            [self._finding_text(c) for c in warnings]):
            self.export_button.setEnabled(True)
            self.bar.hide()
            self.status.setStyleSheet("color:#c62828")
            self.status.setText(self.tr("Export abgebrochen: %n Fehler der Prüfung; es wurde nichts "
                                        "gespeichert.", "", len(errors)))
            return
        items = [item for item, _data in rendered]
        self._pool.start(_ExportJob(items, self.content_for, self.brand, self.office,
                                    self.request(), self.inputs, self._signals, rendered=rendered))

    def _finding_text(self, c: CheckedFinding) -> str:
        text = c.finding.message(current_language())
        if self.all_formats.isChecked() and len(self.family) > 1:
            return f"{label(c.template.name)}: {text}"
        return text

    def _progress(self, index: int, name: str) -> None:
        self.bar.setValue(index)
        if name:
            self.status.setText(self.tr("Exportiere %1…").replace("%1", name))

    def _finished(self, written: list[str], error: str) -> None:
        self.written = [Path(p) for p in written]
        self.export_button.setEnabled(True)
        self.bar.hide()
        if error:
            self.status.setStyleSheet("color:#c62828")
            self.status.setText(self.tr("Export fehlgeschlagen: %1").replace("%1", error))
        else:
            done = self.tr("%1 Datei(en) gespeichert.").replace("%1", str(len(written)))
            warnings = [c for c in self.findings if c.finding.severity == "warning"]
            if warnings and self.status.text():
                # Keep the warnings of the check in view; the export itself went through.
                self.status.setText(done + "\n" + self.status.text())
            else:
                self.status.setStyleSheet("color:#2e7d32")
                self.status.setText(done)
        if written:
            self.open_folder.show()
            self.exported.emit(self.written)

    def _open_folder(self) -> None:
        if self.written:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.written[0].parent)))

    def wait(self) -> None:
        self._pool.waitForDone(60_000)

    def done(self, result: int) -> None:
        self._pool.waitForDone(60_000)
        super().done(result)




MAX_LISTED = 8


def _bullets(lines: list[str]) -> str:
    shown = "".join(f"<li>{html.escape(t)}</li>" for t in lines[:MAX_LISTED])
    if len(lines) > MAX_LISTED:
        more = QCoreApplication.translate("ExportDialog", "… und %n weitere", "",
                                          len(lines) - MAX_LISTED)
        shown += f"<li>{html.escape(more)}</li>"
    return f"<ul>{shown}</ul>"


def ask_export_anyway(parent: QWidget, errors: list[str], warnings: list[str]) -> bool:
    """Ask whether to write a print file despite preflight errors; True only for „Trotzdem exportieren“."""
    # QCoreApplication.translate spelled out each time: lupdate only finds it that way.
    title = QCoreApplication.translate("ExportDialog", "Fehler vor dem Druck")
    question = QCoreApplication.translate(
        "ExportDialog", "Die Prüfung hat %n Fehler gefunden. Die Druckerei kann die Datei ablehnen, "
        "oder der Druck sieht anders aus als erwartet.", "", len(errors))
    box = QMessageBox(QMessageBox.Icon.Warning, title, question, QMessageBox.StandardButton.NoButton,
                      parent)
    text = "<b>{}</b>{}".format(html.escape(QCoreApplication.translate("ExportDialog", "Fehler:")),
                                _bullets(errors))
    if warnings:
        text += "<b>{}</b>{}".format(
            html.escape(QCoreApplication.translate("ExportDialog", "Warnungen:")), _bullets(warnings))
    box.setInformativeText(text)
    anyway = box.addButton(QCoreApplication.translate("ExportDialog", "Trotzdem exportieren"),
                           QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QCoreApplication.translate("ExportDialog", "Abbrechen"),
                           QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is anyway
