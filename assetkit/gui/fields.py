"""The field panel: one editor per field of the current template, generated from its manifest.

Editors never change the project themselves: they emit commands (``commandRequested``) that the
window executes through the document's history. ``set_state`` updates them from the project
without emitting anything, so undo/redo and typing never fight.

Under each text field a grey line tells how much still fits at the field's smallest size
(„noch etwa 23 Zeichen“, in red „5 Zeichen zu lang“), from :func:`assetkit.compose.budget.char_budget`.
It is worked out shortly after typing pauses, only for the fields that changed.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QCalendarWidget,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSlider,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from assetkit.brand import Brand
from assetkit.compose import Note
from assetkit.compose.budget import char_budget
from assetkit.compose.model import PlacedImage
from assetkit.gui.content import alt_texts, profile_value, shown_text
from assetkit.gui.glossary import explain
from assetkit.gui.i18n import label
from assetkit.gui.sides import side_names, side_of_field
from assetkit.office import OfficeProfile
from assetkit.project import ProjectState, RemovePhoto, SetAltText, SetCrop, SetText
from assetkit.project.photos import PhotoQuality
from assetkit.templates import ImageField, Template, TextField


class _PlainEdit(QPlainTextEdit):
    focusLost = Signal()

    def focusOutEvent(self, event) -> None:  # noqa: N802 -- Qt override
        super().focusOutEvent(event)
        self.focusLost.emit()

    def keyPressEvent(self, event) -> None:  # noqa: N802 -- Qt override
        # Tab moves on (keyboard navigation) instead of typing a tab into the field.
        if event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            event.ignore()
            return
        super().keyPressEvent(event)


class _LineEdit(QLineEdit):
    focusLost = Signal()

    def focusOutEvent(self, event) -> None:  # noqa: N802 -- Qt override
        super().focusOutEvent(event)
        self.focusLost.emit()


BUDGET_DELAY_MS = 150      # after the last keystroke; a budget takes a few ms per field

MONTHS = ("januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september",
          "oktober", "november", "dezember")
WEEKDAYS = ("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag")
_DATE = re.compile(r"(\d{1,2})\.\s*(?:(\d{1,2})\.|(" + "|".join(MONTHS) + r"))\s*(\d{4})?",
                   re.IGNORECASE)


def parse_date(text: str, today: date | None = None) -> date | None:
    """The date a date field names („Mittwoch, 28. August“, „28.08.2026“), or None.

    Without a year: the year in which the named weekday fits, else the next such date."""
    m = _DATE.search(text)
    if m is None:
        return None
    day = int(m.group(1))
    month = int(m.group(2)) if m.group(2) else MONTHS.index(m.group(3).lower()) + 1
    today = today or date.today()
    weekday = next((i for i, w in enumerate(WEEKDAYS) if w in text.lower()), None)
    years = [int(m.group(4))] if m.group(4) else [today.year + i for i in range(-1, 7)]
    candidates = []
    for year in years:
        try:
            candidates.append(date(year, month, day))
        except ValueError:
            continue
    if not candidates:
        return None
    if len(candidates) == 1:
        return candidates[0]
    fitting = [d for d in candidates if weekday is None or d.weekday() == weekday]
    upcoming = [d for d in fitting if d >= today] or fitting or candidates
    return min(upcoming, key=lambda d: abs((d - today).days))


def mark_sample(editor: QWidget, sample: bool) -> None:
    """Sample copy looks like a suggestion: grey italic until the user types."""
    font = editor.font()
    if font.italic() != sample:
        font.setItalic(sample)
        editor.setFont(font)
    editor.setProperty("sample", sample)


class FieldPanel(QScrollArea):
    commandRequested = Signal(object)
    breakMerge = Signal()
    choosePhoto = Signal(str)              # field id
    fieldFocused = Signal(str)             # field id: the keyboard went into its editor

    def __init__(self, brand: Brand | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.brand = brand
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setMinimumWidth(300)
        self.template: Template | None = None
        self.editors: dict[str, QWidget] = {}
        self.hints: dict[str, QLabel] = {}
        self.photo_widgets: dict[str, _PhotoBox] = {}
        self.budgets: dict[str, QLabel] = {}
        self.calendars: dict[str, QCalendarWidget] = {}
        self._office: OfficeProfile | None = None
        self._state: ProjectState | None = None
        self._updating = False
        self._budget_values: dict[str, str] = {}     # field id → the value its line is for
        self._budget_timer = QTimer(self)
        self._budget_timer.setSingleShot(True)
        self._budget_timer.setInterval(BUDGET_DELAY_MS)
        self._budget_timer.timeout.connect(self.update_budgets)
        self.side_headers: list[QLabel] = []
        self.setWidget(QWidget())
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    # -- building ------------------------------------------------------------------------
    def set_template(self, template: Template, state: ProjectState,
                     office: OfficeProfile | None) -> None:
        self.template = template
        self._office = office
        self.editors.clear()
        self.hints.clear()
        self.budgets.clear()
        self.calendars.clear()
        self._budget_values.clear()
        self.photo_widgets.clear()
        root = QWidget()
        outer = QVBoxLayout(root)
        outer.setContentsMargins(12, 12, 12, 12)
        outer.setSpacing(10)
        title = QLabel(f"<b>{label(template.name)}</b><br><span style='color:#666'>"
                       f"{template.page.size_label()}</span>")
        title.setWordWrap(True)
        outer.addWidget(title)
        self.side_headers.clear()
        if not template.sides:
            self._add_fields(outer, template.image_fields, template.text_fields)
        else:
            # Every side's fields, grouped by side; a field on two sides (the headline repeated
            # on the back) is edited once, where it first appears, and named on the later side.
            names = side_names(template)
            seen: set[str] = set()
            for index, side in enumerate(template.pages()):
                images = [f for f in side.image_fields if f.id not in seen]
                texts = [f for f in side.text_fields if f.id not in seen]
                again = [f for f in (*side.image_fields, *side.text_fields) if f.id in seen]
                header = QLabel(f"<b>{names[index]}</b>")
                header.setObjectName(f"side-header-{index}")
                header.setProperty("side", index)
                header.setStyleSheet("font-size:13pt; padding-top:6px; "
                                     "border-bottom:2px solid #0b6e75")
                outer.addWidget(header)
                self.side_headers.append(header)
                if again:
                    shared = ", ".join(f"„{label(f.label)}“" for f in again)
                    first = names[min(side_of_field(template, f.id) for f in again)]
                    note = QLabel(self.tr("Auch auf dieser Seite: %1 (oben unter „%2“ "
                                          "bearbeiten).").replace("%1", shared).replace("%2", first))
                    note.setObjectName(f"side-shared-{index}")
                    note.setWordWrap(True)
                    note.setStyleSheet("color:#666")
                    outer.addWidget(note)
                seen |= {f.id for f in (*side.image_fields, *side.text_fields)}
                self._add_fields(outer, images, texts)
        outer.addStretch(1)
        self.setWidget(root)
        self.set_state(state)

    def _add_fields(self, outer: QVBoxLayout, images, texts) -> None:
        """Photo boxes, then the texts, then the fields from the office profile."""
        for f in images:
            box = _PhotoBox(f, self)
            box.setProperty("fieldId", f.id)
            self.photo_widgets[f.id] = box
            outer.addWidget(box)
        own = [f for f in texts if not f.is_office]
        office_fields = [f for f in texts if f.is_office]
        if own:
            box = QGroupBox(self.tr("Texte"))
            form = QFormLayout(box)
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            for f in own:
                self._add_text(form, f)
            outer.addWidget(box)
        if office_fields:
            office_box = QGroupBox(self.tr("Dienststelle"))
            office_form = QFormLayout(office_box)
            office_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
            for f in office_fields:
                self._add_text(office_form, f)
            outer.addWidget(office_box)

    def _focus_changed(self, _old: QWidget | None, now: QWidget | None) -> None:
        """Tell which field the keyboard went to (the preview shows that field's side)."""
        widget = now
        while widget is not None and widget is not self:
            fid = widget.property("fieldId")
            if fid:
                self.fieldFocused.emit(str(fid))
                return
            widget = widget.parentWidget()

    def _add_text(self, form: QFormLayout, f: TextField) -> None:
        name = label(f.label)
        editor: QWidget
        if f.kind == "choice" and f.choices:
            combo = QComboBox()
            combo.setEditable(True)
            combo.addItems(list(f.choices))
            combo.currentTextChanged.connect(lambda text, fid=f.id: self._typed(fid, text))
            editor = combo
        elif f.multiline or (f.max_lines or 1) >= 3:
            edit = _PlainEdit()
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * (5 if f.multiline else 3) + 12)
            edit.textChanged.connect(lambda fid=f.id, e=edit: self._typed(fid, e.toPlainText()))
            edit.focusLost.connect(self.breakMerge)
            editor = edit
        else:
            line = _LineEdit()
            line.textEdited.connect(lambda text, fid=f.id: self._typed(fid, text))
            line.focusLost.connect(self.breakMerge)
            editor = line
        editor.setAccessibleName(name)
        editor.setObjectName(f"field-{f.id}")
        meaning = explain(f.label.de)
        if f.is_office:
            editor.setToolTip(self.tr("Kommt aus dem Dienststellenprofil (Bearbeiten → "
                                      "Dienststellenprofil…); hier geändert gilt es nur für "
                                      "dieses Projekt."))
        elif f.help is not None:
            editor.setToolTip(label(f.help))
        elif meaning:
            editor.setToolTip(f"{name}: {meaning}.")
        self._set_placeholder(editor, f.default)
        row: QWidget = editor
        if f.kind == "date" and isinstance(editor, QLineEdit):
            row = self._with_calendar(editor, f.id)
        caption = QLabel(name + (" *" if f.required else ""))
        caption.setObjectName(f"caption-{f.id}")
        caption.setBuddy(editor)
        # Jargon is explained on a line of its own, the panel's full width (a caption column
        # would squeeze it to a few words a line).
        meaning_line = QLabel(meaning[:1].upper() + meaning[1:] + "." if meaning else "")
        meaning_line.setObjectName(f"meaning-{f.id}")
        meaning_line.setWordWrap(True)
        meaning_line.setStyleSheet("color:#666")
        meaning_line.setVisible(bool(meaning))
        if meaning:
            caption.setToolTip(f"{name}: {meaning}.")
        hint = QLabel()
        hint.setStyleSheet("color:#c62828")
        hint.setWordWrap(True)
        hint.hide()
        holder = QWidget()
        v = QVBoxLayout(holder)
        v.setContentsMargins(0, 0, 0, 0)
        v.setSpacing(2)
        v.addWidget(meaning_line)
        v.addWidget(row)
        v.addWidget(hint)
        # Text running on to follow-on pages (a letter's body) has no budget to show.
        if self.brand is not None and self.template is not None \
                and self.template.continues != f.id:
            budget = QLabel()
            budget.setObjectName(f"budget-{f.id}")
            budget.setAccessibleName(self.tr("Platz in „%1“").replace("%1", name))
            small = budget.font()
            small.setPointSizeF(small.pointSizeF() * 0.9)
            budget.setFont(small)
            v.addWidget(budget)
            self.budgets[f.id] = budget
        holder.setProperty("fieldId", f.id)
        form.addRow(caption, holder)
        self.editors[f.id] = editor
        self.hints[f.id] = hint

    def _set_placeholder(self, editor: QWidget, sample: str) -> None:
        """The template's sample copy as a grey italic placeholder: it shows what belongs there
        without looking like something already typed."""
        first_line = sample.split("\n")[0]
        if isinstance(editor, QLineEdit | QPlainTextEdit):
            mark_sample(editor, True)
        if isinstance(editor, QLineEdit):
            editor.setPlaceholderText(first_line)
            editor.textChanged.connect(lambda text, e=editor: mark_sample(e, not text))
        elif isinstance(editor, QPlainTextEdit):
            editor.setPlaceholderText(sample)
            editor.textChanged.connect(lambda e=editor: mark_sample(e, not e.toPlainText()))
        elif isinstance(editor, QComboBox) and editor.lineEdit() is not None:
            editor.lineEdit().setPlaceholderText(first_line)

    def _with_calendar(self, edit: QLineEdit, fid: str) -> QWidget:
        holder = QWidget()
        h = QHBoxLayout(holder)
        h.setContentsMargins(0, 0, 0, 0)
        h.addWidget(edit, 1)
        button = QToolButton()
        button.setText("…")
        button.setToolTip(self.tr("Datum aus dem Kalender wählen"))
        button.setAccessibleName(self.tr("Datum aus dem Kalender wählen"))
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(button)
        calendar = QCalendarWidget()
        calendar.setLocale(QLocale(QLocale.Language.German, QLocale.Country.Germany))
        calendar.setSelectedDate(QDate.currentDate())
        calendar.setObjectName(f"calendar-{fid}")
        self.calendars[fid] = calendar

        def opening() -> None:
            # The calendar opens on the field's date (or the sample's), not on today.
            shown = parse_date(edit.text() or edit.placeholderText())
            if shown is not None:
                day = QDate(shown.year, shown.month, shown.day)
                calendar.setSelectedDate(day)
                calendar.setCurrentPage(day.year(), day.month())

        menu.aboutToShow.connect(opening)
        action = QWidgetAction(menu)
        action.setDefaultWidget(calendar)
        menu.addAction(action)

        def picked(date: QDate) -> None:
            text = QLocale(QLocale.Language.German, QLocale.Country.Germany).toString(
                date, "dddd, d. MMMM yyyy")
            rest = edit.text().partition(" · ")[2]
            value = f"{text} · {rest}" if rest else text
            edit.setText(value)
            self._typed(fid, value)
            self.breakMerge.emit()
            menu.close()

        calendar.clicked.connect(picked)
        button.setMenu(menu)
        h.addWidget(button)
        return holder

    # -- updating ------------------------------------------------------------------------
    def _typed(self, fid: str, text: str) -> None:
        if not self._updating:
            self.commandRequested.emit(SetText(fid, text))

    def value_for(self, f: TextField, state: ProjectState) -> str:
        """What the page shows in ``f``: typed text, the office profile's, else the sample."""
        return shown_text(f, state, self._office)

    def editor_value(self, f: TextField, state: ProjectState) -> str:
        """What the editor holds: typed or profile text; "" for sample copy (shown as its
        placeholder)."""
        if f.id in state.texts:
            return state.texts[f.id]
        return profile_value(f, self._office) or ""

    def set_office(self, office: OfficeProfile | None, state: ProjectState) -> None:
        self._office = office
        self.set_state(state)

    def set_state(self, state: ProjectState) -> None:
        if self.template is None:
            return
        self._state = state
        if self.budgets:
            self._budget_timer.start()
        self._updating = True
        try:
            for f in self.template.all_text_fields():
                editor = self.editors.get(f.id)
                value = self.editor_value(f, state)
                if isinstance(editor, QLineEdit) and editor.text() != value:
                    pos = editor.cursorPosition()
                    editor.setText(value)
                    editor.setCursorPosition(min(pos, len(value)))
                elif isinstance(editor, QPlainTextEdit) and editor.toPlainText() != value:
                    editor.setPlainText(value)
                elif isinstance(editor, QComboBox) and editor.currentText() != value:
                    editor.setCurrentText(value)
            alts = alt_texts(self.template, state, self._office)
            for fid, box in self.photo_widgets.items():
                box.set_photo(state.images.get(fid))
                box.set_alt(alts.get(fid, ""), suggested=fid not in state.alt_texts)
        finally:
            self._updating = False

    def update_budgets(self) -> None:
        """Work out the budget line of every field whose value changed since the last time."""
        self._budget_timer.stop()
        if self.template is None or self.brand is None or self._state is None:
            return
        state, t = self._state, self.template
        # A field's room can depend on its flow's other fields: any change there counts.
        values = {f.id: self.value_for(f, state) for f in t.all_text_fields()}
        changed = {fid for fid, v in values.items() if self._budget_values.get(fid) != v}
        for flow in (flow for side in t.pages() for flow in side.flows):
            if changed & set(flow.fields):
                changed |= set(flow.fields)
        for fid in changed & set(self.budgets):
            self.set_budget(fid, char_budget(t, fid, values[fid], self.brand, self._office,
                                             texts=values))
        self._budget_values = values

    def set_budget(self, fid: str, budget: int) -> None:
        line = self.budgets[fid]
        if budget < 0:
            line.setText(self.tr("%n Zeichen zu lang", "", -budget))
            line.setStyleSheet("color:#c62828")
        elif budget == 0:
            line.setText(self.tr("Das Feld ist voll."))
            line.setStyleSheet("color:#666")
        else:
            line.setText(self.tr("noch etwa %n Zeichen", "", budget))
            line.setStyleSheet("color:#666")
        line.setProperty("budget", budget)

    def set_notes(self, notes: tuple[Note, ...], quality: dict[str, PhotoQuality],
                  side: Template | None = None) -> None:
        """The composer's notes and the photos' quality of the page on screen (``side``: the
        side of a piece with several sides that was composed; only its fields are updated)."""
        shown = None if side is None else {f.id for f in (*side.text_fields, *side.image_fields)}
        by_field: dict[str, list[str]] = {}
        for note in notes:
            # A field with a budget line says there how much to cut.
            if note.field and note.code == "text.overflow" and note.field not in self.budgets:
                by_field.setdefault(note.field, []).append(self.tr("Der Text passt nicht ins Feld; "
                                                                   "bitte kürzen."))
            elif note.field and note.code == "text.missing_glyphs":
                by_field.setdefault(note.field, []).append(self.tr("Einige Zeichen gibt es in der "
                                                                   "Schrift nicht."))
        for fid, hint in self.hints.items():
            if shown is not None and fid not in shown:
                continue
            messages = by_field.get(fid)
            hint.setText(" ".join(messages or []))
            hint.setVisible(bool(messages))
        for fid, box in self.photo_widgets.items():
            if shown is None or fid in shown:
                box.set_quality(quality.get(fid))

    def set_crops(self, images: Mapping[str, PlacedImage]) -> None:
        """How each shown photo's crop came about (chosen around faces, or the user's)."""
        for fid, box in self.photo_widgets.items():
            if fid in images:
                box.set_crop(images[fid])


class _PhotoBox(QGroupBox):
    def __init__(self, f: ImageField, panel: FieldPanel) -> None:
        super().__init__(label(f.label), panel)
        self.field = f
        self.panel = panel
        self.photo = None
        self.setAcceptDrops(True)
        v = QVBoxLayout(self)
        lines = self.fontMetrics().lineSpacing()
        self.name = QLabel()
        self.name.setWordWrap(True)
        # Every line keeps its room with and without a photo: the fields below never jump.
        self.name.setMinimumHeight(2 * lines)
        v.addWidget(self.name)
        buttons = QHBoxLayout()
        self.choose = QPushButton(self.tr("Foto wählen…"))
        self.choose.setAccessibleName(self.tr("Foto wählen für %1").replace("%1", label(f.label)))
        self.choose.setToolTip(self.tr("Ein Foto von diesem Rechner wählen (JPEG, PNG, WebP, TIFF, "
                                       "BMP, GIF); es wird passend zugeschnitten."))
        self.choose.clicked.connect(lambda: panel.choosePhoto.emit(f.id))
        self.remove = QPushButton(self.tr("Entfernen"))
        self.remove.setAccessibleName(self.tr("Foto entfernen"))
        self.remove.setToolTip(self.tr("Das Foto aus der Vorlage nehmen; die Datei bleibt, wo sie ist."))
        self.remove.clicked.connect(lambda: panel.commandRequested.emit(RemovePhoto(f.id)))
        buttons.addWidget(self.choose)
        buttons.addWidget(self.remove)
        v.addLayout(buttons)
        zoom_row = QHBoxLayout()
        zoom_label = QLabel(self.tr("Zoom"))
        self.zoom = QSlider(Qt.Orientation.Horizontal)
        self.zoom.setRange(100, 400)
        self.zoom.setAccessibleName(self.tr("Zoom des Fotos"))
        self.zoom.setToolTip(self.tr("Vergrößert das Foto im Feld: nach rechts ziehen zeigt einen "
                                     "kleineren Ausschnitt."))
        zoom_label.setBuddy(self.zoom)
        self.zoom.valueChanged.connect(self._zoomed)
        self.zoom.sliderReleased.connect(panel.breakMerge)
        zoom_row.addWidget(zoom_label)
        zoom_row.addWidget(self.zoom, 1)
        v.addLayout(zoom_row)
        self.help = QLabel(self.tr("Im Vorschaubild ziehen verschiebt das Foto, ein Klick setzt den "
                                   "Bildmittelpunkt (gelber Kreis), Alt+Mausrad zoomt."))
        self.help.setWordWrap(True)
        self.help.setStyleSheet("color:#666")
        v.addWidget(self.help)
        # How the crop came about: chosen around the faces, or set by the user (and the way back).
        crop_row = QHBoxLayout()
        self.crop_info = QLabel()
        self.crop_info.setObjectName(f"crop-{f.id}")
        self.crop_info.setWordWrap(True)
        self.crop_info.setStyleSheet("color:#666")
        self.crop_info.setMinimumHeight(2 * lines)
        self.auto_crop = QPushButton(self.tr("Automatisch"))
        self.auto_crop.setAccessibleName(self.tr("Bildausschnitt automatisch wählen"))
        self.auto_crop.setToolTip(self.tr("Den eigenen Bildmittelpunkt verwerfen: assetkit wählt "
                                          "den Ausschnitt wieder selbst, mit den Gesichtern ganz "
                                          "im Bild und frei von Logo und Texten."))
        self.auto_crop.clicked.connect(self._automatic)
        crop_row.addWidget(self.crop_info, 1)
        crop_row.addWidget(self.auto_crop)
        v.addLayout(crop_row)
        self.quality = QLabel()
        self.quality.setWordWrap(True)
        self.quality.setMinimumHeight(2 * lines)
        v.addWidget(self.quality)
        meaning = explain("Alternativtext")
        alt_caption = QLabel(self.tr("Alternativtext") + f" <span style='color:#666'>– {meaning}</span>")
        alt_caption.setWordWrap(True)
        self.alt = _PlainEdit()
        self.alt.setObjectName(f"alt-{f.id}")
        self.alt.setTabChangesFocus(True)
        self.alt.setFixedHeight(self.alt.fontMetrics().lineSpacing() * 3 + 12)
        self.alt.setAccessibleName(self.tr("Alternativtext für %1").replace("%1", label(f.label)))
        self.alt.setToolTip(self.tr("Beschreiben Sie in ein bis zwei Sätzen, was auf dem Foto zu "
                                    "sehen ist, z. B. „Zwei Beraterinnen im Gespräch mit einem "
                                    "Besucher“. Screenreader lesen ihn im barrierefreien PDF vor; "
                                    "bei Social-Media-Bildern wird er neben das Bild geschrieben, "
                                    "zum Einfügen in das Alt-Text-Feld der Plattform."))
        alt_caption.setBuddy(self.alt)
        self.alt.textChanged.connect(self._alt_typed)
        self.alt.focusLost.connect(panel.breakMerge)
        self.alt_note = QLabel(self.tr("Vorschlag aus den Texten der Seite – bitte ergänzen, was "
                                       "auf dem Foto zu sehen ist."))
        self.alt_note.setWordWrap(True)
        self.alt_note.setStyleSheet("color:#666")
        self.alt_note.setMinimumHeight(2 * lines)
        v.addWidget(alt_caption)
        v.addWidget(self.alt)
        v.addWidget(self.alt_note)
        self._updating = False
        self.suggested = True
        self.set_photo(None)

    def set_photo(self, photo) -> None:
        self.photo = photo
        self._updating = True
        has = photo is not None
        self.name.setText(photo.source.name if has else self.tr("Kein Foto gewählt – Foto hierher "
                                                                "ziehen oder wählen."))
        self.remove.setEnabled(has)
        self.zoom.setEnabled(has)
        self.help.setEnabled(has)
        self.zoom.setValue(round((photo.zoom if has else 1.0) * 100))
        self.auto_crop.setEnabled(has and photo.focal is not None)
        if not has:
            self.quality.clear()
            self.crop_info.clear()
        self._updating = False

    def set_crop(self, placed: PlacedImage | None) -> None:
        """Say how the crop on screen came about (the composer's ``PlacedImage``)."""
        if placed is None or self.photo is None:
            self.crop_info.clear()
            return
        if not placed.focal_chosen:
            text = self.tr("Bildausschnitt von Ihnen gesetzt.")
        elif placed.faces:
            text = self.tr("Bildausschnitt automatisch um %n Gesicht(er) gewählt.", "",
                           len(placed.faces))
        else:
            text = self.tr("Bildausschnitt automatisch (keine Gesichter erkannt).")
        self.crop_info.setText(text)

    def _automatic(self) -> None:
        if self.photo is not None:
            self.panel.commandRequested.emit(SetCrop(self.field.id, None, self.photo.zoom))

    def set_alt(self, text: str, *, suggested: bool) -> None:
        """Show the alternative text; a suggestion looks like one (grey italic) until edited."""
        self.suggested = suggested
        self._updating = True
        try:
            if self.alt.toPlainText() != text:
                self.alt.setPlainText(text)
            mark_sample(self.alt, suggested)
            self.alt.setStyleSheet("color:#777" if suggested else "")
            self.alt_note.setText(self.tr("Vorschlag aus den Texten der Seite – bitte ergänzen, was "
                                          "auf dem Foto zu sehen ist.") if suggested else "")
        finally:
            self._updating = False

    def _alt_typed(self) -> None:
        if self._updating:
            return
        self.panel.commandRequested.emit(SetAltText(self.field.id, self.alt.toPlainText()))

    def set_quality(self, q: PhotoQuality | None) -> None:
        if q is None or self.photo is None:
            self.quality.clear()
            return
        w, h = q.source_px
        if q.ppi is not None:
            text = self.tr("%1 × %2 px, %3 ppi im Druck").replace("%1", str(w)).replace(
                "%2", str(h)).replace("%3", f"{q.ppi:.0f}")
        else:
            text = self.tr("%1 × %2 px").replace("%1", str(w)).replace("%2", str(h))
        if q.low:
            text += " – " + self.tr("Auflösung zu gering, das Foto wird unscharf.")
            self.quality.setStyleSheet("color:#b45309; font-weight:600")
        else:
            self.quality.setStyleSheet("color:#2e7d32")
        self.quality.setText(text)

    def _zoomed(self, value: int) -> None:
        if self._updating or self.photo is None:
            return
        self.panel.commandRequested.emit(SetCrop(self.field.id, self.photo.focal, value / 100))

    def dragEnterEvent(self, event) -> None:  # noqa: N802 -- Qt override
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 -- Qt override
        urls = [u for u in event.mimeData().urls() if u.isLocalFile()]
        if urls:
            self.panel.window().set_photo_from_path(self.field.id, urls[0].toLocalFile())
            event.acceptProposedAction()


__all__ = ["FieldPanel"]
