"""Core speed (issue #2): warm in-process renders and the whole `assetkit render` process.

Targets: 1080×1350 PNG ≤ 150 ms warm; A4 vector PDF with one photo and 300 words ≤ 400 ms warm.
Also: whole process `assetkit render` of the A4 flyer to PDF, beside the same composed SVG
rendered by rsvg-convert and Inkscape where installed.
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter

from assetkit.brand import load_brand
from assetkit.compose import Content, ImageChoice, compose
from assetkit.export.formats import ExportRequest, compose_options, export, render_bytes
from assetkit.templates import load_catalogue

WORDS = ("Die Kommunalen Jobcenter sorgen bundesweit für 1,5 Mio. Menschen, die "  # noqa: SIM905 -- a sentence reads better than a word list
         "Unterstützung auf ihrem Weg in Arbeit und Ausbildung benötigen, integrieren pro "
         "Jahr mehr als 250.000 Menschen in nachhaltige Jobs und sind für ein Gebiet von "
         "mehr als 22 Mio. Einwohnerinnen und Einwohnern verantwortlich.").split()


def photo(path: Path, size: tuple[int, int] = (2480, 1600)) -> Path:
    im = Image.new("RGB", size, (196, 170, 140))
    draw = ImageDraw.Draw(im)
    for i in range(14):
        x = i * size[0] // 12
        draw.ellipse((x, 300 + (i % 3) * 180, x + 520, 820 + (i % 3) * 180),
                     fill=(50 + i * 11, 110, 150 - i * 5))
    im.filter(ImageFilter.GaussianBlur(24)).save(path, quality=90)
    return path


def timed(fn: Callable[[], object], runs: int) -> list[float]:
    fn()  # warm-up: fonts, glyph outlines and the photo are cached after this
    out = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        out.append((time.perf_counter() - start) * 1000)
    return out


def report(label: str, ms: list[float], target: float | None = None) -> None:
    med = statistics.median(ms)
    p95 = sorted(ms)[int(0.95 * (len(ms) - 1))]
    verdict = "" if target is None else ("  OK" if med <= target else "  ÜBER ZIEL")
    goal = "" if target is None else f"  (Ziel ≤ {target:.0f} ms)"
    print(f"{label:<58} median {med:7.1f} ms  p95 {p95:7.1f} ms{goal}{verdict}")


def main() -> None:
    brand = load_brand()
    catalogue = load_catalogue()
    tmp = Path(tempfile.mkdtemp(prefix="assetkit-bench-"))
    pic = photo(tmp / "foto.jpg")
    body = " ".join((WORDS * 20)[:300])

    post = catalogue.get("post-4x5-veranstaltung")
    content = Content({"headline": "Tag der offenen Tür"}, {"photo": ImageChoice(pic)})
    png = ExportRequest("png")
    report("1080×1350 PNG, warm (compose + render)",
           timed(lambda: export(post, content, brand, None, png), 20), 150)

    flyer = catalogue.get("flyer-a4-veranstaltung")
    flyer_content = Content({"headline": "Unternehmerfrühstück", "body": body},
                            {"photo": ImageChoice(pic)})
    pdf = ExportRequest("pdf")
    report("A4 vector PDF, 1 photo + 300 words, warm", timed(
        lambda: export(flyer, flyer_content, brand, None, pdf), 10), 400)
    comp = compose(flyer, flyer_content, brand, None, compose_options(flyer, pdf))
    report("  of which render (CairoSVG PDF + real text)",
           timed(lambda: render_bytes(comp, pdf), 10))
    size = len(render_bytes(comp, pdf))
    print(f"{'  A4 PDF file size':<58} {size / 1024:7.0f} KB")

    svg_path = tmp / "flyer.svg"
    svg_path.write_bytes(comp.svg)
    out_pdf = tmp / "flyer.pdf"
    cmd = [sys.executable, "-m", "assetkit", "render", "flyer-a4-veranstaltung", "--out",
           str(out_pdf), "--set", "headline=Unternehmerfrühstück", "--set", f"body={body}",
           "--image", f"photo={pic}", "--force"]   # 300 words overflow the flyer: measured anyway
    report("whole process: assetkit render A4 flyer → PDF",
           timed(lambda: subprocess.run(cmd, check=True, capture_output=True), 5))
    rsvg = shutil.which("rsvg-convert")
    if rsvg:
        report("same composed SVG: rsvg-convert → PDF", timed(lambda: subprocess.run(
            [rsvg, "-f", "pdf", "-o", str(tmp / "rsvg.pdf"), str(svg_path)], check=True), 5))
    else:
        print("rsvg-convert: nicht installiert")
    inkscape = shutil.which("inkscape")
    if inkscape:
        report("same composed SVG: Inkscape → PDF", timed(lambda: subprocess.run(
            [inkscape, str(svg_path), "--export-type=pdf",
             f"--export-filename={tmp / 'ink.pdf'}"], check=True, capture_output=True), 3))
    else:
        print("Inkscape: nicht installiert (Vergleich entfällt)")
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
