"""Console output never ends a command: redirected output on Windows is encoded in the ANSI
code page (cp1252 on German PCs), which lacks „→“. Reproduced here with PYTHONIOENCODING; the
frozen Windows app is checked the same way under Wine (test_windows_installer.py)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from assetkit.cli.main import console_never_fails

pytestmark = pytest.mark.slow


def _assetkit(cwd: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "PYTHONIOENCODING": "cp1252"}
    return subprocess.run([sys.executable, "-m", "assetkit", *args], cwd=cwd, env=env,
                          capture_output=True, timeout=120, check=False)


def test_stamp_report_with_arrow_survives_a_cp1252_pipe(tmp_path: Path) -> None:
    assert _assetkit(tmp_path, "render", "flyer-a4-veranstaltung", "--out", "flyer ä.pdf").returncode == 0
    result = _assetkit(tmp_path, "stamp", "flyer ä.pdf", "--out", "gestempelt.pdf")
    assert result.returncode == 0, result.stderr.decode("cp1252")
    out = result.stdout.decode("cp1252")
    assert "flyer ä.pdf -> gestempelt.pdf" in out        # „→“ has a stand-in, umlauts stay
    assert "übersprungen" in out
    assert (tmp_path / "gestempelt.pdf").stat().st_size > 0


def test_stream_keeps_its_encoding_and_replaces_only_what_it_lacks(tmp_path: Path) -> None:
    path = tmp_path / "out.txt"
    with path.open("w", encoding="cp1252") as stream:
        saved = sys.stdout
        sys.stdout = stream
        try:
            console_never_fails()
            print("„Flyer“ → f.pdf … ✓")
        finally:
            sys.stdout = saved
    assert path.read_bytes().decode("cp1252") == "„Flyer“ -> f.pdf … ?\n"
