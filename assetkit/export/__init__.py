"""Finishing exports: raster encoding, print PDF post-processing, presets.

Writing files atomically lives in :mod:`assetkit.fileio` (the ground floor every package may use).
"""
