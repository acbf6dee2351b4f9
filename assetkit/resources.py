"""Where the bundled resources live (source checkout, installed package, PyInstaller bundle)."""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    """The folder holding brand.toml, logos/, templates/, fonts/, color/, i18n/.

    ``ASSETKIT_RESOURCES`` overrides it (tests, imported brand kits).
    """
    override = os.environ.get("ASSETKIT_RESOURCES")
    if override:
        return Path(override)
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
