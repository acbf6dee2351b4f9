"""Errors of the batch package: a data file or a batch setting a user got wrong."""

from __future__ import annotations

from assetkit.errors import AssetkitError


class BatchError(AssetkitError):
    """The data file, the mapping, the name pattern or another batch setting is unusable."""


class DataFileError(BatchError):
    """The data file cannot be read (missing, wrong encoding, unknown format, no header)."""
