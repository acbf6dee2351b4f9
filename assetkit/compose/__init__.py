"""Compose: bind content into a template and produce one self-contained SVG."""

from assetkit.compose.composer import compose, limit_photo_cache
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

__all__ = ["ComposeOptions", "Composition", "Content", "ImageChoice", "Note", "PlacedImage",
           "PlacedLogo", "View", "compose", "limit_photo_cache"]
