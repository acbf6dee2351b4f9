"""One PDF for the print shop (``--ein-pdf``): every row's business card, front and back, in row
order in one file — page boxes, PDF/X and pdfcpu's strict check intact; refused rows left out and
named (or no file with --strict); resume, ZIP and the refusals for what cannot be one file."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import shutil
import subprocess
import sys
import threading
import zipfile
from pathlib import Path

import pikepdf
import pytest

from assetkit.batch import SINGLE_PDF, BatchError, BatchOptions, Progress, plan_batch, run_batch
from assetkit.batch.plan import REPORT_CSV, REPORT_JSON, ZIP_NAME
from assetkit.cli.main import main

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "export"))
from pdfcpu_validator import assert_valid  # noqa: E402 -- a helper of the print tests

CARD = "visitenkarte"
OFFICE = "Kommunales Jobcenter Ortenau"
STAFF = [("Sandra Meier", "Fallmanagerin", "0781 805-212"),
         ("Jonas Öztürk", "Arbeitgeberservice", "0781 805-213"),
         ("Petra Schulz", "Leitung", "0781 805-214")]
MM = 72 / 25.4
needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                   reason="pdftotext (poppler-utils) not installed")


def staff_list(folder: Path, people: list[tuple[str, str, str]]) -> Path:
    """The staff list as an office keeps it: Name;Funktion;Telefon;E-Mail, Excel's cp1252."""
    lines = ["Name;Funktion;Telefon;E-Mail"]
    lines += [f"{name};{role};{phone};{(name or role).split()[0].lower()}@jobcenter.example"
              for name, role, phone in people]
    path = folder / "mitarbeitende.csv"
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    return path


def office_profile(folder: Path) -> Path:
    """The office on every front; its website fills the QR code (no warning for --strict)."""
    path = folder / "dienststelle.toml"
    path.write_text(f'[office]\nname = "{OFFICE}"\nweb = "www.jobcenter-ortenau.example"\n',
                    "utf-8")
    return path


def batch(args: list[str]) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["batch", *args])
    return code, out.getvalue() + err.getvalue()


def page_texts(pdf: Path) -> list[str]:
    with pikepdf.open(pdf) as doc:
        count = len(doc.pages)
    return [subprocess.run(["pdftotext", "-f", str(n), "-l", str(n), str(pdf), "-"],
                           capture_output=True, text=True, check=True).stdout
            for n in range(1, count + 1)]


@pytest.fixture(scope="module")
def druckerei(tmp_path_factory: pytest.TempPathFactory) -> tuple[int, str, Path]:
    """Three people × the two-sided card, for the print shop (PDF/X-4, bleed, marks), + ZIP."""
    folder = tmp_path_factory.mktemp("karten")
    data = staff_list(folder, STAFF)
    code, out = batch([str(data), "-t", CARD, "--preset", "druckerei", "--office",
                       str(office_profile(folder)), "--ein-pdf", "--zip", "--jobs", "1",
                       "--out", str(folder / "druck")])
    return code, out, folder / "druck"


@needs_poppler
def test_three_people_make_one_pdf_with_front_and_back_of_each_in_order(
        druckerei: tuple[int, str, Path]) -> None:
    code, out, folder = druckerei
    assert code == 0, out
    single = folder / SINGLE_PDF
    assert f"Gesamt-PDF: {single} – 6 Seiten aus Zeilen 2–4." in out
    texts = page_texts(single)
    assert len(texts) == 6
    for person, (name, role, phone) in enumerate(STAFF):
        front, back = texts[2 * person], texts[2 * person + 1]
        assert OFFICE in " ".join(front.split())                  # the front: the office
        assert not any(n in front for n, _r, _p in STAFF)
        assert name in back
        assert role in back
        assert f"Telefon {phone}" in back
        assert not any(n in back for n, _r, _p in STAFF if n != name)
    # Every row's own PDF is still there, and the single PDF holds exactly their pages.
    rows = sorted(folder.glob("*_visitenkarte_*.pdf"))
    assert len(rows) == 3
    assert [t for row in rows for t in page_texts(row)] == texts


def test_the_single_pdf_keeps_every_pages_boxes_and_pdf_x(druckerei: tuple[int, str, Path]
                                                          ) -> None:
    _code, _out, folder = druckerei
    with pikepdf.open(folder / SINGLE_PDF) as pdf:
        assert len(pdf.pages) == 6
        for page in pdf.pages:
            trim = [float(v) for v in page.TrimBox]
            bleed = [float(v) for v in page.BleedBox]
            media = [float(v) for v in page.MediaBox]
            assert (round((trim[2] - trim[0]) / MM), round((trim[3] - trim[1]) / MM)) == (85, 55)
            assert round((trim[0] - bleed[0]) / MM) == 3                     # 3 mm bleed
            assert media[2] - media[0] > bleed[2] - bleed[0]                # room for marks
        intent = pdf.Root.OutputIntents[0]
        assert str(intent.S) == "/GTS_PDFX"
        assert str(intent.OutputConditionIdentifier) == "FOGRA39"
        assert str(pdf.docinfo.GTS_PDFXVersion) == "PDF/X-4"
        assert str(pdf.docinfo.Trapped) == "/False"
        title = "Visitenkarte (beidseitig) – Serienproduktion aus mitarbeitende.csv"
        assert str(pdf.docinfo.Title) == title
        meta = pdf.open_metadata()
        assert meta["dc:title"] == title
        assert meta["pdfxid:GTS_PDFXVersion"] == "PDF/X-4"
        with pikepdf.open(next(folder.glob("*_visitenkarte_2.pdf"))) as first:
            # A document of its own, not a copy of the first card's identity.
            assert meta["xmpMM:DocumentID"] != first.open_metadata()["xmpMM:DocumentID"]


def test_the_single_pdf_passes_pdfcpu_strict_also_tagged(druckerei: tuple[int, str, Path],
                                                         tmp_path: Path) -> None:
    _code, _out, folder = druckerei
    data = staff_list(tmp_path, STAFF)
    code, out = batch([str(data), "-t", CARD, "--preset", "web-barrierefrei", "--single-pdf",
                       "karten.pdf", "--jobs", "1", "--out", str(tmp_path / "web")])
    assert code == 0, out
    tagged = tmp_path / "web" / "karten.pdf"
    with pikepdf.open(tagged) as pdf:
        assert len(pdf.pages) == 6
        assert "/StructTreeRoot" in pdf.Root
        assert bool(pdf.Root.MarkInfo.Marked)
        assert str(pdf.Root.Lang) == "de-DE"
        # One Document element holds every card's structure (each card's, both sides) in order.
        elements = len(pdf.Root.StructTreeRoot.K[0].K)
    cards = sorted((tmp_path / "web").glob("*_visitenkarte_*.pdf"))
    for card in cards:
        with pikepdf.open(card) as one:
            elements -= len(one.Root.StructTreeRoot.K[0].K)
    assert len(cards) == 3
    assert elements == 0
    assert_valid([folder / SINGLE_PDF, tagged])


def test_report_and_zip_name_the_single_pdf(druckerei: tuple[int, str, Path]) -> None:
    _code, _out, folder = druckerei
    table = list(csv.reader(io.StringIO((folder / REPORT_CSV).read_bytes().decode("utf-8-sig")),
                            delimiter=";"))
    last = table[-1]
    assert last[:6] == ["", CARD, "druckerei", "PDF", SINGLE_PDF, "Gesamt-PDF erstellt"]
    assert last[6] == "6 Seiten aus Zeilen 2–4."
    summary = json.loads((folder / REPORT_JSON).read_text("utf-8"))["summary"]["single_pdf"]
    assert (summary["written"], summary["rows"], summary["pages"]) == (True, [2, 3, 4], 6)
    assert summary["size"] == (folder / SINGLE_PDF).stat().st_size
    with zipfile.ZipFile(folder / ZIP_NAME) as archive:
        assert archive.read(SINGLE_PDF) == (folder / SINGLE_PDF).read_bytes()
        assert len([n for n in archive.namelist() if n.endswith(".pdf")]) == 4


@needs_poppler
def test_a_refused_row_is_left_out_and_named_and_strict_writes_no_file(tmp_path: Path) -> None:
    people = [STAFF[0], ("", "Ohne Namen", "0781 805-299"), *STAFF[1:]]
    data = staff_list(tmp_path, people)
    office = str(office_profile(tmp_path))
    code, out = batch([str(data), "-t", CARD, "--preset", "druckerei", "--office", office,
                       "--ein-pdf", "--jobs", "1", "--out", str(tmp_path / "druck")])
    assert code == 1, out                                 # a row failed, as without the option
    assert f"Zeile 3 ({OFFICE}_visitenkarte_3.pdf): Das Pflichtfeld „Name“ ist leer." in out
    single = tmp_path / "druck" / SINGLE_PDF
    assert "6 Seiten aus Zeilen 2, 4, 5; ohne Zeile 3 (siehe Fehler)." in out
    texts = page_texts(single)
    assert len(texts) == 6
    assert [t.split("\n")[0] for t in texts[1::2]] == [p[0] for p in STAFF]
    assert not any("Ohne Namen" in t for t in texts)
    last = (tmp_path / "druck" / REPORT_CSV).read_bytes().decode("utf-8-sig").splitlines()[-1]
    assert "ohne Zeile 3 (siehe Fehler)" in last

    # --strict: only a complete file; the one of the run before stays, and the user is told.
    before = single.read_bytes()
    code, out = batch([str(data), "-t", CARD, "--preset", "druckerei", "--office", office,
                       "--ein-pdf", "--strict", "--jobs", "1", "--out", str(tmp_path / "druck")])
    assert code == 1, out
    assert ("Das Gesamt-PDF wurde nicht geschrieben, weil Zeile 3 fehlt (mit --strict nur "
            "vollständig). Achtung: serienproduktion.pdf ist von einem früheren Lauf und zeigt "
            "nicht diesen Stand.") in out
    assert single.read_bytes() == before
    code, out = batch([str(data), "-t", CARD, "--preset", "druckerei", "--office", office,
                       "--ein-pdf", "--strict", "--jobs", "1", "--out", str(tmp_path / "neu")])
    assert code == 1
    assert not (tmp_path / "neu" / SINGLE_PDF).exists()
    assert "Achtung" not in out


def test_a_cancelled_run_writes_none_and_resume_finishes_it(tmp_path: Path) -> None:
    people = [(f"Person {chr(65 + i)}", "Fallmanagerin", f"0781 805-2{i:02d}") for i in range(6)]
    data = staff_list(tmp_path, people)
    options = BatchOptions(templates=(CARD,), presets=("buero",), jobs=1, preview_rows=0,
                           out_dir=tmp_path / "out", single_pdf=Path(SINGLE_PDF))
    cancel = threading.Event()

    def progress(p: Progress) -> None:
        if p.done >= 2:
            cancel.set()

    first = run_batch(plan_batch(data, options), progress=progress, cancel=cancel)
    assert first.cancelled
    assert first.single_pdf is not None
    assert not first.single_pdf.written
    assert "abgebrochen" in first.single_pdf.reason
    assert not (tmp_path / "out" / SINGLE_PDF).exists()

    rest = run_batch(plan_batch(data, BatchOptions(**{**options.__dict__, "resume": True})))
    assert rest.count("skipped") >= 2                     # finished cards are not made again
    single = rest.single_pdf
    assert single is not None
    assert single.written, single.reason
    assert single.rows == (2, 3, 4, 5, 6, 7)
    assert single.pages == 12
    with pikepdf.open(tmp_path / "out" / SINGLE_PDF) as pdf:
        assert len(pdf.pages) == 12
    # Nothing to render any more: the file is made again from the cards on disk.
    again = run_batch(plan_batch(data, BatchOptions(**{**options.__dict__, "resume": True})))
    assert again.count("skipped") == 6
    assert again.single_pdf is not None
    assert again.single_pdf.pages == 12


def test_no_row_file_takes_the_single_pdfs_name(tmp_path: Path) -> None:
    data = staff_list(tmp_path, STAFF[:2])
    plan = plan_batch(data, BatchOptions(templates=(CARD,), jobs=1, out_dir=tmp_path / "out",
                                         name_pattern="alle", single_pdf=Path("Alle.pdf")))
    report = run_batch(plan)
    assert [r.file for r in report.results] == ["alle_2.pdf", "alle_3.pdf"]
    assert report.single_pdf is not None
    assert report.single_pdf.written
    assert report.single_pdf.path == tmp_path / "out" / "Alle.pdf"       # its case kept
    with pikepdf.open(report.single_pdf.path) as pdf:
        assert len(pdf.pages) == 4


@pytest.mark.parametrize(("args", "message"), [
    (["-t", CARD, "--format", "png"], "Ein Gesamt-PDF (--ein-pdf) gibt es nur im Format PDF; "
                                      "bitte ohne --format oder mit --format pdf aufrufen."),
    (["-t", "post-4x5-veranstaltung"], "„Beitrag 4:5 – Veranstaltung“ wird als PNG erzeugt"),
    (["-t", CARD, "--preset", "druckerei,digitaldruck"],
     "bitte nur eine Vorlage und höchstens eine Druckvorgabe wählen."),
    (["-t", f"{CARD},flyer-a4-veranstaltung"], "fasst eine Vorlage in einer Druckvorgabe"),
])
def test_what_cannot_be_one_pdf_is_one_sentence_and_exit_2(tmp_path: Path, args: list[str],
                                                           message: str) -> None:
    data = staff_list(tmp_path, STAFF)
    code, out = batch([str(data), *args, "--ein-pdf", "--out", str(tmp_path / "out")])
    assert code == 2
    assert message in out
    assert "Traceback" not in out
    assert not (tmp_path / "out").exists()


def test_the_single_pdfs_name_and_folder_are_checked_before_rendering(tmp_path: Path) -> None:
    data = staff_list(tmp_path, STAFF)

    def plan(name: str) -> None:
        plan_batch(data, BatchOptions(templates=(CARD,), single_pdf=Path(name)))

    with pytest.raises(BatchError, match="muss auf .pdf enden, nicht „mitarbeitende.csv“"):
        plan("mitarbeitende.csv")           # `--ein-pdf DATEN.csv`: the data file taken as name
    with pytest.raises(BatchError, match="Den Ordner .*fehlt.* für das Gesamt-PDF gibt es nicht"):
        plan(str(tmp_path / "fehlt" / "alle.pdf"))
    (tmp_path / "ordner.pdf").mkdir()
    with pytest.raises(BatchError, match="ist ein Ordner"):
        plan(str(tmp_path / "ordner.pdf"))
    elsewhere = plan_batch(data, BatchOptions(templates=(CARD,),
                                              single_pdf=tmp_path / "druck.pdf"))
    assert elsewhere.single_pdf == tmp_path / "druck.pdf"
    assert plan_batch(data, BatchOptions(templates=(CARD,), single_pdf=Path("a:b.PDF"))
                      ).single_pdf == tmp_path / "mitarbeitende_ausgabe" / "a_b.pdf"
