"""Small OOXML pieces python-docx has no API for: fields, cell margins and borders, exact row
heights, vertical merges, fixed table layout, floating pictures with SVG, the font table entry
and the template content type."""

from __future__ import annotations

import io
import re
import zipfile

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from assetkit.word.drawing import W_NS, Anchor, anchored_picture_run
from assetkit.word.logo_image import LogoImage
from assetkit.word.units import mm_to_twips

TEMPLATE_MAIN_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
DOCUMENT_MAIN_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


def add_field(paragraph: Paragraph, instruction: str, result: str) -> None:
    """A complex field (PAGE, NUMPAGES, CREATEDATE …) showing ``result`` until updated."""
    p = paragraph._p
    for xml in (
        '<w:r {ns}><w:fldChar w:fldCharType="begin"/></w:r>',
        '<w:r {ns}><w:instrText xml:space="preserve"> {instr} </w:instrText></w:r>',
        '<w:r {ns}><w:fldChar w:fldCharType="separate"/></w:r>',
        '<w:r {ns}><w:t xml:space="preserve">{result}</w:t></w:r>',
        '<w:r {ns}><w:fldChar w:fldCharType="end"/></w:r>',
    ):
        p.append(parse_xml(xml.format(ns=f'xmlns:w="{W_NS}"', instr=instruction,
                                      result=result)))


def fixed_table(table: Table, widths_mm: list[float], *, padding_mm: float = 0.0) -> None:
    """Fixed layout with exact column widths, no borders and uniform cell padding.

    Word and LibreOffice agree on such tables; autofit tables drift between the two.
    """
    tbl_pr = table._tbl.tblPr
    for tag in ("w:tblW", "w:tblLayout", "w:tblCellMar", "w:tblBorders", "w:tblInd"):
        for old in tbl_pr.findall(qn(tag)):
            tbl_pr.remove(old)
    pad = mm_to_twips(padding_mm)
    ns = f'xmlns:w="{W_NS}"'
    tbl_pr.append(parse_xml(f'<w:tblW {ns} w:w="{sum(mm_to_twips(w) for w in widths_mm)}" '
                            'w:type="dxa"/>'))
    tbl_pr.append(parse_xml(f'<w:tblInd {ns} w:w="0" w:type="dxa"/>'))
    tbl_pr.append(parse_xml(
        f'<w:tblBorders {ns}>' + "".join(f'<w:{side} w:val="nil"/>' for side in
                                         ("top", "left", "bottom", "right", "insideH",
                                          "insideV")) + "</w:tblBorders>"))
    tbl_pr.append(parse_xml(f'<w:tblLayout {ns} w:type="fixed"/>'))
    tbl_pr.append(parse_xml(
        f'<w:tblCellMar {ns}><w:top w:w="0" w:type="dxa"/><w:left w:w="{pad}" w:type="dxa"/>'
        f'<w:bottom w:w="0" w:type="dxa"/><w:right w:w="{pad}" w:type="dxa"/></w:tblCellMar>'))
    _sort_tbl_pr(tbl_pr)
    grid = table._tbl.tblGrid
    for col, width in zip(grid.findall(qn("w:gridCol")), widths_mm, strict=True):
        col.set(qn("w:w"), str(mm_to_twips(width)))
    for row in table.rows:
        for cell, width in zip(row.cells, widths_mm, strict=True):
            cell.width = mm_to_twips(width) * 635   # twips → EMU, python-docx's Length unit


_TBL_PR_ORDER = ("tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize",
                 "tblStyleColBandSize", "tblW", "jc", "tblCellSpacing", "tblInd", "tblBorders",
                 "shd", "tblLayout", "tblCellMar", "tblLook", "tblCaption", "tblDescription")


def _sort_tbl_pr(tbl_pr: object) -> None:
    children = list(tbl_pr)  # type: ignore[call-overload]
    children.sort(key=lambda e: _TBL_PR_ORDER.index(e.tag.split("}")[1])
                  if e.tag.split("}")[1] in _TBL_PR_ORDER else 99)
    for child in children:
        tbl_pr.append(child)  # type: ignore[attr-defined]


def exact_row_height(table: Table, row: int, height_mm: float) -> None:
    tr = table.rows[row]._tr
    tr_pr = tr.get_or_add_trPr()
    tr_pr.append(parse_xml(f'<w:trHeight xmlns:w="{W_NS}" w:val="{mm_to_twips(height_mm)}" '
                           'w:hRule="exact"/>'))
    tr_pr.append(parse_xml(f'<w:cantSplit xmlns:w="{W_NS}"/>'))


def cell_border(cell: _Cell, side: str, color: str, width_pt: float = 0.5) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    borders = tc_pr.find(qn("w:tcBorders"))
    if borders is None:
        borders = parse_xml(f'<w:tcBorders xmlns:w="{W_NS}"/>')
        # tcBorders follows tcW/gridSpan/vMerge in CT_TcPr
        anchor = None
        for tag in ("w:vMerge", "w:gridSpan", "w:tcW"):
            anchor = tc_pr.find(qn(tag))
            if anchor is not None:
                break
        if anchor is not None:
            anchor.addnext(borders)
        else:
            tc_pr.insert(0, borders)
    borders.append(parse_xml(f'<w:{side} xmlns:w="{W_NS}" w:val="single" '
                             f'w:sz="{round(width_pt * 8)}" w:space="0" '
                             f'w:color="{color.lstrip("#")}"/>'))


def cell_valign(cell: _Cell, value: str) -> None:
    cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:vAlign xmlns:w="{W_NS}" w:val="{value}"/>'))


def add_floating_picture(paragraph: Paragraph, image: LogoImage, anchor: Anchor, doc_id: int,
                         name: str, description: str) -> None:
    """Float ``image`` (PNG + SVG) at ``anchor``; the run goes first in ``paragraph``."""
    part = paragraph.part
    png_rid, _ = part.get_or_add_image(io.BytesIO(image.png))
    package = part.package
    svg_part = Part(PackURI(package.next_partname("/word/media/image%d.svg")),
                    "image/svg+xml", image.svg, package)
    svg_rid = part.relate_to(svg_part, RT.IMAGE)
    run = parse_xml(anchored_picture_run(anchor, png_rid, svg_rid, doc_id, name, description))
    p_pr = paragraph._p.pPr
    if p_pr is None:
        paragraph._p.insert(0, run)
    else:
        p_pr.addnext(run)


FONT_ENTRY = (
    '<w:font w:name="{name}"><w:altName w:val="Arial"/><w:panose1 w:val="020B0502030000000004"/>'
    '<w:charset w:val="00"/><w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font>'
)


def finish_package(data: bytes, *, template: bool, font: str) -> bytes:
    """Post-process python-docx's output: template content type, font table entry.

    The font entry tells Word "Inter is a proportional sans like Arial", so a PC without Inter
    substitutes a sans face instead of Times New Roman.
    """
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            blob = source.read(info)
            if info.filename == "[Content_Types].xml" and template:
                blob = blob.replace(DOCUMENT_MAIN_CT.encode(), TEMPLATE_MAIN_CT.encode())
            elif info.filename == "word/fontTable.xml" and f'w:name="{font}"'.encode() not in blob:
                entry = FONT_ENTRY.format(name=font).encode()
                blob = re.sub(rb"</w:fonts>\s*$", entry + b"</w:fonts>", blob)
            target.writestr(info, blob)
    return out.getvalue()
