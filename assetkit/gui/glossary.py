"""Words of the trade the app uses, each with one sentence a non-designer understands.

Field captions and tooltips take their explanation from here (unless the template's manifest
gives its own help text), and the quick guide lists the same terms.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def explanations() -> dict[str, str]:
    """German term (as templates and menus spell it) → explanation in the interface language."""
    return {
        "Dachzeile": QCoreApplication.translate(
            "glossary", "kurze Zeile über der Überschrift, die das Thema nennt, z. B. "
                        "„Aktionswoche“"),
        "Unterzeile": QCoreApplication.translate(
            "glossary", "ergänzt die Überschrift in einem Satz"),
        "Einpassen": QCoreApplication.translate(
            "glossary", "die ganze Seite so groß wie möglich ins Fenster bringen"),
        "Beschnittzugabe": QCoreApplication.translate(
            "glossary", "3 mm Bild über den Rand hinaus, die die Druckerei abschneidet, "
                        "damit kein weißer Rand bleibt"),
        "Endformat": QCoreApplication.translate(
            "glossary", "die fertige Größe nach dem Zuschneiden, z. B. DIN A4"),
        "Sicherheitsabstand": QCoreApplication.translate(
            "glossary", "Rand, in dem kein Text stehen sollte, weil er beim Schneiden "
                        "oder in der App der Plattform verloren gehen kann"),
        "Exportprofil": QCoreApplication.translate(
            "glossary", "legt fest, wofür das PDF gemacht wird: Druckerei, Büro-Drucker oder "
                        "Website"),
        "Alternativtext": QCoreApplication.translate(
            "glossary", "beschreibt in einem Satz, was auf dem Foto zu sehen ist – für "
                        "Menschen, die das Bild nicht sehen können (Screenreader)"),
        "Bildmittelpunkt": QCoreApplication.translate(
            "glossary", "die Stelle des Fotos, die beim Zuschneiden sichtbar bleibt"),
        "Dienststelle": QCoreApplication.translate(
            "glossary", "Name und Angaben Ihres Jobcenters aus dem Dienststellenprofil"),
    }


def explain(term: str) -> str:
    """The explanation of ``term`` (German spelling), or "" when it is no jargon."""
    return explanations().get(term, "")
