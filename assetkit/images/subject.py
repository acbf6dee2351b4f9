"""Choose a photo's default crop around the people in it, and say when a crop cuts a face.

In:  the photo's size, the faces found in it (:mod:`assetkit.images.faces`, fractions of the
     photo), the box it fills, the zoom, what the template draws over the box (:class:`Cover`),
     and the template's own focal point.
Out: :func:`subject_focal` — the focal point whose crop keeps the heads whole, inside the box and
     clear of the logo, texts and panels drawn over it, as close to the template's focal point as
     that allows; :func:`cut_faces` and :func:`covered_faces` — the faces a given crop cuts or
     hides (preflight warns about them).

Only the default crop is chosen here: a focal point the user set is used as it is.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from assetkit.geometry import Rect
from assetkit.images.faces import Face, head_of
from assetkit.images.placement import cover_crop

STEPS = 48              # candidate crop positions per free axis
# What a crop costs (lower is better): a face cut is worst, then a head cut (hair, chin), then
# a face under something the template draws, and least moving away from the designer's focal.
FACE_CUT = 20.0
HEAD_CUT = 8.0
COVERED = 4.0
HEADROOM = 2.0          # a little air above the hair, where the crop allows it
DRIFT = 1.0
# A face matters in proportion to its size next to the largest: the subject, not the crowd.
MINOR_FACE = 0.25       # faces below this share of the largest face's area are not judged
CUT_SHARE = 0.15        # a face is "cut" when more than this share of it lies outside the crop
COVER_SHARE = 0.25      # … "covered" when more than this share lies under opaque overlays
OPAQUE = 0.7


@dataclass(frozen=True)
class Cover:
    """Something the template draws over a photo box: its rectangle in the box's units
    relative to the box's top-left corner, a name for messages, and how much it hides
    (1: opaque; a scrim or a tint less)."""

    rect: Rect
    name: str
    opacity: float = 1.0


def _outside(r: Rect, crop: Rect) -> float:
    """The share of ``r`` outside ``crop`` (0 for an empty ``r``)."""
    area = r.area
    return 1 - r.overlap(crop) / area if area else 0.0


def _in_pixels(face: Face, size: tuple[int, int]) -> Rect:
    w, h = size
    return Rect(face.x * w, face.y * h, face.width * w, face.height * h)


def _weights(faces: Sequence[Face]) -> list[float]:
    largest = max(f.area for f in faces)
    return [f.area / largest if largest else 0.0 for f in faces]


def _positions(free: int, start: int) -> list[int]:
    if free <= 0:
        return [0]
    steps = min(STEPS, free)
    return sorted({round(free * i / steps) for i in range(steps + 1)} | {start})


def _hidden(face: Rect, crop: Rect, box: tuple[float, float], covers: Sequence[Cover]) -> float:
    """How much of ``face`` (photo pixels) the covers hide, as a share of the face."""
    area = face.area
    if not covers or not area:
        return 0.0
    sx, sy = box[0] / crop.width, box[1] / crop.height
    in_box = Rect((face.x - crop.x) * sx, (face.y - crop.y) * sy, face.width * sx,
                  face.height * sy)
    box_area = in_box.area
    return min(1.0, sum(in_box.overlap(c.rect) * c.opacity for c in covers) / box_area)


def subject_focal(size: tuple[int, int], faces: Sequence[Face], box: tuple[float, float],
                  zoom: float, covers: Sequence[Cover],
                  default: tuple[float, float]) -> tuple[float, float]:
    """The focal point for the default crop of a ``size`` photo in a ``box`` (width, height in
    page units) at ``zoom``: ``default`` when there are no faces, else the crop position that
    cuts and hides the least of them (see the weights above)."""
    if not faces:
        return default
    w, h = size
    bounds = Rect(0.0, 0.0, float(w), float(h))
    left0, top0, right0, bottom0 = cover_crop(size, box[0], box[1], default, zoom)
    cw, ch = right0 - left0, bottom0 - top0
    weights = _weights(faces)
    people = []
    for f, wt in zip(faces, weights, strict=True):
        head = _in_pixels(head_of(f), size)
        air = Rect(head.x, head.y - 0.3 * f.height * h, head.width, 0.3 * f.height * h)
        people.append((wt, _in_pixels(f, size).clipped(bounds), head.clipped(bounds),
                       air.clipped(bounds)))
    span = float(max(w, h))
    best: tuple[float, int, int] | None = None
    for top in _positions(h - ch, top0):
        for left in _positions(w - cw, left0):
            crop = Rect(float(left), float(top), float(cw), float(ch))
            cost = DRIFT * (abs(left - left0) + abs(top - top0)) / span
            for wt, face, head, air in people:
                cost += wt * (FACE_CUT * _outside(face, crop) + HEAD_CUT * _outside(head, crop)
                              + HEADROOM * _outside(air, crop)
                              + COVERED * _hidden(face, crop, box, covers))
            if best is None or cost < best[0] - 1e-9:
                best = (cost, left, top)
    assert best is not None
    _, left, top = best
    return ((left + cw / 2) / w, (top + ch / 2) / h)


def _judged(faces: Sequence[Face], size: tuple[int, int]) -> list[Rect]:
    return [_in_pixels(f, size).clipped(Rect(0.0, 0.0, float(size[0]), float(size[1])))
            for f, wt in zip(faces, _weights(faces), strict=True) if wt >= MINOR_FACE] \
        if faces else []


def cut_faces(faces: Sequence[Face], size: tuple[int, int],
              crop: tuple[int, int, int, int]) -> int:
    """How many of the photo's main faces the crop (photo pixels) cuts."""
    box = Rect(crop[0], crop[1], crop[2] - crop[0], crop[3] - crop[1])
    return sum(1 for f in _judged(faces, size)
               if _outside(f, box) > CUT_SHARE)


def covered_faces(faces: Sequence[Face], size: tuple[int, int], crop: tuple[int, int, int, int],
                  box: tuple[float, float], covers: Sequence[Cover]) -> list[str]:
    """The names of the covers that hide one of the photo's main faces (each name once)."""
    opaque = [c for c in covers if c.opacity >= OPAQUE]
    window = Rect(crop[0], crop[1], crop[2] - crop[0], crop[3] - crop[1])
    names: list[str] = []
    for face in _judged(faces, size):
        visible = face.clipped(window)
        if not visible.area or _hidden(visible, window, box, opaque) <= COVER_SHARE:
            continue
        for c in opaque:
            if _hidden(visible, window, box, [c]) > 0 and c.name not in names:
                names.append(c.name)
    return names
