"""Project files as a hostile sender could build them: bounded, whatever the archive claims."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from assetkit.project import ProjectFileError, open_project
from assetkit.project.fileformat import MAX_PHOTOS


def _manifest(images: dict[str, object]) -> str:
    return json.dumps({"format": "assetkit-project", "format_version": 1,
                       "template": {"id": "post", "version": 1}, "texts": {}, "images": images})


def _write(path: Path, entries: dict[str, bytes | str], *, deflate: bool = False) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED if deflate else zipfile.ZIP_STORED) as zf:
        for name, data in entries.items():
            zf.writestr(name, data)
    return path


def _folder_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def test_one_photo_named_by_many_fields_is_unpacked_once(tmp_path: Path) -> None:
    photo = b"\xff\xd8\xff" + bytes(range(256)) * 4000          # ~1 MB, packs badly
    fields = {f"f{i}": {"file": "photos/shared.jpg"} for i in range(40)}
    path = _write(tmp_path / "viele.akp", {"manifest.json": _manifest(fields),
                                           "photos/shared.jpg": photo})
    opened = open_project(path, tmp_path / "fotos")
    assert len(opened.state.images) == 40
    assert len({p.source for p in opened.state.images.values()}) == 1
    assert _folder_bytes(tmp_path / "fotos") == len(photo)      # not 40 copies


def test_a_packed_photo_bomb_is_refused_before_anything_is_written(tmp_path: Path) -> None:
    path = _write(tmp_path / "bombe.akp", {
        "manifest.json": _manifest({"photo": {"file": "photos/photo.jpg"}}),
        "photos/photo.jpg": bytes(50_000_000)}, deflate=True)
    assert path.stat().st_size < 200_000
    with pytest.raises(ProjectFileError, match="ZIP-Bombe"):
        open_project(path, tmp_path / "fotos")
    assert not (tmp_path / "fotos").exists() or _folder_bytes(tmp_path / "fotos") == 0


def test_too_many_entries_are_refused(tmp_path: Path) -> None:
    entries: dict[str, bytes | str] = {"manifest.json": _manifest({})}
    entries.update({f"photos/p{i}.jpg": b"x" for i in range(1000)})
    path = _write(tmp_path / "viele.akp", entries)
    with pytest.raises(ProjectFileError, match="mehr als .* Einträge"):
        open_project(path, tmp_path / "fotos")


def test_too_many_image_fields_are_refused(tmp_path: Path) -> None:
    fields = {f"f{i}": {"file": "photos/a.jpg"} for i in range(MAX_PHOTOS + 1)}
    path = _write(tmp_path / "felder.akp", {"manifest.json": _manifest(fields),
                                            "photos/a.jpg": b"\xff\xd8\xff"})
    with pytest.raises(ProjectFileError, match="images"):
        open_project(path, tmp_path / "fotos")


def test_recovery_skips_an_autosave_with_a_deeply_nested_manifest(tmp_path: Path) -> None:
    from assetkit.project.autosave import _origin

    path = _write(tmp_path / "tief.akp", {"manifest.json": "[" * 5000 + "]" * 5000})
    assert _origin(path) is None


def test_a_folder_given_as_project_says_why_in_german(tmp_path: Path) -> None:
    folder = tmp_path / "kein-projekt.akp"
    folder.mkdir()
    with pytest.raises(ProjectFileError) as caught:
        open_project(folder, tmp_path / "fotos")
    assert "Ordner" in caught.value.message
    assert "directory" not in caught.value.message
