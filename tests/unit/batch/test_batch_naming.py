"""Output names are safe on Windows and unique ignoring case."""

from __future__ import annotations

import pytest

from assetkit.batch import BatchError, sanitize
from assetkit.batch.naming import NamePattern, UniqueNames


@pytest.mark.parametrize(("stem", "expected"), [
    ('KoBa "Harz": Süd/Nord?', "KoBa _Harz_ Süd_Nord_"),
    ("CON", "_CON"),
    ("nul.tar", "_nul.tar"),
    ("com1", "_com1"),
    ("Lpt9 ", "_Lpt9"),
    ("CONTAINER", "CONTAINER"),
    ("Ende. . .", "Ende"),
    ("  ..versteckt", "versteckt"),
    ("Tab\tund\nZeile", "Tab und Zeile"),
    ("<>|", "datei"),
    ("", "datei"),
])
def test_sanitize_for_windows(stem: str, expected: str) -> None:
    assert sanitize(stem) == expected


def test_long_names_are_cut_below_path_limits() -> None:
    name = sanitize("Jobcenter Landkreis Überlänge " * 20)
    assert len(name) <= 120
    assert len(name.encode("utf-8")) <= 230
    assert not name.endswith((" ", "."))


def test_pattern_with_columns_builtin_tokens_and_extension() -> None:
    p = NamePattern.parse("{Kennung}-{office}_{template}_{row}.png", ["Kennung", "Ort"])
    assert p.text == "{Kennung}-{office}_{template}_{row}"       # extension follows the format
    stem = p.render({"office": "KoBa/Harz", "template": "post", "row": "7"},
                    {"Kennung": "A:1"})
    assert stem == "A_1-KoBa_Harz_post_7"
    assert p.with_tokens("template", "preset").text == p.text + "_{preset}"


def test_pattern_errors_name_the_problem() -> None:
    with pytest.raises(BatchError, match=r"\{Stadt\} weder eine Spalte"):
        NamePattern.parse("{Stadt}_{row}", ["Ort"])
    with pytest.raises(BatchError, match="leere Klammern"):
        NamePattern.parse("{}_{row}", ["Ort"])
    with pytest.raises(BatchError, match="fehlerhaft"):
        NamePattern.parse("{row", ["Ort"])


def test_unique_names_ignore_case_and_respect_reserved() -> None:
    names = UniqueNames(reserved=["bericht.csv"])
    assert [names.take(s, ".png") for s in ("Köln", "köln", "KÖLN", "Bonn")] == \
        ["Köln.png", "köln_2.png", "KÖLN_3.png", "Bonn.png"]
    assert names.take("Bericht", ".csv") == "Bericht_2.csv"
