"""The text engine: shaping (HarfBuzz), outlines (fontTools), German line breaking and
hyphenation (pyphen), auto-fit, and SVG/PDF output of laid-out text.

Text is never drawn with system fonts: glyph outlines come from the bundled font files and
are emitted as SVG paths, so output is identical on every machine.
"""

from assetkit.text.fonts import Font, load_font
from assetkit.text.layout import layout_text
from assetkit.text.model import (
    Box,
    FitSpec,
    LaidLine,
    PositionedGlyph,
    TextLayout,
    TextStyle,
)
from assetkit.text.svg import layout_to_svg

__all__ = [
    "Box",
    "FitSpec",
    "Font",
    "LaidLine",
    "PositionedGlyph",
    "TextLayout",
    "TextStyle",
    "layout_text",
    "layout_to_svg",
    "load_font",
]
