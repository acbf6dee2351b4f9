"""``assetkit stamp INPUT... --out DIR|FILE``: put the campaign logo onto PDFs and images."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from assetkit.errors import OutputError
from assetkit.stamp import POSITIONS, VARIANTS, FileReport, PageSelection, StampOptions, stamp_files
from assetkit.stamp.batch import collect_jobs
from assetkit.stamp.model import LAYOUTS, Status


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "stamp", help="Kampagnenlogo auf vorhandene PDFs und Bilder setzen",
        description="Setzt das Kampagnenlogo auf PDFs (als Vektorgrafik) und Bilder (PNG, JPEG, "
                    "WebP, TIFF). Originale bleiben unverändert; Ausgaben heißen name_kampagne.ext.")
    p.add_argument("inputs", nargs="+", type=Path, metavar="EINGABE",
                   help="Dateien oder Ordner (Ordner werden rekursiv durchsucht)")
    p.add_argument("--out", "-o", type=Path, metavar="ORDNER|DATEI",
                   help="Ausgabeordner, oder Ausgabedatei bei genau einer Eingabedatei "
                        "(Standard: neben der Eingabe)")
    p.add_argument("--position", choices=POSITIONS, default="auto",
                   help="Logoposition; auto sucht freien Platz (Standard)")
    p.add_argument("--pages", default="all", metavar="all|first|N-M",
                   help="Seiten in PDFs (Standard: all)")
    p.add_argument("--variant", choices=VARIANTS,
                   help="Logovariante (Standard: farbig, auf dunklem Grund weiß)")
    p.add_argument("--layout", choices=LAYOUTS, default="horizontal", help="Logoanordnung")
    p.add_argument("--size", type=float, metavar="MM",
                   help="Logobreite auf PDF-Seiten in mm (Standard 45; auto verkleinert bis "
                        "zur Mindestbreite)")
    p.add_argument("--image-width", type=float, default=25.0, metavar="PROZENT",
                   help="Logobreite auf Bildern in %% der kürzeren Bildseite (Standard 25)")
    p.add_argument("--password", metavar="PW", help="Passwort für verschlüsselte PDFs")
    p.add_argument("--overwrite", action="store_true",
                   help="vorhandene Ausgaben neben den Eingaben (name_kampagne.ext) ersetzen; "
                        "ohne diese Option bricht der Befehl ohne --out ab, wenn es sie gibt")
    p.add_argument("--jobs", "-j", type=int, metavar="N",
                   help="parallele Prozesse (Standard: automatisch)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    options = StampOptions(
        position=args.position, pages=PageSelection.parse(args.pages), variant=args.variant,
        layout=args.layout, size_mm=args.size, image_width=args.image_width / 100.0,
        password=args.password,
    )

    def progress(done: int, total: int, report: FileReport) -> None:
        stream = sys.stdout if report.status is not Status.FAILED else sys.stderr
        print(f"[{done}/{total}] {report.line()}", file=stream, flush=True)

    if not args.overwrite and args.out is None:
        _refuse_existing(args.inputs)
    batch = stamp_files(args.inputs, args.out, options, progress=progress, workers=args.jobs)
    print(batch.summary())
    return 0 if batch.ok else 1


def _refuse_existing(inputs: list[Path]) -> None:
    """Outputs placed next to the inputs (``name_kampagne.ext``, no ``--out``) never replace a
    file silently. An output the user chose (``--out DATEI`` or ``--out ORDNER``) is replaced,
    like ``render --out``: running the same command again refreshes it."""
    jobs, _problems = collect_jobs(inputs, None)
    existing = [j.output for j in jobs if j.output.exists()]
    if not existing:
        return
    more = len(existing) - 1
    others = "" if not more else (" und 1 weitere Ausgabe" if more == 1
                                  else f" und {more} weitere Ausgaben")
    raise OutputError(f"{existing[0]}{others} gibt es schon; „--overwrite“ ersetzt "
                      f"{'sie' if more else 'die Datei'}.")
