"""Generated placeholder photos: right size, deterministic, and pictures rather than flat fills."""

from __future__ import annotations

import pytest
from PIL import ImageChops, ImageStat

from assetkit.images import load_image, place_image
from assetkit.images.encoding import encode_image
from assetkit.images.samples import KINDS, sample_photo


@pytest.mark.parametrize("kind", KINDS)
def test_sample_photo_is_a_real_picture(kind):
    im = sample_photo(kind, size=(320, 200), seed=1)
    assert im.mode == "RGB"
    assert im.size == (320, 200)
    stat = ImageStat.Stat(im.convert("L"))
    assert stat.stddev[0] > 12  # has light and shadow, not a flat fill
    lo, hi = im.convert("L").getextrema()
    assert lo > 0 or hi < 255 or hi - lo > 100


@pytest.mark.parametrize("kind", KINDS)
def test_same_seed_same_picture(kind):
    a = sample_photo(kind, size=(160, 100), seed=5)
    b = sample_photo(kind, size=(160, 100), seed=5)
    assert ImageChops.difference(a, b).getbbox() is None


def test_different_seeds_differ():
    a = sample_photo("team", size=(160, 100), seed=1)
    b = sample_photo("team", size=(160, 100), seed=2)
    assert ImageChops.difference(a, b).getbbox() is not None


def test_unknown_kind():
    with pytest.raises(ValueError, match="kind"):
        sample_photo("beach", size=(100, 100))  # type: ignore[arg-type]


def test_samples_go_through_the_pipeline():
    data, _ = encode_image(sample_photo("portrait", size=(800, 1000), seed=2), "jpeg")
    placed = place_image(load_image(data), 1080, 1080, target_px=(400, 400))
    assert placed.image.size == (400, 400)
