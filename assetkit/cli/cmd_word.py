"""``assetkit word-template --office PROFIL.toml --out DATEI.(dotx|docx) [--kind letter|form]``."""

from __future__ import annotations

import argparse
from pathlib import Path

from assetkit.brand import load_brand
from assetkit.cli.content_args import input_paths
from assetkit.errors import OutputError
from assetkit.fileio import write_atomic
from assetkit.office import load_office
from assetkit.word import build_template

SUFFIXES = (".docx", ".dotx")


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("word-template",
                       help="Brief- oder Formularvorlage für Word (DIN 5008) erstellen")
    p.add_argument("--office", type=Path, required=True, metavar="PROFIL.toml",
                   help="Dienststellenprofil (Name, Anschrift, Kontakt, Bankverbindung)")
    p.add_argument("--out", "-o", type=Path, required=True, metavar="DATEI",
                   help="Ausgabedatei: .dotx (Word-Vorlage) oder .docx")
    p.add_argument("--kind", choices=("letter", "form"), default="letter",
                   help="letter = Briefvorlage (Standard), form = Formularvorlage")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    out: Path = args.out
    if out.suffix.lower() not in SUFFIXES:
        raise OutputError(f"Die Ausgabedatei {out} muss auf .dotx oder .docx enden.")
    office = load_office(args.office)
    template = build_template(office, args.kind, dotx=out.suffix.lower() == ".dotx")
    write_atomic(out, template.data, inputs=input_paths(args, office=office, brand=load_brand()))
    label = "Briefvorlage" if args.kind == "letter" else "Formularvorlage"
    print(f"{out} geschrieben ({label}, {len(template.data) / 1024:.0f} KB, Logo "
          f"{template.logo_width_mm:.0f} mm breit).")
    return 0
