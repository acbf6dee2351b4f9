"""Every brand-kit test gets its own user data folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from assetkit.resources import resources_dir


@pytest.fixture(autouse=True)
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A private user data folder: tests never see or touch a real imported kit."""
    monkeypatch.delenv("ASSETKIT_RESOURCES", raising=False)
    monkeypatch.setenv("ASSETKIT_USER_DIR", str(tmp_path / "user"))
    resources_dir.cache_clear()
    yield tmp_path / "user" / "data"
    resources_dir.cache_clear()
