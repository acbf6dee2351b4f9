"""Entry point of the ``assetkit`` command.

Every command module has ``register(subparsers)``; its parser's ``func(args) -> int`` runs it.
Errors a user can cause arrive as AssetkitError and leave as one sentence on stderr with a
non-zero exit code, never a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import os
import sys
from collections.abc import Callable, Sequence
from typing import NoReturn

from assetkit import __version__
from assetkit.errors import AssetkitError, os_error_message

_Sub = argparse._SubParsersAction  # type: ignore[type-arg]

def _templates(sub: _Sub) -> None:
    from assetkit.cli import cmd_templates
    cmd_templates.register(sub)


def _render(sub: _Sub) -> None:
    from assetkit.cli import cmd_render
    cmd_render.register(sub)


def _presets(sub: _Sub) -> None:
    from assetkit.cli import cmd_presets
    cmd_presets.register(sub)


def _demo(sub: _Sub) -> None:
    from assetkit.cli import cmd_demo
    cmd_demo.register(sub)


def _gui(sub: _Sub) -> None:
    from assetkit.cli import cmd_gui
    cmd_gui.register(sub)


def _stamp(sub: _Sub) -> None:
    from assetkit.cli import cmd_stamp
    cmd_stamp.register(sub)


def _word(sub: _Sub) -> None:
    from assetkit.cli import cmd_word
    cmd_word.register(sub)


def _check(sub: _Sub) -> None:
    from assetkit.cli import cmd_check
    cmd_check.register(sub)


def _brandkit(sub: _Sub) -> None:
    from assetkit.cli import cmd_brandkit
    cmd_brandkit.register(sub)


def _batch(sub: _Sub) -> None:
    from assetkit.cli import cmd_batch
    cmd_batch.register(sub)


# Module name (cmd_<name>) → the function that imports it and registers its commands. The
# imports are ordinary import statements (seen by mypy, import-linter and PyInstaller), made
# only for the command that runs: ``assetkit render`` does not load python-docx or stamping.
COMMANDS: dict[str, Callable[[_Sub], None]] = {
    "templates": _templates, "render": _render, "presets": _presets, "demo": _demo,
    "gui": _gui, "stamp": _stamp, "word": _word, "check": _check, "brandkit": _brandkit,
    "batch": _batch,
}


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"assetkit: {message}\n(„assetkit --help“ zeigt die Befehle.)\n")


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser of every command; with ``command``, only of that command when a module
    ``cmd_<command>`` registers it (see :data:`COMMANDS`), so e.g. ``assetkit render`` does
    not import what other commands need (python-docx, stamping, preflight): each costs
    start-up time."""
    if command is not None:
        register = COMMANDS.get(command.replace("-", "_"))
        if register is not None:
            parser, sub = _empty_parser()
            register(sub)
            if command in sub.choices:
                return parser
    parser, sub = _empty_parser()
    for register in COMMANDS.values():
        register(sub)
    return parser


def _empty_parser() -> tuple[argparse.ArgumentParser, argparse._SubParsersAction]:  # type: ignore[type-arg]
    parser = _Parser(
        prog="assetkit",
        description="Kampagnenmaterial „Kommunale Jobcenter – Stark. Sozial. Vor Ort.“ "
                    "offline gestalten und exportieren. Ohne Befehl startet die Anwendung.",
    )
    parser.add_argument("--version", action="version", version=f"assetkit {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="BEFEHL", parser_class=_Parser)
    return parser, sub


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if not args_list:
        args_list = ["gui"]
    parser = build_parser(None if args_list[0].startswith("-") else args_list[0])
    # What is imported by now lives until the process ends. Frozen, it is no longer walked by
    # every full garbage collection the command triggers (about 60 ms for a print flyer).
    gc.freeze()
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
    except OSError as exc:      # the system refused a file operation: say so in German
        print(f"Fehler: {os_error_message(exc)}", file=sys.stderr)
        return 2
    except RecursionError:
        print("Fehler: Eine Eingabedatei ist zu tief verschachtelt und kann nicht gelesen "
              "werden.", file=sys.stderr)
        return 2
    except Exception as exc:  # noqa: BLE001 -- last line of defence: users never see a traceback
        print(f"Interner Fehler ({type(exc).__name__}: {exc}). Bitte melden Sie diesen Fehler.",
              file=sys.stderr)
        return 3


def entry() -> NoReturn:
    """The ``assetkit`` command: the console script, ``python -m assetkit`` and the bundle.

    A command's work is done, and saved (atomically, synced), when :func:`main` returns.
    Tearing down every module and object after that would cost each command another 25 ms, so
    the process leaves at once after flushing its output. Not the desktop application: Qt
    writes its settings as the application objects go away.
    """
    argv = sys.argv[1:]
    code = main(argv)
    if not argv or argv[0] == "gui":
        raise SystemExit(code)
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):   # a closed or broken pipe: nothing more to say
            stream.flush()
    os._exit(code)


def warn(message: str, *, hint: bool = False) -> None:
    print(f"{'Hinweis' if hint else 'Warnung'}: {message}", file=sys.stderr)
