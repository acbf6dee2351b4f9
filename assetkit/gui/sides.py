"""What the app calls the sides of a printed piece: „Vorderseite“/„Rückseite“, „Außenseite“/
„Innenseite“, from the side manifests' names (the part after the last „–“ or comma:
„Visitenkarte – Rückseite“ → „Rückseite“), „Seite 2“ when a name says nothing of the kind.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QTabBar, QWidget

from assetkit.gui.i18n import label
from assetkit.templates import Template

_INSIDE = ("innenseite", "inside")


def _own_name(side: Template) -> str:
    """„Rückseite“ from „Flyer DIN A5 – Veranstaltung, Rückseite“; "" without a separator."""
    parts = re.split(r"\s[–-]\s|,\s", label(side.name))
    last = parts[-1].strip() if len(parts) > 1 else ""
    return last[:1].upper() + last[1:]


def side_names(template: Template) -> list[str]:
    """One name per side of ``template`` (just the one name „Seite 1“ for a single page)."""
    sides = template.pages()
    names = []
    for number, side in enumerate(sides, start=1):
        if number == 1:
            inside = any(side_name.name.de.lower().rsplit(" ", 1)[-1] in _INSIDE
                         for side_name in sides[1:])
            names.append(QCoreApplication.translate("Sides", "Außenseite") if inside
                         else QCoreApplication.translate("Sides", "Vorderseite"))
            continue
        own = _own_name(side)
        if not own or own.lower() == names[0].lower():
            own = QCoreApplication.translate("Sides", "Seite %1").replace("%1", str(number))
        names.append(own)
    if len(sides) == 1:
        return [QCoreApplication.translate("Sides", "Seite %1").replace("%1", "1")]
    return names


def side_of_field(template: Template, field_id: str) -> int:
    """The index of the first side that shows ``field_id`` (0 when no side does)."""
    return next(iter(sides_showing(template, field_id)), 0)


def sides_showing(template: Template, field_id: str) -> list[int]:
    """Every side that shows ``field_id``."""
    return [index for index, side in enumerate(template.pages())
            if any(f.id == field_id for f in (*side.text_fields, *side.image_fields))]


class SideTabs(QTabBar):
    """The side switcher above the preview: one tab per side („Vorderseite“, „Rückseite“),
    hidden for a piece with one side. ``sideChosen(index)`` when the user picks a tab."""

    sideChosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("side-tabs")
        self.setDocumentMode(True)
        self.setExpanding(False)
        self.setDrawBase(False)
        self._filling = False
        self.currentChanged.connect(self._changed)
        self.hide()

    def set_template(self, template: Template) -> None:
        self._filling = True
        try:
            while self.count():
                self.removeTab(0)
            names = side_names(template)
            total = len(template.pages())
            for number, name in enumerate(names, start=1):
                index = self.addTab(name)
                tip = QCoreApplication.translate("Sides", "Seite %1 von %2 zeigen")
                self.setTabToolTip(index, tip.replace("%1", str(number)).replace("%2", str(total)))
            self.setCurrentIndex(0)
        finally:
            self._filling = False
        self.setAccessibleName(QCoreApplication.translate("Sides", "Seite der Vorschau"))
        self.setVisible(total > 1)

    def show_side(self, index: int) -> None:
        """Mark ``index`` as the side on screen (no ``sideChosen``)."""
        self._filling = True
        try:
            self.setCurrentIndex(index)
        finally:
            self._filling = False

    def _changed(self, index: int) -> None:
        if not self._filling and index >= 0:
            self.sideChosen.emit(index)
