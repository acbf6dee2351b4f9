"""LibreOffice Impress opens the .potx and prints every layout (one example slide each): the
page is 16:9, the theme colours fill backgrounds, bands and accents, the campaign logo is on
every slide (colour on white, white on the dark layouts) and the office's name and contact are
real text. Skipped where LibreOffice Impress is missing (Debian: libreoffice-impress-nogui).
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image

from assetkit.brand import load_brand
from assetkit.office import sample_office
from assetkit.slides import build_pptx_template
from assetkit.slides.template import LOGO_W, MARGIN, SLIDE_W

SOFFICE = shutil.which("soffice")
IMPRESS = Path("/usr/lib/libreoffice/program/libsdlo.so")
pytestmark = pytest.mark.skipif(
    SOFFICE is None or shutil.which("pdftoppm") is None or shutil.which("pdftotext") is None
    or (Path("/usr/lib/libreoffice").exists() and not IMPRESS.exists()),
    reason="LibreOffice Impress (soffice) oder poppler fehlt")
DPI = 40
PX_PER_MM = DPI / 25.4
CORNER_LOGO = (SLIDE_W - MARGIN - LOGO_W, 12.0, LOGO_W, 17.0)
# slide → (background, footer band, logo box mm, logo colour)
EXPECT = {
    1: ("petrol", "nachtblau", (MARGIN, 18.0, 70.0, 21.0), "weiss"),
    2: ("weiss", "petrol", CORNER_LOGO, "petrol"),
    3: ("weiss", "petrol", CORNER_LOGO, "petrol"),
    4: ("petrol", "nachtblau", CORNER_LOGO, "weiss"),
    5: ("nachtblau", "petrol", CORNER_LOGO, "weiss"),
    6: ("petrol", None, (MARGIN, 146.0, 60.0, 18.0), "weiss"),
}


@pytest.fixture(scope="module")
def printed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("impress")
    potx = folder / "vorlage.potx"
    potx.write_bytes(build_pptx_template(sample_office()).data)
    profile = folder / "lo-profile"
    subprocess.run([str(SOFFICE), f"-env:UserInstallation={profile.as_uri()}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(folder), str(potx)],
                   check=True, capture_output=True, timeout=180)
    pdf = folder / "vorlage.pdf"
    assert pdf.is_file()
    subprocess.run(["pdftoppm", "-r", str(DPI), "-png", str(pdf), str(folder / "s")], check=True)
    return pdf


def _page(pdf: Path, n: int) -> Image.Image:
    return Image.open(pdf.parent / f"s-{n}.png").convert("RGB")


def _rgb(name: str) -> tuple[int, int, int]:
    return load_brand().color(name).rgb


def _near(a: tuple[int, ...], b: tuple[int, ...], tol: int = 6) -> bool:
    return all(abs(x - y) <= tol for x, y in zip(a, b, strict=True))


def _at(im: Image.Image, x_mm: float, y_mm: float) -> tuple[int, int, int]:
    return im.getpixel((round(x_mm * PX_PER_MM), round(y_mm * PX_PER_MM)))  # type: ignore[return-value]


def _share(im: Image.Image, box: tuple[float, float, float, float], colour: str) -> float:
    x, y, w, h = (round(v * PX_PER_MM) for v in box)
    crop = im.crop((x, y, x + w, y + h))
    raw = crop.tobytes()
    pixels = [tuple(raw[i:i + 3]) for i in range(0, len(raw), 3)]
    return sum(_near(p, _rgb(colour), 12) for p in pixels) / len(pixels)


def test_sixteen_by_nine_one_page_per_layout(printed: Path) -> None:
    info = subprocess.run(["pdfinfo", str(printed)], check=True, capture_output=True,
                          text=True).stdout
    assert "Pages:           6" in info
    size = next(line for line in info.splitlines() if line.startswith("Page size"))
    w, h = (float(v) for v in size.split(":")[1].split("pts")[0].split(" x "))
    assert abs(w / h - 16 / 9) < 0.001


@pytest.mark.parametrize("n", sorted(EXPECT))
def test_theme_colours_and_logo_on_every_layout(printed: Path, n: int) -> None:
    im = _page(printed, n)
    bg, band, logo_box, logo_colour = EXPECT[n]
    assert _near(_at(im, 150, 165 if n != 6 else 176), _rgb(bg)), (n, "background")
    if band:
        assert _near(_at(im, 120, 187), _rgb(band)), (n, "footer band")
    assert _share(im, logo_box, logo_colour) > 0.08, (n, "logo")
    if n in (2, 3):                     # the master's sun-yellow accent under the title
        assert _near(_at(im, MARGIN + 9, 39.8), _rgb("sonnengelb"), 12)
    if n == 4:                          # the key figure in sun yellow
        assert _share(im, (MARGIN, 40.0, 150.0, 50.0), "sonnengelb") > 0.15
    if n == 6:                          # the contact panel in sand
        assert _near(_at(im, 205, 24), _rgb("sand"))


def test_office_and_contact_are_real_text(printed: Path) -> None:
    office = sample_office()
    for n in range(1, 7):
        text = subprocess.run(["pdftotext", "-f", str(n), "-l", str(n), str(printed), "-"],
                              check=True, capture_output=True, text=True).stdout
        flat = " ".join(text.split())
        if n < 6:
            assert office.display_name in flat, n
        else:
            for value in (office.phone, office.email, office.web, "Vielen Dank!"):
                assert value in flat
