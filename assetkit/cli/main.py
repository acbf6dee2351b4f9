"""Entry point of the ``assetkit`` command.

Every command module has ``register(subparsers)``; its parser's ``func(args) -> int`` runs it.
Errors a user can cause arrive as AssetkitError and leave as one sentence on stderr with a
non-zero exit code, never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from assetkit import __version__
from assetkit.errors import AssetkitError

COMMANDS = (
    "assetkit.cli.cmd_templates",
    "assetkit.cli.cmd_render",
    "assetkit.cli.cmd_presets",
    "assetkit.cli.cmd_demo",
    "assetkit.cli.cmd_gui",
    "assetkit.cli.cmd_stamp",
    "assetkit.cli.cmd_word",
    "assetkit.cli.cmd_check",
    "assetkit.cli.cmd_brandkit",
)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"assetkit: {message}\n(„assetkit --help“ zeigt die Befehle.)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="assetkit",
        description="Kampagnenmaterial „Kommunale Jobcenter – Stark. Sozial. Vor Ort.“ "
                    "offline gestalten und exportieren. Ohne Befehl startet die Anwendung.",
    )
    parser.add_argument("--version", action="version", version=f"assetkit {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="BEFEHL", parser_class=_Parser)
    for name in COMMANDS:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if not args_list:
        args_list = ["gui"]
    parser = build_parser()
    args = parser.parse_args(args_list)
    try:
        return int(args.func(args))
    except AssetkitError as exc:
        print(f"Fehler: {exc.message}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("Abgebrochen.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # noqa: BLE001 -- last line of defence: users never see a traceback
        print(f"Interner Fehler ({type(exc).__name__}: {exc}). Bitte melden Sie diesen Fehler.",
              file=sys.stderr)
        return 3


def warn(message: str) -> None:
    print(f"Warnung: {message}", file=sys.stderr)
