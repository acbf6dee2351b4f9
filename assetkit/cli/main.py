"""Entry point of the ``assetkit`` command.

Every command module has ``register(subparsers)``; its parser's ``func(args) -> int`` runs it.
Errors a user can cause arrive as AssetkitError and leave as one sentence on stderr with a
non-zero exit code, never a traceback.
"""

from __future__ import annotations

import argparse
import codecs
import contextlib
import gc
import io
import os
import sys
from collections.abc import Sequence
from types import ModuleType
from typing import NoReturn

from assetkit import __version__
from assetkit.errors import AssetkitError, os_error_message

_Sub = argparse._SubParsersAction  # type: ignore[type-arg]

# Every command module; ``build_parser`` imports only the one that runs (``assetkit render``
# does not load python-docx or stamping), with ordinary import statements in _register that
# mypy, import-linter and PyInstaller see.
COMMANDS = ("templates", "render", "presets", "demo", "gui", "stamp", "word", "check",
            "brandkit", "batch", "pptx_template", "logo_package", "email_signature")


def _register(name: str, sub: _Sub) -> None:
    """Import ``cmd_<name>`` and let it add its commands to ``sub``."""
    module: ModuleType
    if name == "templates":
        from assetkit.cli import cmd_templates as module
    elif name == "render":
        from assetkit.cli import cmd_render as module
    elif name == "presets":
        from assetkit.cli import cmd_presets as module
    elif name == "demo":
        from assetkit.cli import cmd_demo as module
    elif name == "gui":
        from assetkit.cli import cmd_gui as module
    elif name == "stamp":
        from assetkit.cli import cmd_stamp as module
    elif name == "word":
        from assetkit.cli import cmd_word as module
    elif name == "check":
        from assetkit.cli import cmd_check as module
    elif name == "brandkit":
        from assetkit.cli import cmd_brandkit as module
    elif name == "batch":
        from assetkit.cli import cmd_batch as module
    elif name == "pptx_template":
        from assetkit.cli import cmd_pptx_template as module
    elif name == "logo_package":
        from assetkit.cli import cmd_logo_package as module
    elif name == "email_signature":
        from assetkit.cli import cmd_email_signature as module
    else:
        raise ValueError(name)
    module.register(sub)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"assetkit: {message}\n(„assetkit --help“ zeigt die Befehle.)\n")


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser of every command; with ``command``, only of that command when a module
    ``cmd_<command>`` registers it (see :data:`COMMANDS`), so e.g. ``assetkit render`` does
    not import what other commands need (python-docx, stamping, preflight): each costs
    start-up time."""
    if command is not None:
        name = command.replace("-", "_")
        if name in COMMANDS:
            parser, sub = _empty_parser()
            _register(name, sub)
            if command in sub.choices:
                return parser
    parser, sub = _empty_parser()
    for name in COMMANDS:
        _register(name, sub)
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


# Stand-ins for characters a console's code page may lack; anything else becomes "?".
_CONSOLE_FALLBACK = {"→": "->", "←": "<-", "„": '"', "“": '"', "”": '"', "‚": "'", "‘": "'",
                     "’": "'", "–": "-", "—": "-", "…": "...", "×": "x", "≤": "<=", "≥": ">=",
                     "\u00a0": " ", "\u202f": " ", "\u2009": " "}


def _console_fallback(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeEncodeError):
        raise error
    text = error.object[error.start:error.end]
    return "".join(_CONSOLE_FALLBACK.get(ch, "?") for ch in text), error.end


codecs.register_error("assetkit.console", _console_fallback)


def console_never_fails() -> None:
    """Let every write to stdout/stderr succeed, whatever the console's encoding.

    On Windows, output that is redirected to a file or piped (a batch script, a scheduled task,
    IT's software deployment) is encoded in the ANSI code page, cp1252 on German PCs, which has
    „“ and umlauts but not „→“: a report line then raised UnicodeEncodeError after the work was
    done, and the command ended with exit code 3. The frozen app ignores PYTHONIOENCODING. The
    streams keep their encoding (what the reading program expects); characters it lacks become
    the stand-ins above. A real console (WriteConsoleW) and UTF-8 never need them.
    """
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            with contextlib.suppress(ValueError, OSError):   # closed or detached: nothing to fix
                stream.reconfigure(errors="assetkit.console")


def entry() -> NoReturn:
    """The ``assetkit`` command: the console script, ``python -m assetkit`` and the bundle.

    A command's work is done, and saved (atomically, synced), when :func:`main` returns.
    Tearing down every module and object after that would cost each command another 25 ms, so
    the process leaves at once after flushing its output. Not the desktop application: Qt
    writes its settings as the application objects go away.
    """
    argv = sys.argv[1:]
    console_never_fails()
    code = main(argv)
    if not argv or argv[0] == "gui":
        raise SystemExit(code)
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):   # a closed or broken pipe: nothing more to say
            stream.flush()
    os._exit(code)


def warn(message: str, *, hint: bool = False) -> None:
    print(f"{'Hinweis' if hint else 'Warnung'}: {message}", file=sys.stderr)
