"""A programme with a hanging indent (``TextStyle.hang``): the times hang, each item's text —
its first line and every line it wraps to — starts in one column, the fit counts the narrower
lines, and the PDF text reads line by line, time before item."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from programme_helpers import PROGRAMME, item_lines, pdftotext_reads

from assetkit.text import Box, FitSpec, LaidLine, TextStyle, layout_text
from assetkit.text.labels import leading_label
from assetkit.text.model import Hang

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                   reason="pdftotext (poppler-utils) not installed")

BOX = Box(10, 20, 90, 120)


def _style(font: Path, hang: Hang = "time", size: float = 4.0) -> TextStyle:
    return TextStyle(font, size, line_height=1.4, hyphenate=False, hang=hang)


def _item_x(line: LaidLine) -> float:
    """Where the item text starts on a line that opens with its label."""
    return next(g.x for g in line.glyphs if g.cluster > line.label)


def test_a_wrapped_item_continues_under_its_text_not_under_its_time(regular: Path) -> None:
    layout = layout_text("\n".join(PROGRAMME), _style(regular), BOX)
    items = item_lines(layout)
    assert len(items) == len(PROGRAMME)
    wrapped = [item for item in items if len(item) > 1]
    assert len(wrapped) >= 3, [line.text for line in layout.lines]
    for first, *rest in items:
        assert first.x == pytest.approx(BOX.x)                 # the time stays at the margin
        for line in rest:
            assert line.x == pytest.approx(_item_x(first))     # under the item, not the time
    # "time": one column for all items, after the widest label, like a table.
    columns = {round(_item_x(first), 6) for first, *_ in items}
    assert len(columns) == 1
    widest = max(g.x for first, *_ in items for g in first.glyphs if g.cluster < first.label)
    assert columns.pop() > widest


def test_time_own_hangs_each_item_after_its_own_time(regular: Path) -> None:
    layout = layout_text("\n".join(PROGRAMME), _style(regular, "time-own"), BOX)
    items = item_lines(layout)
    for first, *rest in items:
        for line in rest:
            assert line.x == pytest.approx(_item_x(first))
    assert len({round(_item_x(first), 6) for first, *_ in items}) > 1


@pytest.mark.parametrize(("line", "label"), [
    ("10:00 Uhr Führungen durch das Jobcenter – alle 30 Minuten", "10:00 Uhr"),
    ("10–12 Uhr Führungen durch das Jobcenter – alle 30 Minuten", "10–12 Uhr"),
    ("ab 14 Uhr Beratung zu Ausbildung, Umschulung und Beruf", "ab 14 Uhr"),
    ("9:30 Begrüßung durch die Landrätin und die Leitung des Hauses", "9:30"),
    ("10:00\tBegrüßung durch die Landrätin und die Leitung des Hauses", "10:00"),
    ("Vormittag\tWorkshops zu Bewerbung, Ausbildung und Umschulung", "Vormittag"),
])
def test_the_label_stays_whole_and_the_text_hangs(regular: Path, line: str, label: str) -> None:
    # So narrow that the time would break from its „Uhr“ if it could.
    layout = layout_text(line, _style(regular), Box(0, 0, 52, 100))
    first, *rest = layout.lines
    assert first.text.startswith(label + " ")
    assert first.label == len(label)
    assert rest
    assert all(r.x == pytest.approx(_item_x(first)) for r in rest)


def test_the_fit_counts_the_indent(regular: Path) -> None:
    """Auto-fit with a line limit: the hanging lines are narrower, so the size that fits is
    smaller than without the indent, and every line ends inside the box."""
    fit = FitSpec(2.5, 6, max_lines=9)
    text = "\n".join(PROGRAMME)
    hung = layout_text(text, _style(regular), BOX, fit)
    plain = layout_text(text, _style(regular, "none"), BOX, fit)
    assert not hung.overflow
    assert not plain.overflow
    assert hung.size < plain.size
    assert len(hung.lines) <= 9
    assert all(line.x + line.width <= BOX.right + 1e-6 for line in hung.lines)
    assert BOX.x - 1e-6 <= hung.ink_bounds.x
    assert hung.ink_bounds.right <= BOX.right + 1e-6
    # One step larger it no longer fits: the fit is tight, measured with the indent.
    bigger = layout_text(text, _style(regular, size=hung.size + 0.05), BOX, FitSpec(
        hung.size + 0.05, hung.size + 0.05, max_lines=9))
    assert bigger.overflow


def test_lines_without_a_time_and_very_wide_labels_are_set_as_usual(regular: Path) -> None:
    text = ("Anschließend gibt es Gespräche an den Ständen der Beratungsteams im Haus\n"
            "Vormittags und nachmittags durchgehend\tFührungen durch das Haus für alle")
    layout = layout_text(text, _style(regular), Box(0, 0, 60, 100))
    assert len(layout.lines) > 2
    assert all(line.label == 0 and line.x == pytest.approx(0) for line in layout.lines)


def test_hang_is_for_left_aligned_text(regular: Path) -> None:
    with pytest.raises(ValueError, match="align"):
        TextStyle(regular, 4, align="center", hang="time")
    with pytest.raises(ValueError, match="hang"):
        TextStyle(regular, 4, hang="uhrzeit")  # type: ignore[arg-type]  # wrong on purpose


@pytest.mark.parametrize(("paragraph", "label"), [
    ("10:00 Uhr Begrüßung", "10:00 Uhr"),
    ("10.30 Uhr Führungen", "10.30 Uhr"),
    ("10 bis 12 Uhr Messe", "10 bis 12 Uhr"),
    ("9:30 – 10:00 Uhr Kaffee", "9:30 – 10:00 Uhr"),
    ("Gegen 16 Uhr Ausklang", "Gegen 16 Uhr"),
    ("14 Uhr: Vortrag", "14 Uhr:"),
    ("10 Uhr · Begrüßung", "10 Uhr ·"),
    ("10:00 Uhr\tBegrüßung", "10:00 Uhr"),
    ("10 Teilnehmende pro Führung", None),      # a number without minutes or „Uhr“
    ("10:00 Uhr", None),                        # a time without an item
    ("28.08.2026 Tag der offenen Tür", None),   # a date
    ("Begrüßung um 10 Uhr", None),
])
def test_leading_label(paragraph: str, label: str | None) -> None:
    end = leading_label(paragraph)
    assert (paragraph[:end] if end is not None else None) == label


@needs_poppler
@pytest.mark.parametrize("space", [0.0, 0.4])
def test_pdftotext_reads_each_item_as_one_line(regular: Path, tmp_path: Path,
                                               space: float) -> None:
    """The gutter between time and item is no column gap to text extraction, nor is the space
    between items a break in the reading order: each programme line comes out whole, time
    before item, in order, in every pdftotext mode."""
    style = TextStyle(regular, 4.0, line_height=1.4, hyphenate=False, hang="time",
                      paragraph_space=space)
    layout = layout_text("\n".join(PROGRAMME), style, BOX)
    assert len(layout.lines) > len(PROGRAMME)                   # items wrap
    for mode, read in pdftotext_reads(layout, tmp_path).items():
        assert " ".join(" ".join(PROGRAMME).split()) in read, (mode, read)
