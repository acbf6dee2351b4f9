"""The preset „Barrierefreies PDF für die Website“ (web-barrierefrei) gives a tagged PDF: a
structure tree in reading order (H1, P, Figure with the user's alternative text, Link with its
annotation), decoration as artifacts, language, title and the PDF/UA identification — checked
with pikepdf and poppler, as no PDF/UA validator installs here (see docs/accessibility.md)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pikepdf
import pytest
from PIL import Image

from assetkit.cli.main import main
from assetkit.templates import load_catalogue

needs_poppler = pytest.mark.skipif(shutil.which("pdfinfo") is None,
                                   reason="pdfinfo/pdftotext (poppler-utils) not installed")
ALT = "Zwei Beraterinnen sprechen im Foyer des Jobcenters mit einem Besucher"
PAINTING = frozenset(("f", "F", "f*", "B", "B*", "b", "b*", "S", "s", "Do", "sh", "Tj", "TJ",
                      "'", '"', "BI"))
PRINT_AND_OFFICE = [t.id for t in load_catalogue().templates if t.category != "social"]


@pytest.fixture(scope="module")
def flyer(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("tagged")
    photo = folder / "foyer.jpg"
    Image.new("RGB", (1600, 1000), (90, 140, 170)).save(photo, quality=90)
    office = folder / "office.toml"
    office.write_text('[office]\nname = "Kommunales Jobcenter Landkreis Vorpommern-Greifswald"\n'
                      'phone = "03834 8760-3100"\nemail = "jobcenter.anklam@kreis-vg.de"\n'
                      'web = "www.kreis-vg.de/jobcenter"\n', encoding="utf-8")
    out = folder / "flyer.pdf"
    assert main(["render", "flyer-a4-veranstaltung", "--preset", "web-barrierefrei",
                 "--image", f"photo={photo}", "--alt", f"photo={ALT}", "--office", str(office),
                 "--set", "headline=Tag der offenen Tür", "--out", str(out)]) == 0
    return out


def _elements(pdf: pikepdf.Pdf) -> list[pikepdf.Dictionary]:
    """The structure elements in document order (depth first)."""
    found: list[pikepdf.Dictionary] = []

    def walk(node: pikepdf.Object) -> None:
        kids = node.get("/K")
        for kid in (kids if isinstance(kids, pikepdf.Array) else [kids] if kids else []):
            if isinstance(kid, pikepdf.Dictionary) and "/S" in kid:
                found.append(kid)
                walk(kid)

    walk(pdf.Root.StructTreeRoot)
    return found


def _unmarked_painting(pdf: pikepdf.Pdf) -> list[str]:
    """Painting operators outside every marked-content sequence (tagged or artifact)."""
    depth, loose = 0, []
    for inst in pikepdf.parse_content_stream(pdf.pages[0]):
        op = str(inst.operator)
        if op in ("BMC", "BDC"):
            depth += 1
        elif op == "EMC":
            depth -= 1
        elif op in PAINTING and depth == 0:
            loose.append(op)
    assert depth == 0
    return loose


def test_the_flyer_has_a_structure_tree_in_reading_order(flyer: Path) -> None:
    with pikepdf.open(flyer) as pdf:
        types = [str(e.S) for e in _elements(pdf)]
        assert types[0] == "/Document"
        assert types.index("/H1") < types.index("/Figure") < types.index("/Link")
        assert types.count("/H1") == 1
        assert types.count("/P") >= 6                 # kicker, subline, body, date, time, …
        figures = [str(e.get("/Alt", "")) for e in _elements(pdf) if e.S == "/Figure"]
        assert ALT in figures
        assert "Logo der Kampagne Kommunale Jobcenter – Stark. Sozial. Vor Ort." in figures


def test_every_mark_on_the_page_is_tagged_or_an_artifact(flyer: Path) -> None:
    with pikepdf.open(flyer) as pdf:
        assert _unmarked_painting(pdf) == []
        ops = pikepdf.parse_content_stream(pdf.pages[0])
        assert any(str(i.operator) == "BMC" and i.operands[0] == "/Artifact" for i in ops)


def test_language_title_and_pdf_ua_identification(flyer: Path) -> None:
    with pikepdf.open(flyer) as pdf:
        assert str(pdf.Root.Lang) == "de-DE"
        assert pdf.Root.MarkInfo.Marked is True
        assert pdf.Root.ViewerPreferences.DisplayDocTitle is True
        meta = pdf.open_metadata()
        assert meta["pdfuaid:part"] == "1"
        assert "Tag der offenen Tür" in meta["dc:title"]
        assert pdf.pages[0].Tabs == "/S"


def test_e_mail_and_web_address_are_links_with_their_text(flyer: Path) -> None:
    with pikepdf.open(flyer) as pdf:
        annots = list(pdf.pages[0].get("/Annots", []))
        targets = {str(a.A.URI) for a in annots}
        assert targets == {"mailto:jobcenter.anklam@kreis-vg.de", "https://www.kreis-vg.de/jobcenter"}
        for a in annots:
            assert str(a.Contents)                       # a description for screen readers
            assert "/StructParent" in a
        links = [e for e in _elements(pdf) if e.S == "/Link"]
        assert len(links) == 2
        for link in links:
            kinds = [k.get("/Type") for k in link.K if isinstance(k, pikepdf.Dictionary)]
            mcids = [k for k in link.K if isinstance(k, int)]
            assert "/OBJR" in kinds                       # the annotation …
            assert mcids                                  # … and the link's text


@needs_poppler
def test_the_tagged_text_is_what_the_page_shows(flyer: Path) -> None:
    tagged = subprocess.run(["pdfinfo", "-struct-text", str(flyer)], capture_output=True,
                            text=True, check=True, timeout=60).stdout
    shown = subprocess.run(["pdftotext", str(flyer), "-"], capture_output=True, text=True,
                           check=True, timeout=60).stdout
    quoted = [line.strip().strip('"') for line in tagged.splitlines() if line.strip().startswith('"')]
    words_tagged = " ".join(quoted).split()
    # The same words; the kicker, set in capitals, reads as typed („Aktionswoche“, from its
    # /ActualText) in pdftotext, as screen readers read it.
    assert sorted(w.casefold() for w in words_tagged) == sorted(w.casefold() for w in shown.split())
    assert "Aktionswoche der Kommunalen Jobcenter" in shown
    assert "Tag der offenen Tür" in " ".join(words_tagged)
    assert "Kommunales Jobcenter Landkreis Vorpommern-Greifswald" in " ".join(words_tagged)


@pytest.mark.parametrize("tid", PRINT_AND_OFFICE)
def test_every_print_and_office_template_exports_tagged(tid: str, tmp_path: Path) -> None:
    out = tmp_path / f"{tid}.pdf"
    dated = load_catalogue().get(tid).text_field("date") is not None
    assert main(["render", tid, "--preset", "web-barrierefrei", "--out", str(out),
                 *(["--set", "date=27. August 2026"] if dated else [])]) == 0
    with pikepdf.open(out) as pdf:
        assert _unmarked_painting(pdf) == []
        types = {str(e.S) for e in _elements(pdf)}
        assert {"/Document", "/P", "/Figure"} <= types
        assert str(pdf.Root.Lang) == "de-DE"
