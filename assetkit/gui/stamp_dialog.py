"""„Logo aufbringen…“: put the campaign logo onto existing PDFs, images and Word forms.

The dialog is a thin view over :mod:`assetkit.stamp`: for the selected file it plans and
previews one page in a worker thread (newest request wins, stale results are dropped), and
„Alle stempeln“ runs :func:`assetkit.stamp.stamp_files` in another worker with a per-file
report. The core never changes an original; the dialog only says so.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QImage,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from assetkit.errors import AssetkitError
from assetkit.gui.desktop import open_folder
from assetkit.gui.stamp_workers import BatchJob, BatchSignals, PreviewOutcome, PreviewRequest, StampPreviewer
from assetkit.stamp import (
    BatchReport,
    DocumentPlan,
    FileReport,
    PageSelection,
    StampOptions,
    Status,
    collect_jobs,
    supported_suffixes,
)
from assetkit.stamp.dispatch import is_supported

REPLAN_DELAY_MS = 200       # typing in the size field re-plans once, not on every digit
WORD_SUFFIXES = (".docx", ".docm")
PATH_ROLE = Qt.ItemDataRole.UserRole


def stampable(path: Path) -> bool:
    """A file the stamp workflow takes (PDF, image, Word) or a folder to search."""
    return path.is_dir() or is_supported(path)


def dropped_paths(event: QDropEvent | QDragEnterEvent | QDragMoveEvent) -> list[Path]:
    """Local files and folders in a drag that the stamp workflow can take."""
    return [Path(u.toLocalFile()) for u in event.mimeData().urls()
            if u.isLocalFile() and stampable(Path(u.toLocalFile()))]


def accept_stampable_drag(event: QDragEnterEvent | QDragMoveEvent) -> None:
    if dropped_paths(event):
        event.acceptProposedAction()
    else:
        event.ignore()


def buddy(text: str, widget: QWidget) -> QLabel:
    """A form label whose mnemonic focuses ``widget`` (QFormLayout only does this for widgets)."""
    label = QLabel(text)
    label.setBuddy(widget)
    return label


# -- widgets --------------------------------------------------------------------------------

class PagePreview(QLabel):
    """The page image, scaled to fit while keeping its aspect ratio."""

    def __init__(self) -> None:
        super().__init__()
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumSize(320, 320)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setStyleSheet("background:#e8eaed; color:#555; padding:12px")
        self.setWordWrap(True)
        self.image: QImage | None = None

    def show_image(self, image: QImage | None, text: str = "") -> None:
        self.image = image
        if image is None:
            self.setPixmap(QPixmap())
            self.setText(text)
        else:
            self.setText("")
            self._fit()

    def _fit(self) -> None:
        if self.image is None:
            return
        ratio = self.devicePixelRatioF()
        size = self.contentsRect().size() * ratio
        pixmap = QPixmap.fromImage(self.image).scaled(
            size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
        pixmap.setDevicePixelRatio(ratio)
        self.setPixmap(pixmap)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 -- Qt override
        super().resizeEvent(event)
        self._fit()


class StampDialog(QDialog):
    """Files → preview per page → options → „Alle stempeln“ → report per file."""

    stamped = Signal(object)          # BatchReport

    def __init__(self, files: Sequence[Path] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Logo aufbringen"))
        self.setAcceptDrops(True)
        self.report: BatchReport | None = None
        self.outcome: PreviewOutcome | None = None
        self._cancel = threading.Event()
        self._pool = QThreadPool(self)
        self._batch = BatchSignals(self)
        self._batch.progress.connect(self._progress)
        self._batch.finished.connect(self._finished)
        self.previewer = StampPreviewer(self)
        self.previewer.ready.connect(self._previewed)
        self._replan = QTimer(self)
        self._replan.setSingleShot(True)
        self._replan.setInterval(REPLAN_DELAY_MS)
        self._replan.timeout.connect(self.request_preview)

        intro = QLabel(self.tr("Das Kampagnenlogo wird auf PDFs, Bilder und Word-Formulare "
                               "gesetzt. Die Originale bleiben unverändert: jede Ausgabe ist eine "
                               "neue Datei mit der Endung „_kampagne“."))
        intro.setWordWrap(True)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._left_column())
        splitter.addWidget(self._preview_column())
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([400, 700])

        self.bar = QProgressBar()
        self.bar.setAccessibleName(self.tr("Fortschritt"))
        self.bar.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.results = QTreeWidget()
        self.results.setAccessibleName(self.tr("Ergebnis je Datei"))
        self.results.setHeaderLabels([self.tr("Datei"), self.tr("Ergebnis"), self.tr("Hinweis")])
        self.results.setRootIsDecorated(False)
        self.results.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.results.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.results.setMaximumHeight(150)
        self.results.hide()

        self.buttons = QDialogButtonBox()
        self.stamp_button = self.buttons.addButton(self.tr("Alle stempeln"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(self.tr("Abbrechen"),
                                                    QDialogButtonBox.ButtonRole.ActionRole)
        self.open_folder = self.buttons.addButton(self.tr("Ordner öffnen"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.cancel_button.hide()
        self.open_folder.hide()
        self.stamp_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.open_folder.clicked.connect(self._open_folder)
        self.close_button.clicked.connect(self.reject)
        self.stamp_button.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.bar)
        layout.addWidget(self.status)
        layout.addWidget(self.results)
        layout.addWidget(self.buttons)
        self.resize(1180, 820)
        self.add_paths(files)
        self._update_buttons()

    # -- layout ----------------------------------------------------------------------------
    def _left_column(self) -> QWidget:
        files_box = QGroupBox(self.tr("Dateien"))
        self.files = QTreeWidget()
        self.files.setAccessibleName(self.tr("Dateien"))
        self.files.setHeaderHidden(True)
        self.files.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.files.setMinimumHeight(160)
        self.files.currentItemChanged.connect(lambda *_: self._file_changed())
        add_files = QPushButton(self.tr("Dateien hinzufügen…"))
        add_files.clicked.connect(self.choose_files)
        add_folder = QPushButton(self.tr("Ordner hinzufügen…"))
        add_folder.clicked.connect(self.choose_folder)
        self.remove_button = QPushButton(self.tr("Entfernen"))
        self.remove_button.clicked.connect(self.remove_selected)
        row = QHBoxLayout()
        for b in (add_files, add_folder, self.remove_button):
            row.addWidget(b)
        hint = QLabel(self.tr("PDFs, Bilder (PNG, JPEG, WebP, TIFF) und Word-Formulare (.docx); "
                              "auch per Drag & Drop."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color:#555")
        fl = QVBoxLayout(files_box)
        fl.addWidget(self.files, 1)
        fl.addLayout(row)
        fl.addWidget(hint)

        options_box = QGroupBox(self.tr("Logo"))
        form = QFormLayout(options_box)
        self.position = QComboBox()
        self.position.setAccessibleName(self.tr("Position"))
        for key, text in (("auto", self.tr("Automatisch (freie Stelle)")),
                          ("top-right", self.tr("Oben rechts")), ("top-left", self.tr("Oben links")),
                          ("bottom-right", self.tr("Unten rechts")),
                          ("bottom-left", self.tr("Unten links")),
                          ("header", self.tr("Kopfzeile (Mitte)")),
                          ("footer", self.tr("Fußzeile (Mitte)"))):
            self.position.addItem(text, key)
        form.addRow(self.tr("&Position:"), self.position)
        self.pages = QComboBox()
        self.pages.setAccessibleName(self.tr("Seiten"))
        for key, text in (("all", self.tr("Alle Seiten")), ("first", self.tr("Erste Seite")),
                          ("range", self.tr("Seitenbereich"))):
            self.pages.addItem(text, key)
        self.page_range = QLineEdit()
        self.page_range.setAccessibleName(self.tr("Seitenbereich"))
        self.page_range.setPlaceholderText(self.tr("z. B. 2-4"))
        self.page_range.setMaximumWidth(110)
        pages_row = QHBoxLayout()
        pages_row.addWidget(self.pages, 1)
        pages_row.addWidget(self.page_range)
        form.addRow(buddy(self.tr("S&eiten:"), self.pages), pages_row)
        self.variant = QComboBox()
        self.variant.setAccessibleName(self.tr("Variante"))
        for key, text in ((None, self.tr("Automatisch (nach Helligkeit)")),
                          ("color", self.tr("Farbig")), ("black", self.tr("Schwarz")),
                          ("white", self.tr("Weiß"))):
            self.variant.addItem(text, key)
        form.addRow(self.tr("&Variante:"), self.variant)
        self.size = QDoubleSpinBox()
        self.size.setAccessibleName(self.tr("Logobreite auf PDF-Seiten"))
        self.size.setRange(35.0, 200.0)         # 35 mm: the brand's minimum logo width
        self.size.setSingleStep(2.5)
        self.size.setDecimals(1)
        self.size.setValue(45.0)
        self.size.setSuffix(" mm")
        self.size.setToolTip(self.tr("Im automatischen Modus die größte Breite; passt sie nicht, "
                                     "wird das Logo bis zur Mindestbreite verkleinert."))
        form.addRow(self.tr("&Breite (PDF):"), self.size)
        self.image_width = QSpinBox()
        self.image_width.setAccessibleName(self.tr("Logobreite auf Bildern"))
        self.image_width.setRange(10, 60)
        self.image_width.setValue(25)
        self.image_width.setSuffix(" %")
        self.image_width.setToolTip(self.tr("Anteil an der kürzeren Bildseite"))
        form.addRow(self.tr("Breite (B&ilder):"), self.image_width)
        self.password = QLineEdit()
        self.password.setAccessibleName(self.tr("Kennwort"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("nur für verschlüsselte PDFs"))
        form.addRow(self.tr("&Kennwort:"), self.password)

        self.out = QLineEdit()
        self.out.setAccessibleName(self.tr("Zielordner"))
        self.out.setPlaceholderText(self.tr("neben den Originalen (Name_kampagne.pdf)"))
        self.out.setClearButtonEnabled(True)
        browse = QPushButton(self.tr("Durchsuchen…"))
        browse.clicked.connect(self._browse_out)
        out_row = QHBoxLayout()
        out_row.addWidget(self.out, 1)
        out_row.addWidget(browse)
        form.addRow(buddy(self.tr("&Ausgabe:"), self.out), out_row)

        for signal in (self.position.currentIndexChanged, self.pages.currentIndexChanged,
                       self.variant.currentIndexChanged):
            signal.connect(self._options_changed)
        for signal in (self.size.valueChanged, self.image_width.valueChanged,
                       self.page_range.textChanged, self.password.editingFinished):
            signal.connect(self._replan.start)
        self.pages.currentIndexChanged.connect(self._update_range)
        self._update_range()

        column = QWidget()
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(files_box, 1)
        layout.addWidget(options_box)
        column.setMinimumWidth(360)
        return column

    def _preview_column(self) -> QWidget:
        self.page_view = PagePreview()
        self.page_view.setAccessibleName(self.tr("Seitenvorschau"))
        self.page = QSpinBox()
        self.page.setAccessibleName(self.tr("Seite"))
        self.page.setPrefix(self.tr("Seite "))
        self.page.setRange(1, 1)
        self.page.setEnabled(False)
        self.page.valueChanged.connect(lambda _v: self.request_preview())
        self.page_count = QLabel()
        self.note = QLabel()
        self.note.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.page)
        row.addWidget(self.page_count)
        row.addSpacing(12)
        row.addWidget(self.note, 1)
        column = QWidget()
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.page_view, 1)
        layout.addLayout(row)
        return column

    # -- files -----------------------------------------------------------------------------
    def inputs(self) -> list[Path]:
        """The files and folders as the user gave them (folders are searched when stamping)."""
        return [self.files.topLevelItem(i).data(0, PATH_ROLE)
                for i in range(self.files.topLevelItemCount())]

    def add_paths(self, paths: Sequence[Path | str]) -> int:
        """Add files and folders (unsupported files are named in the status line)."""
        have = {p.resolve() for p in self.inputs()}
        added, refused = 0, []
        first: QTreeWidgetItem | None = None
        for raw in paths:
            path = Path(raw)
            if path.resolve() in have:
                continue
            if not stampable(path):
                refused.append(path.name)
                continue
            item = QTreeWidgetItem([path.name])
            item.setData(0, PATH_ROLE, path)
            item.setToolTip(0, str(path))
            if path.is_dir():
                jobs, _problems = collect_jobs([path])
                item.setText(0, self.tr("%1 (Ordner, %2 Dateien)").replace("%1", path.name)
                             .replace("%2", str(len(jobs))))
                for job in jobs:
                    child = QTreeWidgetItem([str(job.source.relative_to(path))])
                    child.setData(0, PATH_ROLE, job.source)
                    child.setToolTip(0, str(job.source))
                    item.addChild(child)
                item.setExpanded(True)
            self.files.addTopLevelItem(item)
            have.add(path.resolve())
            added += 1
            first = first or item
        if refused:
            self._say(self.tr("Nicht unterstützt: %1").replace("%1", ", ".join(refused)), "#b45309")
        if first is not None:
            self.files.setCurrentItem(first.child(0) if first.childCount() else first)
        self._update_buttons()
        return added

    def choose_files(self) -> None:
        patterns = " ".join(f"*{s}" for s in supported_suffixes())
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Dateien wählen"), self._start_folder(),
            self.tr("PDFs, Bilder und Word-Formulare (%1)").replace("%1", patterns))
        self.add_paths([Path(p) for p in paths])

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Ordner wählen"), self._start_folder())
        if folder:
            self.add_paths([Path(folder)])

    def remove_selected(self) -> None:
        for item in self.files.selectedItems():
            top = item if item.parent() is None else item.parent()
            index = self.files.indexOfTopLevelItem(top)
            if index >= 0:
                self.files.takeTopLevelItem(index)
        self.previewer.forget()
        self._file_changed()
        self._update_buttons()

    def _start_folder(self) -> str:
        inputs = self.inputs()
        if inputs:
            return str(inputs[-1] if inputs[-1].is_dir() else inputs[-1].parent)
        return str(Path.home())

    def current_file(self) -> Path | None:
        item = self.files.currentItem()
        if item is None:
            return None
        path: Path = item.data(0, PATH_ROLE)
        if path.is_dir():
            return item.child(0).data(0, PATH_ROLE) if item.childCount() else None
        return path

    def _file_changed(self) -> None:
        self.page.blockSignals(True)
        self.page.setValue(1)
        self.page.setMaximum(1)         # the plan says how many pages there are
        self.page.blockSignals(False)
        self.page.setEnabled(False)
        self.request_preview()

    # -- options and preview ---------------------------------------------------------------
    def options(self) -> StampOptions:
        """What the controls say; raises AssetkitError for a bad page range."""
        kind = self.pages.currentData()
        pages = (PageSelection() if kind == "all" else PageSelection(1, 1) if kind == "first"
                 else PageSelection.parse(self.page_range.text() or "1"))
        return StampOptions(position=self.position.currentData(), pages=pages,
                            variant=self.variant.currentData(), size_mm=self.size.value(),
                            image_width=self.image_width.value() / 100,
                            password=self.password.text() or None)

    def _update_range(self) -> None:
        self.page_range.setEnabled(self.pages.currentData() == "range")

    def _options_changed(self) -> None:
        self._replan.stop()
        self.request_preview()

    def request_preview(self) -> None:
        self._replan.stop()
        path = self.current_file()
        if path is None:
            self.page_view.show_image(None, self.tr("Dateien hinzufügen oder hierher ziehen, um "
                                                    "die Vorschau zu sehen."))
            self.note.setText("")
            self.page_count.setText("")
            return
        if path.suffix.lower() in WORD_SUFFIXES:
            self.page_view.show_image(None, self.tr("%1\n\nWord-Dokument: keine Seitenvorschau. Das "
                                                    "Logo kommt in die Kopfzeile jedes Abschnitts "
                                                    "(oben rechts oder oben links).")
                                      .replace("%1", path.name))
            self.note.setText("")
            self.page_count.setText("")
            return
        try:
            options = self.options()
        except AssetkitError as exc:
            self.note.setText(exc.message)
            self.note.setStyleSheet("color:#c62828")
            return
        self.note.setText(self.tr("Vorschau wird berechnet…"))
        self.note.setStyleSheet("color:#555")
        self.previewer.request(PreviewRequest(path, options, self.page.value() - 1))

    def _previewed(self, outcome: PreviewOutcome) -> None:
        self.outcome = outcome
        plan = outcome.plan
        if plan is not None:
            self.page.blockSignals(True)
            self.page.setMaximum(max(1, plan.page_count))
            self.page.blockSignals(False)
            self.page_count.setText(self.tr("von %1").replace("%1", str(plan.page_count)))
            self.page.setEnabled(plan.page_count > 1)
        if outcome.image is None:
            self.page_view.show_image(None, outcome.message)
            self.note.setText(outcome.message)
            self.note.setStyleSheet("color:#c62828")
            return
        self.page_view.show_image(outcome.image)
        text, colour = self._page_note(plan, outcome.request.index)
        self.note.setText(text)
        self.note.setStyleSheet(f"color:{colour}")

    def _page_note(self, plan: DocumentPlan | None, index: int) -> tuple[str, str]:
        if plan is None:
            return "", "#555"
        page = next((p for p in plan.pages if p.index == index), None)
        extra = list(plan.notes)
        if page is None:
            return self.tr("Diese Seite wird nicht gestempelt (nicht ausgewählt)."), "#555"
        if page.placement is None:
            return self.tr("Kein Logo auf dieser Seite: %1").replace("%1", page.reason), "#b45309"
        extra += list(page.notes)
        if extra:
            return "; ".join(extra), "#b45309"
        stamped = len(plan.stamped_pages)
        return (self.tr("Logo auf %1 von %n ausgewählten Seite(n).", "", len(plan.pages))
                .replace("%1", str(stamped)), "#2e7d32")

    # -- stamping --------------------------------------------------------------------------
    def out_folder(self) -> Path | None:
        text = self.out.text().strip()
        return Path(text) if text else None

    def _browse_out(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Zielordner wählen"),
                                                  self.out.text() or self._start_folder())
        if folder:
            self.out.setText(folder)

    @property
    def running(self) -> bool:
        return self.cancel_button.isVisible()

    def _update_buttons(self) -> None:
        has = self.files.topLevelItemCount() > 0
        self.stamp_button.setEnabled(has and not self.running)
        self.remove_button.setEnabled(has and not self.running)

    def _say(self, text: str, colour: str = "") -> None:
        self.status.setText(text)
        self.status.setStyleSheet(f"color:{colour}" if colour else "")

    def start(self) -> None:
        inputs = self.inputs()
        if not inputs or self.running:
            return
        try:
            options = self.options()
        except AssetkitError as exc:
            self._say(exc.message, "#c62828")
            return
        self.report = None
        self._cancel.clear()
        self.results.clear()
        self.results.show()
        self.open_folder.hide()
        self.bar.setRange(0, 0)
        self.bar.show()
        self.cancel_button.show()
        self.cancel_button.setEnabled(True)
        self._update_buttons()
        self._say(self.tr("Stemple…"))
        self._pool.start(BatchJob(inputs, self.out_folder(), options, self._cancel, self._batch))

    def cancel(self) -> None:
        self._cancel.set()
        self.cancel_button.setEnabled(False)
        self._say(self.tr("Wird abgebrochen…"))

    def _status_text(self, status: Status) -> str:
        return {Status.STAMPED: self.tr("gestempelt"), Status.SKIPPED: self.tr("übersprungen"),
                Status.FAILED: self.tr("fehlgeschlagen")}[status]

    def _add_result(self, report: FileReport) -> None:
        detail = "; ".join(p for p in (report.message, *report.notes) if p)
        if report.output is not None:
            detail = f"→ {report.output.name}" + (f" – {detail}" if detail else "")
        item = QTreeWidgetItem([report.source.name, self._status_text(report.status), detail])
        item.setToolTip(0, str(report.source))
        item.setToolTip(2, str(report.output) if report.output else detail)
        colour = {Status.STAMPED: "#2e7d32", Status.SKIPPED: "#b45309",
                  Status.FAILED: "#c62828"}[report.status]
        item.setForeground(1, QBrush(QColor(colour)))
        self.results.addTopLevelItem(item)

    def _progress(self, done: int, total: int, report: FileReport) -> None:
        self.bar.setRange(0, total)
        self.bar.setValue(done)
        if not self._cancel.is_set():
            self._say(self.tr("Stemple… %1 von %2").replace("%1", str(done)).replace("%2", str(total)))

    def _finished(self, result: BatchReport | str) -> None:
        self.bar.hide()
        self.cancel_button.hide()
        self._update_buttons()
        if isinstance(result, str):
            self._say(self.tr("Stempeln nicht möglich: %1").replace("%1", result), "#c62828")
            return
        self.report = result
        for report in result.files:
            self._add_result(report)
        stamped = result.count(Status.STAMPED)
        skipped = result.count(Status.SKIPPED)
        failed = result.count(Status.FAILED)
        text = (self.tr("%1 gestempelt, %2 übersprungen, %3 fehlgeschlagen. Die Originale sind "
                        "unverändert.").replace("%1", str(stamped)).replace("%2", str(skipped))
                .replace("%3", str(failed)))
        self._say(text, "#c62828" if failed else "#b45309" if skipped else "#2e7d32")
        self.open_folder.setVisible(stamped > 0)
        self.stamped.emit(result)

    def output_folder(self) -> Path | None:
        if self.out_folder() is not None:
            return self.out_folder()
        if self.report is None:
            return None
        outputs = [r.output for r in self.report.files if r.output is not None]
        return outputs[0].parent if outputs else None

    def _open_folder(self) -> None:
        folder = self.output_folder()
        if folder is not None:
            open_folder(self, folder)

    # -- drops and closing -----------------------------------------------------------------
    def dragEnterEvent(self, event) -> None:  # noqa: N802 -- Qt override
        accept_stampable_drag(event)

    def dragMoveEvent(self, event) -> None:  # noqa: N802 -- Qt override
        accept_stampable_drag(event)

    def dropEvent(self, event) -> None:  # noqa: N802 -- Qt override
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if self.add_paths(paths) or paths:
            event.acceptProposedAction()

    def wait(self, msecs: int = 60_000) -> None:
        self.previewer.wait(msecs)
        self._pool.waitForDone(msecs)

    def done(self, result: int) -> None:
        self._cancel.set()
        self._replan.stop()
        self.wait()
        super().done(result)
