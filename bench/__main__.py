"""``python -m bench [NAME ...]`` runs every benchmark module (or the named ones)."""

from __future__ import annotations

import importlib
import pkgutil
import sys
from pathlib import Path


def main() -> int:
    wanted = set(sys.argv[1:])
    here = Path(__file__).parent
    for info in sorted(pkgutil.iter_modules([str(here)]), key=lambda m: m.name):
        if not info.name.startswith("bench_") or (wanted and info.name not in wanted):
            continue
        print(f"\n=== {info.name} ===", flush=True)
        module = importlib.import_module(f"bench.{info.name}")
        sys.argv = [info.name]      # each benchmark parses its own options; run with defaults
        module.main()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
