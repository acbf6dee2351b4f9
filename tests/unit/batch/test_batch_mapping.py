"""Columns find their fields by id or label; office columns fill an office profile per row."""

from __future__ import annotations

from pathlib import Path

import pytest

from assetkit.batch import BatchError, DataRow
from assetkit.batch.mapping import build_mapping, parse_map_options, row_content, row_office
from assetkit.office import OfficeProfile
from assetkit.templates import load_catalogue

SOCIAL = "post-4x5-veranstaltung"


def social():  # type: ignore[no-untyped-def]
    return load_catalogue().get(SOCIAL)


def test_columns_match_by_id_and_by_german_or_english_label() -> None:
    columns = ("  ÜBERSCHRIFT ", "date", "Place:", "Foto", "Bemerkung", "Notiz")
    m = build_mapping(columns, [social()])
    tm = m.for_template(SOCIAL)
    assert dict(tm.texts) == {"headline": "  ÜBERSCHRIFT ", "date": "date", "place": "Place:"}
    assert dict(tm.images) == {"photo": "Foto"}
    assert m.unknown == ("Bemerkung", "Notiz")      # each reported once, in file order
    assert "kicker" in tm.defaults                  # keeps its sample copy, and the user is told


def test_explicit_map_overrides_and_unknown_names_are_sentences() -> None:
    m = build_mapping(("Titel", "Überschrift"), [social()], parse_map_options(["headline=titel"]))
    assert dict(m.for_template(SOCIAL).texts)["headline"] == "Titel"
    assert m.unknown == ("Überschrift",)
    with pytest.raises(BatchError, match="Spalte „Fehlt“ gibt es"):
        build_mapping(("Titel",), [social()], {"headline": "Fehlt"})
    with pytest.raises(BatchError, match="Feld „untertitel“ gibt es"):
        build_mapping(("Titel",), [social()], {"untertitel": "Titel"})
    with pytest.raises(BatchError, match="FELD=SPALTE"):
        parse_map_options(["headline"])


def test_office_columns_build_a_profile_per_row_but_not_from_field_columns(
        tmp_path: Path) -> None:
    columns = ("Überschrift", "Ort", "Kurzname", "Telefon", "E-Mail", "office.city", "PLZ")
    m = build_mapping(columns, [social()])
    assert dict(m.office) == {"short_name": "Kurzname", "phone": "Telefon", "email": "E-Mail",
                              "city": "office.city", "postal_code": "PLZ"}
    assert dict(m.for_template(SOCIAL).texts) == {"headline": "Überschrift",
                                                  "place": "Ort"}    # the event's place
    row = DataRow(2, {"Überschrift": "Hallo", "Ort": "Rathaus", "Kurzname": "KoBa Harz",
                      "Telefon": "03941  1234", "E-Mail": "", "office.city": "Halberstadt",
                      "PLZ": "38820"})
    base = OfficeProfile(name="Kommunale Beschäftigungsagentur", email="info@koba.example.org")
    office, problems = row_office(row, m, base, tmp_path)
    assert problems == ()
    assert office == OfficeProfile(short_name="KoBa Harz", name="Kommunale Beschäftigungsagentur",
                                   phone="03941 1234", email="info@koba.example.org",
                                   postal_code="38820", city="Halberstadt")


def test_row_content_resolves_photos_relative_to_the_data_file(tmp_path: Path,
                                                              photo: Path) -> None:
    m = build_mapping(("headline", "office", "photo"), [social()]).for_template(SOCIAL)
    rc = row_content(DataRow(2, {"headline": "Hallo", "office": "", "photo": "bilder\\team.jpg"}),
                     m, social(), tmp_path)
    assert rc.problems == ()
    assert rc.content.images["photo"].source == photo
    assert rc.inputs == (photo,)
    # An empty office cell lets the office profile fill the bound field.
    assert dict(rc.content.texts) == {"headline": "Hallo"}

    missing = row_content(DataRow(3, {"headline": "x", "office": "", "photo": "bilder/nein.jpg"}),
                          m, social(), tmp_path)
    assert missing.problems == ("Das Foto „bilder/nein.jpg“ für „Foto“ gibt es nicht.",)
    huge = row_content(DataRow(4, {"headline": "x" * 6000, "office": "", "photo": ""}),
                       m, social(), tmp_path)
    assert "zu lang" in huge.problems[0]


def test_dienststelle_column_is_the_office_name_shown_as_each_template_binds_it(
        tmp_path: Path) -> None:
    """„Dienststelle“ is also the label of the templates' office field; it fills the profile,
    so the flyer shows the name and the post the short name (or the name if there is none)."""
    flyer = load_catalogue().get("flyer-a4-veranstaltung")
    m = build_mapping(("Überschrift", "Dienststelle"), [social(), flyer])
    assert dict(m.office) == {"name": "Dienststelle"}
    assert "office" not in dict(m.for_template(SOCIAL).texts)
    office, _ = row_office(DataRow(2, {"Überschrift": "Hallo",
                                       "Dienststelle": "Jobcenter Landkreis Musterland"}),
                           m, None, tmp_path)
    assert office is not None
    assert office.value("short_name") == office.value("name") == "Jobcenter Landkreis Musterland"
    # Mapped explicitly, the column goes into the field itself.
    explicit = build_mapping(("Dienststelle",), [social()], {"office": "Dienststelle"})
    assert dict(explicit.for_template(SOCIAL).texts) == {"office": "Dienststelle"}
