"""``assetkit presets``: list the print-shop presets that ``render --preset`` accepts."""

from __future__ import annotations

import argparse

from assetkit.export.presets import list_presets, presets_dir


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("presets", help="Exportprofile für Druck-PDFs auflisten")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    presets = list_presets()
    width = max((len(p.id) for p in presets), default=0)
    for preset in presets:
        print(f"{preset.id:<{width}}  {preset.name}")
        if preset.description:
            print(f"{'':<{width}}  {preset.description}")
    print(f"\nEigene Profile: eine dieser Dateien aus {presets_dir()} kopieren, anpassen und mit "
          "„--preset PFAD/DATEI.toml“ verwenden.")
    return 0
