"""The one judge: what ``check``, ``render``, ``batch`` and the desktop app decide from.

In:  a template with content (and office profile), and what is to be exported: a print preset,
     a social platform, or nothing (the template's own rules).
Out: findings. An export whose findings hold an error is refused on every surface unless the
     user forces it; warnings and hints are shown and the file is written.

Every surface composes the page to check the same way (:func:`check_content`): text drawn, photos
embedded at screen density, the bleed the target asks for. Export compositions differ (a print
PDF has text markers and no photos until the finisher adds them), so they are never judged by
their pixels: a check on them would measure white text against a missing photo.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Literal

from assetkit.brand import Brand, load_brand
from assetkit.compose import ComposeOptions, Composition, Content, compose
from assetkit.export.presets import format_bleed
from assetkit.export.request import compose_options
from assetkit.preflight.accessibility import composition_findings, wants_accessible
from assetkit.preflight.composition import check_composition
from assetkit.preflight.faces import face_findings
from assetkit.preflight.findings import Finding, sort_findings
from assetkit.preflight.folds import fold_findings
from assetkit.preflight.hidden_bottom import hidden_bottom_findings
from assetkit.preflight.office_logo import office_logo_findings
from assetkit.preflight.qr import qr_findings
from assetkit.preflight.targets import PrintTarget, resolve_target

if TYPE_CHECKING:
    from PIL import Image

    from assetkit.export.request import ExportRequest
    from assetkit.office import OfficeProfile
    from assetkit.templates import Template

# Sample copy that must not reach a real flyer: the template's invented place and office.
SAMPLE_MARKERS = ("Musterstadt", "Ihr Kommunales Jobcenter", "Musterkreis")
EXAMPLE_DOMAIN = ".example"


def judge(composition: Composition, *, preset: object = None,
          rendered: Image.Image | None = None, brand: Brand | None = None) -> list[Finding]:
    """Every finding for ``composition`` (composed as :func:`check_options` says)."""
    brand = brand or load_brand()
    findings = check_composition(composition, preset=preset, rendered=rendered, brand=brand)
    findings += _sample_content(composition)
    findings += office_logo_findings(composition)
    findings += qr_findings(composition)
    findings += fold_findings(composition)
    findings += face_findings(composition)
    findings += hidden_bottom_findings(composition)
    target = resolve_target(preset) if preset is not None else None
    findings += composition_findings(composition, accessible=wants_accessible(target))
    return sort_findings(findings)


def check_options(template: Template, preset: object = None) -> ComposeOptions:
    """How every surface composes the page it judges: screen density, embedded photos, the
    print preset's bleed; text drawn on social pages, a marker per text on print pages."""
    target = resolve_target(preset) if preset is not None else None
    bleed = target.bleed_mm if isinstance(target, PrintTarget) and template.page.unit == "mm" \
        else 0.0
    # Print checks measure text by its layout and pixels without the text: a marker per text
    # (as in PDFs) instead of glyph outlines saves drawing them. Social checks also measure the
    # encoded image, so their text is drawn.
    text: Literal["outlines", "pdf"] = "pdf" if template.page.unit == "mm" else "outlines"
    return ComposeOptions(bleed=bleed, text=text,
                          px_per_unit=1.0 if template.page.unit == "px" else None)


def reusable(template: Template, request: ExportRequest) -> bool:
    """Whether the export composes exactly the page the judge composed (social PNG and JPEG),
    so it may render the judged composition instead of composing it again."""
    return (template.continuation is None and not template.sides
            and compose_options(template, request) == check_options(template, request.preset))


def check_content(template: Template, content: Content, brand: Brand,
                  office: OfficeProfile | None = None, *, preset: object = None,
                  fmt: str | None = None) -> tuple[list[Finding], Composition]:
    """Compose ``content`` the judging way and judge it; (findings, the judged composition,
    the first page). ``fmt`` is the output format: a PDF (or None: the template's natural
    output) holds follow-on pages where the template has them, so text running over the
    first page continues instead of being an overflow; a PNG, JPEG or SVG is one page. Every
    side of a piece with several sides is judged, whatever the format."""
    target = resolve_target(preset) if preset is not None else None
    if isinstance(target, PrintTarget) and template.page.unit == "mm":
        # The bleed this format is exported with (see export.presets.format_bleed).
        preset = replace(target, bleed_mm=format_bleed(target.bleed_mm, template.page.bleed))
    options = check_options(template, preset)
    if fmt in (None, "pdf") or template.sides:
        from assetkit.compose.pages import compose_pages

        pages = compose_pages(template, content, brand, office, options)
    else:
        pages = (compose(template, content, brand, office, options),)
    findings = []
    for number, page in enumerate(pages, start=1):
        # The campaign logo is on the first page (a card's front, a letter's first page);
        # the other pages need not repeat it.
        once = ("content.sample", "logo.missing") if pages[0].logos else ("content.sample",)
        findings += [replace(f, page=number)
                     for f in judge(page, preset=preset, brand=brand)
                     if number == 1 or f.code not in once]
    return sort_findings(findings), pages[0]


def errors(findings: Sequence[Finding]) -> list[Finding]:
    """The findings that refuse an export."""
    return [f for f in findings if f.severity == "error"]


def _sample_content(c: Composition) -> Iterator[Finding]:
    """Hints for sample copy still in place: the invented place and office, ``.example``
    contacts, office fields without an office profile. Hints, not errors: the sample content of
    every template is meant to be exported as a preview of the design."""
    for f in c.template.text_fields:
        value = c.texts.get(f.id, "")
        if not value.strip():
            continue
        sample = any(m.lower() in value.lower() for m in SAMPLE_MARKERS)
        if f.is_office and value == (f.default.upper() if f.uppercase else f.default):
            sample = True
        if sample:
            yield Finding(
                "content.sample", "info",
                f"„{f.label.de}“ zeigt noch den Beispieltext „{_short(value)}“; eigenen Text "
                "eingeben oder das Dienststellenprofil ausfüllen.",
                f"“{f.label.en}” still shows the sample text “{_short(value)}”; type your own "
                "or fill in the office profile.",
                1, (f.box.x, f.box.y, f.box.width, f.box.height), f.id, c.page.unit)
        elif EXAMPLE_DOMAIN in value.lower():
            yield Finding(
                "content.example_contact", "info",
                f"„{f.label.de}“ enthält eine Beispieladresse (…{EXAMPLE_DOMAIN}); die echte "
                "E-Mail- oder Webadresse eintragen.",
                f"“{f.label.en}” contains an example address (…{EXAMPLE_DOMAIN}); enter the real "
                "e-mail or web address.",
                1, (f.box.x, f.box.y, f.box.width, f.box.height), f.id, c.page.unit)


def _short(text: str) -> str:
    one = " ".join(text.split())
    return one if len(one) <= 40 else one[:39] + "…"
