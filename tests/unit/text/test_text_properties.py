"""Property tests: any text lays out without crashing, keeps its characters and its box."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assetkit.text import Box, FitSpec, TextStyle, layout_text, load_font

FONT = Path(__file__).resolve().parents[3] / "resources" / "fonts" / "inter" / "Inter-Regular.otf"

ALPHABET = st.sampled_from(list("abcdefghijklmnopqrstuvwxyzäöüßABCÄÖÜ ,.-–„“!?\n")
                           + ["\u00a0", "\u00ad", "😀", "ש", "م", "\u200d", "\t"])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.text(ALPHABET, max_size=300),
       width=st.floats(min_value=0, max_value=200),
       height=st.floats(min_value=0, max_value=200),
       hyphenate=st.booleans(),
       max_lines=st.one_of(st.none(), st.integers(min_value=1, max_value=6)))
def test_any_text_lays_out(text: str, width: float, height: float, hyphenate: bool,
                           max_lines: int | None) -> None:
    box = Box(5, 5, width, height)
    style = TextStyle(FONT, 10, hyphenate=hyphenate)
    layout = layout_text(text, style, box, FitSpec(2, 20, max_lines=max_lines))
    font = load_font(FONT)
    widest = max((font.advance(g) for g in range(font.num_glyphs)), default=0)
    for line in layout.lines:
        # Only a single glyph wider than the box may stick out.
        assert line.width <= box.width + 1e-6 or len(line.text) == 1
        assert line.width <= max(box.width, widest * layout.size / font.upem) + 1e-6
    if max_lines is not None:
        assert len(layout.lines) <= max_lines
    if not layout.overflow:
        assert layout.hidden_text.strip() == ""
        shown = "".join(line.text[:-1] if line.hyphenated else line.text
                        for line in layout.lines)
        kept = [c for c in text if c.isalnum() and c not in layout.missing_chars]
        assert [c for c in shown if c.isalnum()] == kept
    if layout.lines and layout.ink_bounds.width > 0 and width > 20:
        assert layout.ink_bounds.y >= box.y - 1e-6
        assert layout.ink_bounds.bottom <= box.bottom + 1e-6
