"""Language of the user interface: German by default, English selectable.

Every visible string goes through Qt's translation system: the source strings in the code are
German, ``resources/i18n/assetkit_en.ts`` holds the English translations and the compiled
``assetkit_en.qm`` is loaded for English. ``system`` follows the system locale (English when the
system language is English, German otherwise). Template names come from the manifests (de/en).
``assetkit_de.qm`` holds only the German plural forms of counted strings (a source string
counting warnings becomes „1 Warnung“ / „2 Warnungen“); it is loaded for German.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from assetkit.resources import resource
from assetkit.templates import Label

LANGUAGES = ("system", "de", "en")
_current = "de"
_installed: list[QTranslator] = []


def current_language() -> str:
    return _current


def resolve(choice: str) -> str:
    if choice == "system":
        return "en" if QLocale.system().language() == QLocale.Language.English else "de"
    return choice if choice in ("de", "en") else "de"


def saved_choice() -> str:
    value = QSettings().value("language", "system")
    return value if value in LANGUAGES else "system"


def save_choice(choice: str) -> None:
    QSettings().setValue("language", choice)


def install(app: QCoreApplication, choice: str) -> str:
    """Load the translators for ``choice``; returns the language in use ("de" or "en")."""
    global _current
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    lang = resolve(choice)
    _current = lang
    qt_base = QTranslator(app)
    # Qt's own strings (standard buttons, file dialogs) in the same language.
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_base.load(QLocale(lang), "qtbase", "_", qt_dir):
        app.installTranslator(qt_base)
        _installed.append(qt_base)
    # German too: the source strings are German, but a count needs its word in the right
    # number („1 Warnung“, „2 Warnungen“), which only a translation's plural forms give
    # (assetkit_de.ts holds just those).
    ours = QTranslator(app)
    if ours.load(str(resource("i18n", f"assetkit_{lang}.qm"))):
        app.installTranslator(ours)
        _installed.append(ours)
    QLocale.setDefault(QLocale(QLocale.Language.English if lang == "en" else QLocale.Language.German))
    return lang


def label(value: Label) -> str:
    return value.get(_current)
