"""What a template draws over a photo box: texts, logos, QR codes and the locked panels above it.

In:  the template's element ids in drawing order (read before any slot is replaced), the photo's
     element and final box, the shapes of what is drawn (text lines as laid out, logo, QR and
     office-logo boxes, locked ``<rect>`` panels with their moves), and the parsed SVG.
Out: :class:`~assetkit.images.subject.Cover` rectangles relative to the photo box — what the
     default crop keeps faces away from and what preflight names when a face lies under it.

Only what comes after the photo in the SVG is drawn over it. Locked shapes other than
rectangles (a wave, a path) are not measured; the templates draw panels as rectangles.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from lxml import etree

from assetkit.geometry import Rect
from assetkit.images.subject import Cover
from assetkit.text import TextLayout

_TRANSLATE = re.compile(r"translate\(\s*([-\d.eE]+)(?:[\s,]+([-\d.eE]+))?\s*\)")


def text_shapes(layout: TextLayout) -> list[Rect]:
    """One rectangle per laid-out line, from cap height to descender."""
    size = layout.size
    return [Rect(line.x, line.baseline - 0.75 * size, line.width, size)
            for line in layout.lines if line.width > 0]


def covers_over(order: Sequence[str], element: str, box: Rect,
                shapes: Mapping[str, tuple[str, Sequence[Rect]]],
                nodes: Mapping[str, etree._Element]) -> tuple[Cover, ...]:
    """The covers over the photo drawn in ``element`` whose box is ``box``. ``shapes`` maps an
    element id to its name and drawn rectangles (texts, logos, QR codes); other ids after the
    photo are locked elements, measured when they are filled rectangles."""
    try:
        after = order[order.index(element) + 1:]
    except ValueError:
        return ()
    covers: list[Cover] = []
    for element_id in after:
        if element_id in shapes:
            name, rects = shapes[element_id]
            covers += [Cover(_relative(r, box), name) for r in rects if r.intersects(box)]
            continue
        node = nodes.get(element_id)
        rect = _locked_rect(node) if node is not None else None
        if rect is not None and rect[0].intersects(box):
            covers.append(Cover(_relative(rect[0], box), "", rect[1]))
    return tuple(covers)


def _relative(r: Rect, box: Rect) -> Rect:
    inside = r.clipped(box)
    return Rect(inside.x - box.x, inside.y - box.y, inside.width, inside.height)


def _locked_rect(node: etree._Element) -> tuple[Rect, float] | None:
    """A filled ``<rect>``'s box (with a translate) and how much it hides: its opacity, half
    for a gradient (the templates' scrims fade out)."""
    if not isinstance(node.tag, str) or not node.tag.endswith("rect") \
            or "slot" in (node.get("class") or "").split():
        return None
    fill = (node.get("fill") or "black").strip()
    if fill == "none":
        return None
    try:
        x, y = float(node.get("x", "0")), float(node.get("y", "0"))
        w, h = float(node.get("width", "0")), float(node.get("height", "0"))
        opacity = float(node.get("opacity", "1")) * float(node.get("fill-opacity", "1"))
    except ValueError:
        return None
    transform = node.get("transform") or ""
    if _TRANSLATE.sub("", transform).strip():
        return None            # rotated or scaled: not measured
    for move in _TRANSLATE.finditer(transform):
        x += float(move.group(1))
        y += float(move.group(2) or 0)
    if fill.startswith("url("):
        opacity *= 0.5
    return (Rect(x, y, w, h), opacity) if w > 0 and h > 0 and opacity > 0 else None
