"""`assetkit stamp` handles Word forms beside PDFs and images, with one report."""

import zipfile
from pathlib import Path

import pytest
from docx_samples import sample_form
from PIL import Image

from assetkit.cli.main import main


def test_stamp_command_takes_docx_pdf_folder_mix(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    inbox = tmp_path / "vordrucke"
    inbox.mkdir()
    form = sample_form(inbox / "antrag.docx")
    Image.new("RGB", (800, 600), (240, 240, 240)).save(inbox / "aushang.png")
    before = form.read_bytes()
    code = main(["stamp", str(inbox), "--out", str(tmp_path / "out"), "--pages", "all"])
    out, err = capsys.readouterr()
    assert code == 0, out + err
    stamped = tmp_path / "out" / "antrag_kampagne.docx"
    assert stamped.is_file()
    assert (tmp_path / "out" / "aushang_kampagne.png").is_file()
    with zipfile.ZipFile(stamped) as z:
        headers = [n for n in z.namelist() if n.startswith("word/header")]
        assert headers
        assert any(n.startswith("word/media/") for n in z.namelist())
    assert form.read_bytes() == before


def test_stamp_docx_with_a_page_range_is_refused_per_file(tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    form = sample_form(tmp_path / "antrag.docx")
    code = main(["stamp", str(form), "--out", str(tmp_path / "out"), "--pages", "2-3"])
    out, err = capsys.readouterr()
    assert code == 1
    assert "keine festen Seiten" in out + err
