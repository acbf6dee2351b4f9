"""Findings: what a preflight check reports, and the registry of every stable code.

A :class:`Finding` is a frozen value with a stable ``code`` (documented in docs/preflight.md), a
severity, one German and one English sentence, the page (1-based) and the region it concerns.
Codes never change meaning; new checks add new codes. :data:`CODES` lists every code a check may
emit, so the documentation, the JSON schema and the GUI can rely on the list.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from assetkit.errors import number_de

Severity = Literal["error", "warning", "info"]
SEVERITIES: tuple[Severity, ...] = ("error", "warning", "info")
SCHEMA_ID = "assetkit-preflight/1"


@dataclass(frozen=True)
class CodeInfo:
    severities: tuple[Severity, ...]
    title_de: str
    title_en: str


# Every code a check may emit, with the severities it may carry. docs/preflight.md documents each.
CODES: dict[str, CodeInfo] = {
    # logo
    "logo.missing": CodeInfo(("error",), "Logo fehlt", "Logo missing"),
    "logo.too_small": CodeInfo(("error",), "Logo zu klein", "Logo too small"),
    "logo.clear_space": CodeInfo(("error",), "Schutzzone des Logos verletzt",
                                 "Logo clear space violated"),
    "logo.busy_background": CodeInfo(("warning",), "Unruhiger Hintergrund in der Schutzzone",
                                     "Busy background in the clear space"),
    "logo.contrast": CodeInfo(("error",), "Falsche Logo-Variante für den Hintergrund",
                              "Wrong logo variant for the background"),
    # text
    "text.missing": CodeInfo(("error",), "Pflichtfeld leer", "Required field empty"),
    "text.overflow": CodeInfo(("error",), "Text passt nicht", "Text does not fit"),
    "text.missing_glyphs": CodeInfo(("error",), "Zeichen fehlen in der Schrift",
                                    "Characters missing from the font"),
    "text.word_split": CodeInfo(("error",), "Wort mitten im Wort getrennt",
                                "Word split mid-word"),
    "text.too_small": CodeInfo(("warning",), "Schrift zu klein", "Type too small"),
    "text.contrast": CodeInfo(("error",), "Zu wenig Kontrast", "Contrast too low"),
    "text.orphan": CodeInfo(("warning",), "Einzelnes Wort in der letzten Zeile",
                            "Orphan word on the last line"),
    # sample content still in place
    "content.sample": CodeInfo(("info",), "Beispieltext", "Sample text"),
    "content.example_contact": CodeInfo(("info",), "Beispieladresse", "Example address"),
    # the office profile
    "office.logo_unusable": CodeInfo(("error", "warning"), "Logo der Dienststelle unbrauchbar",
                                     "Office logo unusable"),
    # photos
    "image.missing": CodeInfo(("error",), "Foto fehlt", "Photo missing"),
    "image.face_cut": CodeInfo(("warning",), "Gesicht angeschnitten", "Face cut off"),
    "image.face_covered": CodeInfo(("warning",), "Gesicht verdeckt", "Face covered"),
    "image.low_resolution": CodeInfo(("error",), "Foto-Auflösung zu gering",
                                     "Photo resolution too low"),
    "image.marginal_resolution": CodeInfo(("warning",), "Foto-Auflösung knapp",
                                          "Photo resolution marginal"),
    "image.upscaled": CodeInfo(("warning",), "Foto wird vergrößert", "Photo is upscaled"),
    # print (composed document)
    "print.bleed": CodeInfo(("error",), "Beschnittzugabe fehlt", "Bleed missing"),
    "print.trim_margin": CodeInfo(("error",), "Zu nah am Endformat", "Too close to the trim"),
    "print.bleed_short": CodeInfo(("warning",), "Beschnitt kürzer als verlangt",
                                  "Bleed shorter than asked"),
    "print.photo_missing": CodeInfo(("error",), "Foto nicht eingebettet", "Photo not embedded"),
    "print.fold": CodeInfo(("error",), "Auf dem Falz", "On the fold"),
    "print.hidden_bottom": CodeInfo(("error",), "Im Fuß des Aufstellers verdeckt",
                                    "Hidden by the stand's foot"),
    # social
    "social.safe_zone": CodeInfo(("warning",), "Außerhalb des sicheren Bereichs",
                                 "Outside the safe zone"),
    "social.pixel_size": CodeInfo(("error",), "Falsche Pixelgröße", "Wrong pixel size"),
    "social.file_size": CodeInfo(("error",), "Datei zu groß", "File too large"),
    "social.color_profile": CodeInfo(("error", "info"), "Kein sRGB", "Not sRGB"),
    # exported PDFs
    "pdf.trim_box": CodeInfo(("error", "warning"), "TrimBox fehlt", "TrimBox missing"),
    "pdf.bleed": CodeInfo(("error", "warning"), "Beschnitt fehlt oder zu klein",
                          "Bleed missing or too small"),
    "pdf.font_not_embedded": CodeInfo(("error",), "Schrift nicht eingebettet", "Font not embedded"),
    "pdf.color_space": CodeInfo(("error", "warning", "info"), "Farbraum nicht erlaubt",
                                "Colour space not allowed"),
    "pdf.low_resolution": CodeInfo(("error",), "Bildauflösung zu gering", "Image resolution too low"),
    "pdf.marginal_resolution": CodeInfo(("warning",), "Bildauflösung knapp",
                                        "Image resolution marginal"),
    "pdf.output_intent": CodeInfo(("error",), "Output Intent fehlt", "Output intent missing"),
    "pdf.ink_coverage": CodeInfo(("error",), "Gesamtfarbauftrag zu hoch", "Total ink too high"),
    # QR codes
    "qr.too_small": CodeInfo(("error",), "QR-Code zu klein", "QR code too small"),
    "qr.missing": CodeInfo(("warning",), "QR-Code leer", "QR code empty"),
    # accessibility (alternative texts; tagged PDF for the web)
    "accessibility.alt_missing": CodeInfo(("error", "warning"), "Alternativtext fehlt",
                                 "Alternative text missing"),
    "accessibility.alt_suggested": CodeInfo(("info",), "Alternativtext ist der Vorschlag",
                                            "Alternative text is the suggestion"),
    "accessibility.untagged": CodeInfo(("error",), "PDF nicht getaggt", "PDF not tagged"),
    "accessibility.untagged_content": CodeInfo(("error",), "Inhalt weder getaggt noch Artefakt",
                                      "Content neither tagged nor artifact"),
    "accessibility.language_missing": CodeInfo(("error",), "Sprache fehlt", "Language missing"),
    "accessibility.title_missing": CodeInfo(("error",), "Titel fehlt", "Title missing"),
}


@dataclass(frozen=True)
class Finding:
    """One problem, where it is, and how bad it is.

    ``box`` is (x, y, width, height) in ``unit``: page units (mm or px, origin at the trim's
    top-left) for composed documents, PDF points from the page's top-left (y down) for PDFs.
    ``page`` is 1-based. ``field`` is the template field or logo element concerned, if any.
    """

    code: str
    severity: Severity
    message_de: str
    message_en: str
    page: int = 1
    box: tuple[float, float, float, float] | None = None
    field: str | None = None
    unit: str = ""

    def __post_init__(self) -> None:
        info = CODES.get(self.code)
        if info is None:
            raise ValueError(f"unregistered preflight code {self.code!r}")
        if self.severity not in info.severities:
            raise ValueError(f"{self.code} cannot have severity {self.severity!r}")

    def message(self, lang: str = "de") -> str:
        return self.message_en if lang.startswith("en") else self.message_de

    def to_dict(self) -> dict[str, object]:
        box = None if self.box is None else {
            "x": round(self.box[0], 3), "y": round(self.box[1], 3),
            "width": round(self.box[2], 3), "height": round(self.box[3], 3)}
        return {"code": self.code, "severity": self.severity, "message_de": self.message_de,
                "message_en": self.message_en, "page": self.page, "box": box,
                "unit": self.unit or None, "field": self.field}


def de_number(value: float) -> str:
    """A number as Germans write it in messages: 4,5 (one decimal, none when whole)."""
    return number_de(value)


def sort_findings(findings: Iterable[Finding]) -> list[Finding]:
    """Errors first, then by page, position and code: a stable order for tables and JSON."""
    def key(f: Finding) -> tuple[int, int, float, float, str, str]:
        y, x = (f.box[1], f.box[0]) if f.box else (-1.0, -1.0)
        return SEVERITIES.index(f.severity), f.page, y, x, f.code, f.field or ""
    return sorted(findings, key=key)


def count(findings: Sequence[Finding]) -> dict[str, int]:
    return {s: sum(1 for f in findings if f.severity == s) for s in SEVERITIES}


def exit_code(findings: Sequence[Finding], strict: bool = False) -> int:
    """0 clean, 2 with errors, 1 with warnings only when ``strict``."""
    if any(f.severity == "error" for f in findings):
        return 2
    if strict and any(f.severity == "warning" for f in findings):
        return 1
    return 0


def report(findings: Sequence[Finding], source: str, target: str | None = None) -> dict[str, object]:
    """The JSON document ``assetkit check --json`` prints (docs/preflight-schema.json)."""
    ordered = sort_findings(findings)
    return {"schema": SCHEMA_ID, "source": source, "preset": target,
            "summary": count(ordered), "findings": [f.to_dict() for f in ordered]}
