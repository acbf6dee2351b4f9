"""Timing of the text engine on real campaign copy (run: python bench/bench_text.py).

Prints cold (empty caches) and warm timings for: 300 words with auto-fit, 10,000 characters
with auto-fit, a 200-letter word, a 10,000-letter word without spaces, the PDF layer and the
character budget the app computes on every keystroke.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FONTS = ROOT / "resources" / "fonts" / "inter"
TEXTS = ROOT.parent.parent / "shared" / "campaign-texts"


def _corpus() -> str:
    files = sorted(TEXTS.glob("*.txt")) if TEXTS.is_dir() else []
    text = " ".join(f.read_text(encoding="utf-8") for f in files)
    text = re.sub(r"\s+", " ", text).strip()
    return text or ("Die Kommunalen Jobcenter betreuen rund 1,5 Mio. Menschen. " * 200)


def _clear() -> None:
    from assetkit.text import fonts, hyphenation, shaping

    shaping._shape.cache_clear()
    hyphenation.hyphenation_points.cache_clear()
    fonts._load.cache_clear()


def _time(label: str, fn: Callable[[], object]) -> None:
    _clear()
    start = time.perf_counter()
    result = fn()
    cold = time.perf_counter() - start
    start = time.perf_counter()
    fn()
    warm = time.perf_counter() - start
    print(f"{label:<44} cold {cold * 1000:7.1f} ms   warm {warm * 1000:7.1f} ms   {result}")


def main() -> None:
    from assetkit.text import Box, FitSpec, TextStyle, layout_text, layout_to_svg
    from assetkit.text.pdf_layer import PdfText, set_text
    from assetkit.text.svg import marker_color, marker_to_svg

    corpus = _corpus()
    words300 = " ".join(corpus.split()[:300])
    chars10k = (corpus * (1 + 10_000 // max(1, len(corpus))))[:10_000]
    body = TextStyle(FONTS / "Inter-Regular.otf", 4)
    box = Box(15, 15, 180, 267)

    def fit(text: str, spec: FitSpec) -> Callable[[], str]:
        def run() -> str:
            layout = layout_text(text, body, box, spec)
            return (f"size {layout.size:.2f}, {len(layout.lines)} lines, "
                    f"overflow {layout.overflow}")
        return run

    _time("300 words, fit 2..12", fit(words300, FitSpec(2, 12)))
    _time("10,000 characters, fit 1..8", fit(chars10k, FitSpec(1, 8)))
    _time("10,000 characters, fit 3.5..8 (overflows)", fit(chars10k, FitSpec(3.5, 8)))
    _time("200-letter word, fit 2..40", fit("Arbeitsmarkt" * 16 + "politik", FitSpec(2, 40)))
    _time("10,000 letters without a space, fit 1..8", fit("x" * 10_000, FitSpec(1, 8)))

    def svg() -> str:
        return f"{len(layout_to_svg(layout_text(words300, body, box, FitSpec(2, 12)))):,} bytes"

    _time("300 words → SVG", svg)

    def pdf() -> str:
        from assetkit.render import cairoload

        cairoload.install()   # before cairosvg, like every assetkit process
        import io

        import cairosvg
        import pikepdf

        layout = layout_text(words300, body, box, FitSpec(2, 12))
        marker = marker_color(0)
        page = cairosvg.svg2pdf(bytestring=(
            '<svg xmlns="http://www.w3.org/2000/svg" width="210mm" height="297mm" '
            f'viewBox="0 0 210 297">{marker_to_svg(layout, marker)}</svg>').encode())
        with pikepdf.open(io.BytesIO(page)) as doc:
            set_text(doc, doc.pages[0], [PdfText("body", layout, "#000000", marker)])
            out = io.BytesIO()
            doc.save(out, compress_streams=True)
        return f"{len(out.getvalue()):,} bytes"

    _time("300 words → PDF with real text (embedded font subset)", pdf)

    # The app shows each field's character budget on every keystroke (target: well under 50 ms).
    from assetkit.brand import load_brand
    from assetkit.compose.budget import char_budget
    from assetkit.templates import load_catalogue

    post, brand = load_catalogue().get("post-4x5-veranstaltung"), load_brand()
    for label, text in (("short", "Jobmesse"),
                        ("long", "Unternehmerfrühstück mit Vorträgen zur Ausbildung " * 4)):
        _time(f"character budget of a headline ({label})",
              lambda text=text: char_budget(post, "headline", text, brand))


if __name__ == "__main__":
    main()
