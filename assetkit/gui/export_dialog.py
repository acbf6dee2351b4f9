"""Export dialog: format, preset, file name, progress, "open folder"; one content to the whole
template family in one go.

Exports run in a worker thread through :func:`assetkit.export.formats.export` (the pipeline the
preview uses); files are written atomically. Print presets come from
``assetkit.export.presets``.

Every export is judged before anything is written, by the judge the findings panel and the CLI
ask (:func:`assetkit.preflight.judge.check_content`) for the chosen target: the print preset of a
PDF, else the template's own rules. The dialog lists those findings as soon as it opens and again
when the format or preset changes; an error refuses the export until the user forces it with
„Trotzdem exportieren“, warnings and hints are shown and the file is written.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
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
from assetkit.errors import AssetkitError, user_message
from assetkit.export.altmeta import write_alt_text
from assetkit.export.formats import SIDE_GAP_MM, ExportRequest, Format, export
from assetkit.export.presets import Preset, list_presets, resolve_preset
from assetkit.fileio import write_atomic
from assetkit.gui.desktop import ask_replace, open_folder
from assetkit.gui.findings_panel import FindingsPanel
from assetkit.gui.i18n import label
from assetkit.gui.sides import side_names
from assetkit.office import OfficeProfile
from assetkit.templates import Template

if TYPE_CHECKING:
    from assetkit.preflight import Finding

FORMATS = (("png", "PNG", ".png"), ("jpeg", "JPEG", ".jpg"), ("pdf", "PDF", ".pdf"))


def available_presets() -> list[tuple[str, str]]:
    """(id, display name) of the export profiles; none when a preset file is broken (the export
    then reports it)."""
    return [(p.id, p.name) for p in preset_objects()]


def preset_objects() -> list[Preset]:
    try:
        return list_presets()
    except AssetkitError:
        return []


# One name for the option in every dialog (export, batch) and in the quick guide.
def profile_caption() -> str:
    return QCoreApplication.translate("ExportDialog", "&Exportprofil:")


def no_profile_text() -> str:
    return QCoreApplication.translate("ExportDialog", "Kein Exportprofil (Bildschirm-PDF)")


def profile_tip() -> str:
    return QCoreApplication.translate(
        "ExportDialog", "Ein Exportprofil legt fest, wofür das PDF gemacht wird: für die Druckerei "
                        "(CMYK, Beschnitt, Schnittmarken), den Büro-Drucker oder die Website "
                        "(barrierefrei). Ohne Profil entsteht ein PDF für den Bildschirm.")


def fill_profiles(combo: QComboBox) -> None:
    """The profile choices: none first, then every preset with its description as tooltip."""
    combo.addItem(no_profile_text(), None)
    combo.setItemData(0, QCoreApplication.translate(
        "ExportDialog", "Ein einfaches PDF in RGB für Bildschirm und E-Mail, ohne Beschnitt und "
                        "Schnittmarken; nicht für die Druckerei."), Qt.ItemDataRole.ToolTipRole)
    for p in preset_objects():
        combo.addItem(p.name, p.id)
        if p.description:
            combo.setItemData(combo.count() - 1, p.description, Qt.ItemDataRole.ToolTipRole)


DEFAULT_PROFILE = {"print": "druckerei", "office": "buero"}


def default_profile(template: Template) -> str | None:
    """The profile a template's PDF is for unless the user picks another: the print shop for
    print templates, the office printer for office forms, none for social images."""
    return DEFAULT_PROFILE.get(template.category)


def platforms(template: Template) -> list[str]:
    known = ("Instagram", "Facebook", "LinkedIn", "X", "Mastodon")
    return [t for t in template.tags if t in known]


def _mm(value: float) -> str:
    return f"{value:g}".replace(".", ",")


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
    checked = Signal(int, list, str)   # check generation, [CheckedFinding], error message


def check_target(fmt: str, preset: str | None) -> str | None:
    """What an export is judged for: the print preset of a PDF, else the template's rules."""
    return preset if fmt == "pdf" else None


class _CheckJob(QRunnable):
    """Judge every file to be written the way ``assetkit check`` does; writes nothing."""

    def __init__(self, generation: int, templates: list[Template], content_for, brand: Brand,
                 office: OfficeProfile | None, fmt: str, preset: str | None,
                 signals: _Signals) -> None:
        super().__init__()
        self.generation, self.templates, self.content_for = generation, templates, content_for
        self.brand, self.office, self.fmt, self.preset = brand, office, fmt, preset
        self.signals = signals

    def run(self) -> None:
        from assetkit.preflight.judge import check_content  # loaded off the UI thread

        found: list[CheckedFinding] = []
        try:
            for t in self.templates:
                findings, _ = check_content(t, self.content_for(t), self.brand, self.office,
                                            preset=check_target(self.fmt, self.preset),
                                            fmt=self.fmt)
                found += [CheckedFinding(t, f) for f in findings]
        except AssetkitError as exc:
            self.signals.checked.emit(self.generation, [], exc.message)
            return
        except Exception as exc:  # noqa: BLE001 -- shown as a sentence, the app keeps running
            self.signals.checked.emit(self.generation, [], user_message(exc))
            return
        self.signals.checked.emit(self.generation, found, "")


class _ExportJob(QRunnable):
    """Render every item and write it atomically."""

    def __init__(self, items: list[ExportItem], content_for, brand: Brand,
                 office: OfficeProfile | None, request: ExportRequest, inputs: list[Path],
                 signals: _Signals) -> None:
        super().__init__()
        self.items, self.content_for, self.brand, self.office = items, content_for, brand, office
        self.request, self.inputs, self.signals = request, inputs, signals

    def run(self) -> None:
        written: list[str] = []
        try:
            for i, item in enumerate(self.items):
                self.signals.progress.emit(i, item.path.name)
                data, comp = export(item.template, self.content_for(item.template), self.brand,
                                    self.office, self.request)
                write_atomic(item.path, data, inputs=self.inputs)
                written.append(str(item.path))
                if self.request.fmt in ("png", "jpeg") and item.template.page.unit == "px":
                    # The alt text beside a social image, to paste into the platform's box.
                    write_alt_text(item.path, comp, self.inputs)
        except AssetkitError as exc:
            self.signals.finished.emit(written, exc.message)
            return
        except Exception as exc:  # noqa: BLE001 -- shown as a sentence, the app keeps running
            self.signals.finished.emit(written, user_message(exc))
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
        self._check_generation = 0          # the choices the newest check was started for
        self._checked_generation = -1       # the choices self.findings belong to
        self._export_waiting = False        # „Exportieren“ pressed while the check still runs
        self._forced = False
        self.overwrite_box: QMessageBox | None = None

        form = QFormLayout()
        self.format = QComboBox()
        for key, name, _suffix in FORMATS:
            self.format.addItem(name, key)
        self.format.setCurrentIndex(0 if template.page.unit == "px" else 2)
        self.format.setAccessibleName(self.tr("Dateiformat"))
        self.format.setToolTip(self.tr("PNG: verlustfreies Bild, gut für Text und Grafiken. JPEG: "
                                       "kleineres Bild, gut für Fotos. PDF: für Druck und "
                                       "Weitergabe als Dokument."))
        form.addRow(self.tr("&Format:"), self.format)
        self.preset = QComboBox()
        self.preset.setAccessibleName(profile_caption().replace("&", "").rstrip(":"))
        self.preset.setToolTip(profile_tip())
        fill_profiles(self.preset)
        wanted = self.preset.findData(default_profile(template))
        if wanted >= 0:
            self.preset.setCurrentIndex(wanted)
        self.preset_caption = QLabel(profile_caption())
        self.preset_caption.setBuddy(self.preset)
        form.addRow(self.preset_caption, self.preset)
        self.dpi = QComboBox()
        self.dpi.setAccessibleName(self.tr("Auflösung"))
        self.dpi.setToolTip(self.tr("ppi (Bildpunkte pro Zoll): wie fein Fotos und Bilder "
                                    "aufgelöst sind. 300 ppi braucht die Druckerei, 150 ppi "
                                    "reichen für Bildschirm und Büro-Drucker."))
        self._raster_dpi = 150
        self.dpi.activated.connect(self._dpi_chosen)
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

        self.summary = QLabel()
        self.summary.setObjectName("export-summary")
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Das wird die Datei"))
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.files = QLabel()
        self.files.setWordWrap(True)
        self.files.setStyleSheet("color:#555")
        # The findings of the chosen target, listed like the app's „Prüfung“ panel.
        self.check = FindingsPanel()
        self.check.list.setAccessibleName(self.tr("Prüfergebnisse für diesen Export"))
        self.check.setMinimumHeight(150)
        self.check.layout().setAlignment(self.check.summary, Qt.AlignmentFlag.AlignTop)
        self.bar = QProgressBar()
        self.bar.setAccessibleName(self.tr("Fortschritt"))
        self.bar.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)

        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(self.tr("Exportieren"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.force_button = self.buttons.addButton(self.tr("Trotzdem exportieren"),
                                                   QDialogButtonBox.ButtonRole.ActionRole)
        self.force_button.setToolTip(self.tr("Die Datei trotz der Fehler der Prüfung schreiben"))
        self.force_button.hide()
        self.open_folder = self.buttons.addButton(self.tr("Ordner &öffnen"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
        self.open_folder.setToolTip(self.tr("Den Ordner mit der exportierten Datei im "
                                            "Dateimanager zeigen"))
        self.open_folder.hide()
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.export_button.clicked.connect(self.start)
        self.force_button.clicked.connect(self.force)
        self.open_folder.clicked.connect(self._open_folder)
        self.close_button.clicked.connect(self.reject)
        self.export_button.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.files)
        layout.addWidget(self.check, 1)
        layout.addWidget(self.bar)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        for signal in (self.format.currentIndexChanged, self.preset.currentIndexChanged,
                       self.all_formats.toggled, self.name.textChanged, self.folder.textChanged):
            signal.connect(self._update)
        for signal in (self.format.currentIndexChanged, self.preset.currentIndexChanged,
                       self.all_formats.toggled):
            signal.connect(self.recheck)
        self._update()
        self.recheck()

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

    def request(self) -> ExportRequest:
        return make_request(self.fmt(), self.preset.currentData(), self.raster_dpi())

    def raster_dpi(self) -> int | None:
        """The resolution of a PNG/JPEG of a print page; None where the size is fixed."""
        return self._raster_dpi if self.fmt() != "pdf" else None

    def chosen_preset(self) -> Preset | None:
        pid = self.preset.currentData()
        if not pid or self.fmt() != "pdf":
            return None
        return next((p for p in preset_objects() if p.id == pid), None)

    def _dpi_chosen(self, _index: int) -> None:
        value = self.dpi.currentData()
        if isinstance(value, int):
            self._raster_dpi = value
            self._update()

    def _fill_resolution(self) -> None:
        """The resolution follows what decides it: the profile for a PDF, the platform for a
        social image; only a PNG/JPEG of a print page lets the user choose."""
        templates = self.family if self.all_formats.isChecked() else [self.template]
        has_mm = any(t.page.unit == "mm" for t in templates)
        preset = self.chosen_preset()
        self.dpi.blockSignals(True)
        self.dpi.clear()
        if self.fmt() != "pdf" and has_mm:
            self.dpi.addItem(self.tr("150 ppi (Bildschirm, Büro)"), 150)
            self.dpi.addItem(self.tr("300 ppi (Druck)"), 300)
            self.dpi.setCurrentIndex(self.dpi.findData(self._raster_dpi))
            self.dpi.setEnabled(True)
        elif self.fmt() == "pdf" and preset is not None:
            self.dpi.addItem(self.tr("Fotos mit %1 ppi (vom Exportprofil festgelegt)")
                             .replace("%1", f"{preset.image_ppi:g}"), None)
            self.dpi.setEnabled(False)
        elif self.fmt() == "pdf":
            self.dpi.addItem(self.tr("Fotos mit bis zu 300 ppi"), None)
            self.dpi.setEnabled(False)
        else:
            page = self.template.page
            self.dpi.addItem(self.tr("Originalgröße der Plattform (%1 × %2 Pixel)")
                             .replace("%1", f"{page.width:g}").replace("%2", f"{page.height:g}"), None)
            self.dpi.setEnabled(False)
        self.dpi.blockSignals(False)

    def _update(self) -> None:
        is_pdf = self.fmt() == "pdf"
        self.preset.setEnabled(is_pdf and self.preset.count() > 1)
        self._fill_resolution()
        alt = ""
        if self.template.all_image_fields():
            content = self.content_for(self.template)
            alt = "\n".join(v for v in getattr(content, "alt_texts", {}).values() if v.strip())
        self.summary.setText(self.tr("Das wird die Datei: %1").replace(
            "%1", self.describe_output(self.template, self.fmt(), self.chosen_preset(),
                                       self._raster_dpi, alt)))
        names = [i.path.name for i in self.targets()]
        self.files.setText(self.tr("Wird gespeichert als: %1").replace("%1", ", ".join(names)))

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Zielordner wählen"),
                                                  self.folder.text())
        if folder:
            self.folder.setText(folder)

    def describe_output(self, template: Template, fmt: str, preset: Preset | None, dpi: int,
                            alt_text: str = "") -> str:
        """What the file will be, in words a non-designer understands (size, colour, resolution)."""
        page = template.page
        kind = {"png": "PNG", "jpeg": "JPEG", "pdf": "PDF"}.get(fmt, fmt.upper())
        if page.unit == "px":
            w, h = round(page.width), round(page.height)
            text = self.tr("%1-Bild mit %2 × %3 Pixeln, Farben RGB (sRGB)").replace("%1", kind) \
                .replace("%2", str(w)).replace("%3", str(h))
            names = platforms(template)
            if names:
                text += " – " + self.tr("so groß, wie %1 es erwartet").replace("%1", ", ".join(names))
            text += "."
            if fmt == "pdf":
                text = self.tr("PDF mit %1 × %2 Pixeln, Farben RGB.").replace(
                    "%1", str(w)).replace("%2", str(h))
            if alt_text.strip():
                text += "\n" + self.tr("Alternativtext (wird als .alt.txt neben das Bild geschrieben, zum "
                                   "Einfügen in das Alt-Text-Feld der Plattform): „%1“").replace(
                                       "%1", alt_text.strip())
            return text
        size = self.tr("%1 × %2 mm").replace("%1", _mm(page.width)).replace("%2", _mm(page.height))
        count = len(template.pages())
        names = ", ".join(side_names(template))
        if fmt != "pdf" and count > 1:
            # The core's proof: the sides next to each other with a gap (export.formats).
            side_w = round(page.width / 25.4 * dpi)
            gap = round(SIDE_GAP_MM / 25.4 * dpi)
            return self.tr("%1-Bild zum Ansehen und Abstimmen: die %2 Seiten nebeneinander "
                           "(%3), zusammen %4 × %5 Pixel, jede Seite %6 bei %7 ppi, Farben RGB. "
                           "Für die Druckerei bitte PDF wählen: dort ist jede Seite eine "
                           "eigene Seite.").replace("%1", kind).replace("%2", str(count)) \
                .replace("%3", names).replace("%4", str(count * side_w + gap * (count - 1))) \
                .replace("%5", str(round(page.height / 25.4 * dpi))).replace("%6", size) \
                .replace("%7", str(dpi))
        if fmt != "pdf":
            px_w = round(page.width / 25.4 * dpi)
            px_h = round(page.height / 25.4 * dpi)
            return self.tr("%1-Bild mit %2 × %3 Pixeln (%4 bei %5 ppi), Farben RGB.").replace("%1", kind) \
                .replace("%2", str(px_w)).replace("%3", str(px_h)).replace("%4", size) \
                .replace("%5", str(dpi))
        pages = self.tr("PDF mit %1 Seiten (%2), jede im Endformat %3").replace(
            "%1", str(count)).replace("%2", names).replace("%3", size) if count > 1 else ""
        if preset is None:
            if pages:
                return pages + ", " + self.tr("Farben RGB, Fotos mit bis zu 300 ppi – für "
                                              "Bildschirm und E-Mail, nicht für die Druckerei.")
            return self.tr("PDF im Endformat %1, Farben RGB, Fotos mit bis zu 300 ppi – für Bildschirm und "
                      "E-Mail, nicht für die Druckerei.").replace("%1", size)
        parts = [pages or self.tr("PDF im Endformat %1").replace("%1", size)]
        if preset.bleed_mm > 0 and page.bleed > 0:
            parts.append(self.tr("mit %1 mm Beschnitt").replace("%1", _mm(preset.bleed_mm))
                         + (" " + self.tr("und Schnittmarken") if preset.crop_marks else ""))
        elif preset.crop_marks and preset.bleed_mm > 0:
            parts.append(self.tr("ohne Beschnitt (die Vorlage reicht nicht bis an den Rand), mit "
                            "Schnittmarken"))
        if preset.color == "cmyk":
            parts.append(self.tr("Farben CMYK für den Offsetdruck auf gestrichenem Papier (%1)")
                         .replace("%1", preset.output_condition))
        elif preset.is_pdfx:
            parts.append(self.tr("Farben RGB, die Druckerei wandelt sie um (%1)").replace(
                "%1", preset.output_condition))
        else:
            parts.append(self.tr("Farben RGB"))
        parts.append(self.tr("Fotos mit bis zu %1 ppi").replace("%1", f"{preset.image_ppi:g}"))
        if preset.is_pdfx:
            parts.append(self.tr("als PDF/X-4, die Norm, die Druckereien erwarten"))
        if getattr(preset, "accessible", False):
            parts.append(self.tr("getaggt für Screenreader: Überschriften, Lesereihenfolge und "
                            "Alternativtexte (barrierefrei nach PDF/UA)"))
        return ", ".join(parts) + "."


    # -- checking ------------------------------------------------------------------------
    def recheck(self) -> None:
        """Judge the files the current choices would write (in a worker; the list follows)."""
        self._check_generation += 1
        self._forced = False
        self.check.clear()
        self.force_button.hide()
        templates = [i.template for i in self.targets()]
        self._pool.start(_CheckJob(self._check_generation, templates, self.content_for,
                                   self.brand, self.office, self.fmt(),
                                   self.preset.currentData(), self._signals))

    @property
    def checked(self) -> bool:
        """The findings listed belong to the current choices."""
        return self._checked_generation == self._check_generation

    def errors(self) -> list[CheckedFinding]:
        return [c for c in self.findings if c.finding.severity == "error"]

    def _checked(self, generation: int, found: list, error: str) -> None:
        if generation != self._check_generation:
            return                          # the choices changed meanwhile; a newer check runs
        self._checked_generation = generation
        self.findings = found
        several = self.all_formats.isChecked() and len(self.family) > 1
        self.check.set_findings(tuple(self._shown(c, several) for c in found))
        self.check.list.setVisible(bool(found))     # a clean design: the summary alone
        if error:
            self._export_waiting = False
            self._refuse(self.tr("Prüfung nicht möglich: %1").replace("%1", error))
            return
        refused = self.errors()
        self.force_button.setVisible(bool(refused))
        if refused:
            self._refuse(self.tr("%n Fehler der Prüfung: so wird nicht exportiert. Text oder Foto "
                                 "anpassen, oder mit „Trotzdem exportieren“ die Datei dennoch "
                                 "schreiben.", "", len(refused)))
        else:
            self.status.setStyleSheet("")
            self.status.setText("")
        if self._export_waiting:
            self._export_waiting = False
            self.start()

    def _shown(self, c: CheckedFinding, several: bool) -> Finding:
        """The finding as listed: with the format's name when a whole family is exported, and
        the side's name on a piece with several sides („Rückseite: …“)."""
        if c.template.sides:
            sides = side_names(c.template)
            if 1 <= c.finding.page <= len(sides):
                side = sides[c.finding.page - 1]
                c = replace(c, finding=replace(c.finding,
                                               message_de=f"{side}: {c.finding.message_de}",
                                               message_en=f"{side}: {c.finding.message_en}"))
        if not several:
            return c.finding
        name = label(c.template.name)
        return replace(c.finding, message_de=f"{name}: {c.finding.message_de}",
                       message_en=f"{name}: {c.finding.message_en}")

    def _refuse(self, text: str) -> None:
        self.status.setStyleSheet("color:#c62828")
        self.status.setText(text)

    # -- running -------------------------------------------------------------------------
    def start(self) -> None:
        """Export what the check allows: nothing while it holds an error, unless forced."""
        items = self.targets()
        folder = items[0].path.parent
        if not folder.is_dir():
            self._refuse(self.tr("Der Ordner %1 existiert nicht.").replace("%1", str(folder)))
            return
        self.open_folder.hide()
        try:
            request = self.request()
        except AssetkitError as exc:
            self._refuse(exc.message)
            return
        if not self.checked:
            self._export_waiting = True
            self.status.setStyleSheet("")
            self.status.setText(self.tr("Prüfe vor dem Export…"))
            return
        refused = self.errors()
        if refused and not self._forced:
            self._refuse(self.tr("Export abgebrochen: %n Fehler der Prüfung; es wurde nichts "
                                 "gespeichert.", "", len(refused)))
            self.force_button.show()
            return
        existing = [item.path for item in items if item.path.exists()]
        if existing and not self.confirm_overwrite(existing):
            self.status.setStyleSheet("")
            self.status.setText(self.tr("Nicht exportiert; die vorhandenen Dateien sind "
                                        "unverändert."))
            return
        self.export_button.setEnabled(False)
        self.force_button.setEnabled(False)
        self.bar.setRange(0, len(items))
        self.bar.setValue(0)
        self.bar.show()
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Exportiere…"))
        self._pool.start(_ExportJob(items, self.content_for, self.brand, self.office,
                                    request, self.inputs, self._signals))

    def confirm_overwrite(self, existing: list[Path]) -> bool:
        """Ask before replacing files that exist: „Ersetzen“ or „Abbrechen“ (the default)."""
        if len(existing) == 1:
            text = self.tr("Die Datei „%1“ gibt es schon. Soll sie ersetzt werden?").replace(
                "%1", existing[0].name)
        else:
            names = ", ".join(f"„{p.name}“" for p in existing[:3])
            text = self.tr("%n Dateien gibt es schon (%1). Sollen sie ersetzt werden?", "",
                           len(existing)).replace("%1", names + (" …" if len(existing) > 3 else ""))
        return ask_replace(self, text)

    def force(self) -> None:
        """„Trotzdem exportieren“: write the files although the check found errors."""
        self._forced = True
        self.start()

    def _progress(self, index: int, name: str) -> None:
        self.bar.setValue(index)
        if name:
            self.status.setText(self.tr("Exportiere %1…").replace("%1", name))

    def _finished(self, written: list[str], error: str) -> None:
        self.written = [Path(p) for p in written]
        self.export_button.setEnabled(True)
        self.force_button.setEnabled(True)
        self._forced = False
        self.bar.hide()
        if error:
            self._refuse(self.tr("Export fehlgeschlagen: %1").replace("%1", error))
        else:
            self.force_button.hide()
            done = self.tr("%n Datei(en) gespeichert.", "", len(written))
            if self.written:
                done += " " + self.tr("Ordner: %1").replace("%1", str(self.written[0].parent))
            if self.errors():
                done += " " + self.tr("Trotz %n Fehler der Prüfung exportiert.", "",
                                      len(self.errors()))
            self.status.setStyleSheet("color:#b45309" if self.errors() else "color:#2e7d32")
            self.status.setText(done)
        if written:
            self.open_folder.show()
            self.exported.emit(self.written)

    def _open_folder(self) -> None:
        if self.written:
            open_folder(self, self.written[0].parent)

    def wait(self) -> None:
        self._pool.waitForDone(60_000)

    def done(self, result: int) -> None:
        self._pool.waitForDone(60_000)
        super().done(result)
