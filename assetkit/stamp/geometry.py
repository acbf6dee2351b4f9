"""Where a logo may go on a page, and how visual page coordinates map to PDF user space.

Visual coordinates describe the page as a reader sees it: the visible box (CropBox ∩ MediaBox)
turned by /Rotate, origin at the top-left, y downwards. Candidate boxes are computed there
(so "top-right" means top-right on screen and paper); ``form_matrix`` turns a visual box into
the ``cm`` matrix that draws a form XObject upright into it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from assetkit.stamp.model import AUTO_ORDER, Rect

MM = 72 / 25.4                       # PDF points per millimetre

Matrix = tuple[float, float, float, float, float, float]   # PDF order: a b c d e f


@dataclass(frozen=True)
class LogoShape:
    """The logo's proportions: width/height ratio and clear space as a fraction of its height."""

    aspect: float
    clear: float

    def boxes(self, position: str, logo_width: float, page_w: float, page_h: float,
              margin: float) -> tuple[Rect, Rect]:
        """Logo box and clear-space box for a rule position; the clear box sits ``margin`` from the edges."""
        logo_h = logo_width / self.aspect
        pad = self.clear * logo_h
        cw, ch = logo_width + 2 * pad, logo_h + 2 * pad
        if position in ("top-left", "bottom-left"):
            x = margin
        elif position in ("top-right", "bottom-right"):
            x = page_w - margin - cw
        else:                                   # header / footer: centred
            x = (page_w - cw) / 2
        y = margin if position in ("top-left", "top-right", "header") else page_h - margin - ch
        clear = Rect(x, y, cw, ch)
        return Rect(x + pad, y + pad, logo_width, logo_h), clear


def fits(rect: Rect, page_w: float, page_h: float) -> bool:
    eps = 1e-6
    return rect.x >= -eps and rect.y >= -eps and rect.right <= page_w + eps and rect.bottom <= page_h + eps


def size_steps(largest: float, smallest: float, step: float) -> list[float]:
    """Widths to try, largest first, always ending exactly at ``smallest``."""
    if largest < smallest:
        return []
    sizes = []
    w = largest
    while w > smallest + 1e-9:
        sizes.append(w)
        w -= step
    sizes.append(smallest)
    return sizes


@dataclass(frozen=True)
class Choice:
    position: str
    logo: Rect
    clear: Rect


def choose(position: str, shape: LogoShape, sizes: list[float], page_w: float, page_h: float,
           margin: float, is_free: Callable[[Rect], bool] | None) -> Choice | None:
    """The placement for a rule position, or in auto mode the best free one.

    Auto mode takes the first position (in ``AUTO_ORDER``) where the full requested size is free;
    otherwise the largest free size anywhere, earlier positions winning ties. ``None`` when no
    position has room for the smallest size.
    """
    order: Iterable[str] = AUTO_ORDER if position == "auto" else (position,)
    best: tuple[float, Choice] | None = None
    for pos in order:
        for width in sizes:
            logo, clear = shape.boxes(pos, width, page_w, page_h, margin)
            if not fits(clear, page_w, page_h):
                continue
            if position == "auto" and is_free is not None and not is_free(clear):
                continue
            choice = Choice(pos, logo, clear)
            if width == sizes[0]:
                return choice
            if best is None or width > best[0]:
                best = (width, choice)
            break
    return None if best is None else best[1]


# --- PDF page geometry ------------------------------------------------------------------------

def visual_to_user(box: tuple[float, float, float, float], rotate: int) -> Matrix:
    """Affine map from visual coordinates (pt, top-left origin) to PDF user space.

    ``box`` is the visible box (x0, y0, x1, y1) in user space; /Rotate turns the page clockwise.
    """
    x0, y0, x1, y1 = box
    if rotate == 90:
        return (0, 1, 1, 0, x0, y0)
    if rotate == 180:
        return (-1, 0, 0, 1, x1, y0)
    if rotate == 270:
        return (0, -1, -1, 0, x1, y1)
    return (1, 0, 0, -1, x0, y1)


def visual_size(box: tuple[float, float, float, float], rotate: int) -> tuple[float, float]:
    w, h = box[2] - box[0], box[3] - box[1]
    return (h, w) if rotate in (90, 270) else (w, h)


def multiply(first: Matrix, then: Matrix) -> Matrix:
    """The matrix applying ``first`` and then ``then`` (PDF row-vector convention)."""
    a1, b1, c1, d1, e1, f1 = first
    a2, b2, c2, d2, e2, f2 = then
    return (a1 * a2 + b1 * c2, a1 * b2 + b1 * d2,
            c1 * a2 + d1 * c2, c1 * b2 + d1 * d2,
            e1 * a2 + f1 * c2 + e2, e1 * b2 + f1 * d2 + f2)


def invert(m: Matrix) -> Matrix:
    a, b, c, d, e, f = m
    det = a * d - b * c
    ia, ib, ic, id_ = d / det, -b / det, -c / det, a / det
    return (ia, ib, ic, id_, -(e * ia + f * ic), -(e * ib + f * id_))


def apply(m: Matrix, x: float, y: float) -> tuple[float, float]:
    a, b, c, d, e, f = m
    return a * x + c * y + e, b * x + d * y + f


def form_matrix(target: Rect, bbox: tuple[float, float, float, float], to_user: Matrix) -> Matrix:
    """``cm`` that draws a form XObject with ``bbox`` upright and filling ``target`` (visual)."""
    bx0, by0, bx1, by1 = bbox
    s = target.width / (bx1 - bx0)
    # Form space is y-up; visual space is y-down, so the form's top edge goes to target.y.
    to_visual: Matrix = (s, 0, 0, -s, target.x - s * bx0, target.y + target.height + s * by0)
    return multiply(to_visual, to_user)


def user_rect_to_visual(rect: tuple[float, float, float, float], to_user: Matrix) -> Rect:
    """A user-space rectangle (e.g. an annotation's /Rect) as a visual rectangle."""
    inv = invert(to_user)
    xs, ys = [], []
    for x, y in ((rect[0], rect[1]), (rect[0], rect[3]), (rect[2], rect[1]), (rect[2], rect[3])):
        u, v = apply(inv, x, y)
        xs.append(u)
        ys.append(v)
    return Rect(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))


def overlaps(a: Rect, b: Rect) -> bool:
    return a.x < b.right and b.x < a.right and a.y < b.bottom and b.y < a.bottom
