"""``assetkit email-signature --office PROFIL.toml --out signatur.html [--name …] [--funktion …]``.

Writes the HTML signature and, beside it, ``<name>-banner.png`` (600×120 px, at most 50 KB),
which the HTML references; with ``--banner-url`` the HTML points at the banner on the website.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from assetkit.brand import load_brand
from assetkit.cli.content_args import input_paths
from assetkit.errors import OutputError
from assetkit.fileio import write_atomic
from assetkit.office import load_office
from assetkit.signature import SignatureOptions, build_signature


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("email-signature",
                       help="E-Mail-Signatur (HTML) mit Kampagnenbanner 600×120 erstellen")
    p.add_argument("--office", type=Path, required=True, metavar="PROFIL.toml",
                   help="Dienststellenprofil (Anschrift, Telefon, E-Mail, Website)")
    p.add_argument("--out", "-o", type=Path, required=True, metavar="DATEI.html",
                   help="Ausgabedatei (.html); das Banner kommt als DATEI-banner.png daneben")
    p.add_argument("--name", default="", help="Name der Person („Vorname Nachname“)")
    p.add_argument("--funktion", default="", help="Funktion oder Team")
    p.add_argument("--telefon", default="", help="Durchwahl (sonst die Nummer der Dienststelle)")
    p.add_argument("--botschaft", default="", help="Text im Banner (höchstens drei Zeilen)")
    p.add_argument("--banner-url", default="", metavar="https://…",
                   help="Adresse, unter der das Banner auf der Website liegt (statt der Datei)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    out: Path = args.out
    if out.suffix.lower() not in (".html", ".htm"):
        raise OutputError(f"Die Ausgabedatei {out} muss auf .html enden.")
    banner = out.with_name(f"{out.stem}-banner.png")
    office = load_office(args.office)
    brand = load_brand()
    options = SignatureOptions(name=args.name.strip(), role=args.funktion.strip(),
                               phone=args.telefon.strip(), message=args.botschaft.strip(),
                               banner_src=args.banner_url.strip() or banner.name)
    signature = build_signature(office, options, brand)
    inputs = input_paths(args, office=office, brand=brand)
    write_atomic(banner, signature.banner_png, inputs=inputs)
    write_atomic(out, signature.html.encode("utf-8"), inputs=inputs)
    print(f"{out} und {banner} geschrieben (Banner 600×120 px, "
          f"{len(signature.banner_png) / 1024:.0f} KB).")
    return 0
