"""Measuring rendered pixels: WCAG contrast, what lies behind text and logos, bleed strips.

The composition's SVG is rendered again without its text and logos ("background") so the
colours behind every glyph and logo are known exactly, not guessed around the ink.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Sequence
from functools import lru_cache

from lxml import etree
from PIL import Image

from assetkit.compose.model import Composition
from assetkit.render import render_svg_image
from assetkit.svgsafe import SVG_NS

RGB = tuple[int, int, int]


def _linear(c: int) -> float:
    v = c / 255
    return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4


_LIN = [_linear(i) for i in range(256)]


def luminance(rgb: Sequence[int]) -> float:
    """WCAG 2.x relative luminance of an sRGB colour."""
    return 0.2126 * _LIN[rgb[0]] + 0.7152 * _LIN[rgb[1]] + 0.0722 * _LIN[rgb[2]]


def contrast(a: Sequence[int], b: Sequence[int]) -> float:
    """WCAG contrast ratio of two colours (pixels: tuples, so the answer can be cached)."""
    if isinstance(a, tuple) and isinstance(b, tuple):
        return _contrast(a[:3], b[:3])
    return _contrast(tuple(a[:3]), tuple(b[:3]))


@lru_cache(maxsize=1 << 16)
def _contrast(a: tuple[int, ...], b: tuple[int, ...]) -> float:
    # Flat designs repeat a few colour pairs thousands of times per check.
    la, lb = luminance(a), luminance(b)
    hi, lo = (la, lb) if la > lb else (lb, la)
    return (hi + 0.05) / (lo + 0.05)


def hex_rgb(value: str) -> RGB:
    h = value.lstrip("#")
    if len(h) == 3:
        h = "".join(c * 2 for c in h)
    return int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16)


def flatten(image: Image.Image) -> Image.Image:
    """RGBA over white paper → RGB (what is printed or shown)."""
    if image.mode == "RGB":
        return image
    rgba = image.convert("RGBA")
    out = Image.new("RGB", rgba.size, (255, 255, 255))
    out.paste(rgba, mask=rgba.getchannel("A"))
    return out


def pixels_of(image: Image.Image) -> list:  # type: ignore[type-arg]
    """All pixel values, row by row (Pillow 12 renamed getdata)."""
    get = getattr(image, "get_flattened_data", None) or image.getdata
    return list(get())


def percentile(values: Sequence[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return 0.0
    return ordered[min(len(ordered) - 1, max(0, int(q * (len(ordered) - 1))))]


class Raster:
    """Maps page-unit boxes to pixels of a rendering of the composition's view."""

    def __init__(self, composition: Composition, image: Image.Image) -> None:
        self.view = composition.view
        self.image = image
        self.sx = image.width / self.view.width
        self.sy = image.height / self.view.height

    def pixel_box(self, x: float, y: float, w: float, h: float) -> tuple[int, int, int, int] | None:
        left = max(0, int((x - self.view.x) * self.sx))
        top = max(0, int((y - self.view.y) * self.sy))
        right = min(self.image.width, int(round((x + w - self.view.x) * self.sx + 0.5)))
        bottom = min(self.image.height, int(round((y + h - self.view.y) * self.sy + 0.5)))
        if right <= left or bottom <= top:
            return None
        return left, top, right, bottom

    def sample(self, x: float, y: float, w: float, h: float, limit: int = 96) -> list[RGB]:
        """Colours in a page-unit box, reduced to at most ``limit``×``limit`` samples."""
        box = self.pixel_box(x, y, w, h)
        if box is None:
            return []
        region = self.image.crop(box)
        if region.width > limit or region.height > limit:
            region = region.resize((min(limit, region.width), min(limit, region.height)),
                                   Image.Resampling.NEAREST)
        return pixels_of(region)


def background_svg(composition: Composition) -> bytes:
    """The composition's SVG without its text and campaign logos."""
    root = etree.fromstring(composition.svg)
    logo_ids = {logo.element for logo in composition.logos}
    for node in list(root.iter()):
        if node is root or not isinstance(node.tag, str):
            continue
        # compose marks every text element (outline group or PDF text marker) with data-field
        # and gives each logo its slot's id
        if node.get("data-field") is not None or (
                node.tag in (f"{{{SVG_NS}}}g", f"{{{SVG_NS}}}svg")
                and node.get("id") in logo_ids):
            parent = node.getparent()
            if parent is not None:
                parent.remove(node)
    return etree.tostring(root)


def element_svg(composition: Composition, element_id: str, box: tuple[float, float, float, float],
                ) -> bytes | None:
    """An SVG showing only the element ``element_id`` (a logo) with ``box`` as its view."""
    root = etree.fromstring(composition.svg)
    node = next((n for n in root.iter() if n.get("id") == element_id), None)
    if node is None:
        return None
    out = copy.copy(root)
    for child in list(out):
        out.remove(child)
    out.append(copy.deepcopy(node))
    x, y, w, h = box
    out.set("viewBox", f"{x:g} {y:g} {w:g} {h:g}")
    out.set("width", f"{w:g}")
    out.set("height", f"{h:g}")
    return etree.tostring(out)


def render_view(svg: bytes, size: tuple[int, int]) -> Image.Image:
    return render_svg_image(svg, size[0], size[1])


def with_view(svg: bytes, x: float, y: float, w: float, h: float, unit: str) -> bytes:
    """The same drawing seen through another view (for example trim plus bleed)."""
    root = etree.fromstring(svg)
    suffix = "mm" if unit == "mm" else ""
    root.set("viewBox", f"{x:g} {y:g} {w:g} {h:g}")
    root.set("width", f"{w:g}{suffix}")
    root.set("height", f"{h:g}{suffix}")
    return etree.tostring(root)


def is_paper(pixel: Sequence[int]) -> bool:
    """Nothing printed here: transparent, or white like the paper."""
    if len(pixel) == 4 and pixel[3] < 32:
        return True
    return min(pixel[:3]) >= 245


def runs(flags: Iterable[bool]) -> list[tuple[int, int]]:
    """Index ranges [start, end) where ``flags`` is True."""
    out: list[tuple[int, int]] = []
    start = None
    i = -1
    for i, flag in enumerate(flags):
        if flag and start is None:
            start = i
        elif not flag and start is not None:
            out.append((start, i))
            start = None
    if start is not None:
        out.append((start, i + 1))
    return out
