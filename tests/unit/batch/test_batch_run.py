"""Whole batch runs: bad rows reported while good ones are made, reports, ZIP, resume, cancel."""

from __future__ import annotations

import csv
import io
import json
import threading
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image

from assetkit.batch import BatchOptions, Progress, plan_batch, run_batch
from assetkit.batch.plan import JOURNAL, REPORT_CSV, REPORT_JSON, ZIP_NAME
from assetkit.cli.main import main

POST, STORY = "post-4x5-veranstaltung", "story-veranstaltung"
LONG = ("Unternehmerfrühstück mit einer ausgesprochen langen Überschrift, die auf keinen Fall "
        "in zwei Zeilen dieses Feldes passt, auch nicht in der kleinsten Schriftgröße")
DATA = (
    "Dienststelle;Überschrift;Datum;Ort;Foto;Telefon;Bemerkung\r\n"
    "KoBa Harz;Tag der offenen Tür;Mi, 26. August;Halberstadt;bilder\\team.jpg;03941 1;intern\r\n"
    "KOA Ortenau;Aktionswoche;Do, 27. August;Offenburg;bilder/fehlt.jpg;0781 1;\r\n"
    "Jobcenter Süd;;Fr, 28. August;Köln;bilder/team.jpg;0221 1;\r\n"
    f"CON;{LONG};Sa;Bonn;bilder/team.jpg;0228 1;\r\n"
    'Köln/Süd;"Beratung\r\nvor Ort";So;Köln;;0221 2;\r\n'
)


def _png(path: Path) -> Image.Image:
    with Image.open(path) as im:
        im.load()
        return im.convert("RGB")


@pytest.fixture(scope="module")
def cli_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[int, str, str, Path]:
    """One CLI run over 5 rows × 2 social formats with 2 worker processes and --zip."""
    import contextlib

    folder = tmp_path_factory.mktemp("cli")
    (folder / "bilder").mkdir()
    im = Image.new("RGB", (480, 320), (40, 150, 110))
    im.save(folder / "bilder" / "team.jpg", quality=92)
    data = folder / "termine.csv"
    data.write_bytes(DATA.encode("cp1252"))
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["batch", str(data), "--template", f"{POST},{STORY}", "--jobs", "2", "--zip",
                     "--out", str(folder / "ausgabe")])
    return code, out.getvalue(), err.getvalue(), folder / "ausgabe"


def test_bad_rows_are_reported_with_excel_row_numbers_while_good_rows_are_made(
        cli_run: tuple[int, str, str, Path]) -> None:
    code, out, err, folder = cli_run
    assert code == 1, err                      # some rows failed
    assert "Zeile 3 (2 Dateien): Das Foto „bilder/fehlt.jpg“ für „Foto“ gibt es nicht." in out
    assert "Zeile 4 (2 Dateien): Das Pflichtfeld „Überschrift“ ist leer." in out
    assert "Zeile 5 (CON_post-4x5-veranstaltung_5.png): Der Text in „Überschrift“ passt nicht" \
        in out                                                         # never cut: no file
    assert "„Bemerkung“" in err                                        # unused column, once
    assert err.count("Bemerkung") == 1
    assert "Dateien/s" in err                                          # progress on stderr
    made = sorted(p.name for p in folder.iterdir() if p.suffix == ".png")
    assert made == sorted([
        "KoBa Harz_post-4x5-veranstaltung_2.png", "KoBa Harz_story-veranstaltung_2.png",
        "Köln_Süd_post-4x5-veranstaltung_6.png", "Köln_Süd_story-veranstaltung_6.png",
    ])
    post = _png(folder / "KoBa Harz_post-4x5-veranstaltung_2.png")
    story = _png(folder / "KoBa Harz_story-veranstaltung_2.png")
    assert (post.size, story.size) == ((1080, 1350), (1080, 1920))
    # The row's photo is in the picture (its green, not the mint placeholder).
    assert max(abs(a - e) for a, e in zip(post.getpixel((540, 300)), (40, 150, 110),
                                          strict=True)) < 12


def test_summary_report_csv_for_excel_and_json(cli_run: tuple[int, str, str, Path]) -> None:
    _code, _out, _err, folder = cli_run
    raw = (folder / REPORT_CSV).read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")      # Excel reads the umlauts as UTF-8
    table = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert [(t["Zeile"], t["Vorlage"], t["Status"]) for t in table] == [
        # the row's 480×320 photo is enlarged for the 1080 px formats: a warning
        ("2", POST, "erstellt, mit Hinweis"), ("2", STORY, "erstellt, mit Hinweis"),
        ("3", POST, "Fehler"), ("3", STORY, "Fehler"),
        ("4", POST, "Fehler"), ("4", STORY, "Fehler"),
        ("5", POST, "Fehler"), ("5", STORY, "Fehler"),
        ("6", POST, "erstellt"), ("6", STORY, "erstellt"),
    ]
    assert "gibt es nicht" in table[2]["Hinweise"]
    assert table[0]["Datei"] == "KoBa Harz_post-4x5-veranstaltung_2.png"
    report = json.loads((folder / REPORT_JSON).read_text("utf-8"))
    s = report["summary"]
    assert (s["rows"], s["planned"], s["created"], s["with_warnings"], s["errors"]) == \
        (5, 10, 4, 2, 6)
    assert s["unused_columns"] == ["Bemerkung"]
    made = [r for r in report["results"] if r["status"] in ("ok", "warning")]
    assert all(r["size"] == (folder / r["file"]).stat().st_size for r in made)


def test_zip_holds_every_output_and_the_report(cli_run: tuple[int, str, str, Path]) -> None:
    _code, _out, _err, folder = cli_run
    with zipfile.ZipFile(folder / ZIP_NAME) as archive:
        names = sorted(archive.namelist())
        assert archive.testzip() is None
        data = archive.read("KoBa Harz_post-4x5-veranstaltung_2.png")
    images = [p.name for p in folder.glob("*.png")]
    # Each image with its alternative text beside it (NAME.alt.txt), to paste on the platform.
    alts = [name.removesuffix(".png") + ".alt.txt" for name in images]
    assert names == sorted([*images, *alts, REPORT_CSV])
    assert data == (folder / "KoBa Harz_post-4x5-veranstaltung_2.png").read_bytes()


def _csv(folder: Path, rows: list[str]) -> Path:
    path = folder / "daten.csv"
    path.write_text("office;headline\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_strict_makes_overflow_an_error_and_writes_nothing(tmp_path: Path) -> None:
    data = _csv(tmp_path, ["Jobcenter A;Kurz", f"Jobcenter B;{LONG}"])
    plan = plan_batch(data, BatchOptions(templates=(POST,), strict=True, jobs=1,
                                         out_dir=tmp_path / "out"))
    report = run_batch(plan)
    assert [(r.row, r.status) for r in report.results] == [(2, "ok"), (3, "error")]
    assert "passt nicht" in report.results[1].messages[0]
    assert not (tmp_path / "out" / report.results[1].file).exists()


def test_cut_text_refuses_the_row_and_force_writes_it(tmp_path: Path) -> None:
    data = _csv(tmp_path, ["Jobcenter A;Kurz", f"Jobcenter B;{LONG}"])
    refused = run_batch(plan_batch(data, BatchOptions(templates=(POST,), jobs=1,
                                                      out_dir=tmp_path / "out")))
    assert [r.status for r in refused.results] == ["ok", "error"]
    assert not (tmp_path / "out" / refused.results[1].file).exists()
    forced = run_batch(plan_batch(data, BatchOptions(templates=(POST,), jobs=1, force=True,
                                                     out_dir=tmp_path / "out2")))
    assert [r.status for r in forced.results] == ["ok", "warning"]
    assert "passt nicht" in forced.results[1].messages[0]
    assert _png(tmp_path / "out2" / forced.results[1].file).size == (1080, 1350)


def test_resume_skips_only_complete_unchanged_outputs(tmp_path: Path) -> None:
    rows = ["Jobcenter A;Eins", f"Jobcenter B;{LONG}", "Jobcenter C;Drei"]
    options = BatchOptions(templates=(POST,), jobs=1, out_dir=tmp_path / "out", preview_rows=0,
                           force=True)
    first = run_batch(plan_batch(_csv(tmp_path, rows), options))
    assert [r.status for r in first.results] == ["ok", "warning", "ok"]   # forced, noted
    a, b, c = (tmp_path / "out" / r.file for r in first.results)
    a.write_bytes(a.read_bytes()[:1000])              # a half-written file from a crash
    rows[2] = "Jobcenter C;Drei, geändert"            # changed data must be rendered again
    b_before = b.stat().st_mtime_ns

    resumed = run_batch(plan_batch(_csv(tmp_path, rows),
                                   BatchOptions(**{**options.__dict__, "resume": True})))
    assert [(r.file, r.status) for r in resumed.results] == [
        (a.name, "ok"), (b.name, "skipped"), (c.name, "ok")]
    assert _png(a).size == (1080, 1350)
    assert b.stat().st_mtime_ns == b_before
    assert resumed.results[1].messages == first.results[1].messages    # its note is kept
    again = run_batch(plan_batch(_csv(tmp_path, rows),
                                 BatchOptions(**{**options.__dict__, "resume": True})))
    assert again.count("skipped") == 3


def test_cancel_stops_promptly_keeps_finished_files_and_resume_finishes(
        tmp_path: Path) -> None:
    rows = [f"Jobcenter Landkreis {i};Aktionswoche {i}" for i in range(8)]
    options = BatchOptions(templates=(POST,), jobs=2, out_dir=tmp_path / "out", preview_rows=0)
    plan = plan_batch(_csv(tmp_path, rows), options)
    cancel = threading.Event()

    def progress(p: Progress) -> None:
        if p.done >= 1:
            cancel.set()

    report = run_batch(plan, progress=progress, cancel=cancel)
    made = [r for r in report.results if r.status == "ok"]
    assert report.cancelled
    assert 1 <= len(made) < 8
    for r in made:                                   # finished files are whole
        assert _png(tmp_path / "out" / r.file).size == (1080, 1350)
    leftovers = [p.name for p in (tmp_path / "out").iterdir() if p.name.endswith(".tmp")]
    assert leftovers == []
    journal = (tmp_path / "out" / JOURNAL).read_text("utf-8").splitlines()
    assert len(journal) == len(made)

    rest = run_batch(plan_batch(_csv(tmp_path, rows),
                                BatchOptions(**{**options.__dict__, "resume": True, "jobs": 1})))
    assert not rest.cancelled
    assert rest.count("skipped") == len(made)
    assert rest.count("ok") == 8 - len(made)


def test_plan_previews_the_first_rows_for_the_dialog(tmp_path: Path,
                                                    photo: Path) -> None:
    data = _csv(tmp_path, ["Jobcenter A;Eins", "Jobcenter B;", "Jobcenter C;Drei",
                           "Jobcenter D;Vier"])
    plan = plan_batch(data, BatchOptions(templates=(POST, STORY)))
    assert (plan.row_count, plan.total_jobs) == (4, 8)
    assert [p.row for p in plan.preview] == [2, 3, 4]
    first = plan.preview[0]
    assert dict(first.contents[POST].texts) == {"office": "Jobcenter A", "headline": "Eins"}
    assert first.files == ("Jobcenter A_post-4x5-veranstaltung_2.png",
                           "Jobcenter A_story-veranstaltung_2.png")
    assert plan.out_dir == tmp_path / "daten_ausgabe"
    assert not plan.out_dir.exists()                 # planning writes nothing


def test_no_matching_column_is_one_sentence(write_data: Callable[..., Path]) -> None:
    from assetkit.batch import BatchError

    with pytest.raises(BatchError, match="Keine Spalte von daten.csv passt"):
        plan_batch(write_data("Foo;Bar\n1;2\n"), BatchOptions(templates=(POST,)))


def test_presets_apply_to_print_templates_and_finish_the_pdf(tmp_path: Path) -> None:
    import pikepdf

    from assetkit.errors import AssetkitError

    flyer = "flyer-a4-veranstaltung"
    data = _csv(tmp_path, ["Jobcenter A;Tag der offenen Tür"])
    plan = plan_batch(data, BatchOptions(templates=(POST, flyer), presets=("druckerei",),
                                         jobs=1, out_dir=tmp_path / "out"))
    assert [(o.template, o.preset, o.fmt) for o in plan.outputs] == [
        (POST, None, "png"), (flyer, "druckerei", "pdf")]
    report = run_batch(plan)
    pdf_result = report.results[1]
    assert pdf_result.status in ("ok", "warning"), pdf_result.messages
    with pikepdf.open(tmp_path / "out" / pdf_result.file) as pdf:
        page = pdf.pages[0]
        trim = [float(v) for v in page.TrimBox]
        bleed = [float(v) for v in page.BleedBox]
    mm = 72 / 25.4
    assert round((trim[2] - trim[0]) / mm) == 210
    assert round((trim[3] - trim[1]) / mm) == 297
    assert round((trim[0] - bleed[0]) / mm) == 3                     # 3 mm bleed
    with pytest.raises(AssetkitError, match="gibt es nicht"):
        plan_batch(data, BatchOptions(templates=(flyer,), presets=("gibtsnicht",)))
    with pytest.raises(AssetkitError, match="nur für PDF"):
        plan_batch(data, BatchOptions(templates=(flyer,), presets=("druckerei",), fmt="png"))
