"""``assetkit templates`` and ``assetkit fields TEMPLATE``: what the catalogue offers."""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from assetkit.templates import load_catalogue


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("templates", help="Vorlagen auflisten (ID, Kategorie, Größe)")
    p.set_defaults(func=run_templates)
    p = sub.add_parser("fields", help="Felder einer Vorlage auflisten")
    p.add_argument("template", metavar="VORLAGE")
    p.set_defaults(func=run_fields)


def run_templates(args: argparse.Namespace) -> int:
    catalogue = load_catalogue()
    rows = [(t.id, t.category, t.page.size_label(), t.name.de) for t in catalogue.templates]
    _table(("ID", "Kategorie", "Größe", "Name"), rows)
    return 0


def run_fields(args: argparse.Namespace) -> int:
    template = load_catalogue().get(args.template)
    rows = []
    for f in template.all_text_fields():
        kind = "Text (mehrzeilig)" if f.multiline else {"date": "Datum", "time": "Uhrzeit",
                                                        "choice": "Auswahl"}.get(f.kind, "Text")
        if f.bind:
            kind += f" ← {f.bind}"
        rows.append((f.id, kind, f.label.de, _short(f.default)))
    for img in template.all_image_fields():
        rows.append((img.id, "Bild", img.label.de, "(Pflicht)" if img.required else ""))
    _table(("Feld", "Art", "Bezeichnung", "Vorgabe"), rows)
    return 0


def _short(text: str, limit: int = 50) -> str:
    text = text.replace("\n", " ")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _table(header: tuple[str, ...], rows: Sequence[tuple[str, ...]]) -> None:
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    for row in [header, tuple("─" * w for w in widths), *rows]:
        print("  ".join(str(cell).ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())
