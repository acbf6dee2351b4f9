"""German no-break rules, links and hyphenation limits, seen in the lines ``layout_text``
gives: boxes narrow enough that a plain breaker would break at the forbidden place."""

from __future__ import annotations

from pathlib import Path

import pytest

from assetkit.text import Box, TextLayout, TextStyle, layout_text
from assetkit.text.nobreak import glued, is_link, link_breaks


def _lines(text: str, font: Path, width: float, hyphenate: bool = True) -> list[str]:
    layout = layout_text(text, TextStyle(font, 10, hyphenate=hyphenate), Box(0, 0, width, 1000))
    return [line.text for line in layout.lines]


def _split_between(lines: list[str], left: str, right: str) -> bool:
    """True when a line ends with ``left`` and the next starts with ``right``."""
    return any(a.endswith(left) and b.startswith(right)
               for a, b in zip(lines, lines[1:], strict=False))


# (text, left, right): no line may end with ``left`` while the next starts with ``right``,
# in every box narrower than the text but wider than „left right“ and its longest word.
GLUED = [
    ("Es sind 1,5 Millionen", "1,5", "Millionen"),
    ("Rund 40 Prozent", "40", "Prozent"),
    ("Kosten 12,50 € pro Monat", "12,50", "€"),
    ("von 10 bis 16 Uhr", "16", "Uhr"),
    ("Rund 3 Mio. Euro", "3 Mio.", "Euro"),
    ("Fahrt von 25 km Länge", "25", "km"),
    ("Führungen durch das Jobcenter, alle 30 Minuten", "30", "Minuten"),
    ("vorher 2 Jahre arbeitsuchend", "2", "Jahre"),
    ("am Mittwoch, 28. August", "28.", "August"),
    ("Termin am 27. August 2026", "27. August", "2026"),
    ("Wir sind in der Okenstraße 3", "Okenstraße", "3"),
    ("Büro Am Wall-Süd 14–16", "Wall-Süd", "14–16"),
    ("Bitte in die Raiffeisenstraße 6a", "Raiffeisenstraße", "6a"),
    ("Bitte in die Friedrich-Ebert-Straße 2 a", "Straße", "2 a"),
    ("Besuch in 35043 Marburg-Cappel", "35043", "Marburg-"),
    ("Im Landkreis Marburg-Biedenkopf", "Landkreis", "Marburg-"),
    ("Im Kreis Offenbach", "Kreis", "Offenbach"),
    ("Siehe Blatt Nr. 5", "Nr.", "5"),
    ("Siehe Heft S. 5", "S.", "5"),
    ("Leistungen nach § 16", "§", "16"),
    ("Gespräche, z. B. Beratung", "z.", "B."),
    ("Gespräche, d. h. Beratung", "d.", "h."),
    ("Angebote u. a. Beratung", "u.", "a."),
    ("Okenstraße 3, Haus B, 2. Obergeschoss", "Haus", "B,"),
    ("Okenstraße 3, Haus B, 2. Obergeschoss", "2.", "Obergeschoss"),
    ("Demminer Straße 71–74, Haus 2, Zimmer 118", "Zimmer", "118"),
]


def _width(font: Path, text: str) -> float:
    """Width of ``text`` on one line (size 10)."""
    style = TextStyle(font, 10, hyphenate=False)
    return layout_text(text, style, Box(0, 0, 10_000, 100)).lines[0].width


@pytest.mark.parametrize(("text", "left", "right"), GLUED)
def test_glued_words_stay_on_one_line(regular: Path, text: str, left: str, right: str) -> None:
    narrowest = max(_width(regular, w) for w in (f"{left} {right}", *text.split()))
    for width in range(int(narrowest) + 2, int(_width(regular, text)), 3):
        for hyphenate in (False, True):
            lines = _lines(text, regular, width, hyphenate)
            assert not _split_between(lines, left, right), (width, lines)


def test_number_and_unit_move_down_together(regular: Path) -> None:
    # „Es sind 1,5“ fits a line of 60, „Es sind 1,5 Millionen“ does not.
    assert _lines("Es sind 1,5 Millionen", regular, 60, hyphenate=False) == \
        ["Es sind", "1,5 Millionen"]


def test_time_and_date_stay_whole(regular: Path) -> None:
    assert _lines("Mittwoch, 28. August von 10 bis 16 Uhr", regular, 60) == \
        ["Mittwoch,", "28. August", "von 10 bis", "16 Uhr"]


def test_house_number_and_postcode_stay_with_their_words(regular: Path) -> None:
    assert _lines("Friedrich-Ebert-Straße 2 a, 35043 Marburg-Cappel", regular, 80,
                  hyphenate=False) == ["Friedrich-Ebert-", "Straße 2 a,", "35043 Marburg-",
                                       "Cappel"]
    assert _lines("Jobcenter, Am Wall-Süd 14–16", regular, 75, hyphenate=False) == \
        ["Jobcenter, Am", "Wall-Süd 14–16"]


def test_glue_keeps_ordinary_spaces_in_the_text(regular: Path) -> None:
    layout = layout_text("ab 16 Uhr", TextStyle(regular, 10), Box(0, 0, 1000, 100))
    assert layout.lines[0].text == "ab 16 Uhr"
    assert "\u00a0" not in layout.lines[0].text


def test_glued_pair_wider_than_the_box_breaks_at_its_space_not_in_a_word(regular: Path) -> None:
    layout = layout_text("1,5 Millionen", TextStyle(regular, 10, hyphenate=False),
                         Box(0, 0, 50, 100))
    assert [line.text for line in layout.lines] == ["1,5", "Millionen"]
    assert layout.forced_breaks == 0


def test_weekday_and_sentence_ends_are_not_glued() -> None:
    assert glued(["Mittwoch,", "28.", "August"]) == [False, True]
    assert glued(["Jahre", "alt.", "2026", "kommt"]) == [False, False, False]
    assert glued(["mit", "10", "Kolleginnen"]) == [False, False]   # a count, not a unit
    assert glued(["seit", "10", "Jahren"]) == [False, True]        # a duration is a unit
    assert glued(["Rund", "40", "Prozent"]) == [False, True]


# --------------------------------------------------------------------------- links


@pytest.mark.parametrize("word", [
    "info@jobcenter-marburg.de", "www.jobcenter.de", "https://jobcenter.de/a-b",
    "jobcenter-marburg.de/kontakt", "kreis-offenbach.de,", "(www.jobcenter.de)",
])
def test_links_are_detected(word: str) -> None:
    assert is_link(word)


@pytest.mark.parametrize("word", ["z.B.", "Std./Woche", "1.000", "Marburg-Cappel", "Nr.5"])
def test_ordinary_words_are_not_links(word: str) -> None:
    assert not is_link(word)


def test_link_breaks_only_after_slash_dot_at() -> None:
    word = "https://www.jobcenter-marburg.de/kontakt."
    assert [word[:i][-1] for i in link_breaks(word)] == ["/", ".", ".", "/"]


def test_a_link_never_breaks_before_its_top_level_domain() -> None:
    word = "beratungszentrum.stadtroda@saaleholzlandkreis.example"
    assert [word[:i] for i in link_breaks(word)] == ["beratungszentrum.",
                                                     "beratungszentrum.stadtroda@"]


def _joined(layout: TextLayout) -> str:
    return "".join(line.text for line in layout.lines)


def test_email_moves_to_its_own_line_and_is_never_hyphenated(regular: Path) -> None:
    text = "Schreiben Sie an bewerbung@jobcenter-marburg.de"
    for width in range(int(_width(regular, "bewerbung@jobcenter-marburg.de")) + 1,
                       int(_width(regular, text)), 5):
        layout = layout_text(text, TextStyle(regular, 10), Box(0, 0, width, 1000))
        lines = [line.text for line in layout.lines]
        assert lines[-1] == "bewerbung@jobcenter-marburg.de" or \
            lines[-1].endswith("bewerbung@jobcenter-marburg.de"), (width, lines)
        assert layout.hyphenations == 0


def test_long_url_breaks_after_slash_or_dot_without_hyphen(regular: Path) -> None:
    url = "www.jobcenter-marburg-biedenkopf.de/kontakt/termine"
    widest_part = _width(regular, "jobcenter-marburg-biedenkopf.de/")
    for width in range(int(widest_part) + 1, int(_width(regular, url)), 7):
        layout = layout_text(f"Termine: {url}", TextStyle(regular, 10), Box(0, 0, width, 1000))
        lines = [line.text for line in layout.lines]
        assert layout.hyphenations == 0
        assert layout.forced_breaks == 0, (width, lines)
        assert "".join(lines[1:]) == url or "".join(lines).endswith(url)
        for line in lines[1:-1]:
            assert line[-1] in "/.@", (width, lines)


# --------------------------------------------------------------------------- hyphenation


def test_three_letters_at_least_before_and_after_a_hyphen(regular: Path) -> None:
    text = ("Unternehmerfrühstück Arbeitsmarktpolitik Ausbildungsplatz Integrationsmaßnahmen "
            "Abendveranstaltung Eingliederungsvereinbarung")
    for width in range(30, 120, 3):
        layout = layout_text(text, TextStyle(regular, 10), Box(0, 0, width, 1000))
        if layout.forced_breaks:
            continue        # a cut word may leave a short piece before a hyphen
        lines = layout.lines
        for before, line, after in zip((None, *lines[:-1]), lines, (*lines[1:], None), strict=True):
            if not line.hyphenated:
                continue
            if before is None or not before.hyphenated or " " in line.text:
                assert len(line.text.split()[-1]) - 1 >= 3, line.text    # word start
            assert after is not None
            if not after.hyphenated or " " in after.text:
                assert len(after.text.split()[0]) >= 3, after.text       # word end


@pytest.mark.parametrize("word", ["Kampagne2026", "BAföG-Beratung", "ÖPNV-Ticket"])
def test_words_with_digits_and_abbreviations_are_not_hyphenated(regular: Path,
                                                                  word: str) -> None:
    for width in range(20, 90, 4):
        layout = layout_text(f"Das {word}", TextStyle(regular, 10), Box(0, 0, width, 1000))
        for line in layout.lines:
            if line.hyphenated:
                assert not any(c.isdigit() for c in line.text), line.text
                assert not line.text.startswith(("BAf", "ÖPN")), line.text
