"""Values going into and coming out of the compose step."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from assetkit.templates.model import Page, Rect, Template

if TYPE_CHECKING:
    from assetkit.images import Placement
    from assetkit.images.subject import Cover
    from assetkit.text import TextLayout

@dataclass(frozen=True)
class ImageChoice:
    """A photo chosen for an image field, with how it is cropped."""

    source: Path
    focal: tuple[float, float] | None = None   # None: chosen around the faces in the photo
    zoom: float = 1.0                           # 1 = fill the box exactly; 2 = show half
    # The file whose faces decide the default crop when ``source`` stands in for it (the
    # app's screen-sized preview copy of a photo): preview and export then crop alike.
    faces_from: Path | None = None


@dataclass(frozen=True)
class Content:
    """What a user filled in. Only declared fields can be set; brand elements are locked."""

    texts: Mapping[str, str] = field(default_factory=dict)
    images: Mapping[str, ImageChoice] = field(default_factory=dict)
    # Image field id → its alternative text („Alternativtext“): what the photo shows, for
    # screen readers (tagged PDF) and for the platforms' alt-text box (social images).
    alt_texts: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class ComposeOptions:
    # How far to draw beyond the trim, in page units (mm on print pages): the bleed a print
    # preset asks for. The template's drawn bleed (page.bleed) is the most there is.
    bleed: float = 0.0
    px_per_unit: float | None = None    # photo resampling density; None: screen preview density
    placeholders: bool = True           # tinted placeholder in empty image fields
    # PNG at fast compression renders quickest (CairoSVG re-encodes JPEG to PNG before drawing);
    # JPEG keeps a saved .svg small.
    # "none": photos are placed (crop, notes) but not embedded; the print finisher adds them.
    image_format: Literal["jpeg", "png", "none"] = "png"
    jpeg_quality: int = 90
    # "outlines": text as glyph paths (screen, SVG). "pdf": a marker per text that
    # render_pdf replaces with real, searchable text in an embedded font.
    text: Literal["outlines", "pdf"] = "outlines"


    def __post_init__(self) -> None:
        if isinstance(self.bleed, bool) or not 0 <= self.bleed < 1000:
            raise ValueError(f"ComposeOptions.bleed is a length, got {self.bleed!r}")


@dataclass(frozen=True)
class Note:
    """A fact the composer (or the print finisher) observed: overflow with the hidden text,
    missing glyphs, a missing photo or required text, a logo below its minimum, bleed short.

    Notes carry no severity: how bad a fact is, is judged once, by ``assetkit.preflight``
    (see ``preflight.judge``), so every surface that exports agrees. ``detail`` holds the
    measured value where there is one (the hidden text, the missing characters).
    """

    code: str
    message: str
    field: str | None = None
    region: Rect | None = None
    detail: str = ""


@dataclass(frozen=True)
class View:
    """The rendered area in page units (the trim, or trim plus bleed)."""

    x: float
    y: float
    width: float
    height: float


@dataclass(frozen=True)
class PlacedImage:
    field: str
    box: Rect
    placement: Placement
    source_name: str
    effective_ppi: float | None     # mm pages only
    # The focal point used (the user's, or the one chosen around the faces), the faces found
    # (fractions of the photo) and what the template draws over the box (preflight judges
    # faces cut by the crop or hidden under a cover).
    focal: tuple[float, float] = (0.5, 0.5)
    focal_chosen: bool = False      # True: the user set no focal point; assetkit chose it
    faces: tuple[Rect, ...] = ()
    covers: tuple[Cover, ...] = ()


@dataclass(frozen=True)
class PlacedLogo:
    element: str
    box: Rect
    layout: str
    variant: str
    min_width: float


@dataclass(frozen=True)
class PlacedQr:
    """A QR code as drawn: its field, the code's square without the quiet zone (page units),
    the side of one module, the modules per side and what the code says."""

    field: str
    box: Rect
    module: float
    modules: int
    target: str


@dataclass(frozen=True)
class Composition:
    template: Template
    svg: bytes
    view: View
    texts: Mapping[str, str]                    # field id → text as composed
    text_layouts: Mapping[str, TextLayout]
    images: Mapping[str, PlacedImage]
    logos: tuple[PlacedLogo, ...]
    notes: tuple[Note, ...]
    text_fills: Mapping[str, str] = field(default_factory=dict)     # field id → #rrggbb
    text_markers: Mapping[str, str] = field(default_factory=dict)   # field id → marker colour
    alt_texts: Mapping[str, str] = field(default_factory=dict)      # image field id → alt text
    qr_codes: tuple[PlacedQr, ...] = ()
    # field id → text before uppercase styling (what is said, not how it looks); where it
    # differs from ``texts``
    spoken: Mapping[str, str] = field(default_factory=dict)

    @property
    def page(self) -> Page:
        return self.template.page

    @property
    def unit_to_pt(self) -> float:
        return self.page.unit_to_pt

    def pixel_size(self, dpi: float | None = None) -> tuple[int, int]:
        """Output size in pixels: px pages 1:1 (dpi ignored), mm pages at ``dpi`` (default 150)."""
        if self.page.unit == "px":
            return round(self.view.width), round(self.view.height)
        d = dpi or 150.0
        return round(self.view.width / 25.4 * d), round(self.view.height / 25.4 * d)

    def overflowing(self) -> list[str]:
        return [fid for fid, lay in self.text_layouts.items() if lay.overflow]
