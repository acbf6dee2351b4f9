from pathlib import Path

import pytest

from assetkit.brand import load_brand
from assetkit.brand.loader import _load
from assetkit.errors import BrandError


def test_bundled_brand_kit_has_palette_fonts_and_logos() -> None:
    brand = load_brand()
    assert brand.claim == "Stark. Sozial. Vor Ort."
    assert brand.color("schwarz").cmyk == (0, 0, 0, 100)
    assert brand.color("petrol").hex == "#005A6E"
    for role in ("headline", "body"):
        assert brand.font(role).is_file()
    for layout in ("horizontal", "stacked"):
        for variant in ("color", "black", "white"):
            logo = brand.logo(variant, layout)
            assert logo.svg.startswith(b"<svg")
            assert logo.width > 0
            assert logo.height > 0
    assert brand.logo().aspect > 2.5          # horizontal logo is wide
    assert brand.logo(layout="stacked").aspect < 1.5


def test_white_logo_is_white_and_black_logo_black() -> None:
    brand = load_brand()
    assert b'fill="#FFFFFF"' in brand.logo("white").svg
    assert b"#005A6E" not in brand.logo("white").svg
    assert b'fill="#000000"' in brand.logo("black").svg


def test_cmyk_lookup_by_hex() -> None:
    brand = load_brand()
    assert brand.cmyk_for_hex("#005a6e") == (100, 20, 10, 50)
    assert brand.cmyk_for_hex("#123456") is None


def test_unknown_names_give_clear_errors() -> None:
    brand = load_brand()
    with pytest.raises(BrandError, match="Farbe „pink“"):
        brand.color("pink")
    with pytest.raises(BrandError, match="Schriftrolle"):
        brand.font("comic")
    with pytest.raises(BrandError, match="Logo-Variante"):
        brand.logo("gold")


def test_malformed_brand_file(tmp_path: Path) -> None:
    bad = tmp_path / "brand.toml"
    bad.write_text('[campaign]\nname="x"\n[colors.rot]\nhex="red"\ncmyk=[0,100,100,0]\n', "utf-8")
    with pytest.raises(BrandError, match="colors.rot.hex"):
        _load(bad)
    bad.write_text("[campaign\n", "utf-8")
    with pytest.raises(BrandError, match="fehlerhaft"):
        _load(bad)
