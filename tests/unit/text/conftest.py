"""Fixtures for the text engine tests: the bundled Inter fonts and common styles."""

from __future__ import annotations

from pathlib import Path

import pytest

FONTS = Path(__file__).resolve().parents[3] / "resources" / "fonts" / "inter"


@pytest.fixture
def regular() -> Path:
    return FONTS / "Inter-Regular.otf"


@pytest.fixture
def display() -> Path:
    return FONTS / "InterDisplay-ExtraBold.otf"
