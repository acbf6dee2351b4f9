"""The PowerPoint template as python-pptx and a user's PowerPoint read it: 16:9, six named
layouts, the brand palette as theme colours, Inter as theme font, the logo in the master and on
every dark layout, the office in the footer and its contact as real links; long names fit or
are refused; every part is well-formed, typed and linked (and valid against the ECMA-376
schemas when ``OOXML_XSD_DIR`` names a folder with ``pml.xsd``/``dml-main.xsd``)."""

from __future__ import annotations

import io
import os
import posixpath
import zipfile
from pathlib import Path

import pytest
from lxml import etree
from pptx import Presentation
from pptx.presentation import Presentation as PptxPresentation

from assetkit.brand import load_brand
from assetkit.office import OfficeProfile, sample_office
from assetkit.slides import LAYOUTS, PptxOptions, SlidesError, build_pptx_template
from assetkit.slides.package import PRESENTATION_MAIN, TEMPLATE_MAIN
from assetkit.slides.theme import SCHEME

A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
P = "{http://schemas.openxmlformats.org/presentationml/2006/main}"
R_EMBED = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}embed"
SVG_BLIP = "{http://schemas.microsoft.com/office/drawing/2016/SVG/main}svgBlip"
LONG = OfficeProfile(
    short_name="Kommunales Jobcenter Landkreis Vorpommern-Greifswald",
    name="Kommunales Jobcenter Landkreis Vorpommern-Greifswald", street="Feldstraße 85a",
    postal_code="17489", city="Greifswald", phone="03834 8760-0",
    email="jobcenter@kreis-vg.example", web="www.kreis-vg.example/jobcenter",
    opening_hours="Mo–Mi 8–12 und 13.30–15.30 Uhr, Do 8–12 und 13.30–18 Uhr, Fr 8–12 Uhr")


@pytest.fixture(scope="module")
def potx() -> bytes:
    return build_pptx_template(sample_office()).data


def _open(data: bytes) -> PptxPresentation:
    """python-pptx opens presentations only: read the template as PowerPoint's „Neu aus
    Vorlage“ does, with the presentation content type."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "[Content_Types].xml":
                body = body.replace(TEMPLATE_MAIN.encode(), PRESENTATION_MAIN.encode())
            dst.writestr(info, body)
    return Presentation(io.BytesIO(out.getvalue()))


def test_template_content_type_16_9_and_named_layouts(potx: bytes) -> None:
    with zipfile.ZipFile(io.BytesIO(potx)) as z:
        assert TEMPLATE_MAIN in z.read("[Content_Types].xml").decode()
    prs = _open(potx)
    assert (prs.slide_width, prs.slide_height) == (12192000, 6858000)
    assert tuple(layout.name for layout in prs.slide_layouts) == LAYOUTS
    assert [s.slide_layout.name for s in prs.slides] == list(LAYOUTS)   # one example each
    assert prs.core_properties.language == "de-DE"


def test_without_samples_has_layouts_only() -> None:
    data = build_pptx_template(sample_office(), PptxOptions(potx=False, samples=False)).data
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        assert PRESENTATION_MAIN in z.read("[Content_Types].xml").decode()
    prs = Presentation(io.BytesIO(data))
    assert len(prs.slides) == 0
    assert len(prs.slide_layouts) == len(LAYOUTS)


def test_theme_colours_are_the_brand_palette_and_fonts_inter(potx: bytes) -> None:
    brand = load_brand()
    with zipfile.ZipFile(io.BytesIO(potx)) as z:
        theme = etree.fromstring(z.read("ppt/theme/theme1.xml"))
    scheme = theme.find(f"{A}themeElements/{A}clrScheme")
    assert scheme is not None
    got = {etree.QName(slot).localname: slot[0].get("val") for slot in scheme}
    assert got == {slot: brand.color(name).hex.lstrip("#").upper() for slot, name in SCHEME}
    for kind in ("majorFont", "minorFont"):
        latin = theme.find(f"{A}themeElements/{A}fontScheme/{A}{kind}/{A}latin")
        assert latin is not None
        assert latin.get("typeface") == "Inter"
        assert latin.get("pitchFamily") == "34"        # swiss: a PC without Inter takes Arial


def _pictures(part_xml: bytes) -> list[etree._Element]:
    return list(etree.fromstring(part_xml).iter(f"{P}pic"))


def test_logo_in_master_and_on_every_layout_that_hides_the_master(potx: bytes) -> None:
    prs = _open(potx)
    master = prs.slide_master
    pics = _pictures(master.part.blob)
    assert len(pics) == 1
    blip = pics[0].find(f".//{A}blip")
    assert blip is not None
    png = master.part.related_part(blip.get(R_EMBED))
    assert png.content_type == "image/png"
    svg_blip = blip.find(f".//{SVG_BLIP}")
    assert svg_blip is not None, "PowerPoint 2016+ draws the SVG"
    assert master.part.related_part(svg_blip.get(R_EMBED)).content_type == "image/svg+xml"
    for layout in prs.slide_layouts:
        hides_master = layout._element.get("showMasterSp") == "0"
        pics = _pictures(layout.part.blob)
        assert len(pics) == (1 if hides_master else 0), layout.name
    # the logo is never below the brand minimum (35 mm)
    for owner in (master, *prs.slide_layouts):
        for shape in owner.shapes:
            if shape.shape_type is not None and shape.shape_type.name == "PICTURE":
                assert shape.width / 36000 >= 35


def _texts(owner: object) -> str:
    return " ".join(shape.text_frame.text for shape in owner.shapes  # type: ignore[attr-defined]
                    if shape.has_text_frame)


def test_office_in_the_footer_and_contact_with_links(potx: bytes) -> None:
    office = sample_office()
    prs = _open(potx)
    assert office.display_name in _texts(prs.slide_master)
    layouts = {layout.name: layout for layout in prs.slide_layouts}
    for name in ("Titelfolie", "Kennzahl", "Kapiteltrenner"):
        assert office.display_name in _texts(layouts[name]), name
    closing = layouts["Abschluss mit Kontakt"]
    text = _texts(closing)
    for value in (office.name, office.street, office.city_line, office.phone, office.email,
                  office.web):
        assert value in text
    targets = {rel.target_ref for rel in closing.part.rels.values() if rel.is_external}
    assert f"mailto:{office.email}" in targets
    assert f"https://{office.web}" in targets


def test_long_office_name_fits_and_an_impossible_one_is_refused() -> None:
    prs = _open(build_pptx_template(LONG).data)
    assert LONG.name in _texts(prs.slide_master)
    with pytest.raises(SlidesError, match="zu lang"):
        build_pptx_template(OfficeProfile(name="Kommunales Jobcenter " * 12))
    with pytest.raises(SlidesError, match="fehlt der Name"):
        build_pptx_template(OfficeProfile(city="Musterstadt"))


def test_every_part_is_well_formed_typed_and_linked(potx: bytes) -> None:
    with zipfile.ZipFile(io.BytesIO(potx)) as z:
        names = set(z.namelist())
        types = etree.fromstring(z.read("[Content_Types].xml"))
        defaults = {t.get("Extension") for t in types if t.get("Extension")}
        overrides = {t.get("PartName") for t in types if t.get("PartName")}
        for name in names:
            if name.endswith((".xml", ".rels")):
                etree.fromstring(z.read(name))             # well-formed
            if name != "[Content_Types].xml":
                assert f"/{name}" in overrides or name.rsplit(".", 1)[-1] in defaults, name
            if name.endswith(".rels"):
                folder = posixpath.dirname(posixpath.dirname(name))
                for rel in etree.fromstring(z.read(name)):
                    if rel.get("TargetMode") == "External":
                        continue
                    target = posixpath.normpath(posixpath.join(folder, rel.get("Target")))
                    assert target.lstrip("/") in names, (name, rel.get("Target"))


XSD_DIR = os.environ.get("OOXML_XSD_DIR")


@pytest.mark.skipif(not XSD_DIR, reason="OOXML_XSD_DIR (ECMA-376 pml.xsd, dml-main.xsd) not set")
def test_parts_validate_against_the_ooxml_schemas(potx: bytes) -> None:
    folder = Path(str(XSD_DIR))
    pml = etree.XMLSchema(etree.parse(str(folder / "pml.xsd")))
    dml = etree.XMLSchema(etree.parse(str(folder / "dml-main.xsd")))
    with zipfile.ZipFile(io.BytesIO(potx)) as z:
        for name in z.namelist():
            if not (name.startswith("ppt/") and name.endswith(".xml")):
                continue
            doc = etree.fromstring(z.read(name))
            schema = pml if "presentationml" in etree.QName(doc).namespace else dml
            assert schema.validate(doc), (name, schema.error_log.last_error)
