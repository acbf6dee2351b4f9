"""An event's place comes from the office profile while nobody typed one — on every surface.

The app did this before the composer did; ``render``, ``check`` and ``batch`` showed the template's
sample place („Jobcenter Musterstadt, Am Marktplatz 1“) instead, which looks like a real address.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from assetkit.brand import load_brand
from assetkit.cli.main import main
from assetkit.compose import Content, compose
from assetkit.office import OfficeProfile
from assetkit.office.profile import dumps_office
from assetkit.preflight.judge import check_content
from assetkit.templates import load_catalogue

FLYER = load_catalogue().get("flyer-a4-veranstaltung")
LIPPE = OfficeProfile(short_name="Jobcenter Lippe", name="Jobcenter Lippe",
                      street="Wittekindstraße 2", postal_code="32758", city="Detmold")
PLACE = "Jobcenter Lippe, Wittekindstraße 2, 32758 Detmold"


def test_the_place_is_the_offices_address_until_one_is_typed() -> None:
    brand = load_brand()
    assert compose(FLYER, Content(), brand, LIPPE).texts["place"] == PLACE
    typed = Content(texts={"place": "Stadthalle Detmold"})
    assert compose(FLYER, typed, brand, LIPPE).texts["place"] == "Stadthalle Detmold"
    # Without an office, or one without an address, the sample stays (and check says so).
    sample = FLYER.text_field("place").default
    assert compose(FLYER, Content(), brand).texts["place"] == sample
    nameless = OfficeProfile(name="Jobcenter Lippe")
    findings, comp = check_content(FLYER, Content(), brand, nameless)
    assert comp.texts["place"] == sample
    assert any(f.code == "content.sample" and f.field == "place" for f in findings)


def test_render_prints_the_offices_place(tmp_path: Path) -> None:
    office = tmp_path / "lippe.toml"
    office.write_text(dumps_office(LIPPE), encoding="utf-8")
    pdf = tmp_path / "flyer.pdf"
    assert main(["render", FLYER.id, "--office", str(office), "--out", str(pdf)]) == 0
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True, timeout=60).stdout
    assert "Wittekindstraße 2, 32758 Detmold" in " ".join(text.split())
    assert "Musterstadt" not in text
