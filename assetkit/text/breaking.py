"""Line breaking in font units: text → words with break points → greedy lines.

``prepare_words`` turns the text into paragraphs of words once per ``layout_text`` call
(the no-break rules of :mod:`assetkit.text.nobreak` are applied there, once);
``break_lines`` fills lines for one size (called many times while fitting, so it only
adds cached widths). Rules:

* ``\\n`` is a hard break; runs of ordinary spaces are one break opportunity.
* No break at U+00A0/U+202F/U+2007 (non-breaking spaces) nor at a space the German no-break
  rules glue („16 Uhr“, „27. August“, „Okenstraße 3“, „z. B.“, before a spaced dash …).
  A glued group wider than an empty line breaks at its glue first, before a word is cut.
* Inside a word: after an existing hyphen between letters, at soft hyphens (U+00AD, shown as
  „-“ only when used; their presence switches automatic hyphenation off for that word) and,
  if hyphenation is on, at pyphen's points (not in words with digits, abbreviations in
  capitals, e-mail addresses and URLs).
* E-mail addresses and URLs break only after „/“, „.“ or „@“ (no hyphen added), and only
  when they do not fit a line of their own.
* A word wider than an empty line is hyphenated if possible, else cut at a glyph cluster
  boundary (a *forced break*).
* Hyphenation zone: a word is only hyphenated at the end of a line when the gap it would
  fill is at least ``min(2 em, 20 % of the line)``; otherwise it moves to the next line.
* At most two hyphenated lines in a row (a third word moves down instead, unless it does
  not fit a line of its own).
* Hanging indent (``TextStyle.hang``, a programme): a paragraph's leading label (its time,
  see :mod:`assetkit.text.labels`) is one unbreakable word; the item text after it starts at
  the paragraph's column, and every further line of the paragraph starts there too, so the
  lines are measured that much narrower. The column is the widest label plus a gap
  (``"time"``) or the paragraph's own label plus a word space (``"time-own"``); a label
  wider than half the line does not hang.

Breaking also keeps count of the height: every line after the first takes one line of
height, and the first line of a paragraph after a typed break ``paragraph_space`` lines
more (:attr:`Line.first`), so a text with space between its paragraphs stops where the box
ends, not after a fixed number of lines.
"""
from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from assetkit.text import nobreak
from assetkit.text.fonts import Font
from assetkit.text.hyphenation import hyphenation_points
from assetkit.text.labels import leading_label
from assetkit.text.model import Hang
from assetkit.text.shaping import shape

SOFT_HYPHEN = "\u00ad"
BREAKING_SPACES = frozenset(" \t\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2008\u2009"
                            "\u200a\u205f\u3000")
EXPLICIT_HYPHENS = frozenset("-\u2010")
#: Invisible formatting characters: dropped silently (not reported as missing).
IGNORABLE = frozenset("\u200b\u200c\u200d\u2060\ufeff\u200e\u200f\u202a\u202b\u202c\u202d"
                      "\u202e\u2066\u2067\u2068\u2069") | frozenset(
    chr(c) for c in range(0xFE00, 0xFE10)
)


@dataclass(frozen=True)
class Word:
    """A run of text between break opportunities.

    ``text`` is what is shown (soft hyphens and missing characters removed); ``src[i]`` is
    the index in the prepared text of ``text[i]``; ``breaks`` are the (index, adds_hyphen)
    in-word breaks the text itself allows (after hyphens, at soft hyphens, after „/“ „.“ „@“
    of a link). Words joined by glue (see :mod:`assetkit.text.nobreak`) are one ``Word``
    whose text holds the spaces; ``glue`` are their indices, a last resort before a word is
    cut. ``auto`` are the (start, end) spans automatic hyphenation may break in ``lang``;
    their points are looked up only when needed, so text that fits never loads the
    hyphenation dictionary. ``link``: an e-mail address or URL, broken only when it does
    not fit a line of its own.
    """

    text: str
    src: tuple[int, ...]
    breaks: tuple[tuple[int, bool], ...]
    lang: str | None = None
    auto: tuple[tuple[int, int], ...] = ()
    glue: tuple[int, ...] = ()
    link: bool = False

    def break_points(self, allow_auto: bool) -> list[tuple[int, bool]]:
        """All usable in-word breaks, ascending."""
        if not (allow_auto and self.lang is not None and self.auto):
            return list(self.breaks)
        points = dict(self.breaks)
        for begin, end in self.auto:
            for i in hyphenation_points(self.text[begin:end], self.lang):
                i += begin
                if i not in points and self.text[i - 1] not in EXPLICIT_HYPHENS:
                    points[i] = True
        return sorted(points.items())


@dataclass(frozen=True)
class Paragraph:
    """The words of one paragraph; ``label``: the first word is the label a programme line
    opens with (its time), which hangs."""

    words: tuple[Word, ...]
    src_start: int
    label: bool = False


@dataclass(frozen=True)
class Prepared:
    text: str
    paragraphs: tuple[Paragraph, ...]
    missing: frozenset[str]
    hang: Hang = "none"


def prepare_text(text: str) -> str:
    """NFC, unified newlines, trailing whitespace removed."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n")
    text = text.replace("\u2029", "\n")
    return text.rstrip()


def prepare_words(text: str, font: Font, lang: str, hyphenate: bool,
                  hang: Hang = "none") -> Prepared:
    """Split prepared text into paragraphs and words (glued words joined); collect
    characters the font lacks. With ``hang`` each paragraph's leading label becomes one
    word of its own."""
    missing: set[str] = set()
    paragraphs: list[Paragraph] = []
    glue_ok = font.has_char(" ")    # a glued space is drawn as a space
    pos = 0
    for para in text.split("\n") if text else []:
        label_end = leading_label(para) if hang != "none" and glue_ok else None
        builder = _WordBuilder()
        for i, ch in enumerate(para):
            if ch in BREAKING_SPACES:
                builder.flush(pos + i)
            elif ch == SOFT_HYPHEN:
                builder.soft.append(len(builder.chars))
            elif ch in IGNORABLE or unicodedata.category(ch) == "Cc":
                continue
            elif not font.has_char(ch):
                missing.add(ch)
            else:
                builder.chars.append(ch)
                builder.srcs.append(pos + i)
        builder.flush(pos + len(para))
        labelled = 0 if label_end is None else sum(
            1 for raw in builder.words if raw.src[0] < pos + label_end)
        paragraphs.append(Paragraph(_join(builder.words, lang, hyphenate, glue_ok, labelled),
                                    pos, labelled > 0))
        pos += len(para) + 1
    return Prepared(text, tuple(paragraphs), frozenset(missing), hang)


@dataclass(frozen=True)
class _Raw:
    """A word as typed: its text, source indices, soft hyphen positions and the source
    index of the space after it."""

    text: str
    src: tuple[int, ...]
    soft: tuple[int, ...]
    space: int


class _WordBuilder:
    """Collects the characters of one word at a time (helper of ``prepare_words``)."""

    def __init__(self) -> None:
        self.words: list[_Raw] = []
        self.chars: list[str] = []
        self.srcs: list[int] = []
        self.soft: list[int] = []

    def flush(self, space: int) -> None:
        if self.chars:
            self.words.append(_Raw("".join(self.chars), tuple(self.srcs), tuple(self.soft),
                                   space))
        self.chars, self.srcs, self.soft = [], [], []


def _join(raws: list[_Raw], lang: str, hyphenate: bool, glue_ok: bool,
          labelled: int = 0) -> tuple[Word, ...]:
    """Words of one paragraph: runs of glued raw words become one ``Word``; the first
    ``labelled`` raw words (a programme line's label) become one word of their own."""
    glue = nobreak.glued([r.text for r in raws]) if glue_ok else [False] * len(raws)
    if labelled:
        glue[:labelled] = [True] * (labelled - 1) + [False]
    out: list[Word] = []
    group: list[_Raw] = []
    for i, raw in enumerate(raws):
        group.append(raw)
        if i == len(raws) - 1 or not glue[i]:
            out.append(_make_word(group, lang, hyphenate))
            group = []
    return tuple(out)


def _make_word(group: list[_Raw], lang: str, hyphenate: bool) -> Word:
    breaks: list[tuple[int, bool]] = []
    auto: list[tuple[int, int]] = []
    glue: list[int] = []
    src: list[int] = []
    link = False
    offset = 0
    for k, raw in enumerate(group):
        if k:
            glue.append(offset)
            src.append(group[k - 1].space)
            offset += 1
        src.extend(raw.src)
        own, is_link, hyphenable = _word_breaks(raw.text, raw.soft)
        breaks.extend((offset + i, hy) for i, hy in own)
        link = link or is_link
        if hyphenate and hyphenable:
            auto.append((offset, offset + len(raw.text)))
        offset += len(raw.text)
    return Word(" ".join(r.text for r in group), tuple(src), tuple(breaks),
                lang if auto else None, tuple(auto), tuple(glue), link)


@lru_cache(maxsize=4096)
def _word_breaks(text: str, soft: tuple[int, ...]
                 ) -> tuple[tuple[tuple[int, bool], ...], bool, bool]:
    """A typed word's own breaks (ascending), whether it is a link, whether automatic
    hyphenation may break it. Cached: fitting prepares the same words again and again."""
    if nobreak.is_link(text):
        return tuple((i, False) for i in nobreak.link_breaks(text)), True, False
    breaks: dict[int, bool] = {}
    for i in range(1, len(text) - 1):
        if text[i] in EXPLICIT_HYPHENS and text[i - 1].isalnum() and text[i + 1].isalnum():
            breaks[i + 1] = False
    for i in soft:
        if 0 < i < len(text) and i not in breaks and text[i - 1] not in EXPLICIT_HYPHENS:
            breaks[i] = True
    hyphenable = not soft and not any(ch.isdigit() for ch in text)
    return tuple(sorted(breaks.items())), False, hyphenable


# --------------------------------------------------------------------------- breaking


@dataclass(frozen=True)
class Piece:
    """Part of a word on a line: ``word.text[start:end]`` plus a hyphen if ``hyphen``."""

    word: Word
    start: int
    end: int
    hyphen: bool

    @property
    def text(self) -> str:
        return self.word.text[self.start:self.end] + ("-" if self.hyphen else "")

    @property
    def src_start(self) -> int:
        return self.word.src[self.start]


@dataclass
class Line:
    """One line's pieces. ``indent``: where the line starts, font units from the left edge
    of the measure (a wrapped line of a hanging item); ``tab``: where the piece after the
    first (the item text after its label) starts, None when it follows a word space;
    ``first``: the line opens a paragraph."""

    pieces: list[Piece]
    src_start: int
    hyphenated: bool = False
    forced: bool = False
    indent: float = 0.0
    tab: float | None = None
    first: bool = False     # the first line of its paragraph (the text's start or a typed break)

    @property
    def text(self) -> str:
        return " ".join(p.text for p in self.pieces)


@dataclass
class Breaks:
    """Result of breaking at one size. ``complete`` is False when breaking stopped early
    (more than ``line_cap`` lines, or a forced break was needed but not allowed)."""

    lines: list[Line] = field(default_factory=list)
    hyphenations: int = 0
    forced: int = 0
    complete: bool = True
    needs_forced: bool = False


class _Widths:
    """Widths in font units including tracking, per shaped string (cached by ``shape``)."""

    def __init__(self, font: Font, tracking_units: float) -> None:
        self.font = font
        self.tr = tracking_units
        self.space = self.width(" ")
        self.hyphen = self.width("-")

    def width(self, text: str) -> float:
        run = shape(self.font, text)
        return run.width + self.tr * len(run.gids)

    def longer_than(self, text: str, avail: float) -> bool:
        """True when ``text`` is certainly wider than ``avail``, shaping only as much of a
        long word as needed (a 10,000-letter word must not be reshaped for every line)."""
        k = _WINDOW
        while k < len(text):
            if self.width(text[:k]) - self.tr > avail:
                return True
            k *= 2
        return self.width(text) - self.tr > avail

    def cumulative(self, text: str, avail: float) -> dict[int, float]:
        """Width of text[:j] for cluster boundaries j, at least up to where ``avail`` is
        exceeded (estimate: the window is shaped as a whole)."""
        k = _WINDOW
        while k < len(text) and self.width(text[:k]) - self.tr <= avail:
            k *= 2
        window = text[:k]
        run = shape(self.font, window)
        out: dict[int, float] = {0: 0.0}
        acc = 0.0
        for i, adv in enumerate(run.advances):
            acc += adv + self.tr
            nxt = run.clusters[i + 1] if i + 1 < len(run.clusters) else len(window)
            if nxt > run.clusters[i]:
                out[nxt] = acc
        return out


_WINDOW = 64
MAX_HYPHENS_IN_A_ROW = 2
#: ``hang = "time"``: the gap between the widest label and the item column, in em; a word
#: space is too little for a column that is to read as one.
HANG_GAP_EM = 1.0
#: A label wider than this share of the line does not hang (its column would leave the item
#: text too little room).
HANG_MAX_SHARE = 0.5


def break_lines(prepared: Prepared, font: Font, tracking_units: float, limit: float,
                allow_auto: bool, allow_forced: bool, line_cap: int,
                room: float = math.inf, paragraph_space: float = 0.0) -> Breaks:
    """Greedy line breaking with a line width ``limit`` in font units.

    Stops (``complete=False``) once more than ``line_cap`` lines exist, once the last line's
    baseline lies more than ``room`` lines below the first (each line after the first one
    line, plus ``paragraph_space`` lines when it opens a paragraph, see :func:`line_offsets`), or
    when a word needs a forced break and ``allow_forced`` is False.
    """
    widths = _Widths(font, tracking_units)
    tr = tracking_units
    limit += 1e-6  # float noise must not push a line over
    zone = min(2.0 * font.upem, 0.2 * limit)
    out = _LineSink(line_cap, room, paragraph_space)
    result = out.result
    columns = _hang_columns(prepared, widths, limit)

    for para, column in zip(prepared.paragraphs, columns, strict=True):
        out.start_paragraph(para.src_start, column)
        for index, word in enumerate(para.words):
            start = 0
            n = len(word.text)
            while True:
                rest = word.text[start:]
                gap = widths.space if out.pieces and not out.at_tab else 0.0
                avail = limit - out.width - gap + tr
                if not widths.longer_than(rest, avail):
                    w = widths.width(rest)
                    out.add(Piece(word, start, n, False), gap + w)
                    if index == 0 and column is not None:
                        out.tab_to(column)      # the label hangs; the item starts at the column
                    break
                if (word.link and out.pieces
                        and not widths.longer_than(rest, limit - out.hang + tr)):
                    if not out.emit(next_src=word.src[start]):
                        return result
                    continue
                if not out.pieces or limit - out.width >= zone:
                    hyphen_ok = not out.pieces or out.hyphen_run < MAX_HYPHENS_IN_A_ROW
                    found = _best_break(word, start, avail, widths, allow_auto, hyphen_ok)
                    if found is not None:
                        end, hyphen = found
                        out.add(Piece(word, start, end, hyphen), 0.0)
                        result.hyphenations += hyphen
                        if not out.emit(hyphenated=hyphen, next_src=word.src[end]):
                            return result
                        start = end
                        continue
                if out.pieces:
                    if not out.emit(next_src=word.src[start]):
                        return result
                    continue
                # An empty line and not even the shortest hyphenated part fits: give way
                # at a glued space, else cut.
                if not allow_forced:
                    result.complete = False
                    result.needs_forced = True
                    return result
                glue = _glue_break(word, start, avail, widths)
                if glue is not None:
                    out.add(Piece(word, start, glue, False), 0.0)
                    if not out.emit(next_src=word.src[glue + 1]):
                        return result
                    start = glue + 1
                    continue
                end = _forced_cut(word, start, avail, widths)
                if end >= n:  # a single cluster wider than the line: it stands alone
                    out.add(Piece(word, start, n, False), widths.width(rest))
                    break
                out.add(Piece(word, start, end, False), 0.0)
                result.forced += 1
                if not out.emit(forced=True, next_src=word.src[end]):
                    return result
                start = end
        if not out.emit():
            return result
    return result


def _hang_columns(prepared: Prepared, widths: _Widths, limit: float) -> list[float | None]:
    """Per paragraph, the column its item text starts at (font units), or None when it does
    not hang (no label, or a label wider than ``HANG_MAX_SHARE`` of the line)."""
    if prepared.hang == "none":
        return [None] * len(prepared.paragraphs)
    gap = widths.space if prepared.hang == "time-own" else HANG_GAP_EM * widths.font.upem
    own: list[float | None] = [
        widths.width(para.words[0].text) + gap if para.label else None
        for para in prepared.paragraphs]
    own = [c if c is not None and c <= HANG_MAX_SHARE * limit else None for c in own]
    if prepared.hang == "time-own":
        return own
    widest = max((c for c in own if c is not None), default=None)
    return [widest if c is not None else None for c in own]


def line_offsets(lines: list[Line], paragraph_space: float) -> list[float]:
    """Each line's baseline below the first line's, in lines."""
    out: list[float] = []
    depth = 0.0
    for n, line in enumerate(lines):
        if n:
            depth += 1.0 + (paragraph_space if line.first else 0.0)
        out.append(depth)
    return out


class _LineSink:
    """The line being filled and the lines done (helper of ``break_lines``)."""

    def __init__(self, line_cap: int, room: float = math.inf,
                 paragraph_space: float = 0.0) -> None:
        self.cap = line_cap
        self.room = room + 1e-9     # float noise must not drop a line that fits
        self.space = paragraph_space
        self.depth = 0.0            # the last line's baseline below the first, in lines
        self.first = False          # the next line opens a paragraph
        self.hyphen_run = 0  # hyphenated lines directly above the current one
        self.result = Breaks()
        self.pieces: list[Piece] = []
        self.width = 0.0  # advances incl. tracking of pieces and spaces so far, from the
        #                   measure's left edge (a hanging line starts at its indent)
        self.src = 0  # source index where the current line starts
        self.hang = 0.0  # where the paragraph's further lines start (its column)
        self.indent = 0.0  # where the current line starts
        self.tab: float | None = None  # the current line's tab stop (after its label)
        self.at_tab = False  # the next piece starts at the tab stop, without a word space

    def start_paragraph(self, src: int, column: float | None) -> None:
        self.src = src
        self.first = True
        self.hang = column or 0.0
        self.indent = self.width = 0.0

    def tab_to(self, column: float) -> None:
        self.tab = self.width = max(self.width, column)
        self.at_tab = True

    def add(self, piece: Piece, width: float) -> None:
        if not self.pieces:
            self.src = piece.src_start
        self.pieces.append(piece)
        self.width += width
        self.at_tab = False

    def emit(self, hyphenated: bool = False, forced: bool = False,
             next_src: int | None = None) -> bool:
        """Close the line; False (and the result marked incomplete) past the line cap or
        below the room."""
        tab = self.tab if len(self.pieces) > 1 else None
        lines = self.result.lines
        if lines:       # the first line's baseline is where depth is measured from
            self.depth += 1.0 + (self.space if self.first else 0.0)
        lines.append(Line(self.pieces, self.src, hyphenated, forced, self.indent, tab,
                          self.first))
        self.hyphen_run = self.hyphen_run + 1 if hyphenated else 0
        self.pieces, self.tab, self.at_tab, self.first = [], None, False, False
        self.indent = self.width = self.hang
        if next_src is not None:
            self.src = next_src
        if len(lines) > self.cap or self.depth > self.room:
            self.result.complete = False
            return False
        return True


def _best_break(word: Word, start: int, avail: float, widths: _Widths,
                allow_auto: bool, hyphen_ok: bool = True) -> tuple[int, bool] | None:
    """The last in-word break after ``start`` whose part (with hyphen) fits ``avail``."""
    candidates = [(i, hy) for i, hy in word.break_points(allow_auto)
                  if start < i < len(word.text) and (hyphen_ok or not hy)]
    if not candidates:
        return None
    text = word.text[start:]
    cum = widths.cumulative(text, avail)
    for i, hy in reversed(candidates):
        est = cum.get(i - start)
        if est is None:
            continue
        if hy:
            est += widths.hyphen
        if est - widths.tr > avail + 0.05 * widths.font.upem:
            continue  # clearly too wide; skip shaping it
        part = text[: i - start] + ("-" if hy else "")
        if widths.width(part) - widths.tr <= avail:
            return i, hy
    return None


def _glue_break(word: Word, start: int, avail: float, widths: _Widths) -> int | None:
    """The last glued space after ``start`` whose part before it fits ``avail``."""
    for g in reversed(word.glue):
        if g > start and widths.width(word.text[start:g]) - widths.tr <= avail:
            return g
    return None


def _forced_cut(word: Word, start: int, avail: float, widths: _Widths) -> int:
    """End index of the longest cluster-aligned part after ``start`` fitting ``avail``
    (at least one cluster, so breaking always advances)."""
    text = word.text[start:]
    cum = widths.cumulative(text, avail)
    bounds = sorted(j for j in cum if j > 0)
    best = bounds[0]
    for j in bounds:
        if cum[j] - widths.tr <= avail:
            best = j
        else:
            break
    # Shaping the part alone can differ a little from the estimate (kerning at the cut).
    while best > bounds[0] and widths.width(text[:best]) - widths.tr > avail:
        best = max(b for b in bounds if b < best)
    return start + best
