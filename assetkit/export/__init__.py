"""Finishing and writing exports: atomic writes, raster encoding, print PDF post-processing."""

from assetkit.export.write import write_atomic

__all__ = ["write_atomic"]
