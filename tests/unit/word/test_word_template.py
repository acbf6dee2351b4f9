"""Generated Word templates: DIN 5008 geometry, campaign header, office block, styles."""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import replace
from datetime import date

import pytest
from docx import Document
from docx.shared import Mm
from PIL import Image

from assetkit.office import OfficeProfile, sample_office
from assetkit.word import WordError, build_template
from assetkit.word.drawing import A_NS as A
from assetkit.word.drawing import ASVG_NS as ASVG
from assetkit.word.drawing import LOGO_NAME
from assetkit.word.drawing import R_NS as R
from assetkit.word.drawing import WP_NS as WP
from assetkit.word.ooxml import DOCUMENT_MAIN_CT, TEMPLATE_MAIN_CT

OFFICE = replace(sample_office(), bank="Kreissparkasse Musterkreis",
                 iban="DE02 1203 0000 0000 2020 51", bic="BYLADEM1001", fax="01234 5678-99")


@pytest.fixture(scope="module")
def letter() -> bytes:
    return build_template(OFFICE, "letter", today=date(2025, 3, 14)).data


def _mm(length: int | None) -> float:
    assert length is not None
    return round(length / Mm(1), 1)


def _zip(data: bytes) -> zipfile.ZipFile:
    return zipfile.ZipFile(io.BytesIO(data))


def test_letter_has_din_5008_page_and_a_distinct_letterhead(letter: bytes) -> None:
    doc = Document(io.BytesIO(letter))
    s = doc.sections[0]
    assert (_mm(s.page_width), _mm(s.page_height)) == (210.0, 297.0)
    assert (_mm(s.left_margin), _mm(s.right_margin), _mm(s.top_margin)) == (25.0, 20.0, 45.0)
    assert s.different_first_page_header_footer
    first = s.first_page_header
    assert LOGO_NAME in first._element.xml
    assert "Kommunales Jobcenter Landkreis Musterkreis" in "\n".join(
        p.text for p in first.paragraphs)
    assert LOGO_NAME in s.header._element.xml            # following pages carry a smaller logo
    assert "Seite" in "\n".join(p.text for p in s.header.paragraphs)


def test_address_field_and_information_block_have_exact_din_sizes(letter: bytes) -> None:
    doc = Document(io.BytesIO(letter))
    table = doc.tables[0]
    widths = [round(int(c.get(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}w")) / 1440 * 25.4, 1)
        for c in table._tbl.tblGrid]
    assert widths == [80.0, 20.0, 75.0]                   # 25→105 mm, info block 125→200 mm
    heights = [round(r.height / Mm(1), 1) for r in table.rows]
    assert heights == [5.0, 12.7, 27.3]
    assert all(r.height_rule is not None and r.height_rule.name == "EXACTLY" for r in table.rows)
    info = table.cell(1, 2).text
    for expected in ("Ansprechpartner/in", OFFICE.phone, OFFICE.email, "14.03.2025"):
        assert expected in info
    assert "CREATEDATE" in table.cell(1, 2)._tc.xml
    assert table.cell(0, 0).text == "Jobcenter Musterkreis · Am Marktplatz 1 · 12345 Musterstadt"


def test_footer_carries_claim_and_bank_details(letter: bytes) -> None:
    doc = Document(io.BytesIO(letter))
    for footer in (doc.sections[0].footer, doc.sections[0].first_page_footer):
        text = footer._element.xml
        assert "Kommunale Jobcenter – Stark. Sozial. Vor Ort." in text
        assert "IBAN DE02 1203 0000 0000 2020 51" in text
        assert OFFICE.web in text


def test_logo_is_svg_with_png_fallback_at_600_dpi(letter: bytes) -> None:
    header = Document(io.BytesIO(letter)).sections[0].first_page_header
    anchor = next(a for a in header._element.iter(f"{{{WP}}}anchor")
                  if a.find(f"{{{WP}}}docPr").get("name") == LOGO_NAME)
    width_mm = int(anchor.find(f"{{{WP}}}extent").get("cx")) / 36000
    blip = next(anchor.iter(f"{{{A}}}blip"))
    svg_blip = next(anchor.iter(f"{{{ASVG}}}svgBlip"))
    parts = header.part.related_parts
    png = parts[blip.get(f"{{{R}}}embed")]
    svg = parts[svg_blip.get(f"{{{R}}}embed")]
    assert png.content_type == "image/png"
    assert svg.content_type == "image/svg+xml"
    assert b"<svg" in svg.blob
    assert width_mm == pytest.approx(60, abs=0.1)
    assert Image.open(io.BytesIO(png.blob)).width / (width_mm / 25.4) >= 600


def test_styles_use_inter_with_a_sans_fallback(letter: bytes) -> None:
    doc = Document(io.BytesIO(letter))
    assert doc.styles["Normal"].font.name == "Inter"
    assert doc.styles["Heading 1"].font.name == "Inter"
    styles = _zip(letter).read("word/styles.xml").decode()
    assert "asciiTheme" not in styles                     # theme fonts would override Inter
    fonts = _zip(letter).read("word/fontTable.xml").decode()
    assert re.search(r'w:name="Inter".*?<w:altName w:val="Arial"/>.*?w:val="swiss"', fonts)


def test_dotx_is_a_word_template_and_docx_a_document() -> None:
    dotx = build_template(OFFICE, "letter", dotx=True).data
    docx_ = build_template(OFFICE, "letter").data
    assert TEMPLATE_MAIN_CT in _zip(dotx).read("[Content_Types].xml").decode()
    assert DOCUMENT_MAIN_CT in _zip(docx_).read("[Content_Types].xml").decode()
    Document(io.BytesIO(docx_))


def test_form_template_has_header_logo_and_fields() -> None:
    form = build_template(OFFICE, "form")
    doc = Document(io.BytesIO(form.data))
    s = doc.sections[0]
    assert not s.different_first_page_header_footer
    assert LOGO_NAME in s.header._element.xml
    labels = [row.cells[0].text for row in doc.tables[0].rows]
    assert labels[:2] == ["Name", "Vorname"]
    assert "Seite" in s.footer._element.xml


def test_office_without_name_is_refused() -> None:
    with pytest.raises(WordError, match="Name der Dienststelle"):
        build_template(OfficeProfile(), "letter")
    with pytest.raises(WordError, match="Vorlagenart"):
        build_template(OFFICE, "flyer")  # type: ignore[arg-type]
