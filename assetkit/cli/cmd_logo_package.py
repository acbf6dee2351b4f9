"""``assetkit logo-package [--office PROFIL.toml] --out logos.zip``."""

from __future__ import annotations

import argparse
from pathlib import Path

from assetkit.brand import load_brand
from assetkit.cli.content_args import input_paths
from assetkit.errors import OutputError
from assetkit.fileio import write_atomic
from assetkit.logopack import build_logo_package
from assetkit.office import load_office


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("logo-package",
                       help="Logopaket als ZIP: alle Logovarianten (SVG, PNG, PDF), Favicons, "
                            "Logo-Richtlinien")
    p.add_argument("--office", type=Path, metavar="PROFIL.toml",
                   help="Dienststellenprofil; mit eigenem Logo (logo = …) kommt ein "
                        "Co-Branding-Logo dazu")
    p.add_argument("--out", "-o", type=Path, required=True, metavar="DATEI.zip",
                   help="Ausgabedatei (.zip)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    out: Path = args.out
    if out.suffix.lower() != ".zip":
        raise OutputError(f"Die Ausgabedatei {out} muss auf .zip enden.")
    office = load_office(args.office) if args.office else None
    brand = load_brand()
    package = build_logo_package(brand, office)
    write_atomic(out, package.data, inputs=input_paths(args, office=office, brand=brand))
    co = any(f.name.startswith("co-branding/") for f in package.files)
    print(f"{out} geschrieben ({len(package.files)} Dateien, {len(package.data) / 1024:.0f} KB"
          f"{', mit Co-Branding-Logo' if co else ''}).")
    return 0
