"""Benchmark: print-ready PDF of an A4 flyer with a 2480×1600 photo and 300 words.

Runs the whole process as a user does (``assetkit render … --preset druckerei`` in a fresh
Python process), prints wall time (median of N runs) and file size, and the same for Inkscape's
PDF export of the composed SVG when Inkscape is installed. Goal (issue #4): faster than 0.40 s
and no larger than 398 KB (Inkscape on the reference flyer).

    PYTHONPATH=$PWD python bench/bench_print.py [--runs 5] [--preset druckerei]
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter

ROOT = Path(__file__).resolve().parent.parent
WORDS = ("Jobcenter Beratung Arbeit Ausbildung Unterstützung Familie Zukunft Qualifizierung "  # noqa: SIM905 -- a word list reads better as one sentence
         "Vermittlung Kommune Landkreis Menschen Chancen Integration Weiterbildung Betrieb "
         "Unternehmen Wege Perspektive gemeinsam stark sozial vor Ort").split()


def make_photo(path: Path) -> Path:
    """A photo-like 2480×1600 JPEG (soft shapes, gradients, light grain), quality 90."""
    try:
        from assetkit.images.samples import sample_photo  # type: ignore[import-not-found]

        sample_photo("team", (2480, 1600)).convert("RGB").save(path, "JPEG", quality=90)
        return path
    except (ImportError, TypeError, ValueError):
        pass
    w, h = 2480, 1600
    rng = random.Random(4)
    im = Image.merge("RGB", (Image.linear_gradient("L").resize((w, h)),
                             Image.linear_gradient("L").rotate(90).resize((w, h)),
                             Image.new("L", (w, h), 110)))
    draw = ImageDraw.Draw(im)
    for _ in range(60):
        x, y, s = rng.randrange(w), rng.randrange(h), rng.randrange(60, 400)
        draw.ellipse([x, y, x + s, y + s], fill=tuple(rng.randrange(256) for _ in range(3)))
    im = Image.blend(im.filter(ImageFilter.GaussianBlur(6)),
                     Image.effect_noise((w, h), 18).convert("RGB"), 0.06)
    im.save(path, "JPEG", quality=90)
    return path


def words(n: int) -> str:
    rng = random.Random(7)
    return " ".join(rng.choice(WORDS) for _ in range(n))


def timed(cmd: list[str], env: dict[str, str], runs: int) -> tuple[float, list[float]]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        proc = subprocess.run(cmd, env=env, capture_output=True, text=True)
        times.append(time.perf_counter() - start)
        if proc.returncode != 0:
            sys.exit(f"failed: {' '.join(cmd)}\n{proc.stderr}")
    return statistics.median(times), times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--preset", default="druckerei")
    args = parser.parse_args()
    env = dict(os.environ)
    env.setdefault("PYTHONPATH", str(ROOT))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        photo = make_photo(folder / "foto.jpg")
        body = words(300)
        out = folder / "flyer.pdf"
        cmd = [sys.executable, "-m", "assetkit", "render", "flyer-a4-veranstaltung",
               "--image", f"photo={photo}", "--set", f"body={body}", "--out", str(out),
               "--preset", args.preset]
        median, times = timed(cmd, env, args.runs)
        print(f"photo: 2480×1600 JPEG, {photo.stat().st_size / 1024:.0f} KB; text: 300 words")
        print(f"assetkit --preset {args.preset}: {median:.2f} s median "
              f"({', '.join(f'{t:.2f}' for t in times)}), {out.stat().st_size / 1024:.0f} KB")
        inkscape = shutil.which("inkscape")
        if inkscape is None:
            print("Inkscape: not installed, no comparison (reference: 0.40 s, 398 KB)")
            return 0
        svg = folder / "flyer.svg"
        subprocess.run(cmd[:-2] + ["--out", str(svg)], env=env, check=True,
                       capture_output=True)
        ink_pdf = folder / "inkscape.pdf"
        median_i, _ = timed([inkscape, str(svg), "--export-type=pdf",
                             f"--export-filename={ink_pdf}"], env, args.runs)
        print(f"Inkscape PDF export of the composed SVG: {median_i:.2f} s median, "
              f"{ink_pdf.stat().st_size / 1024:.0f} KB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
