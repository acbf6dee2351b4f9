"""The programme of the A5 flyer's back, the A6 card's back and the roll-fold leaflet's inside is
set like a typesetter sets a programme (``hang = "time"``): the times hang, the items line up in
one column, a wrapped item continues under its text — within its box, as the judge sees it,
and readable line by line in the PDF (plain and tagged); a little space (``paragraph_space``)
stands between the items, none between the lines of one."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from assetkit.brand import load_brand
from assetkit.cli.main import main
from assetkit.compose import Content
from assetkit.compose.pages import compose_pages
from assetkit.errors import ManifestError
from assetkit.office import load_office
from assetkit.preflight.judge import check_content, check_options, errors
from assetkit.templates import load_catalogue
from assetkit.templates.loader import load_template
from assetkit.text import LaidLine

CATALOGUE = load_catalogue()
BRAND = load_brand()
OFFICE = Path(__file__).resolve().parents[2] / "data" / "real_content" / "ortenaukreis.toml"
LONG = ["9:00 Uhr Ankommen, Kaffee und Anmeldung am Empfang im Foyer",
        "9:30 Uhr Begrüßung durch die Landrätin und die Leitung des Jobcenters",
        "10–12 Uhr Führungen durch das Jobcenter – alle 30 Minuten",
        "ab 14 Uhr Beratung zu Ausbildung, Umschulung und Beruf für alle Interessierten",
        "16:00 Uhr Ende"]
SHORT = ["9:00 Uhr Ankommen und Frühstück",           # the A6 card has five lines
         "9:30 Uhr Begrüßung durch die Landrätin und die Leitung des Jobcenters",
         "10–12 Uhr Führungen – alle 30 Minuten",
         "16:00 Uhr Ende"]
PROGRAMMES = {"flyer-a5-veranstaltung": LONG, "einladung-a6-veranstaltung": SHORT,
              "dinlang-wickelfalz-veranstaltung": LONG}

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                   reason="poppler-utils not installed")


def _item_x(line: LaidLine) -> float:
    return next(g.x for g in line.glyphs if g.cluster > line.label)


@pytest.mark.parametrize("tid", PROGRAMMES)
def test_a_wrapped_item_continues_under_its_text_and_still_fits(tid: str) -> None:
    template = CATALOGUE.get(tid)
    office = load_office(OFFICE)
    content = Content(texts={"programme": "\n".join(PROGRAMMES[tid])})
    findings, _ = check_content(template, content, BRAND, office)
    assert errors(findings) == []                 # the judge: it fits, nothing cut
    pages = compose_pages(template, content, BRAND, office, check_options(template))
    (layout,) = [p.text_layouts["programme"] for p in pages if "programme" in p.text_layouts]
    assert not layout.overflow
    box = layout.box
    firsts = [line for line in layout.lines if line.label]
    assert len(firsts) == len(PROGRAMMES[tid])
    column = _item_x(firsts[0])
    assert all(_item_x(line) == pytest.approx(column) for line in firsts)    # one column
    continued = [line for line in layout.lines if not line.label]
    assert continued                                   # at least one item wraps
    assert all(line.x == pytest.approx(column) for line in continued)        # under the text
    assert all(line.x == pytest.approx(box.x) for line in firsts)            # time at the margin
    assert all(line.x + line.width <= box.right + 1e-6 for line in layout.lines)


@pytest.mark.parametrize("tid", PROGRAMMES)
def test_the_programme_fields_hang_their_times(tid: str) -> None:
    (field,) = [f for side in CATALOGUE.get(tid).pages() for f in side.text_fields
                if f.id == "programme"]
    assert field.hang == "time"
    assert field.align == "left"
    assert 0.3 <= field.paragraph_space <= 0.5        # a third to half a line between items


@pytest.mark.parametrize("tid", PROGRAMMES)
def test_space_between_items_not_inside_them(tid: str) -> None:
    """Items that wrap read as items: from the last line of one to the first of the next the
    baseline drops a line and the field's paragraph space, inside an item one line — with
    the office's real contact block on the page, the space whole and nothing cut."""
    (field,) = [f for side in CATALOGUE.get(tid).pages() for f in side.text_fields
                if f.id == "programme"]
    template = CATALOGUE.get(tid)
    content = Content(texts={"programme": "\n".join(PROGRAMMES[tid])})
    pages = compose_pages(template, content, BRAND, load_office(OFFICE), check_options(template))
    (layout,) = [p.text_layouts["programme"] for p in pages if "programme" in p.text_layouts]
    assert not layout.overflow
    assert layout.paragraph_space == field.paragraph_space
    lead = layout.size * field.line_height
    items: list[list[LaidLine]] = []
    for line in layout.lines:
        if line.label:
            items.append([])
        items[-1].append(line)
    assert len(items) == len(PROGRAMMES[tid])
    assert any(len(item) > 1 for item in items)
    for item in items:
        for above, below in zip(item, item[1:], strict=False):
            assert below.baseline - above.baseline == pytest.approx(lead)
    for item, after in zip(items, items[1:], strict=False):
        assert after[0].baseline - item[-1].baseline == pytest.approx(
            lead * (1 + field.paragraph_space))


@needs_poppler
@pytest.mark.parametrize("preset", ["druckerei", "web-barrierefrei"])
def test_the_pdf_reads_each_programme_line_whole(preset: str, tmp_path: Path) -> None:
    pdf = tmp_path / "a5.pdf"
    assert main(["render", "flyer-a5-veranstaltung", "--office", str(OFFICE), "--preset", preset,
                 "--set", "programme=" + "\\n".join(LONG), "--out", str(pdf)]) == 0
    shown = subprocess.run(["pdftotext", "-f", "2", "-l", "2", str(pdf), "-"],
                           capture_output=True, text=True, check=True, timeout=60).stdout
    read = " ".join(shown.split())
    assert " ".join(LONG) in read, shown          # time before item, line after line
    if preset == "web-barrierefrei":
        # What a screen reader gets: the programme paragraph in the structure tree, whole.
        tagged = subprocess.run(["pdfinfo", "-struct-text", str(pdf)], capture_output=True,
                                text=True, check=True, timeout=60).stdout
        assert " ".join(LONG) in " ".join(tagged.replace('"', " ").split())


@pytest.mark.parametrize(("value", "problem"), [
    ("-0.2", "zwischen 0 und 2"),
    ("3", "nicht 3"),
    ('"eine halbe Zeile"', "Zahl"),
])
def test_a_bad_paragraph_space_is_refused_in_german(tmp_path: Path, value: str,
                                                   problem: str) -> None:
    folder = tmp_path / "probe"
    shutil.copytree(CATALOGUE.get("flyer-a5-veranstaltung").folder, folder)
    manifest = folder / "rueckseite.toml"
    text = manifest.read_text("utf-8")
    assert text.count("paragraph_space = 0.4") == 1
    manifest.write_text(text.replace("paragraph_space = 0.4", f"paragraph_space = {value}"),
                        "utf-8")
    with pytest.raises(ManifestError) as caught:
        load_template(folder, "rueckseite.toml")
    assert caught.value.key == "text.programme.paragraph_space"
    assert problem in caught.value.problem


@pytest.mark.parametrize(("line", "problem"), [
    ('hang = "zeit"', "time-own"),
    ('hang = "time"\nalign = "center"', 'align = "left"'),
])
def test_a_bad_hang_is_refused_in_german(tmp_path: Path, line: str, problem: str) -> None:
    folder = tmp_path / "probe"
    shutil.copytree(CATALOGUE.get("flyer-a5-veranstaltung").folder, folder)
    manifest = folder / "rueckseite.toml"
    text = manifest.read_text("utf-8")
    manifest.write_text(text.replace('hang = "time"', line, 1), "utf-8")
    with pytest.raises(ManifestError, match="hang") as caught:
        load_template(folder, "rueckseite.toml")
    assert problem in caught.value.problem
    assert "text.programme.hang" in str(caught.value)
