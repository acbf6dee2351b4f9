"""Help that needs no internet: the quick guide (F1) and the first-start hint.

The quick guide is an HTML file shipped in ``resources/help/`` (German and English), shown in a
window of its own with a plain text browser: no web engine, no links out. The first-start hint
is a band above the preview with the three steps to a first file; each step is ticked as the
user does it, and after the first export it is gone for good (``QSettings`` „firstStart/done“).
Hilfe → Erste Schritte zeigen brings it back.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from assetkit.resources import resource

GUIDES = {"de": "kurzanleitung.de.html", "en": "quick-guide.en.html"}
STEPS = ("template", "content", "export")
DONE_KEY = "firstStart/done"


def guide_path(language: str):
    return resource("help", GUIDES.get(language, GUIDES["de"]))


class HelpViewer(QDialog):
    """The quick guide in a window beside the app (not modal: the user follows it along)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quick-guide")
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)     # offline: anchors inside the guide only
        self.browser.setAccessibleName(self.tr("Kurzanleitung"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.language = ""

    def sizeHint(self) -> QSize:  # noqa: N802 -- Qt override
        return QSize(720, 760)

    def load(self, language: str) -> None:
        self.language = language
        self.setWindowTitle(self.tr("Kurzanleitung – assetkit"))
        path = guide_path(language)
        try:
            html = path.read_text(encoding="utf-8")
        except OSError:
            html = "<p>" + self.tr("Die Kurzanleitung fehlt in dieser Installation (%1).").replace(
                "%1", str(path)) + "</p>"
        self.browser.setSearchPaths([str(path.parent)])
        self.browser.setHtml(html)

    def text(self) -> str:
        return self.browser.toPlainText()


class FirstStartHint(QFrame):
    """„So entsteht Ihr erstes Bild“: three steps with ticks, until the first export."""

    helpRequested = Signal()
    exportRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("first-start-hint")
        self.setStyleSheet("#first-start-hint { background:#e6f2f1; border-bottom:1px solid #9cc9c5; }")
        self.done: set[str] = set()
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.guide = QPushButton()
        self.guide.clicked.connect(self.helpRequested)
        self.export = QPushButton()
        self.export.clicked.connect(self.exportRequested)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.dismiss)
        row = QHBoxLayout(self)
        row.setContentsMargins(14, 8, 14, 8)
        row.addWidget(self.text, 1)
        for b in (self.guide, self.export, self.close_button):
            row.addWidget(b, 0, Qt.AlignmentFlag.AlignVCenter)
        self.retranslate()
        self.setVisible(not QSettings().value(DONE_KEY, False, type=bool))

    def retranslate(self) -> None:
        self.guide.setText(self.tr("Kurzanleitung (F1)"))
        self.guide.setToolTip(self.tr("Die Anleitung öffnen: alle Schritte und Begriffe erklärt"))
        self.export.setText(self.tr("Exportieren…"))
        self.export.setToolTip(self.tr("Das fertige Bild oder PDF speichern (Strg+E)"))
        self.close_button.setText(self.tr("Ausblenden"))
        self.close_button.setToolTip(self.tr("Diesen Hinweis nicht mehr zeigen (Hilfe → Erste "
                                             "Schritte zeigen holt ihn zurück)"))
        steps = [
            ("template", self.tr("Links eine <b>Vorlage</b> wählen, z. B. „Beitrag 4:5“ für "
                                 "Instagram oder „Flyer DIN A4“.")),
            ("content", self.tr("Rechts unter <b>Inhalte</b> die grau vorgeschlagenen Texte "
                                "überschreiben und ein <b>Foto</b> wählen.")),
            ("export", self.tr("<b>Exportieren</b> (Strg+E): Format und Profil sind passend zur "
                               "Vorlage vorgewählt.")),
        ]
        items = "".join(
            f"<li>{'✔ ' if key in self.done else ''}"
            f"<span style='{'color:#2e7d32' if key in self.done else ''}'>{text}</span></li>"
            for key, text in steps)
        self.text.setText("<b>" + self.tr("Willkommen! In drei Schritten zur ersten Datei:")
                          + f"</b><ol style='margin:2px 0 0 -20px'>{items}</ol>")

    def step_done(self, step: str) -> None:
        if step not in STEPS or step in self.done:
            return
        self.done.add(step)
        if step == "export":
            self.dismiss()
        self.retranslate()

    def dismiss(self) -> None:
        QSettings().setValue(DONE_KEY, True)
        self.hide()

    def restart(self) -> None:
        QSettings().setValue(DONE_KEY, False)
        self.done.clear()
        self.retranslate()
        self.show()
