"""The logo in the headers of existing Word forms: everything else must stay as it was."""

from __future__ import annotations

import hashlib
import io
import re
import zipfile
from pathlib import Path

import pytest
from docx import Document
from docx_samples import sample_form

from assetkit.errors import OutputError
from assetkit.word import WordError, stamp_docx
from assetkit.word.drawing import LOGO_NAME

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"


def _parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as z:
        return {n: z.read(n) for n in z.namelist()}


def _content(path: Path) -> dict[str, object]:
    """What a user sees and fills in: paragraphs, tables, content controls, revisions."""
    doc = Document(str(path))
    body = doc.element.body
    return {
        "paragraphs": [p.text for p in doc.paragraphs],
        "tables": [[c.text for row in t.rows for c in row.cells] for t in doc.tables],
        "sdt": [e.find(f"{W}sdtPr/{W}tag").get(f"{W}val") for e in body.iter(f"{W}sdt")],
        "ins": len(list(body.iter(f"{W}ins"))),
        "del": len(list(body.iter(f"{W}del"))),
        "comments": len(list(body.iter(f"{W}commentRangeStart"))),
    }


def _header_texts_with_logo(path: Path) -> dict[str, bool]:
    """For each header reference of each section: has it the logo?"""
    doc = Document(str(path))
    found = {}
    for i, section in enumerate(doc.sections):
        for name in ("header", "first_page_header", "even_page_header"):
            header = getattr(section, name)
            if not header.is_linked_to_previous:
                found[f"{i}:{name}"] = LOGO_NAME in header._element.xml
    return found


def _logo_alignments(header: object) -> list[str]:
    """Horizontal alignment of each campaign logo floating in a header."""
    return [a.find(f"{WP}positionH/{WP}align").text
            for a in header.iter(f"{WP}anchor")  # type: ignore[attr-defined]
            if a.find(f"{WP}docPr").get("name") == LOGO_NAME]


@pytest.fixture
def form(tmp_path: Path) -> Path:
    return sample_form(tmp_path / "Antrag.docx")


def test_logo_in_every_header_and_body_byte_identical(form: Path, tmp_path: Path) -> None:
    before = hashlib.sha256(form.read_bytes()).hexdigest()
    out = tmp_path / "Antrag_kampagne.docx"
    result = stamp_docx(form, out, position="top-right", pages="all", variant="color",
                        size_mm=None)
    assert hashlib.sha256(form.read_bytes()).hexdigest() == before   # input untouched
    assert result.document_xml_unchanged
    old, new = _parts(form), _parts(out)
    for name in ("word/document.xml", "word/styles.xml", "word/comments.xml",
                 "word/settings.xml", "word/numbering.xml"):
        assert new[name] == old[name], name
    assert _content(out) == _content(form)
    assert _content(out)["sdt"] == ["kdnr"]
    assert all(_header_texts_with_logo(out).values())
    assert result.sections == 2
    assert result.headers_stamped == 2                 # default + first page, section 2 linked
    doc = Document(str(out))
    header = doc.sections[0].header
    assert header.paragraphs[0].text == "Vordruck WBA-1"   # existing header text kept
    assert "PAGE" in header._element.xml                  # and its field
    assert _logo_alignments(header._element) == ["right"]


def test_logo_png_is_print_resolution(form: Path, tmp_path: Path) -> None:
    result = stamp_docx(form, tmp_path / "o.docx", position="top-left", pages="all",
                        variant="black", size_mm=50)
    assert result.logo_width_mm == 50
    assert result.logo_png_size[0] / (50 / 25.4) >= 600
    header = Document(str(tmp_path / "o.docx")).sections[0].header._element
    assert _logo_alignments(header) == ["left"]
    assert "svgBlip" in header.xml


def test_even_page_headers_get_the_logo(tmp_path: Path) -> None:
    form = sample_form(tmp_path / "f.docx", even_odd=True)
    out = tmp_path / "o.docx"
    stamp_docx(form, out, position="top-right", pages="all", variant="color", size_mm=None)
    found = _header_texts_with_logo(out)
    assert found["0:even_page_header"]
    assert all(found.values())


def test_document_without_headers_gets_one_and_only_sectpr_changes(tmp_path: Path) -> None:
    doc = Document()
    doc.add_paragraph("Nur Text, keine Kopfzeile.")
    form = tmp_path / "plain.docx"
    doc.save(str(form))
    out = tmp_path / "o.docx"
    result = stamp_docx(form, out, position="top-right", pages="all", variant="color",
                        size_mm=None)
    assert result.headers_created == 1
    assert not result.document_xml_unchanged
    old, new = _parts(form)["word/document.xml"], _parts(out)["word/document.xml"]
    inserted = re.sub(rb'<w:headerReference w:type="default" r:id="rIdAk\d+"/>', b"", new)
    assert inserted == old                           # the only change: one header reference
    assert all(_header_texts_with_logo(out).values())
    assert _content(out) == _content(form)


def test_first_page_only(tmp_path: Path) -> None:
    form = sample_form(tmp_path / "f.docx", title_page=False)
    out = tmp_path / "o.docx"
    stamp_docx(form, out, position="top-right", pages="first", variant="color", size_mm=None)
    doc = Document(str(out))
    first, second = doc.sections
    assert first.different_first_page_header_footer            # switched on for page 1
    assert LOGO_NAME in first.first_page_header._element.xml
    assert first.first_page_header.paragraphs[0].text == "Vordruck WBA-1"   # copy of page 1
    assert LOGO_NAME not in first.header._element.xml
    assert LOGO_NAME not in second.header._element.xml
    assert LOGO_NAME not in second.first_page_header._element.xml
    assert _content(out) == _content(form)


def test_stamping_twice_does_not_add_a_second_logo(form: Path, tmp_path: Path) -> None:
    once, twice = tmp_path / "1.docx", tmp_path / "2.docx"
    stamp_docx(form, once, position="top-right", pages="all", variant="color", size_mm=None)
    result = stamp_docx(once, twice, position="top-right", pages="all", variant="color",
                        size_mm=None)
    assert any("bereits" in n for n in result.notes)
    header = Document(str(twice)).sections[0].header._element
    assert len(_logo_alignments(header)) == 1


def test_never_overwrites_the_input(form: Path) -> None:
    before = form.read_bytes()
    with pytest.raises(OutputError):
        stamp_docx(form, form, position="top-right", pages="all", variant="color", size_mm=None)
    assert form.read_bytes() == before


@pytest.mark.parametrize(("position", "pages", "size", "message"), [
    ("bottom-left", "all", None, "Kopfzeile"),
    ("top-right", "2-3", None, "keine festen Seiten"),
    ("top-right", "all", 10.0, "mindestens"),
])
def test_impossible_options_are_explained(form: Path, tmp_path: Path, position: str,
                                          pages: str, size: float | None, message: str) -> None:
    with pytest.raises(WordError, match=message):
        stamp_docx(form, tmp_path / "o.docx", position=position, pages=pages,
                   variant="color", size_mm=size)
    assert not (tmp_path / "o.docx").exists()


OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504


def _zip_with(entries: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        for name, data in entries.items():
            z.writestr(name, data)
    return buffer.getvalue()


@pytest.mark.parametrize(("content", "message"), [
    (OLE + b"WordDocument".decode().encode("utf-16-le"), r"altes Word-Dokument \(\.doc\)"),
    (OLE + "EncryptedPackage".encode("utf-16-le"), "verschlüsselt"),
    (b"PK\x03\x04 kaputt", "keine gültige Word-Datei"),
    (b"", "keine gültige Word-Datei"),
    (_zip_with({"../../evil.xml": b"<x/>", "[Content_Types].xml": b"<Types/>"}),
     "ungültigen Eintrag"),
    (_zip_with({"C:\\evil.xml": b"<x/>"}), "ungültigen Eintrag"),
    (_zip_with({"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<x/>"}),
     "keine Word-Datei"),
])
def test_bad_files_get_one_german_sentence(tmp_path: Path, content: bytes, message: str) -> None:
    bad = tmp_path / "Vordruck.docx"
    bad.write_bytes(content)
    with pytest.raises(WordError, match=message) as info:
        stamp_docx(bad, tmp_path / "o.docx", position="top-right", pages="all",
                   variant="color", size_mm=None)
    assert "\n" not in str(info.value)
    assert not (tmp_path / "o.docx").exists()


def test_truncated_docx_is_reported(form: Path, tmp_path: Path) -> None:
    bad = tmp_path / "kaputt.docx"
    bad.write_bytes(form.read_bytes()[: len(form.read_bytes()) // 2])
    with pytest.raises(WordError, match="beschädigt|keine gültige"):
        stamp_docx(bad, tmp_path / "o.docx", position="top-right", pages="all",
                   variant="color", size_mm=None)
