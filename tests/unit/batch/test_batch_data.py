"""Reading data files the way German offices produce them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest

from assetkit.batch import DataFileError, iter_rows, open_data

UMLAUTS = "Größe für Bäcker: 5 € – Öl, Übung"


def rows(path: Path, **kwargs: str) -> list[tuple[int, dict[str, str]]]:
    source = open_data(path, **kwargs)
    return [(r.number, dict(r.values)) for r in iter_rows(source)]


def test_excel_cp1252_semicolon_with_umlauts_and_euro(write_data: Callable[..., Path]) -> None:
    path = write_data(f"Dienststelle;Überschrift\r\nKoBa Süd;{UMLAUTS}\r\n", encoding="cp1252")
    source = open_data(path)
    assert (source.encoding, source.delimiter) == ("cp1252", ";")
    assert source.columns == ("Dienststelle", "Überschrift")
    assert rows(path) == [(2, {"Dienststelle": "KoBa Süd", "Überschrift": UMLAUTS})]


def test_utf8_with_bom_and_commas(write_data: Callable[..., Path]) -> None:
    path = write_data(f'\ufeffname,headline\n"Jobcenter Köln, Süd","{UMLAUTS}"\n')
    source = open_data(path)
    assert source.delimiter == ","
    assert source.columns == ("name", "headline")    # no BOM glued to the first column
    assert rows(path) == [(2, {"name": "Jobcenter Köln, Süd", "headline": UMLAUTS})]


def test_tab_separated_utf16_from_excel_unicode_text(write_data: Callable[..., Path]) -> None:
    path = write_data(f"headline\tplace\r\n{UMLAUTS}\tOffenburg\r\n", encoding="utf-16")
    source = open_data(path)
    assert source.delimiter == "\t"
    assert rows(path) == [(2, {"headline": UMLAUTS, "place": "Offenburg"})]


def test_quoted_line_breaks_keep_excel_row_numbers(write_data: Callable[..., Path]) -> None:
    text = ('headline;place\r\n"Tag der\r\noffenen Tür";"Markt 1\r\nHalle"\r\n'
            ";\r\n"                       # an empty row still counts in Excel
            'Aktionswoche;"Sagt ""Hallo"""\r\n')
    assert rows(write_data(text, encoding="cp1252")) == [
        (2, {"headline": "Tag der\noffenen Tür", "place": "Markt 1\nHalle"}),
        (4, {"headline": "Aktionswoche", "place": 'Sagt "Hallo"'}),
    ]


def test_semicolon_wins_even_with_commas_in_text(write_data: Callable[..., Path]) -> None:
    text = "headline;date;place\nHallo, Welt;Mo, 1. Juni;Köln, Rathaus\nA, B;C, D;E, F\n"
    assert open_data(write_data(text)).delimiter == ";"


def test_overrides_for_encoding_and_delimiter(write_data: Callable[..., Path]) -> None:
    path = write_data("a|b\nä|ß\n", encoding="cp1252")
    assert rows(path, encoding="cp1252", delimiter="|") == [(2, {"a": "ä", "b": "ß"})]
    with pytest.raises(DataFileError, match="Zeichensatz „klingonisch“"):
        open_data(path, encoding="klingonisch")


def test_wrong_forced_encoding_is_a_sentence_not_a_traceback(
        write_data: Callable[..., Path]) -> None:
    path = write_data("a;b\nx;y\nGröße;ü\n", encoding="cp1252")
    with pytest.raises(DataFileError, match="nicht im Zeichensatz utf-8"):
        rows(path, encoding="utf-8")


def test_xlsx_first_sheet_or_named_sheet(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Termine"
    ws.append(["Überschrift", "Datum", "PLZ", "Uhrzeit"])
    ws.append([UMLAUTS, dt.datetime(2026, 8, 26), 12345, dt.time(10, 30)])
    ws.append([None, None, None, None])
    ws.append(["Zweite\nZeile", "Mi", 1.5, None])
    other = wb.create_sheet("Dienststellen")
    other.append(["Dienststelle"])
    other.append(["KoBa Harz"])
    path = tmp_path / "termine.xlsx"
    wb.save(path)

    assert rows(path) == [
        (2, {"Überschrift": UMLAUTS, "Datum": "26.08.2026", "PLZ": "12345", "Uhrzeit": "10:30"}),
        (4, {"Überschrift": "Zweite\nZeile", "Datum": "Mi", "PLZ": "1,5", "Uhrzeit": ""}),
    ]
    assert rows(path, sheet="Dienststellen") == [(2, {"Dienststelle": "KoBa Harz"})]
    with pytest.raises(DataFileError, match="kein Tabellenblatt „Preise“"):
        open_data(path, sheet="Preise")


@pytest.mark.parametrize(("name", "content", "message"), [
    ("fehlt.csv", None, "gibt es nicht"),
    ("leer.csv", b"  \r\n", "leer"),
    ("alt.xls", b"\xd0\xcf\x11\xe0", "als Excel-Arbeitsmappe"),
    ("kaputt.xlsx", b"PK\x03\x04kaputt", "keine lesbare Excel-Arbeitsmappe"),
    ("doppelt.csv", b"Ort;ort\n1;2\n", "mehrfach"),
])
def test_bad_files_give_one_german_sentence(tmp_path: Path, name: str, content: bytes | None,
                                            message: str) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(DataFileError, match=message):
        open_data(path)


def test_unquoted_separator_in_text_is_flagged_not_silently_cut(
        write_data: Callable[..., Path]) -> None:
    path = write_data("name,headline\nKöln,Öl, Übung\nBonn,Tag\n,,\n")
    assert [(r.number, r.extra) for r in iter_rows(open_data(path))] == [(2, 1), (3, 0)]
