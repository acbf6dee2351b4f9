"""Batch stamping and the ``assetkit stamp`` command: naming, per-file report, exit codes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from stamp_samples import PageSpec, make_pdf, save

from assetkit.cli.main import main
from assetkit.stamp import PageSelection, StampError, Status, collect_jobs, stamp_files


def _folder(tmp_path: Path) -> Path:
    root = tmp_path / "vordrucke"
    (root / "2024" / "flyer").mkdir(parents=True)
    save(make_pdf([PageSpec()]), root / "antrag.pdf")
    save(make_pdf([PageSpec(), PageSpec(rotate=90)]), root / "2024" / "merkblatt.PDF")
    Image.new("RGB", (800, 600), (240, 240, 240)).save(root / "2024" / "flyer" / "motiv.jpg")
    (root / "2024" / "kaputt.pdf").write_bytes(b"%PDF-1.7\n garbage without objects")
    (root / "notizen.txt").write_text("keine Eingabe")
    (root / ".versteckt.pdf").write_bytes(b"%PDF-1.4")
    return root


def test_folder_recursive_with_mirrored_output_and_per_file_report(tmp_path, unchanged):
    root = _folder(tmp_path)
    for p in root.rglob("*"):
        if p.is_file():
            unchanged.append(p)
    out = tmp_path / "ausgabe"
    seen = []
    report = stamp_files([root], out, progress=lambda d, t, r: seen.append((d, t, r.status)),
                         workers=1)
    by_name = {r.source.name: r for r in report.files}
    assert set(by_name) == {"antrag.pdf", "merkblatt.PDF", "motiv.jpg", "kaputt.pdf"}
    assert by_name["antrag.pdf"].output == out / "antrag_kampagne.pdf"
    assert by_name["merkblatt.PDF"].output == out / "2024" / "merkblatt_kampagne.PDF"
    assert by_name["motiv.jpg"].output == out / "2024" / "flyer" / "motiv_kampagne.jpg"
    assert by_name["kaputt.pdf"].status is Status.FAILED
    assert "beschädigt" in by_name["kaputt.pdf"].message
    assert report.count(Status.STAMPED) == 3
    assert not report.ok
    assert [d for d, _, _ in seen] == [1, 2, 3, 4]
    assert all(t == 4 for _, t, _ in seen)
    for r in report.files:
        if r.status is Status.STAMPED:
            assert r.output.is_file()


def test_outputs_next_to_inputs_are_not_stamped_again(tmp_path):
    root = tmp_path / "ordner"
    root.mkdir()
    save(make_pdf([PageSpec()]), root / "brief.pdf")
    first = stamp_files([root], None, workers=1)
    assert [r.output for r in first.files] == [root / "brief_kampagne.pdf"]
    second = stamp_files([root], None, workers=1)
    assert [r.source.name for r in second.files] == ["brief.pdf"]


def test_single_file_to_named_output_and_refusals(tmp_path):
    src = save(make_pdf([PageSpec()]), tmp_path / "brief.pdf")
    jobs, problems = collect_jobs([src], tmp_path / "mit_logo.pdf")
    assert [j.output for j in jobs] == [tmp_path / "mit_logo.pdf"]
    _, problems = collect_jobs([src], tmp_path / "mit_logo.png")
    assert problems[0].status is Status.FAILED
    assert "Endung .pdf" in problems[0].message
    report = stamp_files([src], src, workers=1)
    assert report.files[0].status is Status.FAILED
    assert "Eingabedatei überschreiben" in report.files[0].message
    word = tmp_path / "brief.docx"
    word.write_bytes(b"PK")
    report = stamp_files([word], tmp_path / "out", workers=1)
    assert report.files[0].status is Status.FAILED
    assert "brief.docx" in report.files[0].message      # a broken Word file: clear reason


def test_parallel_workers_give_the_same_reports(tmp_path):
    folder = tmp_path / "fotos"
    folder.mkdir()
    for i in range(5):
        Image.new("RGB", (640, 480), (200, 210, 220 - i * 10)).save(folder / f"f{i}.png")
    (folder / "f5.png").write_bytes(b"nope")
    report = stamp_files([folder], tmp_path / "out", workers=2)
    assert [r.source.name for r in report.files] == [f"f{i}.png" for i in range(6)]
    assert [r.status for r in report.files] == [Status.STAMPED] * 5 + [Status.FAILED]


def test_cli_exit_codes_and_report(tmp_path, capsys):
    src = save(make_pdf([PageSpec()]), tmp_path / "a.pdf")
    out = tmp_path / "out"
    assert main(["stamp", str(src), "--out", str(out), "--position", "top-left",
                 "--variant", "black", "--size", "40", "--pages", "first"]) == 0
    printed = capsys.readouterr().out
    assert f"gestempelt: {src} → {out / 'a_kampagne.pdf'} – 1 Seite gestempelt" in printed
    assert "1 Datei: 1 gestempelt, 0 übersprungen, 0 fehlgeschlagen." in printed
    missing = tmp_path / "fehlt.pdf"
    assert main(["stamp", str(src), str(missing), "--out", str(out)]) == 1
    captured = capsys.readouterr()
    assert f"fehlgeschlagen: {missing} – die Datei gibt es nicht" in captured.err
    assert main(["stamp", str(src), "--pages", "3-1"]) == 2
    assert "Seitenbereich „3-1“ ist ungültig" in capsys.readouterr().err


def test_page_selection_parsing():
    assert PageSelection.parse("all").indices(5) == range(0, 5)
    assert PageSelection.parse("first").indices(5) == range(0, 1)
    assert PageSelection.parse("2-4").indices(5) == range(1, 4)
    assert PageSelection.parse("3").indices(5) == range(2, 3)
    assert PageSelection.parse("4-").indices(5) == range(3, 5)
    assert PageSelection.parse("2-9").indices(3) == range(1, 3)
    with pytest.raises(StampError, match="ungültig"):
        PageSelection.parse("zwei")
