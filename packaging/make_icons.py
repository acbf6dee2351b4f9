"""Derive the application icons from the campaign symbol (the square of the stacked logo).

Writes packaging/linux/assetkit.svg (desktop icon) and packaging/windows/assetkit.ico (16–256 px).
Run after the logo changes:  python packaging/make_icons.py
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lxml import etree  # noqa: E402

from assetkit.svgsafe import parse_svg  # noqa: E402

SVG_NS = "http://www.w3.org/2000/svg"


def icon_svg() -> bytes:
    logo = ROOT / "resources" / "logos" / "logo-stacked-color.svg"
    tree = parse_svg(logo.read_bytes(), logo.name)
    paths = {p.get("id"): p for p in tree.getroot().iter(f"{{{SVG_NS}}}path")}
    root = etree.Element(f"{{{SVG_NS}}}svg", nsmap={None: SVG_NS},
                         viewBox="70 0 100 100", width="256", height="256")
    for part in ("symbol", "sun"):
        root.append(paths[part])
    return etree.tostring(root, xml_declaration=False)


def main() -> None:
    from assetkit.render import cairoload

    cairoload.install()   # before cairosvg, like every assetkit process
    import cairosvg
    from PIL import Image

    svg = icon_svg()
    (ROOT / "packaging" / "linux" / "assetkit.svg").write_bytes(svg + b"\n")
    png = cairosvg.svg2png(bytestring=svg, output_width=256, output_height=256)
    image = Image.open(io.BytesIO(png))
    image.save(ROOT / "packaging" / "windows" / "assetkit.ico",
               sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)])


if __name__ == "__main__":
    main()
