"""Extras for the office and the website: „PowerPoint-Vorlage…“, „Logopaket…“ and
„E-Mail-Signatur…“, the app's doors to ``assetkit pptx-template``, ``logo-package`` and
``email-signature`` (see docs/office-assets.md).

Each dialog is built like „Word-Vorlagen…“ (:mod:`assetkit.gui.word_dialog`): the current office
profile (with *Dienststellenprofil bearbeiten…*), a few choices, *Speichern unter…*; the core
builds the file in a worker thread and it is written atomically. An existing file is replaced
only after *Datei ersetzen?* → *Ersetzen*; no output replaces a file the build reads (the office
profile, its logo, the brand kit: the rule of :func:`assetkit.compose.inputs.input_files`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QSettings, QThreadPool, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from assetkit.brand import Brand, load_brand
from assetkit.compose.inputs import input_files
from assetkit.errors import AssetkitError, user_message
from assetkit.fileio import write_atomic
from assetkit.gui.desktop import ask_replace, open_folder
from assetkit.gui.export_dialog import slug
from assetkit.gui.word_dialog import office_and_buttons, profile_ready
from assetkit.office import OfficeProfile
from assetkit.userdirs import office_profile_path

# What a build returns: the files to write (path, bytes) and the facts its message names.
Built = tuple[list[tuple[Path, bytes]], dict[str, object]]


class _Signals(QObject):
    finished = Signal(list, object, str)     # written paths, facts, error message ("" if fine)


class _BuildJob(QRunnable):
    """Build the files (core, off the UI thread) and write each atomically, never over an input."""

    def __init__(self, build: Callable[[], Built], inputs: Sequence[Path], signals: _Signals) -> None:
        super().__init__()
        self.build, self.inputs, self.signals = build, tuple(inputs), signals

    def run(self) -> None:
        written: list[str] = []
        try:
            files, facts = self.build()
            for path, data in files:
                write_atomic(path, data, inputs=self.inputs)
                written.append(str(path))
        except AssetkitError as exc:
            self.signals.finished.emit(written, {}, exc.message)
            return
        except Exception as exc:  # noqa: BLE001 -- shown as a sentence, the app keeps running
            self.signals.finished.emit(written, {}, user_message(exc))
            return
        self.signals.finished.emit(written, facts, "")


class OfficeAssetDialog(QDialog):
    """What the three dialogs share: office box, status line, save, replace question, worker."""

    saved = Signal(object)                   # the main file's Path
    suffixes: tuple[str, ...] = ()
    needs_office = True                      # False: the office profile is optional
    settings_key = "officeAssetFolder"

    def __init__(self, office: OfficeProfile | None, brand: Brand | None,
                 edit_office: Callable[[], None] | None, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.brand = brand
        self.office = office
        self.written: list[Path] = []
        self.overwrite_box: QMessageBox | None = None
        self._pool = QThreadPool(self)
        self._signals = _Signals(self)
        self._signals.finished.connect(self._finished)

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.office_box = office_and_buttons(self, edit_office)
        self.setMinimumWidth(580)

    def _lay_out(self, *middle: QWidget) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        for widget in middle:
            layout.addWidget(widget)
        layout.addWidget(self.office_box)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.set_office(self.office)

    # -- to be given by each dialog ------------------------------------------------------
    def suffix(self) -> str:
        return self.suffixes[0]

    def file_filter(self) -> str:
        raise NotImplementedError

    def base_name(self) -> str:
        raise NotImplementedError

    def outputs(self, path: Path) -> list[Path]:
        """Every file a save to ``path`` writes (asked about before any is replaced)."""
        return [path]

    def builder(self, path: Path) -> Callable[[], Built]:
        """What the worker runs: office, brand and choices are read here, on the UI thread."""
        raise NotImplementedError

    def describe(self, written: list[Path], facts: dict[str, object]) -> str:
        raise NotImplementedError

    def office_note(self) -> str:
        """A line under the office's name and contact (e.g. what the office's logo adds)."""
        return ""

    # -- office --------------------------------------------------------------------------
    def ready(self) -> bool:
        return not self.needs_office or profile_ready(self.office)

    def set_office(self, office: OfficeProfile | None) -> None:
        self.office = office
        if profile_ready(office) and office is not None:
            lines = [office.name or office.short_name, office.value("address_line"),
                     office.value("contact_line"), self.office_note()]
            self.office_text.setText("\n".join(line for line in lines if line))
            self.office_text.setStyleSheet("")
        elif self.needs_office:
            self.office_text.setText(self.tr("Das Dienststellenprofil ist noch leer. Bitte tragen "
                                             "Sie mindestens den Namen der Dienststelle ein; "
                                             "Anschrift und Kontakt kommen aus dem Profil."))
            self.office_text.setStyleSheet("color:#b45309")
        else:
            self.office_text.setText(self.tr("Ohne Dienststellenprofil: nur die Kampagnenlogos."))
            self.office_text.setStyleSheet("color:#666")
        self.save_button.setEnabled(self.ready())

    def inputs(self) -> tuple[Path, ...]:
        """Every file the build reads: no output may replace one."""
        return input_files(None, None, self.office, self.brand, extra=[office_profile_path()])

    # -- saving --------------------------------------------------------------------------
    def suggested_name(self) -> str:
        name = slug(self.office.display_name) if self.office else ""
        return "_".join(p for p in (self.base_name(), name) if p) + self.suffix()

    def choose_file(self) -> None:
        folder = Path(str(QSettings().value(self.settings_key, str(Path.home()))))
        # The question before replacing is ours (it names every file a save writes).
        path, _ = QFileDialog.getSaveFileName(
            self, self.windowTitle(), str(folder / self.suggested_name()), self.file_filter(),
            options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> bool:
        """Build and write to ``path`` (its suffix added when missing); False when nothing
        was started (no office, or the user kept the existing file)."""
        if not self.ready():
            return False
        if path.suffix.lower() not in self.suffixes:
            path = path.with_name(path.name + self.suffix())
        existing = [p for p in self.outputs(path) if p.exists()]
        if existing and not self.confirm_overwrite(existing):
            self.status.setStyleSheet("")
            self.status.setText(self.tr("Nichts gespeichert; die vorhandene Datei bleibt "
                                        "unverändert."))
            return False
        self.save_button.setEnabled(False)
        self.open_folder.hide()
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Erstelle %1…").replace("%1", path.name))
        self._pool.start(_BuildJob(self.builder(path), self.inputs(), self._signals))
        return True

    def confirm_overwrite(self, existing: list[Path]) -> bool:
        """„Ersetzen“ or „Abbrechen“ (the default) before replacing files that exist."""
        names = ", ".join(f"„{p.name}“" for p in existing)
        text = self.tr("%1 gibt es schon. Ersetzen?").replace("%1", names)
        return ask_replace(self, text)

    def _finished(self, written: list[str], facts: object, error: str) -> None:
        self.save_button.setEnabled(self.ready())
        if error:
            self.status.setStyleSheet("color:#c62828")
            self.status.setText(self.tr("Nicht gespeichert: %1").replace("%1", error))
            return
        self.written = [Path(p) for p in written]
        QSettings().setValue(self.settings_key, str(self.written[0].parent))
        self.status.setStyleSheet("color:#2e7d32")
        self.status.setText(self.describe(self.written, facts if isinstance(facts, dict) else {}))
        self.open_folder.show()
        self.saved.emit(self.written[0])

    def _open_folder(self) -> None:
        if self.written:
            open_folder(self, self.written[0].parent)

    def wait(self, msecs: int = 60_000) -> None:
        self._pool.waitForDone(msecs)

    def done(self, result: int) -> None:
        self.wait()
        super().done(result)


class PptxDialog(OfficeAssetDialog):
    """„PowerPoint-Vorlage…“: the campaign's 16:9 template from the office profile."""

    suffixes = (".potx", ".pptx")

    def __init__(self, office: OfficeProfile | None, brand: Brand | None = None,
                 edit_office: Callable[[], None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(office, brand, edit_office, parent)
        self.setWindowTitle(self.tr("PowerPoint-Vorlage"))
        self.intro.setText(self.tr("Eine Vorlage für PowerPoint und LibreOffice Impress im "
                                   "Format 16:9: Folienmaster mit Logo, sechs Layouts (Titel, "
                                   "Inhalt, zwei Spalten, Kennzahl, Kapitel, Abschluss mit "
                                   "Kontakt) und die Kampagnenfarben. Name und Kontakt kommen "
                                   "aus dem Dienststellenprofil."))
        kind = QGroupBox(self.tr("Dateiart"))
        self.potx = QRadioButton(self.tr("PowerPoint-&Vorlage (.potx) – neue Präsentationen per "
                                         "Doppelklick"))
        self.pptx = QRadioButton(self.tr("PowerPoint-&Präsentation (.pptx)"))
        self.potx.setChecked(True)
        kl = QVBoxLayout(kind)
        kl.addWidget(self.potx)
        kl.addWidget(self.pptx)
        self.samples = QCheckBox(self.tr("Mit &Beispielfolien (eine je Layout)"))
        self.samples.setChecked(True)
        self.samples.setToolTip(self.tr("Ohne: nur Folienmaster und Layouts"))
        kl.addWidget(self.samples)
        self._lay_out(kind)

    def suffix(self) -> str:
        return ".pptx" if self.pptx.isChecked() else ".potx"

    def file_filter(self) -> str:
        return self.tr("PowerPoint-Vorlage (*.potx)") if self.suffix() == ".potx" \
            else self.tr("PowerPoint-Präsentation (*.pptx)")

    def base_name(self) -> str:
        return self.tr("Praesentation")

    def builder(self, path: Path) -> Callable[[], Built]:
        from assetkit.slides import PptxOptions, build_pptx_template

        office, brand = self.office, self.brand
        options = PptxOptions(potx=path.suffix.lower() == ".potx", samples=self.samples.isChecked())
        assert office is not None

        def build() -> Built:
            t = build_pptx_template(office, options, brand)
            return [(path, t.data)], {"layouts": len(t.layouts), "slides": t.slides}
        return build

    def describe(self, written: list[Path], facts: dict[str, object]) -> str:
        return self.tr("Gespeichert: %1 (%2 Layouts, %3 Beispielfolien).").replace(
            "%1", str(written[0])).replace("%2", str(facts.get("layouts", "?"))).replace(
            "%3", str(facts.get("slides", 0)))


class LogoPackageDialog(OfficeAssetDialog):
    """„Logopaket…“: every logo variant, favicons and the one-page guidelines as one ZIP."""

    suffixes = (".zip",)
    needs_office = False

    def __init__(self, office: OfficeProfile | None, brand: Brand | None = None,
                 edit_office: Callable[[], None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(office, brand, edit_office, parent)
        self.setWindowTitle(self.tr("Logopaket"))
        self.intro.setText(self.tr("Alle Kampagnenlogos in einer ZIP-Datei: SVG und PNG (1×, 2×, "
                                   "3×) für Websites, PDF in RGB für Word und PowerPoint, PDF in "
                                   "CMYK für die Druckerei, Favicons und die Logo-Richtlinien "
                                   "(eine A4-Seite). Hat das Dienststellenprofil ein eigenes "
                                   "Logo, kommt ein Co-Branding-Logo dazu."))
        self._lay_out()

    def office_note(self) -> str:
        if self.office is not None and self.office.logo is not None:
            return self.tr("Mit dem Logo der Dienststelle (%1) kommt ein Co-Branding-Logo dazu.") \
                .replace("%1", self.office.logo.name)
        return ""

    def file_filter(self) -> str:
        return self.tr("ZIP-Archiv (*.zip)")

    def base_name(self) -> str:
        return self.tr("Logopaket")

    def builder(self, path: Path) -> Callable[[], Built]:
        from assetkit.logopack import build_logo_package

        office, brand = self.office, self.brand

        def build() -> Built:
            package = build_logo_package(brand or load_brand(), office)
            co = any(f.name.startswith("co-branding/") for f in package.files)
            return [(path, package.data)], {"files": len(package.files), "co": co}
        return build

    def describe(self, written: list[Path], facts: dict[str, object]) -> str:
        text = self.tr("Gespeichert: %1 (%2 Dateien).").replace("%1", str(written[0])).replace(
            "%2", str(facts.get("files", "?")))
        if facts.get("co"):
            text += " " + self.tr("Mit Co-Branding-Logo.")
        return text


class SignatureDialog(OfficeAssetDialog):
    """„E-Mail-Signatur…“: an HTML signature with the office's contact and the campaign banner."""

    suffixes = (".html", ".htm")

    def __init__(self, office: OfficeProfile | None, brand: Brand | None = None,
                 edit_office: Callable[[], None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(office, brand, edit_office, parent)
        self.setWindowTitle(self.tr("E-Mail-Signatur"))
        self.intro.setText(self.tr("Eine Signatur für Outlook, Thunderbird und Webmail: Name, "
                                   "Funktion und der Kontakt der Dienststelle als Text mit "
                                   "Links, darunter das Kampagnenbanner (600 × 120 Pixel). "
                                   "Zum Einfügen die HTML-Datei im Browser öffnen, alles "
                                   "markieren, kopieren und in die Signatur-Einstellungen des "
                                   "E-Mail-Programms einfügen."))
        person = QGroupBox(self.tr("Person"))
        form = QFormLayout(person)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Vorname Nachname"))
        self.role = QLineEdit()
        self.role.setPlaceholderText(self.tr("z. B. Arbeitgeberservice"))
        self.phone = QLineEdit()
        self.phone.setPlaceholderText(self.tr("leer: die Nummer der Dienststelle"))
        self.message = QLineEdit()
        self.message.setPlaceholderText(self.tr("leer: der Standardtext des Banners"))
        self.banner_url = QLineEdit()
        self.banner_url.setPlaceholderText("https://…")
        self.banner_url.setToolTip(self.tr("Liegt das Banner auf Ihrer Website, bindet die "
                                           "Signatur es von dort ein; sonst die Datei neben der "
                                           "HTML-Datei."))
        for caption, edit in ((self.tr("&Name:"), self.name), (self.tr("&Funktion:"), self.role),
                              (self.tr("&Durchwahl:"), self.phone),
                              (self.tr("&Text im Banner:"), self.message),
                              (self.tr("Banner-&Adresse (optional):"), self.banner_url)):
            label = QLabel(caption)
            label.setBuddy(edit)
            edit.setAccessibleName(caption.replace("&", "").rstrip(":"))
            form.addRow(label, edit)
        self._lay_out(person)

    def file_filter(self) -> str:
        return self.tr("HTML-Datei (*.html)")

    def base_name(self) -> str:
        person = slug(self.name.text().strip())
        return "_".join(p for p in (self.tr("Signatur"), person) if p)

    def suggested_name(self) -> str:
        return self.base_name() + self.suffix()

    def banner_path(self, path: Path) -> Path:
        return path.with_name(f"{path.stem}-banner.png")

    def outputs(self, path: Path) -> list[Path]:
        # A banner on the website: only the HTML is written.
        if self.banner_url.text().strip():
            return [path]
        return [path, self.banner_path(path)]

    def builder(self, path: Path) -> Callable[[], Built]:
        from assetkit.signature import SignatureOptions, build_signature

        office, brand = self.office, self.brand
        url = self.banner_url.text().strip()
        banner = self.banner_path(path)
        options = SignatureOptions(name=self.name.text().strip(), role=self.role.text().strip(),
                                   phone=self.phone.text().strip(),
                                   message=self.message.text().strip(),
                                   banner_src=url or banner.name)
        assert office is not None

        def build() -> Built:
            signature = build_signature(office, options, brand)
            files = [(path, signature.html.encode("utf-8"))]
            if not url:
                files.insert(0, (banner, signature.banner_png))
            return files, {"kb": round(len(signature.banner_png) / 1024)}
        return build

    def describe(self, written: list[Path], facts: dict[str, object]) -> str:
        html = next(p for p in written if p.suffix.lower() in self.suffixes)
        banner = [p for p in written if p != html]
        if banner:
            return self.tr("Gespeichert: %1 und das Banner %2 (%3 KB) daneben. Die HTML-Datei im "
                           "Browser öffnen, alles markieren und in die Signatur einfügen.") \
                .replace("%1", str(html)).replace("%2", banner[0].name) \
                .replace("%3", str(facts.get("kb", "?")))
        return self.tr("Gespeichert: %1 (das Banner kommt von der Website).").replace(
            "%1", str(html))
