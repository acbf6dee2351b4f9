"""QR codes: drawn as vector modules with a quiet zone from a field (the office's web address
by default), decoded back from the rendered poster with zbarimg, judged for size."""

from __future__ import annotations

import dataclasses
import shutil
import subprocess
from pathlib import Path

import pikepdf
import pytest

from assetkit.brand import load_brand
from assetkit.cli.main import main
from assetkit.compose import Content, compose
from assetkit.office import OfficeProfile
from assetkit.preflight.judge import check_content
from assetkit.templates import load_catalogue

needs_zbar = pytest.mark.skipif(shutil.which("zbarimg") is None,
                                reason="zbarimg (Debian zbar-tools) not installed")
POSTER = load_catalogue().get("plakat-a3-veranstaltung")
WEB = "www.kreis-vg.de/jobcenter-vorpommern-greifswald"


def _decoded(png: Path) -> str:
    out = subprocess.run(["zbarimg", "--quiet", "--raw", str(png)], capture_output=True,
                         text=True, timeout=60)
    return out.stdout.strip()


@needs_zbar
def test_the_posters_code_scans_to_the_offices_website(tmp_path: Path) -> None:
    office = tmp_path / "office.toml"
    office.write_text(f'[office]\nname = "Kommunales Jobcenter Vorpommern-Greifswald"\n'
                      f'web = "{WEB}"\n', encoding="utf-8")
    png = tmp_path / "plakat.png"
    assert main(["render", POSTER.id, "--office", str(office), "--dpi", "100",
                 "--out", str(png)]) == 0
    assert _decoded(png) == f"https://{WEB}"


@needs_zbar
def test_a_typed_link_wins_and_the_code_stays_vector_in_the_pdf(tmp_path: Path) -> None:
    link = "www.jobcenter-ortenau.de/jobmesse"
    pdf = tmp_path / "plakat.pdf"
    assert main(["render", POSTER.id, "--set", f"link={link}", "--preset", "druckerei",
                 "--out", str(pdf)]) == 0
    with pikepdf.open(pdf) as doc:
        images = [x for x in doc.pages[0].Resources.get("/XObject", {}).values()
                  if x.get("/Subtype") == "/Image"]
        assert images == []                       # modules are paths, no bitmap
    png = tmp_path / "plakat.png"
    subprocess.run(["pdftoppm", "-r", "100", "-png", "-singlefile", str(pdf),
                    str(tmp_path / "plakat")], check=True, timeout=120)
    assert _decoded(png) == f"https://{link}"


def test_an_empty_link_leaves_no_code_and_says_so() -> None:
    findings, comp = check_content(POSTER, Content(texts={"link": " "}), load_brand(),
                                   OfficeProfile())
    assert comp.qr_codes == ()
    assert {f.code: f.severity for f in findings}["qr.missing"] == "warning"


def test_a_code_too_small_to_scan_is_an_error() -> None:
    comp = compose(POSTER, Content(), load_brand())
    (qr,) = comp.qr_codes
    assert qr.box.width >= 15                     # the poster's code: big enough
    assert qr.modules + 8 == pytest.approx(73 / qr.module, rel=1e-6)   # quiet zone: 4 modules
    # The same code in a 16 mm slot (a business card's size): 12 mm without its quiet zone.
    small = dataclasses.replace(POSTER, qr_codes=(dataclasses.replace(
        POSTER.qr_codes[0], box=dataclasses.replace(POSTER.qr_codes[0].box, width=16,
                                                     height=16)),))
    findings, comp = check_content(small, Content(), load_brand())
    assert comp.qr_codes[0].box.width < 15
    too_small = [f for f in findings if f.code == "qr.too_small"]
    assert [f.severity for f in too_small] == ["error"]
    assert "mindestens 15 mm" in too_small[0].message_de


@needs_zbar
def test_in_the_accessible_pdf_the_code_is_a_figure_that_still_scans(tmp_path: Path) -> None:
    link = "www.kreis-vg.de/jobmesse"
    pdf = tmp_path / "plakat.pdf"
    assert main(["render", POSTER.id, "--set", f"link={link}", "--preset", "web-barrierefrei",
                 "--out", str(pdf)]) == 0
    with pikepdf.open(pdf) as doc:
        alts = []
        stack = [doc.Root.StructTreeRoot]
        while stack:
            node = stack.pop()
            if node.get("/S") == "/Figure":
                alts.append(str(node.get("/Alt", "")))
            kids = node.get("/K")
            if isinstance(kids, pikepdf.Array):
                stack += [k for k in kids if isinstance(k, pikepdf.Dictionary) and "/S" in k]
    assert f"QR-Code mit Link zu {link}" in alts
    subprocess.run(["pdftoppm", "-r", "100", "-png", "-singlefile", str(pdf),
                    str(tmp_path / "plakat")], check=True, timeout=120)
    assert _decoded(tmp_path / "plakat.png") == f"https://{link}"
