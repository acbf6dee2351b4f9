"""Preview proxies keep the crop; resolution warnings come from the original photo."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from assetkit.project.photos import photo_quality, preview_proxy
from assetkit.templates import load_catalogue


def test_proxy_is_small_and_upright(tmp_path: Path) -> None:
    src = tmp_path / "big.jpg"
    Image.new("RGB", (5000, 2500), (10, 200, 10)).save(src)
    proxy = preview_proxy(src, tmp_path / "cache", max_px=1000)
    with Image.open(proxy) as im:
        assert im.size == (1000, 500)
    assert preview_proxy(src, tmp_path / "cache", max_px=1000) == proxy   # cached


def test_low_resolution_is_flagged_for_print_not_for_a_good_photo(tmp_path: Path) -> None:
    flyer = load_catalogue().get("flyer-a4-veranstaltung")
    field = flyer.image_fields[0]
    small, big = tmp_path / "small.jpg", tmp_path / "big.jpg"
    Image.new("RGB", (400, 300)).save(small)
    Image.new("RGB", (4000, 3000)).save(big)
    assert photo_quality(field, flyer.page, small, None, 1.0).low
    good = photo_quality(field, flyer.page, big, None, 1.0)
    assert not good.low
    assert good.ppi is not None
    assert good.ppi > 250
