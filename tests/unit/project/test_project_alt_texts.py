"""Alternative texts of image fields travel with the project: undoable, saved and reopened,
passed to compose for the fields the template has, and refused when a file holds junk."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest
from PIL import Image

from assetkit.project import (
    History,
    Photo,
    ProjectFileError,
    ProjectState,
    SetAltText,
    open_project,
    save_project,
)
from assetkit.templates import load_catalogue

ALT = "Zwei Beraterinnen im Gespräch mit einem jungen Mann am Empfang des Jobcenters"


def test_a_saved_and_reopened_project_keeps_its_alt_text(tmp_path: Path) -> None:
    src = tmp_path / "team.jpg"
    Image.new("RGB", (64, 48), (20, 90, 120)).save(src)
    state = ProjectState("post-4x5-veranstaltung", 1, {"headline": "Jobmesse"},
                         {"photo": Photo(src)}, {"photo": ALT})
    target = tmp_path / "projekt.akp"
    save_project(target, state)
    got = open_project(target, tmp_path / "extract").state
    assert dict(got.alt_texts) == {"photo": ALT}
    assert got.content(load_catalogue().get("post-4x5-veranstaltung")).alt_texts == {"photo": ALT}


def test_alt_text_is_one_undo_step_and_other_formats_keep_it() -> None:
    history = History(ProjectState("post-4x5-veranstaltung", 1))
    history.execute(SetAltText("photo", "Zwei"))
    history.execute(SetAltText("photo", ALT))
    assert history.state.alt_texts["photo"] == ALT
    # A template without that image field composes without it; the state keeps it.
    fact_sheet = load_catalogue().get("faktenblatt-a4-kennzahlen")
    assert history.state.content(fact_sheet).alt_texts == {}
    history.undo()
    assert "photo" not in history.state.alt_texts


def test_a_project_file_without_alt_texts_opens(tmp_path: Path) -> None:
    target = tmp_path / "alt.akp"
    save_project(target, ProjectState("post-4x5-veranstaltung", 1, {"headline": "x"}))
    manifest = json.loads(zipfile.ZipFile(target).read("manifest.json"))
    del manifest["alt_texts"]
    _write(target, manifest)
    assert dict(open_project(target, tmp_path / "x").state.alt_texts) == {}


@pytest.mark.parametrize("junk", [["a"], {"photo": 3}, {"../x": "y"}, {"photo": "x" * 20_001}])
def test_junk_alt_texts_are_a_sentence(tmp_path: Path, junk: object) -> None:
    target = tmp_path / "kaputt.akp"
    save_project(target, ProjectState("post-4x5-veranstaltung", 1))
    manifest = json.loads(zipfile.ZipFile(target).read("manifest.json"))
    manifest["alt_texts"] = junk
    _write(target, manifest)
    with pytest.raises(ProjectFileError, match="alt_texts"):
        open_project(target, tmp_path / "x")


def _write(target: Path, manifest: dict) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        zf.writestr("manifest.json", json.dumps(manifest))
    target.write_bytes(buffer.getvalue())
