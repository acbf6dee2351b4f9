"""Errors of the Word package: one clear German sentence per problem a user can cause."""

from __future__ import annotations

from assetkit.errors import AssetkitError


class WordError(AssetkitError):
    """A Word document cannot be read or stamped, or a Word option is not possible."""
