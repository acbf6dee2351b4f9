"""Benchmark: what finding faces adds to placing a photo (the face-aware default crop).

Run: ``PYTHONPATH=. python bench/bench_faces.py`` (best and median of N wall times).

Measures, in one run so the figures compare on a noisy machine:
- face detection alone (nothing stored) on a 24-megapixel camera JPEG without people and on a
  4000 × 4000 portrait (scikit-image's public-domain astronaut, scaled up), and reading the
  stored result as a later process does;
- the judge plus a PNG render of a social post with that portrait, once with the user's focal
  point (no crop search, detection cached) and once as it runs for a fresh photo: detection,
  crop search, placement;
- the crop search alone (subject_focal) for one face.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path


def timed(fn: Callable[[], object], repeat: int, before: Callable[[], object] = lambda: None,
          ) -> tuple[float, float]:
    times = []
    for _ in range(repeat):
        before()
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times), statistics.median(times)


def main(repeat: int = 5) -> int:
    import os
    import shutil

    os.environ["ASSETKIT_USER_DIR"] = tempfile.mkdtemp(prefix="bench-faces-user-")
    from PIL import Image
    from skimage import data

    from assetkit.brand import load_brand
    from assetkit.compose import Content, ImageChoice
    from assetkit.compose.photos import limit_photo_cache
    from assetkit.images import faces
    from assetkit.images.subject import subject_focal
    from assetkit.preflight.judge import check_content
    from assetkit.render import render_png
    from assetkit.templates import load_catalogue
    from bench.bench_images import make_photo

    work = Path(tempfile.mkdtemp(prefix="bench-faces-"))
    camera = work / "kamera.jpg"
    make_photo(camera)
    portrait = work / "portrait.jpg"
    Image.fromarray(data.astronaut()).resize((4000, 4000), Image.Resampling.LANCZOS).save(
        portrait, quality=92)

    from assetkit.userdirs import cache_dir

    def forget_in_memory() -> None:
        faces._cache.clear()
        limit_photo_cache(120_000_000)

    def forget() -> None:
        forget_in_memory()
        shutil.rmtree(cache_dir() / "faces", ignore_errors=True)

    print(f"face detection, nothing stored (best / median of {repeat}):")
    for name, path in (("24 MP camera JPEG, no people", camera), ("4000² portrait", portrait)):
        best, median = timed(lambda p=path: faces.detect_faces(p), repeat, forget)
        print(f"  {name:32s} {best * 1000:6.0f} ms / {median * 1000:6.0f} ms  "
              f"({len(faces.detect_faces(path))} faces)")
    best, median = timed(lambda: faces.detect_faces(portrait), repeat, forget_in_memory)
    print(f"  {'the portrait, stored (a later run)':32s} {best * 1000:6.1f} ms / "
          f"{median * 1000:6.1f} ms")

    found = faces.detect_faces(portrait)
    best, median = timed(lambda: subject_focal((4000, 4000), found, (1080.0, 420.0), 1.0, [],
                                               (0.5, 0.3)), repeat * 20)
    print(f"crop search for one face:          {best * 1000:6.1f} ms / {median * 1000:6.1f} ms")

    brand = load_brand()
    post = load_catalogue().get("post-1x1-erfolgsgeschichte")

    def export(focal: tuple[float, float] | None) -> None:
        content = Content(images={"photo_portrait": ImageChoice(portrait, focal=focal)})
        _findings, comp = check_content(post, content, brand)
        render_png(comp)

    print(f"judge + PNG of {post.id} with the portrait (best / median of {repeat}):")
    for label, focal, before in (("user's focal point, faces cached", (0.5, 0.25),
                                  lambda: limit_photo_cache(120_000_000)),
                                 ("fresh photo: detect, choose, place", None, forget)):
        best, median = timed(lambda f=focal: export(f), repeat, before)
        print(f"  {label:36s} {best * 1000:6.0f} ms / {median * 1000:6.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
