"""Fold marks of a folded leaflet: short dashed lines in the registration colour above and
below the trim at every fold of each side, in the marks area — outside the BleedBox, never
on the artwork — and none without crop marks."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pikepdf
import pytest
from PIL import Image

from assetkit.cli.main import main
from assetkit.export.marks import FOLD_DASH, PT_PER_MM, PageGeometry, fold_marks

LEAFLET = "dinlang-wickelfalz-veranstaltung"


def _dashed_lines(page: pikepdf.Page) -> list[tuple[float, float, float, float]]:
    """Every line drawn while a dash pattern is set: (x0, y0, x1, y1) in page space."""
    lines, dashed, start = [], False, None
    for instruction in pikepdf.parse_content_stream(page):
        if isinstance(instruction, pikepdf.ContentStreamInlineImage):
            continue
        op, operands = str(instruction.operator), instruction.operands
        if op == "d":
            dashed = len(operands[0]) > 0
        elif op == "Q":
            dashed = False
        elif op == "m":
            start = (float(operands[0]), float(operands[1]))
        elif op == "l" and dashed and start is not None:
            lines.append((start[0], start[1], float(operands[0]), float(operands[1])))
    return lines


@pytest.fixture(scope="module")
def leaflet_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("fold") / "leaflet.pdf"
    assert main(["render", LEAFLET, "--preset", "druckerei", "--out", str(out)]) == 0
    return out


@pytest.mark.parametrize(("page_no", "folds_mm"), [(0, (97, 197)), (1, (100, 200))])
def test_fold_marks_stand_outside_the_bleed_at_each_fold(leaflet_pdf: Path, page_no: int,
                                                         folds_mm: tuple[int, int]) -> None:
    with pikepdf.open(leaflet_pdf) as pdf:
        page = pdf.pages[page_no]
        tx0, ty0, tx1, ty1 = (float(v) for v in page.TrimBox)
        bx0, by0, bx1, by1 = (float(v) for v in page.BleedBox)
        assert (tx1 - tx0) == pytest.approx(297 * PT_PER_MM, abs=0.05)
        lines = _dashed_lines(page)
        assert len(lines) == 2 * len(folds_mm), lines
        xs = sorted({round(x0 - tx0, 2) for x0, _, _, _ in lines})
        assert xs == pytest.approx([f * PT_PER_MM for f in folds_mm], abs=0.01)
        for x0, y0, x1, y1 in lines:
            assert x0 == x1, "fold marks are vertical"
            assert bx0 < x0 < bx1
            above = min(y0, y1) >= by1 - 1e-3
            below = max(y0, y1) <= by0 + 1e-3
            assert above or below, "a fold mark reaches into the bleed or the trim"
        # one above and one below at each fold
        for fold in folds_mm:
            at = [line for line in lines if abs(line[0] - tx0 - fold * PT_PER_MM) < 0.01]
            assert sorted(min(y0, y1) >= ty1 for _, y0, _, y1 in at) == [False, True]


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils not installed")
def test_the_rendered_fold_marks_are_ink_outside_the_bleed_and_paper_inside(
        leaflet_pdf: Path, tmp_path: Path) -> None:
    """Rendered at 150 dpi: pixels along the fold above the BleedBox are inked; the marks
    area off the folds and crop marks is paper."""
    png = tmp_path / "page"
    subprocess.run(["pdftoppm", "-r", "150", "-f", "1", "-l", "1", "-png", "-singlefile",
                    str(leaflet_pdf), str(png)], check=True, timeout=120)
    img = Image.open(f"{png}.png").convert("L")
    with pikepdf.open(leaflet_pdf) as pdf:
        page = pdf.pages[0]
        media_h = float(page.MediaBox[3])
        tx0 = float(page.TrimBox[0])
        by1 = float(page.BleedBox[3])
    scale = 150 / 72

    def px(x_pt: float, y_pt: float) -> int:
        return img.getpixel((round(x_pt * scale), round((media_h - y_pt) * scale)))  # type: ignore[return-value]

    mark_y = by1 + 4 * PT_PER_MM               # in the middle of the 5 mm mark, above the bleed
    darkest = min(px(tx0 + 97 * PT_PER_MM + dx, mark_y + dy)
                  for dx in (-0.3, 0, 0.3) for dy in (-2, -1, 0, 1, 2))
    assert darkest < 160, "no fold mark at 97 mm"
    assert px(tx0 + 50 * PT_PER_MM, mark_y) > 250, "the marks area off the folds is paper"


def test_no_fold_marks_without_crop_marks(tmp_path: Path) -> None:
    out = tmp_path / "ohne.pdf"
    assert main(["render", LEAFLET, "--preset", "druckerei-ohne-marken", "--out",
                 str(out)]) == 0
    with pikepdf.open(out) as pdf:
        assert all(_dashed_lines(page) == [] for page in pdf.pages)
    geometry = PageGeometry.for_mm(297, 210, 3, marks=False)
    assert fold_marks(geometry, (97 * PT_PER_MM,), 0.25, b"0 G") == b""


def test_fold_marks_use_the_crop_marks_offset_and_length() -> None:
    geometry = PageGeometry.for_mm(297, 210, 3, marks=True, offset_mm=3, length_mm=5)
    ops = fold_marks(geometry, (100 * PT_PER_MM,), 0.25, b"0 G")
    assert FOLD_DASH in ops
    m = geometry.margin
    top = m + 210 * PT_PER_MM
    x = m + 100 * PT_PER_MM
    assert f"{x:.3f} {top + 3 * PT_PER_MM:.3f} m {x:.3f} {top + 8 * PT_PER_MM:.3f} l S".encode() in ops
    assert f"{x:.3f} {m - 3 * PT_PER_MM:.3f} m {x:.3f} {m - 8 * PT_PER_MM:.3f} l S".encode() in ops
