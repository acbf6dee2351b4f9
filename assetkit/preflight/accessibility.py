"""Accessibility rules: alternative texts for photos, and for PDFs that claim to be accessible
(or are checked against an accessible preset) the tagging a screen reader needs.

- A designed page (:func:`composition_findings`): a photo without an alternative text is an
  error for an accessible PDF (preset ``web-barrierefrei``) and a warning for social images,
  whose platforms ask for one (Instagram, Facebook, LinkedIn, X and Mastodon all do).
- A PDF file (:func:`pdf_findings`): structure tree and marking, language, title shown as the
  window title, a ``Figure`` without ``/Alt``, painting outside any marked-content sequence.
"""

from __future__ import annotations

from collections.abc import Iterator

import pikepdf

from assetkit.compose import Composition
from assetkit.compose.alt import alt_suggestion
from assetkit.preflight.findings import Finding, Severity

_PAINTING = frozenset(("f", "F", "f*", "B", "B*", "b", "b*", "S", "s", "Do", "sh", "Tj", "TJ",
                       "'", '"', "BI"))
_MAX_ELEMENTS = 100_000


def wants_accessible(preset: object) -> bool:
    """Whether ``preset`` (a Preset, PrintTarget or alike) asks for an accessible PDF."""
    return bool(getattr(preset, "accessible", False))


def composition_findings(c: Composition, *, accessible: bool) -> Iterator[Finding]:
    severity: Severity | None = "error" if accessible else (
        "warning" if c.page.unit == "px" else None)
    if severity is None:
        return
    for field_id, placed in c.images.items():
        alt = " ".join(c.alt_texts.get(field_id, "").split())
        if alt and alt == alt_suggestion(c.template, field_id, {**c.texts, **c.spoken}):
            f = c.template.image_field(field_id)
            label_de = f.label.de if f else field_id
            yield Finding(
                "accessibility.alt_suggested", "info",
                f"Der Alternativtext für „{label_de}“ ist noch der Vorschlag der Vorlage; "
                "besser in einem Satz beschreiben, was das Foto zeigt.",
                f"The alternative text of “{f.label.en if f else field_id}” is still the "
                "template's suggestion; better describe what the photo shows.",
                1, (placed.box.x, placed.box.y, placed.box.width, placed.box.height), field_id,
                c.page.unit)
            continue
        if alt:
            continue
        f = c.template.image_field(field_id)
        label_de = f.label.de if f else field_id
        label_en = f.label.en if f else field_id
        where_de = "im barrierefreien PDF" if accessible else "auf den Plattformen"
        where_en = "in the accessible PDF" if accessible else "on the platforms"
        yield Finding(
            "accessibility.alt_missing", severity,
            f"Für „{label_de}“ fehlt der Alternativtext: Menschen mit Screenreader erfahren "
            f"{where_de} sonst nicht, was das Foto zeigt; in einem Satz beschreiben.",
            f"“{label_en}” has no alternative text: people using a screen reader {where_en} "
            "will not learn what the photo shows; describe it in one sentence.",
            1, (placed.box.x, placed.box.y, placed.box.width, placed.box.height), field_id,
            c.page.unit)


def pdf_findings(pdf: pikepdf.Pdf, *, accessible: bool) -> list[Finding]:
    """The tagging rules for a PDF file; checked when the preset asks for an accessible PDF or
    the file claims PDF/UA itself."""
    claims = _claims_pdfua(pdf)
    if not (accessible or claims):
        return []
    found: list[Finding] = []
    root = pdf.Root
    mark_info = root.get("/MarkInfo")
    marked = isinstance(mark_info, pikepdf.Dictionary) and bool(mark_info.get("/Marked", False))
    if "/StructTreeRoot" not in root or not marked:
        found.append(_pdf("accessibility.untagged",
                          "Das PDF ist nicht getaggt (keine Struktur): Screenreader lesen es "
                          "nicht in der richtigen Reihenfolge; mit dem Profil „Barrierefreies "
                          "PDF für die Website“ neu exportieren.",
                          "The PDF is not tagged (no structure tree): screen readers cannot "
                          "read it in order; export it again with the accessible preset."))
        return found
    if not str(root.get("/Lang", "")).strip():
        found.append(_pdf("accessibility.language_missing",
                          "Im PDF ist keine Sprache angegeben (/Lang); Screenreader sprechen "
                          "den Text dann womöglich mit falscher Aussprache.",
                          "The PDF names no language (/Lang); screen readers may pronounce "
                          "the text wrongly."))
    title = ""
    try:
        title = str(pdf.open_metadata().get("dc:title", "") or "")
    except Exception:  # noqa: BLE001 - broken XMP counts as no title
        title = ""
    preferences = root.get("/ViewerPreferences")
    shows = isinstance(preferences, pikepdf.Dictionary) and bool(
        preferences.get("/DisplayDocTitle", False))
    if not title.strip() or not shows:
        found.append(_pdf("accessibility.title_missing",
                          "Das PDF hat keinen Titel, der im Fenster angezeigt wird (dc:title, "
                          "DisplayDocTitle).",
                          "The PDF has no title shown in the window (dc:title, "
                          "DisplayDocTitle)."))
    for number in _figures_without_alt(root.StructTreeRoot):
        found.append(_pdf("accessibility.alt_missing",
                          f"Ein Bild im PDF hat keinen Alternativtext (Figure {number}).",
                          f"An image in the PDF has no alternative text (figure {number}).",
                          severity="error"))
    for number, page in enumerate(pdf.pages, start=1):
        loose = _unmarked_painting(page)
        if loose:
            found.append(_pdf("accessibility.untagged_content",
                              f"Seite {number}: {loose} Zeichenoperationen liegen weder in "
                              "getaggtem Inhalt noch sind sie als Artefakt markiert.",
                              f"Page {number}: {loose} drawing operations are neither tagged "
                              "nor marked as artifacts.", page=number))
    return found


def _claims_pdfua(pdf: pikepdf.Pdf) -> bool:
    try:
        return bool(str(pdf.open_metadata().get("pdfuaid:part", "") or "").strip())
    except Exception:  # noqa: BLE001 - unreadable XMP claims nothing
        return False


def _figures_without_alt(tree: pikepdf.Object) -> Iterator[int]:
    stack, seen, figures = [tree], 0, 0
    while stack and seen < _MAX_ELEMENTS:
        node = stack.pop()
        seen += 1
        kids = node.get("/K") if isinstance(node, pikepdf.Dictionary) else None
        if isinstance(node, pikepdf.Dictionary) and node.get("/S") == "/Figure":
            figures += 1
            if not str(node.get("/Alt", "")).strip() and not str(node.get("/ActualText", "")):
                yield figures
        if isinstance(kids, pikepdf.Array):
            stack.extend(reversed([k for k in kids if isinstance(k, pikepdf.Dictionary)]))
        elif isinstance(kids, pikepdf.Dictionary):
            stack.append(kids)


def _unmarked_painting(page: pikepdf.Page) -> int:
    depth = loose = 0
    for inst in pikepdf.parse_content_stream(page):
        op = str(inst.operator)
        if op in ("BMC", "BDC"):
            depth += 1
        elif op == "EMC":
            depth = max(0, depth - 1)
        elif op in _PAINTING and depth == 0:
            loose += 1
    return loose


def _pdf(code: str, de: str, en: str, *, severity: Severity = "error",
         page: int = 1) -> Finding:
    return Finding(code, severity, de, en, page, None, None, "pt")
