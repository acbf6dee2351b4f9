"""``assetkit presets`` and ``assetkit render … --preset``: what a user types and sees."""

from __future__ import annotations

from pathlib import Path

import pikepdf
import pytest
from printpdf_helpers import make_photo

from assetkit.cli.main import main


def test_presets_lists_the_four(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["presets"]) == 0
    out = capsys.readouterr().out
    for name in ("druckerei ", "druckerei-ohne-marken", "buero", "digitaldruck",
                 "Druckerei (PDF/X-4, CMYK, 3 mm Beschnitt, Schnittmarken)"):
        assert name in out


def test_render_with_preset_writes_print_pdf(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    photo = make_photo(tmp_path / "foto.jpg", (1500, 1000))     # ~180 ppi: marginal
    out = tmp_path / "flyer.pdf"
    code = main(["render", "flyer-a4-veranstaltung", "--image", f"photo={photo}", "--out", str(out),
                 "--preset", "druckerei"])
    captured = capsys.readouterr()
    assert code == 0
    assert "Warnung:" in captured.err
    assert "ppi" in captured.err
    with pikepdf.open(out) as pdf:
        assert pdf.Root.OutputIntents[0].DestOutputProfile.N == 4


def test_missing_profile_is_one_sentence_and_no_file(tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    preset = tmp_path / "shop.toml"
    preset.write_text('[preset]\nname = "Shop"\noutput_profile = "GibtEsNicht.icc"\n',
                      encoding="utf-8")
    out = tmp_path / "flyer.pdf"
    code = main(["render", "flyer-a4-veranstaltung", "--out", str(out), "--preset", str(preset)])
    err = capsys.readouterr().err
    assert code == 2
    assert err.startswith("Fehler: Das Ausgabeprofil")
    assert "GibtEsNicht.icc fehlt" in err
    assert err.count("\n") == 1
    assert not out.exists()


def test_wrong_key_in_preset_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    preset = tmp_path / "shop.toml"
    preset.write_text('[preset]\nname = "Shop"\nfarbe = "cmyk"\n', encoding="utf-8")
    code = main(["render", "flyer-a4-veranstaltung", "--out", str(tmp_path / "f.pdf"),
                 "--preset", str(preset)])
    assert code == 2
    assert "unbekannter Schlüssel „farbe“" in capsys.readouterr().err


def test_preset_needs_pdf_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["render", "flyer-a4-veranstaltung", "--out", str(tmp_path / "f.png"),
                 "--preset", "druckerei"])
    assert code == 2
    assert "nur für PDF" in capsys.readouterr().err
