"""Fingerprint of everything the Windows installer is built from, to tell whether it is current.

    python packaging/windows/inputs.py          prints the SHA-256

scripts/windows-installer.sh writes it beside the installer (dist/assetkit-<ver>-setup.inputs)
and skips the Wine build when it has not changed; tests/packaging/test_windows_installer.py
refuses an installer whose fingerprint is not the checkout's (a stale one would test old code).
Build machine only; nothing here ships.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
INPUTS = ("assetkit", "resources", "packaging", "build_installer.spec", "pyproject.toml")


def fingerprint(root: Path = ROOT) -> str:
    digest = hashlib.sha256()
    for top in INPUTS:
        path = root / top
        files = [path] if path.is_file() else sorted(p for p in path.rglob("*") if p.is_file())
        for file in files:
            if "__pycache__" in file.parts or file.suffix == ".pyc":
                continue
            digest.update(file.relative_to(root).as_posix().encode() + b"\0")
            digest.update(hashlib.sha256(file.read_bytes()).digest())
    return digest.hexdigest()


if __name__ == "__main__":
    sys.stdout.write(fingerprint() + "\n")
