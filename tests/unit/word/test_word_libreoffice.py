"""Open the generated files in LibreOffice Writer (headless) and check the printed PDF.

Skipped where LibreOffice is not installed (Debian: libreoffice-writer-nogui).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from docx_samples import sample_form

from assetkit.office import sample_office
from assetkit.word import build_template, stamp_docx

SOFFICE = shutil.which("soffice")
pytestmark = pytest.mark.skipif(SOFFICE is None or shutil.which("pdftotext") is None,
                                reason="LibreOffice (soffice) oder poppler fehlt")
PT_PER_MM = 72 / 25.4


def _to_pdf(docx: Path) -> Path:
    profile = docx.parent / "lo-profile"
    subprocess.run([SOFFICE, f"-env:UserInstallation={profile.as_uri()}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(docx.parent), str(docx)],
                   check=True, capture_output=True, timeout=180)
    pdf = docx.with_suffix(".pdf")
    assert pdf.is_file()
    return pdf


def _words(pdf: Path, page: int) -> list[tuple[str, float, float]]:
    """(word, x mm, y mm) of the words on ``page``, from the top-left page corner."""
    html = subprocess.run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(pdf),
                           "-"], check=True, capture_output=True, text=True).stdout
    found = re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)</word>', html)
    return [(word, float(x) / PT_PER_MM, float(y) / PT_PER_MM) for x, y, word in found]


def _images(pdf: Path) -> list[tuple[int, int, int]]:
    """(page, width px, ppi) of every image in the PDF."""
    out = subprocess.run(["pdfimages", "-list", str(pdf)], check=True, capture_output=True,
                         text=True).stdout.splitlines()[2:]
    return [(int(c[0]), int(c[3]), int(c[12])) for c in (line.split() for line in out)
            if c[2] == "image"]


def test_letter_prints_office_block_and_logo_on_page_one(tmp_path: Path) -> None:
    office = sample_office()
    docx = tmp_path / "Brief.docx"
    docx.write_bytes(build_template(office, "letter").data)
    pdf = _to_pdf(docx)
    words = _words(pdf, 1)
    text = " ".join(w for w, _x, _y in words)
    assert office.phone in text
    assert office.email in text
    assert "Kommunales Jobcenter Landkreis Musterkreis" in text
    assert "Stark. Sozial. Vor Ort." in text
    # DIN 5008 form B: writing line 25 mm, address zone in 62.7–90 mm, info block from 125 mm
    # and 50 mm down.
    x, y = next((x, y) for w, x, y in words if w == "[Frau/Herrn]")
    assert x == pytest.approx(25, abs=1)
    assert 62 <= y <= 90
    x, y = next((x, y) for w, x, y in words if w == "Ansprechpartner/in:")
    assert x == pytest.approx(125, abs=1)
    assert 50 <= y <= 90
    # LibreOffice's PDF export downsamples to 300 ppi; the 60 mm logo must arrive at that.
    logos = [img for img in _images(pdf) if img[0] == 1 and img[1] > 600 and img[2] >= 290]
    assert logos, "kein Logo in Druckauflösung auf Seite 1"


def test_stamped_form_prints_logo_on_every_page(tmp_path: Path) -> None:
    form = sample_form(tmp_path / "Antrag.docx")
    out = tmp_path / "Antrag_kampagne.docx"
    stamp_docx(form, out, position="top-right", pages="all", variant="color", size_mm=None)
    pdf = _to_pdf(out)
    pages = {page for page, w, ppi in _images(pdf) if w > 400 and ppi >= 290}
    assert pages == {1, 2}
    assert "Antrag auf Weiterbewilligung" in " ".join(w for w, _x, _y in _words(pdf, 1))
