from pathlib import Path

import pytest

from assetkit.errors import OfficeProfileError
from assetkit.office import load_office, sample_office, save_office


def test_profile_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "dienststelle.toml"
    save_office(sample_office(), path)
    loaded = load_office(path)
    assert loaded == sample_office()
    assert loaded.value("address") == "Am Marktplatz 1\n12345 Musterstadt"
    assert "info@jobcenter-musterkreis.example" in loaded.value("contact_line")


def test_quotes_and_umlauts_survive(tmp_path: Path) -> None:
    path = tmp_path / "p.toml"
    profile = sample_office().__class__(name='KoBa „Harz“ \\ Süd', city="Halberstadt")
    save_office(profile, path)
    assert load_office(path).name == 'KoBa „Harz“ \\ Süd'


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("[office]\nname = 'x'\nfarbe = 'rot'\n", "unbekannte Felder: farbe"),
        ("[office\n", "fehlerhaft"),
        ("name = 'x'\n", r"Abschnitt \[office\]"),
        ("[office]\nphone = 123\n", "muss „phone“ Text sein"),
    ],
)
def test_bad_profiles(tmp_path: Path, text: str, fragment: str) -> None:
    path = tmp_path / "p.toml"
    path.write_text(text, "utf-8")
    with pytest.raises(OfficeProfileError, match=fragment):
        load_office(path)


def test_missing_profile(tmp_path: Path) -> None:
    with pytest.raises(OfficeProfileError, match="gibt es nicht"):
        load_office(tmp_path / "fehlt.toml")


def test_short_name_falls_back_to_the_name() -> None:
    profile = sample_office().__class__(name="Kommunale Arbeitsförderung Ortenaukreis")
    assert profile.value("short_name") == "Kommunale Arbeitsförderung Ortenaukreis"
