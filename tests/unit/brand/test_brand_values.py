"""A brand file with a value of the wrong type names the key (it arrives in imported kits)."""

from __future__ import annotations

from pathlib import Path

import pytest

from assetkit.brand.loader import _load
from assetkit.errors import BrandError
from assetkit.resources import bundled_resources_dir

BUNDLED = bundled_resources_dir()


@pytest.mark.parametrize(("old", "new", "key"), [
    ("clear_space = 0.25", "clear_space = 'viel'", "logo.clear_space"),
    ("min_width_mm = 35", "min_width_mm = 'breit'", "logo.layouts.horizontal.min_width_mm"),
    ("min_width_px = 180", "min_width_px = -1", "logo.layouts.horizontal.min_width_px"),
    ('label = { de = "Petrol", en = "Petrol" }', 'label = "Petrol"', "colors.petrol.label"),
])
def test_wrong_value_types_name_the_key(tmp_path: Path, old: str, new: str, key: str) -> None:
    for part in ("logos", "fonts"):
        (tmp_path / part).symlink_to(BUNDLED / part)
    text = (BUNDLED / "brand.toml").read_text("utf-8")
    assert old in text
    path = tmp_path / "brand.toml"
    path.write_text(text.replace(old, new, 1), "utf-8")
    with pytest.raises(BrandError, match=f"„{key}“"):
        _load(path)
