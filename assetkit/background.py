"""Work on a background thread beside a busy main thread (a leaf module: no assetkit imports).

The background work of an export (decoding photos, converting and encoding them) is a chain of
Pillow calls that release the GIL; between them, the thread must get the GIL back from the main
thread, which is loading modules and composing and by default lets go only every 5 ms. A JPEG
is decoded in 64 KB chunks, so a 500 KB photo took 38 ms instead of 12 beside a busy main
thread. :func:`quick_gil_handoff` shortens the switch interval while such work runs.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from contextlib import contextmanager
from typing import TypeVar

T = TypeVar("T")
QUICK_SWITCH_INTERVAL = 0.0002

_LOCK = threading.Lock()
_USERS = [0, 0.005]           # running users, the interval to restore after the last


@contextmanager
def quick_gil_handoff() -> Iterator[None]:
    """A short GIL switch interval while the block runs (nested and concurrent blocks share
    it; the interval from before the first is restored after the last)."""
    with _LOCK:
        if _USERS[0] == 0:
            _USERS[1] = sys.getswitchinterval()
            sys.setswitchinterval(min(_USERS[1], QUICK_SWITCH_INTERVAL))
        _USERS[0] += 1
    try:
        yield
    finally:
        with _LOCK:
            _USERS[0] -= 1
            if _USERS[0] == 0:
                sys.setswitchinterval(_USERS[1])


def in_background(work: Callable[[], T], name: str = "assetkit-background") -> Future[T]:
    """``work`` running on a daemon thread of its own; its future holds the result or the
    error."""
    future: Future[T] = Future()

    def run() -> None:
        try:
            future.set_result(work())
        except BaseException as exc:  # noqa: BLE001 -- handed to whoever asks for the result
            future.set_exception(exc)

    threading.Thread(target=run, name=name, daemon=True).start()
    return future
