"""Stamping never replaces a file silently, and a wrong password gets the right sentence."""

from __future__ import annotations

from pathlib import Path

import pikepdf
import pytest
from stamp_samples import letter_pages, make_pdf, save

from assetkit.cli.main import main
from assetkit.stamp import StampOptions
from assetkit.stamp.batch import run_job
from assetkit.stamp.model import Status


def _run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def test_existing_kampagne_output_is_refused_without_overwrite(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], unchanged: list[Path]) -> None:
    letter = save(make_pdf(letter_pages(1)), tmp_path / "brief.pdf")
    earlier = tmp_path / "brief_kampagne.pdf"
    earlier.write_bytes(b"%PDF-1.7 earlier work of the user")
    unchanged.append(earlier)
    code, out, err = _run(["stamp", str(letter)], capsys)
    assert code == 2
    assert err.count("\n") == 1
    assert err.startswith("Fehler: ")
    assert "brief_kampagne.pdf gibt es schon" in err
    assert "--overwrite" in err
    assert "Traceback" not in err


def test_overwrite_replaces_the_existing_output(tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    letter = save(make_pdf(letter_pages(1)), tmp_path / "brief.pdf")
    earlier = tmp_path / "brief_kampagne.pdf"
    earlier.write_bytes(b"%PDF-1.7 old")
    code, _, err = _run(["stamp", str(letter), "--overwrite"], capsys)
    assert code == 0, err
    with pikepdf.open(earlier) as pdf:
        assert len(pdf.pages) == 1


def test_several_existing_outputs_are_counted_in_one_sentence(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "vordrucke"
    folder.mkdir()
    for name in ("a", "b", "c"):
        save(make_pdf(letter_pages(1)), folder / f"{name}.pdf")
        (folder / f"{name}_kampagne.pdf").write_bytes(b"%PDF-1.7 old")
    code, _, err = _run(["stamp", str(folder)], capsys)
    assert code == 2
    assert "und 2 weitere Ausgaben gibt es schon" in err
    assert (folder / "a_kampagne.pdf").read_bytes() == b"%PDF-1.7 old"


def test_an_output_file_the_user_names_is_replaced(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    letter = save(make_pdf(letter_pages(1)), tmp_path / "brief.pdf")
    named = tmp_path / "mit_logo.pdf"
    named.write_bytes(b"%PDF-1.7 old")
    code, _, err = _run(["stamp", str(letter), "--out", str(named)], capsys)
    assert code == 0, err
    assert named.read_bytes() != b"%PDF-1.7 old"


def test_wrong_password_on_an_owner_only_pdf_says_none_is_needed(tmp_path: Path) -> None:
    source = save(make_pdf(letter_pages(1)), tmp_path / "geschuetzt.pdf",
                  encryption=pikepdf.Encryption(owner="geheim", user=""))
    report = run_job(source, tmp_path / "out.pdf", StampOptions(password="falsch"), (source,))
    assert report.status is Status.FAILED
    assert "braucht keins" in report.message
    assert "nur ein Besitzerpasswort" in report.message
    assert "ist falsch" not in report.message
    # and without a password it is stamped
    report = run_job(source, tmp_path / "out.pdf", StampOptions(), (source,))
    assert report.status is Status.STAMPED, report.message


def test_wrong_password_on_a_user_password_pdf_is_still_wrong(tmp_path: Path) -> None:
    source = save(make_pdf(letter_pages(1)), tmp_path / "geheim.pdf",
                  encryption=pikepdf.Encryption(owner="geheim", user="auf"))
    report = run_job(source, tmp_path / "out.pdf", StampOptions(password="falsch"), (source,))
    assert report.status is Status.FAILED
    assert "ist falsch" in report.message


def test_summary_counts_files_in_proper_german() -> None:
    from assetkit.stamp.model import BatchReport, FileReport

    one = BatchReport((FileReport(Path("a.pdf"), Status.STAMPED, Path("a_kampagne.pdf"), ""),))
    assert one.summary().startswith("1 Datei: ")
    two = BatchReport(one.files * 2)
    assert two.summary().startswith("2 Dateien: ")
    assert "(en)" not in one.summary() + two.summary()
