"""Line breaking: German hyphenation, hard breaks, protected spaces and dashes, long words."""

from __future__ import annotations

from pathlib import Path

import pytest

from assetkit.text import Box, TextLayout, TextStyle, layout_text


def _joined(layout: TextLayout) -> str:
    """The lines glued back together (hyphens from hyphenation removed)."""
    out = ""
    for line in layout.lines:
        out += line.text[:-1] if line.hyphenated else line.text + " "
    return out.strip()


def _all_within(layout: TextLayout) -> bool:
    return all(line.width <= layout.box.width + 1e-6 for line in layout.lines)


@pytest.mark.parametrize(
    ("word", "allowed_parts"),
    [
        ("Arbeitsmarktpolitik", {"Ar", "beits", "markt", "po", "li", "tik"}),
        ("Unternehmerfrühstück", {"Un", "ter", "neh", "mer", "früh", "stück"}),
    ],
)
def test_long_compound_is_hyphenated_at_syllables(regular: Path, word: str,
                                                  allowed_parts: set[str]) -> None:
    style = TextStyle(regular, 10)
    layout = layout_text(word, style, Box(0, 0, 45, 200))
    assert len(layout.lines) >= 2
    assert all(line.text.endswith("-") for line in layout.lines[:-1])
    assert all(line.hyphenated for line in layout.lines[:-1])
    assert _joined(layout) == word
    assert layout.forced_breaks == 0
    assert _all_within(layout)
    # Every break falls on a syllable boundary pyphen knows.
    boundaries = set()
    pos = 0
    for part in ("Ar beits markt po li tik" if word.startswith("Arb")
                 else "Un ter neh mer früh stück").split():
        pos += len(part)
        boundaries.add(pos)
    pos = 0
    for line in layout.lines[:-1]:
        pos += len(line.text) - 1
        assert pos in boundaries


def test_hyphenation_off_moves_words_instead(regular: Path) -> None:
    text = "Das Unternehmerfrühstück im Jobcenter"
    layout = layout_text(text, TextStyle(regular, 10, hyphenate=False), Box(0, 0, 120, 200))
    assert not any(line.hyphenated for line in layout.lines)
    assert _joined(layout) == text


def test_hard_breaks(regular: Path) -> None:
    layout = layout_text("Stark.\nSozial.\n\nVor Ort.", TextStyle(regular, 10),
                         Box(0, 0, 500, 500))
    assert [line.text for line in layout.lines] == ["Stark.", "Sozial.", "", "Vor Ort."]
    leads = [b.baseline - a.baseline for a, b in zip(layout.lines, layout.lines[1:],
                                                      strict=False)]
    assert leads == pytest.approx([12.0, 12.0, 12.0])


def test_no_break_at_non_breaking_space(regular: Path) -> None:
    text = "Rund 1,5\u00a0Mio. Menschen werden betreut"
    for width in range(40, 200, 7):
        layout = layout_text(text, TextStyle(regular, 10), Box(0, 0, width, 500))
        assert not any(line.text.endswith("1,5") for line in layout.lines)


def test_spaced_dash_ends_a_line_never_starts_one(regular: Path) -> None:
    text = "Kommunale Jobcenter – Stark. Sozial. Vor Ort."
    for width in range(60, 260, 5):
        layout = layout_text(text, TextStyle(regular, 10, hyphenate=False), Box(0, 0, width, 500))
        assert not any(line.text.startswith("–") for line in layout.lines)


def test_existing_hyphen_is_a_break_without_a_second_hyphen(regular: Path) -> None:
    layout = layout_text("Jobcenter-Team", TextStyle(regular, 10, hyphenate=False),
                         Box(0, 0, 60, 500))
    assert [line.text for line in layout.lines] == ["Jobcenter-", "Team"]
    assert not layout.lines[0].hyphenated


def test_soft_hyphen_is_invisible_unless_used(regular: Path) -> None:
    text = "Job\u00adcenter"
    wide = layout_text(text, TextStyle(regular, 10), Box(0, 0, 200, 100))
    assert [line.text for line in wide.lines] == ["Jobcenter"]
    narrow = layout_text(text, TextStyle(regular, 10), Box(0, 0, 35, 100))
    assert [line.text for line in narrow.lines] == ["Job-", "center"]


def test_german_quotes_stay_with_their_word(regular: Path) -> None:
    text = "Unser Motto „Stark. Sozial. Vor Ort.“ gilt überall"
    for width in range(50, 250, 9):
        layout = layout_text(text, TextStyle(regular, 10), Box(0, 0, width, 500))
        for line in layout.lines:
            assert not line.text.endswith("„")
            assert not line.text.startswith("“")


def test_word_longer_than_the_line_is_cut(regular: Path) -> None:
    word = "x" * 200
    layout = layout_text(word, TextStyle(regular, 10), Box(0, 0, 50, 10_000))
    assert layout.forced_breaks == len(layout.lines) - 1 > 0
    assert "".join(line.text for line in layout.lines) == word
    assert _all_within(layout)
    assert not layout.overflow


def test_zero_width_box_still_terminates(regular: Path) -> None:
    layout = layout_text("Hallo Welt", TextStyle(regular, 10), Box(0, 0, 0, 1000))
    assert "".join(line.text for line in layout.lines) == "HalloWelt"


def test_at_most_two_hyphenated_lines_in_a_row(regular: Path) -> None:
    text = ("Landkreistag und Städtetag unterstützen die gemeinsame Werbekampagne der "
            "bundesweit Kommunalen Jobcenter unter dem Titel Arbeitsmarktpolitik und "
            "Unternehmerfrühstück mit Erfolgsgeschichten aus der Aktionswoche ") * 3
    for width in range(60, 140, 4):
        layout = layout_text(text, TextStyle(regular, 4.5), Box(0, 0, width, 1000))
        run = 0
        for line in layout.lines:
            run = run + 1 if line.hyphenated else 0
            assert run <= 2
