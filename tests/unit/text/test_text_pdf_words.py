"""Hyphens the layout inserts are not text: a rendered flyer whose body hyphenates gives
whole words in ``pdftotext`` (every mode) and ordinary spaces where words are glued."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pikepdf
import pytest

from assetkit.text import Box, TextStyle, layout_text
from assetkit.text.pdf_layer import _word_spans

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                   reason="pdftotext (poppler-utils) not installed")

LONG_WORDS = ("Unterstützungsangebote", "Qualifizierungsmaßnahmen",
              "Berufsorientierungsveranstaltungen", "Integrationsfachdienste",
              "Arbeitsvermittlerinnen", "Langzeitarbeitslose", "Existenzgründungsförderung",
              "Weiterbildungsfinanzierung", "Kinderbetreuungsmöglichkeiten", "Unterstützung",
              "Wohnungssuche")
BODY = (f"{LONG_WORDS[0]} für Arbeitsuchende, {LONG_WORDS[1]}, {LONG_WORDS[2]} und "
        f"{LONG_WORDS[3]}: Die {LONG_WORDS[4]} beraten {LONG_WORDS[5]} zur {LONG_WORDS[6]}, "
        f"{LONG_WORDS[7]} und {LONG_WORDS[8]}. {LONG_WORDS[9]} gibt es ab 16 Uhr bei der "
        f"{LONG_WORDS[10]}.")


@pytest.fixture(scope="module")
def flyer(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("flyer")
    out = folder / "flyer.pdf"
    env = {**os.environ, "ASSETKIT_USER_DIR": str(folder / "user")}
    subprocess.run([sys.executable, "-m", "assetkit", "render", "flyer-a4-veranstaltung",
                    "--out", str(out), "--set", f"body={BODY}"],
                   check=True, capture_output=True, env=env, timeout=300)
    return out


def _pdftotext(pdf: Path, *args: str) -> str:
    return subprocess.run(["pdftotext", *args, str(pdf), "-"], capture_output=True,
                          text=True, check=True, timeout=60).stdout


def test_the_body_is_hyphenated(flyer: Path) -> None:
    with pikepdf.open(flyer) as pdf:
        assert any(b"/ActualText" in obj.read_bytes() for obj in pdf.objects
                   if isinstance(obj, pikepdf.Stream))


def test_a_word_over_three_lines_is_one_actual_text(regular: Path) -> None:
    layout = layout_text("Die Existenzgründungsförderung hilft", TextStyle(regular, 10),
                         Box(0, 0, 40, 1000))
    lines = [line.text for line in layout.lines]
    assert sum(line.hyphenated for line in layout.lines) >= 2, lines
    spans = _word_spans(layout.lines)
    actual = [text for line_spans in spans for _, _, text in line_spans]
    assert actual[0] == "Existenzgründungsförderung"
    assert all(text == "" for text in actual[1:])
    # Every glyph of the word is inside a span: the first part, the middle, the last part.
    covered = [line.text[a:b] for line, line_spans in zip(layout.lines, spans, strict=True)
               for a, b, _ in line_spans]
    assert "".join(covered).replace("-", "") == "Existenzgründungsförderung"


@needs_poppler
@pytest.mark.parametrize("mode", [(), ("-raw",), ("-layout",)])
def test_pdftotext_gives_whole_words(flyer: Path, mode: tuple[str, ...]) -> None:
    text = _pdftotext(flyer, *mode)
    words = text.split()
    for word in LONG_WORDS:
        assert any(w.strip(",.:") == word for w in words), (word, text)
    body_lines = [line.strip() for line in text.splitlines() if any(w in line for w in LONG_WORDS)]
    assert not any(line.endswith("-") for line in body_lines), body_lines
    assert "16 Uhr" in text


@needs_poppler
def test_body_reads_back_as_typed(flyer: Path) -> None:
    text = " ".join(_pdftotext(flyer, "-raw").split())
    assert BODY in text


@pytest.mark.parametrize(("text", "whole", "width"), [
    ("Besuchen Sie www.kreis-vg.example/jobcenter-vorpommern-greifswald",
     "www.kreis-vg.example/jobcenter-vorpommern-greifswald", 200),
    ("Landkreis Vorpommern-Greifswald", "Vorpommern-Greifswald", 120),
])
def test_a_word_broken_without_a_hyphen_is_one_actual_text(regular: Path, text: str,
                                                           whole: str, width: int) -> None:
    """A web address broken after „/“ and a name broken at its own hyphen copy out whole."""
    layout = layout_text(text, TextStyle(regular, 10, hyphenate=False), Box(0, 0, width, 1000))
    assert any(line.joined for line in layout.lines), [line.text for line in layout.lines]
    spans = _word_spans(layout.lines)
    actual = [t for line_spans in spans for _, _, t in line_spans]
    assert actual[0] == whole
    assert all(t == "" for t in actual[1:])
