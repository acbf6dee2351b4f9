"""Sweep every template with real content and print what the one judge says.

    python tools/sweep_real_content.py [--limit N] [--template ID] [--show]

For each template × office profile × headline (and with ``--bodies`` a real body paragraph
instead of the template's own body copy) the content is composed and checked by
``preflight.judge.check_content`` (what ``render``, ``batch``, ``check`` and the GUI ask). Prints per
template how many cases are clean, which finding codes refuse the others, and the share of
clean cases overall. ``--show`` prints each refusing finding's sentence.
"""

from __future__ import annotations

import argparse
import collections
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from realcontent import cases, content_for  # noqa: E402

from assetkit.brand import load_brand  # noqa: E402
from assetkit.preflight.judge import check_content  # noqa: E402
from assetkit.templates import load_catalogue  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, help="headlines per profile (default: all)")
    ap.add_argument("--template", action="append", help="only these templates")
    ap.add_argument("--show", action="store_true", help="print the refusing findings")
    ap.add_argument("--bodies", action="store_true",
                    help="also replace the body copy by real paragraphs (300–450 characters)")
    args = ap.parse_args()
    brand = load_brand()
    catalogue = load_catalogue()
    ids = args.template or [t.id for t in catalogue.templates]
    total = clean = 0
    started = time.perf_counter()
    for tid in ids:
        template = catalogue.get(tid)
        codes: collections.Counter[str] = collections.Counter()
        ok = n = 0
        for case in cases(args.limit, with_bodies=args.bodies):
            # The one judge, as `assetkit check` asks it: every side of a two-sided piece,
            # a letter with its follow-on pages.
            findings, _ = check_content(template, content_for(template, case), brand,
                                        case.office)
            errors = [f for f in findings if f.severity == "error"]
            n += 1
            ok += not errors
            for f in errors:
                codes[f"{f.code}:{f.field}"] += 1
                if args.show:
                    print(f"  {tid} {case.name}: {f.message_de}")
        total += n
        clean += ok
        print(f"{tid:32} {ok:3}/{n:<3} " + ", ".join(f"{c}×{k}" for k, c in codes.most_common()))
    print(f"\nclean: {clean}/{total} = {clean / max(total, 1):.1%} "
          f"({time.perf_counter() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
