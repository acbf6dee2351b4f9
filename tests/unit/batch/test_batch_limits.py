"""Data files built to hurt (or just not data): bounded in time and memory, one sentence each."""

from __future__ import annotations

import codecs
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image
from xlsx_parts import cell, write_xlsx

from assetkit.batch import DataFileError, iter_rows, open_data
from assetkit.batch.data import MAX_COLUMNS, MAX_ROWS
from assetkit.cli.main import main

HEADER = '<row r="1">' + cell("A1", "Überschrift") + cell("B1", "Ort") + "</row>"


def rows(path: Path, **kw: object) -> list[tuple[int, dict[str, str]]]:
    return [(r.number, dict(r.values)) for r in iter_rows(open_data(path, **kw))]  # type: ignore[arg-type]


def test_a_far_away_cell_in_a_huge_declared_sheet_fails_fast(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "weit.xlsx", HEADER + '<row r="1048576">'
                      + cell("XFD1048576", "x") + "</row>", dimension="A1:XFD1048576")
    assert path.stat().st_size < 2500
    start = time.perf_counter()
    with pytest.raises(DataFileError, match="mehr als 100.000 Zeilen"):
        rows(path)
    assert time.perf_counter() - start < 5


def test_a_huge_declared_dimension_with_real_cells_reads_only_those(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "gross.xlsx", HEADER + '<row r="2">' + cell("A2", "Hallo")
                      + cell("B2", "Halle") + '</row><row r="4">' + cell("A4", "Tschüs")
                      + "</row>", dimension="A1:XFD1048576")
    start = time.perf_counter()
    assert rows(path) == [(2, {"Überschrift": "Hallo", "Ort": "Halle"}),
                          (4, {"Überschrift": "Tschüs", "Ort": ""})]
    assert time.perf_counter() - start < 2


def test_a_filled_cell_beyond_the_last_column_is_a_sentence(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "breit.xlsx", HEADER + '<row r="2">' + cell("A2", "Hallo")
                      + cell("XFD2", "weit rechts") + "</row>")
    with pytest.raises(DataFileError, match=f"Zeile 2: .*mehr als {MAX_COLUMNS} Spalten"):
        rows(path)


def test_an_xlsx_unpacking_beyond_the_limit_is_refused_before_reading(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "bombe.xlsx", HEADER, filler=60_000_000)
    assert path.stat().st_size < 200_000
    start = time.perf_counter()
    with pytest.raises(DataFileError, match="bombe.xlsx.* wäre entpackt größer als 50 MB"):
        open_data(path)
    assert time.perf_counter() - start < 2


def test_millions_of_shared_strings_are_refused_fast(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "texte.xlsx", HEADER, shared=["x"] * 1_000_000)
    start = time.perf_counter()
    with pytest.raises(DataFileError, match="mehr als 200.000 verschiedene Texte"):
        open_data(path)
    assert time.perf_counter() - start < 5


def test_an_xlsx_with_thousands_of_entries_is_refused(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "viele.xlsx", HEADER)
    with zipfile.ZipFile(path, "a") as archive:
        for i in range(1001):
            archive.writestr(f"xl/media/bild{i}.png", b"")
    with pytest.raises(DataFileError, match="mehr als 1000 Einträge"):
        open_data(path)


def test_csv_rows_and_columns_are_bounded(write_data: Callable[..., Path],
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    wide = write_data("a;b\n1;2" + ";" * (MAX_COLUMNS + 5) + "x\n", name="breit.csv")
    with pytest.raises(DataFileError, match=f"mehr als {MAX_COLUMNS} Spalten"):
        rows(wide)
    # Empty columns beyond the limit (Excel exports carry them) are no problem.
    trailing = write_data("a;b\n1;2" + ";" * (MAX_COLUMNS + 5) + "\n", name="leer.csv")
    assert rows(trailing) == [(2, {"a": "1", "b": "2"})]
    assert MAX_ROWS == 100_000
    monkeypatch.setattr("assetkit.batch.data.MAX_ROWS", 50)   # the same rule, 2000 times faster
    long = write_data("a\n" + "x\n" * 50 + "\n" * 10, name="lang.csv")
    assert len(rows(long)) == 50                               # empty rows beyond: no problem
    longer = write_data("a\n" + "x\n" * 51, name="laenger.csv")
    with pytest.raises(DataFileError, match="laenger.csv hat mehr als 50 Zeilen"):
        rows(longer)


@pytest.mark.parametrize(("name", "kind"), [("foto.png", "PNG"), ("flyer.pdf", "PDF")])
def test_an_image_or_pdf_given_as_data_file_is_refused(tmp_path: Path, name: str,
                                                       kind: str) -> None:
    path = tmp_path / name
    Image.new("RGB", (40, 30), (200, 30, 30)).save(path)
    with pytest.raises(DataFileError, match=f"{name} ist keine Tabelle.*{kind}"):
        open_data(path)
    renamed = path.rename(tmp_path / "daten.csv")
    with pytest.raises(DataFileError, match=f"daten.csv ist keine Tabelle.*{kind}"):
        open_data(renamed)


def test_binary_junk_is_not_read_as_csv(tmp_path: Path) -> None:
    path = tmp_path / "daten.csv"
    path.write_bytes(bytes(range(256)) * 40)
    with pytest.raises(DataFileError, match="daten.csv ist keine Tabelle"):
        open_data(path)


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be",
                                      "utf-32"])
def test_utf16_without_bom_and_utf32_are_recognised(write_data: Callable[..., Path],
                                                    encoding: str) -> None:
    path = write_data("Überschrift\tOrt\nGrüße aus Köln\tRathaus\n", encoding=encoding)
    source = open_data(path)
    assert source.delimiter == "\t"
    assert rows(path) == [(2, {"Überschrift": "Grüße aus Köln", "Ort": "Rathaus"})]
    assert codecs.lookup(source.encoding or "").name.startswith(encoding[:6])


def test_a_codec_that_is_no_character_set_is_a_sentence(write_data: Callable[..., Path],
                                                        tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    path = write_data("a;b\n1;2\n")
    with pytest.raises(DataFileError, match="„rot13“ ist kein Zeichensatz"):
        open_data(path, encoding="rot13")
    code = main(["batch", str(path), "--template", "post-4x5-veranstaltung", "--encoding",
                 "rot13", "--out", str(tmp_path / "aus")])
    err = capsys.readouterr().err
    assert code == 2
    assert "rot13" in err
    assert "Interner Fehler" not in err
