"""Benchmark: decode and place a 6000 × 4000 camera JPEG into a 1080 × 1350 social box.

Run: ``PYTHONPATH=. python bench/bench_images.py`` (best of N wall times, and peak RSS of a fresh
process per variant, since Pillow allocates pixel memory outside Python's tracemalloc).
"""

from __future__ import annotations

import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BOX = (1080, 1350)
SIZE = (6000, 4000)


def make_photo(path: Path) -> None:
    """A camera-like JPEG: a generated city photo plus sensor noise, so the file is as large
    (as much entropy-coded data to decode) as a real 24 MP camera JPEG (~8–12 MB)."""
    from PIL import Image, ImageChops

    from assetkit.images.encoding import encode_image
    from assetkit.images.samples import sample_photo

    photo = sample_photo("city", size=SIZE, seed=1)
    noise = Image.effect_noise(SIZE, 14)
    photo = ImageChops.add(photo, Image.merge("RGB", (noise, noise, noise)), 1.0, -128)
    data, _ = encode_image(photo, "jpeg", quality=92)
    path.write_bytes(data)


def run_variant(path: Path, variant: str, repeat: int) -> dict[str, float]:
    from assetkit.images import load_image, place_image, required_source_size

    times, decode_times = [], []
    for _ in range(repeat):
        t0 = time.perf_counter()
        if variant == "full":
            img = load_image(path)
        else:
            need = required_source_size(SIZE, *BOX, BOX)
            img = load_image(path, min_size=need)
        t1 = time.perf_counter()
        placed = place_image(img, *BOX, target_px=BOX)
        t2 = time.perf_counter()
        assert placed.image.size == BOX
        decode_times.append(t1 - t0)
        times.append(t2 - t0)
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {
        "decode_s": min(decode_times),
        "total_s": min(times),
        "median_total_s": statistics.median(times),
        "decoded_px": img.size[0] * img.size[1],
        "peak_rss_mb": rss_mb,
    }


def main() -> None:
    if len(sys.argv) == 4 and sys.argv[1] == "--child":
        print(json.dumps(run_variant(Path(sys.argv[2]), sys.argv[3], repeat=5)))
        return
    if len(sys.argv) == 3 and sys.argv[1] == "--make":
        make_photo(Path(sys.argv[2]))
        return
    with tempfile.TemporaryDirectory() as tmp:
        photo = Path(tmp) / "kamera.jpg"
        # Every step in its own process: Linux carries a process's peak RSS across exec, so a
        # child forked from a parent that had generated the photo would report the parent's peak.
        subprocess.run([sys.executable, __file__, "--make", str(photo)], check=True)
        print(f"{SIZE[0]}×{SIZE[1]} JPEG, {photo.stat().st_size / 1e6:.1f} MB → cover {BOX}")
        for variant in ("full", "draft"):
            out = subprocess.run(
                [sys.executable, __file__, "--child", str(photo), variant],
                capture_output=True,
                text=True,
                check=True,
            ).stdout
            r = json.loads(out)
            print(
                f"{variant:>5}: decode {r['decode_s'] * 1000:6.0f} ms, decode+place "
                f"{r['total_s'] * 1000:6.0f} ms (median {r['median_total_s'] * 1000:.0f}), "
                f"decoded {r['decoded_px'] / 1e6:.1f} MP, peak RSS {r['peak_rss_mb']:.0f} MB"
            )


if __name__ == "__main__":
    main()
