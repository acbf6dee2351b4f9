"""Make the helper modules of this folder importable and give tests a hash-before/after guard."""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def unchanged() -> Iterator[list[Path]]:
    """Append input paths; the test fails if any of them changed by the end."""
    before: dict[Path, str] = {}

    class _Guard(list):  # type: ignore[type-arg]
        def append(self, p: Path) -> None:  # type: ignore[override]
            before[p] = digest(p)
            super().append(p)

    guard = _Guard()
    yield guard
    for p, h in before.items():
        assert digest(p) == h, f"input {p} was modified"
