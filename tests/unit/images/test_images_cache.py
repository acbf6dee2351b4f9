"""The decoded-photo cache: hits for unchanged files, fresh decodes after edits, pixel budget."""

from __future__ import annotations

import os
import threading

import pytest
from fixtures_images import encode, quadrants

from assetkit.images import ImageCache, ImageLoadError


def test_hit_returns_the_same_object(write):
    path = write("a.png", encode(quadrants(), "PNG"))
    cache = ImageCache()
    first = cache.get(path)
    assert cache.get(path) is first
    assert cache.stats.hits == 1
    assert cache.stats.misses == 1


def test_changed_file_is_decoded_again(write):
    path = write("a.png", encode(quadrants((300, 200)), "PNG"))
    cache = ImageCache()
    first = cache.get(path)
    path.write_bytes(encode(quadrants((200, 100)), "PNG"))
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))
    second = cache.get(path)
    assert second is not first
    assert second.size == (200, 100)


def test_pixel_budget_evicts_least_recently_used(write):
    paths = [write(f"{n}.png", encode(quadrants((100, 100)), "PNG")) for n in range(3)]
    cache = ImageCache(max_pixels=25_000)  # room for two 10 000-pixel photos
    a = cache.get(paths[0])
    cache.get(paths[1])
    cache.get(paths[0])  # a is now the most recent
    cache.get(paths[2])  # evicts paths[1]
    assert len(cache) == 2
    assert cache.stats.pixels == 20_000
    assert cache.get(paths[0]) is a
    misses = cache.stats.misses
    cache.get(paths[1])
    assert cache.stats.misses == misses + 1


def test_photo_larger_than_budget_is_not_kept(write):
    path = write("big.png", encode(quadrants((300, 200)), "PNG"))
    cache = ImageCache(max_pixels=1000)
    assert cache.get(path).size == (300, 200)
    assert len(cache) == 0


def test_missing_file_raises_image_error(tmp_path):
    with pytest.raises(ImageLoadError) as info:
        ImageCache().get(tmp_path / "weg.jpg")
    assert info.value.reason == "missing"


def test_invalidate_and_clear(write):
    path = write("a.png", encode(quadrants(), "PNG"))
    cache = ImageCache()
    cache.get(path)
    cache.get(path, min_size=(10, 10))
    cache.invalidate(path)
    assert len(cache) == 0
    cache.get(path)
    cache.clear()
    assert cache.stats.pixels == 0


def test_threads_share_the_cache(write):
    paths = [write(f"{n}.jpg", encode(quadrants((200, 200)), "JPEG")) for n in range(4)]
    cache = ImageCache()
    errors: list[BaseException] = []

    def work() -> None:
        try:
            for _ in range(5):
                for p in paths:
                    assert cache.get(p).size == (200, 200)
        except BaseException as exc:  # collected and re-raised in the main thread
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert len(cache) == 4
    assert cache.stats.pixels == 4 * 200 * 200


def test_a_photo_being_decoded_is_waited_for_not_decoded_again(write, monkeypatch):
    from assetkit.images import cache as cache_module

    path = write("a.png", encode(quadrants((400, 300)), "PNG"))
    cache = ImageCache()
    decoding = threading.Event()
    release = threading.Event()
    real_load = cache_module.load_image
    calls = []

    def slow_load(*args, **kwargs):
        calls.append(args[0])
        decoding.set()
        release.wait(5)
        return real_load(*args, **kwargs)

    monkeypatch.setattr(cache_module, "load_image", slow_load)
    results = []
    first = threading.Thread(target=lambda: results.append(cache.get(path)))
    first.start()
    assert decoding.wait(5)
    second = threading.Thread(target=lambda: results.append(cache.get(path)))
    second.start()
    release.set()
    first.join()
    second.join()
    assert len(calls) == 1
    assert len(results) == 2
    assert results[0] is results[1]
    assert results[0].size == (400, 300)


def test_a_failed_decode_reaches_the_waiting_caller_and_is_not_kept(write, monkeypatch):
    path = write("kaputt.jpg", b"\xff\xd8\xff\xe0 not really a jpeg")
    cache = ImageCache()
    with pytest.raises(ImageLoadError):
        cache.get(path)
    with pytest.raises(ImageLoadError):     # tried again, not a stale pending result
        cache.get(path)
    assert len(cache) == 0


def test_prefetched_photo_is_served_to_the_composer_without_a_second_decode(write):
    from assetkit.images.cache import PHOTOS, prefetch

    path = write("prefetch.png", encode(quadrants((320, 200)), "PNG"))
    missing = path.with_name("gibt-es-nicht.jpg")
    misses = PHOTOS.stats.misses
    prefetch([missing, path])        # a missing file is skipped quietly, reported later
    loaded = PHOTOS.get(path)
    assert loaded.size == (320, 200)
    assert PHOTOS.stats.misses == misses + 1
    with pytest.raises(ImageLoadError, match="gibt-es-nicht"):
        PHOTOS.get(missing)
