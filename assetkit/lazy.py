"""Package namespaces whose public names are imported on first use (PEP 562).

A package ``__init__`` that re-exports from its heavy submodules makes every import of a light
submodule pay for all of them: ``assetkit.resources`` needs only ``assetkit.brandkit.store``,
the cache folders only ``assetkit.project.paths``. With :func:`lazy_exports` the names stay
importable from the package and their submodule is imported when one is first used.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Iterable, Mapping


def lazy_exports(package: str, exports: Mapping[str, Iterable[str]]) -> Callable[[str], object]:
    """A module ``__getattr__`` for ``package``; ``exports`` maps submodule → names it gives."""
    where = {name: submodule for submodule, names in exports.items() for name in names}

    def __getattr__(name: str) -> object:  # noqa: N807 -- the name PEP 562 looks up
        submodule = where.get(name)
        if submodule is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f"{package}.{submodule}"), name)
        setattr(sys.modules[package], name, value)   # later lookups skip __getattr__
        return value

    return __getattr__
