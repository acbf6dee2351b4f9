"""Issue 21's event formats beyond the single sheet: the A5 flyer and the A6 invitation card with
a back (programme, registration, directions, contact, QR code), the roll-up banner (key content
above the stand's foot, 5 mm bleed, photos judged at viewing distance) and the A1/A2 posters."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pikepdf
import pytest
from PIL import Image

from assetkit.brand import load_brand
from assetkit.cli.main import main
from assetkit.compose import Content, ImageChoice, compose
from assetkit.errors import ManifestError
from assetkit.office import load_office
from assetkit.preflight.judge import check_content
from assetkit.templates import Rect, load_catalogue
from assetkit.templates.loader import load_template

CATALOGUE = load_catalogue()
BRAND = load_brand()
REAL = Path(__file__).resolve().parents[2] / "data" / "real_content"
OFFICE = REAL / "vorpommern-greifswald.toml"      # the longest name and website
TWO_SIDED = ["flyer-a5-veranstaltung", "einladung-a6-veranstaltung"]
WITH_QR = [*TWO_SIDED, "plakat-a2-veranstaltung", "plakat-a1-veranstaltung",
           "rollup-veranstaltung"]
PT_PER_MM = 72 / 25.4

needs_zbar = pytest.mark.skipif(shutil.which("zbarimg") is None,
                                reason="zbarimg (Debian zbar-tools) not installed")
needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                   reason="poppler-utils not installed")


def _pdftotext(pdf: Path, page: int) -> str:
    return subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), str(pdf), "-"],
                          capture_output=True, text=True, check=True, timeout=60).stdout


# ------------------------------------------------------------------ A5 and A6, two-sided
@needs_poppler
@pytest.mark.parametrize("tid", TWO_SIDED)
def test_the_print_pdf_has_the_back_with_programme_registration_and_directions(
        tid: str, tmp_path: Path) -> None:
    pdf = tmp_path / f"{tid}.pdf"
    assert main(["render", tid, "--office", str(OFFICE), "--preset", "druckerei",
                 "--set", "programme=9:00 Uhr Begrüßung\n9:30 Uhr Jobbörse",
                 "--set", "directions=Bus 4 bis Markt, Parkplatz am Kreishaus",
                 "--out", str(pdf)]) == 0
    with pikepdf.open(pdf) as doc:
        assert len(doc.pages) == 2
    front, back = (" ".join(_pdftotext(pdf, n).split()) for n in (1, 2))
    for text in ("Programm", "9:00 Uhr Begrüßung", "9:30 Uhr Jobbörse", "Anmeldung", "Anfahrt",
                 "Bus 4 bis Markt", "Telefon 03834 8760-3100", "17389 Anklam"):
        assert text in back
    assert "Programm" not in front
    # One content: the headline is on both sides.
    assert "Tag der offenen Tür" in front
    assert "Tag der offenen Tür" in back


@pytest.mark.parametrize("tid", TWO_SIDED)
def test_the_back_keeps_the_fronts_field_ids_and_binds_the_contact(tid: str) -> None:
    template = CATALOGUE.get(tid)
    (back,) = template.sides
    assert {"kicker", "headline", "office"} <= set(back.field_ids())
    contact = [f for f in back.text_fields if f.id in ("address", "phone", "email", "link")]
    assert {f.size_group for f in contact} == {"contact"}
    assert all(f.bind for f in contact)
    assert [q.field for q in back.qr_codes] == ["link"]
    assert back.text_field("link").bind == "office.web"  # type: ignore[union-attr]


# ------------------------------------------------------------------ QR codes
@needs_zbar
@pytest.mark.parametrize("tid", WITH_QR)
def test_the_code_scans_to_the_offices_website(tid: str, tmp_path: Path) -> None:
    png = tmp_path / f"{tid}.png"
    dpi = {"rollup-veranstaltung": "36", "plakat-a1-veranstaltung": "40"}.get(tid, "100")
    assert main(["render", tid, "--office", str(OFFICE), "--dpi", dpi, "--out", str(png)]) == 0
    out = subprocess.run(["zbarimg", "--quiet", "--raw", str(png)], capture_output=True,
                         text=True, timeout=60)
    assert out.stdout.strip() == f"https://{load_office(OFFICE).web}"


@pytest.mark.parametrize("tid", WITH_QR)
def test_the_code_is_at_least_15_mm_with_the_longest_website(tid: str) -> None:
    findings, _ = check_content(CATALOGUE.get(tid), Content(), BRAND, load_office(OFFICE))
    assert [f for f in findings if f.code.startswith("qr.")] == []


# ------------------------------------------------------------------ roll-up
ROLLUP = CATALOGUE.get("rollup-veranstaltung")


def test_the_rollups_key_content_is_above_800_mm_with_long_content() -> None:
    """The stand's foot and the people in front hide the lower part: logo, office, headline
    and date stay more than 800 mm above the floor, also with an 89-character headline."""
    office = load_office(OFFICE)
    content = Content(texts={
        "headline": "Unternehmerfrühstück und Informationsveranstaltung zur öffentlich "
                    "geförderten Beschäftigung",
        "date": "Donnerstag, 27. August 2026", "kicker": "Aktionswoche der Kommunalen Jobcenter"})
    comp = compose(ROLLUP, content, BRAND, office)
    line = ROLLUP.page.height - 800
    for fid in ("kicker", "headline", "date", "time", "office"):
        layout = comp.text_layouts[fid]
        assert not layout.overflow, fid
        assert layout.ink_bounds.bottom < line, fid
    assert comp.logos
    assert all(logo.box.bottom < line for logo in comp.logos)


def test_the_druckerei_preset_gives_the_rollup_its_5_mm_bleed(tmp_path: Path) -> None:
    pdf = tmp_path / "rollup.pdf"
    assert main(["render", ROLLUP.id, "--preset", "druckerei", "--out", str(pdf)]) == 0
    with pikepdf.open(pdf) as doc:
        page = doc.pages[0]
        trim = [float(v) for v in page.obj.TrimBox]
        bleed = [float(v) for v in page.obj.BleedBox]
    assert trim[2] - trim[0] == pytest.approx(850 * PT_PER_MM, abs=0.1)      # 1:1
    assert trim[3] - trim[1] == pytest.approx(2000 * PT_PER_MM, abs=0.1)
    assert trim[0] - bleed[0] == pytest.approx(5 * PT_PER_MM, abs=0.1)
    assert bleed[2] - trim[2] == pytest.approx(5 * PT_PER_MM, abs=0.1)


def test_a_preset_without_bleed_stays_without_and_small_formats_keep_3_mm() -> None:
    from assetkit.export.presets import format_bleed

    assert format_bleed(3, 5) == 5          # the roll-up with the Druckerei preset
    assert format_bleed(0, 5) == 0          # the office printer: no bleed
    assert format_bleed(3, 3) == 3          # every other print template
    assert format_bleed(2, 3) == 2          # a shop's own 2 mm preset stays 2 mm


# ------------------------------------------------------------------ photo resolution
def _photo(tmp_path: Path, width: int, height: int) -> Path:
    path = tmp_path / f"foto-{width}.jpg"
    Image.new("RGB", (width, height), (120, 140, 150)).save(path, quality=60)
    return path


def _ppi_findings(tid: str, photo: Path) -> tuple[float, list[str]]:
    template = CATALOGUE.get(tid)
    content = Content(images={"photo": ImageChoice(photo)})
    findings, comp = check_content(template, content, BRAND, preset="druckerei")
    ppi = comp.images["photo"].effective_ppi
    assert ppi is not None
    return ppi, [f.code for f in findings if f.code.startswith("image.")]


def test_a_120_ppi_photo_is_sharp_on_the_rollup_but_an_error_on_the_a4_flyer(
        tmp_path: Path) -> None:
    flyer = CATALOGUE.get("flyer-a4-veranstaltung")
    for template, codes in ((ROLLUP, []), (flyer, ["image.low_resolution"])):
        box = template.image_field("photo").box  # type: ignore[union-attr]
        # 120 ppi across the box (plus the bleed the photo runs into), the box's proportions
        width = round((box.width + 10) / 25.4 * 120)
        photo = _photo(tmp_path, width, round(width * box.height / box.width))
        ppi, found = _ppi_findings(template.id, photo)
        assert 105 < ppi < 135, (template.id, ppi)
        assert found == codes, template.id


def test_below_min_ppi_the_rollup_refuses_too(tmp_path: Path) -> None:
    ppi, found = _ppi_findings(ROLLUP.id, _photo(tmp_path, 2400, 1600))
    assert ppi < 100
    assert found == ["image.low_resolution"]


def _with_page_key(tmp_path: Path, template_id: str, line: str) -> Path:
    """A copy of ``template_id``'s folder whose manifest has ``line`` in its [page] table."""
    folder = tmp_path / "probe"
    shutil.rmtree(folder, ignore_errors=True)
    shutil.copytree(CATALOGUE.get(template_id).folder, folder)
    manifest = folder / "template.toml"
    manifest.write_text(manifest.read_text("utf-8").replace("[page]", f"[page]\n{line}"),
                        "utf-8")
    return folder


def test_min_ppi_is_a_print_key_in_a_sensible_range(tmp_path: Path) -> None:
    with pytest.raises(ManifestError, match="min_ppi"):
        load_template(_with_page_key(tmp_path, "plakat-a3-veranstaltung", "min_ppi = 20"))
    folder = _with_page_key(tmp_path, "plakat-a3-veranstaltung", "min_ppi = 120")
    assert load_template(folder).page.min_ppi == 120


@pytest.mark.parametrize(("value", "problem"), [
    ("-10", "nicht negativ"), ("210", "unter der halben Seitenhöhe"),
    ('"10 cm"', "muss eine Zahl sein"), ("true", "muss eine Zahl sein")])
def test_hidden_bottom_is_a_height_in_mm_below_half_the_page(tmp_path: Path, value: str,
                                                             problem: str) -> None:
    a3 = "plakat-a3-veranstaltung"                                        # 297 × 420 mm
    with pytest.raises(ManifestError, match=problem) as caught:
        load_template(_with_page_key(tmp_path, a3, f"hidden_bottom = {value}"))
    assert caught.value.key == "page.hidden_bottom"
    page = load_template(_with_page_key(tmp_path, a3, "hidden_bottom = 80")).page
    assert page.hidden_bottom == 80
    assert page.hidden_zone == Rect(0, 340, 297, 80)
    assert CATALOGUE.get(a3).page.hidden_zone is None


def test_hidden_bottom_is_refused_on_a_screen_page(tmp_path: Path) -> None:
    folder = _with_page_key(tmp_path, "post-1x1-veranstaltung", "hidden_bottom = 100")
    with pytest.raises(ManifestError, match="nur für Druckvorlagen in mm"):
        load_template(folder)


def test_the_rollups_cassette_is_hidden_and_its_slots_stay_clear() -> None:
    """The stand's foot hides the bottom 100 mm; every text, QR and logo slot ends 150 mm above
    the bottom trim, so stands that hide more still show everything."""
    zone = ROLLUP.page.hidden_zone
    assert zone == Rect(0, 1900, 850, 100)
    slots = [f.box for f in ROLLUP.text_fields] + [q.box for q in ROLLUP.qr_codes] \
        + [logo.box for logo in ROLLUP.logos]
    assert max(box.bottom for box in slots) <= ROLLUP.page.height - 150

# ------------------------------------------------------------------ posters
def test_the_posters_are_designed_for_their_distance_not_scaled() -> None:
    """Headline and date grow faster than the sheet; body copy, read close up, slower."""
    a3, a2, a1 = (CATALOGUE.get(f"plakat-{f}-veranstaltung") for f in ("a3", "a2", "a1"))
    for small, large in ((a3, a2), (a2, a1)):
        scale = large.page.width / small.page.width
        for fid, faster in (("date", True), ("body", False)):
            s, big = small.text_field(fid), large.text_field(fid)
            assert s is not None
            assert big is not None
            ratio = big.size_max / s.size_max
            assert (ratio > scale) if faster else (ratio < scale), (large.id, fid, ratio)
