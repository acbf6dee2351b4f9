"""Settings-like files from outside (office profile, preset, brand.toml, kit and project
manifests): deep nesting, foreign encodings and absurd sizes end in one sentence naming the file,
through the CLI with exit code 2 — never an internal error."""

from __future__ import annotations

import hashlib
import json
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from assetkit.brand.loader import _load as load_brand_file
from assetkit.brandkit import inspect_kit
from assetkit.cli.main import main
from assetkit.errors import AssetkitError, BrandError
from assetkit.export.presets import load_preset_file
from assetkit.office import load_office
from assetkit.project import open_project
from assetkit.safeload import MAX_DEPTH, ZipLimits, check_zip, parse_json, parse_toml
from assetkit.templates.loader import load_template

DEEP = 5000     # far beyond Python's recursion limit


def deep_toml(key: str) -> str:
    return f"{key} = " + "[" * DEEP + "]" * DEEP + "\n"


def deep_json() -> str:
    return "[" * DEEP + "]" * DEEP


def write(tmp_path: Path, name: str, data: str | bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def zipped_manifest(name: str, manifest: str) -> Callable[[Path], Path]:
    """A zip holding only ``manifest.json`` (a project or a brand kit, by ``name``)."""
    def make(tmp_path: Path) -> Path:
        path = tmp_path / name
        with zipfile.ZipFile(path, "w") as zf:
            zf.writestr("manifest.json", manifest)
        return path
    return make


READERS: dict[str, tuple[Callable[[Path], object], Callable[[Path], Path]]] = {
    "office": (load_office, lambda t: write(t, "tief.toml", "[office]\n" + deep_toml("name"))),
    "preset": (load_preset_file, lambda t: write(t, "tief.toml", "[preset]\n" + deep_toml("name"))),
    "brand": (load_brand_file, lambda t: write(t, "brand.toml", deep_toml("campaign"))),
    "project": (lambda p: open_project(p, p.parent / "fotos"), zipped_manifest("tief.akp", deep_json())),
    "kit": (inspect_kit, zipped_manifest("tief.akkit", deep_json())),
    "template": (lambda p: load_template(p.parent),
                 lambda t: write(t, "template.toml", "[template]\n" + deep_toml("tags"))),
}


@pytest.mark.parametrize("reader", sorted(READERS))
def test_deeply_nested_files_are_refused_with_one_sentence(tmp_path: Path, reader: str) -> None:
    load, make = READERS[reader]
    path = make(tmp_path)
    with pytest.raises(AssetkitError, match="zu tief verschachtelt") as caught:
        load(path)
    assert path.name in str(caught.value)


@pytest.mark.parametrize(
    ("argv", "data", "name"),
    [
        (["render", "post-4x5-veranstaltung", "--office"], "[office]\n" + deep_toml("name"),
         "profil.toml"),
        (["render", "flyer-a4-veranstaltung", "--preset"], "[preset]\n" + deep_toml("name"),
         "shop.toml"),
    ],
)
def test_cli_says_one_sentence_and_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                           argv: list[str], data: str, name: str) -> None:
    path = write(tmp_path, name, data)
    code = main([*argv, str(path), "--out", str(tmp_path / "out.pdf")])
    err = capsys.readouterr().err
    assert code == 2
    assert "zu tief verschachtelt" in err
    assert "Interner Fehler" not in err
    assert "Traceback" not in err


def test_brand_file_not_in_utf8_names_file_and_line(tmp_path: Path) -> None:
    text = (Path(__file__).parents[2] / "resources" / "brand.toml").read_text("utf-8")
    path = write(tmp_path, "brand.toml", ("# Markendatei\n" + text).encode("cp1252",
                                                                          errors="replace")
                 .replace(b"# Markendatei", b"# Markenpr\xfcfung"))
    with pytest.raises(BrandError, match=r"brand.toml ist nicht als UTF-8 gespeichert \(Zeile 1\)"):
        load_brand_file(path)


def test_nesting_up_to_the_limit_is_read() -> None:
    data = "[" * MAX_DEPTH + "]" * MAX_DEPTH
    assert parse_json(data, what="x", error=AssetkitError) == parse_json(
        json.dumps(json.loads(data)), what="x", error=AssetkitError)
    with pytest.raises(AssetkitError, match="mehr als 32 Ebenen"):
        parse_json("[" + data + "]", what="x", error=AssetkitError)


def test_dotted_keys_nest_without_brackets_and_are_still_bounded() -> None:
    # tomllib nests dotted keys without recursing; the depth check catches them afterwards.
    with pytest.raises(AssetkitError, match="Die Datei a.toml ist zu tief verschachtelt"):
        parse_toml("a" + ".a" * 2000 + " = 1\n", what="Die Datei a.toml", error=AssetkitError)


def test_oversized_settings_are_refused_before_parsing() -> None:
    with pytest.raises(AssetkitError, match="größer als 1 KB"):
        parse_toml("x = 1\n" * 1000, what="Die Datei", error=AssetkitError, max_bytes=1000)


def test_zip_ratio_is_checked_for_small_entries_and_in_total() -> None:
    limits = ZipLimits(max_entries=10, max_total=10**9, max_entry=10**9, max_ratio=100)
    small_bomb = zipfile.ZipInfo("a")
    small_bomb.file_size, small_bomb.compress_size = 900_000, 900
    with pytest.raises(AssetkitError, match="ZIP-Bombe"):
        check_zip([small_bomb], limits, what="x", error=AssetkitError)
    many = []
    for i in range(10):
        info = zipfile.ZipInfo(f"e{i}")
        info.file_size, info.compress_size = 3000, 10      # each under the slack, not together
        many.append(info)
    with pytest.raises(AssetkitError, match="ZIP-Bombe"):
        check_zip(many, limits, what="x", error=AssetkitError)


def test_kit_manifest_checksums_are_unaffected(tmp_path: Path) -> None:
    # The shared JSON reader keeps what the kit reader relied on: a plain manifest still reads.
    brand = b'[campaign]\nname = "x"\n'
    manifest = {"format": "assetkit-brandkit", "format_version": 1, "kit_version": "1.0.0",
                "files": [{"path": "brand.toml", "sha256": hashlib.sha256(brand).hexdigest(),
                           "size": len(brand)}]}
    path = tmp_path / "k.akkit"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("manifest.json", json.dumps(manifest))
        zf.writestr("brand.toml", brand)
    with pytest.raises(AssetkitError) as caught:
        inspect_kit(path)
    assert "verschachtelt" not in str(caught.value)
    assert "JSON" not in str(caught.value)


def test_a_deeply_nested_kit_state_falls_back_to_the_bundled_kit(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from assetkit import kitstore

    monkeypatch.setenv("ASSETKIT_USER_DIR", str(tmp_path / "user"))
    kitstore.store_dir().mkdir(parents=True)
    (kitstore.store_dir() / kitstore.STATE_FILE).write_text(deep_json(), "utf-8")
    assert kitstore.read_state() == kitstore.State()


def test_a_deeply_nested_batch_journal_line_is_skipped(tmp_path: Path) -> None:
    from assetkit.batch.journal import Journal

    path = tmp_path / "journal.jsonl"
    path.write_text(deep_json() + "\n" + json.dumps({"file": "a.png", "key": "k"}) + "\n",
                    "utf-8")
    journal = Journal(path, resume=True)
    assert list(journal._entries) == ["a.png"]
    journal.close()
