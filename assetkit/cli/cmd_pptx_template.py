"""``assetkit pptx-template --office PROFIL.toml --out DATEI.(potx|pptx) [--ohne-beispiele]``."""

from __future__ import annotations

import argparse
from pathlib import Path

from assetkit.brand import load_brand
from assetkit.cli.content_args import input_paths
from assetkit.errors import OutputError
from assetkit.fileio import write_atomic
from assetkit.office import load_office
from assetkit.slides import PptxOptions, build_pptx_template

SUFFIXES = (".potx", ".pptx")


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("pptx-template",
                       help="PowerPoint-Vorlage 16:9 mit Folienmaster und Layouts erstellen")
    p.add_argument("--office", type=Path, required=True, metavar="PROFIL.toml",
                   help="Dienststellenprofil (Name und Kontakt für Fußzeile und Abschlussfolie)")
    p.add_argument("--out", "-o", type=Path, required=True, metavar="DATEI",
                   help="Ausgabedatei: .potx (PowerPoint-Vorlage) oder .pptx")
    p.add_argument("--ohne-beispiele", dest="samples", action="store_false",
                   help="nur Master und Layouts, ohne Beispielfolien")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    out: Path = args.out
    if out.suffix.lower() not in SUFFIXES:
        raise OutputError(f"Die Ausgabedatei {out} muss auf .potx oder .pptx enden.")
    office = load_office(args.office)
    brand = load_brand()
    template = build_pptx_template(
        office, PptxOptions(potx=out.suffix.lower() == ".potx", samples=args.samples), brand)
    write_atomic(out, template.data, inputs=input_paths(args, office=office, brand=brand))
    print(f"{out} geschrieben (PowerPoint-Vorlage 16:9, {len(template.layouts)} Layouts, "
          f"{template.slides} Beispielfolien, {len(template.data) / 1024:.0f} KB).")
    return 0
