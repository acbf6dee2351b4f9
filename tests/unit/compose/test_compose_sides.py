"""Printed pieces with several sides (the business card's front and back): one content fills
every side, the PDF has a page per side, the PNG proof shows them side by side, the judge
checks every side, and a staff list becomes one card per person."""

from __future__ import annotations

import csv
import shutil
import subprocess
from pathlib import Path

import pikepdf
import pytest
from PIL import Image

from assetkit.brand import load_brand
from assetkit.cli.main import main
from assetkit.compose import Content
from assetkit.compose.pages import compose_pages
from assetkit.preflight.judge import check_content
from assetkit.templates import load_catalogue

CARD = load_catalogue().get("visitenkarte")
PT_PER_MM = 72 / 25.4


def _pdftotext(pdf: Path, page: int) -> str:
    return subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), str(pdf), "-"],
                          capture_output=True, text=True, check=True, timeout=60).stdout


def test_one_content_fills_both_sides() -> None:
    assert [side.id for side in CARD.pages()] == ["visitenkarte", "visitenkarte-rueckseite"]
    assert {"office", "name", "role", "phone", "email", "address", "link"} <= set(CARD.field_ids())
    front, back = compose_pages(CARD, Content(texts={"name": "Sandra Meier",
                                                     "office": "Jobcenter Emsland"}),
                                load_brand())
    assert front.texts["office"] == "Jobcenter Emsland"
    assert back.texts["name"] == "Sandra Meier"
    assert front.logos
    assert back.qr_codes


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_the_print_pdf_has_a_page_per_side(tmp_path: Path) -> None:
    pdf = tmp_path / "karte.pdf"
    assert main(["render", "visitenkarte", "--set", "name=Anna-Lena Schmidt-Özdemir",
                 "--set", "role=Arbeitgeberservice", "--preset", "druckerei",
                 "--out", str(pdf)]) == 0
    with pikepdf.open(pdf) as doc:
        assert len(doc.pages) == 2
        for page in doc.pages:
            x0, y0, x1, y1 = (float(v) for v in page.TrimBox)
            assert (x1 - x0, y1 - y0) == (pytest.approx(85 * PT_PER_MM, abs=0.1),
                                          pytest.approx(55 * PT_PER_MM, abs=0.1))
    assert "Anna-Lena Schmidt-Özdemir" in _pdftotext(pdf, 2)
    assert "Anna-Lena" not in _pdftotext(pdf, 1)


def test_a_png_proof_shows_the_sides_next_to_each_other(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    png = tmp_path / "karte.png"
    assert main(["render", "visitenkarte", "--dpi", "100", "--out", str(png)]) == 0
    image = Image.open(png)
    side = round(85 / 25.4 * 100)                 # one side (no bleed on screen) at 100 dpi
    assert image.width == pytest.approx(2 * side + round(5 / 25.4 * 100), abs=2)
    assert image.height == pytest.approx(round(55 / 25.4 * 100), abs=2)
    assert f"{image.width}×{image.height} px" in capsys.readouterr().out
    # The front is petrol, the back white.
    assert image.getpixel((side // 2, 5))[:3] == (0, 90, 110)
    assert image.getpixel((image.width - side // 2, image.height - 10))[:3] == (255, 255, 255)


def test_svg_has_one_page_only_and_says_so(tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["render", "visitenkarte", "--out", str(tmp_path / "karte.svg")]) == 2
    assert "2 Seiten" in capsys.readouterr().err


def test_the_judge_checks_the_back_too() -> None:
    too_long = "Fallmanagerin " * 20
    findings, _ = check_content(CARD, Content(texts={"role": too_long}), load_brand(),
                                fmt="png")
    overflow = [f for f in findings if f.code == "text.overflow"]
    assert [(f.field, f.page) for f in overflow] == [("role", 2)]
    assert not [f for f in findings if f.code == "logo.missing"]   # the logo is on the front


def test_the_field_list_names_the_backs_fields(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["fields", "visitenkarte"]) == 0
    listed = capsys.readouterr().out
    for fid in ("office", "name", "role", "phone", "email", "address", "link"):
        assert fid in listed


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_a_staff_list_gives_one_card_per_person(tmp_path: Path) -> None:
    staff = tmp_path / "mitarbeitende.csv"
    people = [("Sandra Meier", "Fallmanagerin", "Telefon 05931 44-1201"),
              ("Jonas Özdemir", "Arbeitgeberservice", "Telefon 05931 44-1318")]
    with staff.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, delimiter=";")
        writer.writerow(["Name", "Funktion", "Telefon"])
        writer.writerows(people)
    out = tmp_path / "karten"
    assert main(["batch", str(staff), "--template", "visitenkarte", "--preset", "druckerei",
                 "--out", str(out)]) == 0
    pdfs = sorted(out.glob("*.pdf"))
    assert len(pdfs) == 2
    backs = {_pdftotext(p, 2) for p in pdfs}
    for name, role, phone in people:
        assert any(name in b and role in b and phone in b for b in backs)


def test_the_accessible_pdf_tags_both_sides(tmp_path: Path) -> None:
    pdf = tmp_path / "karte.pdf"
    assert main(["render", "visitenkarte", "--preset", "web-barrierefrei",
                 "--set", "name=Sandra Meier", "--out", str(pdf)]) == 0
    with pikepdf.open(pdf) as doc:
        document = doc.Root.StructTreeRoot.K[0]
        kinds = [str(k.S) for k in document.K]
        assert "/Figure" in kinds                                 # the logo (front) …
        assert "/P" in kinds                                      # … the texts (back)
        parents = doc.Root.StructTreeRoot.ParentTree.Nums
        keys = [int(k) for k in parents[0::2]]
        assert len(keys) == len(set(keys))                       # one number tree, no clash
        pages = [int(p.StructParents) for p in doc.pages]
        assert pages[0] != pages[1]
        assert set(pages) <= set(keys)
        names = [k for k in document.K if k.S == "/P" and k.Pg == doc.pages[1].obj]
        assert names                                              # the back's texts point to it
