"""Benchmark: start-up cost of ``assetkit render flyer-a4-veranstaltung … --preset druckerei``.

What a user's process spends before and beside the real work: importing modules and loading
the hyphenation dictionary. Every figure comes from fresh Python processes with bytecode
caches allowed (an installed user never compiles assetkit's modules again, so
PYTHONDONTWRITEBYTECODE is dropped) after one untimed run that fills assetkit's caches (cffi
bindings, hyphenation table) as a user's first run does. Prints medians of N processes:

- wall time of ``python -c pass`` (the interpreter alone) and of importing the render path;
- import time of the whole command from ``python -X importtime``: the sum, and per package;
- the first use of the German hyphenation dictionary.

``--root`` measures another checkout (e.g. main before a change) with the same photo and text.

    PYTHONPATH=$PWD python bench/bench_startup.py [--runs 9] [--root CHECKOUT]
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from bench.bench_print import make_photo, words

ROOT = Path(__file__).resolve().parent.parent
_IMPORT_LINE = re.compile(r"import time:\s+(\d+) \|\s+(\d+) \| ( *)(\S+)")
# Packages shown by name; everything else is summed as "other".
_SHOWN = ("assetkit", "cairocffi", "cffi + pycparser", "cairosvg + css", "fontTools", "PIL",
          "pikepdf", "uharfbuzz", "lxml", "pyphen", "urllib/http/email", "stdlib (rest)")
_GROUP = {"cffi": "cffi + pycparser", "pycparser": "cffi + pycparser", "_cffi_backend": "cffi + pycparser",
          "cairosvg": "cairosvg + css", "cssselect2": "cairosvg + css", "tinycss2": "cairosvg + css",
          "webencodings": "cairosvg + css", "defusedxml": "cairosvg + css",
          "urllib": "urllib/http/email", "http": "urllib/http/email", "email": "urllib/http/email",
          "ssl": "urllib/http/email", "_ssl": "urllib/http/email", "socket": "urllib/http/email",
          "hashlib": "urllib/http/email", "_hashlib": "urllib/http/email"}


def import_times(stderr: str) -> tuple[float, dict[str, float]]:
    """Total import time (sum of top-level imports) and self time per package group, in ms."""
    total = 0.0
    groups: dict[str, float] = defaultdict(float)
    for line in stderr.splitlines():
        m = _IMPORT_LINE.match(line)
        if not m:
            continue
        own, cumulative, indent, name = int(m[1]) / 1000, int(m[2]) / 1000, m[3], m[4]
        if not indent:
            total += cumulative
        top = name.split(".")[0]
        group = _GROUP.get(top) or (top if top in _SHOWN else None)
        if group is None:
            group = "stdlib (rest)" if top in sys.stdlib_module_names else "other"
        groups[group] += own
    return total, groups


def run(cmd: list[str], env: dict[str, str], cwd: Path) -> tuple[float, str, str]:
    """Wall time, stdout and stderr of one process. The working folder is not the checkout:
    ``python -c``/``-m`` put it first on sys.path, which would shadow ``--root``."""
    start = time.perf_counter()
    proc = subprocess.run(cmd, env=env, cwd=cwd, check=True, capture_output=True, text=True)
    return time.perf_counter() - start, proc.stdout, proc.stderr


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--root", type=Path, default=ROOT, help="checkout to measure")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPATH"] = str(args.root.resolve())
        env["ASSETKIT_USER_DIR"] = str(folder / "user")
        photo = make_photo(folder / "foto.jpg")
        render = ["-m", "assetkit", "render", "flyer-a4-veranstaltung", "--image",
                  f"photo={photo}", "--set", f"body={words(300)}", "--out",
                  str(folder / "flyer.pdf"), "--preset", "druckerei", "--force"]
        py = sys.executable
        first = run([py, *render], env, folder)[0]    # writes bytecode, fills the user caches
        hyph = ("import time; from assetkit.text import hyphenation as h; t = time.perf_counter(); "
                "h.hyphenation_points('Unternehmerfrühstück', 'de_DE'); "
                "print((time.perf_counter() - t) * 1000)")
        floor, imports, totals, hyph_ms, whole = [], [], [], [], []
        groups: dict[str, list[float]] = defaultdict(list)
        for _ in range(args.runs):
            floor.append(run([py, "-c", "pass"], env, folder)[0])
            imports.append(run([py, "-c", "import assetkit.cli.cmd_render"], env, folder)[0])
            seconds, _, stderr = run([py, "-X", "importtime", *render], env, folder)
            whole.append(seconds)
            total, per_group = import_times(stderr)
            totals.append(total)
            for name in (*_SHOWN, "other"):
                groups[name].append(per_group.get(name, 0.0))
            hyph_ms.append(float(run([py, "-c", hyph], env, folder)[1]))

    def ms(values: list[float]) -> str:
        return f"{statistics.median(values) * 1000:.0f} ms"

    print(f"checkout: {args.root.resolve()}; load average {os.getloadavg()[0]:.2f}; "
          f"median of {args.runs} fresh processes")
    print(f"first run of the command (compiles bytecode, fills caches): {first:.2f} s")
    print(f"python -c pass: {ms(floor)}; import assetkit.cli.cmd_render: {ms(imports)}; "
          f"whole command under -X importtime: {ms(whole)}")
    print(f"imports of the whole command (-X importtime, top-level sum): "
          f"{statistics.median(totals):.0f} ms")
    print("  by package (own time): " + ", ".join(
        f"{name} {statistics.median(groups[name]):.0f}" for name in (*_SHOWN, "other")))
    print(f"hyphenation dictionary de_DE, first word: {statistics.median(hyph_ms):.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
