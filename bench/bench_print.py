"""Benchmark: print-ready PDF of an A4 flyer with a 2480×1600 photo and 300 words.

Runs the whole process as a user does (``assetkit render … --preset druckerei`` in a fresh
Python process), prints wall time (median of N runs) and file size, and the same for Inkscape's
PDF export of the composed SVG when Inkscape is installed. Goal (issue #4): faster than 0.40 s
and no larger than 398 KB (Inkscape on the reference flyer).

As for an installed user: bytecode may be written (PYTHONDONTWRITEBYTECODE is dropped, else
every run compiled assetkit's modules again, ~40 ms), and the user folder starts empty. The
first, untimed run writes bytecode and fills the caches (cffi bindings, hyphenation table) as
a user's first run does; its time is printed on its own, the median comes from the runs after.

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


def timed(cmds: list[list[str]], env: dict[str, str], runs: int) -> list[tuple[float, list[float], float]]:
    """For each command: median and times of ``runs`` runs after a first one, and the first
    one's time. The commands take turns, run by run, so that a slower minute of the machine
    falls on all of them alike."""
    times: list[list[float]] = [[] for _ in cmds]
    for _ in range(runs + 1):
        for cmd, own in zip(cmds, times, strict=True):
            start = time.perf_counter()
            proc = subprocess.run(cmd, env=env, capture_output=True, text=True)
            own.append(time.perf_counter() - start)
            if proc.returncode != 0:
                sys.exit(f"failed: {' '.join(cmd)}\n{proc.stderr}")
    return [(statistics.median(own[1:]), own[1:], own[0]) for own in times]


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms"


def size_breakdown(path: Path) -> str:
    """Where the bytes of a print PDF go: photos, ICC profile, page content, fonts."""
    import pikepdf

    parts = {"photo": 0, "ICC profile": 0, "page content": 0, "fonts": 0,
             "other": 0}
    with pikepdf.open(path) as pdf:
        for obj in pdf.objects:
            if not isinstance(obj, pikepdf.Stream):
                continue
            size = len(obj.read_raw_bytes())
            if obj.get("/Subtype") == pikepdf.Name.Image:
                parts["photo"] += size
            elif "/N" in obj and "/Alternate" in obj or obj.get("/N") == 4:
                parts["ICC profile"] += size
            elif str(obj.get("/Subtype", "")).startswith("/CIDFontType") or "/Length1" in obj:
                parts["fonts"] += size
            elif size > 20_000:
                parts["page content"] += size
            else:
                parts["other"] += size
    return ", ".join(f"{name} {size / 1024:.0f} KB" for name, size in parts.items())


def warm_in_process(photo: Path, body: str, preset_name: str) -> None:
    """The same export in this process after a warm-up, with its main steps timed."""
    import functools

    from assetkit.brand import load_brand
    from assetkit.compose import Content, ImageChoice
    from assetkit.export import cmyk, formats, pdfcolor, print_pdf, print_photos
    from assetkit.export.presets import resolve_preset
    from assetkit.templates import load_catalogue

    steps: dict[str, float] = {}

    def timed_step(module: object, attr: str, label: str) -> None:
        original = getattr(module, attr)

        @functools.wraps(original)
        def wrapper(*a: object, **k: object) -> object:
            start = time.perf_counter()
            try:
                return original(*a, **k)
            finally:
                steps[label] = steps.get(label, 0.0) + time.perf_counter() - start
        setattr(module, attr, wrapper)

    labels = ("compose", "cairo", "real text", "photo → CMYK JPEG (thread)",
              "of which sRGB → FOGRA39 through the table (both bands)", "colour rewrite")
    timed_step(formats, "compose", labels[0])
    timed_step(print_pdf, "cairo_pdf", labels[1])
    timed_step(print_pdf, "set_text", labels[2])
    timed_step(print_photos, "prepare_photo", labels[3])
    timed_step(cmyk.CmykConverter, "jpeg_planes", labels[4])
    timed_step(pdfcolor.ColorRewriter, "page", labels[5])
    template = load_catalogue().get("flyer-a4-veranstaltung")
    content = Content({"body": body}, {"photo": ImageChoice(photo)})
    request = formats.ExportRequest("pdf", preset=resolve_preset(preset_name))
    brand = load_brand()
    formats.export(template, content, brand, None, request)      # warm-up
    totals = []
    for _ in range(5):
        steps.clear()
        start = time.perf_counter()
        formats.export(template, content, brand, None, request)
        totals.append(time.perf_counter() - start)
    print(f"in-process, warm: {statistics.median(totals) * 1000:.0f} ms median; last run: "
          + ", ".join(f"{k} {steps.get(k, 0) * 1000:.0f} ms" for k in labels))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--preset", default="druckerei")
    args = parser.parse_args()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.setdefault("PYTHONPATH", str(ROOT))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        # A new user: empty caches (this process's in-process part uses them too).
        env["ASSETKIT_USER_DIR"] = os.environ["ASSETKIT_USER_DIR"] = str(folder / "user")
        photo = make_photo(folder / "foto.jpg")
        body = words(300)
        out = folder / "flyer.pdf"
        # 300 words overflow the flyer: the check runs and refuses, --force writes it anyway.
        base = [sys.executable, "-m", "assetkit", "render", "flyer-a4-veranstaltung",
                "--image", f"photo={photo}", "--set", f"body={body}", "--force"]
        cmd = [*base, "--out", str(out), "--preset", args.preset]
        svg = folder / "flyer.svg"
        inkscape = shutil.which("inkscape")
        ink_pdf = folder / "inkscape.pdf"
        cmds = [cmd]
        if inkscape is not None:
            # Made without touching the new user's caches or bytecode: assetkit's first run
            # below stays a first run.
            subprocess.run(cmd[:-2] + ["--out", str(svg)], check=True, capture_output=True,
                           env=dict(env, ASSETKIT_USER_DIR=str(folder / "svg-user"),
                                    PYTHONDONTWRITEBYTECODE="1"))
            cmds.append([inkscape, str(svg), "--export-type=pdf", f"--export-filename={ink_pdf}"])
        results = timed(cmds, env, args.runs)
        median, times, first = results[0]
        print(f"photo: 2480×1600 JPEG, {photo.stat().st_size / 1024:.0f} KB; text: 300 words; "
              f"load average {os.getloadavg()[0]:.2f}")
        print(f"assetkit --preset {args.preset}: first run {ms(first)} (writes bytecode and "
              "caches, as a user's first run does)")
        print(f"assetkit --preset {args.preset}: {ms(median)} median "
              f"({', '.join(f'{t * 1000:.0f}' for t in times)}), {out.stat().st_size / 1024:.0f} KB")
        print(f"  file: {size_breakdown(out)}")
        if inkscape is not None:
            median_i, times_i, first_i = results[1]
            print(f"Inkscape PDF export of the composed SVG, runs taking turns with the above: "
                  f"{ms(median_i)} median ({', '.join(f'{t * 1000:.0f}' for t in times_i)}; "
                  f"first run {ms(first_i)}), {ink_pdf.stat().st_size / 1024:.0f} KB")
        else:
            print("Inkscape: not installed, no comparison (reference: 0.40 s, 398 KB)")
        warm_in_process(photo, body, args.preset)
        rgb = folder / "rgb.pdf"
        subprocess.run([*base, "--out", str(rgb), "--bleed"], env=env, check=True,
                       capture_output=True)
        print(f"same flyer as RGB PDF keeping the composed JPEG (what Inkscape does): "
              f"{rgb.stat().st_size / 1024:.0f} KB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
