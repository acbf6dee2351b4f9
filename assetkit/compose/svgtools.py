"""Small lxml helpers the composer uses to edit template SVGs."""

from __future__ import annotations

import copy
import re

from lxml import etree

from assetkit.svgsafe import SVG_NS, XLINK_NS

_URL_REF = re.compile(r"url\(\s*#([^)\s]+)\s*\)")


def el(tag: str, **attrs: object) -> etree._Element:
    node = etree.Element(f"{{{SVG_NS}}}{tag}")
    for key, value in attrs.items():
        if value is None:
            continue
        name = key.rstrip("_").replace("__", ":").replace("_", "-")
        if name == "href":
            node.set(f"{{{XLINK_NS}}}href", str(value))
        else:
            node.set(name, _fmt(value))
    return node


def _fmt(value: object) -> str:
    if isinstance(value, float):
        return f"{value:.4f}".rstrip("0").rstrip(".")
    return str(value)


def fragment(markup: str) -> list[etree._Element]:
    """Parse an SVG fragment (elements without namespace) into SVG elements."""
    if not markup:
        return []
    root = etree.fromstring(f'<svg xmlns="{SVG_NS}">{markup}</svg>'.encode())
    return list(root)


def replace(old: etree._Element, new: list[etree._Element]) -> None:
    """Put ``new`` where ``old`` is, keeping the z-order, and drop ``old``."""
    parent = old.getparent()
    if parent is None:
        return
    index = parent.index(old)
    tail = old.tail
    parent.remove(old)
    for offset, node in enumerate(new):
        parent.insert(index + offset, node)
    if new:
        new[-1].tail = tail


def embed_svg(source: etree._Element, prefix: str, x: float, y: float, width: float,
              height: float) -> etree._Element:
    """A nested <svg> showing ``source`` in the box, with its ids made unique by ``prefix``."""
    view_box = source.get("viewBox") or f"0 0 {source.get('width')} {source.get('height')}"
    nested = el("svg", x=x, y=y, width=width, height=height, viewBox=view_box,
                preserveAspectRatio="xMidYMid meet", overflow="hidden")
    for child in source:
        if not isinstance(child.tag, str) or etree.QName(child.tag).localname in ("title", "desc",
                                                                                 "metadata"):
            continue
        nested.append(copy.deepcopy(child))
    _prefix_ids(nested, prefix)
    return nested


def _prefix_ids(root: etree._Element, prefix: str) -> None:
    ids = {node.get("id") for node in root.iter() if isinstance(node.tag, str) and node.get("id")}
    if not ids:
        return
    for node in root.iter():
        if not isinstance(node.tag, str):
            continue
        for attr, value in list(node.attrib.items()):
            if attr == "id":
                node.set(attr, prefix + value)
            elif etree.QName(attr).localname == "href" and value.startswith("#") and value[1:] in ids:
                node.set(attr, "#" + prefix + value[1:])
            elif "url(#" in value:
                node.set(attr, _URL_REF.sub(
                    lambda m: f"url(#{prefix + m.group(1)})" if m.group(1) in ids else m.group(0),
                    value))
