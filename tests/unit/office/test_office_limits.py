"""Office profiles with values no office writes: refused fast, naming the field."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from assetkit.errors import OfficeProfileError
from assetkit.office import load_office
from assetkit.office.profile import MAX_VALUE_CHARS


def test_a_pasted_megabyte_name_is_refused_naming_the_field(tmp_path: Path) -> None:
    path = tmp_path / "p.toml"
    path.write_text(f'[office]\ncity = "Musterstadt"\nname = "{"x" * 90_000}"\n', "utf-8")
    start = time.perf_counter()
    with pytest.raises(OfficeProfileError, match="„name“ .*höchstens 1.000"):
        load_office(path)
    assert time.perf_counter() - start < 1.0


def test_a_20_megabyte_profile_is_refused_before_parsing(tmp_path: Path) -> None:
    path = tmp_path / "riesig.toml"
    path.write_text(f'[office]\nname = "{"x" * 20_000_000}"\n', "utf-8")
    start = time.perf_counter()
    with pytest.raises(OfficeProfileError, match="riesig.toml ist größer als"):
        load_office(path)
    assert time.perf_counter() - start < 1.0


def test_values_up_to_the_limit_are_read(tmp_path: Path) -> None:
    path = tmp_path / "p.toml"
    path.write_text(f'[office]\nopening_hours = "{"Mo–Fr 8–12 Uhr, " * 60}"\n', "utf-8")
    assert len(load_office(path).opening_hours) <= MAX_VALUE_CHARS


def test_profile_not_in_utf8_says_how_to_save_it(tmp_path: Path) -> None:
    path = tmp_path / "ansi.toml"
    path.write_bytes('[office]\nname = "Jobcenter Lörrach"\n'.encode("cp1252"))
    with pytest.raises(OfficeProfileError, match=r"ansi.toml ist nicht als UTF-8 gespeichert "
                                                 r"\(Zeile 2\)"):
        load_office(path)
