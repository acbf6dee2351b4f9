"""Brand-kit updates: one checked file from the campaign team, installed per user, restorable.

``export_kit`` writes the active (or a given) kit folder as a ``.akkit`` file, ``inspect_kit``
checks one without installing, ``import_kit`` checks and activates it, ``restore_kit`` switches
back. ``assetkit.resources.resources_dir()`` then serves the imported kit, which it finds
through the light :mod:`assetkit.kitstore` (rendering never imports this package). Qt-free.
"""

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

__all__ = ["ActiveKit", "BrandKitError", "KitInfo", "active_kit", "export_kit", "import_kit",
           "inspect_kit", "restore_kit"]
