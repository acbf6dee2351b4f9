"""The findings panel: what preflight found on the preview, errors first.

One row per finding with a severity icon and the message in the interface language. Picking a
row emits ``findingPicked(Finding)``; the main window frames the finding's region on the preview
and focuses the field concerned. After an update the same finding (code and field) stays picked,
so its frame follows the text while the user fixes it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from assetkit.gui import i18n
from assetkit.preflight import Finding

_ICONS = {"error": QStyle.StandardPixmap.SP_MessageBoxCritical,
          "warning": QStyle.StandardPixmap.SP_MessageBoxWarning,
          "info": QStyle.StandardPixmap.SP_MessageBoxInformation}


def finding_key(f: Finding) -> tuple[str, str | None, int]:
    return f.code, f.field, f.page


class FindingsPanel(QWidget):
    findingPicked = Signal(object)          # Finding, or None when nothing is picked
    findingActivated = Signal(object)       # Finding: clicked or Enter, the field should get focus

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.findings: tuple[Finding, ...] = ()
        self.sides: list[str] = []          # side names of a piece with several sides
        self.summary = QLabel(self.tr("Prüfung läuft…"))
        self.summary.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Prüfergebnisse"))
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.list.currentItemChanged.connect(self._current_changed)
        self.list.itemClicked.connect(self._activated)
        self.list.itemActivated.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 6)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        self._updating = False

    def set_findings(self, findings: tuple[Finding, ...]) -> None:
        picked = self.current()
        self.findings = findings
        self._updating = True
        try:
            self.list.clear()
            again = None
            for f in findings:
                item = QListWidgetItem(self.style().standardIcon(_ICONS[f.severity]), self.text(f))
                item.setData(Qt.ItemDataRole.UserRole, f)
                item.setToolTip(f"{self._severity_name(f.severity)} · {f.code}")
                self.list.addItem(item)
                if picked is not None and again is None and finding_key(f) == finding_key(picked):
                    again = item
            if again is not None:
                self.list.setCurrentItem(again)
        finally:
            self._updating = False
        self._summarise()
        now = self.current()
        if picked is not None or now is not None:
            self.findingPicked.emit(now)

    def set_sides(self, names: list[str]) -> None:
        """Name each finding's side („Rückseite: …“); [] for a piece with one side."""
        self.sides = list(names)

    def text(self, f: Finding) -> str:
        """The finding as listed: its message, after its side's name on a piece with sides."""
        message = f.message(i18n.current_language())
        if len(self.sides) > 1 and 1 <= f.page <= len(self.sides):
            return f"{self.sides[f.page - 1]}: {message}"
        return message

    def clear(self) -> None:
        """Nothing known yet (a new template): no findings, the check is under way."""
        self.set_findings(())
        self.summary.setText(self.tr("Prüfung läuft…"))

    def current(self) -> Finding | None:
        item = self.list.currentItem()
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def pick(self, row: int) -> None:
        item = self.list.item(row)
        self.list.setCurrentItem(item)
        self._activated(item)

    def count(self, severity: str) -> int:
        return sum(1 for f in self.findings if f.severity == severity)

    def _severity_name(self, severity: str) -> str:
        return {"error": self.tr("Fehler"), "warning": self.tr("Warnung"),
                "info": self.tr("Hinweis")}[severity]

    def _summarise(self) -> None:
        errors, warnings, infos = self.count("error"), self.count("warning"), self.count("info")
        if not self.findings:
            self.summary.setText(self.tr("Keine Befunde: die Gestaltung entspricht den Regeln."))
            self.summary.setStyleSheet("color:#2e7d32")
            return
        parts = []
        if errors:
            parts.append(self.tr("%n Fehler", "", errors))
        if warnings:
            parts.append(self.tr("%n Warnung(en)", "", warnings))
        if infos:
            parts.append(self.tr("%n Hinweis(e)", "", infos))
        self.summary.setText(", ".join(parts))
        self.summary.setStyleSheet("color:#c62828" if errors else "color:#b45309")

    def _current_changed(self, item: QListWidgetItem | None, _previous: object) -> None:
        if not self._updating:
            self.findingPicked.emit(None if item is None else item.data(Qt.ItemDataRole.UserRole))

    def _activated(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.findingActivated.emit(item.data(Qt.ItemDataRole.UserRole))
