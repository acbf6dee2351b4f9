"""Start-up: a command imports only what it needs, and every command name still resolves."""

from __future__ import annotations

import subprocess
import sys

from assetkit.cli.main import build_parser


def test_render_does_not_import_other_commands_libraries() -> None:
    code = ("import sys; from assetkit.cli.main import build_parser; build_parser('render'); "
            "print(sorted(m for m in ('docx', 'assetkit.word', 'assetkit.stamp', "
            "'assetkit.preflight') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "[]"


def test_a_command_registered_under_another_module_name_still_parses() -> None:
    # "fields" lives in cmd_templates, "word-template" in cmd_word.
    assert build_parser("fields").parse_args(["fields", "x"]).template == "x"
    assert build_parser("word-template").parse_args(
        ["word-template", "--office", "a.toml", "--out", "b.dotx"]).kind == "letter"
