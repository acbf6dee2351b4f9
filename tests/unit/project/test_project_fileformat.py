"""Project files: round trip with photos, atomic save, and clear messages for bad files."""

from __future__ import annotations

import io
import json
import os
import time
import zipfile
from pathlib import Path

import pytest
from PIL import Image

from assetkit.project import Photo, ProjectFileError, ProjectState, open_project, save_project
from assetkit.project.autosave import STALE_AFTER, Autosaver


def photo(tmp_path: Path, name: str = "foto.jpg", size: tuple[int, int] = (64, 48)) -> Path:
    path = tmp_path / name
    Image.new("RGB", size, (200, 40, 40)).save(path)
    return path


def test_round_trip_keeps_texts_crop_and_photo_bytes(tmp_path: Path) -> None:
    src = photo(tmp_path)
    state = ProjectState("post-4x5-veranstaltung", 1, {"headline": "Tag der offenen Tür"},
                         {"photo": Photo(src, (0.25, 0.75), 1.5)})
    target = tmp_path / "projekt.akp"
    save_project(target, state)
    opened = open_project(target, tmp_path / "extract")
    got = opened.state
    assert got.template_id == "post-4x5-veranstaltung"
    assert dict(got.texts) == {"headline": "Tag der offenen Tür"}
    assert got.images["photo"].focal == (0.25, 0.75)
    assert got.images["photo"].zoom == 1.5
    assert got.images["photo"].source.read_bytes() == src.read_bytes()
    assert got.images["photo"].source.parent == tmp_path / "extract"


def test_save_with_a_missing_photo_says_so_and_keeps_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "p.akp"
    save_project(target, ProjectState("x"))
    before = target.read_bytes()
    state = ProjectState("x", images={"photo": Photo(tmp_path / "weg.jpg")})
    with pytest.raises(ProjectFileError, match="weg.jpg"):
        save_project(target, state)
    assert target.read_bytes() == before


def _zip(entries: dict[str, bytes | str]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in entries.items():
            zf.writestr(name, data)
    return buf.getvalue()


def _manifest(**over: object) -> str:
    data = {"format": "assetkit-project", "format_version": 1,
            "template": {"id": "post", "version": 1}, "texts": {}, "images": {}}
    data.update(over)
    return json.dumps(data)


@pytest.mark.parametrize(("content", "message"), [
    (b"not a zip at all", "keine assetkit-Projektdatei oder sie ist beschädigt"),
    (_zip({"readme.txt": "hi"}), "keine assetkit-Projektdatei"),
    (_zip({"manifest.json": '{"format": "other"}'}), "keine assetkit-Projektdatei"),
    (_zip({"manifest.json": "{broken"}), "beschädigt"),
    (_zip({"manifest.json": _manifest(format_version=7, app_version="9.0")}), "neueren assetkit-Version"),
    (_zip({"manifest.json": _manifest(texts={"headline": 5})}), "texts"),
    (_zip({"manifest.json": _manifest(images={"photo": {"file": "../../evil.jpg"}}),
           "../../evil.jpg": b"x"}), "images.photo.file"),
    (_zip({"manifest.json": _manifest(images={"photo": {"file": "photos/photo.jpg"}})}),
     "fehlt das Foto"),
])
def test_bad_files_get_one_clear_sentence(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.akp"
    path.write_bytes(content)
    with pytest.raises(ProjectFileError, match=message):
        open_project(path, tmp_path / "out")
    # Nothing was written outside the extraction folder (zip-slip).
    assert not (tmp_path.parent / "evil.jpg").exists()


def test_recovery_finds_only_sessions_that_stopped_beating(tmp_path: Path) -> None:
    folder = tmp_path / "autosave"
    crashed = Autosaver(folder, "crashed")
    crashed.save(ProjectState("post", texts={"headline": "gerettet"}), origin=tmp_path / "a.akp")
    running = Autosaver(folder, "running")
    running.save(ProjectState("post"))
    old = time.time() - STALE_AFTER - 5
    os.utime(folder / "crashed.alive", (old, old))
    me = Autosaver(folder, "me")
    found = me.recoverable()
    assert [r.path.name for r in found] == ["crashed.akp"]
    assert found[0].origin == str(tmp_path / "a.akp")
    opened = me.recover(found[0], tmp_path / "photos")
    assert opened.state.texts["headline"] == "gerettet"
    assert not (folder / "crashed.akp").exists()
    me.close()
    assert not (folder / "me.alive").exists()
