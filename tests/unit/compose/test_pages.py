"""Letters longer than one page go on on DIN 5008 follow-on pages (PDF), never cut."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pikepdf
import pytest

from assetkit.brand import load_brand
from assetkit.cli.main import main
from assetkit.compose import Content
from assetkit.compose.pages import compose_pages
from assetkit.export.formats import ExportRequest, export
from assetkit.templates import find_template
from assetkit.templates.model import MM_PER_PT

PARAGRAPH = ("Die Kommunalen Jobcenter sorgen bundesweit für rund 1,5 Millionen Menschen, die "
             "Unterstützung auf ihrem Weg in Arbeit und Ausbildung benötigen. Sie integrieren pro "
             "Jahr mehr als 250.000 Menschen in nachhaltige Jobs.")
LONG = "Sehr geehrte Damen und Herren,\n\n" + "\n\n".join([PARAGRAPH] * 14) + \
    "\n\nMit freundlichen Grüßen\n\nErika Schlusssatz"
LETTER = find_template("briefbogen-a4")


def test_a_long_letter_continues_on_numbered_follow_on_pages_in_11_pt() -> None:
    pages = compose_pages(LETTER, Content(texts={"body": LONG, "date": "27. August 2026"}),
                          load_brand())
    assert len(pages) >= 2
    assert pages[1].template.id == "briefbogen-a4-folgeseite"
    assert pages[-1].texts["page_number"] == f"Seite {len(pages)} von {len(pages)}"
    assert "27. August 2026" in pages[1].texts["running_head"]
    for page in pages:
        assert page.text_layouts["body"].size == pytest.approx(11 * MM_PER_PT)
        assert not any(n.code == "text.overflow" for n in page.notes)
    # Every line of the letter is on some page, in order: nothing lost, nothing twice.
    shown = "".join("".join(p.text_layouts["body"].text.split()) for p in pages)
    assert shown.replace("-", "") == "".join(LONG.split()).replace("-", "")


def test_a_short_letter_is_one_page() -> None:
    pages = compose_pages(LETTER, Content(texts={"body": PARAGRAPH}), load_brand())
    assert len(pages) == 1


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_the_pdf_has_every_page_and_the_whole_text(tmp_path: Path) -> None:
    data, _ = export(LETTER, Content(texts={"body": LONG}), load_brand(), None,
                     ExportRequest("pdf"))
    with pikepdf.open(io.BytesIO(data)) as pdf:
        count = len(pdf.pages)
    assert count >= 2
    path = tmp_path / "brief.pdf"
    path.write_bytes(data)
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert f"Seite 2 von {count}" in text
    assert "Erika Schlusssatz" in text


def test_one_page_formats_refuse_a_letter_that_runs_over(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["briefbogen-a4", "--set", f"body={LONG}"]
    assert main(["check", *args]) == 0                    # checked as the PDF it becomes
    assert main(["render", *args, "--out", str(tmp_path / "b.pdf")]) == 0
    assert main(["render", *args, "--out", str(tmp_path / "b.png")]) == 2
    assert "passt nicht" in capsys.readouterr().err
    assert not (tmp_path / "b.png").exists()
