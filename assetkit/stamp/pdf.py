"""Stamp the vector logo onto existing PDFs: open safely, plan per page, preview, write a copy.

The logo is the brand SVG drawn by CairoSVG into a one-page PDF, turned into a form XObject and
drawn with our own ``cm`` so it stands upright whatever the page's /Rotate, CropBox or size.
The original page content is wrapped in ``q … Q`` and left untouched; annotations, form fields,
links, outlines and metadata are not rewritten. Free space is found on a pypdfium2 rendering.
"""

from __future__ import annotations

import io
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pikepdf
import pypdfium2 as pdfium
from PIL import Image

from assetkit.errors import AssetkitError, os_reason
from assetkit.fileio import write_atomic
from assetkit.stamp import freespace, geometry, printpdf
from assetkit.stamp.geometry import MM, LogoShape
from assetkit.stamp.logo import dark_variant, logo_image, logo_pdf, logo_shape, logo_variant
from assetkit.stamp.model import (
    DocumentPlan,
    FileReport,
    PagePlan,
    PasswordRequiredError,
    Placement,
    Rect,
    StampError,
    StampOptions,
    Status,
)

DEFAULT_SIZE_MM = 45.0
SIZE_STEP_MM = 2.5
ANALYSIS_DPI = 50.0
MAX_PAGES = 5000


# --- opening ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Opened:
    pdf: pikepdf.Pdf
    notes: tuple[str, ...]
    repaired: bool
    pdfa: str                         # e.g. "2B"; "" when the file does not claim PDF/A


def _open(path: Path, password: str | None) -> _Opened:
    name = path.name
    try:
        with path.open("rb") as handle:
            head = handle.read(1024)
    except OSError as exc:
        raise StampError(f"„{name}“ kann nicht gelesen werden: {os_reason(exc)}.") from None
    if b"%PDF-" not in head:
        raise StampError(f"„{name}“ ist keine PDF-Datei.")
    try:
        pdf = pikepdf.open(path, password=password or "")
    except pikepdf.PasswordError:
        if password and _opens_without_password(path):
            raise PasswordRequiredError(
                f"Das Passwort passt nicht zu „{name}“, aber die Datei braucht keins: sie hat "
                "nur ein Besitzerpasswort und lässt sich ohne Passwort stempeln."
            ) from None
        if password:
            raise PasswordRequiredError(f"Das Passwort für „{name}“ ist falsch.") from None
        raise PasswordRequiredError(
            f"„{name}“ ist verschlüsselt; bitte das Passwort angeben (--password)."
        ) from None
    except (pikepdf.PdfError, RuntimeError, ValueError) as exc:
        raise StampError(f"„{name}“ ist beschädigt und lässt sich nicht reparieren ({exc}).") from None
    notes: list[str] = []
    repaired = bool(pdf.get_warnings())
    if repaired:
        notes.append("Datei war beschädigt und wurde repariert")
    if pdf.is_encrypted:
        notes.append("verschlüsselt; die Kopie behält die Verschlüsselung")
    if len(pdf.pages) == 0:
        pdf.close()
        raise StampError(f"„{name}“ enthält keine Seiten.")
    if len(pdf.pages) > MAX_PAGES:
        pdf.close()
        raise StampError(f"„{name}“ hat mehr als {MAX_PAGES} Seiten.")
    return _Opened(pdf, tuple(notes), repaired, _pdfa_claim(pdf))


def _opens_without_password(path: Path) -> bool:
    """Whether the PDF has only an owner password (pikepdf opens such files without one)."""
    try:
        with pikepdf.open(path):
            return True
    except (pikepdf.PasswordError, pikepdf.PdfError, RuntimeError, ValueError, OSError):
        return False


def _pdfa_claim(pdf: pikepdf.Pdf) -> str:
    try:
        meta = pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False)
        return str(meta.pdfa_status or "")
    except Exception:  # noqa: BLE001 -- broken XMP only means "no PDF/A claim we can read"
        return ""


# PDFium is not thread-safe: two threads inside it at once (the dialog re-planning while
# "stamp all" runs) crash the process. Every use, from opening to closing, holds this lock.
_PDFIUM_LOCK = threading.RLock()


@contextmanager
def _renderer(path: Path, opened: _Opened, password: str | None) -> Iterator[pdfium.PdfDocument]:
    """A pdfium document with the same pages as ``opened`` (repaired files: pikepdf's repair)."""
    with _PDFIUM_LOCK:
        yield from _renderer_unlocked(path, opened, password)


def _renderer_unlocked(path: Path, opened: _Opened,
                       password: str | None) -> Iterator[pdfium.PdfDocument]:
    source: Path | bytes = path
    if opened.repaired:
        buf = io.BytesIO()
        opened.pdf.save(buf)
        source = buf.getvalue()
    try:
        doc = pdfium.PdfDocument(source, password=password if source is path else None)
    except pdfium.PdfiumError:
        buf = io.BytesIO()
        opened.pdf.save(buf)
        try:
            doc = pdfium.PdfDocument(buf.getvalue())
        except pdfium.PdfiumError as exc:
            raise StampError(f"„{path.name}“ lässt sich nicht darstellen ({exc}).") from None
    try:
        doc.init_forms()
        yield doc
    finally:
        doc.close()


# --- page geometry ----------------------------------------------------------------------------

def _inherited(page: pikepdf.Dictionary, key: str) -> object | None:
    node: object = page
    for _ in range(64):                                 # /Parent chains are short; loops exist
        if not isinstance(node, pikepdf.Dictionary):
            return None
        if key in node:
            return node[key]
        node = node.get("/Parent")
    return None


def _rotation(page: pikepdf.Page) -> int:
    value = _inherited(page.obj, "/Rotate")
    try:
        rotate = int(value) % 360 if value is not None else 0  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return 0
    return rotate if rotate in (0, 90, 180, 270) else 0


def _box(value: object) -> tuple[float, float, float, float]:
    x0, y0, x1, y1 = (float(v) for v in value)  # type: ignore[attr-defined]
    return min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)


def _visible_box(page: pikepdf.Page) -> tuple[float, float, float, float]:
    media = _box(page.mediabox)
    crop = _box(page.cropbox)
    box = max(media[0], crop[0]), max(media[1], crop[1]), min(media[2], crop[2]), min(media[3], crop[3])
    return box if box[2] > box[0] and box[3] > box[1] else media


@dataclass(frozen=True)
class _PageGeom:
    box: tuple[float, float, float, float]
    rotate: int
    to_user: geometry.Matrix
    width: float
    height: float


def _geom(page: pikepdf.Page) -> _PageGeom:
    box = _visible_box(page)
    rotate = _rotation(page)
    w, h = geometry.visual_size(box, rotate)
    return _PageGeom(box, rotate, geometry.visual_to_user(box, rotate), w, h)


def _annotation_rects(page: pikepdf.Page, to_user: geometry.Matrix) -> list[Rect]:
    """Visual boxes of visible annotations (form fields, links, notes): never cover them."""
    rects = []
    for annot in page.obj.get("/Annots", []) or []:
        try:
            if not isinstance(annot, pikepdf.Dictionary) or annot.get("/Subtype") == "/Popup":
                continue
            if int(annot.get("/F", 0)) & 2:            # hidden
                continue
            rects.append(geometry.user_rect_to_visual(_box(annot["/Rect"]), to_user))
        except (KeyError, TypeError, ValueError, pikepdf.PdfError):
            continue
    return rects


# --- planning ---------------------------------------------------------------------------------

def _sizes_pt(options: StampOptions) -> list[float]:
    logo = logo_variant("color", options.layout)
    requested = options.size_mm or max(DEFAULT_SIZE_MM, logo.min_width_mm)
    if requested < logo.min_width_mm:
        raise StampError(
            f"Die Logobreite {requested:g} mm liegt unter der Mindestbreite von "
            f"{logo.min_width_mm:g} mm."
        )
    return [w * MM for w in geometry.size_steps(requested, logo.min_width_mm, SIZE_STEP_MM)]


def _render(doc: pdfium.PdfDocument, index: int, dpi: float) -> Image.Image:
    page = doc[index]
    try:
        bitmap = page.render(scale=dpi / 72.0, may_draw_forms=True)
        return bitmap.to_pil().convert("RGB")
    finally:
        page.close()


def _plan_page(index: int, page: pikepdf.Page, image: Image.Image, options: StampOptions,
               shape: LogoShape, sizes: list[float]) -> PagePlan:
    g = _geom(page)
    scale = image.width / g.width
    occupied = _annotation_rects(page, g.to_user)
    is_free = freespace.free_test(image, scale, occupied)
    margin = options.margin_mm * MM
    # Print PDFs: the margin counts from the finished size (TrimBox), not from the bleed.
    trim = printpdf.trim_area(page, g.box, g.to_user)
    choice = (geometry.choose(options.position, shape, sizes, g.width, g.height, margin, is_free)
              if trim is None else _choose_in(trim, options, shape, sizes, margin, is_free))
    if choice is None:
        if options.position == "auto":
            reason = "kein freier Platz für das Logo in Mindestgröße"
        else:
            reason = "die Seite ist zu klein für das Logo in Mindestgröße"
        return PagePlan(index, g.width, g.height, None, reason)
    notes: tuple[str, ...] = ()
    if options.position != "auto" and not is_free(choice.clear):
        notes = (f"Seite {index + 1}: Logo überdeckt Inhalt",)
    variant = options.variant or freespace.variant_for(image, choice.clear, scale, "color",
                                                       dark_variant())
    placement = Placement(choice.logo, choice.clear, variant, choice.position)
    return PagePlan(index, g.width, g.height, placement, notes=notes)


def _choose_in(area: Rect, options: StampOptions, shape: LogoShape, sizes: list[float],
               margin: float, is_free: Callable[[Rect], bool]) -> geometry.Choice | None:
    """:func:`geometry.choose` inside ``area`` (visual coordinates) instead of the page."""
    choice = geometry.choose(options.position, shape, sizes, area.width, area.height, margin,
                             lambda rect: is_free(printpdf.moved(rect, area.x, area.y)))
    if choice is None:
        return None
    return geometry.Choice(choice.position, printpdf.moved(choice.logo, area.x, area.y),
                           printpdf.moved(choice.clear, area.x, area.y))


def _plan(path: Path, opened: _Opened, options: StampOptions) -> DocumentPlan:
    count = len(opened.pdf.pages)
    indices = options.pages.indices(count)
    for i in indices:
        g = _geom(opened.pdf.pages[i])
        if not (g.width >= 1 and g.height >= 1):
            raise StampError(f"Seite {i + 1} von „{path.name}“ hat keine Fläche "
                             f"({g.width:g} × {g.height:g} pt) und kann nicht gestempelt werden.")
    shape = logo_shape(options.layout)
    sizes = _sizes_pt(options)
    pages = []
    with _renderer(path, opened, options.password) as doc:
        for i in indices:
            image = _render(doc, i, ANALYSIS_DPI)
            pages.append(_plan_page(i, opened.pdf.pages[i], image, options, shape, sizes))
    notes = list(opened.notes)
    if not indices:
        notes.append(f"{options.pages.describe()} gibt es nicht (das Dokument hat {count} Seiten)")
    return DocumentPlan(path, "pdf", options, count, tuple(pages), tuple(notes))


def plan_pdf(path: Path, options: StampOptions) -> DocumentPlan:
    opened = _open(path, options.password)
    try:
        return _plan(path, opened, options)
    finally:
        opened.pdf.close()


# --- preview ----------------------------------------------------------------------------------

def preview_pdf(plan: DocumentPlan, index: int, dpi: float = 72.0) -> Image.Image:
    """Page ``index`` rendered with the planned logo drawn on top (RGB)."""
    opened = _open(plan.source, plan.options.password)
    try:
        with _renderer(plan.source, opened, plan.options.password) as doc:
            image = _render(doc, index, dpi)
    finally:
        opened.pdf.close()
    page = next((p for p in plan.pages if p.index == index), None)
    if page is None or page.placement is None:
        return image
    scale = image.width / page.width
    box = page.placement.logo.scaled(scale)
    w, h = max(1, round(box.width)), max(1, round(box.height))
    logo = logo_image(page.placement.variant, plan.options.layout, w, h)
    image.paste(logo, (round(box.x), round(box.y)), logo)
    return image


# --- applying ---------------------------------------------------------------------------------

class _Logos(dict[str, tuple[pikepdf.Object, tuple[float, float, float, float]]]):
    """The logo forms one document uses, by variant; ``cmyk``: drawn in the brand's CMYK
    (a PDF/X file with a CMYK output intent), ``cmyk_ok`` stays True while every one could be."""

    def __init__(self, cmyk: bool = False) -> None:
        super().__init__()
        self.cmyk = cmyk
        self.cmyk_ok = True


def _logo_xobject(pdf: pikepdf.Pdf, variant: str, layout: str, cache: _Logos,
                  ) -> tuple[pikepdf.Object, tuple[float, float, float, float]]:
    if variant not in cache:
        with pikepdf.open(io.BytesIO(logo_pdf(variant, layout))) as src:
            form = src.pages[0].as_form_xobject()
            local = pdf.copy_foreign(form)
        if cache.cmyk and not printpdf.logo_to_cmyk(local):
            cache.cmyk_ok = False
        cache[variant] = (local, _box(local["/BBox"]))
    return cache[variant]


def _own_resources(page: pikepdf.Page) -> None:
    """Give the page its own /Resources when they are only inherited, so adding one keeps the rest."""
    if "/Resources" in page.obj:
        return
    inherited = _inherited(page.obj, "/Resources")
    own = pikepdf.Dictionary()
    if isinstance(inherited, pikepdf.Dictionary):
        for key in inherited.keys():  # noqa: SIM118 -- pikepdf dictionaries iterate like this
            own[key] = inherited[key]
    page.obj["/Resources"] = own


def _stamp_page(pdf: pikepdf.Pdf, page: pikepdf.Page, placement: Placement, layout: str,
                cache: _Logos) -> None:
    form, bbox = _logo_xobject(pdf, placement.variant, layout, cache)
    _own_resources(page)
    name = page.add_resource(form, pikepdf.Name.XObject, prefix="AkLogo")
    a, b, c, d, e, f = geometry.form_matrix(placement.logo, bbox, _geom(page).to_user)
    matrix = " ".join(f"{v:.6f}".rstrip("0").rstrip(".") or "0" for v in (a, b, c, d, e, f))
    # Wrap the original content so any graphics state it leaves behind cannot move the logo;
    # mark the logo as an artifact so screen readers of tagged PDFs skip it.
    page.contents_add(b"q\n", prepend=True)
    page.contents_add(f"Q\n/Artifact BMC q {matrix} cm {name} Do Q EMC\n".encode("ascii"))


def _apply(opened: _Opened, plan: DocumentPlan) -> tuple[bytes, tuple[str, ...]]:
    pdf = opened.pdf
    pdfx = printpdf.pdfx_claim(pdf)
    cmyk_intent = bool(pdfx) and printpdf.has_cmyk_intent(pdf)
    cache = _Logos(cmyk=cmyk_intent)
    for page_plan in plan.stamped_pages:
        assert page_plan.placement is not None
        _stamp_page(pdf, pdf.pages[page_plan.index], page_plan.placement, plan.options.layout, cache)
    notes: list[str] = []
    if pdfx:
        notes.append(_keep_or_drop_pdfx(pdf, pdfx, cmyk_intent and cache.cmyk_ok))
    transparency = any(printpdf.adds_transparency(form) for form, _ in cache.values())
    if opened.pdfa:
        # We cannot validate PDF/A here, so the copy must not claim a conformance it may have lost.
        with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as meta:
            for key in ("pdfaid:part", "pdfaid:conformance", "pdfaid:amd"):
                if key in meta:
                    del meta[key]
        notes.append(f"PDF/A-{opened.pdfa}-Kennung entfernt: die Kopie ist nicht als PDF/A geprüft; "
                     "Inhalt, Metadaten und Farbprofil bleiben erhalten")
    buf = io.BytesIO()
    try:
        pdf.save(buf, encryption=pdf.is_encrypted,
                 min_version=printpdf.TRANSPARENCY_VERSION if transparency else "")
    except (pikepdf.PdfError, RuntimeError) as exc:
        raise StampError(f"„{plan.source.name}“ konnte nicht gespeichert werden ({exc}).") from None
    return buf.getvalue(), tuple(notes)


def _keep_or_drop_pdfx(pdf: pikepdf.Pdf, pdfx: str, keep: bool) -> str:
    """The copy stays ``pdfx`` (logo in CMYK, dates and InstanceID updated) or no longer
    claims it; the report line that says which."""
    printpdf.mark_modified(pdf)
    if keep:
        return f"{pdfx} bleibt erhalten: Logo in den CMYK-Farben der Marke"
    printpdf.drop_pdfx_claim(pdf)
    return (f"{pdfx}-Kennung entfernt: ohne CMYK-Ausgabebedingung wäre das Logo nicht "
            "PDF/X-gerecht; Inhalt und Farbprofil bleiben erhalten")


def _report(plan: DocumentPlan, output: Path, data: bytes | None, inputs: tuple[Path, ...],
            extra: tuple[str, ...]) -> FileReport:
    skipped = tuple(f"Seite {p.index + 1} übersprungen: {p.reason}"
                    for p in plan.pages if p.placement is None)
    page_notes = tuple(n for p in plan.pages for n in p.notes)
    notes = plan.notes + skipped + page_notes + extra
    stamped = plan.stamped_pages
    if not stamped or data is None:
        if not plan.pages:
            reason = plan.notes[-1]
        else:
            reasons = dict.fromkeys(p.reason for p in plan.pages if p.reason)
            reason = "keine Seite gestempelt: " + "; ".join(reasons)
        return FileReport(plan.source, Status.SKIPPED, None, reason, plan.notes[:-1] if not plan.pages
                          else plan.notes)
    write_atomic(output, data, inputs=inputs)
    count = len(stamped)
    message = f"{count} Seite{'n' if count != 1 else ''} gestempelt"
    return FileReport(plan.source, Status.STAMPED, output, message, notes)


def apply_pdf(plan: DocumentPlan, output: Path, inputs: tuple[Path, ...] = ()) -> FileReport:
    """Write the stamped copy of ``plan.source`` to ``output`` as planned."""
    opened = _open(plan.source, plan.options.password)
    try:
        data, extra = _apply(opened, plan) if plan.stamped_pages else (None, ())
    finally:
        opened.pdf.close()
    return _report(plan, output, data, (plan.source, *inputs), extra)


def stamp_pdf(path: Path, output: Path, options: StampOptions,
              inputs: tuple[Path, ...] = ()) -> FileReport:
    """Plan and apply in one pass (one open of the file): the batch path."""
    opened = _open(path, options.password)
    try:
        plan = _plan(path, opened, options)
        data, extra = _apply(opened, plan) if plan.stamped_pages else (None, ())
    except AssetkitError:
        raise
    except (pikepdf.PdfError, pdfium.PdfiumError) as exc:
        raise StampError(f"„{path.name}“ ist fehlerhaft ({exc}).") from None
    finally:
        opened.pdf.close()
    return _report(plan, output, data, (path, *inputs), extra)
