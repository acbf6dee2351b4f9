"""The suite itself: test modules have unique names (the test folders are not packages, so
two ``test_x.py`` in different folders stop pytest with an import-file mismatch)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path


def test_test_modules_have_unique_names() -> None:
    names = Counter(p.name for p in Path(__file__).parent.rglob("test_*.py"))
    assert [name for name, n in names.items() if n > 1] == []
