"""„Serienproduktion…“: one file per data row and format, from a CSV or Excel file.

The dialog plans with :func:`assetkit.batch.plan_batch` whenever a choice changes (data file,
encoding, separator, column for a field, formats, name pattern) and shows what the plan found:
how the file was read, which column fills which field, the first rows rendered onto the template
(through the preview's compose → render path, in a worker) with their file names and problems.
„Starten“ runs :func:`assetkit.batch.run_batch` in a worker thread; its progress callback arrives
on that thread and is passed on as a queued signal. „Abbrechen“ sets the cancel event: running
workers finish their current file, every finished file stays. „Alle Zeilen in einem PDF“ (one
print template chosen) also joins the rows' PDFs into one file for the print shop.
"""

from __future__ import annotations

import re
import threading
import traceback
from pathlib import Path

from PySide6.QtCore import (
    QLocale,
    QObject,
    QRunnable,
    QSettings,
    QSize,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from assetkit.batch import (
    DEFAULT_PATTERN,
    SINGLE_PDF,
    BatchOptions,
    BatchPlan,
    BatchReport,
    Progress,
    open_data,
    plan_batch,
    run_batch,
)
from assetkit.brand import Brand
from assetkit.errors import AssetkitError, user_message
from assetkit.gui import i18n
from assetkit.gui.desktop import open_folder
from assetkit.gui.export_dialog import fill_profiles, path_row, profile_caption, profile_tip
from assetkit.gui.i18n import label
from assetkit.gui.renderer import RenderJob, render_preview
from assetkit.office import OfficeProfile
from assetkit.templates import Catalogue, Template
from assetkit.userdirs import cache_dir

THUMB_PX = 200
DATA_FILTER = "*.csv *.txt *.tsv *.xlsx *.xlsm"
ENCODINGS = ("utf-8", "utf-8-sig", "cp1252", "iso-8859-15", "utf-16")
NO_COLUMN = ""


class _Signals(QObject):
    thumb = Signal(int, int, str, object)     # generation, row, template id, QImage
    progress = Signal(object)                 # Progress
    finished = Signal(object, str)            # BatchReport or None, error message


class _ThumbJob(QRunnable):
    def __init__(self, generation: int, row: int, job: RenderJob, brand: Brand, signals: _Signals) -> None:
        super().__init__()
        self.generation, self.row, self.job, self.brand, self.signals = generation, row, job, brand, signals

    def run(self) -> None:
        try:
            image: QImage | None = render_preview(self.job, self.brand)[0]
        except AssetkitError:
            image = None              # the row's problem is listed under it already
        except Exception:  # noqa: BLE001 -- a thumbnail must not take the dialog down
            traceback.print_exc()
            image = None
        self.signals.thumb.emit(self.generation, self.row, self.job.template.id, image)


class _RunJob(QRunnable):
    def __init__(self, plan: BatchPlan, cancel: threading.Event, signals: _Signals) -> None:
        super().__init__()
        self.plan, self.cancel, self.signals = plan, cancel, signals

    def run(self) -> None:
        try:
            report = run_batch(self.plan, progress=self.signals.progress.emit, cancel=self.cancel)
        except AssetkitError as exc:
            self.signals.finished.emit(None, exc.message)
            return
        except Exception as exc:  # noqa: BLE001 -- shown as a sentence, the app keeps running
            traceback.print_exc()
            self.signals.finished.emit(None, user_message(exc))
            return
        self.signals.finished.emit(report, "")


# The name pattern's built-in placeholders in the interface language; the core knows them in
# English ({office}, {template}, …). German ones are accepted in either language.
GERMAN_TOKENS = {"office": "dienststelle", "template": "vorlage", "row": "zeile",
                 "preset": "profil", "format": "format"}


def shown_tokens() -> list[str]:
    german = i18n.current_language() == "de"
    return [GERMAN_TOKENS[t] if german else t for t in GERMAN_TOKENS]


def shown_pattern(pattern: str) -> str:
    """``pattern`` with its built-in placeholders in the interface language."""
    if i18n.current_language() != "de":
        return pattern
    for en, de in GERMAN_TOKENS.items():
        pattern = pattern.replace("{" + en + "}", "{" + de + "}")
    return pattern


def core_pattern(pattern: str) -> str:
    """``pattern`` as the core reads it: German built-in placeholders become the English ones
    (a data column that happens to be called „Zeile“ is then read as the row number, as the
    tooltip promises)."""
    for en, de in GERMAN_TOKENS.items():
        pattern = re.sub(r"\{" + de + r"\}", "{" + en + "}", pattern, flags=re.IGNORECASE)
    return pattern


def duration(seconds: float) -> str:
    seconds = max(0, round(seconds))
    return f"{seconds // 60}:{seconds % 60:02d} min" if seconds >= 60 else f"{seconds} s"


class BatchDialog(QDialog):
    finishedRun = Signal(Path)          # the output folder of a finished run

    def __init__(self, catalogue: Catalogue, brand: Brand, template: Template,
                 office: OfficeProfile | None, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Serienproduktion"))
        self.catalogue, self.brand, self.template, self.office = catalogue, brand, template, office
        self.start_folder = folder
        self.family = catalogue.family(template.family) or [template]
        self.plan: BatchPlan | None = None
        self.report: BatchReport | None = None
        self.jobs: int | None = None          # worker processes; None: all cores (tests use 1)
        self.explicit: dict[str, str] = {}    # field id → column the user chose
        self.thumbs: dict[tuple[int, str], QImage] = {}
        self._generation = 0
        self._cancel: threading.Event | None = None
        self._columns: tuple[str, ...] = ()
        self._thumb_pool = QThreadPool(self)
        self._thumb_pool.setMaxThreadCount(1)
        self._run_pool = QThreadPool(self)
        self._run_pool.setMaxThreadCount(1)
        self._signals = _Signals(self)
        self._signals.thumb.connect(self._thumb_ready)
        self._signals.progress.connect(self._progress)
        self._signals.finished.connect(self._finished)
        self._replan_timer = QTimer(self)
        self._replan_timer.setSingleShot(True)
        self._replan_timer.setInterval(300)
        self._replan_timer.timeout.connect(self.replan)
        self._build()
        self._update_buttons()

    # -- layout ----------------------------------------------------------------------------
    def _build(self) -> None:
        source = QGroupBox(self.tr("Daten"))
        form = QFormLayout(source)
        self.path = QLineEdit()
        self.path.setReadOnly(True)
        self.path.setAccessibleName(self.tr("Datendatei"))
        self.path.setPlaceholderText(self.tr("CSV- oder Excel-Datei wählen…"))
        form.addRow(self.tr("Datei:"), path_row(self.path, self.tr("Datei &wählen…"), self.choose_file))
        self.detected = QLabel()
        self.detected.setWordWrap(True)
        self.detected.setStyleSheet("color:#555")
        form.addRow("", self.detected)
        self.encoding = QComboBox()
        self.encoding.setAccessibleName(self.tr("Zeichensatz"))
        self.encoding.addItem(self.tr("automatisch"), None)
        for enc in ENCODINGS:
            self.encoding.addItem(enc, enc)
        self.delimiter = QComboBox()
        self.delimiter.setAccessibleName(self.tr("Trennzeichen"))
        self.delimiter.addItem(self.tr("automatisch"), None)
        for sep, name in ((";", self.tr("Semikolon ;")), (",", self.tr("Komma ,")),
                          ("\t", self.tr("Tabulator")), ("|", self.tr("Strich |"))):
            self.delimiter.addItem(name, sep)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Zeichensatz:")))
        row.addWidget(self.encoding)
        row.addSpacing(12)
        row.addWidget(QLabel(self.tr("Trennzeichen:")))
        row.addWidget(self.delimiter)
        row.addStretch(1)
        form.addRow("", row)
        self.encoding.currentIndexChanged.connect(self.replan)
        self.delimiter.currentIndexChanged.connect(self.replan)

        mapping = QGroupBox(self.tr("Spalten → Felder"))
        self.mapping_form = QFormLayout(mapping)
        self.mapping_combos: dict[str, QComboBox] = {}

        formats = QGroupBox(self.tr("Formate"))
        fl = QVBoxLayout(formats)
        self.template_boxes: dict[str, QCheckBox] = {}
        for t in self.family:
            box = QCheckBox(f"{label(t.name)} · {t.page.size_label()}")
            box.setChecked(t.id == self.template.id)
            box.toggled.connect(self._formats_changed)
            self.template_boxes[t.id] = box
            fl.addWidget(box)
        self.preset = QComboBox()
        self.preset.setAccessibleName(profile_caption().replace("&", "").rstrip(":"))
        self.preset.setToolTip(profile_tip() + " " + self.tr("Gilt für die Druckformate."))
        fill_profiles(self.preset)
        self.preset.currentIndexChanged.connect(self.replan)
        row = QHBoxLayout()
        self.preset_caption = QLabel(profile_caption())
        self.preset_caption.setBuddy(self.preset)
        row.addWidget(self.preset_caption)
        row.addWidget(self.preset, 1)
        fl.addLayout(row)

        output = QGroupBox(self.tr("Ausgabe"))
        of = QFormLayout(output)
        self.out_dir = QLineEdit()
        self.out_dir.setAccessibleName(self.tr("Zielordner"))
        self.out_dir.setPlaceholderText(self.tr("neben der Datendatei"))
        of.addRow(self.tr("Ordner:"), path_row(self.out_dir, self.tr("Durchsuchen…"), self._browse_out))
        self.pattern = QLineEdit(shown_pattern(DEFAULT_PATTERN))
        self.pattern.setAccessibleName(self.tr("Dateinamen-Muster"))
        self.pattern.setToolTip(self.tr("Wie die Dateien heißen. Platzhalter in geschweiften "
                                        "Klammern werden ersetzt: %1 und jede Spalte der Tabelle "
                                        "als {Spaltenname}.").replace(
                                            "%1", ", ".join("{" + t + "}" for t in shown_tokens())))
        self.pattern.textChanged.connect(lambda _t: self._replan_timer.start())
        self.out_dir.textChanged.connect(lambda _t: self._replan_timer.start())
        of.addRow(self.tr("Dateinamen:"), self.pattern)
        self.resume = QCheckBox(self.tr("Fertige Dateien überspringen (fortsetzen)"))
        self.make_zip = QCheckBox(self.tr("Zusätzlich alle Dateien als ZIP"))
        self.single_pdf = QCheckBox(self.tr("Zusätzlich alle Zeilen in einem PDF (für die "
                                            "Druckerei)"))
        self.single_pdf.setToolTip(
            self.tr("Ein PDF mit den Seiten aller Zeilen in Zeilenfolge – bei der Visitenkarte "
                    "Vorder- und Rückseite jeder Person nacheinander – als %1 im Zielordner. "
                    "Zeilen mit Fehlern fehlen darin und werden im Ergebnis genannt. Nur für "
                    "ein Druckformat.").replace("%1", SINGLE_PDF))
        self.single_pdf.setEnabled(self._one_print_format())
        for box in (self.resume, self.make_zip, self.single_pdf):
            box.toggled.connect(self.replan)
            of.addRow("", box)

        preview = QGroupBox(self.tr("Vorschau der ersten Zeilen"))
        pl = QVBoxLayout(preview)
        self.previews = QListWidget()
        self.previews.setAccessibleName(self.tr("Vorschau der ersten Zeilen"))
        self.previews.setViewMode(QListWidget.ViewMode.IconMode)
        self.previews.setIconSize(QSize(THUMB_PX, THUMB_PX))
        self.previews.setGridSize(QSize(THUMB_PX + 40, THUMB_PX + 90))
        self.previews.setWordWrap(True)
        self.previews.setMovement(QListWidget.Movement.Static)
        self.previews.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.previews.setMinimumHeight(THUMB_PX + 100)
        pl.addWidget(self.previews)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setStyleSheet("color:#555")
        pl.addWidget(self.notes)

        self.bar = QProgressBar()
        self.bar.setAccessibleName(self.tr("Fortschritt"))
        self.bar.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.results = QPlainTextEdit()
        self.results.setReadOnly(True)
        self.results.setAccessibleName(self.tr("Ergebnis"))
        self.results.setMaximumHeight(130)
        self.results.hide()

        self.buttons = QDialogButtonBox()
        self.start_button = self.buttons.addButton(self.tr("&Starten"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(self.tr("&Abbrechen"),
                                                    QDialogButtonBox.ButtonRole.ActionRole)
        self.open_folder = self.buttons.addButton(self.tr("Ordner &öffnen"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.start_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.open_folder.clicked.connect(self._open_folder)
        self.close_button.clicked.connect(self.reject)
        self.start_button.setDefault(True)

        # Choices are frozen while a run goes on: it works from the plan they made.
        self.settings = QWidget()
        left = QVBoxLayout(self.settings)
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(source)
        left.addWidget(mapping)
        left.addWidget(formats)
        left.addWidget(output)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(preview, 1)
        right.addWidget(self.bar)
        right.addWidget(self.status)
        right.addWidget(self.results)
        top = QHBoxLayout()
        top.addWidget(self.settings, 0)
        top.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addWidget(self.buttons)
        self.resize(1180, 760)

    # -- choices ---------------------------------------------------------------------------
    def choose_file(self) -> None:
        folder = str(QSettings().value("batchDataFolder", str(self.start_folder)))
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Datendatei wählen"), folder,
                                              self.tr("Tabellen (%1)").replace("%1", DATA_FILTER))
        if path:
            QSettings().setValue("batchDataFolder", str(Path(path).parent))
            self.load(Path(path))

    def load(self, path: Path) -> None:
        """Read ``path`` as the data file: detect, map, preview."""
        self.path.setText(str(path))
        self.explicit.clear()
        self.out_dir.blockSignals(True)
        self.out_dir.clear()
        self.out_dir.blockSignals(False)
        self.replan()

    def data_path(self) -> Path | None:
        text = self.path.text().strip()
        return Path(text) if text else None

    def chosen_templates(self) -> tuple[str, ...]:
        return tuple(tid for tid, box in self.template_boxes.items() if box.isChecked())

    def options(self) -> BatchOptions:
        templates = self.chosen_templates()
        has_print = any(self.catalogue.get(t).page.unit == "mm" for t in templates)
        preset = self.preset.currentData()
        out = self.out_dir.text().strip()
        return BatchOptions(
            templates=templates, out_dir=Path(out) if out else None,
            presets=(preset,) if preset and has_print else (),
            name_pattern=core_pattern(self.pattern.text().strip()) or DEFAULT_PATTERN,
            mapping=dict(self.explicit), office=self.office, jobs=self.jobs,
            resume=self.resume.isChecked(), make_zip=self.make_zip.isChecked(),
            single_pdf=Path(SINGLE_PDF) if self.single_pdf.isEnabled()
            and self.single_pdf.isChecked() else None,
            encoding=self.encoding.currentData(), delimiter=self.delimiter.currentData())

    def _one_print_format(self) -> bool:
        """One file for all rows needs one PDF per row: one print format chosen."""
        chosen = self.chosen_templates()
        return len(chosen) == 1 and self.catalogue.get(chosen[0]).page.unit == "mm"

    def _formats_changed(self) -> None:
        self.preset.setEnabled(any(self.catalogue.get(t).page.unit == "mm"
                                   for t in self.chosen_templates()))
        self.single_pdf.setEnabled(self._one_print_format())
        self.replan()

    def _browse_out(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Zielordner wählen"),
                                                  self.out_dir.text() or str(self.start_folder))
        if folder:
            self.out_dir.setText(folder)

    # -- planning --------------------------------------------------------------------------
    def replan(self) -> None:
        """Plan again with the current choices; shows what was found or one sentence why not."""
        self._replan_timer.stop()
        if self.running:
            return
        path = self.data_path()
        self.plan = None
        if path is None:
            self._update_buttons()
            return
        if not self.chosen_templates():
            self._fail(self.tr("Bitte mindestens ein Format wählen."))
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            options = self.options()
            source = open_data(path, encoding=options.encoding, delimiter=options.delimiter)
            self._columns = source.columns
            self.detected.setText(self.tr("Gelesen als: %1 · %2 Spalten")
                                  .replace("%1", source.describe()).replace("%2", str(len(source.columns))))
            self.plan = plan_batch(path, options)
        except AssetkitError as exc:
            self._fill_mapping()
            self._fail(exc.message)
            return
        finally:
            QApplication.restoreOverrideCursor()
        if not self.out_dir.text().strip():
            self.out_dir.blockSignals(True)
            self.out_dir.setText(str(self.plan.out_dir))
            self.out_dir.blockSignals(False)
        self._fill_mapping()
        self._show_plan()
        self._update_buttons()

    def _fail(self, message: str) -> None:
        self.plan = None
        self.previews.clear()
        self.notes.setText("")
        self.status.setStyleSheet("color:#c62828")
        self.status.setText(message)
        self._update_buttons()

    def _fields(self) -> list[tuple[str, str]]:
        """(field id, label) of every text and photo field the chosen formats fill from data."""
        seen: dict[str, str] = {}
        for tid in self.chosen_templates():
            t = self.catalogue.get(tid)
            for f in t.all_text_fields():
                if not f.is_office:
                    seen.setdefault(f.id, label(f.label))
            for fi in t.all_image_fields():
                seen.setdefault(fi.id, label(fi.label))
        return list(seen.items())

    def mapped_column(self, field: str) -> str:
        if field in self.explicit:
            return self.explicit[field]
        if self.plan is not None:
            for m in self.plan.mapping.templates:
                for fid, col in (*m.texts, *m.images):
                    if fid == field:
                        return col
        return NO_COLUMN

    def _fill_mapping(self) -> None:
        while self.mapping_form.rowCount():
            self.mapping_form.removeRow(0)
        self.mapping_combos.clear()
        for fid, name in self._fields():
            combo = QComboBox()
            combo.setAccessibleName(name)
            combo.addItem(self.tr("— keine Spalte (Mustertext) —"), NO_COLUMN)
            for col in self._columns:
                combo.addItem(col, col)
            index = combo.findData(self.mapped_column(fid))
            combo.setCurrentIndex(max(0, index))
            combo.currentIndexChanged.connect(lambda _i, f=fid, c=combo: self._mapping_changed(f, c))
            self.mapping_combos[fid] = combo
            self.mapping_form.addRow(name + ":", combo)

    def _mapping_changed(self, field: str, combo: QComboBox) -> None:
        column = combo.currentData()
        if column:
            self.explicit[field] = column
        else:
            self.explicit.pop(field, None)
        self._replan_timer.start()

    def _show_plan(self) -> None:
        plan = self.plan
        assert plan is not None
        self.status.setStyleSheet("")
        text = (self.tr("%1 Datenzeilen × %2 Formate = %3 Dateien nach %4")
                .replace("%1", str(plan.row_count)).replace("%2", str(len(plan.outputs)))
                .replace("%3", str(plan.total_jobs)).replace("%4", str(plan.out_dir)))
        if plan.single_pdf is not None:
            text += " " + self.tr("und alle in einem PDF: %1").replace("%1", plan.single_pdf.name)
        self.status.setText(text)
        notes = list(plan.notes)
        if plan.mapping.office:
            notes.insert(0, self.tr("Dienststelle aus den Spalten: %1").replace(
                "%1", ", ".join(f"{col} → {key}" for key, col in plan.mapping.office)))
        self.notes.setText("\n".join(notes))
        self.previews.clear()
        self.thumbs.clear()
        self._generation += 1
        shown = self.preview_template()
        for prow in plan.preview:
            text = self.tr("Zeile %1").replace("%1", str(prow.row))
            files = [f for f in prow.files if shown.id in f] or list(prow.files)
            if files:
                text += "\n" + files[0]
            if prow.problems:
                text += "\n⚠ " + "; ".join(prow.problems)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, prow.row)
            item.setToolTip("\n".join([*prow.files, *prow.problems]))
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            self.previews.addItem(item)
            content = prow.contents.get(shown.id)
            if content is not None:
                page = shown.page
                scale = THUMB_PX / max(page.width, page.height)
                job = RenderJob(shown, content, prow.office or self.office, scale,
                                cache_dir() / "proxies")
                self._thumb_pool.start(_ThumbJob(self._generation, prow.row, job, self.brand,
                                                 self._signals))

    def preview_template(self) -> Template:
        """The format the thumbnails show: the main window's, when it is among the chosen."""
        chosen = self.chosen_templates()
        return self.template if self.template.id in chosen else self.catalogue.get(chosen[0])

    def _thumb_ready(self, generation: int, row: int, template_id: str, image: QImage | None) -> None:
        if generation != self._generation or image is None:
            return
        self.thumbs[(row, template_id)] = image
        for i in range(self.previews.count()):
            item = self.previews.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == row:
                item.setIcon(QIcon(QPixmap.fromImage(image)))

    # -- running ---------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self._cancel is not None

    def _update_buttons(self) -> None:
        running = self.running
        self.settings.setEnabled(not running)
        self.start_button.setEnabled(self.plan is not None and not running)
        self.cancel_button.setVisible(running)
        self.close_button.setEnabled(not running)
        self.open_folder.setVisible(self.report is not None and not running)

    def start(self) -> None:
        if self.plan is None or self.running:
            return
        self.plan.out_dir.mkdir(parents=True, exist_ok=True)
        self.report = None
        self._cancel = threading.Event()
        self.bar.setRange(0, self.plan.total_jobs)
        self.bar.setValue(0)
        self.bar.show()
        self.results.hide()
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Starte…"))
        self._update_buttons()
        self._run_pool.start(_RunJob(self.plan, self._cancel, self._signals))

    def cancel(self) -> None:
        if self._cancel is not None and not self._cancel.is_set():
            self._cancel.set()
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Wird abgebrochen; laufende Dateien werden fertig…"))

    def _progress(self, p: Progress) -> None:
        self.bar.setRange(0, max(1, p.total))
        self.bar.setValue(p.done)
        if self._cancel is not None and self._cancel.is_set():
            return
        text = self.tr("%1 von %n Dateien", "", p.total).replace("%1", str(p.done))
        if p.rate > 0:
            text += " · " + self.tr("%1 Dateien/s").replace("%1", QLocale().toString(p.rate, "f", 1))
        if p.eta is not None:
            text += " · " + self.tr("noch etwa %1").replace("%1", duration(p.eta))
        if p.errors:
            text += " · " + self.tr("%n fehlgeschlagen", "", p.errors)
        self.status.setText(text)

    def _finished(self, report: BatchReport | None, error: str) -> None:
        self._cancel = None
        self.cancel_button.setEnabled(True)
        self.bar.hide()
        self.report = report
        self._update_buttons()
        if report is None:
            self.status.setStyleSheet("color:#c62828")
            self.status.setText(self.tr("Serienproduktion fehlgeschlagen: %1").replace("%1", error))
            return
        made = report.count("ok") + report.count("warning")
        failed = report.failed
        rows_failed = sorted({r.row for r in failed})
        parts = [self.tr("%n Datei(en) erstellt", "", made)]
        if report.count("skipped"):
            parts.append(self.tr("%n übersprungen (schon fertig)", "", report.count("skipped")))
        if failed:
            parts.append(self.tr("%n Zeile(n) fehlgeschlagen", "", len(rows_failed)))
        if report.cancelled:
            parts.append(self.tr("abgebrochen"))
        single = report.single_pdf
        no_single = single is not None and not single.written and not report.cancelled
        if single is not None and single.written:
            parts.append(self.tr("alle in einem PDF mit %n Seite(n)", "", single.pages))
        elif no_single:
            parts.append(self.tr("kein Gesamt-PDF"))
        self.status.setStyleSheet("color:#c62828" if failed or no_single else
                                  "color:#b45309" if report.cancelled else "color:#2e7d32")
        took = self.tr("in %1.").replace("%1", duration(report.elapsed))
        self.status.setText(", ".join(parts) + " " + took)
        lines = [self.tr("Zeile %1 · %2: %3").replace("%1", str(r.row)).replace("%2", r.template)
                 .replace("%3", " ".join(r.messages)) for r in failed]
        lines += [self.tr("Zeile %1 · %2 (Hinweis): %3").replace("%1", str(r.row))
                  .replace("%2", r.template).replace("%3", " ".join(r.messages))
                  for r in report.results if r.status == "warning"]
        if single is not None:
            # The core's sentence: which rows the file holds, or why it was not written.
            lines.insert(0, self.tr("Gesamt-PDF %1: %2").replace("%1", single.path.name)
                         .replace("%2", single.describe()) if single.written
                         else single.describe())
        if lines:
            self.results.setPlainText("\n".join(lines))
            self.results.show()
        self.finishedRun.emit(report.out_dir)

    def _open_folder(self) -> None:
        if self.report is not None:
            open_folder(self, self.report.out_dir)

    # -- closing ---------------------------------------------------------------------------
    def wait(self, msecs: int = 60_000) -> bool:
        """Block until thumbnails and the run are done (closing and tests only)."""
        return self._thumb_pool.waitForDone(msecs) and self._run_pool.waitForDone(msecs)

    def done(self, result: int) -> None:
        if self._cancel is not None:
            self._cancel.set()
        self.wait()
        super().done(result)
