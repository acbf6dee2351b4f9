"""Balanced headlines: even line lengths instead of a lone short word on the last line.

Auto-fit picks the largest size at which a text fits; the greedy line breaker then fills the
first lines and can leave one short word alone below them ("Tag der offenen / Tür"). For fields
with ``balance = true`` we look, like CSS ``text-wrap: balance``, for the narrowest measure at
which the text still sets at the same size in the same number of lines. Breaking at that measure
evens the lines out ("Tag der / offenen Tür"); the result is placed back in the field's box with
its alignment, so nothing moves outside the box.
"""

from __future__ import annotations

from dataclasses import replace

from assetkit.text import Box, FitSpec, TextLayout, TextStyle, layout_text

_STEPS = 12          # binary search steps: box width / 4096 is finer than any glyph


def balance_layout(text: str, style: TextStyle, box: Box, layout: TextLayout,
                   max_lines: int | None) -> TextLayout:
    """``layout`` re-broken at the narrowest measure that keeps its size and line count."""
    count = len(layout.lines)
    if count < 2 or layout.overflow:
        return layout
    sized = replace(style, size=layout.size)
    fixed = FitSpec(layout.size, layout.size, max_lines)

    def attempt(width: float) -> TextLayout | None:
        candidate = layout_text(text, sized, _narrowed(box, width, style.align), fixed)
        ok = (not candidate.overflow and len(candidate.lines) == count
              and candidate.forced_breaks <= layout.forced_breaks
              and candidate.hyphenations <= layout.hyphenations)
        return candidate if ok else None

    widest = max(line.width for line in layout.lines)
    lo, hi = widest / count, box.width
    best: TextLayout | None = None
    for _ in range(_STEPS):
        mid = (lo + hi) / 2
        found = attempt(mid)
        if found is None:
            lo = mid
        else:
            hi, best = mid, found
    if best is None:
        return layout
    return replace(best, box=box)


def _narrowed(box: Box, width: float, align: str) -> Box:
    """A box of ``width`` inside ``box`` at the side the text is aligned to."""
    x = {"left": box.x, "center": box.x + (box.width - width) / 2,
         "right": box.right - width}[align]
    return Box(x, box.y, width, box.height)
