"""Bundled font files: metrics, HarfBuzz font, glyph outlines and bounds.

Fonts are always read from a file path (never looked up by family name), so the output does
not depend on the fonts installed on the machine. ``load_font`` caches one ``Font`` per path.

Everything comes from HarfBuzz: metrics from the head/hhea/OS/2 tables, glyph names, advances,
and outlines drawn into fontTools pens. fontTools' own font parser is used only when a caller
asks for :attr:`Font.ttfont`: it parsed the whole CFF table just to learn the glyph order
(about 15 ms per font, a tenth of a whole command-line export).
"""

from __future__ import annotations

import struct
from functools import cached_property, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import uharfbuzz as hb
from fontTools.pens.basePen import BasePen
from fontTools.pens.boundsPen import BoundsPen
from fontTools.pens.svgPathPen import SVGPathPen

from assetkit.errors import FontError

if TYPE_CHECKING:
    from fontTools.ttLib import TTFont

Point = tuple[float, float]
#: A glyph outline as single segments: ("M", (p,)), ("L", (p,)), ("C", (c1, c2, p)),
#: ("Q", (c, p)), ("Z", ()). Font units, y up. Implied TrueType points are resolved.
Outline = tuple[tuple[str, tuple[Point, ...]], ...]


class _SegmentPen(BasePen):
    """Records an outline as single M/L/C/Q/Z segments (BasePen splits poly-curves)."""

    def __init__(self, glyph_set: object) -> None:
        super().__init__(glyph_set)
        self.value: list[tuple[str, tuple[Point, ...]]] = []

    def _moveTo(self, pt: Point) -> None:
        self.value.append(("M", (pt,)))

    def _lineTo(self, pt: Point) -> None:
        self.value.append(("L", (pt,)))

    def _curveToOne(self, pt1: Point, pt2: Point, pt3: Point) -> None:
        self.value.append(("C", (pt1, pt2, pt3)))

    def _qCurveToOne(self, pt1: Point, pt2: Point) -> None:
        self.value.append(("Q", (pt1, pt2)))

    def _closePath(self) -> None:
        self.value.append(("Z", ()))

    def _endPath(self) -> None:
        self.value.append(("Z", ()))


class Font:
    """A loaded font file. Treat as immutable; the glyph caches fill lazily.

    Metrics (``upem``, ``ascender``, ``descender`` (negative), ``cap_height``, ``x_height``)
    are in font units. ``hb`` is the HarfBuzz font used for shaping (scale = upem).
    """

    def __init__(self, path: Path, data: bytes, face: hb.Face) -> None:
        self.path = path
        self.data = data
        head, hhea, os2 = (_table(face, tag) for tag in ("head", "hhea", "OS/2"))
        self.upem: int = int(face.upem)
        # OpenType offsets: hhea ascender/descender at 4; OS/2 sTypoAscender/-Descender at 68,
        # sxHeight/sCapHeight at 86 (version 2 and later); head xMin…yMax at 36.
        ascent, descent = struct.unpack_from(">hh", hhea, 4)
        typo_asc, typo_desc = struct.unpack_from(">hh", os2, 68) if len(os2) >= 72 else (0, 0)
        x_height, cap_height = struct.unpack_from(">hh", os2, 86) if len(os2) >= 90 else (0, 0)
        self.ascender: int = int(ascent or typo_asc)
        self.descender: int = int(descent or typo_desc)
        self.cap_height: int = int(cap_height or round(self.upem * 0.7))
        self.x_height: int = int(x_height or round(self.upem * 0.5))
        self.font_bbox: tuple[int, int, int, int] = struct.unpack_from(">hhhh", head, 36)
        self.postscript_name: str = _postscript_name(face, path)
        self.is_cff = "CFF " in face.table_tags
        self.codepoints: frozenset[int] = frozenset(face.unicodes)
        self.num_glyphs: int = int(face.glyph_count)
        self.hb = hb.Font(face)
        self.hb.scale = (self.upem, self.upem)
        self._names: dict[int, str] = {}
        self._advances: dict[int, int] = {}
        self._outlines: dict[int, Outline] = {}
        self._paths: dict[int, str] = {}
        self._bounds: dict[int, tuple[float, float, float, float] | None] = {}

    def __repr__(self) -> str:
        return f"Font({str(self.path)!r})"

    @cached_property
    def ttfont(self) -> TTFont:
        """The fontTools font (read only), parsed on first use."""
        from fontTools.ttLib import TTFont

        return TTFont(self.path, lazy=True)

    @cached_property
    def top(self) -> int:
        """Height above the baseline that line layout reserves for the first line: the
        ascender, or higher if German accented capitals (Ä, Ö, Ü) reach above it (they do in
        Inter Display), so their dots stay inside the text box."""
        tops = [self.ascender]
        for ch in "ÄÖÜÅÂÉÈÊ":
            if self.has_char(ch):
                bounds = self.glyph_bounds(self.hb.get_nominal_glyph(ord(ch)) or 0)
                if bounds is not None:
                    tops.append(int(bounds[3] + 0.999))
        return max(tops)

    def has_char(self, ch: str) -> bool:
        """True when the font maps the character to a glyph."""
        return len(ch) == 1 and ord(ch) in self.codepoints

    def glyph_name(self, gid: int) -> str:
        name = self._names.get(gid)
        if name is None:
            name = self.hb.glyph_to_string(gid) if 0 <= gid < self.num_glyphs else ".notdef"
            self._names[gid] = name
        return name

    def advance(self, gid: int) -> int:
        """Horizontal advance of a glyph in font units (hmtx)."""
        advance = self._advances.get(gid)
        if advance is None:
            advance = self._advances[gid] = (int(self.hb.get_glyph_h_advance(gid))
                                             if 0 <= gid < self.num_glyphs else 0)
        return advance

    def outline(self, gid: int) -> Outline:
        """The glyph outline as recorded pen operations in font units (y up), cached."""
        cached = self._outlines.get(gid)
        if cached is None:
            pen = _SegmentPen(None)
            self._draw(gid, pen)
            cached = self._outlines[gid] = tuple(pen.value)
        return cached

    def glyph_path(self, gid: int) -> str:
        """SVG path data of a glyph in font units (y up, as in the font), cached per gid."""
        cached = self._paths.get(gid)
        if cached is None:
            pen = SVGPathPen(None)
            self._draw(gid, pen)
            cached = self._paths[gid] = pen.getCommands()
        return cached

    def glyph_bounds(self, gid: int) -> tuple[float, float, float, float] | None:
        """(xMin, yMin, xMax, yMax) of the outline in font units, None for empty glyphs."""
        if gid not in self._bounds:
            pen = BoundsPen(None)
            self._draw(gid, pen)
            self._bounds[gid] = pen.bounds
        return self._bounds[gid]

    def _draw(self, gid: int, pen: object) -> None:
        if 0 <= gid < self.num_glyphs:
            self.hb.draw_glyph_with_pen(gid, pen)


def _table(face: hb.Face, tag: str) -> bytes:
    return bytes(face.reference_table(tag).data)


def _postscript_name(face: hb.Face, path: Path) -> str:
    name = face.get_name(hb.OTNameIdPredefined.POSTSCRIPT_NAME)
    cleaned = "".join(c for c in (name or path.stem) if c.isascii() and c.isalnum() or c == "-")
    return cleaned or "Font"


_REQUIRED_TABLES = ("cmap", "head", "hhea", "hmtx")


@lru_cache(maxsize=32)
def _load(resolved: str) -> Font:
    path = Path(resolved)
    if not path.is_file():
        raise FontError(f"Die Schriftdatei „{path}“ wurde nicht gefunden.")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise FontError(f"Die Schriftdatei „{path}“ kann nicht gelesen werden.") from exc
    face = hb.Face(data)        # HarfBuzz reads anything; garbage is an empty face
    if face.glyph_count == 0 or not set(_REQUIRED_TABLES) <= set(face.table_tags):
        if not data.startswith((b"\x00\x01\x00\x00", b"OTTO", b"true")):
            raise FontError(f"Die Schriftdatei „{path}“ kann nicht gelesen werden.")
        raise FontError(f"Die Schriftdatei „{path}“ ist unvollständig und kann nicht "
                        "verwendet werden.")
    try:
        return Font(path, data, face)
    except struct.error as exc:
        raise FontError(f"Die Schriftdatei „{path}“ kann nicht gelesen werden.") from exc


def load_font(path: Path | str) -> Font:
    """Load a font file (OTF/TTF), cached per path. Raises ``FontError`` (German sentence)."""
    return _load(_resolved(str(path)))


@lru_cache(maxsize=256)
def _resolved(path: str) -> str:
    # Layout asks for its font on every fitting probe (130 times for a flyer); resolving the
    # path each time (a system call per folder) cost 3 ms.
    return str(Path(path).resolve())
