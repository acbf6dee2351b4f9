"""Frozen values describing a template: page geometry, fields, logo slots.

A template is a folder with ``template.toml`` (this model) and an SVG. Field boxes are
``<rect>`` elements of the SVG named by ``element``; their geometry is read when loading.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from assetkit.geometry import Rect

Unit = Literal["mm", "px"]
Category = Literal["print", "social", "office"]
Align = Literal["left", "center", "right"]
VAlign = Literal["top", "middle", "bottom"]
# A programme's hanging indent (the text engine's TextStyle.hang): the item texts in one
# column after the widest time ("time") or each after its own ("time-own").
Hang = Literal["none", "time", "time-own"]
HANGS: tuple[Hang, ...] = ("none", "time", "time-own")
# What a text is for; preflight holds each role to its own legibility floor in print.
Role = Literal["display", "body", "event", "contact", "fine"]
ROLES: tuple[Role, ...] = ("display", "body", "event", "contact", "fine")
MM_PER_PT = 25.4 / 72


@dataclass(frozen=True)
class Label:
    de: str
    en: str

    def get(self, lang: str = "de") -> str:
        return self.en if lang.startswith("en") else self.de


@dataclass(frozen=True)
class Page:
    unit: Unit
    width: float
    height: float
    bleed: float = 0.0              # how far the artwork extends beyond the trim (page units)
    safe: Rect | None = None        # print: area inside the safe margin; social: platform safe zone
    # Folded print (a Wickelfalz leaflet): where the sheet is folded, page units from the
    # trim's left edge as seen on this side; fold marks and the rule print.fold use them.
    folds: tuple[float, ...] = ()
    # Print: the photo resolution the format needs, judged at its viewing distance (a roll-up
    # seen from metres: 100 ppi). None: the print thresholds of assetkit.export.presets.
    min_ppi: float | None = None
    # A stand's foot (a roll-up's cassette): how far up from the bottom trim the print is
    # printed but hidden, page units. Artwork runs through it; text, logos and QR codes may
    # not (rule print.hidden_bottom). 0: nothing is hidden.
    hidden_bottom: float = 0.0

    @property
    def trim(self) -> Rect:
        return Rect(0.0, 0.0, self.width, self.height)

    @property
    def hidden_zone(self) -> Rect | None:
        """The strip of the trim the stand's foot hides, or None."""
        if self.hidden_bottom <= 0:
            return None
        return Rect(0.0, self.height - self.hidden_bottom, self.width, self.hidden_bottom)

    @property
    def type_unit(self) -> str:
        """Unit of font sizes in the manifest: pt on mm pages, px on px pages."""
        return "pt" if self.unit == "mm" else "px"

    def type_to_page(self, size: float) -> float:
        return size * MM_PER_PT if self.unit == "mm" else size

    @property
    def unit_to_pt(self) -> float:
        """PDF points per page unit (CairoSVG draws a px as 0.75 pt)."""
        return 1 / MM_PER_PT if self.unit == "mm" else 0.75

    def size_label(self) -> str:
        if self.unit == "px":
            return f"{self.width:g}×{self.height:g} px"
        return f"{self.width:g}×{self.height:g} mm"


@dataclass(frozen=True)
class TextField:
    id: str
    label: Label
    element: str
    box: Rect
    default: str
    font: str                        # brand font role
    size_min: float                  # manifest type units (pt or px)
    size_max: float
    line_height: float = 1.2
    max_lines: int | None = None
    align: Align = "left"
    valign: VAlign = "top"
    color: str = "schwarz"           # brand colour name
    hyphenate: bool = True
    balance: bool = False            # headlines: even line lengths, no lone last word
    tracking: float = 0.0
    uppercase: bool = False
    multiline: bool = False
    required: bool = False
    kind: Literal["text", "date", "time", "choice"] = "text"
    choices: tuple[str, ...] = ()
    bind: str | None = None          # "office.<key>" or "{office.<key>} · …": from the office profile
    help: Label | None = None
    grow_lines: int = 0              # in a flow: extra lines the field may take (pushing the rest)
    role: Role = "display"           # see infer_role; the manifest key ``role`` overrides it
    size_group: str | None = None    # fields of one group are set in one size (the smallest)
    hang: Hang = "none"              # a programme: the items' times hang, their text in a column
    paragraph_space: float = 0.0     # after a typed line break, in lines (× size × line_height)

    @property
    def is_office(self) -> bool:
        return self.bind is not None


def infer_role(field_id: str, kind: str, bind: str | None) -> Role:
    """The role of a text field whose manifest names none: date, time and place are event
    information, office-bound fields are contact data, body copy and figure labels are body,
    headlines, sublines, quotes and figures are display type; the rest (kickers, names, roles,
    sources) is fine print."""
    if kind in ("date", "time") or field_id in ("date", "time", "place"):
        return "event"
    if bind is not None or field_id == "contact":
        return "contact"
    if field_id in ("body", "intro") or field_id.startswith("label"):
        return "body"
    if field_id in ("headline", "subline", "quote") or field_id.startswith("figure"):
        return "display"
    return "fine"


@dataclass(frozen=True)
class ImageField:
    id: str
    label: Label
    element: str
    box: Rect
    fit: Literal["cover", "contain"] = "cover"
    focal: tuple[float, float] = (0.5, 0.5)
    required: bool = False
    placeholder: str = "mint"        # brand colour shown while no photo is chosen
    corner_radius: float = 0.0


@dataclass(frozen=True)
class LogoSlot:
    element: str
    box: Rect
    layout: str = "horizontal"
    variant: str = "color"
    align: Align = "left"
    valign: VAlign = "top"
    min_width: float | None = None   # page units; defaults to the brand minimum


@dataclass(frozen=True)
class QrSlot:
    """A QR code drawn in its slot (with its quiet zone) from the value of text field
    ``field`` (shown as the caption, e.g. bound to the office's web address): a web address
    becomes ``https://…``, an e-mail address ``mailto:…``."""

    element: str
    box: Rect
    field: str
    color: str = "nachtblau"          # dark brand colour on white only: petrol, nachtblau, schwarz


QR_COLORS = ("petrol", "nachtblau", "schwarz")


@dataclass(frozen=True)
class OfficeLogoSlot:
    element: str
    box: Rect
    align: Align = "right"


@dataclass(frozen=True)
class Flow:
    """Text fields stacked in one column that give way to each other.

    When a field needs more lines than its box holds (up to its ``grow_lines``), it grows and
    the fields between it and the free edge move: with ``anchor = "bottom"`` the stack grows
    upwards (the fields above move up), with ``"top"`` downwards. At most ``grow`` page units in
    all. The locked elements named in ``move`` travel with the stack's free edge (a band, a
    wave, an accent rule), the locked rectangles in ``stretch`` (a card behind the text)
    grow at that edge — or, when drawn around some of the fields, with the outermost of those —
    and the image fields in ``shrink`` give up that room (the photo gets
    shorter), so text never shrinks below its floor while a photo could give way.
    """

    fields: tuple[str, ...]
    anchor: Literal["top", "bottom"] = "bottom"
    grow: float = 0.0
    move: tuple[str, ...] = ()
    stretch: tuple[str, ...] = ()    # locked rects whose edge at the free end follows the stack
    shrink: tuple[str, ...] = ()
    # A stretched rect drawn around flow fields (an info card) follows the outermost of them
    # towards the free end instead: (rect id, field id) pairs, found when the template loads.
    follow: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Template:
    id: str
    name: Label
    description: Label
    category: Category
    family: str
    version: int
    folder: Path
    svg_path: Path
    page: Page
    text_fields: tuple[TextField, ...]
    image_fields: tuple[ImageField, ...]
    logos: tuple[LogoSlot, ...]
    office_logo: OfficeLogoSlot | None = None
    locked: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    sample: dict[str, str] = field(default_factory=dict)   # demo copy (field id → text)
    flows: tuple[Flow, ...] = ()
    # A follow-on page (DIN 5008 Folgeseite) on which text field ``continues`` goes on when it
    # does not fit this page; only PDFs have pages, see compose.pages.
    continuation: Template | None = None
    continues: str | None = None
    qr_codes: tuple[QrSlot, ...] = ()
    # The other sides of a printed piece (the back of a card, the inside of a leaflet): each
    # with its own SVG and fields; one content fills them all (a field id shown on two sides
    # shows the same text). The PDF has one page per side.
    sides: tuple[Template, ...] = ()
    # The order in which a screen reader reads the page (tagged PDF): field ids and "logo";
    # empty: the texts in manifest order, photos after the headline, the logo last.
    reading_order: tuple[str, ...] = ()

    def field_ids(self) -> list[str]:
        """Every field a content may fill, on every side (first occurrence first)."""
        ids = [f.id for f in self.all_text_fields()] + [f.id for f in self.all_image_fields()]
        return list(dict.fromkeys(ids))

    def pages(self) -> tuple[Template, ...]:
        """This template (the first side) and its other sides."""
        return (self, *self.sides)

    def all_text_fields(self) -> tuple[TextField, ...]:
        """The text fields of every side, each id once (as on the first side that has it)."""
        seen: dict[str, TextField] = {}
        for side in self.pages():
            for f in side.text_fields:
                seen.setdefault(f.id, f)
        return tuple(seen.values())

    def all_image_fields(self) -> tuple[ImageField, ...]:
        seen: dict[str, ImageField] = {}
        for side in self.pages():
            for f in side.image_fields:
                seen.setdefault(f.id, f)
        return tuple(seen.values())

    def text_field(self, field_id: str) -> TextField | None:
        """The field ``field_id`` of this side, else of the first other side that has it."""
        return next((f for side in self.pages() for f in side.text_fields if f.id == field_id),
                    None)

    def image_field(self, field_id: str) -> ImageField | None:
        return next((f for side in self.pages() for f in side.image_fields if f.id == field_id),
                    None)
