"""Font loading: metrics, caching, outlines, clear German errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from assetkit.errors import FontError
from assetkit.text import load_font


def test_metrics_and_cache(regular: Path) -> None:
    font = load_font(regular)
    assert font is load_font(str(regular))
    assert font.upem == 2816
    assert font.ascender > font.cap_height > font.x_height > 0 > font.descender
    assert font.has_char("ü")
    assert not font.has_char("😀")


def test_glyph_path_is_font_units_svg(regular: Path) -> None:
    font = load_font(regular)
    gid = font.hb.get_nominal_glyph(ord("O"))
    d = font.glyph_path(gid)
    assert d.startswith("M")
    assert font.glyph_path(gid) is d  # cached
    assert font.glyph_bounds(font.hb.get_nominal_glyph(ord(" "))) is None


def test_missing_font_is_a_german_sentence(tmp_path: Path) -> None:
    with pytest.raises(FontError, match="wurde nicht gefunden"):
        load_font(tmp_path / "fehlt.otf")


def test_garbage_font_is_a_german_sentence(tmp_path: Path) -> None:
    bad = tmp_path / "kaputt.otf"
    bad.write_bytes(b"OTTO" + b"\0" * 40)
    with pytest.raises(FontError, match="kann nicht gelesen werden|unvollständig"):
        load_font(bad)
