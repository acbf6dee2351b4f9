"""One function from (template, content) to the bytes of a finished file, for every surface.

The CLI, the GUI and batch jobs all call :func:`export`, so every output goes through the same
compose → render → finish pipeline as the preview.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from assetkit.brand import Brand
from assetkit.compose import Composition, Content, compose
from assetkit.compose.alt import image_alt_text
from assetkit.compose.composer import side_content
from assetkit.errors import OutputError
from assetkit.export.altmeta import xmp_packet
from assetkit.export.presets import format_bleed
from assetkit.export.raster import to_jpeg, to_png
from assetkit.export.request import (
    PRINT_PPI,
    SUFFIXES,
    ExportRequest,
    Format,
    compose_options,
    format_for_path,
)
from assetkit.office import OfficeProfile
from assetkit.render import render_image, render_pdf
from assetkit.templates import Template

if TYPE_CHECKING:
    from assetkit.export.print_photos import PhotoJob

__all__ = ["PRINT_PPI", "SUFFIXES", "ExportRequest", "Format", "compose_options", "export",
           "format_for_path", "render_bytes"]

def render_bytes(composition: Composition, request: ExportRequest) -> bytes:
    if request.fmt == "svg":
        return composition.svg
    if request.fmt == "pdf":
        return render_pdf(composition)
    dpi = (request.dpi or 150) if composition.page.unit == "mm" else None
    image = render_image(composition, dpi=dpi)
    xmp = xmp_packet(image_alt_text(composition), composition.template.name.de)
    if request.fmt == "jpeg":
        return to_jpeg(image, request.jpeg_quality, dpi, xmp)
    return to_png(image, dpi, xmp)


SIDE_GAP_MM = 5.0     # between the sides of a card or leaflet in a PNG/JPEG proof


def _sides_side_by_side(template: Template, content: Content, brand: Brand,
                        office: OfficeProfile | None,
                        request: ExportRequest) -> tuple[bytes, Composition]:
    """A PNG or JPEG of a piece with several sides: the sides next to each other, in order
    (front, back), with a gap — a proof to look at or send round; print uses the PDF."""
    if request.fmt == "svg":
        raise OutputError(f"„{template.name.de}“ hat {len(template.pages())} Seiten; als SVG "
                          "gibt es nur eine. Bitte als PDF, PNG oder JPEG exportieren.")
    from PIL import Image

    from assetkit.compose.pages import compose_pages

    pages = compose_pages(template, content, brand, office, compose_options(template, request))
    dpi = (request.dpi or 150) if template.page.unit == "mm" else None
    images = [render_image(page, dpi=dpi) for page in pages]
    gap = round(SIDE_GAP_MM / 25.4 * dpi) if dpi else 40
    sheet = Image.new("RGBA", (sum(i.width for i in images) + gap * (len(images) - 1),
                               max(i.height for i in images)), (255, 255, 255, 255))
    x = 0
    for image in images:
        sheet.paste(image, (x, 0))
        x += image.width + gap
    xmp = xmp_packet(image_alt_text(pages[0]), template.name.de)
    data = to_jpeg(sheet, request.jpeg_quality, dpi, xmp) if request.fmt == "jpeg" \
        else to_png(sheet, dpi, xmp)
    notes = [n for page in pages for n in page.notes]
    return data, replace(pages[0], notes=tuple(dict.fromkeys(notes)))


def export(template: Template, content: Content, brand: Brand, office: OfficeProfile | None,
           request: ExportRequest, photos: PhotoJob | None = None,
           composed: Composition | None = None) -> tuple[bytes, Composition]:
    """The finished file and its composition. ``photos``: for a print export, the job
    :func:`~assetkit.export.print_photos.start_photos` started for it (started here if None).
    ``composed``: the page already composed with exactly this request's options (the judge's
    composition of a social image, see ``preflight.judge.reusable``); rendered as it is."""
    if composed is not None:
        return render_bytes(composed, request), composed
    if request.preset is not None and request.fmt != "pdf":
        raise OutputError("Ein Exportprofil (--preset) gibt es nur für PDF-Dateien.")
    if request.preset is not None and template.page.unit == "mm":
        bleed = format_bleed(request.preset.bleed_mm, template.page.bleed)
        if bleed != request.preset.bleed_mm:
            request = replace(request, preset=replace(request.preset, bleed_mm=bleed))
    if request.preset is not None and photos is None:
        from assetkit.export.print_photos import start_photos

        # The photos are decoded, placed and converted on other threads while the page is
        # composed, pikepdf and cairo load, and cairo draws.
        photos = start_photos(template, content, request.preset)
    options = compose_options(template, request)
    if request.fmt != "pdf" and template.sides:
        return _sides_side_by_side(template, content, brand, office, request)
    if request.fmt != "pdf":
        composition = compose(template, content, brand, office, options)
        return render_bytes(composition, request), composition
    from assetkit.compose.pages import compose_pages

    # One page, or a letter with its follow-on pages.
    pages = compose_pages(template, content, brand, office, options)
    parts, notes = [], list(pages[0].notes)
    for n, page in enumerate(pages):
        if request.preset is None:
            parts.append(render_bytes(page, request))
            continue
        from assetkit.export.print_pdf import print_pdf  # pikepdf only when printing
        from assetkit.export.print_photos import start_photos

        own = side_content(page.template, content) if template.sides else Content()
        job = photos if n == 0 and photos is not None else \
            start_photos(page.template, own, request.preset)
        result = print_pdf(page, request.preset, brand, job)
        parts.append(result.data)
        notes += [note for note in result.notes if note not in notes]
    if len(parts) == 1:
        return parts[0], replace(pages[0], notes=tuple(notes))
    from assetkit.export.pages import join_pdfs

    return join_pdfs(parts), replace(pages[0], notes=tuple(notes))
