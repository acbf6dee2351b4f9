"""Speed of stamping: a 20-page PDF in auto mode (target ≤ 2 s) and 100 photos (≤ 20 s, 2 cores).

Run from the repository root: ``PYTHONPATH=$PWD python bench/bench_stamp.py [--photos N]``.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "unit" / "stamp"))

from stamp_samples import PageSpec, add_form, body_text, make_pdf, save  # noqa: E402

from assetkit.stamp import StampOptions, Status, stamp_files  # noqa: E402
from assetkit.stamp.pdf import stamp_pdf  # noqa: E402


def _pdf(folder: Path) -> Path:
    pages = []
    for i in range(20):
        rotate = (0, 90, 0, 270)[i % 4]
        pages.append(PageSpec(rotate=rotate, texts=body_text(words=f"Vordruck Seite {i + 1}")))
    pdf = make_pdf(pages)
    add_form(pdf)
    return save(pdf, folder / "vordruck20.pdf")


def _photos(folder: Path, count: int, size: tuple[int, int]) -> Path:
    rng = random.Random(7)
    base = Image.new("RGB", size, (90, 140, 190))
    draw = ImageDraw.Draw(base)
    for _ in range(400):
        x, y = rng.randrange(size[0]), rng.randrange(size[1] // 3, size[1])
        draw.ellipse([x, y, x + 80, y + 80], fill=(rng.randrange(256), 120, 60))
    exif = Image.Exif()
    exif[0x0112] = 1
    folder.mkdir()
    for i in range(count):
        base.save(folder / f"foto{i:03d}.jpg", quality=88, exif=exif.tobytes(), dpi=(300, 300))
    return folder


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--photos", type=int, default=100)
    parser.add_argument("--width", type=int, default=3000)
    parser.add_argument("--height", type=int, default=2000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        pdf = _pdf(folder)
        t0 = time.perf_counter()
        stamp_pdf(pdf, folder / "warm.pdf", StampOptions())          # fills the logo caches
        print(f"PDF, 20 Seiten, erster Lauf (Logo-Caches leer): {time.perf_counter() - t0:6.2f} s")
        t0 = time.perf_counter()
        report = stamp_pdf(pdf, folder / "vordruck20_kampagne.pdf", StampOptions(position="auto"))
        pdf_s = time.perf_counter() - t0
        print(f"PDF, 20 Seiten, auto:   {pdf_s:6.2f} s  (Ziel ≤ 2 s)  – {report.message}")

        photos = _photos(folder / "fotos", args.photos, (args.width, args.height))
        t0 = time.perf_counter()
        batch = stamp_files([photos], folder / "out", StampOptions(position="auto"))
        photo_s = time.perf_counter() - t0
        ok = batch.count(Status.STAMPED)
        print(f"{args.photos} Fotos {args.width}×{args.height} JPEG: {photo_s:6.2f} s  "
              f"(Ziel ≤ 20 s auf 2 Kernen; {ok} gestempelt, {photo_s / args.photos * 1000:.0f} ms/Foto)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
