"""Brand kits that are too large in some way: refused with one sentence, nothing installed."""

from __future__ import annotations

import errno
import re
import shutil
import zipfile
from pathlib import Path

import pytest

from assetkit.brandkit import BrandKitError, active_kit, export_kit, import_kit, inspect_kit
from assetkit.brandkit.archive import pack
from assetkit.cli.main import main
from assetkit.resources import bundled_resources_dir

BUNDLED = bundled_resources_dir()
TEMPLATE = "post-4x5-veranstaltung"


def small_kit(tmp_path: Path, *, page: tuple[int, int] | None = None) -> Path:
    """The bundled brand with one template (optionally with another page size), version 1.1.0."""
    folder = tmp_path / "kit"
    shutil.copytree(BUNDLED / "logos", folder / "logos")
    shutil.copytree(BUNDLED / "fonts", folder / "fonts")
    shutil.copytree(BUNDLED / "templates" / TEMPLATE, folder / "templates" / TEMPLATE)
    brand = (BUNDLED / "brand.toml").read_text("utf-8").replace('version = "1.0.0"',
                                                                 'version = "1.1.0"')
    (folder / "brand.toml").write_text(brand, "utf-8")
    if page is not None:
        manifest = folder / "templates" / TEMPLATE / "template.toml"
        text = manifest.read_text("utf-8")
        text = re.sub(r"(?m)^width = 1080$", f"width = {page[0]}", text)
        text = re.sub(r"(?m)^height = 1350$", f"height = {page[1]}", text)
        manifest.write_text(text, "utf-8")
    return folder


def packed(tmp_path: Path, folder: Path) -> Path:
    files = sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())
    out = tmp_path / "kit.akkit"
    out.write_bytes(pack(folder, files, kit_version="1.1.0", name="Test", created_with="test"))
    return out


def test_a_million_pixel_wide_page_is_refused(tmp_path: Path) -> None:
    kit = packed(tmp_path, small_kit(tmp_path, page=(1_000_000, 1_000_000)))
    with pytest.raises(BrandKitError, match=f"Vorlage {TEMPLATE}: die Seite ist 1.000.000 × "
                                            "1.000.000 px groß; erlaubt sind höchstens 10.000 px"):
        inspect_kit(kit)


def test_the_bundled_page_sizes_pass(tmp_path: Path) -> None:
    assert TEMPLATE in inspect_kit(packed(tmp_path, small_kit(tmp_path))).templates


def test_small_entries_that_pack_a_thousandfold_are_refused(tmp_path: Path) -> None:
    folder = small_kit(tmp_path)
    for i in range(200):                      # each just under the old 1 MiB threshold
        (folder / "templates" / TEMPLATE / f"leer{i}.txt").write_bytes(bytes(1_000_000))
    kit = packed(tmp_path, folder)
    assert kit.stat().st_size < 5_000_000
    with pytest.raises(BrandKitError, match="ZIP-Bombe"):
        inspect_kit(kit)


def test_a_full_disk_during_import_is_one_sentence(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    kit = tmp_path / "marke.akkit"
    export_kit(kit, small_kit(tmp_path))
    real_open = Path.open

    def full(self: Path, mode: str = "r", *args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        if mode == "xb":
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_open(self, mode, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(Path, "open", full)
    with pytest.raises(BrandKitError, match="marke.akkit kann nicht entpackt werden: der "
                                            "Datenträger ist voll"):
        import_kit(kit)
    assert main(["brandkit", "import", str(kit)]) == 2
    err = capsys.readouterr().err
    assert "Datenträger ist voll" in err
    assert "No space" not in err
    assert active_kit().source == "bundled"


def test_kit_with_too_many_entries_names_the_limit(tmp_path: Path) -> None:
    kit = tmp_path / "viele.akkit"
    with zipfile.ZipFile(kit, "w") as archive:
        for i in range(5001):
            archive.writestr(f"logos/{i}.svg", b"")
    with pytest.raises(BrandKitError, match="mehr als 5000 Einträge"):
        inspect_kit(kit)
