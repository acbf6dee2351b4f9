"""Reading the rows of a data file: CSV as German offices produce it, and Excel workbooks.

CSV: the encoding is detected (byte-order mark; UTF-16/32 without one by the pattern of zero
bytes, as :func:`json.detect_encoding` does; else valid UTF-8, else charset-normalizer among the
Western code pages office PCs use, cp1252 first) and the separator is sniffed with the csv module
(``;`` from a German Excel, ``,``, tab, ``|``); both can be given instead. Quoted fields may
contain line breaks. Images, PDFs and other binary files are refused instead of read as text.
XLSX: openpyxl in read-only mode, first sheet unless one is named; the zip is checked against
:data:`XLSX_LIMITS` first, and only the cells the sheet really has are read (a declared dimension
of A1:XFD1048576 costs nothing).

Both kinds stop with one sentence at :data:`MAX_ROWS` filled rows or a filled cell beyond
:data:`MAX_COLUMNS` (``docs/limits.md``).

Rows are streamed, never all held in memory. Each row carries its number as the user sees it in
Excel or a text editor's record count: the header is row 1, the first data row is row 2. Empty
rows are skipped (but still counted, so numbers match what the user sees).
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import json
import unicodedata
import zipfile
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from assetkit.batch.errors import DataFileError
from assetkit.errors import os_reason
from assetkit.safeload import ZipLimits, check_zip

SAMPLE_BYTES = 1 << 20
DELIMITERS = ";,\t|"
# Code pages a German office PC writes when it is not UTF-8, most likely first.
WESTERN_CODEPAGES = ["cp1252", "iso8859_15", "latin_1", "cp850", "mac_roman"]
CSV_SUFFIXES = {".csv", ".txt", ".tsv"}
XLSX_SUFFIXES = {".xlsx", ".xlsm"}
# Limits no batch reaches (each row becomes files; real batches have tens to hundreds of rows).
MAX_ROWS = 100_000              # data rows, filled ones
MAX_COLUMNS = 200
XLSX_LIMITS = ZipLimits(max_entries=1000, max_total=50_000_000, max_entry=50_000_000)
# openpyxl reads the whole shared-string table before the first row, at ~20 µs a string.
MAX_SHARED_STRINGS = 200_000
# What people hand over instead of a table: first bytes → what it is.
_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "ein PNG-Bild"), (b"\xff\xd8\xff", "ein JPEG-Bild"),
    (b"GIF8", "ein GIF-Bild"), (b"%PDF", "ein PDF-Dokument"), (b"II*\x00", "ein TIFF-Bild"),
    (b"MM\x00*", "ein TIFF-Bild"), (b"RIFF", "eine WebP- oder Mediendatei"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "eine alte Office-Datei (.xls oder .doc)"),
    (b"PK\x03\x04", "ein ZIP-Archiv oder Office-Dokument"), (b"{\\rtf", "ein RTF-Dokument"),
)

Kind = Literal["csv", "xlsx"]


@dataclass(frozen=True)
class DataSource:
    """An opened data file: where it is, how it is read, and its columns."""

    path: Path
    kind: Kind
    columns: tuple[str, ...]            # header names, in file order, without empty headers
    positions: tuple[int, ...]          # cell index of each column
    header_row: int                     # 1-based row number of the header
    width: int = 0                      # cells in the header row, empty ones included
    encoding: str | None = None         # CSV only
    delimiter: str | None = None        # CSV only
    sheet: str | None = None            # XLSX only

    def describe(self) -> str:
        if self.kind == "csv":
            sep = {"\t": "Tabulator", ";": "Semikolon", ",": "Komma", "|": "senkrechter Strich"}
            return (f"CSV, Zeichensatz {self.encoding}, Trennzeichen "
                    f"{sep.get(self.delimiter or '', repr(self.delimiter))}")
        return f"Excel-Arbeitsmappe, Tabellenblatt „{self.sheet}“"


@dataclass(frozen=True)
class DataRow:
    number: int                         # as the user sees it: header = 1
    values: Mapping[str, str]           # column → cell text ("" when empty)
    extra: int = 0                      # filled cells right of the header's last column


def open_data(path: Path, *, encoding: str | None = None, delimiter: str | None = None,
              sheet: str | None = None) -> DataSource:
    """Inspect ``path`` and return how to read it; raises DataFileError with one sentence."""
    path = Path(path)
    if not path.is_file():
        raise DataFileError(f"Die Datendatei {path} gibt es nicht.")
    suffix = path.suffix.lower()
    if suffix in XLSX_SUFFIXES:
        return _open_xlsx(path, sheet)
    if suffix in {".xls", ".ods", ".numbers"}:
        raise DataFileError(f"{path.name}: Bitte die Tabelle als Excel-Arbeitsmappe (.xlsx) oder "
                            "als CSV speichern; dieses Format wird nicht gelesen.")
    if suffix not in CSV_SUFFIXES and _is_zip(path):
        return _open_xlsx(path, sheet)
    return _open_csv(path, encoding, delimiter)


def _bounded(path: Path, records: Iterator[tuple[int, list[str]]]) -> Iterator[tuple[int, list[str]]]:
    """The rows of ``records`` that have a filled cell, cut to :data:`MAX_COLUMNS`; a filled
    cell beyond it or a filled row beyond :data:`MAX_ROWS` (+ a header) stops reading with one
    sentence."""
    for number, cells in records:
        if not any(c.strip() for c in cells):
            continue
        if number > MAX_ROWS + 1:
            raise DataFileError(f"{path.name} hat mehr als {MAX_ROWS:,} Zeilen; bitte auf "
                                "mehrere Dateien aufteilen.".replace(",", "."))
        if len(cells) > MAX_COLUMNS:
            if any(c.strip() for c in cells[MAX_COLUMNS:]):
                raise DataFileError(f"{path.name}, Zeile {number}: die Tabelle hat mehr als "
                                    f"{MAX_COLUMNS} Spalten; so breite Tabellen werden nicht "
                                    "gelesen.")
            cells = cells[:MAX_COLUMNS]
        yield number, cells


def iter_rows(source: DataSource) -> Iterator[DataRow]:
    """Stream the data rows of ``source`` (empty rows skipped)."""
    records = _csv_records(source) if source.kind == "csv" else _xlsx_records(source)
    for number, cells in _bounded(source.path, records):    # rows with a filled cell
        if number <= source.header_row:
            continue
        values = {name: _clean(cells[i]) if i < len(cells) else ""
                  for name, i in zip(source.columns, source.positions, strict=True)}
        extra = sum(1 for c in cells[source.width:] if c.strip())
        if any(values.values()) or extra:
            yield DataRow(number, values, extra)


def _clean(cell: str) -> str:
    return cell.replace("\r\n", "\n").replace("\r", "\n").strip()


def count_rows(source: DataSource) -> int:
    return sum(1 for _ in iter_rows(source))


# --- CSV ---------------------------------------------------------------------------------------

def detect_encoding(raw: bytes, complete: bool = True) -> str:
    """The encoding of CSV bytes: BOM, else UTF-16/32 by their zero bytes, else UTF-8 if valid,
    else the likeliest Western code page. ``complete``: ``raw`` is the whole file, not a sample
    that may end inside a character."""
    # The standard library's rule for JSON (RFC 4627): BOMs (UTF-32 before UTF-16, whose BOM it
    # starts with), else the zero bytes of ASCII text in the first four bytes. Excel's
    # „Unicode-Text“ export is UTF-16 with a BOM; other programs leave it out.
    guess = json.detect_encoding(raw)
    if guess == "utf-16":
        return "utf-16"
    if guess == "utf-32" or (guess != "utf-8" and _decodes(raw, guess, complete)):
        return guess
    if raw.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if _decodes(raw, "utf-8", complete):
        return "utf-8"
    from charset_normalizer import from_bytes

    # On short samples charset-normalizer often cannot tell cp1252 from cp850 or Mac Roman
    # (same letters, other bytes); among the equally plausible answers take the one office PCs
    # write: cp1252 („ANSI“ in Excel's CSV export), then ISO 8859-15, DOS, Mac.
    matches = list(from_bytes(raw, cp_isolation=WESTERN_CODEPAGES))
    if not matches:
        return "cp1252"
    least = min(m.chaos for m in matches)
    plausible = {m.encoding for m in matches if m.chaos <= least + 0.05}
    for encoding in WESTERN_CODEPAGES:
        if encoding in plausible:
            # cp1252 decodes everything latin-1 does the same way, plus € and „typographic“ quotes.
            return "cp1252" if encoding == "latin_1" else encoding
    return str(matches[0].encoding)


def _decodes(raw: bytes, encoding: str, complete: bool) -> bool:
    """Whether ``raw`` is valid ``encoding`` (a sample may end inside a character)."""
    try:
        codecs.getincrementaldecoder(encoding)().decode(raw, final=complete)
    except UnicodeDecodeError:
        return False
    return True


def _not_a_table(path: Path, raw: bytes, text: str) -> str | None:
    """What ``path`` is when it is no text table (an image, a PDF, binary data), else None."""
    for signature, what in _SIGNATURES:
        if raw.startswith(signature):
            return what
    # Text has no control characters besides tab and line breaks; binary data has many.
    sample = text[:65536]
    control = sum(1 for ch in sample if ch not in "\t\r\n\f" and unicodedata.category(ch) == "Cc")
    if "\x00" in sample or control > len(sample) // 100:
        return "keine Textdatei"
    return None


def sniff_delimiter(text: str) -> str:
    """The separator of CSV text: csv.Sniffer's answer if it splits consistently, else the
    candidate giving the most columns in the most consistent way."""
    scores = {d: _consistency(text, d) for d in DELIMITERS}
    try:
        sniffed = csv.Sniffer().sniff(text, delimiters=DELIMITERS).delimiter
    except csv.Error:
        sniffed = ""
    if sniffed in scores and scores[sniffed][0] > 0:
        best = max(scores.values())
        if scores[sniffed][0] == best[0]:
            return sniffed
    delimiter, (score, _cols) = max(scores.items(), key=lambda kv: kv[1])
    return delimiter if score > 0 else ";"


def _consistency(text: str, delimiter: str) -> tuple[float, int]:
    """(share of the first records with the header's column count, column count) — 0 if one."""
    reader = csv.reader(io.StringIO(text), delimiter=delimiter, quotechar='"', doublequote=True)
    widths: list[int] = []
    try:
        for cells in reader:
            if cells:
                widths.append(len(cells))
            if len(widths) >= 50:
                break
    except csv.Error:
        return (0.0, 0)
    if len(widths) > 1:
        widths.pop()     # the sample may end inside the last record
    if not widths or widths[0] < 2:
        return (0.0, 0)
    same = sum(1 for w in widths if w == widths[0]) / len(widths)
    return (same, widths[0])


def _open_csv(path: Path, encoding: str | None, delimiter: str | None) -> DataSource:
    try:
        with path.open("rb") as handle:
            raw = handle.read(SAMPLE_BYTES + 1)
    except OSError as exc:
        raise DataFileError(f"Die Datendatei {path} ist nicht lesbar ({os_reason(exc)}).") from None
    complete = len(raw) <= SAMPLE_BYTES
    raw = raw[:SAMPLE_BYTES]
    if not raw.strip():
        raise DataFileError(f"Die Datendatei {path.name} ist leer.")
    if encoding:
        _check_encoding(encoding)
    else:
        encoding = detect_encoding(raw, complete)
    text = raw.decode(encoding, errors="replace")
    what = _not_a_table(path, raw, text)
    if what is not None:
        raise DataFileError(f"{path.name} ist keine Tabelle, sondern {what}; bitte eine CSV-Datei "
                            "oder eine Excel-Arbeitsmappe (.xlsx) angeben.")
    if delimiter:
        delimiter = {"tab": "\t", "\\t": "\t", "semikolon": ";", "komma": ","}.get(
            delimiter.lower(), delimiter)
        if len(delimiter) != 1:
            raise DataFileError(f"Das Trennzeichen muss ein einzelnes Zeichen sein, nicht "
                                f"„{delimiter}“.")
    else:
        delimiter = sniff_delimiter(text.lstrip("\ufeff"))
    probe = DataSource(path, "csv", (), (), 0, 0, encoding, delimiter)
    for number, cells in _bounded(path, _csv_records(probe)):
        if any(c.strip() for c in cells):
            return _with_header(probe, number, cells)
    raise DataFileError(f"Die Datendatei {path.name} hat keine Kopfzeile.")


def _check_encoding(encoding: str) -> None:
    try:
        codecs.lookup(encoding)
    except LookupError:
        raise DataFileError(f"Den Zeichensatz „{encoding}“ gibt es nicht "
                            "(z. B. utf-8, cp1252).") from None
    try:
        b" ".decode(encoding)      # codecs such as rot13 or hex turn text into text or bytes
    except LookupError:
        raise DataFileError(f"„{encoding}“ ist kein Zeichensatz für Textdateien "
                            "(z. B. utf-8, cp1252).") from None
    except UnicodeError:
        pass                       # a text encoding that needs more than one byte


def _csv_records(source: DataSource) -> Iterator[tuple[int, list[str]]]:
    number = 0
    try:
        with source.path.open("r", encoding=source.encoding, newline="") as handle:
            reader = csv.reader(handle, delimiter=source.delimiter or ";", quotechar='"',
                                doublequote=True, strict=False)
            for cells in reader:
                number += 1
                yield number, cells
    except UnicodeDecodeError:
        raise DataFileError(
            f"{source.path.name} lässt sich ab Zeile {number + 1} nicht im Zeichensatz "
            f"{source.encoding} lesen; bitte den Zeichensatz angeben (--encoding)."
        ) from None
    except csv.Error as exc:
        raise DataFileError(f"{source.path.name}, Zeile {number + 1}: die CSV-Datei ist "
                            f"fehlerhaft ({exc}).") from None
    except OSError as exc:
        raise DataFileError(f"Die Datendatei {source.path} ist nicht lesbar "
                            f"({os_reason(exc)}).") from None


def _with_header(probe: DataSource, number: int, cells: list[str]) -> DataSource:
    columns: list[str] = []
    positions: list[int] = []
    seen: dict[str, str] = {}
    for i, cell in enumerate(cells):
        name = " ".join(str(cell).replace("\ufeff", "").split())
        if not name:
            continue        # Excel exports often carry empty trailing columns
        key = name.casefold()
        if key in seen:
            raise DataFileError(f"{probe.path.name}: Die Spalte „{name}“ kommt in der Kopfzeile "
                                "mehrfach vor; bitte eindeutig benennen.")
        seen[key] = name
        columns.append(name)
        positions.append(i)
    return DataSource(probe.path, probe.kind, tuple(columns), tuple(positions), number,
                      len(cells), probe.encoding, probe.delimiter, probe.sheet)


# --- XLSX --------------------------------------------------------------------------------------

def _is_zip(path: Path) -> bool:
    try:
        return zipfile.is_zipfile(path)
    except OSError:
        return False


def _workbook(path: Path):  # type: ignore[no-untyped-def]  # openpyxl has no type hints
    import openpyxl

    _check_xlsx(path)
    try:
        return openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise DataFileError(f"{path.name} ist keine lesbare Excel-Arbeitsmappe (.xlsx) oder mit "
                            f"einem Kennwort geschützt ({type(exc).__name__}).") from None
    except Exception as exc:  # noqa: BLE001 -- openpyxl raises its own types for broken files
        raise DataFileError(f"{path.name} ist keine lesbare Excel-Arbeitsmappe "
                            f"({type(exc).__name__}).") from None


def _check_xlsx(path: Path) -> None:
    """Refuse a workbook whose zip would cost more to read than any real batch file."""
    try:
        with zipfile.ZipFile(path) as archive:
            check_zip(archive.infolist(), XLSX_LIMITS, what=f"Die Arbeitsmappe {path.name}",
                      error=DataFileError)
            strings = next((i for i in archive.infolist()
                            if i.filename.lower() == "xl/sharedstrings.xml"), None)
            if strings is not None and _count(archive, strings, b"<si") > MAX_SHARED_STRINGS:
                raise DataFileError(f"Die Arbeitsmappe {path.name} enthält mehr als "
                                    f"{MAX_SHARED_STRINGS:,} verschiedene Texte und wird nicht "
                                    "gelesen.".replace(",", "."))
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError):
        return          # openpyxl says what is wrong with it, in _workbook's sentence


def _count(archive: zipfile.ZipFile, info: zipfile.ZipInfo, needle: bytes) -> int:
    """Occurrences of ``needle`` in an entry, read in chunks (bounded memory, C speed)."""
    count = 0
    tail = b""
    with archive.open(info) as handle:
        while chunk := handle.read(1 << 20):
            data = tail + chunk
            count += data.count(needle)
            # Keep the last bytes: a needle may straddle two chunks (counted once: the tail is
            # shorter than the needle).
            tail = data[-(len(needle) - 1):]
    return count


def _sheet(wb, path: Path, sheet: str | None):  # type: ignore[no-untyped-def]
    if sheet is None:
        ws = wb.worksheets[0]
    elif sheet in wb.sheetnames:
        ws = wb[sheet]
    else:
        raise DataFileError(f"{path.name} hat kein Tabellenblatt „{sheet}“ "
                            f"(vorhanden: {', '.join(wb.sheetnames)}).")
    if hasattr(ws, "reset_dimensions"):
        # The declared size (<dimension ref="A1:XFD1048576"/>) may be anything; without it
        # openpyxl yields only the rows and cells the sheet really has.
        ws.reset_dimensions()
    return ws


def _open_xlsx(path: Path, sheet: str | None) -> DataSource:
    wb = _workbook(path)
    try:
        ws = _sheet(wb, path, sheet)
        probe = DataSource(path, "xlsx", (), (), 0, sheet=ws.title)
        for number, cells in _bounded(path, _sheet_rows(ws)):
            if any(c.strip() for c in cells):
                return _with_header(probe, number, cells)
    finally:
        wb.close()
    raise DataFileError(f"Das Tabellenblatt „{probe.sheet}“ in {path.name} ist leer.")


def _xlsx_records(source: DataSource) -> Iterator[tuple[int, list[str]]]:
    wb = _workbook(source.path)
    try:
        yield from _sheet_rows(_sheet(wb, source.path, source.sheet))
    finally:
        wb.close()


def _sheet_rows(ws) -> Iterator[tuple[int, list[str]]]:  # type: ignore[no-untyped-def]
    # min_row=1 makes read-only openpyxl yield empty rows too, so numbers match Excel.
    for number, row in enumerate(ws.iter_rows(min_row=1, values_only=True), start=1):
        if row:                     # a row the sheet does not have comes as ()
            yield number, [_cell_text(v) for v in row]


def _cell_text(value: object) -> str:
    """Cell value as the user sees it in a German Excel (dates as 26.08.2026, 12345 not 12345.0)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nein"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    if isinstance(value, float):
        return f"{value:g}".replace(".", ",")
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0, 0):
            return value.strftime("%d.%m.%Y")
        return value.strftime("%d.%m.%Y %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d.%m.%Y")
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    return str(value)
