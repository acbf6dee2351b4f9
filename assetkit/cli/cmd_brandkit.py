"""``assetkit brandkit export|import|restore|info``: publish, check, install and roll back brand kits."""

from __future__ import annotations

import argparse
from pathlib import Path

from assetkit.brandkit import KitInfo, active_kit, export_kit, import_kit, inspect_kit, restore_kit


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("brandkit", help="Markenpaket exportieren, prüfen, einspielen, zurücksetzen",
                       description="Das Kampagnenteam gibt ein Markenpaket (.akkit) heraus; "
                                   "Dienststellen spielen es ein. Vor dem Einspielen wird alles "
                                   "geprüft; die vorherige Version bleibt erhalten.")
    actions = p.add_subparsers(dest="action", metavar="AKTION", required=True,
                               parser_class=type(p))
    e = actions.add_parser("export", help="Aktives Markenpaket (oder einen Ordner) als Datei speichern")
    e.add_argument("out", type=Path, metavar="DATEI", help="Zieldatei, z. B. marke-1.1.0.akkit")
    e.add_argument("--from", dest="source", type=Path, metavar="ORDNER",
                   help="Ordner mit brand.toml, logos/, templates/, fonts/ (Standard: aktives Paket)")
    e.set_defaults(func=run_export)
    i = actions.add_parser("import", help="Markenpaket prüfen und einspielen")
    i.add_argument("kit", type=Path, metavar="DATEI")
    i.add_argument("--force", action="store_true",
                   help="auch eine ältere oder gleiche Version einspielen")
    i.set_defaults(func=run_import)
    r = actions.add_parser("restore", help="Zur vorherigen Markenversion zurückkehren")
    r.set_defaults(func=run_restore)
    n = actions.add_parser("info", help="Aktives Markenpaket zeigen oder eine Datei prüfen")
    n.add_argument("kit", type=Path, nargs="?", metavar="DATEI")
    n.set_defaults(func=run_info)


def run_export(args: argparse.Namespace) -> int:
    info = export_kit(args.out, args.source)
    print(f"{args.out} geschrieben: Markenpaket {info.version}, {_summary(info)}.")
    return 0


def run_import(args: argparse.Namespace) -> int:
    info = import_kit(args.kit, allow_older=args.force)
    print(f"Markenpaket {info.version} geprüft und eingespielt ({_summary(info)}). "
          "„assetkit brandkit restore“ stellt die vorherige Version wieder her.")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    active = restore_kit()
    origin = "mitgeliefert" if active.source == "bundled" else "eingespielt"
    print(f"Markenpaket {active.version} ({origin}) ist wieder aktiv.")
    return 0


def run_info(args: argparse.Namespace) -> int:
    if args.kit is not None:
        info = inspect_kit(args.kit)
        print(f"{args.kit}: gültiges Markenpaket {info.version} – {info.name}")
        print(f"  {_summary(info)}; Format {info.format_version}, erstellt mit {info.created_with}")
        print(f"  Vorlagen: {', '.join(info.templates)}")
        return 0
    active = active_kit()
    origin = "mitgeliefert" if active.source == "bundled" else "eingespielt"
    print(f"Aktives Markenpaket: {active.version} ({origin}) – {active.name}")
    print(f"  Ordner: {active.path}")
    if active.previous_version is not None:
        print(f"  Wiederherstellbar: {active.previous_version}")
    return 0


def _summary(info: KitInfo) -> str:
    megabytes = f"{info.size / 2**20:.1f}".replace(".", ",")
    return f"{len(info.templates)} Vorlagen, {info.files} Dateien, {megabytes} MB"
