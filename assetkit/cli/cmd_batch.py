"""``assetkit batch DATA.csv --template ID``: one output per data row and template (Serienproduktion).

Shows what it understood (encoding, separator, which column feeds which field), then a progress
line with rate and remaining time on stderr. Ctrl+C cancels cleanly: finished files stay, the
report is written, and ``--resume`` continues later. ``--ein-pdf`` also joins every row's PDF in
row order into one file for the print shop. Exit code 0 when every output was made (with or
without notes), 1 when some rows failed (or the single PDF could not be written), 130 when
cancelled.
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
import time
from collections.abc import Iterable
from pathlib import Path
from types import FrameType
from typing import TextIO

from assetkit.batch import (
    SINGLE_PDF,
    BatchOptions,
    BatchPlan,
    BatchReport,
    Progress,
    plan_batch,
    run_batch,
)
from assetkit.batch.mapping import parse_map_options
from assetkit.batch.naming import DEFAULT_PATTERN
from assetkit.batch.worker import JobResult
from assetkit.cli.main import warn
from assetkit.office import load_office

MAX_LISTED = 15


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "batch", help="Serienproduktion: aus einer CSV- oder Excel-Tabelle je Zeile Dateien erzeugen",
        description="Füllt Vorlagen Zeile für Zeile aus einer CSV- oder Excel-Datei. Spalten "
                    "passen zu Feldern über ihre Kennung oder Beschriftung (z. B. „Überschrift“); "
                    "Fotospalten enthalten Pfade relativ zur Datendatei; Spalten wie Telefon, "
                    "E-Mail, PLZ füllen die Angaben der Dienststelle.")
    p.add_argument("data", type=Path, metavar="DATEN.(csv|xlsx)")
    p.add_argument("--template", "-t", action="append", required=True, metavar="ID[,ID…]",
                   help="Vorlagen, mehrfach angegeben oder durch Komma getrennt")
    p.add_argument("--preset", action="append", default=[], metavar="NAME[,NAME…]",
                   help="Druckvorgaben für Druckvorlagen (eine oder mehrere)")
    p.add_argument("--format", choices=("png", "jpg", "pdf", "svg"),
                   help="Dateiformat für alle Vorlagen (Standard: PNG für Social Media, PDF für "
                        "Druck)")
    p.add_argument("--out", "-o", type=Path, metavar="ORDNER",
                   help="Ausgabeordner (Standard: „<Datendatei>_ausgabe“ daneben)")
    p.add_argument("--name", default=DEFAULT_PATTERN, metavar="MUSTER",
                   help="Dateinamen, z. B. „{office}_{template}_{row}“; jede Spalte als {Spalte}")
    p.add_argument("--map", action="append", default=[], metavar="FELD=SPALTE",
                   help="Spalte einem Feld zuordnen (mehrfach möglich; office.phone=Telefon …)")
    p.add_argument("--office", type=Path, metavar="PROFIL.toml",
                   help="Dienststellenprofil für alle Zeilen (Spalten der Tabelle gehen vor)")
    p.add_argument("--jobs", "-j", type=int, metavar="N",
                   help="Anzahl paralleler Prozesse (Standard: alle Kerne)")
    p.add_argument("--strict", action="store_true",
                   help="auch Warnungen der Prüfung verhindern die Datei einer Zeile")
    p.add_argument("--force", action="store_true",
                   help="Dateien auch schreiben, wenn die Prüfung Fehler findet")
    p.add_argument("--resume", action="store_true",
                   help="fertige Dateien eines früheren Laufs überspringen")
    p.add_argument("--zip", action="store_true", help="zusätzlich alle Dateien als ZIP")
    p.add_argument("--ein-pdf", "--single-pdf", dest="single_pdf", nargs="?", type=Path,
                   const=Path(SINGLE_PDF), metavar="DATEI.pdf",
                   help="zusätzlich die PDFs aller Zeilen in Zeilenfolge in einem PDF für die "
                        f"Druckerei (Standard: {SINGLE_PDF} im Ausgabeordner); Zeilen mit "
                        "Fehlern fehlen darin, mit --strict wird es nur vollständig geschrieben")
    p.add_argument("--encoding", metavar="ZEICHENSATZ", help="z. B. cp1252 oder utf-8 "
                   "(Standard: erkennen)")
    p.add_argument("--delimiter", metavar="ZEICHEN", help="Trennzeichen, z. B. ; , oder tab "
                   "(Standard: erkennen)")
    p.add_argument("--sheet", metavar="BLATT", help="Tabellenblatt einer Excel-Datei")
    p.add_argument("--quality", type=int, default=90, help="JPEG-Qualität 1–100 (Standard 90)")
    p.add_argument("--dpi", type=float, help="Auflösung für PNG/JPEG von Druckvorlagen")
    p.set_defaults(func=run)


def _split(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(v.strip() for item in values for v in item.split(",") if v.strip()))


def run(args: argparse.Namespace) -> int:
    options = BatchOptions(
        templates=_split(args.template), out_dir=args.out, presets=_split(args.preset),
        fmt=args.format, name_pattern=args.name, mapping=parse_map_options(args.map),
        office=load_office(args.office) if args.office else None, jobs=args.jobs,
        strict=args.strict, force=args.force, resume=args.resume, make_zip=args.zip,
        single_pdf=args.single_pdf, encoding=args.encoding,
        delimiter=args.delimiter, sheet=args.sheet, jpeg_quality=args.quality, dpi=args.dpi,
        preview_rows=0,
    )
    plan = plan_batch(args.data, options)
    _describe(plan)
    cancel = threading.Event()
    bar = ProgressLine(sys.stderr)
    previous = signal.getsignal(signal.SIGINT)

    def on_interrupt(_sig: int, _frame: FrameType | None) -> None:
        if cancel.is_set():
            raise KeyboardInterrupt
        cancel.set()
        bar.message("Wird abgebrochen … fertige Dateien bleiben erhalten "
                    "(noch einmal Strg+C beendet sofort).")

    signal.signal(signal.SIGINT, on_interrupt)
    try:
        report = run_batch(plan, progress=bar.update, cancel=cancel)
    finally:
        signal.signal(signal.SIGINT, previous)
        bar.close()
    return _summary(report)


def _describe(plan: BatchPlan) -> None:
    out = sys.stdout
    print(f"Datendatei: {plan.source.path.name} ({plan.source.describe()}), "
          f"{plan.row_count} Zeilen", file=out)
    for o in plan.outputs:
        preset = f", Druckvorgabe {o.preset}" if o.preset else ""
        print(f"Vorlage {o.template}: {o.fmt.upper().replace('JPEG', 'JPG')}{preset}", file=out)
    seen: set[tuple[str, str]] = set()
    for m in plan.mapping.templates:
        for field, column in (*m.texts, *m.images):
            if (field, column) not in seen:
                seen.add((field, column))
                print(f"  {field} ← „{column}“", file=out)
    for key, column in plan.mapping.office:
        print(f"  office.{key} ← „{column}“", file=out)
    for note in plan.notes:
        warn(note)
    single = f", dazu das Gesamt-PDF {plan.single_pdf}" if plan.single_pdf is not None else ""
    print(f"Ausgabe: {plan.out_dir} ({plan.total_jobs} Dateien{single})", file=out)
    out.flush()


def _summary(report: BatchReport) -> int:
    created = report.count("ok") + report.count("warning")
    rate = (created / report.elapsed) if report.elapsed else 0.0
    head = "Abgebrochen" if report.cancelled else "Fertig"
    print(f"{head}: {created} erstellt ({report.count('warning')} mit Hinweis), "
          f"{report.count('error')} Fehler, {report.count('skipped')} übersprungen in "
          f"{_clock(report.elapsed)} ({_num(rate)} Dateien/s, {report.workers} Prozesse).")
    _list("Fehler", [r for r in report.results if r.status == "error"], sys.stdout)
    _list("Hinweise", [r for r in report.results if r.status == "warning"], sys.stdout)
    if report.cancelled:
        not_done = report.total - created - report.count("error") - report.count("skipped")
        print(f"{not_done} Dateien wurden nicht erzeugt; mit --resume geht es weiter.")
    if report.report_csv:
        print(f"Bericht: {report.report_csv}")
    single = report.single_pdf
    if single is not None:
        print(f"Gesamt-PDF: {single.path} – {single.describe()}" if single.written else
              single.describe())
    if report.zip_path:
        print(f"ZIP: {report.zip_path}")
    if report.cancelled:
        return 130
    return 1 if report.failed or (single is not None and not single.written) else 0


def _list(title: str, results: list[JobResult], out: TextIO) -> None:
    """One line per row and reason (a row's formats usually fail for the same reason)."""
    if not results:
        return
    groups: dict[tuple[int, str], list[str]] = {}
    for r in results:
        groups.setdefault((r.row, " ".join(r.messages)), []).append(r.file)
    print(f"{title}:", file=out)
    for i, ((row, reason), files) in enumerate(sorted(groups.items())):
        if i == MAX_LISTED:
            print(f"  … und {len(groups) - MAX_LISTED} weitere (siehe Bericht)", file=out)
            break
        what = files[0] if len(files) == 1 else f"{len(files)} Dateien"
        print(f"  Zeile {row} ({what}): {reason}", file=out)


def _clock(seconds: float) -> str:
    seconds = max(0, round(seconds))
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


def _num(value: float) -> str:
    return f"{value:.1f}".replace(".", ",")


class ProgressLine:
    """A one-line progress bar on a terminal; on a pipe, a plain line every 10 %."""

    WIDTH = 24

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.tty = bool(getattr(stream, "isatty", lambda: False)())
        self.last_decile = -1
        self.shown = False
        self.started = time.monotonic()

    def update(self, p: Progress) -> None:
        share = p.done / p.total if p.total else 1.0
        eta = _clock(p.eta) if p.eta is not None else "–"
        problems = f"  Fehler {p.errors}" if p.errors else ""
        text = (f"{p.done}/{p.total} {share:4.0%}  {_num(p.rate)} Dateien/s  "
                f"noch {eta}{problems}").replace("%", " %")
        if self.tty:
            filled = round(share * self.WIDTH)
            bar = "█" * filled + "░" * (self.WIDTH - filled)
            self.stream.write(f"\r\x1b[2K{bar} {text}")
            self.stream.flush()
            self.shown = True
            return
        decile = int(share * 10)
        if decile != self.last_decile:
            self.last_decile = decile
            self.stream.write(text + "\n")
            self.stream.flush()

    def message(self, text: str) -> None:
        self.stream.write(("\n" if self.tty and self.shown else "") + text + "\n")
        self.stream.flush()
        self.shown = False

    def close(self) -> None:
        if self.tty and self.shown:
            self.stream.write("\n")
            self.stream.flush()
