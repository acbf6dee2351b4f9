"""Where the bundled resources live (source checkout, installed package, PyInstaller bundle)."""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path

from assetkit.kitstore import active_kit_dir


@cache
def resources_dir() -> Path:
    """The folder holding brand.toml, logos/, templates/, fonts/, color/, i18n/.

    ``ASSETKIT_RESOURCES`` overrides it (tests). Otherwise a brand kit imported with
    ``assetkit brandkit import`` wins over the bundled resources.
    """
    override = os.environ.get("ASSETKIT_RESOURCES")
    if override:
        return Path(override)
    return active_kit_dir() or bundled_resources_dir()


def bundled_resources_dir() -> Path:
    """The resources shipped with the application."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    """A file below resources_dir(); what a brand kit does not carry (colour profiles,
    translations, print presets) comes from the bundled resources."""
    path = resources_dir().joinpath(*parts)
    return path if path.exists() else bundled_resources_dir().joinpath(*parts)
