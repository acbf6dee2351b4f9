"""Errors of the PowerPoint package: one clear German sentence per problem a user can cause."""

from __future__ import annotations

from assetkit.errors import AssetkitError


class SlidesError(AssetkitError):
    """A PowerPoint template cannot be made from this office profile."""
