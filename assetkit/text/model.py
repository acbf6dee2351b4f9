"""Value objects of the text engine: what goes into a layout and what comes out.

All coordinates are absolute page units (mm or px, whatever the template uses), y grows
downwards like in SVG. Font sizes are page units too (the caller converts pt to mm).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Literal

Align = Literal["left", "center", "right"]
VAlign = Literal["top", "middle", "bottom"]
FirstBaseline = Literal["ascender", "cap_height"]
#: Hanging indent for programme lines (see TextStyle).
Hang = Literal["none", "time", "time-own"]
HANGS: tuple[Hang, ...] = ("none", "time", "time-own")


def _finite(name: str, value: float) -> None:
    if not math.isfinite(value):
        raise ValueError(f"{name} must be a finite number, got {value!r}")


@dataclass(frozen=True)
class Box:
    """A rectangle in page units (top-left corner, width, height)."""

    x: float
    y: float
    width: float
    height: float

    def __post_init__(self) -> None:
        for name in ("x", "y", "width", "height"):
            _finite(name, getattr(self, name))
        if self.width < 0 or self.height < 0:
            raise ValueError(f"Box needs width and height >= 0, got {self.width}x{self.height}")

    @property
    def right(self) -> float:
        return self.x + self.width

    @property
    def bottom(self) -> float:
        return self.y + self.height


@dataclass(frozen=True)
class TextStyle:
    """How to set a text: font file, size (page units), spacing, alignment, hyphenation.

    ``tracking`` is letter spacing in 1/1000 em added after every glyph.
    ``first_baseline`` says where the first baseline sits below the top of the box:
    ``"ascender"`` (default) puts it at the font's ascender (raised to the top of Ä, Ö, Ü
    where those are higher), so accented capitals stay inside the box; ``"cap_height"``
    aligns the top of capitals with the box top, as
    designers do for headlines in caps and figures (accents then poke above the box).

    ``hang`` sets a programme, one item per paragraph („10:00 Uhr Begrüßung“): the label a
    paragraph opens with (its time or the text before a tab, see
    :mod:`assetkit.text.labels`) hangs, and the item's text starts in a column to its right
    on the first line and on every line it wraps to. ``"time"``: one column for all items,
    after the widest label, so the item texts line up like a table; ``"time-own"``: each
    item's column right after its own label. Paragraphs without a label, and labels wider
    than half the box, are set as usual. Left-aligned text only.

    ``paragraph_space`` is extra space after each paragraph but the last (a typed line
    break, not an automatic wrap), in lines: multiples of ``size × line_height``. 0.4 sets
    the items of a programme apart when they wrap. When the text fits no size of a
    ``FitSpec`` with the full space, the space gives way before the text overflows
    (``TextLayout.paragraph_space`` is the space used).
    """

    font: Path
    size: float
    line_height: float = 1.2
    tracking: float = 0.0
    align: Align = "left"
    valign: VAlign = "top"
    hyphenate: bool = True
    lang: str = "de_DE"
    first_baseline: FirstBaseline = "ascender"
    hang: Hang = "none"
    paragraph_space: float = 0.0

    def __post_init__(self) -> None:
        object.__setattr__(self, "font", Path(self.font))
        for name in ("size", "line_height", "tracking", "paragraph_space"):
            _finite(name, getattr(self, name))
        if self.size <= 0:
            raise ValueError(f"TextStyle.size must be > 0, got {self.size}")
        if self.line_height <= 0:
            raise ValueError(f"TextStyle.line_height must be > 0, got {self.line_height}")
        if self.paragraph_space < 0:
            raise ValueError(f"TextStyle.paragraph_space must be >= 0, got {self.paragraph_space}")
        if self.align not in ("left", "center", "right"):
            raise ValueError(f"unknown align {self.align!r}")
        if self.valign not in ("top", "middle", "bottom"):
            raise ValueError(f"unknown valign {self.valign!r}")
        if self.first_baseline not in ("ascender", "cap_height"):
            raise ValueError(f"unknown first_baseline {self.first_baseline!r}")
        if self.hang not in HANGS:
            raise ValueError(f"unknown hang {self.hang!r}")
        if self.hang != "none" and self.align != "left":
            raise ValueError(f"hang {self.hang!r} needs align 'left', got {self.align!r}")


@dataclass(frozen=True)
class FitSpec:
    """Auto-fit: find the largest size in [min_size, max_size] at which the text fits.

    ``step`` quantises the chosen size (e.g. 0.5 for half points); ``None`` means 1/100 of a
    page unit. ``avoid_hyphenation``: prefer the largest size that needs no hyphenation and
    only hyphenate when the text fits no other way (what designers want for headlines).
    ``max_lines`` counts lines, typed and wrapped, not ``TextStyle.paragraph_space``.
    """

    min_size: float
    max_size: float
    max_lines: int | None = None
    step: float | None = None
    avoid_hyphenation: bool = False

    def __post_init__(self) -> None:
        _finite("min_size", self.min_size)
        _finite("max_size", self.max_size)
        if self.min_size <= 0 or self.max_size < self.min_size:
            raise ValueError(f"FitSpec needs 0 < min_size <= max_size, got {self}")
        if self.max_lines is not None and self.max_lines < 1:
            raise ValueError(f"FitSpec.max_lines must be >= 1, got {self.max_lines}")
        if self.step is not None and (not math.isfinite(self.step) or self.step <= 0):
            raise ValueError(f"FitSpec.step must be > 0, got {self.step}")


@dataclass(frozen=True)
class PositionedGlyph:
    """One glyph: font glyph id, pen position in page units (y = baseline), and ``cluster``,
    the index into ``LaidLine.text`` of the first character the glyph stands for."""

    gid: int
    x: float
    y: float
    cluster: int


@dataclass(frozen=True)
class LaidLine:
    """One line as shown: its characters (with the hyphen if hyphenated), left x, baseline
    y, advance width (page units) and its glyphs. ``label``: a hanging label opens the line
    (``text[:label]``, e.g. „10:00 Uhr“) and the text after it starts at the item column, not
    a word space later; 0 for every other line."""

    text: str
    x: float
    baseline: float
    width: float
    hyphenated: bool
    glyphs: tuple[PositionedGlyph, ...]
    joined: bool = False     # ends inside a word without a hyphen: after „/ . @“ or a typed „-“
    label: int = 0


@dataclass(frozen=True)
class TextLayout:
    """The result of ``layout_text``.

    ``overflow`` is True when the text does not fit at the smallest allowed size; the lines
    that fit are kept and the rest is in ``hidden_text``. ``missing_chars`` are characters
    the font has no glyph for (dropped from the output). ``forced_breaks`` counts words that
    had to be cut at an arbitrary character because they are wider than the box.
    ``ink_bounds`` is the area the glyph outlines actually cover (zero-size box at the box
    origin when nothing is drawn). ``paragraph_space``: the space after a paragraph, in lines,
    as set — the style's, or less where the text fitted only with less (see
    :func:`assetkit.text.layout.layout_text`).
    """

    size: float
    style: TextStyle
    box: Box
    lines: tuple[LaidLine, ...]
    overflow: bool
    hidden_text: str
    missing_chars: frozenset[str]
    forced_breaks: int
    hyphenations: int = 0
    paragraph_space: float = 0.0

    @cached_property
    def ink_bounds(self) -> Box:
        """Computed when asked (preflight does): it needs every glyph's outline, which PDF
        output, drawing text in embedded fonts, never loads otherwise."""
        from assetkit.text.fonts import load_font

        font = load_font(self.style.font)
        scale = self.size / font.upem
        ink = [(g.x + b[0] * scale, g.y - b[3] * scale, g.x + b[2] * scale, g.y - b[1] * scale)
               for line in self.lines for g in line.glyphs
               if (b := font.glyph_bounds(g.gid)) is not None]
        if not ink:
            return Box(self.box.x, self.box.y, 0.0, 0.0)
        x0, y0 = min(b[0] for b in ink), min(b[1] for b in ink)
        x1, y1 = max(b[2] for b in ink), max(b[3] for b in ink)
        return Box(x0, y0, x1 - x0, y1 - y0)

    @property
    def text(self) -> str:
        """The visible text, lines joined by newlines."""
        return "\n".join(line.text for line in self.lines)
