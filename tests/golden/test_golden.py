"""Golden images: rendered output compared to committed PNGs with a small tolerance.

On a mismatch the test writes actual, expected and diff images to tests/golden/_failures/.
Regenerate deliberately with ``ASSETKIT_UPDATE_GOLDEN=1 pytest tests/golden``.
"""

import io
import os
from pathlib import Path

import pytest
from PIL import Image, ImageChops

from assetkit.brand import load_brand
from assetkit.compose import Content, compose
from assetkit.render import render_png
from assetkit.templates import load_template

HERE = Path(__file__).parent
FAILURES = HERE / "_failures"


def _compare(name: str, png: bytes, max_mean: float = 1.5, max_bad_share: float = 0.01) -> None:
    actual = Image.open(io.BytesIO(png)).convert("RGB")
    expected_path = HERE / f"{name}.png"
    if os.environ.get("ASSETKIT_UPDATE_GOLDEN") or not expected_path.exists():
        if not os.environ.get("ASSETKIT_UPDATE_GOLDEN"):
            pytest.fail(f"no golden image {expected_path.name}; run with ASSETKIT_UPDATE_GOLDEN=1")
        actual.save(expected_path)
        return
    expected = Image.open(expected_path).convert("RGB")
    assert actual.size == expected.size
    diff = ImageChops.difference(actual, expected).convert("L")
    histogram = diff.histogram()
    pixels = actual.width * actual.height
    mean = sum(i * n for i, n in enumerate(histogram)) / pixels
    bad = sum(histogram[32:]) / pixels
    if mean > max_mean or bad > max_bad_share:
        FAILURES.mkdir(exist_ok=True)
        actual.save(FAILURES / f"{name}-actual.png")
        expected.save(FAILURES / f"{name}-expected.png")
        diff.point(lambda v: min(255, v * 4)).save(FAILURES / f"{name}-diff.png")
        pytest.fail(f"{name}: mean difference {mean:.2f}, {bad:.1%} pixels differ strongly")


def test_card_with_kerning_ligature_quotes_and_logo() -> None:
    template = load_template(HERE / "card")
    comp = compose(template, Content(), load_brand())
    _compare("card", render_png(comp))


def test_card_without_any_system_fonts(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Text comes from bundled fonts only: an empty fontconfig changes nothing."""
    empty = tmp_path / "fonts.conf"
    empty.write_text('<?xml version="1.0"?><fontconfig><dir>/nonexistent</dir></fontconfig>')
    monkeypatch.setenv("FONTCONFIG_FILE", str(empty))
    template = load_template(HERE / "card")
    comp = compose(template, Content({"headline": "Ohne Systemschriften"}), load_brand())
    png = render_png(comp)
    image = Image.open(io.BytesIO(png)).convert("RGB")
    # White headline pixels exist inside the headline box and nowhere outside the box and band.
    white = [(x, y) for x in range(0, 240, 2) for y in range(0, 110, 2)
             if min(image.getpixel((x, y))) > 240]
    assert white
    assert all(10 <= x <= 230 and 10 <= y <= 74 for x, y in white)
