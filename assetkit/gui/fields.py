"""The field panel: one editor per field of the current template, generated from its manifest.

Editors never change the project themselves: they emit commands (``commandRequested``) that the
window executes through the document's history. ``set_state`` updates them from the project
without emitting anything, so undo/redo and typing never fight.

Under each text field a grey line tells how much still fits at the field's smallest size
(„noch etwa 23 Zeichen“, in red „5 Zeichen zu lang“), from :func:`assetkit.compose.budget.char_budget`.
It is worked out shortly after typing pauses, only for the fields that changed.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
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
from assetkit.compose.binding import bound_value
from assetkit.compose.budget import char_budget
from assetkit.gui.i18n import label
from assetkit.office import OfficeProfile
from assetkit.project import ProjectState, RemovePhoto, SetCrop, SetText
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


class FieldPanel(QScrollArea):
    commandRequested = Signal(object)
    breakMerge = Signal()
    choosePhoto = Signal(str)              # field id

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
        self._office: OfficeProfile | None = None
        self._state: ProjectState | None = None
        self._updating = False
        self._budget_values: dict[str, str] = {}     # field id → the value its line is for
        self._budget_timer = QTimer(self)
        self._budget_timer.setSingleShot(True)
        self._budget_timer.setInterval(BUDGET_DELAY_MS)
        self._budget_timer.timeout.connect(self.update_budgets)
        self.setWidget(QWidget())

    # -- building ------------------------------------------------------------------------
    def set_template(self, template: Template, state: ProjectState,
                     office: OfficeProfile | None) -> None:
        self.template = template
        self._office = office
        self.editors.clear()
        self.hints.clear()
        self.budgets.clear()
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
        if template.image_fields:
            for f in template.image_fields:
                box = _PhotoBox(f, self)
                self.photo_widgets[f.id] = box
                outer.addWidget(box)
        texts = QGroupBox(self.tr("Texte"))
        form = QFormLayout(texts)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        office_fields = [f for f in template.text_fields if f.is_office]
        for f in template.text_fields:
            if f.is_office:
                continue
            self._add_text(form, f)
        outer.addWidget(texts)
        if office_fields:
            office_box = QGroupBox(self.tr("Dienststelle"))
            office_form = QFormLayout(office_box)
            office_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
            for f in office_fields:
                self._add_text(office_form, f)
            outer.addWidget(office_box)
        outer.addStretch(1)
        self.setWidget(root)
        self.set_state(state)

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
        if f.is_office:
            editor.setToolTip(self.tr("Kommt aus dem Dienststellenprofil; hier geändert gilt es nur "
                                      "für dieses Projekt."))
        elif f.help is not None:
            editor.setToolTip(label(f.help))
        row: QWidget = editor
        if f.kind == "date" and isinstance(editor, QLineEdit):
            row = self._with_calendar(editor, f.id)
        caption = QLabel(name + (" *" if f.required else ""))
        caption.setBuddy(editor)
        hint = QLabel()
        hint.setStyleSheet("color:#c62828")
        hint.setWordWrap(True)
        hint.hide()
        holder = QWidget()
        v = QVBoxLayout(holder)
        v.setContentsMargins(0, 0, 0, 0)
        v.setSpacing(2)
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
        form.addRow(caption, holder)
        self.editors[f.id] = editor
        self.hints[f.id] = hint

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
        if f.id in state.texts:
            return state.texts[f.id]
        if f.bind and self._office is not None:
            return bound_value(f.bind, self._office)     # patterns like "{office.phone} · …" too
        return f.default

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
            for f in self.template.text_fields:
                editor = self.editors.get(f.id)
                value = self.value_for(f, state)
                if isinstance(editor, QLineEdit) and editor.text() != value:
                    pos = editor.cursorPosition()
                    editor.setText(value)
                    editor.setCursorPosition(min(pos, len(value)))
                elif isinstance(editor, QPlainTextEdit) and editor.toPlainText() != value:
                    editor.setPlainText(value)
                elif isinstance(editor, QComboBox) and editor.currentText() != value:
                    editor.setCurrentText(value)
            for fid, box in self.photo_widgets.items():
                box.set_photo(state.images.get(fid))
        finally:
            self._updating = False

    def update_budgets(self) -> None:
        """Work out the budget line of every field whose value changed since the last time."""
        self._budget_timer.stop()
        if self.template is None or self.brand is None or self._state is None:
            return
        state, t = self._state, self.template
        # A field's room can depend on its flow's other fields: any change there counts.
        values = {f.id: self.value_for(f, state) for f in t.text_fields}
        changed = {fid for fid, v in values.items() if self._budget_values.get(fid) != v}
        for flow in t.flows:
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

    def set_notes(self, notes: tuple[Note, ...], quality: dict[str, PhotoQuality]) -> None:
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
            messages = by_field.get(fid)
            hint.setText(" ".join(messages or []))
            hint.setVisible(bool(messages))
        for fid, box in self.photo_widgets.items():
            box.set_quality(quality.get(fid))


class _PhotoBox(QGroupBox):
    def __init__(self, f: ImageField, panel: FieldPanel) -> None:
        super().__init__(label(f.label), panel)
        self.field = f
        self.panel = panel
        self.photo = None
        self.setAcceptDrops(True)
        v = QVBoxLayout(self)
        self.name = QLabel()
        self.name.setWordWrap(True)
        v.addWidget(self.name)
        buttons = QHBoxLayout()
        self.choose = QPushButton(self.tr("Foto wählen…"))
        self.choose.setAccessibleName(self.tr("Foto wählen für %1").replace("%1", label(f.label)))
        self.choose.clicked.connect(lambda: panel.choosePhoto.emit(f.id))
        self.remove = QPushButton(self.tr("Entfernen"))
        self.remove.setAccessibleName(self.tr("Foto entfernen"))
        self.remove.clicked.connect(lambda: panel.commandRequested.emit(RemovePhoto(f.id)))
        buttons.addWidget(self.choose)
        buttons.addWidget(self.remove)
        v.addLayout(buttons)
        zoom_row = QHBoxLayout()
        zoom_label = QLabel(self.tr("Zoom"))
        self.zoom = QSlider(Qt.Orientation.Horizontal)
        self.zoom.setRange(100, 400)
        self.zoom.setAccessibleName(self.tr("Zoom des Fotos"))
        zoom_label.setBuddy(self.zoom)
        self.zoom.valueChanged.connect(self._zoomed)
        self.zoom.sliderReleased.connect(panel.breakMerge)
        zoom_row.addWidget(zoom_label)
        zoom_row.addWidget(self.zoom, 1)
        v.addLayout(zoom_row)
        self.help = QLabel(self.tr("Im Vorschaubild ziehen verschiebt das Foto, ein Klick setzt den "
                                   "Bildmittelpunkt, Alt+Mausrad zoomt."))
        self.help.setWordWrap(True)
        self.help.setStyleSheet("color:#666")
        v.addWidget(self.help)
        self.quality = QLabel()
        self.quality.setWordWrap(True)
        v.addWidget(self.quality)
        self._updating = False
        self.set_photo(None)

    def set_photo(self, photo) -> None:
        self.photo = photo
        self._updating = True
        has = photo is not None
        self.name.setText(photo.source.name if has else self.tr("Kein Foto gewählt – Foto hierher "
                                                                "ziehen oder wählen."))
        self.remove.setEnabled(has)
        self.zoom.setEnabled(has)
        self.help.setVisible(has)
        self.zoom.setValue(round((photo.zoom if has else 1.0) * 100))
        if not has:
            self.quality.clear()
        self._updating = False

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
