"""Shaping: kerning and ligature/contextual substitutions from the font are applied."""

from __future__ import annotations

from pathlib import Path

import pytest

from assetkit.text import Box, TextStyle, layout_text, load_font
from assetkit.text.shaping import shape


@pytest.mark.parametrize("pair", ["AV", "To", "Te", "Vo"])
def test_kerning_tightens_pairs(regular: Path, pair: str) -> None:
    font = load_font(regular)
    nominal = sum(font.advance(font.hb.get_nominal_glyph(ord(c))) for c in pair)
    assert shape(font, pair).width < nominal


def test_kerning_reaches_the_layout(regular: Path) -> None:
    style = TextStyle(regular, 10)
    line = layout_text("AV", style, Box(0, 0, 100, 50)).lines[0]
    font = load_font(regular)
    nominal = sum(font.advance(font.hb.get_nominal_glyph(ord(c))) for c in "AV") * 10 / font.upem
    assert line.width < nominal
    assert line.glyphs[1].x - line.glyphs[0].x < font.advance(line.glyphs[0].gid) * 10 / font.upem


def _has_feature(path: Path, tag: str) -> bool:
    gsub = load_font(path).ttfont["GSUB"].table
    return any(r.FeatureTag == tag for r in gsub.FeatureList.FeatureRecord)


@pytest.mark.parametrize("pair", ["fi", "ff"])
def test_ligatures_when_the_font_has_them(regular: Path, pair: str) -> None:
    font = load_font(regular)
    run = shape(font, pair)
    if _has_feature(regular, "liga"):
        assert len(run.gids) == 1
    else:
        # Inter draws f+i without collision and ships no ``liga``: two glyphs are right.
        assert len(run.gids) == 2


def test_many_to_one_substitution_is_applied_and_clustered(regular: Path) -> None:
    # Inter's ``calt`` turns "->" into an arrow: proof that GSUB substitutions run.
    assert _has_feature(regular, "calt")
    line = layout_text("a->b", TextStyle(regular, 10), Box(0, 0, 100, 50)).lines[0]
    assert len(line.glyphs) == 3
    assert [g.cluster for g in line.glyphs] == [0, 1, 3]


def test_tracking_adds_space_between_glyphs(regular: Path) -> None:
    box = Box(0, 0, 500, 50)
    plain = layout_text("Jobcenter", TextStyle(regular, 10), box).lines[0]
    tracked = layout_text("Jobcenter", TextStyle(regular, 10, tracking=100), box).lines[0]
    # 100/1000 em × 10 units after each of the 8 inner glyphs.
    assert tracked.width == pytest.approx(plain.width + 8 * 1.0)
    gaps = [b.x - a.x for a, b in zip(tracked.glyphs, tracked.glyphs[1:], strict=False)]
    plain_gaps = [b.x - a.x for a, b in zip(plain.glyphs, plain.glyphs[1:], strict=False)]
    assert all(g == pytest.approx(p + 1.0) for g, p in zip(gaps, plain_gaps, strict=True))
