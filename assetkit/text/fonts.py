"""Bundled font files: metrics, HarfBuzz font, glyph outlines and bounds.

Fonts are always read from a file path (never looked up by family name), so the output does
not depend on the fonts installed on the machine. ``load_font`` caches one ``Font`` per path.
"""

from __future__ import annotations

import struct
import threading
from functools import cached_property, lru_cache
from pathlib import Path

import uharfbuzz as hb
from fontTools.pens.basePen import BasePen
from fontTools.pens.boundsPen import BoundsPen
from fontTools.pens.svgPathPen import SVGPathPen
from fontTools.ttLib import TTFont, TTLibError

from assetkit.errors import FontError

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
    """A loaded font file. Treat as immutable; the glyph caches fill lazily (thread-safe).

    Metrics (``upem``, ``ascender``, ``descender`` (negative), ``cap_height``, ``x_height``)
    are in font units. ``hb`` is the HarfBuzz font used for shaping (scale = upem).
    """

    def __init__(self, path: Path, data: bytes, tt: TTFont) -> None:
        self.path = path
        self.data = data
        self._tt = tt
        head, hhea, os2 = tt["head"], tt["hhea"], tt.get("OS/2")
        self.upem: int = int(head.unitsPerEm)
        typo_asc = getattr(os2, "sTypoAscender", 0) if os2 is not None else 0
        typo_desc = getattr(os2, "sTypoDescender", 0) if os2 is not None else 0
        self.ascender: int = int(hhea.ascent or typo_asc)
        self.descender: int = int(hhea.descent or typo_desc)
        self.cap_height: int = int(getattr(os2, "sCapHeight", 0) or round(self.upem * 0.7))
        self.x_height: int = int(getattr(os2, "sxHeight", 0) or round(self.upem * 0.5))
        self.font_bbox: tuple[int, int, int, int] = (
            int(head.xMin), int(head.yMin), int(head.xMax), int(head.yMax)
        )
        face = hb.Face(data)
        # Character map and PostScript name from HarfBuzz: fontTools needs ~20 ms per font to
        # decompile the cmap and name tables, HarfBuzz well under 1 ms.
        self.postscript_name: str = _postscript_name(face, path)
        self.is_cff = "CFF " in tt
        self.codepoints: frozenset[int] = frozenset(face.unicodes)
        self.glyph_order: list[str] = tt.getGlyphOrder()
        self._hmtx = tt["hmtx"].metrics
        self._glyph_set = tt.getGlyphSet()
        self.hb = hb.Font(face)
        self.hb.scale = (self.upem, self.upem)
        self._lock = threading.Lock()
        self._outlines: dict[int, Outline] = {}
        self._paths: dict[int, str] = {}
        self._bounds: dict[int, tuple[float, float, float, float] | None] = {}

    def __repr__(self) -> str:
        return f"Font({str(self.path)!r})"

    @property
    def ttfont(self) -> TTFont:
        """The fontTools font (read only; used by the PDF subsetter)."""
        return self._tt

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
        return self.glyph_order[gid] if 0 <= gid < len(self.glyph_order) else ".notdef"

    def advance(self, gid: int) -> int:
        """Horizontal advance of a glyph in font units (from hmtx)."""
        return int(self._hmtx.get(self.glyph_name(gid), (0, 0))[0])

    def outline(self, gid: int) -> Outline:
        """The glyph outline as recorded pen operations in font units (y up), cached."""
        cached = self._outlines.get(gid)
        if cached is not None:
            return cached
        pen = _SegmentPen(self._glyph_set)
        name = self.glyph_name(gid)
        with self._lock:
            if name in self._glyph_set:
                self._glyph_set[name].draw(pen)
        outline: Outline = tuple(pen.value)
        self._outlines[gid] = outline
        return outline

    def glyph_path(self, gid: int) -> str:
        """SVG path data of a glyph in font units (y up, as in the font), cached per gid."""
        cached = self._paths.get(gid)
        if cached is not None:
            return cached
        pen = SVGPathPen(None)
        with self._lock:
            self._glyph_set[self.glyph_name(gid)].draw(pen)
        d = pen.getCommands()
        self._paths[gid] = d
        return d

    def glyph_bounds(self, gid: int) -> tuple[float, float, float, float] | None:
        """(xMin, yMin, xMax, yMax) of the outline in font units, None for empty glyphs."""
        if gid in self._bounds:
            return self._bounds[gid]
        pen = BoundsPen(self._glyph_set)
        with self._lock:
            self._glyph_set[self.glyph_name(gid)].draw(pen)
        self._bounds[gid] = pen.bounds
        return pen.bounds


def _postscript_name(face: hb.Face, path: Path) -> str:
    name = face.get_name(hb.OTNameIdPredefined.POSTSCRIPT_NAME)
    cleaned = "".join(c for c in (name or path.stem) if c.isascii() and c.isalnum() or c == "-")
    return cleaned or "Font"


@lru_cache(maxsize=32)
def _load(resolved: str) -> Font:
    path = Path(resolved)
    if not path.is_file():
        raise FontError(f"Die Schriftdatei „{path}“ wurde nicht gefunden.")
    try:
        data = path.read_bytes()
        tt = TTFont(path, lazy=False)
        if "cmap" not in tt or "hmtx" not in tt or "head" not in tt or "hhea" not in tt:
            raise FontError(f"Die Schriftdatei „{path}“ ist unvollständig und kann nicht "
                            "verwendet werden.")
        return Font(path, data, tt)
    except FontError:
        raise
    except (OSError, TTLibError, KeyError, IndexError, AssertionError, ValueError, TypeError,
            struct.error, EOFError) as exc:
        raise FontError(f"Die Schriftdatei „{path}“ kann nicht gelesen werden.") from exc


def load_font(path: Path | str) -> Font:
    """Load a font file (OTF/TTF), cached per path. Raises ``FontError`` (German sentence)."""
    return _load(_resolved(str(path)))


@lru_cache(maxsize=256)
def _resolved(path: str) -> str:
    # Layout asks for its font on every fitting probe (130 times for a flyer); resolving the
    # path each time (a system call per folder) cost 3 ms.
    return str(Path(path).resolve())
