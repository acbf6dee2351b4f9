"""What an export asks for — format, resolution, preset — and how that composes the page.

Light on purpose (no renderer, no PDF library): the command line reads its arguments into an
:class:`ExportRequest` and a print export starts on its photos before the rest has loaded.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from assetkit.compose import ComposeOptions
from assetkit.errors import OutputError
from assetkit.export.presets import BLEED_MM, Preset, format_bleed
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
    # The bleed travels as a length: the preset's, or the standard 3 mm for ``--bleed``.
    bleed = 0.0
    if template.page.unit == "mm":
        if request.preset is not None:
            bleed = format_bleed(request.preset.bleed_mm, template.page.bleed)
        elif request.bleed:
            bleed = BLEED_MM
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
