"""An LRU cache of decoded photos for preview and batch, bounded by total pixels.

Keyed by (resolved path, mtime, file size) plus the load options, so an edited file is decoded
again. Thread-safe; a decode runs outside the lock, and a thread asking for a photo another one
is decoding right now waits for that result instead of decoding it twice.

:data:`PHOTOS` is the cache every composition in a process shares (live preview, batch rows,
exports); :func:`prefetch` starts decoding photos into it on a background thread, for a command
that knows its photo files long before it composes.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Iterable
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path

from assetkit.background import in_background, quick_gil_handoff
from assetkit.images.loading import DEFAULT_MAX_PIXELS, LoadedImage, _error, load_image

DEFAULT_BUDGET_PIXELS = 120_000_000  # ≈ 360–480 MB of RGB/RGBA; five 24 MP camera photos

_Key = tuple[str, int, int, int, tuple[int, int] | None]


@dataclass(frozen=True)
class CacheStats:
    hits: int
    misses: int
    entries: int
    pixels: int


class ImageCache:
    """Least-recently-used cache of :class:`LoadedImage` objects, at most ``max_pixels`` total.

    An image larger than the whole budget is returned but not kept.
    """

    def __init__(self, max_pixels: int = DEFAULT_BUDGET_PIXELS) -> None:
        self.max_pixels = max_pixels
        self._items: OrderedDict[_Key, LoadedImage] = OrderedDict()
        self._pixels = 0
        self._hits = 0
        self._misses = 0
        self._lock = threading.Lock()
        self._pending: dict[_Key, Future[LoadedImage]] = {}   # being decoded right now

    @staticmethod
    def _key(path: Path, max_pixels: int, min_size: tuple[int, int] | None) -> _Key:
        try:
            st = path.stat()
            resolved = str(path.resolve())
        except OSError as exc:
            # Report exactly what load_image would report for a missing file.
            raise _error("missing" if not path.exists() else "unreadable", path.name) from exc
        return (resolved, st.st_mtime_ns, st.st_size, max_pixels, min_size)

    def get(
        self,
        path: Path | str,
        *,
        max_pixels: int = DEFAULT_MAX_PIXELS,
        min_size: tuple[int, int] | None = None,
    ) -> LoadedImage:
        """The decoded photo at ``path``, from the cache when the file is unchanged."""
        path = Path(path)
        key = self._key(path, max_pixels, min_size)
        with self._lock:
            found = self._items.get(key)
            if found is not None:
                self._items.move_to_end(key)
                self._hits += 1
                return found
            pending = self._pending.get(key)
            mine = pending is None
            if pending is None:
                pending = self._pending[key] = Future()
                self._misses += 1
            else:
                self._hits += 1
        if not mine:
            return pending.result()
        try:
            loaded = load_image(path, max_pixels=max_pixels, min_size=min_size)
            self._put(key, loaded)
        except BaseException as exc:
            pending.set_exception(exc)
            raise
        else:
            pending.set_result(loaded)
        finally:
            with self._lock:
                self._pending.pop(key, None)
        return loaded

    def _put(self, key: _Key, loaded: LoadedImage) -> None:
        size = loaded.size[0] * loaded.size[1]
        if size > self.max_pixels:
            return
        with self._lock:
            old = self._items.pop(key, None)
            if old is not None:
                self._pixels -= old.size[0] * old.size[1]
            self._items[key] = loaded
            self._pixels += size
            while self._pixels > self.max_pixels and self._items:
                _, evicted = self._items.popitem(last=False)
                self._pixels -= evicted.size[0] * evicted.size[1]

    def invalidate(self, path: Path | str) -> None:
        """Forget every entry for ``path`` (all versions and load options)."""
        resolved = str(Path(path).resolve())
        with self._lock:
            for key in [k for k in self._items if k[0] == resolved]:
                evicted = self._items.pop(key)
                self._pixels -= evicted.size[0] * evicted.size[1]

    def clear(self) -> None:
        with self._lock:
            self._items.clear()
            self._pixels = 0

    def __len__(self) -> int:
        return len(self._items)

    @property
    def stats(self) -> CacheStats:
        with self._lock:
            return CacheStats(self._hits, self._misses, len(self._items), self._pixels)


# The decoded photos every composition in this process shares.
PHOTOS = ImageCache(max_pixels=80_000_000)


def prefetch(paths: Iterable[Path]) -> None:
    """Start decoding ``paths`` into :data:`PHOTOS` on a background thread (decoding releases
    the GIL, so it runs beside the caller's module loading), then finding their faces. Whoever
    asks :data:`PHOTOS` for one of them later gets the result, or waits for it; a file that
    cannot be read is reported then, to that caller."""
    paths = list(paths)

    def decode() -> None:
        from assetkit.images.faces import detect_faces

        with quick_gil_handoff():
            for path in paths:
                try:
                    PHOTOS.get(path)
                except Exception:  # noqa: BLE001, S112 -- the composer reports it clearly
                    continue
            for path in paths:
                detect_faces(path)     # for the default crop; stored, so a repeat costs nothing

    in_background(decode, "assetkit-prefetch")
