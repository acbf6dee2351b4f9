"""``assetkit check``: preflight a template with content, or an exported PDF/PNG/JPEG.

``assetkit check VORLAGE [--set …] [--image …] [--preset NAME] [--json] [--strict]`` composes the
template like ``render`` and checks the result; ``assetkit check DATEI.pdf`` checks an existing
PDF (``.png``/``.jpg`` files: social checks). Exit code 0 when clean, 2 with errors, 1 with
warnings only when ``--strict`` is given.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from assetkit.brand import load_brand
from assetkit.cli.content_args import add_content_arguments, content_from_args, office_from_args
from assetkit.errors import count_de
from assetkit.preflight import (
    PLATFORMS,
    Finding,
    check_image_file,
    check_pdf,
    exit_code,
    report,
    sort_findings,
)
from assetkit.preflight.judge import check_content
from assetkit.preflight.targets import PreflightError
from assetkit.templates import load_catalogue

RASTER = {".png", ".jpg", ".jpeg", ".webp", ".tif", ".tiff"}
LABELS = {"de": {"error": "FEHLER", "warning": "WARNUNG", "info": "HINWEIS"},
          "en": {"error": "ERROR", "warning": "WARNING", "info": "INFO"}}


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "check", help="Vorlage mit Inhalt oder fertige Datei (PDF, PNG, JPEG) prüfen",
        description="Prüft Marken-, Druck- und Social-Media-Regeln. Exit-Code 0: in Ordnung, "
                    "2: Fehler, 1: nur Warnungen (mit --strict).")
    p.add_argument("target", metavar="VORLAGE|DATEI",
                   help="Vorlagen-ID oder eine vorhandene .pdf/.png/.jpg-Datei")
    add_content_arguments(p)
    p.add_argument("--preset", metavar="NAME",
                   help=f"Druckprofil (z. B. druckerei) oder Plattform ({', '.join(PLATFORMS)})")
    p.add_argument("--json", action="store_true", help="Befunde als JSON ausgeben")
    p.add_argument("--strict", action="store_true", help="Warnungen ergeben Exit-Code 1")
    p.add_argument("--lang", choices=("de", "en"), default="de", help="Sprache der Tabelle")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    source = args.target
    path = Path(source).expanduser()
    suffix = path.suffix.lower()
    if suffix == ".pdf" or suffix in RASTER:
        if not path.is_file():
            raise PreflightError(f"Die Datei {path} gibt es nicht.")
        if args.set or args.image or args.office:
            raise PreflightError("--set, --image und --office gelten nur für Vorlagen, nicht "
                                 "für fertige Dateien.")
        findings = (check_pdf(path, preset=args.preset) if suffix == ".pdf"
                    else check_image_file(path, preset=args.preset))
    elif suffix or path.is_file() or "/" in source or "\\" in source:
        # A file, not a template id (ids have no dots or slashes): say what check can read.
        what = f"{suffix}-Dateien" if suffix else "diese Datei"
        raise PreflightError(f"„{source}“ ist keine Vorlage, und {what} kann „assetkit check“ "
                             "nicht prüfen (nur PDF, PNG, JPEG, WebP und TIFF).")
    else:
        template = load_catalogue().get(source)
        findings, _ = check_content(template, content_from_args(args), load_brand(),
                                    office_from_args(args), preset=args.preset)
    if args.json:
        json.dump(report(findings, source, args.preset), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        print_table(findings, args.lang)
    return exit_code(findings, args.strict)


def _number(value: float, lang: str) -> str:
    text = f"{value:.1f}"
    return text.replace(".", ",") if lang == "de" else text


def _where(f: Finding, lang: str) -> str:
    parts = []
    if f.field:
        parts.append(f.field)
    parts.append(f"S. {f.page}" if lang == "de" else f"p. {f.page}")
    if f.box is not None:
        x, y, w, h = (_number(v, lang) for v in f.box)
        parts.append(f"{x}/{y} {w}×{h} {f.unit}".strip())
    return "; ".join(parts)


def print_table(findings: list[Finding], lang: str = "de") -> None:
    ordered = sort_findings(findings)
    if not ordered:
        print("Keine Befunde – alles in Ordnung." if lang == "de" else "No findings – all good.")
        return
    labels = LABELS[lang]
    for f in ordered:
        print(f"{labels[f.severity]:<8} {f.code:<26} ({_where(f, lang)})")
        print(f"         {f.message(lang)}")
    n = {s: sum(1 for f in ordered if f.severity == s) for s in labels}
    if lang == "de":
        print(f"\n{n['error']} Fehler, {count_de(n['warning'], 'Warnung', 'Warnungen')}, "
              f"{count_de(n['info'], 'Hinweis', 'Hinweise')}.")
    else:
        print(f"\n{n['error']} {'error' if n['error'] == 1 else 'errors'}, "
              f"{n['warning']} {'warning' if n['warning'] == 1 else 'warnings'}, {n['info']} info.")
