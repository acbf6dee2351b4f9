"""The error of brand-kit export, checking and import (one German sentence, like every AssetkitError)."""

from __future__ import annotations

from assetkit.errors import AssetkitError


class BrandKitError(AssetkitError):
    """A brand-kit file is damaged, hostile, of an unknown format, or its contents do not load."""
