"""Realistic Word forms for the tests, built with python-docx plus small OOXML additions.

``sample_form`` has what office forms contain: two sections (the first with a different first
page, the second landscape and linked to the previous header), existing header text, a PAGE
field, a table, a content control, a tracked insertion and deletion, and a comment.
"""

from __future__ import annotations

import io
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.oxml import parse_xml
from docx.shared import Mm

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

CONTENT_CONTROL = (
    f'<w:sdt {W}><w:sdtPr><w:alias w:val="Kundennummer"/><w:tag w:val="kdnr"/>'
    '<w:id w:val="4711"/><w:text/></w:sdtPr><w:sdtContent><w:p><w:r>'
    '<w:t>Kundennummer eintragen</w:t></w:r></w:p></w:sdtContent></w:sdt>'
)
TRACKED = (
    f'<w:p {W}><w:r><w:t xml:space="preserve">Antrag auf </w:t></w:r>'
    '<w:ins w:id="901" w:author="Sachbearbeitung" w:date="2024-05-02T10:00:00Z">'
    '<w:r><w:t>Weiterbewilligung</w:t></w:r></w:ins>'
    '<w:del w:id="902" w:author="Sachbearbeitung" w:date="2024-05-02T10:00:00Z">'
    '<w:r><w:delText>Erstbewilligung</w:delText></w:r></w:del></w:p>'
)
PAGE_FIELD = (
    f'<w:p {W}><w:pPr><w:jc w:val="left"/></w:pPr><w:r><w:t xml:space="preserve">Seite </w:t>'
    '</w:r><w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p>'
)


def sample_form(path: Path, *, title_page: bool = True, even_odd: bool = False,
                header_text: str = "Vordruck WBA-1") -> Path:
    doc = Document()
    first = doc.sections[0]
    first.different_first_page_header_footer = title_page
    first.header.paragraphs[0].text = header_text
    first.header._element.append(parse_xml(PAGE_FIELD))
    if title_page:
        first.first_page_header.paragraphs[0].text = "Eingangsstempel"
    if even_odd:
        doc.settings.odd_and_even_pages_header_footer = True
        first.even_page_header.paragraphs[0].text = "Gerade Seite"
    doc.add_heading("Antrag auf Weiterbewilligung", level=1)
    intro = doc.add_paragraph("Bitte füllen Sie alle Felder aus.")
    doc.add_comment(intro.runs, text="Text prüfen", author="Team", initials="T")
    doc.element.body.insert(len(doc.element.body) - 1, parse_xml(CONTENT_CONTROL))
    doc.element.body.insert(len(doc.element.body) - 1, parse_xml(TRACKED))
    table = doc.add_table(rows=3, cols=2)
    for row, (label, value) in zip(table.rows, [("Name", ""), ("Vorname", ""),
                                                 ("Geburtsdatum", "")], strict=True):
        row.cells[0].text = label
        row.cells[1].text = value
    second = doc.add_section(WD_SECTION.NEW_PAGE)
    second.orientation = WD_ORIENT.LANDSCAPE
    second.page_width, second.page_height = Mm(297), Mm(210)
    doc.add_paragraph("Anlage: Einkommensübersicht")
    buffer = io.BytesIO()
    doc.save(buffer)
    path.write_bytes(buffer.getvalue())
    return path
