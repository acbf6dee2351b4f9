"""Data files and photos for the batch tests, made at test time (no binary fixtures)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image


@pytest.fixture
def photo(tmp_path: Path) -> Path:
    """A small landscape JPEG in a „bilder“ folder beside the data files."""
    folder = tmp_path / "bilder"
    folder.mkdir()
    path = folder / "team.jpg"
    im = Image.new("RGB", (480, 320), (40, 150, 110))
    im.paste((240, 200, 30), (0, 0, 240, 160))
    im.save(path, quality=90)
    return path


@pytest.fixture
def write_data(tmp_path: Path) -> Callable[..., Path]:
    """Write CSV text in a given encoding; returns its path."""

    def write(text: str, name: str = "daten.csv", encoding: str = "utf-8") -> Path:
        path = tmp_path / name
        path.write_bytes(text.encode(encoding))
        return path

    return write
