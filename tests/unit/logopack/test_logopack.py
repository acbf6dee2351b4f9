"""The logo package as a web team, a print shop and an office would use it: every listed file
is in the ZIP at its stated pixel size and colour space, PNGs are transparent with their clear
space, print PDFs are pure CMYK with the palette's values, the favicons have their sizes, the
guidelines page carries the brand's numbers as text, and an office logo adds a lock-up."""

from __future__ import annotations

import io
import re
import subprocess
import zipfile
from decimal import Decimal
from pathlib import Path

import pikepdf
import pytest
from PIL import Image

from assetkit.brand import load_brand
from assetkit.cli.main import main
from assetkit.export.pdfcolor import device_rgb_left
from assetkit.logopack import LogoPackage, LogoPackError, build_logo_package
from assetkit.logopack.package import LAYOUTS, PNG_1X_LOGO_WIDTH, VARIANTS
from assetkit.office import OfficeProfile, sample_office
from assetkit.office.profile import dumps_office
from assetkit.svgsafe import parse_svg

BRAND = load_brand()
OFFICE_SVG = (b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 80 100">'
              b'<rect width="80" height="100" fill="#8CCBCB"/></svg>')


@pytest.fixture(scope="module")
def package() -> LogoPackage:
    return build_logo_package(BRAND)


def _read(package: LogoPackage) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(package.data)) as z:
        assert z.testzip() is None
        return {n.removeprefix("logos/"): z.read(n) for n in z.namelist()}


def test_every_variant_in_every_format(package: LogoPackage) -> None:
    files = _read(package)
    assert {f.name for f in package.files} == set(files)
    for layout in LAYOUTS.values():
        for variant in VARIANTS.values():
            stem = f"logo-{layout}-{variant}"
            for name in (f"web-svg/{stem}.svg", f"buero-pdf-rgb/{stem}-rgb.pdf",
                         f"druck-pdf-cmyk/{stem}-cmyk.pdf",
                         *(f"web-png/{stem}@{k}x.png" for k in (1, 2, 3))):
                assert name in files, name
    for name in ("favicon/favicon.ico", "favicon/apple-touch-icon.png", "favicon/favicon.svg",
                 "Logo-Richtlinien.pdf", "LIESMICH.txt"):
        assert name in files
    assert len(files) == 6 * 6 + 3 + 2
    readme = files["LIESMICH.txt"].decode("utf-8")
    assert "web-png/logo-horizontal-farbig@2x.png 694×280 px RGBA" in readme


def test_pngs_at_stated_size_transparent_with_clear_space(package: LogoPackage) -> None:
    files = _read(package)
    for f in package.files:
        if f.kind != "png" or not f.name.startswith("web-png/"):
            continue
        im = Image.open(io.BytesIO(files[f.name]))
        assert im.size == f.size, f.name
        assert im.mode == "RGBA"
        layout = "horizontal" if "-horizontal-" in f.name else "stacked"
        k = int(f.name[-6])
        logo = BRAND.logo("color", layout)
        clear_px = logo.clear_space * logo.height * PNG_1X_LOGO_WIDTH[layout] / logo.width * k
        bbox = im.getchannel("A").getbbox()
        assert bbox is not None
        assert min(bbox[0], bbox[1], im.width - bbox[2], im.height - bbox[3]) >= clear_px - 1.5
        assert im.getpixel((0, 0))[3] == 0
        one = Image.open(io.BytesIO(files[f.name.replace(f"@{k}x", "@1x")])).size
        assert im.size == (one[0] * k, one[1] * k)


def _ops(pdf: pikepdf.Pdf) -> list[tuple[str, list[float]]]:
    found = []
    for operands, op in pikepdf.parse_content_stream(pdf.pages[0]):
        found.append((str(op), [float(v) for v in operands if isinstance(v, (int, float, Decimal))]))
    return found


def test_print_pdfs_are_cmyk_with_the_palette_values(package: LogoPackage) -> None:
    files = _read(package)
    for f in package.files:
        if f.kind != "pdf" or f.name == "Logo-Richtlinien.pdf":
            continue
        with pikepdf.open(io.BytesIO(files[f.name])) as pdf:
            ops = {op for op, _ in _ops(pdf)}
            if f.color == "CMYK":
                assert device_rgb_left(pdf) == [], f.name
                assert ops & {"k", "K"}, f.name
                assert not ops & {"rg", "RG"}, f.name
            else:
                assert ops & {"rg", "RG"}, f.name
            box = [float(v) for v in pdf.pages[0].mediabox]
            width_mm = (box[2] - box[0]) * 25.4 / 72
            assert width_mm > 40
    with pikepdf.open(io.BytesIO(files["druck-pdf-cmyk/logo-horizontal-farbig-cmyk.pdf"])) as pdf:
        colours = {tuple(round(v, 3) for v in args) for op, args in _ops(pdf) if op == "k"}
    assert (1.0, 0.2, 0.1, 0.5) in colours            # petrol as brand.toml defines it
    assert (0.0, 0.3, 1.0, 0.0) in colours            # sonnengelb


def test_favicons(package: LogoPackage) -> None:
    files = _read(package)
    ico = Image.open(io.BytesIO(files["favicon/favicon.ico"]))
    assert ico.info["sizes"] == {(16, 16), (32, 32), (48, 48)}
    touch = Image.open(io.BytesIO(files["favicon/apple-touch-icon.png"]))
    assert touch.size == (180, 180)
    assert touch.mode == "RGB"                         # iOS shows transparency as black
    parse_svg(files["favicon/favicon.svg"], "favicon.svg")


def test_guidelines_page_from_brand_toml(package: LogoPackage, tmp_path: Path) -> None:
    pdf_path = tmp_path / "r.pdf"
    pdf_path.write_bytes(_read(package)["Logo-Richtlinien.pdf"])
    with pikepdf.open(pdf_path) as pdf:
        assert len(pdf.pages) == 1
        box = [float(v) for v in pdf.pages[0].mediabox]
        assert abs(box[2] - 595.28) < 0.5
        assert abs(box[3] - 841.89) < 0.5
    text = subprocess.run(["pdftotext", str(pdf_path), "-"], capture_output=True, text=True,
                          check=True).stdout
    flat = " ".join(text.split())
    for colour in BRAND.colors.values():
        r, g, b = colour.rgb
        assert f"HEX {colour.hex}" in flat
        assert f"RGB {r} {g} {b}" in flat
        assert "CMYK " + " ".join(f"{v:g}" for v in colour.cmyk) in flat
    for phrase in ("Schutzzone", "0,25 × Logohöhe", "35 mm", "180 px", "22 mm", "120 px",
                   "Nicht verzerren", "Nicht drehen"):
        assert phrase in flat, phrase


def test_office_logo_adds_a_cobranded_lockup(tmp_path: Path) -> None:
    svg = tmp_path / "wappen.svg"
    svg.write_bytes(OFFICE_SVG)
    office = OfficeProfile(name="Jobcenter Musterkreis", logo=svg)
    package = build_logo_package(BRAND, office)
    files = _read(package)
    co = sorted(n for n in files if n.startswith("co-branding/"))
    assert co == sorted(["co-branding/logo-co-branding-farbig.svg",
                         "co-branding/logo-co-branding-farbig-rgb.pdf",
                         "co-branding/logo-co-branding-farbig-cmyk.pdf",
                         *(f"co-branding/logo-co-branding-farbig@{k}x.png" for k in (1, 2, 3))])
    im = Image.open(io.BytesIO(files["co-branding/logo-co-branding-farbig@1x.png"]))
    mint = BRAND.color("mint").rgb
    assert any(im.getpixel((x, im.height // 2))[:3] == mint for x in range(im.width // 2, im.width))
    png = tmp_path / "wappen.png"
    Image.new("RGB", (40, 50), BRAND.color("mint").rgb).save(png)
    assert "co-branding/logo-co-branding-farbig.svg" in _read(
        build_logo_package(BRAND, OfficeProfile(name="X", logo=png)))
    broken = tmp_path / "kaputt.png"
    broken.write_bytes(b"\x89PNG kaputt")
    with pytest.raises(LogoPackError, match="Dienststelle"):
        build_logo_package(BRAND, OfficeProfile(name="X", logo=broken))


def test_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    profile = tmp_path / "dienststelle.toml"
    profile.write_text(dumps_office(sample_office()), "utf-8")
    out = tmp_path / "logos.zip"
    assert main(["logo-package", "--office", str(profile), "--out", str(out)]) == 0
    assert re.search(r"41 Dateien", capsys.readouterr().out)
    assert main(["logo-package", "--out", str(tmp_path / "logos.tar")]) == 2
    (tmp_path / "wappen.png").write_bytes(b"kein Bild")
    profile.write_text(dumps_office(sample_office()) + 'logo = "wappen.png"\n', "utf-8")
    assert main(["logo-package", "--office", str(profile), "--out", str(tmp_path / "b.zip")]) == 2
    err = capsys.readouterr().err
    assert err.count("Fehler: ") == 2
    assert "Traceback" not in err
    assert not (tmp_path / "b.zip").exists()
