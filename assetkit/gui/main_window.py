"""The main window: gallery (left), live preview (centre), fields (right), menus and toolbar.

It wires widgets to the document: widgets emit commands, the document's history runs them, and
every change comes back as ``stateChanged`` from which preview and panel refresh.
"""

from __future__ import annotations

import gc
import time
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QSettings, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from assetkit.brand import Brand
from assetkit.compose.inputs import input_files
from assetkit.errors import AssetkitError, user_message
from assetkit.gui import i18n
from assetkit.gui.checker import CheckResult, PreviewChecker
from assetkit.gui.content import page_content
from assetkit.gui.document import Document
from assetkit.gui.export_dialog import ExportDialog
from assetkit.gui.fields import FieldPanel
from assetkit.gui.findings_panel import FindingsPanel
from assetkit.gui.gallery import TemplateGallery
from assetkit.gui.help import FirstStartHint, HelpViewer
from assetkit.gui.i18n import label
from assetkit.gui.office_assets import LogoPackageDialog, PptxDialog, SignatureDialog
from assetkit.gui.office_dialog import OfficeDialog
from assetkit.gui.preview import PreviewView
from assetkit.gui.renderer import PreviewRenderer, PreviewResult, RenderJob
from assetkit.gui.sides import SideTabs, side_names, sides_showing
from assetkit.gui.stamp_dialog import StampDialog, accept_stampable_drag, dropped_paths
from assetkit.gui.word_dialog import WordDialog
from assetkit.images import read_image_info
from assetkit.office import save_office
from assetkit.project import PROJECT_SUFFIX, Command, Photo, ProjectState, SetCrop, SetPhoto, SwitchTemplate
from assetkit.project.autosave import Recoverable
from assetkit.templates import Catalogue, Template
from assetkit.userdirs import cache_dir, office_profile_path

if TYPE_CHECKING:
    from assetkit.gui.batch_dialog import BatchDialog
    from assetkit.preflight import Finding

D = TypeVar("D", bound=QDialog)
MAX_RECENT = 8
# The formats the photo reader takes (assetkit.images names the same six in its messages).
PHOTO_FORMATS = (("JPEG", "*.jpg *.jpeg"), ("PNG", "*.png"), ("WebP", "*.webp"),
                 ("TIFF", "*.tif *.tiff"), ("BMP", "*.bmp"), ("GIF", "*.gif"))
PHOTO_FILTER = " ".join(patterns for _name, patterns in PHOTO_FORMATS)
START_TEMPLATE = "flyer-a4-veranstaltung"     # a first start: the everyday flyer, not a fact sheet


class MainWindow(QMainWindow):
    def __init__(self, catalogue: Catalogue, brand: Brand, *, autosave_interval_ms: int | None = None,
                 ask_recovery: bool = True) -> None:
        super().__init__()
        self.setObjectName("MainWindow")
        self.catalogue = catalogue
        self.brand = brand
        kwargs = {} if autosave_interval_ms is None else {"autosave_interval_ms": autosave_interval_ms}
        self.doc = Document(catalogue, brand, self, start=self._start_template(catalogue), **kwargs)
        self.renderer = PreviewRenderer(brand, self)
        self.checker = PreviewChecker(self.renderer, brand, self)
        self.last_result: PreviewResult | None = None
        self.last_error = ""
        self.latencies: list[float] = []
        self._proxy_dir = cache_dir() / "proxies"

        self.preview = PreviewView()
        self.side = 0                       # the side of a printed piece the preview shows
        self.side_tabs = SideTabs()
        self.hint = FirstStartHint(self)
        centre = QWidget()
        column = QVBoxLayout(centre)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.hint)
        column.addWidget(self.side_tabs)
        column.addWidget(self.preview, 1)
        self.setCentralWidget(centre)
        self.help_viewer: HelpViewer | None = None
        self.gallery = TemplateGallery(catalogue, brand, cache_dir() / "thumbnails")
        self.panel = FieldPanel(brand)
        self.findings = FindingsPanel()
        self._docks()
        self._actions()
        self._menus()
        self._toolbar()
        self._statusbar()
        self._retranslate()

        self.doc.stateChanged.connect(self._state_changed)
        self.doc.templateChanged.connect(self._template_changed)
        self.doc.modifiedChanged.connect(self._update_title)
        self.doc.pathChanged.connect(lambda _p: self._update_title())
        self.doc.officeChanged.connect(lambda office: (self.panel.set_office(office, self.doc.state),
                                                       self.request_render()))
        self.renderer.ready.connect(self._rendered)
        self.renderer.failed.connect(self._render_failed)
        self.checker.checked.connect(self._checked)
        self.findings.findingPicked.connect(self._finding_picked)
        self.findings.findingActivated.connect(self._finding_activated)
        self.preview.zoomChanged.connect(self._zoom_changed)
        self.preview.cropRequested.connect(lambda fid, focal, zoom: self.execute(SetCrop(fid, focal, zoom)))
        self.preview.cropFinished.connect(self.doc.history.break_merge)
        self.preview.cropUnchanged.connect(self._crop_unchanged)
        self.preview.photoDropped.connect(self.set_photo_from_path)
        self._rescale = QTimer(self)
        self._rescale.setSingleShot(True)
        self._rescale.setInterval(150)
        self._rescale.timeout.connect(self._rescale_if_needed)
        self.preview.scaleWanted.connect(self._rescale.start)
        self.panel.commandRequested.connect(self.execute)
        self.panel.breakMerge.connect(self.doc.history.break_merge)
        self.panel.choosePhoto.connect(self.choose_photo)
        self.panel.fieldFocused.connect(self._field_focused)
        self.side_tabs.sideChosen.connect(self.set_side)
        self.gallery.templateActivated.connect(self.switch_template)
        self.hint.helpRequested.connect(self.quick_guide)
        self.hint.exportRequested.connect(self.export_dialog)

        self._template_changed(self.doc.template)
        self._update_title()
        self._update_undo()
        self.resize(1400, 900)
        self._restore_settings()
        self.ask_recovery = ask_recovery
        self._shut_down = False
        self.setAcceptDrops(True)       # documents dropped anywhere open „Logo aufbringen“
        self.stamp: StampDialog | None = None
        self.word: WordDialog | None = None
        self.office_asset: QDialog | None = None     # the newest Word/PowerPoint/logo/mail dialog
        self.save_box: SaveQuestion | None = None

    # -- layout ----------------------------------------------------------------------------
    def _docks(self) -> None:
        self.gallery_dock = QDockWidget(self)
        self.gallery_dock.setObjectName("gallery")
        self.gallery_dock.setWidget(self.gallery)
        self.gallery_dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                                      | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self.gallery.setMinimumWidth(250)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.gallery_dock)
        self.fields_dock = QDockWidget(self)
        self.fields_dock.setObjectName("fields")
        self.fields_dock.setWidget(self.panel)
        self.fields_dock.setFeatures(self.gallery_dock.features())
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.fields_dock)
        self.findings_dock = QDockWidget(self)
        self.findings_dock.setObjectName("findings")
        self.findings_dock.setWidget(self.findings)
        self.findings_dock.setFeatures(self.gallery_dock.features())
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.findings_dock)
        self.splitDockWidget(self.fields_dock, self.findings_dock, Qt.Orientation.Vertical)
        self.resizeDocks([self.gallery_dock, self.fields_dock], [270, 340], Qt.Orientation.Horizontal)
        self.resizeDocks([self.fields_dock, self.findings_dock], [600, 220], Qt.Orientation.Vertical)

    def _action(self, slot, shortcut=None, checkable: bool = False) -> QAction:
        action = QAction(self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setCheckable(checkable)
        action.triggered.connect(slot)
        return action

    def _actions(self) -> None:
        K = QKeySequence.StandardKey  # noqa: N806 -- reads like the Qt enum it is
        self.act_new = self._action(self.new_project, K.New)
        self.act_open = self._action(self.open_dialog, K.Open)
        self.act_save = self._action(self.save, K.Save)
        self.act_save_as = self._action(self.save_as, QKeySequence("Ctrl+Shift+S"))
        self.act_export = self._action(self.export_dialog, QKeySequence("Ctrl+E"))
        self.act_quit = self._action(self.close, K.Quit)
        self.act_undo = self._action(self.undo, K.Undo)
        self.act_redo = self._action(self.redo, QKeySequence("Ctrl+Y"))
        self.act_redo.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        self.act_photo = self._action(lambda: self.choose_photo(None), QKeySequence("Ctrl+Shift+O"))
        self.act_office = self._action(self.office_dialog)
        self.act_fit = self._action(self.preview.fit, QKeySequence("Ctrl+0"))
        self.act_100 = self._action(lambda: self.preview.set_zoom_percent(100), QKeySequence("Ctrl+1"))
        self.act_zoom_in = self._action(lambda: self.preview.zoom_by(1.25), K.ZoomIn)
        self.act_zoom_out = self._action(lambda: self.preview.zoom_by(0.8), K.ZoomOut)
        self.act_bleed = self._action(self._overlays, checkable=True)
        self.act_trim = self._action(self._overlays, checkable=True)
        self.act_safe = self._action(self._overlays, checkable=True)
        for a in (self.act_bleed, self.act_trim, self.act_safe):
            a.setChecked(True)
        self.act_full = self._action(self.toggle_fullscreen, QKeySequence("F11"), checkable=True)
        self.act_next_side = self._action(lambda: self.set_side(self.side + 1),
                                          QKeySequence("Ctrl+PgDown"))
        self.act_prev_side = self._action(lambda: self.set_side(self.side - 1),
                                          QKeySequence("Ctrl+PgUp"))
        # Extras: the capabilities beyond one design (each opens its own dialog).
        self.act_stamp = self._action(lambda: self.stamp_dialog())
        self.act_batch = self._action(self.batch_dialog)
        self.act_word = self._action(lambda: self.word_dialog())
        self.act_pptx = self._action(lambda: self.pptx_dialog())
        self.act_logos = self._action(lambda: self.logo_package_dialog())
        self.act_signature = self._action(lambda: self.signature_dialog())
        self.act_guide = self._action(self.quick_guide, QKeySequence("F1"))
        self.act_first_steps = self._action(self.hint.restart)
        self.act_about = self._action(self.about)
        self.language_actions: dict[str, QAction] = {}
        group = QActionGroup(self)
        current = i18n.saved_choice()
        for key in i18n.LANGUAGES:
            a = QAction(self, checkable=True)
            a.setChecked(key == current)
            a.triggered.connect(lambda _c=False, k=key: self.set_language(k))
            group.addAction(a)
            self.language_actions[key] = a

    def _texts(self) -> dict[QAction, tuple[str, str]]:
        """Every action's text and the tooltip that explains it (not a repeat of the text)."""
        return {
            self.act_new: (self.tr("&Neu"), self.tr("Ein leeres Projekt mit der gewählten Vorlage "
                                                    "beginnen")),
            self.act_open: (self.tr("Ö&ffnen…"), self.tr("Ein gespeichertes Projekt (.akp) "
                                                          "weiterbearbeiten")),
            self.act_save: (self.tr("&Speichern"), self.tr("Texte, Fotos und Zuschnitt als Projekt "
                                                           "speichern, um später weiterzuarbeiten")),
            self.act_save_as: (self.tr("Speichern &unter…"),
                               self.tr("Das Projekt unter einem neuen Namen speichern")),
            self.act_export: (self.tr("&Exportieren…"),
                              self.tr("Das fertige Bild oder PDF speichern – für Instagram, die "
                                      "Druckerei oder die Website")),
            self.act_quit: (self.tr("&Beenden"), self.tr("assetkit schließen")),
            self.act_undo: (self.tr("&Rückgängig"), self.tr("Den letzten Schritt zurücknehmen")),
            self.act_redo: (self.tr("&Wiederherstellen"),
                            self.tr("Den zurückgenommenen Schritt wieder ausführen")),
            self.act_photo: (self.tr("&Foto wählen…"),
                             self.tr("Ein Foto von diesem Rechner in die Vorlage setzen; es wird "
                                     "passend zugeschnitten")),
            self.act_office: (self.tr("&Dienststellenprofil…"),
                              self.tr("Name, Anschrift und Kontakt Ihres Jobcenters einmal "
                                      "eintragen; alle Vorlagen übernehmen sie")),
            self.act_fit: (self.tr("&Einpassen"),
                           self.tr("Einpassen: die ganze Seite so groß wie möglich ins Fenster "
                                   "bringen")),
            self.act_100: (self.tr("&100 %"),
                           self.tr("Die Seite in Originalgröße zeigen (ein Millimeter auf dem "
                                   "Bildschirm ist ein Millimeter auf Papier)")),
            self.act_zoom_in: (self.tr("Ver&größern"), self.tr("Näher heranzoomen")),
            self.act_zoom_out: (self.tr("Ver&kleinern"), self.tr("Weiter herauszoomen")),
            self.act_bleed: (self.tr("&Beschnittzugabe zeigen"),
                             self.tr("Beschnittzugabe: der Rand über das Endformat hinaus, den die "
                                     "Druckerei abschneidet")),
            self.act_trim: (self.tr("Endformat-&Rahmen zeigen"),
                            self.tr("Eine Linie dort, wo das Papier nach dem Schneiden endet")),
            self.act_safe: (self.tr("&Sicherheitsabstand zeigen"),
                            self.tr("Zeigen, wo kein Text stehen sollte: den Rand, die Falze "
                                    "eines Faltblatts, den Streifen im Fuß eines Roll-ups")),
            self.act_full: (self.tr("&Vollbild"), self.tr("Das Fenster über den ganzen Bildschirm")),
            self.act_next_side: (self.tr("&Nächste Seite"),
                                 self.tr("Die nächste Seite des Druckstücks zeigen (z. B. die "
                                         "Rückseite)")),
            self.act_prev_side: (self.tr("V&orige Seite"),
                                 self.tr("Die vorige Seite des Druckstücks zeigen (z. B. die "
                                         "Vorderseite)")),
            self.act_stamp: (self.tr("&Logo aufbringen…"),
                             self.tr("Das Kampagnenlogo auf PDFs, Bilder und Word-Formulare setzen")),
            self.act_batch: (self.tr("&Serienproduktion…"),
                             self.tr("Aus einer CSV- oder Excel-Tabelle eine Datei je Zeile und "
                                     "Format erstellen")),
            self.act_word: (self.tr("&Word-Vorlagen…"),
                            self.tr("Brief- und Formularvorlagen für Word erstellen")),
            self.act_pptx: (self.tr("&PowerPoint-Vorlage…"),
                            self.tr("Eine Präsentationsvorlage 16:9 mit Logo, Layouts und "
                                    "Kampagnenfarben erstellen")),
            self.act_logos: (self.tr("&Logopaket…"),
                             self.tr("Alle Logovarianten für Website, Büro und Druckerei, "
                                     "Favicons und Logo-Richtlinien als ZIP speichern")),
            self.act_signature: (self.tr("&E-Mail-Signatur…"),
                                 self.tr("Eine E-Mail-Signatur mit Kontakt und Kampagnenbanner "
                                         "erstellen")),
            self.act_guide: (self.tr("&Kurzanleitung"),
                             self.tr("Die Anleitung in diesem Programm öffnen (ohne Internet)")),
            self.act_first_steps: (self.tr("&Erste Schritte zeigen"),
                                   self.tr("Den Hinweis für den Weg zum ersten Export wieder "
                                           "einblenden")),
            self.act_about: (self.tr("Ü&ber assetkit"), self.tr("Version und Zweck von assetkit")),
        }

    def _menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = m = bar.addMenu("")
        m.addActions([self.act_new, self.act_open])
        self.recent_menu = m.addMenu("")
        m.addSeparator()
        m.addActions([self.act_save, self.act_save_as])
        m.addSeparator()
        m.addAction(self.act_export)
        m.addSeparator()
        m.addAction(self.act_quit)
        self.edit_menu = e = bar.addMenu("")
        e.addActions([self.act_undo, self.act_redo])
        e.addSeparator()
        e.addAction(self.act_photo)
        e.addSeparator()
        e.addAction(self.act_office)
        self.view_menu = v = bar.addMenu("")
        v.addActions([self.act_fit, self.act_100, self.act_zoom_in, self.act_zoom_out])
        v.addSeparator()
        v.addActions([self.act_next_side, self.act_prev_side])
        v.addSeparator()
        v.addActions([self.act_bleed, self.act_trim, self.act_safe])
        v.addSeparator()
        v.addAction(self.gallery_dock.toggleViewAction())
        v.addAction(self.fields_dock.toggleViewAction())
        v.addAction(self.findings_dock.toggleViewAction())
        v.addAction(self.act_full)
        self.language_menu = v.addMenu("")
        self.language_menu.addActions(list(self.language_actions.values()))
        self.extras_menu = t = bar.addMenu("")
        t.addActions([self.act_stamp, self.act_batch])
        t.addSeparator()
        t.addActions([self.act_word, self.act_pptx, self.act_logos, self.act_signature])
        self.help_menu = h = bar.addMenu("")
        h.addActions([self.act_guide, self.act_first_steps])
        h.addSeparator()
        h.addAction(self.act_about)
        self._fill_recent()

    def _toolbar(self) -> None:
        tb = QToolBar()
        tb.setObjectName("toolbar")
        tb.setMovable(False)
        tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        tb.setIconSize(QSize(20, 20))
        tb.addActions([self.act_new, self.act_open, self.act_save])
        tb.addSeparator()
        tb.addActions([self.act_undo, self.act_redo])
        tb.addSeparator()
        tb.addAction(self.act_photo)
        tb.addSeparator()
        tb.addActions([self.act_fit, self.act_100])
        tb.addSeparator()
        tb.addAction(self.act_export)
        tb.addAction(self.act_guide)
        self.addToolBar(tb)
        self.toolbar = tb

    def _retranslate(self) -> None:
        """Every text of the window in the current language (at start and after a switch)."""
        for action, (text, tip) in self._texts().items():
            action.setText(text)
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{tip} ({shortcut})" if shortcut else tip)
            action.setStatusTip(tip)
        names = {"system": self.tr("Wie das System"), "de": "Deutsch", "en": "English"}
        for key, action in self.language_actions.items():
            action.setText(names[key])
        self.file_menu.setTitle(self.tr("&Datei"))
        self.recent_menu.setTitle(self.tr("&Zuletzt geöffnet"))
        self.edit_menu.setTitle(self.tr("&Bearbeiten"))
        self.view_menu.setTitle(self.tr("&Ansicht"))
        self.language_menu.setTitle(self.tr("&Sprache"))
        self.extras_menu.setTitle(self.tr("E&xtras"))
        self.help_menu.setTitle(self.tr("&Hilfe"))
        self.toolbar.setWindowTitle(self.tr("Werkzeugleiste"))
        self.gallery_dock.setWindowTitle(self.tr("Vorlagen"))
        self.fields_dock.setWindowTitle(self.tr("Inhalte"))
        self.findings_dock.setWindowTitle(self.tr("Prüfung"))
        self.preview.setAccessibleName(self.tr("Vorschau"))
        self.hint.retranslate()
        self._update_undo()

    def _statusbar(self) -> None:
        self.status_template = QLabel()
        self.status_notes = QLabel()
        self.status_zoom = QLabel()
        self.status_render = QLabel()
        sb = self.statusBar()
        sb.addWidget(self.status_template)
        sb.addWidget(self.status_notes, 1)
        sb.addPermanentWidget(self.status_render)
        sb.addPermanentWidget(self.status_zoom)

    # -- document and preview ------------------------------------------------------------
    def execute(self, command: Command) -> None:
        self._edit_time = time.perf_counter()
        self.doc.execute(command)

    def _state_changed(self, state: ProjectState) -> None:
        self.panel.set_state(state)
        if state.texts or state.images:
            self.hint.step_done("content")
        self.preview.crop_state = {fid: (p.focal, p.zoom) for fid, p in state.images.items()}
        self.request_render()
        self._update_undo()

    def _template_changed(self, template: Template) -> None:
        self.side = 0
        self.preview.set_template(template)
        self.side_tabs.set_template(template)
        self._update_side_actions()
        self.panel.set_template(template, self.doc.state, self.doc.office)
        self.findings.set_sides(side_names(template) if template.sides else [])
        self.gallery.select(template.id)
        self.act_bleed.setEnabled(template.page.bleed > 0)
        self.act_photo.setEnabled(bool(template.all_image_fields()))
        self.status_template.setText(f"{label(template.name)} · {template.page.size_label()}")
        QSettings().setValue("lastTemplate", template.id)
        self.findings.clear()
        self.preview.set_findings(())
        self.request_render()

    def request_render(self) -> None:
        self.gallery.hold_thumbnails()
        t = self.doc.template
        self.renderer.request(RenderJob(t, self.content_for(t), self.doc.office,
                                        self.preview.output_scale(), self._proxy_dir, self.side))

    # -- sides of a printed piece --------------------------------------------------------
    def set_side(self, index: int) -> None:
        """Show side ``index`` (0: the front) of a piece with several sides."""
        pages = self.doc.template.pages()
        if not 0 <= index < len(pages) or index == self.side:
            return
        self.side = index
        self.preview.set_template(pages[index])
        self.side_tabs.show_side(index)
        self._update_side_actions()
        picked = self.findings.current()
        self.preview.set_findings(self._side_findings(self.findings.findings))
        self.preview.set_highlight(picked.box if picked is not None
                                   and picked.page == index + 1 else None)
        self.request_render()

    def _update_side_actions(self) -> None:
        count = len(self.doc.template.pages())
        self.act_next_side.setEnabled(self.side + 1 < count)
        self.act_prev_side.setEnabled(self.side > 0)

    def _side_findings(self, findings: tuple[Finding, ...]) -> tuple[Finding, ...]:
        """The findings on the side the preview shows (their boxes are in its coordinates)."""
        if not self.doc.template.sides:
            return findings
        return tuple(f for f in findings if f.page == self.side + 1)

    def _field_focused(self, field_id: str) -> None:
        """The preview follows the field being edited to the side that shows it."""
        t = self.doc.template
        if not t.sides:
            return
        showing = sides_showing(t, field_id)
        if showing and self.side not in showing:
            self.set_side(showing[0])

    def content_for(self, template: Template):
        """What preview, check and export compose: the project plus profile and suggestions."""
        return page_content(template, self.doc.state, self.doc.office)

    def _rescale_if_needed(self) -> None:
        if self.last_result is None:
            return
        have = self.last_result.job.scale
        want = self.preview.output_scale()
        if want > have * 1.2 or want < have / 1.6:
            self.request_render()

    def _rendered(self, result: PreviewResult) -> None:
        if result.job.template.id != self.doc.template.id or result.job.side != self.side:
            return
        if self.last_result is None:
            _freeze_startup_objects()
        self.last_result = result
        self.last_error = ""
        self.latencies.append(time.perf_counter() - result.requested_at)
        self.preview.show_result(result)
        self.panel.set_notes(result.notes, result.photo_quality, result.job.page)
        self.panel.set_crops(result.composition.images)
        self._show_status()
        self.status_render.setText(self.tr("Vorschau %1 ms").replace("%1", f"{result.seconds * 1000:.0f}"))

    def _checked(self, check: CheckResult) -> None:
        result = self.last_result
        if result is None or result.generation != check.generation:
            return                          # findings of a preview no longer on screen
        self.preview.set_findings(self._side_findings(check.findings))
        self.findings.set_findings(check.findings)
        self.findings_dock.setWindowTitle(self.tr("Prüfung (%1)").replace("%1", str(len(check.findings)))
                                          if check.findings else self.tr("Prüfung"))
        self._show_status()

    def _show_status(self) -> None:
        """The status line: the worst of the judge's findings, and photos too small to print."""
        result = self.last_result
        shown = [f for f in self.findings.findings if f.severity in ("error", "warning")]
        low = result is not None and any(q.low for q in result.photo_quality.values())
        parts = []
        if shown:
            parts.append(self.tr("%n Befund(e): %1", "", len(shown)).replace(
                "%1", shown[0].message(i18n.current_language())))
        if low:
            parts.append(self.tr("Foto mit zu geringer Auflösung"))
        self.status_notes.setText(" · ".join(parts) if parts else self.tr("Bereit"))
        error = any(f.severity == "error" for f in shown)
        self.status_notes.setStyleSheet("color:#c62828" if error else "color:#b45309" if parts else "")

    def _finding_picked(self, finding: Finding | None) -> None:
        if finding is not None and self.doc.template.sides and finding.page != self.side + 1:
            self.set_side(finding.page - 1)         # the finding is on another side: show it
        self.preview.set_highlight(finding.box if finding is not None else None)

    def _finding_activated(self, finding: Finding) -> None:
        """Bring the field concerned into view and give it the keyboard, to fix it right there."""
        self._finding_picked(finding)
        if finding.field is None:
            return
        widget = self.panel.editors.get(finding.field) or self.panel.photo_widgets.get(finding.field)
        if widget is not None:
            self.fields_dock.show()
            self.panel.ensureWidgetVisible(widget)
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _render_failed(self, message: str) -> None:
        self.last_error = message
        self.status_notes.setText(self.tr("Vorschau nicht möglich: %1").replace("%1", message))
        self.status_notes.setStyleSheet("color:#c62828")

    def _zoom_changed(self, percent: float) -> None:
        self.status_zoom.setText(f"{percent:.0f} %")

    def _overlays(self) -> None:
        self.preview.show_bleed = self.act_bleed.isChecked()
        self.preview.show_trim = self.act_trim.isChecked()
        self.preview.show_safe = self.act_safe.isChecked()
        self.preview.viewport().update()

    def _update_undo(self) -> None:
        h = self.doc.history
        self.act_undo.setEnabled(h.can_undo)
        self.act_redo.setEnabled(h.can_redo)
        self.act_undo.setText(self.tr("&Rückgängig") + self._step_name(h.undo_command()))
        self.act_redo.setText(self.tr("&Wiederherstellen") + self._step_name(h.redo_command()))

    def _step_name(self, command: Command | None) -> str:
        if command is None:
            return ""
        t = self.doc.template
        if command.kind == "template":
            name = self.tr("Vorlage wechseln")
        elif command.kind == "text":
            f = t.text_field(command.target)
            name = self.tr("Text „%1“").replace("%1", label(f.label) if f else command.target)
        elif command.kind == "crop":
            name = self.tr("Bildausschnitt")
        elif command.kind == "alt":
            name = self.tr("Alternativtext")
        else:
            name = self.tr("Foto")
        return f": {name}"

    def undo(self) -> None:
        self.doc.history.undo()

    def redo(self) -> None:
        self.doc.history.redo()

    def switch_template(self, template: Template) -> None:
        if template.id == self.doc.template.id:
            return
        if not self.doc.modified and self.doc.path is None:
            # Nothing made yet: picking a template is choosing where to start, not an edit
            # (no „unsaved changes“ question for a project nobody touched).
            self.doc.new(template)
            self.hint.step_done("template")
            return
        self.execute(SwitchTemplate(template.id, template.version))
        self.hint.step_done("template")

    @staticmethod
    def _start_template(catalogue: Catalogue) -> Template:
        """The template the last session ended with, else the everyday A4 flyer."""
        for tid in (str(QSettings().value("lastTemplate", "")), START_TEMPLATE):
            if tid and any(t.id == tid for t in catalogue.templates):
                return catalogue.get(tid)
        return catalogue.templates[0]

    def _crop_unchanged(self, _fid: str) -> None:
        self.statusBar().showMessage(self.tr("Der Ausschnitt bleibt gleich: das Foto füllt das Feld "
                                             "in dieser Richtung schon ganz aus. Zum Verschieben "
                                             "erst zoomen (Alt+Mausrad oder Zoom-Regler)."), 6000)

    # -- photos --------------------------------------------------------------------------
    def choose_photo(self, field_id: str | None) -> None:
        fields = self.doc.template.all_image_fields()
        if not fields:
            return
        fid = field_id or fields[0].id
        folder = QSettings().value("photoFolder", str(Path.home()))
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Foto wählen"), folder,
                                              self.photo_filter())
        if path:
            QSettings().setValue("photoFolder", str(Path(path).parent))
            self.set_photo_from_path(fid, path)

    def photo_filter(self) -> str:
        """The file dialog's filter, naming the formats as the reader's messages do."""
        names = ", ".join(name for name, _patterns in PHOTO_FORMATS)
        return self.tr("Fotos: %1 (%2)").replace("%1", names).replace("%2", PHOTO_FILTER)

    def set_photo_from_path(self, field_id: str, path: str) -> bool:
        """Check the photo can be read, then set it (one undo step)."""
        try:
            read_image_info(Path(path))
        except AssetkitError as exc:
            self.error(self.tr("Foto nicht lesbar"), self.core_message(exc.message))
            return False
        self.doc.history.break_merge()
        self.execute(SetPhoto(field_id, Photo(Path(path))))
        self.hint.step_done("content")
        return True

    # -- files ---------------------------------------------------------------------------
    def error(self, title: str, message: str) -> None:
        QMessageBox.warning(self, title, message)

    def core_message(self, message: str) -> str:
        """A sentence from the core (always German) as the interface language allows: in English
        an English lead-in says that the details follow in German."""
        if i18n.current_language() == "de":
            return message
        return self.tr("Die Einzelheiten gibt assetkit nur auf Deutsch an:") + "\n\n" + message

    def maybe_save(self) -> bool:
        """Ask before discarding changes; False when the user cancelled."""
        if not self.doc.modified:
            return True
        box = SaveQuestion(self)
        self.save_box = box                 # tests answer it
        box.exec()
        self.save_box = None
        clicked = box.clickedButton()
        if clicked is box.save_button:
            return self.save()
        return clicked is box.discard_button

    def new_project(self) -> None:
        if self.maybe_save():
            self.doc.new(self.doc.template)

    def open_dialog(self) -> None:
        if not self.maybe_save():
            return
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Projekt öffnen"), self._last_folder(),
                                              self._project_filter())
        if path:
            self.open_path(Path(path))

    def open_path(self, path: Path) -> bool:
        try:
            self.doc.open(path)
        except (AssetkitError, OSError, RecursionError, MemoryError) as exc:
            # A broken or hostile file is the user's problem to fix, never a traceback.
            self.error(self.tr("Projekt kann nicht geöffnet werden"), self.core_message(user_message(exc)))
            return False
        self._add_recent(path)
        return True

    def save(self) -> bool:
        if self.doc.path is None:
            return self.save_as()
        return self.save_to(self.doc.path)

    def save_as(self) -> bool:
        t = self.doc.template
        from assetkit.gui.export_dialog import suggested_name

        start = self.doc.path or Path(self._last_folder()) / (
            suggested_name(t, self._headline()) + PROJECT_SUFFIX)
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Projekt speichern"), str(start),
                                              self._project_filter())
        if not path:
            return False
        p = Path(path)
        if p.suffix.lower() != PROJECT_SUFFIX:
            p = p.with_suffix(PROJECT_SUFFIX)
        return self.save_to(p)

    def save_to(self, path: Path) -> bool:
        try:
            self.doc.save(path)
        except AssetkitError as exc:
            self.error(self.tr("Speichern nicht möglich"), self.core_message(exc.message)
                       + "\n\n" + self.tr("Ihre Arbeit ist nicht verloren; bitte wählen Sie einen "
                                          "anderen Speicherort."))
            return False
        self._add_recent(path)
        self.statusBar().showMessage(self.tr("Gespeichert: %1").replace("%1", path.name), 4000)
        return True

    def _headline(self) -> str:
        t = self.doc.template
        f = t.text_field("headline") or (t.text_fields[0] if t.text_fields else None)
        return self.panel.value_for(f, self.doc.state) if f else ""

    def _project_filter(self) -> str:
        return self.tr("assetkit-Projekte (*%1)").replace("%1", PROJECT_SUFFIX)

    def _last_folder(self) -> str:
        return str(QSettings().value("projectFolder", str(Path.home())))

    def _add_recent(self, path: Path) -> None:
        settings = QSettings()
        settings.setValue("projectFolder", str(path.parent))
        recent = [p for p in (settings.value("recent", []) or []) if p != str(path)]
        settings.setValue("recent", [str(path), *recent][:MAX_RECENT])
        self._fill_recent()

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = QSettings().value("recent", []) or []
        if isinstance(recent, str):
            recent = [recent]
        for i, p in enumerate(recent):
            a = self.recent_menu.addAction(f"&{i + 1} {Path(p).name}")
            a.setStatusTip(p)
            a.triggered.connect(lambda _c=False, path=p: self.maybe_save() and self.open_path(Path(path)))
        self.recent_menu.setEnabled(bool(recent))

    def _update_title(self) -> None:
        name = self.doc.path.name if self.doc.path else self.tr("Unbenannt")
        self.setWindowTitle(f"{name}[*] – assetkit")
        self.setWindowModified(self.doc.modified)

    # -- recovery ------------------------------------------------------------------------
    def offer_recovery(self) -> bool:
        items = self.doc.autosaver.recoverable()
        if not items:
            return False
        item = items[0]
        when = datetime.fromtimestamp(item.saved_at).strftime("%d.%m.%Y %H:%M")
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Projekt wiederherstellen"),
                          self.tr("assetkit wurde zuletzt nicht richtig beendet. Soll das automatisch "
                                  "gesicherte Projekt vom %1 wiederhergestellt werden?").replace("%1", when),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Wiederherstellen"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Verwerfen"))
        if box.exec() != QMessageBox.StandardButton.Yes:
            from assetkit.project.autosave import forget

            for old in items:
                forget(old)
            return False
        return self.recover(item)

    def recover(self, item: Recoverable) -> bool:
        try:
            self.doc.recover(item)
        except AssetkitError as exc:
            self.error(self.tr("Wiederherstellen nicht möglich"), self.core_message(exc.message))
            return False
        self.statusBar().showMessage(self.tr("Projekt wiederhergestellt."), 6000)
        return True

    # -- dialogs -------------------------------------------------------------------------
    def export_dialog(self) -> ExportDialog:
        t = self.doc.template
        state = self.doc.state
        family = self.catalogue.family(t.family) or [t]
        folder = Path(str(QSettings().value("exportFolder", str(Path.home()))))
        if not folder.is_dir():
            folder = Path.home()
        # Every file the export reads (photos, the office profile and its logo, the template,
        # the brand kit, the project file): the rule render and batch use; no output replaces one.
        reads = [*(p.source for p in state.images.values()), office_profile_path(), self.doc.path]
        inputs = list(dict.fromkeys(
            p for member in family
            for p in input_files(member, None, self.doc.office, self.brand, extra=reads)))
        dialog = ExportDialog(t, family, self.content_for, self._headline(), self.brand,
                              self.doc.office, folder, inputs, self)
        dialog.exported.connect(lambda paths: QSettings().setValue("exportFolder", str(paths[0].parent)))
        dialog.exported.connect(lambda _paths: self.hint.step_done("export"))
        dialog.setModal(True)
        dialog.show()
        self.export = dialog
        return dialog

    def batch_dialog(self) -> BatchDialog:
        # Imported on use: batch planning pulls in spreadsheet readers the start does not need.
        from assetkit.gui.batch_dialog import BatchDialog

        folder = Path(str(QSettings().value("batchFolder", str(Path.home()))))
        dialog = BatchDialog(self.catalogue, self.brand, self.doc.template, self.doc.office,
                             folder if folder.is_dir() else Path.home(), self)
        dialog.finishedRun.connect(lambda out: QSettings().setValue("batchFolder", str(out)))
        dialog.setModal(True)
        dialog.show()
        self.batch = dialog
        return dialog

    def office_dialog(self) -> None:
        dialog = OfficeDialog(self.doc.office, self)
        if dialog.exec() != OfficeDialog.DialogCode.Accepted:
            return
        profile = dialog.profile()
        try:
            save_office(profile, office_profile_path())
        except AssetkitError as exc:
            self.error(self.tr("Dienststellenprofil nicht gespeichert"), self.core_message(exc.message))
        self.doc.set_office(profile)

    def stamp_dialog(self, files: list[Path] | None = None) -> StampDialog:
        """Open „Logo aufbringen“ (or bring it forward) with ``files`` added."""
        if self.stamp is None:
            self.stamp = StampDialog(files or [], self)
            self.stamp.finished.connect(self._stamp_closed)
        elif files:
            self.stamp.add_paths(files)
        self.stamp.show()
        self.stamp.raise_()
        self.stamp.activateWindow()
        return self.stamp

    def _stamp_closed(self) -> None:
        if self.stamp is not None:
            self.stamp.deleteLater()
            self.stamp = None

    def word_dialog(self) -> WordDialog:
        dialog = WordDialog(self.doc.office, self.brand, self.office_dialog, self)
        self.word = dialog
        return self._show_office_dialog(dialog)

    def pptx_dialog(self) -> PptxDialog:
        return self._show_office_dialog(PptxDialog(self.doc.office, self.brand,
                                                   self.office_dialog, self))

    def logo_package_dialog(self) -> LogoPackageDialog:
        return self._show_office_dialog(LogoPackageDialog(self.doc.office, self.brand,
                                                          self.office_dialog, self))

    def signature_dialog(self) -> SignatureDialog:
        return self._show_office_dialog(SignatureDialog(self.doc.office, self.brand,
                                                        self.office_dialog, self))

    def _show_office_dialog(self, dialog: D) -> D:
        """Open a dialog that builds from the office profile; it follows edits of the profile."""
        self.doc.officeChanged.connect(dialog.set_office)
        dialog.finished.connect(lambda _r: (self.doc.officeChanged.disconnect(dialog.set_office),
                                            dialog.deleteLater()))
        dialog.setModal(True)
        dialog.show()
        self.office_asset = dialog
        return dialog

    def dragEnterEvent(self, event) -> None:  # noqa: N802 -- Qt override
        accept_stampable_drag(event)

    def dragMoveEvent(self, event) -> None:  # noqa: N802 -- Qt override
        accept_stampable_drag(event)

    def dropEvent(self, event) -> None:  # noqa: N802 -- Qt override
        # Photos dropped on the preview or a photo box never get here (those widgets take them).
        paths = dropped_paths(event)
        if paths:
            self.stamp_dialog(paths)
            event.acceptProposedAction()

    def about(self) -> None:
        from assetkit import __version__

        QMessageBox.about(self, self.tr("Über assetkit"),
                          self.tr("<b>assetkit %1</b><br>Kampagnenmaterial „Kommunale Jobcenter – "
                                  "Stark. Sozial. Vor Ort.“ offline gestalten.").replace("%1", __version__))

    def quick_guide(self) -> HelpViewer:
        """The quick guide (F1): shipped with the app, shown in a window of its own, offline."""
        if self.help_viewer is None:
            self.help_viewer = HelpViewer(self)
        self.help_viewer.load(i18n.current_language())
        self.help_viewer.show()
        self.help_viewer.raise_()
        self.help_viewer.activateWindow()
        return self.help_viewer

    def set_language(self, choice: str) -> None:
        """Switch the interface language at once: every text of the window is set again."""
        i18n.save_choice(choice)
        app = QApplication.instance()
        if app is None:
            return
        i18n.install(app, choice)
        for key, action in self.language_actions.items():
            action.setChecked(key == choice)
        self._retranslate()
        self.gallery.retranslate()
        side = self.side
        self._template_changed(self.doc.template)
        self.set_side(side)
        self._update_title()
        if self.help_viewer is not None and self.help_viewer.isVisible():
            self.help_viewer.load(i18n.current_language())

    def toggle_fullscreen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()
        self.act_full.setChecked(self.isFullScreen())

    # -- settings and closing ------------------------------------------------------------
    def _restore_settings(self) -> None:
        s = QSettings()
        geometry = s.value("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = s.value("windowState")
        if state is not None:
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 -- Qt override
        if self._shut_down:
            event.accept()
            return
        if not self.maybe_save():
            event.ignore()
            return
        s = QSettings()
        s.setValue("geometry", self.saveGeometry())
        s.setValue("windowState", self.saveState())
        self.shutdown()
        event.accept()

    def shutdown(self) -> None:
        self._shut_down = True
        if self.stamp is not None:
            self.stamp.wait()
        self.renderer.wait()
        self.checker.wait()
        self.gallery.wait()
        self.doc.close()


class SaveQuestion(QMessageBox):
    """„Änderungen speichern?“ with a keyboard accelerator on every button (Alt+S saves, Alt+N
    discards, Alt+A or Esc cancels)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(QMessageBox.Icon.Question, self.tr("Ungespeicherte Änderungen"),
                         self.tr("Möchten Sie die Änderungen am Projekt speichern?"),
                         QMessageBox.StandardButton.NoButton, parent)
        self.save_button = self.addButton(self.tr("&Speichern"), QMessageBox.ButtonRole.AcceptRole)
        self.discard_button = self.addButton(self.tr("&Nicht speichern"),
                                             QMessageBox.ButtonRole.DestructiveRole)
        self.cancel_button = self.addButton(self.tr("&Abbrechen"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.save_button)
        self.setEscapeButton(self.cancel_button)


def _freeze_startup_objects() -> None:
    """Keep start-up objects (fonts, catalogue, Qt wrappers, caches) out of later collections.

    A full collection of the cyclic garbage collector walks every tracked object; with the
    app loaded that took 50–70 ms and, landing on the UI thread, froze typing (bench_gui). After
    the first preview everything loaded so far lives as long as the app, so it is frozen once.
    """
    gc.collect()
    gc.freeze()
