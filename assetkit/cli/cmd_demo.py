"""``assetkit demo --out DIR``: every template with sample copy from the campaign texts, and a
contact sheet ``uebersicht.png`` showing them all side by side (the README shows it)."""

from __future__ import annotations

import argparse
import io
from pathlib import Path

from assetkit.brand import Brand, load_brand
from assetkit.cli.main import warn
from assetkit.compose import Content, ImageChoice
from assetkit.errors import OutputError
from assetkit.export.formats import ExportRequest, export
from assetkit.fileio import write_atomic
from assetkit.office import sample_office
from assetkit.templates import Template, load_catalogue


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("demo", help="Alle Vorlagen mit Beispielinhalten rendern")
    p.add_argument("--out", "-o", type=Path, required=True, metavar="ORDNER")
    p.add_argument("--only", metavar="VORLAGE", action="append", default=[],
                   help="nur diese Vorlagen (eine oder mehrere)")
    p.set_defaults(func=run)


def sample_photos(folder: Path) -> dict[str, Path]:
    """Write the generated sample photos once and return them by kind."""
    from assetkit.images.samples import sample_photo

    folder.mkdir(parents=True, exist_ok=True)
    photos = {}
    # name → (kind, size); tall fields (stories) get an upright photo so nothing is enlarged
    wanted = {"team": ("team", (2400, 1600)), "team-hoch": ("team", (1600, 2600)),
              "office": ("office", (2400, 1600)), "portrait": ("portrait", (1600, 2000)),
              "city": ("city", (2400, 1600)),
              # large formats (roll-up, A1) are seen from metres, yet need ≥ 100 ppi
              "team-gross": ("team", (4000, 2700)), "team-gross-hoch": ("team", (2700, 4000))}
    for name, (kind, size) in wanted.items():
        path = folder / f"beispiel-{name}.jpg"
        if not path.exists():
            buf = io.BytesIO()
            sample_photo(kind, size=size).save(buf, "JPEG", quality=88)  # type: ignore[arg-type]
            write_atomic(path, buf.getvalue())
        photos[name] = path
    return photos


def demo_content(template: Template, photos: dict[str, Path]) -> Content:
    images = {}
    for f in template.all_image_fields():          # every side of a card or leaflet
        if "portrait" in f.id:
            name = "portrait"
        else:
            name = "team-hoch" if f.box.height > f.box.width * 1.2 else "team"
            if template.page.unit == "mm" and max(f.box.width, f.box.height) > 500:
                name = name.replace("team", "team-gross")
        images[f.id] = ImageChoice(photos[name])
    texts: dict[str, str] = {}
    for side in template.pages():
        texts.update({k: v for k, v in side.sample.items() if k not in texts})
    return Content(texts=texts, images=images)


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
    previews: list[tuple[Template, bytes]] = []
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
            if fmt == "png":
                previews.append((template, data))
    sheet = contact_sheet(previews, brand)
    target = out / SHEET_NAME
    write_atomic(target, sheet)
    print(f"{target}")
    return 0


SHEET_NAME = "uebersicht.png"
_ROW_HEIGHT = 340
_GAP = 36
_LABEL = 44


def contact_sheet(previews: list[tuple[Template, bytes]], brand: Brand) -> bytes:
    """One PNG with every preview, a row per group (print and office, then each social
    family), each captioned with the template's German name and size."""
    from PIL import Image, ImageDraw, ImageFont

    groups: dict[str, list[tuple[Template, Image.Image]]] = {}
    for template, png in previews:
        if template.category != "social":
            key = "Druck und Büro"
        elif template.family in ("veranstaltung", "erfolgsgeschichte", "kennzahl"):
            key = f"Social Media – {template.family}"
        else:
            key = "Website und E-Mail"
        img = Image.open(io.BytesIO(png)).convert("RGB")
        img.thumbnail((10_000, _ROW_HEIGHT), Image.Resampling.LANCZOS)
        groups.setdefault(key, []).append((template, img))
    colors = {name: c.hex for name, c in brand.colors.items()}
    caption = ImageFont.truetype(str(brand.font("emphasis")), 17)
    small = ImageFont.truetype(str(brand.font("body")), 15)
    heading = ImageFont.truetype(str(brand.font("subline")), 26)
    title = ImageFont.truetype(str(brand.font("headline")), 40)
    def cell(template: Template, img: Image.Image) -> int:
        """The width a preview takes: the image, or its caption where that is wider."""
        return max(img.width, round(caption.getlength(template.name.de.split(" – ")[0])))

    width = max((sum(cell(t, i) for t, i in row) + _GAP * (len(row) + 1)
                 for row in groups.values()), default=400)
    height = 130 + len(groups) * (_ROW_HEIGHT + _LABEL + 70)
    sheet = Image.new("RGB", (width, height), colors["sand"])
    draw = ImageDraw.Draw(sheet)
    draw.rectangle((0, 0, width, 100), fill=colors["petrol"])
    draw.rectangle((_GAP, 44, _GAP + 48, 52), fill=colors["sonnengelb"])
    draw.text((_GAP + 68, 28), "Kommunale Jobcenter – Stark. Sozial. Vor Ort.", font=title,
              fill=colors["weiss"])
    y = 130
    for name, row in groups.items():
        draw.text((_GAP, y), name.replace("erfolgsgeschichte", "Erfolgsgeschichte")
                  .replace("veranstaltung", "Veranstaltung").replace("kennzahl", "Kennzahl"),
                  font=heading, fill=colors["petrol"])
        y += 44
        x = _GAP
        for template, img in row:
            sheet.paste(img, (x, y))
            draw.rectangle((x, y, x + img.width - 1, y + img.height - 1), outline=colors["mint"])
            label = template.name.de.split(" – ")[0]
            draw.text((x, y + img.height + 8), label, font=caption, fill=colors["schwarz"])
            draw.text((x, y + img.height + 29), template.page.size_label(), font=small,
                      fill=colors["petrol"])
            x += cell(template, img) + _GAP
        y += _ROW_HEIGHT + _LABEL + 26
    buf = io.BytesIO()
    sheet.save(buf, "PNG", optimize=True)
    return buf.getvalue()
