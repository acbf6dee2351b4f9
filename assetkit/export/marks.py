"""Page geometry of a print PDF (MediaBox, BleedBox, TrimBox) and the crop and fold marks
around it.

All values are PDF points with the origin at the MediaBox's lower-left corner. The marks sit
outside the bleed (they start ``offset`` away from the trim, never closer than the bleed), so
a guillotine never cuts through one and none is ever drawn over the artwork. Fold marks (a
folded leaflet's ``[page] folds``) stand above and below the trim at each fold, dashed so the
bindery tells them from the crop marks.
"""

from __future__ import annotations

from dataclasses import dataclass

PT_PER_MM = 72 / 25.4
MARK_MARGIN_MM = 1.0      # paper left beyond the mark ends, so no RIP clips them


@dataclass(frozen=True)
class PageGeometry:
    trim_width: float
    trim_height: float
    bleed: float
    margin: float               # from the trim to the MediaBox edge (≥ bleed)
    mark_offset: float = 0.0    # 0: no marks
    mark_length: float = 0.0

    @classmethod
    def for_mm(cls, width_mm: float, height_mm: float, bleed_mm: float, marks: bool,
               offset_mm: float = 3.0, length_mm: float = 5.0) -> PageGeometry:
        if marks:
            offset_mm = max(offset_mm, bleed_mm)
            margin_mm = offset_mm + length_mm + MARK_MARGIN_MM
        else:
            offset_mm = length_mm = 0.0
            margin_mm = bleed_mm
        return cls(width_mm * PT_PER_MM, height_mm * PT_PER_MM, bleed_mm * PT_PER_MM,
                   margin_mm * PT_PER_MM, offset_mm * PT_PER_MM, length_mm * PT_PER_MM)

    @property
    def media_box(self) -> list[float]:
        return _box(0, 0, self.trim_width + 2 * self.margin, self.trim_height + 2 * self.margin)

    @property
    def trim_box(self) -> list[float]:
        m = self.margin
        return _box(m, m, m + self.trim_width, m + self.trim_height)

    @property
    def bleed_box(self) -> list[float]:
        m, b = self.margin, self.bleed
        return _box(m - b, m - b, m + self.trim_width + b, m + self.trim_height + b)

    @property
    def has_marks(self) -> bool:
        return self.mark_length > 0


def crop_marks(geometry: PageGeometry, weight: float, color_op: bytes) -> bytes:
    """Content-stream operators drawing the eight crop-mark lines.

    ``color_op`` sets the stroke colour, e.g. ``/CSAll CS 1 SCN`` for the registration colour.
    """
    if not geometry.has_marks:
        return b""
    x0, y0, x1, y1 = geometry.trim_box
    near, far = geometry.mark_offset, geometry.mark_offset + geometry.mark_length
    lines = []
    for x, sx in ((x0, -1), (x1, 1)):
        for y, sy in ((y0, -1), (y1, 1)):
            # horizontal mark on the trim line y, out to the side; vertical one on x, up/down
            lines.append((x + sx * near, y, x + sx * far, y))
            lines.append((x, y + sy * near, x, y + sy * far))
    ops = [b"q", color_op, f"{weight:.3f} w 0 J [] 0 d".encode()]
    ops += [f"{ax:.3f} {ay:.3f} m {bx:.3f} {by:.3f} l S".encode() for ax, ay, bx, by in lines]
    ops.append(b"Q")
    return b"\n".join(ops) + b"\n"


FOLD_DASH = b"[2 1.5] 0 d"     # pt: dashed, as fold marks are drawn by convention


def fold_marks(geometry: PageGeometry, folds: tuple[float, ...], weight: float,
               color_op: bytes) -> bytes:
    """Content-stream operators drawing a short dashed line above and below the trim at each
    fold; ``folds`` in points from the trim's left edge."""
    if not geometry.has_marks or not folds:
        return b""
    x0, y0, _, y1 = geometry.trim_box
    near, far = geometry.mark_offset, geometry.mark_offset + geometry.mark_length
    ops = [b"q", color_op, f"{weight:.3f} w 0 J".encode(), FOLD_DASH]
    for fold in folds:
        x = x0 + fold
        ops.append(f"{x:.3f} {y1 + near:.3f} m {x:.3f} {y1 + far:.3f} l S".encode())
        ops.append(f"{x:.3f} {y0 - near:.3f} m {x:.3f} {y0 - far:.3f} l S".encode())
    ops.append(b"Q")
    return b"\n".join(ops) + b"\n"


def _box(x0: float, y0: float, x1: float, y1: float) -> list[float]:
    return [round(x0, 4), round(y0, 4), round(x1, 4), round(y1, 4)]
