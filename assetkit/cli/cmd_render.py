"""``assetkit render TEMPLATE --out FILE``: fill a template and export PNG, JPEG, PDF or SVG."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from assetkit.cli.content_args import (
    add_content_arguments,
    content_from_args,
    input_paths,
    office_from_args,
    photo_paths,
)


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("render", help="Vorlage füllen und als PNG, JPEG, PDF oder SVG exportieren")
    p.add_argument("template", metavar="VORLAGE")
    p.add_argument("--out", "-o", type=Path, required=True, metavar="DATEI",
                   help="Ausgabedatei (.png, .jpg, .pdf, .svg)")
    add_content_arguments(p)
    p.add_argument("--dpi", type=float, help="Auflösung für PNG/JPEG von Druckvorlagen (Standard 150)")
    p.add_argument("--bleed", action="store_true", help="PDF mit Beschnittzugabe")
    p.add_argument("--preset", metavar="PROFIL",
                   help="Druck-PDF nach Exportprofil (Name aus „assetkit presets“ oder .toml-Datei)")
    p.add_argument("--quality", type=int, default=90, help="JPEG-Qualität 1–100 (Standard 90)")
    p.add_argument("--force", action="store_true",
                   help="Datei auch schreiben, wenn die Prüfung Fehler findet (z. B. Text passt nicht)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    # The photos are decoded on another core from here on, while this one loads the modules
    # below (which is why they are imported here, not at the top).
    from assetkit.images.cache import prefetch

    prefetch(photo_paths(args))
    from assetkit.cli.main import warn
    from assetkit.errors import OutputError
    from assetkit.export.presets import resolve_preset
    from assetkit.export.request import ExportRequest, format_for_path
    from assetkit.templates import find_template

    template = find_template(args.template)
    fmt = format_for_path(args.out)
    if args.dpi is not None and not 36 <= args.dpi <= 1200:
        raise OutputError("--dpi muss zwischen 36 und 1200 liegen.")
    if not 1 <= args.quality <= 100:
        raise OutputError("--quality muss zwischen 1 und 100 liegen.")
    content = content_from_args(args)
    preset = resolve_preset(args.preset) if args.preset else None
    request = ExportRequest(fmt=fmt, dpi=args.dpi, jpeg_quality=args.quality, bleed=args.bleed,
                            preset=preset)
    photos = None
    if preset is not None and fmt == "pdf" and content.images:
        from assetkit.export.print_photos import start_photos

        # The photo work (decode, crop, sRGB → CMYK, JPEG) starts on the second core now,
        # while the text engine, the renderer and the PDF library load on this one.
        photos = start_photos(template, content, preset, bands=1)
    office = office_from_args(args)
    from assetkit.brand import load_brand
    from assetkit.export.formats import export
    from assetkit.fileio import write_atomic
    from assetkit.preflight.judge import check_content, errors, reusable

    brand = load_brand()
    # The one judge: the same findings as `assetkit check` with this preset, before any work
    # on the file itself, so a refused export costs only the check.
    findings, judged = check_content(template, content, brand, office, preset=preset, fmt=fmt)
    refused = errors(findings)
    if refused and not args.force:
        for finding in refused:
            print(f"Fehler: {finding.message_de}", file=sys.stderr)
        print(f"{args.out} wurde nicht geschrieben; „--force“ schreibt die Datei trotzdem.",
              file=sys.stderr)
        return 2
    data, composition = export(template, content, brand, office, request, photos,
                               composed=judged if reusable(template, request) else None)
    for finding in findings:
        if finding.severity == "error":
            warn(f"{finding.message_de} (mit --force geschrieben)")
        else:
            warn(finding.message_de, hint=finding.severity == "info")
    for note in composition.notes:
        if note.code.startswith("print."):     # facts of the finisher, known only now
            warn(note.message)
    inputs = input_paths(args, template, office, brand)
    write_atomic(args.out, data, inputs=inputs)
    size = ""
    if fmt in ("png", "jpeg"):
        from assetkit.export.altmeta import write_alt_text

        w, h = composition.pixel_size(args.dpi)
        if template.sides:              # the sides next to each other
            import io

            from PIL import Image

            w, h = Image.open(io.BytesIO(data)).size
        size = f", {w}×{h} px"
        alt = write_alt_text(args.out, composition, inputs)
        if alt is not None:
            size += f"; Alternativtext in {alt.name}"
    elif preset is not None:
        size = f", {preset.name}"
    print(f"{args.out} geschrieben ({len(data) / 1024:.0f} KB{size}).")
    return 0
