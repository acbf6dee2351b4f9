"""Brand-kit updates: one checked file from the campaign team, installed per user, restorable.

``export_kit`` writes the active (or a given) kit folder as a ``.akkit`` file, ``inspect_kit``
checks one without installing, ``import_kit`` checks and activates it, ``restore_kit`` switches
back. ``assetkit.resources.resources_dir()`` then serves the imported kit. Qt-free. The names
below load their module on first use (:mod:`assetkit.lazy`): every render asks
``assetkit.brandkit.store`` for the active kit and needs nothing else from here.
"""

from typing import TYPE_CHECKING

from assetkit.lazy import lazy_exports

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

__getattr__ = lazy_exports(__name__, {
    "errors": ("BrandKitError",),
    "kit": ("ActiveKit", "KitInfo", "active_kit", "export_kit", "import_kit", "inspect_kit",
            "restore_kit"),
})

__all__ = ["ActiveKit", "BrandKitError", "KitInfo", "active_kit", "export_kit", "import_kit",
           "inspect_kit", "restore_kit"]
