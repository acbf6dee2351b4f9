"""Where per-user files live: office profile (config), autosaves (data), thumbnails and
tables derived once from library files (cache: cffi bindings, hyphenation patterns).

A leaf module (only platformdirs): any package may ask it, down to the text engine.

``ASSETKIT_USER_DIR`` puts all three below one folder (tests, benchmarks, portable installs).
"""

from __future__ import annotations

import os
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


def _ensure(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path
