"""Brand-kit updates as an office meets them: a new kit changes the brand, a bad one changes nothing."""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import stat
import zipfile
from pathlib import Path

import pytest

from assetkit.brand import load_brand
from assetkit.brandkit import (
    BrandKitError,
    active_kit,
    export_kit,
    import_kit,
    inspect_kit,
    restore_kit,
)
from assetkit.cli.main import main
from assetkit.resources import bundled_resources_dir, resource, resources_dir
from assetkit.templates import load_catalogue

BUNDLED = bundled_resources_dir()
PETROL = "#005A6E"


def kit_folder(tmp_path: Path, version: str = "1.1.0", petrol: str = "#00667A") -> Path:
    """A copy of the bundled brand kit with a new version and a changed primary colour."""
    folder = tmp_path / f"kit-src-{version}-{petrol.strip('#')}"
    for part in ("brand.toml", "logos", "templates", "fonts"):
        src = BUNDLED / part
        if src.is_dir():
            shutil.copytree(src, folder / part)
        else:
            folder.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, folder / part)
    brand = (folder / "brand.toml").read_text("utf-8")
    brand = brand.replace('version = "1.0.0"', f'version = "{version}"')
    brand = brand.replace(f'hex = "{PETROL}"', f'hex = "{petrol}"')
    (folder / "brand.toml").write_text(brand, "utf-8")
    return folder


def make_kit(tmp_path: Path, version: str = "1.1.0", petrol: str = "#00667A") -> Path:
    out = tmp_path / f"marke-{version}.akkit"
    export_kit(out, kit_folder(tmp_path, version, petrol))
    return out


def hostile_kit(tmp_path: Path, files: dict[str, bytes], *, manifest: dict | None = None,
                symlinks: dict[str, str] | None = None) -> Path:
    """A kit file written by hand; the manifest lists correct checksums unless given."""
    base = {p: (BUNDLED / p).read_bytes() for p in ("brand.toml",)}
    base.update(files)
    if manifest is None:
        manifest = {"format": "assetkit-brandkit", "format_version": 1, "kit_version": "1.1.0",
                    "files": [{"path": p, "sha256": hashlib.sha256(d).hexdigest(), "size": len(d)}
                              for p, d in base.items()]}
    out = tmp_path / "hostile.akkit"
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", json.dumps(manifest))
        for path, data in base.items():
            archive.writestr(path, data)
        for path, target in (symlinks or {}).items():
            info = zipfile.ZipInfo(path)
            info.create_system = 3
            info.external_attr = (stat.S_IFLNK | 0o777) << 16
            archive.writestr(info, target)
    return out


def test_imported_kit_changes_the_brand_and_restore_brings_the_old_one_back(tmp_path: Path) -> None:
    kit = make_kit(tmp_path)
    info = import_kit(kit)
    assert info.version == "1.1.0"
    assert "post-4x5-veranstaltung" in info.templates
    assert load_brand().color("petrol").hex == "#00667A"
    assert load_brand().version == "1.1.0"
    assert "story-veranstaltung" in load_catalogue().ids()
    active = active_kit()
    assert active.source == "imported"
    assert active.previous_version == "1.0.0"

    restored = restore_kit()
    assert restored.source == "bundled"
    assert restored.version == "1.0.0"
    assert load_brand().color("petrol").hex == PETROL
    # Restoring again switches back to the imported kit: nothing is lost by a restore.
    assert restore_kit().version == "1.1.0"
    assert load_brand().color("petrol").hex == "#00667A"


def test_app_files_outside_the_kit_still_come_from_the_application(tmp_path: Path) -> None:
    import_kit(make_kit(tmp_path))
    assert resources_dir() != BUNDLED
    assert resource("color", "sRGB-argyll.icc") == BUNDLED / "color" / "sRGB-argyll.icc"
    assert resource("color", "sRGB-argyll.icc").is_file()


def test_only_current_and_previous_kit_stay_on_disk(tmp_path: Path, store: Path) -> None:
    for n, version in enumerate(("1.1.0", "1.2.0", "1.3.0")):
        import_kit(make_kit(tmp_path, version, petrol=f"#00667{n}"))
    kits = sorted(p.name for p in (store / "brandkit" / "kits").iterdir())
    assert kits == ["kit-1.2.0-1", "kit-1.3.0-1"]
    assert restore_kit().version == "1.2.0"


def test_older_or_same_version_is_refused_unless_forced(tmp_path: Path) -> None:
    import_kit(make_kit(tmp_path, "1.2.0"))
    older = make_kit(tmp_path, "1.1.5", petrol="#112233")
    with pytest.raises(BrandKitError, match=r"1\.1\.5 ist älter als die aktive Version 1\.2\.0"):
        import_kit(older)
    assert load_brand().version == "1.2.0"
    import_kit(older, allow_older=True)
    assert load_brand().color("petrol").hex == "#112233"


def test_export_is_reproducible_and_inspect_reports_contents(tmp_path: Path) -> None:
    source = kit_folder(tmp_path)
    export_kit(tmp_path / "a.akkit", source)
    export_kit(tmp_path / "b.akkit", source)
    assert (tmp_path / "a.akkit").read_bytes() == (tmp_path / "b.akkit").read_bytes()
    info = inspect_kit(tmp_path / "a.akkit")
    assert info.version == "1.1.0"
    assert info.files >= 10
    assert info.size > 100_000
    assert active_kit().source == "bundled"          # inspecting installs nothing


def test_tampered_file_fails_the_checksum_and_changes_nothing(tmp_path: Path, store: Path) -> None:
    kit = make_kit(tmp_path)
    tampered = tmp_path / "tampered.akkit"
    with zipfile.ZipFile(kit) as src, zipfile.ZipFile(tampered, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "logos/logo-horizontal-color.svg":
                data = data.replace(b"#005A6E", b"#FF0000")
            dst.writestr(item, data)
    with pytest.raises(BrandKitError, match="Prüfsumme von „logos/logo-horizontal-color.svg“"):
        import_kit(tampered)
    assert active_kit().source == "bundled"
    assert not list((store / "brandkit" / "kits").iterdir())   # staging folder removed


@pytest.mark.parametrize("name", ["../evil.toml", "templates/../../evil.svg", "/etc/evil.svg",
                                  "templates\\..\\evil.svg", "C:/evil.svg"])
def test_zip_slip_paths_are_refused(tmp_path: Path, name: str) -> None:
    kit = hostile_kit(tmp_path, {name: b"<svg/>"})
    with pytest.raises(BrandKitError, match="unzulässigen Pfad|gehört nicht"):
        import_kit(kit)
    assert not (tmp_path / "evil.svg").exists()
    assert not (tmp_path / "evil.toml").exists()


def test_links_executables_and_foreign_files_are_refused(tmp_path: Path) -> None:
    with pytest.raises(BrandKitError, match="keine gewöhnliche Datei"):
        inspect_kit(hostile_kit(tmp_path, {}, symlinks={"logos/x.svg": "/etc/passwd"}))
    with pytest.raises(BrandKitError, match="„run.exe“ gehören nicht"):
        inspect_kit(hostile_kit(tmp_path, {"templates/a/run.exe": b"MZ"}))
    with pytest.raises(BrandKitError, match="gehört nicht in ein Markenpaket"):
        inspect_kit(hostile_kit(tmp_path, {"autostart.svg": b"<svg/>"}))


def test_zip_bomb_is_refused_before_unpacking(tmp_path: Path) -> None:
    kit = hostile_kit(tmp_path, {"fonts/huge.otf": bytes(20 * 2**20)})
    with pytest.raises(BrandKitError, match="ZIP-Bombe"):
        inspect_kit(kit)


def test_newer_format_and_incomplete_manifest_are_explained(tmp_path: Path) -> None:
    newer = hostile_kit(tmp_path, {}, manifest={"format": "assetkit-brandkit", "format_version": 2,
                                                "files": []})
    with pytest.raises(BrandKitError, match="Format 2.*Bitte assetkit aktualisieren"):
        inspect_kit(newer)
    data = (BUNDLED / "brand.toml").read_bytes()
    listed_only = hostile_kit(tmp_path, {}, manifest={
        "format": "assetkit-brandkit", "format_version": 1, "files": [
            {"path": "brand.toml", "sha256": hashlib.sha256(data).hexdigest(), "size": len(data)},
            {"path": "logos/a.svg", "sha256": "0" * 64, "size": 1}]})
    with pytest.raises(BrandKitError, match="unvollständig: logos/a.svg fehlt"):
        inspect_kit(listed_only)
    with pytest.raises(BrandKitError, match="keine lesbare ZIP-Datei"):
        inspect_kit(BUNDLED / "brand.toml")


def test_broken_brand_file_is_found_by_loading_it(tmp_path: Path) -> None:
    source = kit_folder(tmp_path)
    brand = (source / "brand.toml").read_text("utf-8").replace('hex = "#00667A"', 'hex = "petrol"')
    (source / "brand.toml").write_text(brand, "utf-8")
    with pytest.raises(BrandKitError, match=r"colors\.petrol\.hex"):
        export_kit(tmp_path / "x.akkit", source)
    assert not (tmp_path / "x.akkit").exists()      # a broken kit is never published


def test_template_using_a_colour_the_brand_lacks_is_refused(tmp_path: Path) -> None:
    source = kit_folder(tmp_path)
    manifest = source / "templates" / "post-4x5-veranstaltung" / "template.toml"
    manifest.write_text(manifest.read_text("utf-8").replace('color = "sonnengelb"',
                                                             'color = "zitronengelb"'), "utf-8")
    with pytest.raises(BrandKitError, match="zitronengelb"):
        export_kit(tmp_path / "x.akkit", source)


def test_font_path_out_of_the_kit_is_refused(tmp_path: Path) -> None:
    source = kit_folder(tmp_path)
    outside = tmp_path / "Outside.otf"
    shutil.copy2(source / "fonts" / "inter" / "Inter-Bold.otf", outside)
    brand = (source / "brand.toml").read_text("utf-8").replace(
        '"inter/Inter-Bold.otf"', '"../../Outside.otf"')
    (source / "brand.toml").write_text(brand, "utf-8")
    with pytest.raises(BrandKitError, match="außerhalb des Markenpakets"):
        export_kit(tmp_path / "x.akkit", source)


def test_corrupt_state_file_falls_back_to_the_bundled_kit(tmp_path: Path, store: Path) -> None:
    import_kit(make_kit(tmp_path))
    (store / "brandkit" / "state.json").write_text('{"current": "../../etc"}')
    resources_dir.cache_clear()
    assert resources_dir() == BUNDLED
    assert load_brand().color("petrol").hex == PETROL


def test_cli_info_import_restore(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    kit = make_kit(tmp_path)
    assert main(["brandkit", "info", str(kit)]) == 0
    out = capsys.readouterr().out
    assert "gültiges Markenpaket 1.1.0" in out
    assert "post-4x5-veranstaltung" in out
    assert main(["brandkit", "restore"]) == 2
    assert "keine frühere Markenversion" in capsys.readouterr().err
    assert main(["brandkit", "import", str(kit)]) == 0
    assert "1.1.0 geprüft und eingespielt" in capsys.readouterr().out
    assert main(["brandkit", "info"]) == 0
    out = capsys.readouterr().out
    assert "1.1.0 (eingespielt)" in out
    assert "Wiederherstellbar: 1.0.0" in out
    assert main(["brandkit", "restore"]) == 0
    assert "1.0.0 (mitgeliefert) ist wieder aktiv" in capsys.readouterr().out
    broken = tmp_path / "kaputt.akkit"
    broken.write_bytes(kit.read_bytes()[: 4000])
    assert main(["brandkit", "import", str(broken)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("Fehler: ")
    assert "Traceback" not in err


def test_cli_export_writes_a_kit_that_imports(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "marke.akkit"
    assert main(["brandkit", "export", str(out), "--from", str(kit_folder(tmp_path))]) == 0
    assert "Markenpaket 1.1.0" in capsys.readouterr().out
    assert zipfile.ZipFile(io.BytesIO(out.read_bytes())).namelist()[0] == "manifest.json"
    assert main(["brandkit", "import", str(out)]) == 0
    assert load_brand().version == "1.1.0"
