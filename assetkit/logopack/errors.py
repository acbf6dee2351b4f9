"""Errors of the logo package: one clear German sentence per problem a user can cause."""

from __future__ import annotations

from assetkit.errors import AssetkitError


class LogoPackError(AssetkitError):
    """The logo package cannot be made (for example the office's own logo is unusable)."""
