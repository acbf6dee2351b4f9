"""``assetkit word-template`` from the command line."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from assetkit.cli.main import main
from assetkit.office import sample_office
from assetkit.office.profile import dumps_office
from assetkit.word.ooxml import TEMPLATE_MAIN_CT


@pytest.fixture
def profile(tmp_path: Path) -> Path:
    path = tmp_path / "dienststelle.toml"
    path.write_text(dumps_office(sample_office()), "utf-8")
    return path


def test_writes_a_dotx_letter_template(profile: Path, tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "Brief.dotx"
    assert main(["word-template", "--office", str(profile), "--out", str(out)]) == 0
    with zipfile.ZipFile(out) as z:
        assert TEMPLATE_MAIN_CT in z.read("[Content_Types].xml").decode()
        assert "Am Marktplatz 1" in z.read("word/header1.xml").decode("utf-8") + z.read(
            "word/header2.xml").decode("utf-8")
    assert "Briefvorlage" in capsys.readouterr().out


def test_form_kind_and_bad_suffix(profile: Path, tmp_path: Path,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["word-template", "--office", str(profile), "--out",
                 str(tmp_path / "F.docx"), "--kind", "form"]) == 0
    assert main(["word-template", "--office", str(profile), "--out",
                 str(tmp_path / "F.pdf")]) == 2
    err = capsys.readouterr().err
    assert "Fehler: Die Ausgabedatei" in err
    assert "Traceback" not in err
    assert not (tmp_path / "F.pdf").exists()


def test_missing_profile_is_one_sentence(tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["word-template", "--office", str(tmp_path / "fehlt.toml"), "--out",
                 str(tmp_path / "B.docx")]) == 2
    assert "gibt es nicht" in capsys.readouterr().err
