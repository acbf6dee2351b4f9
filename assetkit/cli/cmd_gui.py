"""``assetkit gui`` (also ``assetkit`` without a command): start the desktop application."""

from __future__ import annotations

import argparse
import importlib.util
import os
import sys

from assetkit.errors import AssetkitError


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("gui", help="Die Desktop-Anwendung starten")
    p.add_argument("files", nargs="*", help="Projekt oder Dateien zum Öffnen")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if importlib.util.find_spec("assetkit.gui.app") is None:
        raise AssetkitError("Die Desktop-Anwendung ist in dieser Version noch nicht enthalten; "
                            "„assetkit --help“ zeigt die Befehle der Kommandozeile.")
    _check_display()
    from assetkit.gui.app import run_app

    return run_app(args.files)


def _check_display() -> None:
    """Qt aborts the process when it finds no screen; say so in a sentence instead."""
    if not sys.platform.startswith("linux"):
        return
    if os.environ.get("QT_QPA_PLATFORM", "") not in ("", "xcb", "wayland"):
        return          # offscreen, vnc, …: the user chose a platform that needs no display
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return
    raise AssetkitError("Es wurde kein Bildschirm gefunden (weder DISPLAY noch WAYLAND_DISPLAY "
                        "ist gesetzt); die Anwendung braucht eine grafische Sitzung. "
                        "Die Befehle der Kommandozeile zeigt „assetkit --help“.")
