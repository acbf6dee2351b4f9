"""Fuzz tests: whatever bytes a reader gets, it answers with a result or the project's user error
(an AssetkitError with one sentence) — never another exception, never a hang.

Readers: project files, office profiles, print presets, CSV and Excel data files. Each test runs
150 examples in a few seconds; the strategies mix raw bytes with nearly-valid files, which reach
deeper into the parsers than noise does.
"""

from __future__ import annotations

import io
import json
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assetkit.batch import iter_rows, open_data
from assetkit.errors import AssetkitError
from assetkit.export.presets import load_preset_file
from assetkit.office import load_office
from assetkit.project import open_project

FUZZ = settings(max_examples=150, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# JSON/TOML-like values, nested a few levels (the loaders must cope with every shape).
LEAVES = st.one_of(st.none(), st.booleans(), st.integers(-10**20, 10**20),
                   st.floats(allow_nan=False), st.text(max_size=40))
VALUES = st.recursive(LEAVES, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=12), inner, max_size=4)),
    max_leaves=20)
# Brackets nested up to far beyond Python's recursion limit: [[[…]]].
NESTING = st.integers(min_value=1, max_value=4000).map(lambda n: b"[" * n + b"]" * n)


def outcome(read: Callable[[Path], Any], name: str, data: bytes) -> object:
    """``read`` applied to a file ``name`` holding ``data``: its result or its user error."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        try:
            return read(path)
        except AssetkitError as error:
            message = str(error)
    assert message.strip(), "a user error needs a sentence"
    assert "Traceback" not in message
    return message


# --- project files -----------------------------------------------------------------------------

def _zip(entries: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()


MANIFESTS = st.fixed_dictionaries(
    {"format": st.sampled_from(["assetkit-project", "x"]),
     "format_version": st.one_of(st.just(1), VALUES)},
    optional={"template": st.one_of(st.fixed_dictionaries(
                  {"id": st.text(max_size=20)}, optional={"version": VALUES}), VALUES),
              "texts": st.one_of(st.dictionaries(st.text(max_size=10), st.text(max_size=30),
                                                 max_size=3), VALUES),
              "images": st.one_of(st.dictionaries(
                  st.sampled_from(["photo", "bild", "../x"]),
                  st.fixed_dictionaries({"file": st.sampled_from(
                      ["photos/photo.jpg", "photos/fehlt.png", "../evil.jpg"])},
                      optional={"focal": VALUES, "zoom": VALUES, "name": VALUES}),
                  max_size=3), VALUES),
              "extra": VALUES})
PROJECTS = st.one_of(
    st.binary(max_size=2000),
    MANIFESTS.map(lambda m: _zip({"manifest.json": json.dumps(m).encode(),
                                  "photos/photo.jpg": b"\xff\xd8\xff\xe0 kein Foto"})),
    st.binary(max_size=300).map(lambda b: _zip({"manifest.json": b})),
    NESTING.map(lambda b: _zip({"manifest.json": b})),
)


def _open_project(path: Path) -> object:
    return open_project(path, path.parent / "fotos")


@FUZZ
@given(data=PROJECTS)
def test_project_reader_never_fails_otherwise(data: bytes) -> None:
    outcome(_open_project, "projekt.akp", data)


# --- office profiles and presets ---------------------------------------------------------------

def _toml_line(key: str, value: object) -> str:
    return f"{key} = {json.dumps(value, ensure_ascii=False)}"   # JSON scalars are mostly TOML


OFFICE_KEYS = st.sampled_from(["name", "short_name", "city", "phone", "logo", "farbe", "web"])
OFFICE_TEXTS = st.one_of(
    st.binary(max_size=1500),
    NESTING.map(lambda b: b"[office]\nname = " + b),
    st.text(max_size=400).map(lambda s: s.encode("utf-8", "surrogatepass")),
    st.lists(st.tuples(OFFICE_KEYS, VALUES), max_size=6).map(
        lambda pairs: ("[office]\n" + "\n".join(_toml_line(k, v) for k, v in pairs))
        .encode("utf-8", "surrogatepass")),
)


@FUZZ
@given(data=OFFICE_TEXTS)
def test_office_profile_reader_never_fails_otherwise(data: bytes) -> None:
    outcome(load_office, "dienststelle.toml", data)


PRESET_KEYS = st.sampled_from(["name", "bleed_mm", "crop_marks", "color", "standard",
                               "output_profile", "jpeg_quality", "image_ppi", "max_ink", "x"])
PRESET_TEXTS = st.one_of(
    st.binary(max_size=1500),
    NESTING.map(lambda b: b"[preset]\nname = " + b),
    st.lists(st.tuples(PRESET_KEYS, VALUES), max_size=8).map(
        lambda pairs: ("[preset]\n" + "\n".join(_toml_line(k, v) for k, v in pairs))
        .encode("utf-8", "surrogatepass")),
)


@FUZZ
@given(data=PRESET_TEXTS)
def test_preset_reader_never_fails_otherwise(data: bytes) -> None:
    outcome(load_preset_file, "druckerei.toml", data)


# --- data files ----------------------------------------------------------------------------------

def _all_rows(path: Path) -> object:
    return [(row.number, dict(row.values)) for row in iter_rows(open_data(path))]


CELLS = st.text(st.characters(blacklist_categories=("Cs",)), max_size=12)
CSV_TEXTS = st.one_of(
    st.binary(max_size=3000),
    st.tuples(st.lists(st.lists(CELLS, min_size=1, max_size=5), min_size=1, max_size=8),
              st.sampled_from([";", ",", "\t", "|"]),
              st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16", "utf-16-le",
                               "utf-32"])).map(
        lambda t: "\n".join(t[1].join(row) for row in t[0]).encode(t[2], "replace")),
)


@FUZZ
@given(data=CSV_TEXTS)
def test_csv_reader_never_fails_otherwise(data: bytes) -> None:
    outcome(_all_rows, "daten.csv", data)


def _sheet(rows: list[list[str]], dimension: str) -> bytes:
    from xml.sax.saxutils import escape

    body = "".join(
        f'<row r="{r}">' + "".join(f'<c r="{chr(65 + c)}{r}" t="inlineStr"><is><t>{escape(v)}'
                                   f"</t></is></c>" for c, v in enumerate(row)) + "</row>"
        for r, row in enumerate(rows, start=1))
    return (f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxml'
            f'formats.org/spreadsheetml/2006/main"><dimension ref="{dimension}"/><sheetData>'
            f"{body}</sheetData></worksheet>").encode()


def _workbook(sheet: bytes) -> bytes:
    from xlsx_parts import CONTENT_TYPES, ROOT_RELS, WORKBOOK, WORKBOOK_RELS

    return _zip({"[Content_Types].xml": CONTENT_TYPES.encode(), "_rels/.rels": ROOT_RELS.encode(),
                 "xl/workbook.xml": WORKBOOK.encode(),
                 "xl/_rels/workbook.xml.rels": WORKBOOK_RELS.encode(),
                 "xl/worksheets/sheet1.xml": sheet,
                 "xl/sharedStrings.xml": b'<sst xmlns="http://schemas.openxmlformats.org/'
                                         b'spreadsheetml/2006/main"/>'})


XML_TEXT = st.text(st.characters(min_codepoint=32, max_codepoint=0xD7FF), max_size=10)
XLSX_FILES = st.one_of(
    st.binary(max_size=2000),
    st.tuples(st.lists(st.lists(XML_TEXT, max_size=5), max_size=6),
              st.sampled_from(["A1:E6", "A1:XFD1048576", "", "B2", "ZZ"])).map(
        lambda t: _workbook(_sheet(*t))),
    st.binary(max_size=600).map(_workbook),
)


@FUZZ
@given(data=XLSX_FILES)
def test_xlsx_reader_never_fails_otherwise(data: bytes) -> None:
    outcome(_all_rows, "daten.xlsx", data)
