"""``assetkit pptx-template`` from the command line."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from assetkit.cli.main import main
from assetkit.office import sample_office
from assetkit.office.profile import dumps_office
from assetkit.slides.package import TEMPLATE_MAIN


@pytest.fixture
def profile(tmp_path: Path) -> Path:
    path = tmp_path / "dienststelle.toml"
    path.write_text(dumps_office(sample_office()), "utf-8")
    return path


def test_writes_a_potx(profile: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "vorlage.potx"
    assert main(["pptx-template", "--office", str(profile), "--out", str(out)]) == 0
    with zipfile.ZipFile(out) as z:
        assert TEMPLATE_MAIN in z.read("[Content_Types].xml").decode()
    assert "6 Layouts" in capsys.readouterr().out


def test_pptx_without_samples(profile: Path, tmp_path: Path) -> None:
    out = tmp_path / "vorlage.pptx"
    assert main(["pptx-template", "--office", str(profile), "--out", str(out),
                 "--ohne-beispiele"]) == 0
    with zipfile.ZipFile(out) as z:
        assert not [n for n in z.namelist() if n.startswith("ppt/slides/")]


def test_bad_input_is_one_sentence_and_exit_2(profile: Path, tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["pptx-template", "--office", str(profile), "--out",
                 str(tmp_path / "v.ppt")]) == 2
    assert main(["pptx-template", "--office", str(tmp_path / "fehlt.toml"), "--out",
                 str(tmp_path / "v.potx")]) == 2
    long = tmp_path / "lang.toml"
    long.write_text('[office]\nname = "' + "Kommunales Jobcenter " * 12 + '"\n', "utf-8")
    assert main(["pptx-template", "--office", str(long), "--out", str(tmp_path / "v.potx")]) == 2
    # the profile itself is never overwritten
    assert main(["pptx-template", "--office", str(profile), "--out", str(profile)]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert err.count("Fehler: ") == 4
    assert "zu lang" in err
    assert not (tmp_path / "v.potx").exists()
    assert profile.read_text("utf-8").startswith("[office]")
