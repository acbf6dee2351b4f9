"""What the presets tell a user before they print: four-colour black in ``digitaldruck``, and
why the letterhead has no bleed with the Druckerei presets."""

from __future__ import annotations

import io

import pikepdf
import pytest

from assetkit.brand import load_brand
from assetkit.cli.main import main
from assetkit.compose import Content
from assetkit.export.formats import ExportRequest, export
from assetkit.export.presets import resolve_preset
from assetkit.render import render_image
from assetkit.templates import load_catalogue


def test_presets_says_digitaldruck_prints_black_text_in_four_colours(
        capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["presets"]) == 0
    out = capsys.readouterr().out
    block = out[out.index("digitaldruck "):out.index("druckerei-ohne-marken")]
    assert "Vierfarbschwarz" in block
    assert "100 % K" in block
    assert "„druckerei“" in block


@pytest.mark.parametrize("preset", ["druckerei", "druckerei-ohne-marken"])
def test_letterhead_without_bleed_is_explained_and_keeps_the_finished_size(preset: str) -> None:
    template = load_catalogue().get("briefbogen-a4")
    data, composition = export(template, Content(), load_brand(), None,
                               ExportRequest(fmt="pdf", preset=resolve_preset(preset)))
    (note,) = [n for n in composition.notes if n.code == "print.bleed_short"]
    assert "keinen Beschnitt" in note.message
    assert "bis an den Papierrand" in note.message
    with pikepdf.open(io.BytesIO(data)) as pdf:
        page = pdf.pages[0]
        assert [float(v) for v in page.obj.BleedBox] == [float(v) for v in page.obj.TrimBox]
    # What the note claims: nothing on the letterhead is inked within 1 mm of the paper's edge.
    image = render_image(composition, dpi=150).convert("L")
    w, h = image.size
    edge = 6                                                    # 1 mm at 150 dpi
    for box in ((0, 0, edge, h), (w - edge, 0, w, h), (0, 0, w, edge), (0, h - edge, w, h)):
        assert image.crop(box).getextrema() == (255, 255), box
