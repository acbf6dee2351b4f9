"""The campaign's PowerPoint template (16:9) from brand kit and office profile.

In:  an OfficeProfile, the Brand, :class:`PptxOptions`.
Out: :class:`PptxTemplate` — the bytes of a ``.potx`` (PowerPoint template: double-click makes
     a new presentation) or ``.pptx``.

Built on python-pptx's default package: its master gets the brand theme (``theme.py``), the
master text styles, the colour logo and a petrol footer band with the office's name, the claim
and the slide number; six of its layouts are redrawn (``LAYOUTS``), the other five removed.
Light layouts show the master's logo and footer; the dark ones (title, key figure, section,
closing) hide them and draw their own with the white logo. Geometry in mm on a 338.67 × 190.5 mm
page (13.333 × 7.5 in, PowerPoint's „Breitbild“), margins 20 mm.

Office text is measured with the text engine in Inter (Arial, the fallback, sets narrower): a
name that does not fit its lines is refused with a sentence, never cut.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, partial
from typing import cast

from pptx import Presentation
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.opc.package import Part
from pptx.opc.packuri import PackURI
from pptx.oxml import parse_xml
from pptx.oxml.ns import qn
from pptx.parts.slide import BaseSlidePart
from pptx.presentation import Presentation as PptxPresentation
from pptx.slide import SlideLayout, SlideMaster
from pptx.util import Emu

from assetkit.brand import Brand, LogoVariant, load_brand
from assetkit.office import OfficeProfile
from assetkit.render import render_svg_png
from assetkit.slides.drawing import (
    Frame,
    Para,
    Run,
    TextStyle,
    background,
    ellipse,
    emu,
    picture,
    placeholder,
    rect,
    text_box,
)
from assetkit.slides.errors import SlidesError
from assetkit.slides.package import finish_package
from assetkit.slides.theme import master_text_styles, themed
from assetkit.text import Box, layout_text
from assetkit.text import TextStyle as EngineStyle

SLIDE_W_EMU, SLIDE_H_EMU = 12192000, 6858000          # 13.333 × 7.5 in, exactly 16:9
SLIDE_W, SLIDE_H = SLIDE_W_EMU / 36000, SLIDE_H_EMU / 36000
MARGIN = 20.0
LOGO_DPI = 300
CLAIM = "Kommunale Jobcenter – Stark. Sozial. Vor Ort."
LAYOUTS = ("Titelfolie", "Titel und Inhalt", "Zwei Spalten", "Kennzahl", "Kapiteltrenner",
           "Abschluss mit Kontakt")
# python-pptx's default layout reused for each of ours (its ``type`` stays meaningful).
_SOURCE_LAYOUT = {"Titelfolie": 0, "Titel und Inhalt": 1, "Kapiteltrenner": 2, "Zwei Spalten": 3,
                  "Kennzahl": 5, "Abschluss mit Kontakt": 6}
_LAYOUT_TYPE = {"Titelfolie": "title", "Titel und Inhalt": "obj", "Zwei Spalten": "twoObj",
                "Kennzahl": "cust", "Kapiteltrenner": "secHead", "Abschluss mit Kontakt": "cust"}
FOOTER_TOP = 172.0                     # the footer band: 18.5 mm to the bottom edge
LOGO_W = 55.0                          # corner logo on content slides (brand minimum 35 mm)
CONTACT_X, CONTACT_PAD = 200.0, 9.0    # the closing slide's contact panel
CONTACT_W = SLIDE_W - MARGIN - CONTACT_X - 2 * CONTACT_PAD


@dataclass(frozen=True)
class PptxOptions:
    potx: bool = True            # PowerPoint template (.potx); False: presentation (.pptx)
    samples: bool = True         # one example slide per layout, with campaign copy


@dataclass(frozen=True)
class PptxTemplate:
    data: bytes
    layouts: tuple[str, ...]
    slides: int
    logo_width_mm: float


def build_pptx_template(office: OfficeProfile, options: PptxOptions = PptxOptions(),
                        brand: Brand | None = None) -> PptxTemplate:
    """The template for ``office``; refuses (SlidesError) an office without a name or one whose
    name or contact data does not fit the footer and contact block."""
    return _Builder(office, brand or load_brand()).build(options)


@cache
def _logo_png(logo: LogoVariant, width_mm: float) -> bytes:
    width_px = round(width_mm / 25.4 * LOGO_DPI)
    return render_svg_png(logo.svg, width_px, round(width_px / logo.aspect))


class _Builder:
    def __init__(self, office: OfficeProfile, brand: Brand) -> None:
        if not (office.name or office.short_name):
            raise SlidesError("Im Dienststellenprofil fehlt der Name der Dienststelle; ohne ihn "
                              "lässt sich keine PowerPoint-Vorlage erstellen.")
        self.office = office
        self.brand = brand
        self.prs: PptxPresentation = Presentation()
        self._ids: dict[int, int] = {}
        self._svg_parts: dict[tuple[str, str], Part] = {}

    # ---- the whole file ------------------------------------------------------------------
    def build(self, options: PptxOptions) -> PptxTemplate:
        self._check_office_text()
        prs = self.prs
        prs.slide_width, prs.slide_height = Emu(SLIDE_W_EMU), Emu(SLIDE_H_EMU)
        master = prs.slide_master
        theme = master.part.part_related_by(RT.THEME)
        theme._blob = themed(theme.blob, self.brand)  # noqa: SLF001 -- python-pptx keeps a theme as a plain blob part
        self._master(master)
        layouts = list(master.slide_layouts)
        keep = {name: layouts[index] for name, index in _SOURCE_LAYOUT.items()}
        for layout in layouts:
            if layout not in keep.values():
                master.slide_layouts.remove(layout)
        id_list = master._element.get_or_add_sldLayoutIdLst()  # noqa: SLF001 -- order of the layouts
        by_rid = {entry.rId: entry for entry in id_list.sldLayoutId_lst}
        for n, name in enumerate(LAYOUTS, start=1):
            layout = keep[name]
            layout.part.partname = PackURI(f"/ppt/slideLayouts/slideLayout{n}.xml")
            rid = master.part.relate_to(layout.part, RT.SLIDE_LAYOUT)
            id_list.append(by_rid[rid])              # moves it: the list ends in LAYOUTS order
            self._reset_layout(layout, name)
            self._DRAW[name](self, layout)
        if options.samples:
            self._samples()
        props = prs.core_properties
        props.title = f"Präsentationsvorlage {self.office.display_name}"
        props.subject = self.brand.title
        props.author = self.office.name or self.office.short_name
        props.language = "de-DE"
        props.keywords = "Kommunale Jobcenter; Stark. Sozial. Vor Ort."
        props.revision = 1
        buffer = io.BytesIO()
        prs.save(buffer)
        data = finish_package(buffer.getvalue(), self.brand, potx=options.potx)
        return PptxTemplate(data, LAYOUTS, len(prs.slides), LOGO_W)

    # ---- office text that must fit ---------------------------------------------------------
    def _check_office_text(self) -> None:
        o = self.office
        checks = [
            (o.display_name, "strong", 11, 140.0, 2, "die Fußzeile der Folien"),
            (o.display_name, "emphasis", 14, 190.0, 2, "die Titelfolie"),
            (o.name or o.short_name, "strong", 16, CONTACT_W, 3, "den Kontaktblock der Abschlussfolie"),
        ]
        checks += [(line, "body", 14, CONTACT_W, 3, "den Kontaktblock der Abschlussfolie")
                   for line in self._contact_lines()]
        for text, role, size, width, most, where in checks:
            if _lines(self.brand, text, role, size, width) > most:
                raise SlidesError(
                    f"„{text}“ ist zu lang für {where} (höchstens {most} Zeilen); bitte im "
                    "Dienststellenprofil kürzen oder einen Kurznamen (short_name) eintragen.")

    def _contact_lines(self) -> list[str]:
        o = self.office
        lines = [o.street, o.city_line,
                 f"Telefon {o.phone}" if o.phone else "", o.email, o.web,
                 f"Öffnungszeiten: {o.opening_hours}" if o.opening_hours else ""]
        return [line for line in lines if line]

    # ---- parts and shapes ------------------------------------------------------------------
    def _id(self, part: object) -> int:
        key = id(part)
        self._ids[key] = self._ids.get(key, 100) + 1
        return self._ids[key]

    def _logo(self, owner: SlideMaster | SlideLayout, variant: str, frame: Frame) -> None:
        logo = self.brand.logo(variant, "horizontal")
        png = _logo_png(logo, round(frame.w, 2))
        part = cast(BaseSlidePart, owner.part)
        _, png_rid = part.get_or_add_image_part(io.BytesIO(png))
        svg_part = self._svg_parts.get((logo.layout, variant))
        if svg_part is None:
            partname = self.prs.part.package.next_image_partname("svg")
            svg_part = Part(partname, "image/svg+xml", self.prs.part.package, logo.svg)
            self._svg_parts[(logo.layout, variant)] = svg_part
        svg_rid = part.relate_to(svg_part, RT.IMAGE)
        height = frame.w / logo.aspect
        shape = picture(self._id(owner.part), "Kampagnenlogo", self.brand.title,
                        Frame(frame.x, frame.y, frame.w, height), png_rid, svg_rid)
        owner.shapes._spTree.append(shape)  # noqa: SLF001 -- masters and layouts take shapes as XML

    def _add(self, owner: SlideMaster | SlideLayout, make: Callable[[int], object]) -> None:
        owner.shapes._spTree.append(make(self._id(owner.part)))  # noqa: SLF001 -- see _logo

    def _footer_band(self, owner: SlideMaster | SlideLayout, color: str, with_claim: bool) -> None:
        self._add(owner, lambda i: rect(i, "Fußzeilenband", Frame(0, FOOTER_TOP, SLIDE_W,
                                                                   SLIDE_H - FOOTER_TOP), color))
        inner = Frame(MARGIN, FOOTER_TOP + 2, 140, SLIDE_H - FOOTER_TOP - 4)
        name = Para((Run(self.office.display_name, bold=True),), 11, "bg1", line_pct=95)
        self._add(owner, lambda i: text_box(i, "Dienststelle", inner, [name], anchor="ctr"))
        if with_claim:
            claim = Para((Run(CLAIM),), 10, "bg1", align="r")
            self._add(owner, lambda i: text_box(
                i, "Kampagnenclaim", Frame(170, FOOTER_TOP + 2, 126, inner.h), [claim], anchor="ctr"))
        number = Para((Run("‹#›", field="slidenum"),), 10, "bg1", align="r")
        self._add(owner, lambda i: text_box(
            i, "Foliennummer", Frame(SLIDE_W - MARGIN - 18, FOOTER_TOP + 2, 18, inner.h), [number],
            anchor="ctr"))

    # ---- master ----------------------------------------------------------------------------
    def _master(self, master: SlideMaster) -> None:
        el = master._element  # noqa: SLF001 -- geometry and styles of the master
        for ph in list(master.placeholders):
            kind = ph.placeholder_format.type
            if kind is not None and kind.name in ("DATE", "FOOTER", "SLIDE_NUMBER"):
                ph._element.getparent().remove(ph._element)  # noqa: SLF001 -- footer is drawn
        for ph in list(master.placeholders):
            if ph.placeholder_format.idx == 0:
                frame = Frame(MARGIN, 12, SLIDE_W - 2 * MARGIN - LOGO_W - 10, 24)
            else:
                frame = Frame(MARGIN, 46, SLIDE_W - 2 * MARGIN, FOOTER_TOP - 8 - 46)
            ph.left, ph.top, ph.width, ph.height = (Emu(emu(frame.x)), Emu(emu(frame.y)),
                                                    Emu(emu(frame.w)), Emu(emu(frame.h)))
        old = el.find(qn("p:txStyles"))
        new = parse_xml(master_text_styles())
        if old is not None:
            old.addprevious(new)
            old.getparent().remove(old)
        self._logo(master, "color", Frame(SLIDE_W - MARGIN - LOGO_W, 12, LOGO_W, 0))
        self._add(master, lambda i: rect(i, "Akzent", Frame(MARGIN, 39, 18, 1.6), "accent2",
                                         rounded=True))
        self._footer_band(master, "accent1", with_claim=True)

    def _reset_layout(self, layout: SlideLayout, name: str) -> None:
        el = layout._element  # noqa: SLF001 -- a layout is redrawn from its XML
        el.cSld.set("name", name)
        el.set("type", _LAYOUT_TYPE[name])
        el.set("preserve", "1")
        tree = el.cSld.spTree
        for shape in list(tree)[2:]:         # keep nvGrpSpPr and grpSpPr
            tree.remove(shape)

    def _dark(self, layout: SlideLayout, color: str) -> None:
        el = layout._element  # noqa: SLF001
        el.set("showMasterSp", "0")
        el.cSld.insert(0, background(color))

    # ---- layouts ---------------------------------------------------------------------------
    def _title(self, layout: SlideLayout) -> None:
        self._dark(layout, "accent1")
        self._logo(layout, "white", Frame(MARGIN, 18, 70, 0))
        self._pictogram(layout, x=262.0, base=138.0)
        self._add(layout, lambda i: rect(i, "Akzent", Frame(MARGIN, 74, 24, 2.2), "accent2",
                                         rounded=True))
        self._add(layout, lambda i: placeholder(
            i, "Titel", 'type="ctrTitle"', Frame(MARGIN, 80, 225, 32),
            TextStyle(40, "bg1", bold=True, line_pct=92), "Titel der Präsentation", anchor="t"))
        self._add(layout, lambda i: placeholder(
            i, "Untertitel", 'type="subTitle" idx="1"', Frame(MARGIN, 116, 225, 30),
            TextStyle(20, "accent3", line_pct=105), "Untertitel, Anlass oder Datum"))
        band = SLIDE_H - 22
        self._add(layout, lambda i: rect(i, "Band", Frame(0, band, SLIDE_W, 22), "tx2"))
        name = Para((Run(self.office.display_name, bold=True),), 14, "bg1", line_pct=95)
        self._add(layout, lambda i: text_box(i, "Dienststelle", Frame(MARGIN, band + 2, 190, 18),
                                             [name], anchor="ctr"))
        claim = Para((Run("Stark. Sozial. Vor Ort.", bold=True),), 14, "accent2", align="r")
        self._add(layout, lambda i: text_box(
            i, "Kampagnenclaim", Frame(SLIDE_W - MARGIN - 90, band + 2, 90, 18), [claim],
            anchor="ctr"))

    def _content(self, layout: SlideLayout) -> None:
        self._add(layout, lambda i: placeholder(
            i, "Titel", 'type="title"', Frame(MARGIN, 12, SLIDE_W - 2 * MARGIN - LOGO_W - 10, 24),
            TextStyle(28, "tx2", bold=True, line_pct=95), "Titel hinzufügen", anchor="b"))
        self._add(layout, lambda i: placeholder(
            i, "Inhalt", 'idx="1"', Frame(MARGIN, 46, SLIDE_W - 2 * MARGIN, FOOTER_TOP - 54),
            TextStyle(20, "tx1", bullet=True, line_pct=110), "Text hinzufügen"))

    def _two_columns(self, layout: SlideLayout) -> None:
        col = (SLIDE_W - 2 * MARGIN - 14) / 2
        self._add(layout, lambda i: placeholder(
            i, "Titel", 'type="title"', Frame(MARGIN, 12, SLIDE_W - 2 * MARGIN - LOGO_W - 10, 24),
            TextStyle(28, "tx2", bold=True, line_pct=95), "Titel hinzufügen", anchor="b"))
        for n, x in ((1, MARGIN), (2, MARGIN + col + 14)):
            self._add(layout, partial(
                placeholder, name=f"Spalte {n}", ph=f'sz="half" idx="{n}"',
                frame=Frame(x, 46, col, FOOTER_TOP - 54),
                style=TextStyle(18, "tx1", bullet=True, line_pct=110), prompt=f"Text der Spalte {n}"))

    def _dark_with_kicker(self, layout: SlideLayout, color: str, top: float, name: str, ph: str,
                          prompt: str) -> None:
        """A dark layout with the white corner logo and an uppercase sun-yellow kicker after
        its accent bar (as in every campaign format)."""
        self._dark(layout, color)
        self._logo(layout, "white", Frame(SLIDE_W - MARGIN - LOGO_W, 12, LOGO_W, 0))
        self._add(layout, lambda i: rect(i, "Akzent", Frame(MARGIN, top + 5.2, 14, 1.6), "accent2",
                                         rounded=True))
        self._add(layout, lambda i: placeholder(
            i, name, ph, Frame(MARGIN + 18, top, 200, 12),
            TextStyle(16, "accent2", bold=True, caps=True, tracking=100), prompt, anchor="ctr"))

    def _key_figure(self, layout: SlideLayout) -> None:
        self._dark_with_kicker(layout, "accent1", 14.0, "Dachzeile", 'type="title"', "Dachzeile")
        self._pictogram(layout, x=256.0, base=150.0)
        self._add(layout, lambda i: placeholder(
            i, "Kennzahl", 'type="body" sz="quarter" idx="13"', Frame(MARGIN, 34, 220, 56),
            TextStyle(120, "accent2", bold=True, line_pct=90), "250.000", anchor="b"))
        self._add(layout, lambda i: placeholder(
            i, "Erläuterung", 'type="body" sz="quarter" idx="14"', Frame(MARGIN, 96, 220, 44),
            TextStyle(24, "bg1", bold=True, line_pct=105), "Was die Zahl bedeutet"))
        self._add(layout, lambda i: placeholder(
            i, "Quelle", 'type="body" sz="quarter" idx="15"', Frame(MARGIN, 146, 220, 12),
            TextStyle(12, "bg1"), "Quelle: …", anchor="b"))
        self._footer_band(layout, "tx2", with_claim=True)

    def _section(self, layout: SlideLayout) -> None:
        self._dark_with_kicker(layout, "tx2", 66.0, "Kapitel", 'type="body" idx="1"', "Kapitel 1")
        self._add(layout, lambda i: placeholder(
            i, "Titel", 'type="title"', Frame(MARGIN, 82, 250, 60),
            TextStyle(40, "bg1", bold=True, line_pct=92), "Titel des Kapitels", anchor="t"))
        self._footer_band(layout, "accent1", with_claim=True)

    def _closing(self, layout: SlideLayout) -> None:
        self._dark(layout, "accent1")
        panel = Frame(CONTACT_X, 20, SLIDE_W - MARGIN - CONTACT_X, 150.5)
        # Sand, not a dark panel: PowerPoint colours links with the theme's petrol.
        self._add(layout, lambda i: rect(i, "Kontaktfläche", panel, "bg2"))
        self._add(layout, lambda i: rect(i, "Akzent", Frame(MARGIN, 28.2, 14, 1.6), "accent2",
                                         rounded=True))
        self._add(layout, lambda i: placeholder(
            i, "Titel", 'type="title"', Frame(MARGIN, 36, 170, 40),
            TextStyle(40, "bg1", bold=True, line_pct=92), "Vielen Dank!", anchor="t"))
        self._add(layout, lambda i: placeholder(
            i, "Ansprechpartner", 'type="body" sz="quarter" idx="13"', Frame(MARGIN, 82, 170, 40),
            TextStyle(18, "accent3", line_pct=115), "Ihre Ansprechpartnerin, Ihr Ansprechpartner"))
        self._logo(layout, "white", Frame(MARGIN, 146, 60, 0))
        paras = [Para((Run(self.office.name or self.office.short_name, bold=True),), 16, "tx2",
                      space_after_pt=10, line_pct=95)]
        part = layout.part
        for line in self._contact_lines():
            rid = None
            if line == self.office.email:
                rid = part.relate_to(f"mailto:{line}", RT.HYPERLINK, is_external=True)
            elif line == self.office.web:
                url = line if line.startswith(("http://", "https://")) else f"https://{line}"
                rid = part.relate_to(url, RT.HYPERLINK, is_external=True)
            paras.append(Para((Run(line, link_rid=rid),), 14, "accent1" if rid else "tx2",
                              space_after_pt=4, line_pct=105))
        inner = Frame(panel.x + CONTACT_PAD, panel.y + 10, CONTACT_W, panel.h - 20)
        self._add(layout, lambda i: text_box(i, "Kontakt", inner, paras, anchor="ctr"))
        claim = Para((Run(CLAIM),), 12, "bg1")
        self._add(layout, lambda i: text_box(i, "Kampagnenclaim", Frame(MARGIN, 174, 200, 8),
                                             [claim], anchor="ctr"))

    def _pictogram(self, layout: SlideLayout, x: float, base: float) -> None:
        """The rising bars of the logo's symbol with its sun-yellow dot, as a quiet accent."""
        width, gap, step = 13.0, 7.0, 12.0
        for n in range(3):
            height = step * (n + 1) + 6
            bx = x + n * (width + gap)
            self._add(layout, partial(rect, name="Balken",
                                      frame=Frame(bx, base - height, width, height),
                                      color="accent3", rounded=True))
        top = base - (step * 3 + 6) - 8 - 15
        self._add(layout, lambda i: ellipse(i, "Punkt", Frame(x + 2 * (width + gap) - 1, top, 15, 15),
                                            "accent2"))

    _DRAW: dict[str, Callable[[_Builder, SlideLayout], None]] = {
        "Titelfolie": _title, "Titel und Inhalt": _content, "Zwei Spalten": _two_columns,
        "Kennzahl": _key_figure, "Kapiteltrenner": _section, "Abschluss mit Kontakt": _closing,
    }

    # ---- example slides --------------------------------------------------------------------
    def _samples(self) -> None:
        layouts = {layout.name: layout for layout in self.prs.slide_layouts}
        for name, texts in SAMPLES:
            slide = self.prs.slides.add_slide(layouts[name])
            for ph in slide.placeholders:
                value = texts.get(ph.placeholder_format.idx)
                if value is None:
                    continue
                frame = ph.text_frame
                items = value if isinstance(value, list) else [value]
                for n, item in enumerate(items):
                    level, text = item if isinstance(item, tuple) else (0, item)
                    para = frame.paragraphs[0] if n == 0 else frame.add_paragraph()
                    para.text = text
                    para.level = level


def _lines(brand: Brand, text: str, role: str, size_pt: float, width_mm: float) -> int:
    """Lines ``text`` needs in Inter at ``size_pt`` in a box ``width_mm`` wide (5 % reserve
    for renderers that set a little wider)."""
    style = EngineStyle(brand.font(role), size_pt * 25.4 / 72, hyphenate=False)
    return len(layout_text(text, style, Box(0, 0, width_mm * 0.95, 100_000)).lines)


_Item = str | tuple[int, str]
SAMPLES: tuple[tuple[str, dict[int, str | list[_Item]]], ...] = (
    ("Titelfolie", {0: "Stark. Sozial. Vor Ort.", 1: "Das Kommunale Jobcenter stellt sich vor"}),
    ("Titel und Inhalt", {0: "Was wir für Sie tun", 1: [
        "Beratung und Vermittlung aus einer Hand",
        "Unterstützung für Familien, Alleinerziehende und junge Menschen",
        (1, "Kinderbetreuung, Schuldner- und Suchtberatung vor Ort"),
        "Enge Zusammenarbeit mit den Arbeitgebern der Region"]}),
    ("Zwei Spalten", {0: "Zwei Zielgruppen, ein Ansprechpartner", 1: [
        "Für Arbeitsuchende", (1, "Persönliche Beratung"), (1, "Qualifizierung und Weiterbildung")],
        2: ["Für Arbeitgeber", (1, "Passende Bewerberinnen und Bewerber"),
            (1, "Förderung bei der Einstellung")]}),
    ("Kennzahl", {0: "Kommunale Jobcenter in Zahlen", 13: "250.000",
                  14: "Menschen bringen die Kommunalen Jobcenter pro Jahr in nachhaltige Jobs.",
                  15: "Quelle: Deutscher Landkreistag und Deutscher Städtetag"}),
    ("Kapiteltrenner", {1: "Kapitel 2", 0: "Unsere Angebote vor Ort"}),
    ("Abschluss mit Kontakt", {0: "Vielen Dank!",
                               13: ["Ihre Ansprechpartnerin: Vorname Nachname",
                                    "Zimmer 1.23, Durchwahl -123"]}),
)
