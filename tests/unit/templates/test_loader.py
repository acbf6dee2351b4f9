"""Template manifests: the bundled ones load; broken ones fail with the file and key named."""

from pathlib import Path

import pytest

from assetkit.errors import ManifestError, TemplateNotFoundError
from assetkit.templates import find_template, load_catalogue, load_template

SVG = """<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100" viewBox="0 0 100 100">
  <rect id="bg" width="100" height="100" fill="#fff"/>
  <rect id="headline" x="10" y="10" width="80" height="20"/>
  <g transform="translate(5 5)"><rect id="moved" x="0" y="0" width="10" height="10"/></g>
  <circle id="round" r="4"/>
  <rect id="photo" x="10" y="40" width="80" height="50"/>
</svg>"""

GOOD = """[template]
id = "probe"
name = "Probe"
category = "social"

[page]
unit = "px"
width = 100
height = 100

[[text]]
id = "headline"
label = "Überschrift"
size = [10, 20]

[[image]]
id = "photo"
label = "Foto"
"""


def make(tmp_path: Path, manifest: str, svg: str = SVG) -> Path:
    folder = tmp_path / "probe"
    folder.mkdir(exist_ok=True)
    (folder / "template.toml").write_text(manifest, "utf-8")
    (folder / "template.svg").write_text(svg, "utf-8")
    return folder


def test_good_manifest_reads_slot_geometry_from_svg(tmp_path: Path) -> None:
    t = load_template(make(tmp_path, GOOD))
    assert t.id == "probe"
    assert t.category == "social"
    head = t.text_field("headline")
    assert head is not None
    assert (head.box.x, head.box.y, head.box.width, head.box.height) == (10, 10, 80, 20)
    assert head.size_min == 10
    assert head.size_max == 20
    assert t.field_ids() == ["headline", "photo"]


@pytest.mark.parametrize(
    ("change", "key", "problem"),
    [
        (("category = \"social\"", "category = \"poster\""), "template.category", "einer dieser Werte"),
        (("width = 100", "width = -5"), "page.width", "größer als 0"),
        (("width = 100", "width = \"breit\""), "page.width", "Zahl"),
        (("label = \"Foto\"", "label = \"Foto\"\nelement = \"nirgends\""), "image.photo.element",
         "gibt es nicht"),
        (("label = \"Foto\"", "label = \"Foto\"\nelement = \"round\""), "image.photo.element",
         "<rect>"),
        (("label = \"Foto\"", "label = \"Foto\"\nelement = \"moved\""), "image.photo.element",
         "transformiert"),
        (("size = [10, 20]", "size = [10, 20]\nfarbe = \"rot\""), "text[0].farbe", "unbekannt"),
        (("size = [10, 20]", "size = [10, 20]\nalign = \"justify\""), "text.headline.align",
         "einer dieser Werte"),
        (("size = [10, 20]", "size = [0]"), "text.headline.size", "kleinste, größte"),
        (("id = \"probe\"", "id = \"Probe Vorlage\""), "template.id", "Kleinbuchstaben"),
        (("[[image]]\nid = \"photo\"", "[[image]]\nid = \"headline\"\nelement = \"photo\""),
         "text/image.id", "doppelt"),
        (("category = \"social\"", "category = \"social\"\nlocked = [\"fehlt\"]"), "template.locked",
         "gibt es im SVG nicht"),
    ],
)
def test_broken_manifests_name_file_and_key(tmp_path: Path, change: tuple[str, str], key: str,
                                            problem: str) -> None:
    old, new = change
    assert old in GOOD
    folder = make(tmp_path, GOOD.replace(old, new, 1))
    with pytest.raises(ManifestError) as info:
        load_template(folder)
    assert info.value.key == key
    assert problem in info.value.problem
    assert str(folder / "template.toml") in str(info.value)


def test_invalid_toml_and_missing_svg(tmp_path: Path) -> None:
    folder = make(tmp_path, "[template\nid=1")
    with pytest.raises(ManifestError, match="kein gültiges TOML"):
        load_template(folder)
    folder = make(tmp_path, GOOD)
    (folder / "template.svg").unlink()
    with pytest.raises(ManifestError, match="template.svg"):
        load_template(folder)


def test_hostile_template_svg_is_refused(tmp_path: Path) -> None:
    evil = SVG.replace('<rect id="bg"', '<image href="file:///etc/passwd"/><rect id="bg"')
    with pytest.raises(ManifestError, match="externe Quelle"):
        load_template(make(tmp_path, GOOD, evil))


def test_bundled_catalogue_loads_and_reports_unknown_ids() -> None:
    catalogue = load_catalogue()
    assert len(catalogue.templates) >= 3
    for template in catalogue.templates:
        assert template.logos, f"{template.id} has no logo slot"
        for f in template.text_fields:
            assert f.box.width > 0
            assert f.size_min <= f.size_max
    with pytest.raises(TemplateNotFoundError, match="gibt es nicht"):
        catalogue.get("gibt-es-nicht")


def test_find_template_reads_only_the_folder_named_like_the_id(tmp_path: Path) -> None:
    make(tmp_path, GOOD)
    (tmp_path / "kaputt").mkdir()
    (tmp_path / "kaputt" / "template.toml").write_text("[template", "utf-8")
    with pytest.raises(ManifestError):
        load_catalogue(tmp_path)          # the catalogue reads every folder
    assert find_template("probe", tmp_path) == load_template(tmp_path / "probe")


def test_find_template_falls_back_to_the_catalogue(tmp_path: Path) -> None:
    folder = make(tmp_path, GOOD)
    folder.rename(tmp_path / "anders-benannt")
    assert find_template("probe", tmp_path).id == "probe"
    for unknown in ("gibt-es-nicht", "../probe", "anders-benannt"):
        with pytest.raises(TemplateNotFoundError):
            find_template(unknown, tmp_path)


def test_find_template_gives_what_the_bundled_catalogue_gives() -> None:
    for template in load_catalogue().templates:
        assert find_template(template.id) == template
