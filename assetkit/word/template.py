"""Campaign letter (DIN 5008 form B) and form templates for Word, from brand kit and office profile.

Geometry (A4, from the top-left page corner):
- margins left 25 mm, right 20 mm; letterhead 45 mm (the body starts there on every page);
- address field 85 × 45 mm at 20 mm from the left edge (its writing line is the 25 mm margin),
  top at 45 mm, return-address line in its first 5 mm, then 12.7 mm notes zone and 27.3 mm
  address zone; information block from 125 mm, 50 mm from the top;
- fold marks at 105 mm and 210 mm and the hole mark at 148.5 mm (first page);
- footer: campaign claim and the office's address, contact, opening hours and bank details.
The address field and information block are a fixed-width table with exact row heights, which
Word and LibreOffice lay out alike. Logos float (``wp:anchor``) so text never moves around them.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Literal

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.section import _Footer, _Header
from docx.shared import Mm, Pt, RGBColor
from docx.styles.style import BaseStyle
from fontTools.ttLib import TTFont

from assetkit.brand import Brand, load_brand
from assetkit.office import OfficeProfile
from assetkit.word.drawing import LOGO_NAME, W_NS, Anchor
from assetkit.word.errors import WordError
from assetkit.word.logo_image import graphic_image, logo_image
from assetkit.word.ooxml import (
    add_field,
    add_floating_picture,
    cell_border,
    cell_valign,
    exact_row_height,
    finish_package,
    fixed_table,
)

FONT = "Inter"
PAGE_W, PAGE_H = 210.0, 297.0
LEFT, RIGHT = 25.0, 20.0
TEXT_W = PAGE_W - LEFT - RIGHT
LETTERHEAD = 45.0
BOTTOM = 32.0
HEADER_DIST, FOOTER_DIST = 12.0, 8.0
INFO_W, INFO_TAB = 75.0, 25.0
FOLD_MARKS_MM = (105.0, 210.0)
HOLE_MARK_MM = 148.5

Kind = Literal["letter", "form"]


@dataclass(frozen=True)
class WordTemplate:
    data: bytes                     # the .docx / .dotx file
    kind: Kind
    logo_width_mm: float            # letterhead logo
    logo_png_size: tuple[int, int]  # pixels of its PNG fallback


def build_template(office: OfficeProfile, kind: Kind = "letter", *, dotx: bool = False,
                   brand: Brand | None = None, today: date | None = None) -> WordTemplate:
    """Letter (DIN 5008 form B) or form template; ``dotx`` makes a Word template file."""
    return _Builder(office, brand or load_brand(), today or date.today()).build(kind, dotx)


class _Builder:
    def __init__(self, office: OfficeProfile, brand: Brand, today: date) -> None:
        if not (office.name or office.short_name):
            raise WordError("Im Dienststellenprofil fehlt der Name der Dienststelle; ohne ihn "
                            "lässt sich keine Vorlage erstellen.")
        self.office = office
        self.brand = brand
        self.today = today
        self.doc: DocxDocument = Document()
        self._doc_id = 1
        self._logo_px = (0, 0)
        self.petrol = brand.color("petrol")
        self.night = brand.color("nachtblau")
        self.text_color = brand.color("schwarz")

    def build(self, kind: Kind, dotx: bool) -> WordTemplate:
        if kind not in ("letter", "form"):
            raise WordError(f"Die Vorlagenart „{kind}“ gibt es nicht (letter oder form).")
        self._styles()
        self._page(top=LETTERHEAD if kind == "letter" else 38.0, title_page=kind == "letter")
        if kind == "letter":
            width = self._letter_headers()
            self._letter_body()
        else:
            width = self._form_header()
            self._form_body()
        self._footers(title_page=kind == "letter")
        props = self.doc.core_properties
        label = "Briefvorlage" if kind == "letter" else "Formularvorlage"
        props.title = f"{label} {self.office.display_name}"
        props.subject = self.brand.title
        props.author = self.office.name or self.office.short_name
        props.language = "de-DE"
        props.keywords = "Kommunale Jobcenter; Stark. Sozial. Vor Ort."
        buffer = io.BytesIO()
        self.doc.save(buffer)
        data = finish_package(buffer.getvalue(), template=dotx, font=FONT)
        return WordTemplate(data, kind, round(width, 2), self._logo_px)

    # ---- styles --------------------------------------------------------------------------
    def _styles(self) -> None:
        styles = self.doc.styles
        # Every run font becomes Inter: theme fonts (Calibri/Cambria) would win otherwise.
        for rfonts in styles.element.iter(qn("w:rFonts")):
            for key in list(rfonts.attrib):
                if key.endswith("Theme") or key.endswith("theme"):
                    del rfonts.attrib[key]
            for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
                rfonts.set(qn(attr), FONT)
        defaults = styles.element.find(qn("w:docDefaults"))
        lang = defaults.find(f".//{qn('w:lang')}") if defaults is not None else None
        if lang is not None:
            lang.set(qn("w:val"), "de-DE")
        normal = styles["Normal"]
        self._font(normal, 10, color=self.text_color.hex)
        pf = normal.paragraph_format
        pf.space_before, pf.space_after = Pt(0), Pt(0)
        pf.line_spacing_rule = WD_LINE_SPACING.MULTIPLE
        pf.line_spacing = 1.15
        for name, size, color, before, after in (
            ("Title", 20, self.night.hex, 0, 8),
            ("Heading 1", 14, self.petrol.hex, 12, 4),
            ("Heading 2", 11, self.petrol.hex, 10, 3),
            ("Heading 3", 10, self.night.hex, 8, 2),
        ):
            style = styles[name]
            self._font(style, size, color=color, bold=True)
            style.paragraph_format.space_before = Pt(before)
            style.paragraph_format.space_after = Pt(after)
            style.paragraph_format.keep_with_next = True
            _no_border(style)
        for name, size, color in (("Header", 8, self.text_color.hex),
                                  ("Footer", 7, self.text_color.hex)):
            style = styles[name]
            self._font(style, size, color=color)
            style.paragraph_format.line_spacing = 1.0
            # The default tab stops are placed for US Letter; ours are set per paragraph.
            style.paragraph_format.tab_stops.clear_all()
        self._add_style("Betreff", 10, bold=True, before=0, after=0)
        self._add_style("Rücksendeangabe", 7, color=self.text_color.hex)
        self._add_style("Informationsblock", 8, after=0)
        self._add_style("Feldbezeichnung", 7.5, color=self.petrol.hex)

    def _add_style(self, name: str, size: float, *, bold: bool = False,
                   color: str | None = None, before: float = 0, after: float = 0) -> None:
        style = self.doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = self.doc.styles["Normal"]
        style.quick_style = True
        self._font(style, size, color=color, bold=bold)
        style.paragraph_format.space_before = Pt(before)
        style.paragraph_format.space_after = Pt(after)

    @staticmethod
    def _font(style: BaseStyle, size: float, *, color: str | None = None,
              bold: bool = False) -> None:
        font = style.font  # type: ignore[attr-defined]
        font.name = FONT
        font.size = Pt(size)
        font.bold = bold
        font.italic = False
        if color:
            font.color.rgb = RGBColor.from_string(color.lstrip("#"))
        rfonts = style.element.rPr.find(qn("w:rFonts"))
        for attr in ("w:cs", "w:eastAsia"):
            rfonts.set(qn(attr), FONT)

    # ---- page ----------------------------------------------------------------------------
    def _page(self, top: float, title_page: bool) -> None:
        s = self.doc.sections[0]
        s.start_type = WD_SECTION.NEW_PAGE
        s.page_width, s.page_height = Mm(PAGE_W), Mm(PAGE_H)
        s.left_margin, s.right_margin = Mm(LEFT), Mm(RIGHT)
        s.top_margin, s.bottom_margin = Mm(top), Mm(BOTTOM)
        s.header_distance, s.footer_distance = Mm(HEADER_DIST), Mm(FOOTER_DIST)
        s.gutter = Mm(0)
        s.different_first_page_header_footer = title_page

    # ---- headers -------------------------------------------------------------------------
    def _logo(self, header: _Header, width_mm: float, y_mm: float) -> float:
        logo = self.brand.logo("color", "horizontal")
        image = logo_image(logo, width_mm)
        self._logo_px = image.png_size
        add_floating_picture(header.paragraphs[0], image,
                             Anchor(image.width_mm, image.height_mm, y_mm=y_mm, h_align="right"),
                             self._next_id(), LOGO_NAME, self.brand.title)
        return image.width_mm

    def _letter_headers(self) -> float:
        s = self.doc.sections[0]
        first = s.first_page_header
        first.is_linked_to_previous = False
        width = self._logo(first, 60.0, y_mm=HEADER_DIST)
        self._sender(first)
        marks = graphic_image(_marks_svg(), 12.0, PAGE_H)
        add_floating_picture(first.paragraphs[0], marks,
                             Anchor(12.0, PAGE_H, y_mm=0, h_align=None, x_mm=0,
                                    behind_text=True),
                             self._next_id(), "Falz- und Lochmarken",
                             "Falzmarken bei 105 und 210 mm, Lochmarke bei 148,5 mm")
        following = s.header
        following.is_linked_to_previous = False
        self._logo(following, 42.0, y_mm=HEADER_DIST)
        p = following.paragraphs[0]
        p.style = self.doc.styles["Header"]
        p.add_run(self.office.display_name).bold = True
        p = following.add_paragraph(style="Header")
        p.add_run("Seite ")
        add_field(p, "PAGE", "2")
        p.add_run(" von ")
        add_field(p, "NUMPAGES", "2")
        return width

    def _sender(self, header: _Header) -> None:
        """Office name and address at the left of the letterhead."""
        p = header.paragraphs[0]
        p.style = self.doc.styles["Header"]
        run = p.add_run(self.office.name or self.office.short_name)
        run.bold = True
        run.font.size = Pt(10)
        run.font.color.rgb = RGBColor.from_string(self.night.hex.lstrip("#"))
        if self.office.name and self.office.short_name and self.office.short_name != self.office.name:
            header.add_paragraph(self.office.short_name, style="Header")
        for line in (self.office.street, self.office.city_line):
            if line:
                header.add_paragraph(line, style="Header")

    def _form_header(self) -> float:
        header = self.doc.sections[0].header
        header.is_linked_to_previous = False
        width = self._logo(header, 48.0, y_mm=HEADER_DIST)
        self._sender(header)
        return width

    # ---- letter body ---------------------------------------------------------------------
    def _letter_body(self) -> None:
        office = self.office
        table = self.doc.add_table(rows=3, cols=3)
        # Address field text from the 25 mm writing line to 105 mm; information block from
        # 125 mm, 75 mm wide (DIN 5008), so it ends 10 mm from the right edge, past the margin.
        fixed_table(table, [80.0, 20.0, INFO_W])
        for row, height in enumerate((5.0, 12.7, 27.3)):
            exact_row_height(table, row, height)
        sender = " · ".join(p for p in (office.display_name, office.street, office.city_line) if p)
        ret = table.cell(0, 0).paragraphs[0]
        ret.style = self.doc.styles["Rücksendeangabe"]
        ret.text = sender
        cell_valign(table.cell(0, 0), "bottom")
        notes = table.cell(1, 0).paragraphs[0]
        notes.style = self.doc.styles["Rücksendeangabe"]
        notes.text = "[Vermerke, z. B. Einschreiben]"
        cell_valign(table.cell(1, 0), "bottom")
        address = table.cell(2, 0)
        address.paragraphs[0].text = "[Frau/Herrn]"
        for line in ("[Vorname Name]", "[Straße Hausnummer]", "[PLZ Ort]"):
            address.add_paragraph(line)
        info = table.cell(1, 2).merge(table.cell(2, 2))
        rows = [
            ("", office.display_name),
            ("Ihr Zeichen", ""),
            ("Unser Zeichen", "[Aktenzeichen]"),
            ("Ansprechpartner/in", "[Vorname Name]"),
            ("Telefon", office.phone),
            ("E-Mail", office.email),
            ("Datum", None),
        ]
        first = True
        for label, value in rows:
            p = info.paragraphs[0] if first else info.add_paragraph()
            first = False
            p.style = self.doc.styles["Informationsblock"]
            p.paragraph_format.tab_stops.add_tab_stop(Mm(INFO_TAB), WD_TAB_ALIGNMENT.LEFT)
            if not label:
                p.add_run(value or "").bold = True
                continue
            p.add_run(f"{label}:\t")
            if value is None:
                add_field(p, 'CREATEDATE \\@ "dd.MM.yyyy"', self.today.strftime("%d.%m.%Y"))
            else:
                p.add_run(value)
        subject = self.doc.add_paragraph("[Betreff]", style="Betreff")
        subject.paragraph_format.space_before = Pt(25)
        body = [
            ("Sehr geehrte Damen und Herren,", 24),
            ("[Text des Schreibens. Die Schrift ist Inter 10 pt; Absätze mit einer Leerzeile "
             "Abstand.]", 12),
            ("Mit freundlichen Grüßen", 12),
            ("[Vorname Name]", 30),
            (office.display_name, 0),
        ]
        for text, before in body:
            p = self.doc.add_paragraph(text)
            p.paragraph_format.space_before = Pt(before)

    # ---- form body -----------------------------------------------------------------------
    def _form_body(self) -> None:
        self.doc.add_paragraph("[Formulartitel]", style="Title")
        self.doc.add_paragraph("Bitte füllen Sie das Formular vollständig aus und senden Sie es "
                               "unterschrieben an uns zurück.")
        self.doc.add_paragraph("Angaben zur Person", style="Heading 2")
        fields = ["Name", "Vorname", "Geburtsdatum", "Straße, Hausnummer", "PLZ, Ort",
                  "Telefon", "E-Mail", "Kundennummer / BG-Nummer"]
        table = self.doc.add_table(rows=len(fields), cols=2)
        fixed_table(table, [55.0, TEXT_W - 55.0], padding_mm=1.5)
        for i, label in enumerate(fields):
            exact_row_height(table, i, 9.0)
            cell = table.cell(i, 0)
            cell.paragraphs[0].text = label
            cell.paragraphs[0].style = self.doc.styles["Feldbezeichnung"]
            cell_valign(cell, "bottom")
            cell_border(table.cell(i, 1), "bottom", "#8C8C8C")
            cell_valign(table.cell(i, 1), "bottom")
        self.doc.add_paragraph("Erklärung", style="Heading 2")
        self.doc.add_paragraph("Ich versichere, dass meine Angaben vollständig und richtig sind. "
                               "Änderungen teile ich unverzüglich mit.")
        spacer = self.doc.add_paragraph()
        spacer.paragraph_format.space_before = Pt(24)
        sign = self.doc.add_table(rows=1, cols=3)
        fixed_table(sign, [70.0, 15.0, TEXT_W - 85.0])
        for col, label in ((0, "Ort, Datum"), (2, "Unterschrift")):
            cell = sign.cell(0, col)
            cell_border(cell, "top", "#1D1D1B")
            cell.paragraphs[0].text = label
            cell.paragraphs[0].style = self.doc.styles["Feldbezeichnung"]

    # ---- footers -------------------------------------------------------------------------
    def _footers(self, title_page: bool) -> None:
        s = self.doc.sections[0]
        footers = [s.footer] + ([s.first_page_footer] if title_page else [])
        for footer in footers:
            footer.is_linked_to_previous = False
            self._footer(footer, page_numbers=not title_page or footer is s.footer)

    def _footer(self, footer: _Footer, page_numbers: bool) -> None:
        office = self.office
        claim = footer.paragraphs[0]
        claim.style = self.doc.styles["Footer"]
        claim.paragraph_format.tab_stops.add_tab_stop(Mm(TEXT_W), WD_TAB_ALIGNMENT.RIGHT)
        claim.paragraph_format.space_after = Pt(3)
        run = claim.add_run(self.brand.title)
        run.bold = True
        run.font.size = Pt(8)
        run.font.color.rgb = RGBColor.from_string(self.petrol.hex.lstrip("#"))
        if page_numbers:
            claim.add_run("\tSeite ")
            add_field(claim, "PAGE", "1")
            claim.add_run(" von ")
            add_field(claim, "NUMPAGES", "1")
        _top_rule(claim, self.petrol.hex)
        columns = [
            [office.display_name, office.street, office.city_line],
            [f"Telefon {office.phone}" if office.phone else "",
             f"Fax {office.fax}" if office.fax else "", office.email, office.web],
            ["Öffnungszeiten", office.opening_hours] if office.opening_hours else [],
            [office.bank, f"IBAN {office.iban}" if office.iban else "",
             f"BIC {office.bic}" if office.bic else ""],
        ]
        columns = [[line for line in col if line] for col in columns]
        columns = [col for col in columns if col]
        # The address and the opening hours may wrap; contact and bank lines should not.
        flexible = {i for i, col in enumerate(columns)
                    if i == 0 or col[0] == "Öffnungszeiten"}
        table = footer.add_table(rows=1, cols=len(columns), width=Mm(TEXT_W))
        widths = _footer_widths(columns, flexible, self.brand.font("body"), 7)
        fixed_table(table, widths, padding_mm=0)
        for i, lines in enumerate(columns):
            cell = table.cell(0, i)
            for j, line in enumerate(lines):
                p = cell.paragraphs[0] if j == 0 else cell.add_paragraph()
                p.style = self.doc.styles["Footer"]
                p.paragraph_format.space_after = Pt(0)
                p.add_run(line)
        # A footer must end with a paragraph (Word repairs the file otherwise).
        tail = footer.add_paragraph(style="Footer")
        tail.paragraph_format.line_spacing = Pt(1)

    def _next_id(self) -> int:
        self._doc_id += 1
        return self._doc_id


def _footer_widths(columns: list[list[str]], flexible: set[int], font: Path,
                   size_pt: float) -> list[float]:
    """Column widths in mm: contact and bank columns as wide as their longest line, the
    address and opening-hours columns (which may wrap) share the rest."""
    gap = 3.0
    need = [max(_text_width_mm(line, font, size_pt) for line in col) + gap for col in columns]
    fixed = sum(w for i, w in enumerate(need) if i not in flexible)
    rest = TEXT_W - fixed
    flex_need = sum(need[i] for i in flexible)
    if not flexible or rest < 0.5 * flex_need:
        widths = [TEXT_W * w / sum(need) for w in need]
    else:
        widths = [rest * w / flex_need if i in flexible else w for i, w in enumerate(need)]
    widths = [round(w, 1) for w in widths]
    widths[-1] = round(TEXT_W - sum(widths[:-1]), 1)
    return widths


@cache
def _advances(font: Path) -> tuple[dict[int, int], int]:
    tt = TTFont(font, lazy=True)
    hmtx = tt["hmtx"]
    cmap = tt.getBestCmap()
    return {cp: hmtx[name][0] for cp, name in cmap.items()}, tt["head"].unitsPerEm


def _text_width_mm(text: str, font: Path, size_pt: float) -> float:
    advances, upem = _advances(font)
    units = sum(advances.get(ord(ch), upem // 2) for ch in text)
    return units / upem * size_pt * 25.4 / 72


def _top_rule(paragraph: object, color: str) -> None:
    p_pr = paragraph._p.get_or_add_pPr()  # type: ignore[attr-defined]
    border = parse_xml(f'<w:pBdr xmlns:w="{W_NS}"><w:top w:val="single" w:sz="4" w:space="4" '
                       f'w:color="{color.lstrip("#")}"/></w:pBdr>')
    # pBdr sits after keepNext…pageBreakBefore…numPr…suppressLineNumbers in CT_PPr; before
    # shd/tabs/spacing. Put it before the first of those that exists.
    for tag in ("w:shd", "w:tabs", "w:suppressAutoHyphens", "w:spacing", "w:ind", "w:jc",
                "w:rPr"):
        found = p_pr.find(qn(tag))
        if found is not None:
            found.addprevious(border)
            return
    p_pr.append(border)


def _no_border(style: BaseStyle) -> None:
    p_pr = style.element.find(qn("w:pPr"))
    if p_pr is not None:
        for old in p_pr.findall(qn("w:pBdr")):
            p_pr.remove(old)


def _marks_svg() -> bytes:
    """Fold marks (105 mm, 210 mm) and hole mark (148.5 mm) on a 12 mm strip at the left edge."""
    lines = "".join(
        f'<line x1="{x1}" y1="{y}" x2="{x2}" y2="{y}"/>'
        for y, x1, x2 in ((FOLD_MARKS_MM[0], 4, 9), (HOLE_MARK_MM, 4, 11),
                          (FOLD_MARKS_MM[1], 4, 9))
    )
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="12mm" height="{PAGE_H}mm" '
            f'viewBox="0 0 12 {PAGE_H}"><g stroke="#8C8C8C" stroke-width="0.25">{lines}</g>'
            "</svg>").encode()
