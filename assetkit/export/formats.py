"""One function from (template, content) to the bytes of a finished file, for every surface.

The CLI, the GUI and batch jobs all call :func:`export`, so every output goes through the same
compose → render → finish pipeline as the preview.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Literal

from assetkit.brand import Brand
from assetkit.compose import ComposeOptions, Composition, Content, compose
from assetkit.errors import OutputError
from assetkit.export.presets import Preset
from assetkit.export.raster import to_jpeg, to_png
from assetkit.office import OfficeProfile
from assetkit.render import render_image, render_pdf
from assetkit.templates import Template

Format = Literal["png", "jpeg", "pdf", "svg"]
SUFFIXES: dict[str, Format] = {".png": "png", ".jpg": "jpeg", ".jpeg": "jpeg", ".pdf": "pdf",
                               ".svg": "svg"}
PRINT_PPI = 300


@dataclass(frozen=True)
class ExportRequest:
    fmt: Format
    dpi: float | None = None        # raster output of mm pages (default 150; 300 for print PNG)
    jpeg_quality: int = 90
    bleed: bool = False             # vector PDF including the template's bleed
    preset: Preset | None = None    # print PDF finished for this preset (pdf only)


def format_for_path(path: Path) -> Format:
    fmt = SUFFIXES.get(path.suffix.lower())
    if fmt is None:
        raise OutputError(
            f"Das Dateiformat „{path.suffix or path.name}“ wird nicht unterstützt; "
            "möglich sind .png, .jpg, .pdf und .svg."
        )
    return fmt


def compose_options(template: Template, request: ExportRequest) -> ComposeOptions:
    if template.page.unit == "px":
        density = 1.0
    elif request.fmt in ("pdf", "svg"):
        density = PRINT_PPI / 25.4
    else:
        density = (request.dpi or 150) / 25.4
    bleed = request.bleed or (request.preset is not None and request.preset.bleed_mm > 0)
    image_format: Literal["jpeg", "png", "none"]
    if request.preset is not None:
        image_format = "none"       # the print finisher embeds the photos itself
    elif request.fmt in ("pdf", "svg"):
        image_format = "jpeg"       # passes straight into PDFs (DCTDecode), keeps .svg small
    else:
        image_format = "png"        # screen output renders fastest from PNG
    return ComposeOptions(bleed=bleed, px_per_unit=density, placeholders=True,
                          image_format=image_format, jpeg_quality=request.jpeg_quality,
                          text="pdf" if request.fmt == "pdf" else "outlines")


def render_bytes(composition: Composition, request: ExportRequest) -> bytes:
    if request.fmt == "svg":
        return composition.svg
    if request.fmt == "pdf":
        return render_pdf(composition)
    dpi = (request.dpi or 150) if composition.page.unit == "mm" else None
    image = render_image(composition, dpi=dpi)
    if request.fmt == "jpeg":
        return to_jpeg(image, request.jpeg_quality, dpi)
    return to_png(image, dpi)


def export(template: Template, content: Content, brand: Brand, office: OfficeProfile | None,
           request: ExportRequest) -> tuple[bytes, Composition]:
    if request.preset is not None and request.fmt != "pdf":
        raise OutputError("Ein Exportprofil (--preset) gibt es nur für PDF-Dateien.")
    composition = compose(template, content, brand, office, compose_options(template, request))
    if request.preset is not None:
        from assetkit.export.print_photos import start_photos

        # The photos are converted on other threads while pikepdf and cairo load and draw.
        photos = start_photos(composition, request.preset, brand)
        from assetkit.export.print_pdf import print_pdf  # pikepdf only when printing

        result = print_pdf(composition, request.preset, brand, photos)
        return result.data, replace(composition, notes=composition.notes + result.notes)
    return render_bytes(composition, request), composition
