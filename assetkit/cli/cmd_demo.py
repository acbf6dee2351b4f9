"""``assetkit demo --out DIR``: every template with sample copy from the campaign texts."""

from __future__ import annotations

import argparse
import io
from pathlib import Path

from assetkit.brand import load_brand
from assetkit.cli.main import warn
from assetkit.compose import Content, ImageChoice
from assetkit.errors import OutputError
from assetkit.export.formats import ExportRequest, export
from assetkit.export.write import write_atomic
from assetkit.office import sample_office
from assetkit.templates import Template, load_catalogue


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("demo", help="Alle Vorlagen mit Beispielinhalten rendern")
    p.add_argument("--out", "-o", type=Path, required=True, metavar="ORDNER")
    p.add_argument("--only", metavar="VORLAGE", action="append", default=[],
                   help="nur diese Vorlage(n)")
    p.set_defaults(func=run)


def sample_photos(folder: Path) -> dict[str, Path]:
    """Write the generated sample photos once and return them by kind."""
    from assetkit.images.samples import sample_photo

    folder.mkdir(parents=True, exist_ok=True)
    photos = {}
    for kind in ("team", "office", "portrait", "city"):
        path = folder / f"beispiel-{kind}.jpg"
        if not path.exists():
            buf = io.BytesIO()
            sample_photo(kind, size=(2400, 1600) if kind != "portrait" else (1600, 2000)).save(
                buf, "JPEG", quality=88)
            write_atomic(path, buf.getvalue())
        photos[kind] = path
    return photos


def demo_content(template: Template, photos: dict[str, Path]) -> Content:
    images = {}
    for f in template.image_fields:
        kind = "portrait" if "portrait" in f.id else "team"
        images[f.id] = ImageChoice(photos[kind])
    return Content(texts=dict(template.sample), images=images)


def run(args: argparse.Namespace) -> int:
    out: Path = args.out
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError:
        raise OutputError(f"Der Ordner {out} kann nicht angelegt werden.") from None
    brand = load_brand()
    office = sample_office()
    photos = sample_photos(out / "fotos")
    catalogue = load_catalogue()
    templates = [catalogue.get(t) for t in args.only] if args.only else list(catalogue.templates)
    for template in templates:
        content = demo_content(template, photos)
        formats = ["png", "pdf"] if template.page.unit == "mm" else ["png"]
        for fmt in formats:
            request = ExportRequest(fmt=fmt, dpi=150 if fmt == "png" else None)  # type: ignore[arg-type]
            data, composition = export(template, content, brand, office, request)
            for note in composition.notes:
                warn(f"{template.id}: {note.message}")
            target = out / f"{template.id}.{fmt}"
            write_atomic(target, data)
            print(f"{target}")
    return 0
