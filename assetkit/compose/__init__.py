"""Compose: bind content into a template and produce one self-contained SVG.

The value types load with the package; ``compose`` (the text engine, lxml, the photo code)
loads on first use, so a command can read its arguments into a ``Content`` and start work
— a print export starts on its photos — while the rest is still loading.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from assetkit.compose.model import (
    ComposeOptions,
    Composition,
    Content,
    ImageChoice,
    Note,
    PlacedImage,
    PlacedLogo,
    View,
)

if TYPE_CHECKING:
    from assetkit.compose.composer import compose
    from assetkit.compose.photos import limit_photo_cache

__all__ = ["ComposeOptions", "Composition", "Content", "ImageChoice", "Note", "PlacedImage",
           "PlacedLogo", "View", "compose", "limit_photo_cache"]


def __getattr__(name: str) -> object:
    if name == "compose":
        from assetkit.compose.composer import compose

        return compose
    if name == "limit_photo_cache":
        from assetkit.compose.photos import limit_photo_cache

        return limit_photo_cache
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
