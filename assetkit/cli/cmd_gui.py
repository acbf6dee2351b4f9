"""``assetkit gui`` (also ``assetkit`` without a command): start the desktop application."""

from __future__ import annotations

import argparse
import importlib.util

from assetkit.errors import AssetkitError


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("gui", help="Die Desktop-Anwendung starten")
    p.add_argument("files", nargs="*", help="Projekt oder Dateien zum Öffnen")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if importlib.util.find_spec("assetkit.gui.app") is None:
        raise AssetkitError("Die Desktop-Anwendung ist in dieser Version noch nicht enthalten; "
                            "„assetkit --help“ zeigt die Befehle der Kommandozeile.")
    from assetkit.gui.app import run_app

    return run_app(args.files)
