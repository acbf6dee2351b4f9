"""Space between paragraphs (``TextStyle.paragraph_space``): after a typed line break the next
line stands that many lines lower, after an automatic wrap it does not; fitting, vertical
alignment and overflow count the space, and the PDF text still reads each item whole, in
order."""

from __future__ import annotations

import math
import shutil
from pathlib import Path

import pytest
from programme_helpers import PROGRAMME, item_lines, pdftotext_reads

from assetkit.text import Box, FitSpec, TextStyle, layout_text, load_font

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                   reason="pdftotext (poppler-utils) not installed")

TEXT = "\n".join(PROGRAMME)
BOX = Box(10, 20, 90, 120)
SPACE = 0.4


def _style(font: Path, space: float = SPACE, size: float = 4.0) -> TextStyle:
    return TextStyle(font, size, line_height=1.4, hyphenate=False, hang="time",
                     paragraph_space=space)


def _depth(font: Path, size: float) -> float:
    f = load_font(font)
    return -f.descender * size / f.upem


def test_the_space_comes_after_a_typed_break_not_after_a_wrap(regular: Path) -> None:
    layout = layout_text(TEXT, _style(regular), BOX)
    lead = 4.0 * 1.4
    items = item_lines(layout)
    assert len(items) == len(PROGRAMME)
    assert sum(len(item) > 1 for item in items) >= 2, layout.text      # items that wrap
    for item in items:                  # inside an item: the normal line distance
        for above, below in zip(item, item[1:], strict=False):
            assert below.baseline - above.baseline == pytest.approx(lead)
    for item, after in zip(items, items[1:], strict=False):   # between items: the space more
        assert after[0].baseline - item[-1].baseline == pytest.approx(lead * (1 + SPACE))
    assert layout.paragraph_space == SPACE


def test_no_space_after_the_last_paragraph_and_valign_counts_the_gaps(regular: Path) -> None:
    text = "Eins\nZwei\nDrei"
    box = Box(0, 0, 100, 60)
    lead = 10 * 1.2
    top = layout_text(text, TextStyle(regular, 10, paragraph_space=0.5), box)
    bottom = layout_text(text, TextStyle(regular, 10, paragraph_space=0.5, valign="bottom"), box)
    middle = layout_text(text, TextStyle(regular, 10, paragraph_space=0.5, valign="middle"), box)
    block = top.lines[-1].baseline - top.lines[0].baseline
    assert block == pytest.approx(2 * lead * 1.5)               # two gaps, none after „Drei“
    # Bottom: the last line's descender sits on the box's bottom edge, no space below it.
    assert bottom.lines[-1].baseline + _depth(regular, 10) == pytest.approx(box.bottom)
    assert bottom.lines[-1].baseline - bottom.lines[0].baseline == pytest.approx(block)
    # Middle: half-way between, the gaps included.
    shift = bottom.lines[0].baseline - top.lines[0].baseline
    assert middle.lines[0].baseline - top.lines[0].baseline == pytest.approx(shift / 2)


def test_without_the_key_nothing_moves(regular: Path) -> None:
    plain = layout_text(TEXT, TextStyle(regular, 4, line_height=1.4, hyphenate=False,
                                        hang="time"), BOX)
    zero = layout_text(TEXT, _style(regular, 0.0), BOX)
    assert [line.baseline for line in zero.lines] == [line.baseline for line in plain.lines]
    assert zero.paragraph_space == 0.0


def test_the_fit_counts_the_space_and_stays_in_the_box(regular: Path) -> None:
    """With the space the text sets smaller than without, tight (a step larger overflows),
    and the whole block, gaps included, stays inside the box."""
    box = Box(10, 20, 90, 45)
    fit = FitSpec(2.5, 6, max_lines=12)
    spaced = layout_text(TEXT, _style(regular), box, fit)
    plain = layout_text(TEXT, _style(regular, 0.0), box, fit)
    assert not spaced.overflow
    assert spaced.paragraph_space == SPACE                    # the type gave way, not the space
    assert spaced.size < plain.size
    assert spaced.ink_bounds.bottom <= box.bottom + 1e-6
    assert spaced.lines[-1].baseline + _depth(regular, spaced.size) <= box.bottom + 1e-6
    # A step larger the whole space no longer fits: set as it is, the text runs over; fitted
    # to that one size, the space gives way.
    larger = spaced.size + 0.05
    assert layout_text(TEXT, _style(regular, size=larger), box).overflow
    assert layout_text(TEXT, _style(regular, size=larger), box,
                       FitSpec(larger, larger, max_lines=12)).paragraph_space < SPACE


def test_max_lines_counts_lines_not_the_space(regular: Path) -> None:
    text = "Eins\nZwei\nDrei"
    fit = FitSpec(10, 10, max_lines=3)
    layout = layout_text(text, TextStyle(regular, 10, paragraph_space=1.0), Box(0, 0, 100, 80),
                         fit)
    assert not layout.overflow
    assert [line.text for line in layout.lines] == ["Eins", "Zwei", "Drei"]
    assert layout.paragraph_space == 1.0


def test_the_space_gives_way_before_the_text_overflows(regular: Path) -> None:
    """A box that holds the lines at the smallest size but not the whole space: the space
    shrinks to what is left (at the smallest size), the text is not cut; a box too small
    even without the space overflows, with no space."""
    font = load_font(regular)
    size, lead = 4.0, 4.0 * 1.4
    ink = (font.top - font.descender) * size / font.upem
    lines = len(layout_text(TEXT, _style(regular, 0.0), BOX).lines)
    gaps = len(PROGRAMME) - 1
    # Room for every line and a quarter of the space.
    height = ink + lead * (lines - 1 + gaps * SPACE / 4)
    fit = FitSpec(size, 6, max_lines=20)
    squeezed = layout_text(TEXT, _style(regular), Box(10, 20, 90, height), fit)
    assert not squeezed.overflow
    assert squeezed.size == pytest.approx(size)
    assert squeezed.paragraph_space == pytest.approx(SPACE / 4, abs=0.011)
    assert squeezed.paragraph_space <= SPACE / 4
    assert squeezed.lines[-1].baseline + _depth(regular, size) <= BOX.y + height + 1e-6
    assert len(squeezed.lines) == lines
    too_small = layout_text(TEXT, _style(regular), Box(10, 20, 90, height - lead), fit)
    assert too_small.overflow
    assert too_small.paragraph_space == 0.0


def test_hidden_text_starts_where_the_room_ends(regular: Path) -> None:
    """Without fitting, the space takes room: a box for three plain lines holds two
    paragraphs with a whole line between them, and the third is hidden."""
    font = load_font(regular)
    ink = (font.top - font.descender) * 10 / font.upem
    box = Box(0, 0, 100, ink + 2 * 12)
    layout = layout_text("Eins\nZwei\nDrei", TextStyle(regular, 10, paragraph_space=1.0), box)
    assert [line.text for line in layout.lines] == ["Eins", "Zwei"]
    assert layout.overflow
    assert layout.hidden_text == "Drei"


@pytest.mark.parametrize("space", [-0.1, math.nan, math.inf])
def test_a_bad_space_is_refused(regular: Path, space: float) -> None:
    with pytest.raises(ValueError, match="paragraph_space"):
        TextStyle(regular, 4, paragraph_space=space)


@needs_poppler
def test_pdftotext_reads_each_item_whole_and_in_order(regular: Path, tmp_path: Path) -> None:
    """The gap between items is no break in the reading order, at half a line and at a
    fitted size."""
    fitted = layout_text(TEXT, _style(regular), Box(10, 20, 90, 45), FitSpec(2.5, 6))
    for layout in (layout_text(TEXT, _style(regular, 0.5), BOX), fitted):
        for mode, read in pdftotext_reads(layout, tmp_path).items():
            assert " ".join(" ".join(PROGRAMME).split()) in read, (mode, read)
