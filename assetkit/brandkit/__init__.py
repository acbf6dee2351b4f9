"""Brand-kit updates: one checked file from the campaign team, installed per user, restorable.

``export_kit`` writes the active (or a given) kit folder as a ``.akkit`` file, ``inspect_kit``
checks one without installing, ``import_kit`` checks and activates it, ``restore_kit`` switches
back. ``assetkit.resources.resources_dir()`` then serves the imported kit. Qt-free.

The names below are imported on first use (PEP 562): every render asks the light
``assetkit.brandkit.store`` for the active kit and should not pay for zip archives and
validation (6 ms) it never needs.
"""

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from assetkit.brandkit.errors import BrandKitError
    from assetkit.brandkit.kit import (
        ActiveKit,
        KitInfo,
        active_kit,
        export_kit,
        import_kit,
        inspect_kit,
        restore_kit,
    )

_SUBMODULE = {"BrandKitError": "errors", "ActiveKit": "kit", "KitInfo": "kit", "active_kit": "kit",
              "export_kit": "kit", "import_kit": "kit", "inspect_kit": "kit", "restore_kit": "kit"}


def __getattr__(name: str) -> object:
    if name not in _SUBMODULE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{_SUBMODULE[name]}"), name)
    globals()[name] = value   # later lookups skip __getattr__
    return value


__all__ = ["ActiveKit", "BrandKitError", "KitInfo", "active_kit", "export_kit", "import_kit",
           "inspect_kit", "restore_kit"]
