"""The bundled template library: every template at its exact size, logo at least its minimum
with its clear space, text inside its boxes (also with long real-world content), text inside
the platform safe zones, only brand colours, legible contrast, and shared field ids per family.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from functools import cache
from pathlib import Path

import pikepdf
import pytest
from lxml import etree
from PIL import Image

from assetkit.brand import Brand, load_brand
from assetkit.compose import ComposeOptions, Composition, Content, ImageChoice, compose
from assetkit.office import OfficeProfile, sample_office
from assetkit.render import render_pdf, render_png
from assetkit.templates import Template, load_catalogue
from assetkit.templates.model import Rect

CATALOGUE = load_catalogue()
IDS = CATALOGUE.ids()
SOCIAL = [t.id for t in CATALOGUE.templates if t.page.unit == "px"]
PRINT = [t.id for t in CATALOGUE.templates if t.page.unit == "mm"]
TOL = 0.01   # page units; glyph outlines are exact, this only absorbs float rounding

# Formats the issue asks for: id → (unit, width, height).
EXPECTED_SIZES = {
    "flyer-a4-veranstaltung": ("mm", 210, 297),
    "flyer-a5-veranstaltung": ("mm", 148, 210),
    "dinlang-veranstaltung": ("mm", 99, 210),
    "dinlang-wickelfalz-veranstaltung": ("mm", 297, 210),   # 6 pages, roll fold, open
    "plakat-a3-veranstaltung": ("mm", 297, 420),
    "einladung-a6-veranstaltung": ("mm", 105, 148),
    "briefbogen-a4": ("mm", 210, 297),
    "faktenblatt-a4-kennzahlen": ("mm", 210, 297),
    **{f"{fmt}-{variant}": ("px", w, h)
       for variant in ("veranstaltung", "erfolgsgeschichte", "kennzahl")
       for fmt, w, h in (("post-4x5", 1080, 1350), ("post-1x1", 1080, 1080),
                         ("story", 1080, 1920), ("link", 1200, 630), ("quer", 1600, 900))},
    # Homepage and e-mail (issue 22)
    "web-header": ("px", 1920, 480),
    "web-header-mobil": ("px", 1080, 720),
    "web-teaser": ("px", 800, 450),
    "email-banner": ("px", 600, 120),
    # Large formats (issue 21)
    "plakat-a2-veranstaltung": ("mm", 420, 594),
    "plakat-a1-veranstaltung": ("mm", 594, 841),
    "rollup-veranstaltung": ("mm", 850, 2000),
}
# Print bleed: 3 mm, a large format what its printers ask for.
BLEED = {"rollup-veranstaltung": 5}

# Real-world long content: the longest office name of the press texts, long headlines.
LONG_TEXTS = {
    "kicker": "Aktionswoche der Kommunalen Jobcenter 2019",
    "headline": "Unternehmerfrühstück und Informationsveranstaltung zur öffentlich geförderten "
                "Beschäftigung",
    "subline": "Informations- und Diskussionsveranstaltungen, Tage der offenen Tür und "
               "Ausstellungen",
    "date": "Donnerstag, 29. August 2019",
    "time": "9.30 bis 16.30 Uhr",
    "place": "Kommunale Arbeitsförderung Ortenaukreis, Badstraße 20, 77652 Offenburg",
    "quote": "„Nach zwei Jahren ohne Arbeit hat mir mein Fallmanager den Weg in eine Ausbildung "
             "als Pflegefachkraft geebnet – heute bilde ich selbst junge Menschen aus.“",
    "name": "Dr. Aleksandra Nowakowska-Schmidt, 42",
    "role": "Pflegefachkraft und Praxisanleiterin, vorher zwei Jahre arbeitsuchend",
    "figure": "1.500.000",
    "label": "Einwohnerinnen und Einwohner leben im Gebiet der 104 Kommunalen Jobcenter in "
             "Landkreisen und kreisfreien Städten.",
    "subject": "Einladung zum Unternehmerfrühstück und zur Informationsveranstaltung in der "
               "Aktionswoche der Kommunalen Jobcenter",
}
LONG_OFFICE = OfficeProfile(
    short_name="Kommunale Arbeitsförderung Ortenaukreis",
    name="Kommunale Arbeitsförderung Ortenaukreis",
    street="Badstraße 20", postal_code="77652", city="Offenburg",
    phone="01234 56789-1000", fax="01234 56789-1099",
    email="arbeitsfoerderung@ortenaukreis.example", web="www.koa-ortenaukreis.example",
    opening_hours="Mo–Mi 8–12 und 13.30–15.30 Uhr, Do 8–12 und 13.30–18 Uhr, Fr 8–12 Uhr",
    bank="Sparkasse Musterstadt", iban="DE00 1234 5678 9012 3456 78", bic="MUSTDEXXX",
)
# Fields that must never overflow with real-world content (the headline may shrink, these must
# fit: an office cannot shorten its name or its address).
MUST_FIT = {"office", "info_office", "sender", "date", "time", "name", "footer_address",
            "footer_web", "footer_bank", "info_contact", "info_address", "contact"}


@cache
def brand() -> Brand:
    return load_brand()


@cache
def photos(tmp: Path) -> dict[str, Path]:
    """A light (worst case for white text) and a dark test photo, made with Pillow."""
    out = {}
    for name, colour in (("light", (236, 236, 230)), ("dark", (25, 25, 25))):
        img = Image.new("RGB", (1600, 1600), colour)
        path = tmp / f"{name}.jpg"
        img.save(path, "JPEG", quality=85)
        out[name] = path
    return out


@pytest.fixture(scope="module")
def photo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("photos")


def content(t: Template, photo: Path | None = None, long: bool = False) -> Content:
    images = {f.id: ImageChoice(photo) for f in t.image_fields} if photo else {}
    if not long:
        return Content(texts=dict(t.sample), images=images)
    texts = {f.id: LONG_TEXTS[f.id] for f in t.text_fields if f.id in LONG_TEXTS and not f.bind}
    return Content(texts=texts, images=images)


def build(t: Template, c: Content, office: OfficeProfile | None = None) -> Composition:
    # Print pages: photos resampled at 20 px/mm would be slow and prove nothing here.
    density = 1.0 if t.page.unit == "px" else 2.0
    return compose(t, c, brand(), office or sample_office(), ComposeOptions(px_per_unit=density))


# ------------------------------------------------------------------------------ catalogue
def test_every_format_of_the_issue_is_in_the_library() -> None:
    assert set(EXPECTED_SIZES) <= set(IDS)


@pytest.mark.parametrize("tid", IDS)
def test_page_size_bleed_and_safe_area(tid: str) -> None:
    t = CATALOGUE.get(tid)
    if tid in EXPECTED_SIZES:
        assert (t.page.unit, t.page.width, t.page.height) == EXPECTED_SIZES[tid]
    assert t.page.safe is not None, "every template declares its safe area"
    if t.category == "print":
        assert t.page.bleed == BLEED.get(tid, 3)
        assert t.page.unit == "mm"
    if t.category == "social":
        assert t.page.unit == "px"


def test_every_family_shares_its_core_field_ids() -> None:
    """One content fills every format of a family: the ids all its formats have in common
    are the ones the social formats use."""
    families: dict[str, list[Template]] = {}
    for t in CATALOGUE.templates:
        families.setdefault(t.family, []).append(t)
    core = {
        "veranstaltung": {"kicker", "headline", "date", "time", "place", "office", "photo"},
        "erfolgsgeschichte": {"kicker", "quote", "name", "role", "office", "photo_portrait"},
        "kennzahl": {"kicker", "figure", "label", "source", "office"},
    }
    for family, ids in core.items():
        members = families[family]
        assert len(members) >= 5, family
        for t in members:
            assert ids <= set(t.field_ids()), (t.id, ids - set(t.field_ids()))
        social = [set(t.field_ids()) for t in members if t.category == "social"]
        assert all(s == social[0] for s in social), f"{family}: social formats differ"
        # the same id means the same thing: same label in every format
        for fid in ids:
            labels = {(t.text_field(fid) or t.image_field(fid)).label.de for t in members}  # type: ignore[union-attr]
            assert len(labels) == 1, (family, fid, labels)


# ------------------------------------------------------------------------------ brand colours
_COLOUR_ATTRS = ("fill", "stroke", "stop-color", "flood-color", "color")
_HEX = re.compile(r"#[0-9a-fA-F]{3,8}\b")


@pytest.mark.parametrize("tid", IDS)
def test_template_svg_uses_only_brand_colours(tid: str) -> None:
    t = CATALOGUE.get(tid)
    allowed = {c.hex.upper() for c in brand().colors.values()}
    tree = etree.parse(str(t.svg_path))
    used = set()
    for node in tree.iter():
        if not isinstance(node.tag, str):
            continue
        values = [node.get(a, "") for a in _COLOUR_ATTRS] + [node.get("style", "")]
        for value in values:
            if value.strip() and not _HEX.search(value) and value.strip() not in (
                    "none", "transparent") and not value.startswith("url(") and ":" not in value:
                pytest.fail(f"{tid}: colour „{value}“ is not a brand HEX value")
            used.update(h.upper() for h in _HEX.findall(value))
    assert used, "the template draws something"
    assert used <= allowed, f"{tid}: not in the palette: {sorted(used - allowed)}"
    for f in t.text_fields:
        assert f.color in brand().colors, (tid, f.id, f.color)


# ------------------------------------------------------------------------------ geometry
def _logo_rules(comp: Composition) -> None:
    t = comp.template
    assert comp.logos, f"{t.id}: no campaign logo"
    for placed in comp.logos:
        logo = brand().logo(placed.variant, placed.layout)
        minimum = logo.min_width_mm if t.page.unit == "mm" else logo.min_width_px
        assert placed.box.width >= minimum - 1e-6, (t.id, placed.box.width, minimum)
        clear = logo.clear_space * placed.box.height
        zone = Rect(placed.box.x - clear, placed.box.y - clear, placed.box.width + 2 * clear,
                    placed.box.height + 2 * clear)
        assert t.page.trim.contains(zone), f"{t.id}: the logo's clear space leaves the page"
        if t.page.safe is not None:
            assert t.page.safe.contains(placed.box), f"{t.id}: logo outside the safe area"
        for fid, lay in comp.text_layouts.items():
            ink = lay.ink_bounds
            ink_rect = Rect(ink.x, ink.y, ink.width, ink.height)
            assert not zone.intersects(ink_rect), f"{t.id}: text „{fid}“ in the logo's clear space"


def _text_rules(comp: Composition) -> None:
    t = comp.template
    inks = {fid: lay.ink_bounds for fid, lay in comp.text_layouts.items()}
    for a, ia in inks.items():         # flows move boxes: no two texts may ever overlap
        for b, ib in inks.items():
            if a < b and ia.width > 0 and ib.width > 0:
                assert (ia.right <= ib.x + TOL or ib.right <= ia.x + TOL
                        or ia.bottom <= ib.y + TOL or ib.bottom <= ia.y + TOL), \
                    f"{t.id}: „{a}“ and „{b}“ overlap"
    for fid, lay in comp.text_layouts.items():
        # The box the text was laid out in: the drawn one, or where a flow moved it.
        box, ink = lay.box, lay.ink_bounds
        # Glyphs such as „ and J have a negative side bearing: their ink may reach a few
        # hundredths of an em beyond the pen position, as in every typesetting system.
        side = TOL + 0.05 * lay.size
        where = (t.id, fid, ink, box)
        # An opening quotation mark hangs in the margin (optical alignment), at most its own
        # width (about half an em).
        hang = 0.5 * lay.size if any(line.text[:1] in "„“‚‘»«" for line in lay.lines) else 0
        assert ink.x >= box.x - side - hang, where
        assert ink.y >= box.y - TOL, where
        assert ink.right <= box.right + side, where
        assert ink.bottom <= box.bottom + TOL, where
        if t.category == "social" and t.page.safe is not None:
            safe = t.page.safe
            assert safe.contains(Rect(ink.x, ink.y, ink.width, ink.height), TOL), \
                f"{t.id}: „{fid}“ leaves the platform safe zone"
        if lay.overflow:
            assert any(n.code == "text.overflow" and n.field == fid for n in comp.notes), \
                f"{t.id}: „{fid}“ overflows silently"
        assert not lay.missing_chars, (t.id, fid, lay.missing_chars)


@pytest.mark.parametrize("tid", IDS)
def test_defaults_and_sample_fit_their_boxes(tid: str) -> None:
    t = CATALOGUE.get(tid)
    for c in (Content(), content(t)):
        comp = build(t, c)
        _text_rules(comp)
        _logo_rules(comp)
        assert not comp.overflowing(), f"{tid}: overflow with demo copy: {comp.overflowing()}"
        for f in t.text_fields:
            if f.balance and f.id in comp.text_layouts:
                lines = comp.text_layouts[f.id].lines
                if len(lines) > 1:
                    assert " " in lines[-1].text.strip() or len(lines[-1].text) > 8, \
                        f"{tid}: „{f.id}“ ends with a lone short word: {lines[-1].text!r}"


@pytest.mark.parametrize("tid", IDS)
def test_long_real_world_content_stays_inside_and_is_reported(tid: str) -> None:
    t = CATALOGUE.get(tid)
    comp = build(t, content(t, long=True), LONG_OFFICE)
    _text_rules(comp)
    _logo_rules(comp)
    overflowing = set(comp.overflowing())
    assert not overflowing & MUST_FIT, f"{tid}: office data cut off: {overflowing & MUST_FIT}"


# ------------------------------------------------------------------------------ rendering
@pytest.mark.parametrize("tid", SOCIAL)
def test_social_png_has_exact_pixel_size(tid: str, photo_dir: Path) -> None:
    t = CATALOGUE.get(tid)
    comp = build(t, content(t, photos(photo_dir)["light"]))
    img = Image.open(io.BytesIO(render_png(comp)))
    assert img.size == (int(t.page.width), int(t.page.height))


@pytest.mark.parametrize("tid", PRINT)
def test_print_pdf_page_is_the_trim_size(tid: str) -> None:
    t = CATALOGUE.get(tid)
    comp = build(t, Content())
    with pikepdf.open(io.BytesIO(render_pdf(comp))) as pdf:
        box = [float(v) for v in pdf.pages[0].MediaBox]
    pt = 72 / 25.4
    assert box[2] - box[0] == pytest.approx(t.page.width * pt, abs=0.5)
    assert box[3] - box[1] == pytest.approx(t.page.height * pt, abs=0.5)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
@pytest.mark.parametrize("tid", [*PRINT, "post-4x5-kennzahl"])
def test_every_text_is_real_text_in_the_pdf(tid: str, tmp_path: Path) -> None:
    # In PDFs the composer marks each text and render_pdf sets it in an embedded font: every
    # field's words must be found, and no glyph outlines or markers may be left.
    t = CATALOGUE.get(tid)
    density = 1.0 if t.page.unit == "px" else 2.0
    comp = compose(t, Content(), brand(), sample_office(),
                   ComposeOptions(px_per_unit=density, text="pdf"))
    path = tmp_path / "out.pdf"
    path.write_bytes(render_pdf(comp))
    found = " ".join(subprocess.run(["pdftotext", str(path), "-"], capture_output=True,
                                    text=True, check=True, timeout=60).stdout.split())
    for field, layout in comp.text_layouts.items():
        first_word = layout.lines[0].text.split()[0].rstrip("-")
        assert first_word in found, f"{field}: {first_word!r} missing"
    with pikepdf.open(path) as pdf:
        contents = pdf.pages[0].obj.Contents.read_bytes()
        assert re.search(rb"0\.996078 [\d.]+ [\d.]+ rg", contents) is None   # no marker left


def _luminance(rgb: tuple[float, ...]) -> float:
    def lin(c: float) -> float:
        c /= 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (lin(v) for v in rgb[:3])
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _contrast(a: float, b: float) -> float:
    hi, lo = max(a, b), min(a, b)
    return (hi + 0.05) / (lo + 0.05)


@pytest.mark.parametrize("tid", IDS)
@pytest.mark.parametrize("shade", ["light", "dark"])
def test_text_contrast_meets_wcag_aa_over_any_photo(tid: str, shade: str, photo_dir: Path) -> None:
    """Render the page without text over a very light and a very dark photo and measure the
    text colour against what lies under each text's ink (AA: 4.5, large text 3.0)."""
    t = CATALOGUE.get(tid)
    if shade == "dark" and not t.image_fields:
        return
    photo = photos(photo_dir)[shade]
    full = build(t, content(t, photo))
    empty = Content(texts={f.id: "" for f in t.text_fields}, images=content(t, photo).images)
    bg = build(t, empty)
    scale = 0.5 if t.page.unit == "px" else 4.0          # px per page unit
    w, h = round(t.page.width * scale), round(t.page.height * scale)
    img = Image.open(io.BytesIO(render_png(bg, size=(w, h)))).convert("RGB")
    for f in t.text_fields:
        lay = full.text_layouts.get(f.id)
        if lay is None:
            continue
        ink = lay.ink_bounds
        crop = img.crop((int(ink.x * scale), int(ink.y * scale),
                         max(int(ink.x * scale) + 1, round(ink.right * scale)),
                         max(int(ink.y * scale) + 1, round(ink.bottom * scale))))
        hex_ = brand().color(f.color).hex
        text_l = _luminance(tuple(int(hex_[i:i + 2], 16) for i in (1, 3, 5)))
        colours = crop.getcolors(crop.width * crop.height) or []
        worst = min(_contrast(text_l, _luminance(px)) for _, px in colours)
        size_px = lay.size * (96 / 25.4 if t.page.unit == "mm" else 1.0)
        bold = f.font in ("headline", "subline", "strong")
        large = size_px >= 24 or (bold and size_px >= 18.66)
        need = 3.0 if large else 4.5
        assert worst >= need - 0.05, f"{tid} ({shade} photo): „{f.id}“ contrast {worst:.2f} < {need}"
    for placed in full.logos:
        # The logo is a graphic: WCAG AA asks 3:1 against its surroundings (scrims on photos).
        # Measure the ring of clear space around it, where nothing but background may be.
        b = placed.box
        clear = brand().logo(placed.variant, placed.layout).clear_space * b.height
        ring = []
        for x0, y0, x1, y1 in ((b.x - clear, b.y - clear, b.right + clear, b.y),
                               (b.x - clear, b.bottom, b.right + clear, b.bottom + clear),
                               (b.x - clear, b.y, b.x, b.bottom), (b.right, b.y, b.right + clear, b.bottom)):
            strip = img.crop((round(x0 * scale), round(y0 * scale), round(x1 * scale),
                              round(y1 * scale)))
            ring += strip.getcolors(strip.width * strip.height) or []
        mean = sum(_luminance(px) * n for n, px in ring) / sum(n for n, _ in ring)
        logo_l = 1.0 if placed.variant == "white" else _luminance((0, 0x5A, 0x6E))
        assert _contrast(logo_l, mean) >= 3.0, f"{tid} ({shade} photo): logo on a weak background"
