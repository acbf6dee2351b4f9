"""``layout_text``: break, fit and position text in a box → ``TextLayout``.

Vertical metrics: the first baseline sits ``Font.top × size`` below the top of the block
(the ascender, raised to the top of Ä/Ö/Ü where those reach higher; or
``cap_height × size`` with ``TextStyle.first_baseline="cap_height"``), each further
line ``size × line_height`` lower — the first line of a paragraph after a typed line break
``paragraph_space`` times that more —, and the block is ``descender × size`` deep below
the last baseline. A line "fits" when that whole block lies inside the box, so ink of
accented capitals and descenders never leaves the box. ``valign`` moves the whole block,
paragraph space included, inside the box.

Fitting binary-searches a size grid (``FitSpec.step``, default 0.01 page units) for the
largest size that fits. Words are shaped once at the font's design size, so each probe
is only arithmetic. A size at which a word must be cut at an arbitrary character only wins
when no size in the range fits otherwise. ``FitSpec.max_lines`` counts lines (typed and
wrapped), not the paragraph space: the box height bounds that. When no size fits with the
full paragraph space, the smallest size keeps as much of it as the box allows, before the
text overflows.

Horizontally a line starts at the box's left edge plus its indent (the wrapped lines of a
hanging programme item, ``TextStyle.hang``), and the item text after a label at the
paragraph's column; fitting measures those lines that much narrower, so what fits here fits
in every export.
"""

from __future__ import annotations

import math
import sys
from collections.abc import Callable

from assetkit.text.breaking import (
    Breaks,
    Line,
    Prepared,
    break_lines,
    line_offsets,
    prepare_text,
    prepare_words,
)
from assetkit.text.fonts import Font, load_font
from assetkit.text.model import Box, FitSpec, LaidLine, PositionedGlyph, TextLayout, TextStyle
from assetkit.text.shaping import shape

_DEFAULT_STEP = 0.01


def layout_text(text: str, style: TextStyle, box: Box, fit: FitSpec | None = None) -> TextLayout:
    """Lay ``text`` out in ``box``; with ``fit`` pick the largest size that fits."""
    font = load_font(style.font)
    prepared = prepare_words(prepare_text(text), font, style.lang, style.hyphenate, style.hang)
    max_lines = fit.max_lines if fit is not None else None

    if fit is None:
        size, space = style.size, style.paragraph_space
        breaks = _break(prepared, font, style, box, size, max_lines, style.hyphenate, True, space)
    else:
        size, breaks, space = _fit(prepared, font, style, box, fit)
    return _position(prepared, font, style, box, size, breaks, max_lines, space)


def _metrics(font: Font, style: TextStyle, size: float) -> tuple[float, float]:
    """(first-baseline offset, depth below the last baseline) in page units."""
    top = font.cap_height if style.first_baseline == "cap_height" else font.top
    return top * size / font.upem, -font.descender * size / font.upem


def _room(font: Font, style: TextStyle, box: Box, size: float) -> float:
    """How far below the first baseline the last may lie, in lines (negative: not even one
    line fits)."""
    top, depth = _metrics(font, style, size)
    return (box.height - top - depth) / (size * style.line_height)


def _break(prepared: Prepared, font: Font, style: TextStyle, box: Box, size: float,
           max_lines: int | None, allow_auto: bool, allow_forced: bool,
           space: float) -> Breaks:
    cap = max_lines if max_lines is not None else sys.maxsize
    scale = size / font.upem
    return break_lines(prepared, font, style.tracking * font.upem / 1000.0, box.width / scale,
                       allow_auto, allow_forced, cap, _room(font, style, box, size), space)


def _fit(prepared: Prepared, font: Font, style: TextStyle, box: Box,
         fit: FitSpec) -> tuple[float, Breaks, float]:
    """Size, breaks and paragraph space: the largest size at which the text fits with the
    style's paragraph space; when none does, the smallest size with as much of the space as
    fits (the type gives way within its range first, then the space, before the text
    overflows); when even that fails, the smallest size without the space."""
    step = fit.step or _DEFAULT_STEP
    count = max(0, math.ceil((fit.max_size - fit.min_size) / step - 1e-9))
    space = style.paragraph_space

    def size_at(i: int) -> float:
        return min(fit.max_size, round(fit.min_size + i * step, 9))

    passes: list[tuple[bool, bool]] = []
    if fit.avoid_hyphenation and style.hyphenate:
        passes.append((False, False))
    passes += [(style.hyphenate, False), (style.hyphenate, True)]
    for allow_auto, allow_forced in passes:
        def probe(i: int, auto: bool = allow_auto, forced: bool = allow_forced) -> Breaks:
            return _break(prepared, font, style, box, size_at(i), fit.max_lines, auto, forced,
                          space)

        found = _largest_fitting(count, probe)
        if found is not None:
            return size_at(found[0]), found[1], space
        if space > 0:
            squeezed = _squeezed(prepared, font, style, box, fit, allow_auto, allow_forced)
            if squeezed is not None:
                return fit.min_size, *squeezed
    size = fit.min_size
    return size, _break(prepared, font, style, box, size, fit.max_lines, style.hyphenate,
                        True, 0.0), 0.0


def _squeezed(prepared: Prepared, font: Font, style: TextStyle, box: Box, fit: FitSpec,
              allow_auto: bool, allow_forced: bool) -> tuple[Breaks, float] | None:
    """At the smallest size: the breaks and the most paragraph space (less than the style's,
    in 1/100 line) with which the text still fits, or None when it does not fit even
    without. Breaking does not depend on the space, only where it stops, so the lines are
    broken once and the space is what the room leaves."""
    breaks = _break(prepared, font, style, box, fit.min_size, fit.max_lines, allow_auto,
                    allow_forced, 0.0)
    if not breaks.complete:
        return None
    starts = max(1, sum(1 for line in breaks.lines[1:] if line.first))
    spare = _room(font, style, box, fit.min_size) - (len(breaks.lines) - 1)
    return breaks, min(style.paragraph_space,
                       max(0.0, math.floor(spare / starts * 100 + 1e-9) / 100))


def _largest_fitting(count: int,
                     probe: Callable[[int], Breaks]) -> tuple[int, Breaks] | None:
    """Binary search for the largest grid index whose breaks are complete (= text fits)."""
    top = probe(count)
    if top.complete:
        return count, top
    low = probe(0) if count > 0 else top
    if not low.complete:
        return None
    lo, hi, best = 0, count, low
    while hi - lo > 1:
        mid = (lo + hi) // 2
        result = probe(mid)
        if result.complete:
            lo, best = mid, result
        else:
            hi = mid
    return lo, best


def _position(prepared: Prepared, font: Font, style: TextStyle, box: Box, size: float,
              breaks: Breaks, max_lines: int | None, space: float) -> TextLayout:
    room = _room(font, style, box, size) + 1e-9
    cap = max_lines if max_lines is not None else len(breaks.lines)
    offsets = line_offsets(breaks.lines, space)
    # The offsets only grow, so the lines within the cap and the room are the first ones.
    shown_count = sum(1 for n, depth in enumerate(offsets) if n < cap and depth <= room)
    shown = breaks.lines[:shown_count]
    hidden_lines = breaks.lines[shown_count:]
    hidden_text = prepared.text[hidden_lines[0].src_start:] if hidden_lines else ""
    overflow = bool(hidden_text.strip())

    top, depth = _metrics(font, style, size)
    lead = size * style.line_height
    block = top + depth + lead * offsets[len(shown) - 1] if shown else 0.0
    free = box.height - block
    offset = {"top": 0.0, "middle": free / 2, "bottom": free}[style.valign] if shown else 0.0
    scale = size / font.upem
    tr = style.tracking * font.upem / 1000.0

    laid = [_place_line(font, line, box.y + offset + top + offsets[n] * lead, box, style, scale,
                        tr)
            for n, line in enumerate(shown)]
    return TextLayout(
        size=size,
        style=style,
        box=box,
        lines=tuple(laid),
        overflow=overflow,
        hidden_text=hidden_text,
        missing_chars=prepared.missing,
        forced_breaks=sum(1 for line in shown if line.forced),
        hyphenations=sum(1 for line in shown if line.hyphenated),
        paragraph_space=space,
    )


_OPENING_QUOTES = frozenset("„“‚‘»«\"'")


def _hang(placed: list[tuple[int, float, float, int]], text: str, scale: float,
          tr: float) -> float:
    """How far a left-aligned line that opens with a quotation mark moves left, so the mark
    hangs in the margin and the letters stand flush with the lines above and below."""
    if not text or text[0] not in _OPENING_QUOTES or not placed:
        return 0.0
    first = [x for _, x, _, cl in placed if cl > 0]
    return (first[0] if first else 0.0) * scale


def _place_line(font: Font, line: Line, baseline: float, box: Box, style: TextStyle,
                scale: float, tr: float) -> LaidLine:
    text = line.text
    placed: list[tuple[int, float, float, int]] = []  # gid, x (units), y offset, cluster
    pen = 0.0
    char_pos = 0
    for k, piece in enumerate(line.pieces):
        if k:
            run = shape(font, " ")
            for gid, adv in zip(run.gids, run.advances, strict=True):
                placed.append((gid, pen, 0.0, char_pos))
                pen += adv + tr
            char_pos += 1
            if k == 1 and line.tab is not None:
                # The item after a hanging label starts at the column (the space glyph
                # stays, so the text copies out as typed).
                pen = max(pen, line.tab - line.indent)
        ptext = piece.text
        run = shape(font, ptext)
        for gid, adv, dx, dy, cl in zip(run.gids, run.advances, run.x_offsets, run.y_offsets,
                                        run.clusters, strict=True):
            if gid != 0:
                placed.append((gid, pen + dx, dy, char_pos + cl))
            pen += adv + tr
        char_pos += len(ptext)
    width = max(0.0, pen - tr) * scale if placed else 0.0
    if style.align == "center":
        x0 = box.x + (box.width - width) / 2
    elif style.align == "right":
        x0 = box.x + box.width - width
    else:
        x0 = box.x + line.indent * scale - _hang(placed, text, scale, tr)
    glyphs = tuple(
        PositionedGlyph(gid, x0 + gx * scale, baseline - dy * scale, cl)
        for gid, gx, dy, cl in placed
    )
    last = line.pieces[-1] if line.pieces else None
    joined = (last is not None and not line.hyphenated and not line.forced
              and last.end < len(last.word.text))
    label = len(line.pieces[0].text) if line.tab is not None else 0
    return LaidLine(text=text, x=x0, baseline=baseline, width=width,
                    hyphenated=line.hyphenated, glyphs=glyphs, joined=joined, label=label)
