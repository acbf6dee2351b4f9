"""Positioning, alignment, fitting, overflow, missing glyphs and bounds on work."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from assetkit.text import Box, FitSpec, TextStyle, layout_text, load_font

BODY = (
    "Die 104 Kommunalen Jobcenter betreuen rund 1,5 Mio. Menschen und vermitteln jedes Jahr "
    "250.000 Menschen in Arbeit. Beim Unternehmerfrühstück treffen sich Arbeitgeberinnen und "
    "Arbeitgeber aus der Region, um über Arbeitsmarktpolitik und „Erfolgsgeschichten“ zu "
    "sprechen – vor Ort und auf Augenhöhe. "
)


@pytest.mark.parametrize("align", ["left", "center", "right"])
def test_alignment(regular: Path, align: str) -> None:
    box = Box(10, 20, 100, 80)
    layout = layout_text("Stark.\nSozial und vor Ort.", TextStyle(regular, 8, align=align), box)
    for line in layout.lines:
        expected = {"left": box.x, "center": box.x + (box.width - line.width) / 2,
                    "right": box.right - line.width}[align]
        assert line.x == pytest.approx(expected)
        assert line.glyphs[0].x == pytest.approx(line.x)


def test_first_baseline_and_line_height(regular: Path) -> None:
    font = load_font(regular)
    layout = layout_text("Eins\nZwei", TextStyle(regular, 10, line_height=1.5), Box(0, 5, 100, 80))
    assert layout.lines[0].baseline == pytest.approx(5 + font.top * 10 / font.upem)
    assert layout.lines[1].baseline - layout.lines[0].baseline == pytest.approx(15)
    cap = layout_text("Eins", TextStyle(regular, 10, first_baseline="cap_height"),
                      Box(0, 5, 100, 80))
    assert cap.lines[0].baseline == pytest.approx(5 + font.cap_height * 10 / font.upem)


@pytest.mark.parametrize("valign", ["top", "middle", "bottom"])
def test_vertical_alignment_keeps_ink_inside(regular: Path, valign: str) -> None:
    box = Box(0, 0, 100, 100)
    layout = layout_text("Tag der offenen Tür\nÜberall gut", TextStyle(regular, 10, valign=valign),
                         box)
    ink = layout.ink_bounds
    assert ink.y >= box.y
    assert ink.bottom <= box.bottom
    top_gap, bottom_gap = ink.y - box.y, box.bottom - ink.bottom
    if valign == "top":
        assert top_gap < 3
    elif valign == "bottom":
        assert bottom_gap < 4
    else:
        assert abs(top_gap - bottom_gap) < 3


def test_fit_picks_larger_size_for_short_text(regular: Path) -> None:
    style = TextStyle(regular, 10)
    box = Box(0, 0, 150, 60)
    fit = FitSpec(4, 40)
    short = layout_text("Stark.", style, box, fit)
    long = layout_text(BODY, style, box, fit)
    assert short.size > long.size
    assert not short.overflow
    assert not long.overflow
    # Largest: one step up no longer fits.
    bigger = layout_text(BODY, TextStyle(regular, long.size + 0.05), box)
    assert bigger.overflow


def test_fit_respects_max_lines(regular: Path) -> None:
    box = Box(0, 0, 150, 200)
    layout = layout_text(BODY, TextStyle(regular, 10), box, FitSpec(2, 30, max_lines=3))
    assert len(layout.lines) <= 3
    assert not layout.overflow
    assert layout.size < 10


def test_fit_step_quantises_the_size(regular: Path) -> None:
    layout = layout_text(BODY, TextStyle(regular, 10), Box(0, 0, 150, 60),
                         FitSpec(4, 20, step=0.5))
    assert (layout.size - 4) % 0.5 == pytest.approx(0) or layout.size == 20


def test_overflow_keeps_fitting_lines_and_reports_hidden_text(regular: Path) -> None:
    text = BODY * 5
    layout = layout_text(text, TextStyle(regular, 10), Box(0, 0, 100, 40),
                         FitSpec(8, 12, max_lines=3))
    assert layout.overflow
    assert layout.size == 8
    assert 1 <= len(layout.lines) <= 3
    assert layout.hidden_text
    assert text.rstrip().endswith(layout.hidden_text.rstrip())
    shown = "".join(line.text.rstrip("-") for line in layout.lines).replace(" ", "")
    assert (shown + layout.hidden_text.replace(" ", "")) == text.replace(" ", "").rstrip()


def test_no_overflow_without_fit_reports_hidden(regular: Path) -> None:
    layout = layout_text("Eins\nZwei\nDrei", TextStyle(regular, 10), Box(0, 0, 100, 20))
    assert [line.text for line in layout.lines] == ["Eins"]
    assert layout.overflow
    assert layout.hidden_text == "Zwei\nDrei"


def test_avoid_hyphenation_prefers_a_smaller_unbroken_headline(display: Path) -> None:
    text = "Unternehmerfrühstück im Jobcenter"
    box = Box(0, 0, 120, 60)
    plain = layout_text(text, TextStyle(display, 10), box, FitSpec(5, 40, max_lines=3))
    careful = layout_text(text, TextStyle(display, 10), box,
                          FitSpec(5, 40, max_lines=3, avoid_hyphenation=True))
    assert plain.hyphenations > 0
    assert careful.hyphenations == 0
    assert careful.size < plain.size


def test_missing_glyphs_are_dropped_and_reported(regular: Path) -> None:
    text = "Hallo 😀 Welt مرحبا שלום"
    layout = layout_text(text, TextStyle(regular, 10), Box(0, 0, 300, 50))
    assert "😀" in layout.missing_chars
    assert {"م", "ש"} <= layout.missing_chars
    assert layout.lines[0].text == "Hallo Welt"
    assert all(g.gid != 0 for line in layout.lines for g in line.glyphs)


def test_right_to_left_only_text_does_not_crash(regular: Path) -> None:
    layout = layout_text("שלום עולם", TextStyle(regular, 10), Box(0, 0, 100, 50),
                         FitSpec(5, 20))
    assert layout.missing_chars == frozenset("שלוםעולם")
    assert not layout.overflow


def test_empty_text(regular: Path) -> None:
    layout = layout_text("   \n ", TextStyle(regular, 10), Box(3, 4, 100, 50), FitSpec(5, 20))
    assert layout.lines == ()
    assert not layout.overflow
    assert layout.ink_bounds == Box(3, 4, 0, 0)


def test_ten_thousand_characters_with_fit(regular: Path) -> None:
    text = (BODY * 60)[:10_000]
    start = time.perf_counter()
    layout = layout_text(text, TextStyle(regular, 3), Box(0, 0, 180, 270),
                         FitSpec(1.5, 6, max_lines=200))
    elapsed = time.perf_counter() - start
    print(f"10,000 characters with fit: {elapsed * 1000:.0f} ms, size {layout.size:.2f}, "
          f"{len(layout.lines)} lines")
    assert layout.lines


def test_two_hundred_letter_word_with_fit(regular: Path) -> None:
    word = "Arbeitsmarktpolitik" * 10 + "Jobcenter" + "x" * 1
    word = word[:200]
    start = time.perf_counter()
    layout = layout_text(word, TextStyle(regular, 10), Box(0, 0, 80, 120), FitSpec(4, 30))
    elapsed = time.perf_counter() - start
    print(f"200-letter word with fit: {elapsed * 1000:.0f} ms, size {layout.size:.2f}, "
          f"{len(layout.lines)} lines, forced {layout.forced_breaks}")
    assert layout.lines
    assert all(line.width <= 80 + 1e-6 for line in layout.lines)


def test_invalid_values_are_rejected(regular: Path) -> None:
    with pytest.raises(ValueError, match="size"):
        TextStyle(regular, 0)
    with pytest.raises(ValueError, match="min_size"):
        FitSpec(10, 5)
    with pytest.raises(ValueError, match="finite"):
        Box(0, 0, float("nan"), 10)


def test_box_too_low_for_one_line_hides_everything(regular: Path) -> None:
    layout = layout_text("Hallo Welt", TextStyle(regular, 10), Box(0, 0, 100, 5), FitSpec(8, 12))
    assert layout.lines == ()
    assert layout.overflow
    assert layout.hidden_text == "Hallo Welt"


def test_an_opening_quotation_mark_hangs_in_the_margin(regular: Path) -> None:
    """Optical alignment: the letters of a quotation stand flush with the lines below, the
    mark „ hangs left of the box (by its own width)."""
    text = "„Ich habe es geschafft“, sagt sie und lacht dabei sehr viel"
    layout = layout_text(text, TextStyle(regular, 10), Box(20, 0, 120, 1000))
    first, second = layout.lines[0], layout.lines[1]
    assert first.text.startswith("„")
    assert first.x < 20 < first.x + 6           # the mark sits left of the box edge …
    assert first.glyphs[1].x == pytest.approx(second.x, abs=1e-6)   # … the letters align
    centred = layout_text(text, TextStyle(regular, 10, align="center"), Box(20, 0, 120, 1000))
    assert all(line.x >= 20 for line in centred.lines)      # only left-aligned text hangs
