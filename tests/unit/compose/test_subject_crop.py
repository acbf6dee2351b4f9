"""The default crop keeps faces whole and clear of what the template draws; the user's focal
point wins; preflight warns when a crop cuts a face; preview and export crop alike.

The portrait is scikit-image's public-domain ``data.astronaut()``: her hair starts at about 6 %
of the photo's height, her chin ends at about 33 %.
"""

from __future__ import annotations

from pathlib import Path

import pikepdf
import pytest
from fixtures_images import portrait_jpeg
from PIL import Image

from assetkit.brand import load_brand
from assetkit.cli.main import main
from assetkit.compose import Content, ImageChoice, compose
from assetkit.preflight.judge import check_content
from assetkit.templates import load_catalogue

HAIR_TOP, CHIN = 0.06, 0.33
CATALOGUE = load_catalogue()
STRIP = CATALOGUE.get("post-1x1-erfolgsgeschichte")       # a 1080 × 420 px portrait strip
STORY = CATALOGUE.get("story-erfolgsgeschichte")           # photo behind panel, logo and texts


@pytest.fixture(scope="module")
def portrait(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return portrait_jpeg(tmp_path_factory.mktemp("portrait") / "astronaut.jpg")


def _codes(findings: list) -> set[str]:
    return {f.code for f in findings}


def test_the_default_crop_shows_the_whole_head(portrait: Path) -> None:
    content = Content(images={"photo_portrait": ImageChoice(portrait)})
    findings, comp = check_content(STRIP, content, load_brand())
    placed = comp.images["photo_portrait"]
    assert placed.focal_chosen
    assert len(placed.faces) == 1
    _left, top, _right, bottom = placed.placement.crop_fraction()
    assert top < HAIR_TOP
    assert bottom > CHIN
    assert placed.focal != STRIP.image_field("photo_portrait").focal
    assert not _codes(findings) & {"image.face_cut", "image.face_covered"}


def test_the_users_focal_point_wins_and_a_cut_face_is_a_warning(portrait: Path) -> None:
    content = Content(images={"photo_portrait": ImageChoice(portrait, focal=(0.5, 0.62))})
    findings, comp = check_content(STRIP, content, load_brand())
    placed = comp.images["photo_portrait"]
    assert placed.focal == (0.5, 0.62)
    assert not placed.focal_chosen
    assert placed.placement.crop_fraction()[1] > CHIN - 0.1      # her face is cut off
    cut = [f for f in findings if f.code == "image.face_cut"]
    assert len(cut) == 1
    assert cut[0].severity == "warning"
    assert "„Porträtfoto“" in cut[0].message_de
    assert "verschieben" in cut[0].message_de


def test_check_and_render_say_so_and_still_write(portrait: Path, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "post.png"
    code = main(["render", STRIP.id, "--image", f"photo_portrait={portrait}",
                 "--focal", "photo_portrait=0.5,0.62", "--out", str(out)])
    assert code == 0
    assert out.is_file()
    said = capsys.readouterr()
    assert "ein Gesicht angeschnitten" in said.out + said.err


def test_the_story_knows_what_lies_over_its_photo(portrait: Path) -> None:
    comp = compose(STORY, Content(images={"photo_portrait": ImageChoice(portrait)}), load_brand())
    covers = comp.images["photo_portrait"].covers
    names = {c.name for c in covers}
    assert {"das Logo", "„Zitat“", "„Name“", "„Dienststelle“"} <= names
    card = [c for c in covers if c.name == "" and c.opacity == 1.0]
    assert any(c.rect.width == 960 and c.rect.height == 640 for c in card)   # the card
    scrims = [c for c in covers if c.name == "" and c.opacity < 1.0]
    assert len(scrims) == 2


def test_preview_proxy_and_export_crop_alike(portrait: Path, tmp_path: Path) -> None:
    # The app composes with a screen-sized copy and names the original for the faces.
    proxy = tmp_path / "proxy.jpg"
    with Image.open(portrait) as im:
        im.resize((600, 600), Image.Resampling.LANCZOS).save(proxy, quality=85)
    brand = load_brand()
    export = compose(STRIP, Content(images={"photo_portrait": ImageChoice(portrait)}), brand)
    preview = compose(STRIP, Content(images={"photo_portrait": ImageChoice(
        proxy, faces_from=portrait)}), brand)
    a = export.images["photo_portrait"].placement.crop_fraction()
    b = preview.images["photo_portrait"].placement.crop_fraction()
    assert all(abs(x - y) < 0.005 for x, y in zip(a, b, strict=True))


def test_a_print_pdf_is_cropped_around_the_face(portrait: Path, tmp_path: Path) -> None:
    flyer = CATALOGUE.get("flyer-a5-veranstaltung")
    pdf = tmp_path / "flyer.pdf"
    assert main(["render", flyer.id, "--image", f"photo={portrait}", "--preset", "druckerei",
                 "--out", str(pdf)]) == 0
    findings, comp = check_content(flyer, Content(images={"photo": ImageChoice(portrait)}),
                                   load_brand())
    _left, top, _right, bottom = comp.images["photo"].placement.crop_fraction()
    assert top < HAIR_TOP
    assert bottom > CHIN
    with pikepdf.open(pdf) as doc:
        images = list(doc.pages[0].get_images().values())
        assert images, "the photo is in the PDF"
        # The embedded photo has the crop's aspect: the field's, not the whole square photo.
        w, h = int(images[0].Width), int(images[0].Height)
        box = comp.images["photo"].box
        assert abs(w / h - box.width / box.height) < 0.02
