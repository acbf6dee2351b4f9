"""Presets as data: the bundled five, users' own files, and clear sentences for broken ones."""

from __future__ import annotations

from pathlib import Path

import pytest

from assetkit.export.presets import PresetError, list_presets, resolve_preset


def test_the_five_bundled_presets() -> None:
    presets = {p.id: p for p in list_presets()}
    assert set(presets) == {"druckerei", "druckerei-ohne-marken", "buero", "digitaldruck",
                            "web-barrierefrei"}
    web = presets["web-barrierefrei"]
    assert (web.standard, web.color, web.bleed_mm, web.crop_marks, web.accessible) == \
        ("PDF", "rgb", 0, False, True)
    assert not any(p.accessible for p in presets.values() if p is not web)
    shop = presets["druckerei"]
    assert (shop.standard, shop.color, shop.bleed_mm, shop.crop_marks) == ("PDF/X-4", "cmyk", 3, True)
    assert shop.output_profile is not None
    assert shop.output_profile.name == "FOGRA39L_coated.icc"
    assert shop.output_profile.is_file()
    assert presets["buero"].bleed_mm == 0
    assert presets["buero"].standard == "PDF"
    assert presets["digitaldruck"].color == "rgb"
    assert presets["digitaldruck"].is_pdfx


def write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "meine-druckerei.toml"
    path.write_text(body, encoding="utf-8")
    return path


def test_own_preset_file_by_path(tmp_path: Path) -> None:
    path = write(tmp_path, '[preset]\nname = "Druckerei Müller"\nstandard = "PDF/X-4"\n'
                           'color = "cmyk"\noutput_profile = "FOGRA39L_coated.icc"\n'
                           "bleed_mm = 2\nmark_offset_mm = 1\n")
    preset = resolve_preset(str(path))
    assert preset.id == "meine-druckerei"
    assert preset.name == "Druckerei Müller"
    assert preset.bleed_mm == 2
    assert preset.marks_offset == 2      # marks never inside the bleed


@pytest.mark.parametrize(("body", "words"), [
    ('[preset]\nname = "x"\nbeschnitt = 3\n', "unbekannter Schlüssel „beschnitt“"),
    ('[preset]\nname = "x"\nbleed_mm = "3 mm"\n', "„bleed_mm“ muss eine Zahl sein"),
    ('[preset]\nname = "x"\ncolor = "lab"\n', "„color“ muss einer dieser Werte sein"),
    ('[preset]\nname = "x"\ncrop_marks = "ja"\n', "true oder false"),
    ('[preset]\nname = "x"\noverprint_black = 1\n', "true oder false"),
    ('[preset]\nname = "x"\njpeg_quality = 5\n', "zwischen 30 und 100"),
    ('name = "x"\n', "genau eine Tabelle [preset]"),
    ('[preset]\nbleed_mm = 3\n', "„name“ fehlt"),
    ("[preset\n", "kein gültiges TOML"),
    ('[preset]\nname = "x"\nstandard = "PDF/X-4"\ncolor = "cmyk"\n', "fehlt „output_profile“"),
])
def test_broken_preset_files_give_one_sentence(tmp_path: Path, body: str, words: str) -> None:
    with pytest.raises(PresetError) as err:
        resolve_preset(str(write(tmp_path, body)))
    assert words in str(err.value)
    assert "\n" not in str(err.value)


def test_unknown_names() -> None:
    with pytest.raises(PresetError, match="vorhanden: .*druckerei"):
        resolve_preset("hausdruckerei")
    with pytest.raises(PresetError, match="gibt es nicht"):
        resolve_preset("fehlt/ganz.toml")
