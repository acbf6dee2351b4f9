"""Where per-user files live: office profile (config), autosaves and imported brand kits
(data), thumbnails and tables derived once from library files (cache: cffi bindings,
hyphenation patterns). The one place that decides these folders.

A ground-floor module (platformdirs; assetkit.fileio to write): any package may ask it, down to
the text engine.

``ASSETKIT_USER_DIR`` puts all three below one folder (tests, benchmarks, portable installs).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import zlib
from collections.abc import Callable
from pathlib import Path

import platformdirs

APP = "assetkit"


def _base(kind: str) -> Path:
    override = os.environ.get("ASSETKIT_USER_DIR")
    if override:
        return Path(override) / kind
    getter = {"config": platformdirs.user_config_dir, "data": platformdirs.user_data_dir,
              "cache": platformdirs.user_cache_dir}[kind]
    return Path(getter(APP, appauthor=False))


def config_dir() -> Path:
    return _ensure(_base("config"))


def data_dir() -> Path:
    return _ensure(_base("data"))


def cache_dir() -> Path:
    return _ensure(_base("cache"))


def office_profile_path() -> Path:
    return config_dir() / "office.toml"


_CACHE_MAGIC = b"AKC1"     # cache file: magic, CRC-32 of the rest, key length, key, data


def derived_data(kind: str, stem: str, key: str, build: Callable[[], bytes],
                 check: Callable[[bytes], bool] = lambda data: True) -> bytes:
    """Data derived from library files (tables, bindings), kept in the cache folder
    ``kind`` under ``stem`` and the hash of ``key``, which names everything the data depends
    on (source files with size and time, library versions, format). ``build`` makes it when
    there is no file for this ``key``, or it is damaged, or ``check`` rejects it; it is written
    atomically for the next run. An unusable cache folder only costs the time of ``build``."""
    name = f"{stem}-{hashlib.sha256(key.encode()).hexdigest()[:16]}.bin"
    try:
        folder = cache_dir() / kind
        folder.mkdir(exist_ok=True)
    except OSError:
        return build()
    path = folder / name
    with contextlib.suppress(OSError):
        data = _unpack(path.read_bytes(), key)
        if data is not None and check(data):
            return data
    data = build()
    from assetkit.errors import AssetkitError
    from assetkit.fileio import write_atomic

    stored = len(key.encode()).to_bytes(4, "little") + key.encode() + data
    with contextlib.suppress(OSError, AssetkitError):
        write_atomic(path, _CACHE_MAGIC + zlib.crc32(stored).to_bytes(4, "little") + stored)
    return data


def _unpack(raw: bytes, key: str) -> bytes | None:
    head = len(_CACHE_MAGIC)
    stored = raw[head + 4:]
    if raw[:head] != _CACHE_MAGIC or zlib.crc32(stored).to_bytes(4, "little") != raw[head:head + 4]:
        return None
    length = int.from_bytes(stored[:4], "little")
    if stored[4:4 + length] != key.encode():
        return None
    return stored[4 + length:]


def _ensure(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path
