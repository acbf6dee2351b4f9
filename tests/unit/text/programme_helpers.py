"""Helpers for the programme tests (hanging times, space between items): a programme whose
items wrap, its lines grouped by item, and what pdftotext reads of it."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import cairosvg
import pikepdf

from assetkit.text import LaidLine, TextLayout
from assetkit.text.pdf_layer import PdfText, set_text
from assetkit.text.svg import marker_color, marker_to_svg

PROGRAMME = [
    "9:00 Uhr Ankommen, Kaffee und Anmeldung am Empfang im Foyer",
    "9:30 Uhr Begrüßung durch die Landrätin und die Leitung des Jobcenters",
    "10–12 Uhr Führungen durch das Jobcenter – alle 30 Minuten",
    "ab 14 Uhr Beratung zu Ausbildung, Umschulung und Beruf für alle Interessierten",
    "16:00 Uhr Ende",
]


def item_lines(layout: TextLayout) -> list[list[LaidLine]]:
    """The layout's lines grouped by item: a new item starts with a line that has a label."""
    grouped: list[list[LaidLine]] = []
    for line in layout.lines:
        if line.label or not grouped:
            grouped.append([])
        grouped[-1].append(line)
    return grouped


def pdftotext_reads(layout: TextLayout, folder: Path) -> dict[str, str]:
    """The layout as real text in a PDF (the text layer of every export), and what pdftotext
    reads of it in its default, ``-raw`` and ``-layout`` modes, whitespace collapsed."""
    svg = ('<svg xmlns="http://www.w3.org/2000/svg" width="210mm" height="297mm" '
           f'viewBox="0 0 210 297">{marker_to_svg(layout, marker_color(0))}</svg>')
    pdf_path = folder / "programme.pdf"
    with pikepdf.open(io.BytesIO(cairosvg.svg2pdf(bytestring=svg.encode()))) as pdf:
        assert set_text(pdf, pdf.pages[0], [PdfText("programme", layout, "#1D1D1B",
                                                    marker_color(0))]) == []
        pdf.save(pdf_path)
    read = {}
    for mode in ("", "-raw", "-layout"):
        out = subprocess.run(["pdftotext", *([mode] if mode else []), str(pdf_path), "-"],
                             capture_output=True, text=True, check=True, timeout=60).stdout
        read[mode or "default"] = " ".join(out.split())
    return read
