"""Shaping with HarfBuzz: a string → glyph ids, advances and clusters in font units.

Every run is shaped once at the font's design size (upem) and cached, so laying the same
words out at many sizes (auto-fit) only scales numbers. Kerning (``kern``) and ligatures
(``liga``, ``calt``) are HarfBuzz defaults and are switched on explicitly here anyway.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import uharfbuzz as hb

from assetkit.text.fonts import Font, load_font

FEATURES: dict[str, bool] = {"kern": True, "liga": True, "clig": True, "calt": True}


@dataclass(frozen=True)
class ShapedRun:
    """A shaped string. ``clusters[i]`` is the index into ``text`` of glyph i's first char.

    Positions are font units; ``width`` is the sum of advances (without tracking).
    """

    text: str
    gids: tuple[int, ...]
    advances: tuple[int, ...]
    x_offsets: tuple[int, ...]
    y_offsets: tuple[int, ...]
    clusters: tuple[int, ...]
    width: int

    def cluster_starts(self) -> tuple[int, ...]:
        """Character indices where a glyph cluster starts (safe places to cut the text)."""
        return tuple(sorted(set(self.clusters)))


def shape(font: Font, text: str) -> ShapedRun:
    """Shape ``text`` left to right with ``font``; cached per (font file, text)."""
    return _shape(str(font.path), text)


@lru_cache(maxsize=65536)
def _shape(font_path: str, text: str) -> ShapedRun:
    font = load_font(font_path)
    if not text:
        return ShapedRun(text, (), (), (), (), (), 0)
    buf = hb.Buffer()
    buf.add_str(text)
    buf.guess_segment_properties()
    # Bundled fonts are Latin; right-to-left text is shaped left to right so nothing
    # reorders unexpectedly (its characters are reported missing anyway).
    buf.direction = "ltr"
    hb.shape(font.hb, buf, FEATURES)
    infos, positions = buf.glyph_infos, buf.glyph_positions
    gids = tuple(i.codepoint for i in infos)
    advances = tuple(p.x_advance for p in positions)
    return ShapedRun(
        text=text,
        gids=gids,
        advances=advances,
        x_offsets=tuple(p.x_offset for p in positions),
        y_offsets=tuple(p.y_offset for p in positions),
        clusters=tuple(i.cluster for i in infos),
        width=sum(advances),
    )
