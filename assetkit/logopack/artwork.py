"""The drawings of the logo package as SVG documents: each logo with its clear space, the
favicon symbol and the co-branded lock-up with an office's own logo.

In:  the Brand's logo variants (and an office logo file). Out: self-contained SVG bytes whose
user units are the logo's own (its height is the unit of the clear space); ``Artwork.width``
and ``.height`` give the canvas so callers render it at any pixel or millimetre size.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from assetkit.brand import Brand, LogoVariant
from assetkit.brand.loader import svg_size
from assetkit.compose.svgtools import embed_svg
from assetkit.errors import BrandError, ImageError, SvgError
from assetkit.images import load_image, to_data_uri
from assetkit.logopack.errors import LogoPackError
from assetkit.svgsafe import load_svg, parse_svg

SVG_NS = "http://www.w3.org/2000/svg"
SYMBOL_BOX = (0.0, 0.0, 100.0, 100.0)   # the symbol's square in the horizontal logo's units
LOCKUP_MAX_ASPECT = 3.0                  # office logo at most 3 × as wide as the logo is high
RULE_COLOR = "nachtblau"


@dataclass(frozen=True)
class Artwork:
    svg: bytes
    width: float                # canvas in the logo's user units, clear space included
    height: float
    logo_width: float           # the logo itself (without clear space), same units

    @property
    def aspect(self) -> float:
        return self.width / self.height


def _document(width: float, height: float, children: list[etree._Element], title: str,
              background: str | None = None) -> bytes:
    root = etree.Element(f"{{{SVG_NS}}}svg", nsmap={None: SVG_NS},
                         viewBox=f"0 0 {width:.3f} {height:.3f}", width=f"{width:.3f}",
                         height=f"{height:.3f}")
    etree.SubElement(root, f"{{{SVG_NS}}}title").text = title
    if background:
        etree.SubElement(root, f"{{{SVG_NS}}}rect", width=f"{width:.3f}", height=f"{height:.3f}",
                         fill=background)
    root.extend(children)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


def _logo_root(logo: LogoVariant) -> etree._Element:
    return parse_svg(logo.svg, str(logo.path)).getroot()


def with_clear_space(logo: LogoVariant, title: str) -> Artwork:
    """The logo with its clear space (``clear_space`` × its height) free on every side."""
    c = logo.clear_space * logo.height
    w, h = logo.width + 2 * c, logo.height + 2 * c
    nested = embed_svg(_logo_root(logo), "logo-", c, c, logo.width, logo.height)
    return Artwork(_document(w, h, [nested], title), w, h, logo.width)


def favicon_symbol(brand: Brand, background: str | None = None, padding: float = 0.0) -> Artwork:
    """The logo's symbol (the rounded square with the bars and the sun) without the words,
    square; ``padding`` as a fraction of the side (touch icons need an opaque margin)."""
    logo = brand.logo("color", "horizontal")
    root = _logo_root(logo)
    x, y, w, h = SYMBOL_BOX
    side = w / (1 - 2 * padding)
    pad = (side - w) / 2
    clip = etree.Element(f"{{{SVG_NS}}}svg", x=f"{pad}", y=f"{pad}", width=f"{w}", height=f"{h}",
                         viewBox=f"{x} {y} {w} {h}", overflow="hidden")
    clip.append(embed_svg(root, "icon-", 0, 0, logo.width, logo.height))
    return Artwork(_document(side, side, [clip], brand.title, background), side, side, w)


def lockup(brand: Brand, office_logo: Path, variant: str = "color") -> Artwork:
    """Campaign logo | rule | office logo, both as high as the campaign logo, the rule centred
    in a clear-space gap; clear space around the whole."""
    logo = brand.logo(variant, "horizontal")
    h = logo.height
    c = logo.clear_space * h
    office, office_aspect = _office_element(office_logo, h)
    office_w = min(office_aspect, LOCKUP_MAX_ASPECT) * h
    rule_w = max(h * 0.01, 0.5)
    x_rule = c + logo.width + c
    x_office = x_rule + rule_w + c
    width = x_office + office_w + c
    height = h + 2 * c
    children = [embed_svg(_logo_root(logo), "logo-", c, c, logo.width, h),
                etree.Element(f"{{{SVG_NS}}}rect", x=f"{x_rule:.3f}", y=f"{c:.3f}",
                              width=f"{rule_w:.3f}", height=f"{h:.3f}",
                              fill=brand.color(RULE_COLOR).hex)]
    office.set("x", f"{x_office:.3f}")
    office.set("y", f"{c:.3f}")
    office.set("width", f"{office_w:.3f}")
    office.set("height", f"{h:.3f}")
    children.append(office)
    return Artwork(_document(width, height, children, brand.title), width, height,
                   width - 2 * c)


def _office_element(path: Path, height: float) -> tuple[etree._Element, float]:
    """The office logo as an element to place (nested SVG or PNG image) and its aspect."""
    try:
        if path.suffix.lower() == ".svg":
            root = load_svg(path).getroot()
            w, h = svg_size(root, path.name)
            return embed_svg(root, "office-", 0, 0, w, h), w / h
        image = load_image(path).image
    except (SvgError, ImageError, BrandError) as exc:
        raise LogoPackError(f"Das Logo der Dienststelle ({path.name}) ist nicht nutzbar: "
                            f"{exc.message}") from None
    except OSError:
        raise LogoPackError(f"Das Logo der Dienststelle {path} lässt sich nicht lesen.") from None
    element = etree.Element(f"{{{SVG_NS}}}image", preserveAspectRatio="xMidYMid meet")
    element.set("href", to_data_uri(image, fmt="png"))
    return element, image.width / image.height
