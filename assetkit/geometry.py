"""Rectangles in page coordinates (origin top-left, y downwards), shared by templates, compose,
stamping and preflight."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.x + self.width

    @property
    def bottom(self) -> float:
        return self.y + self.height

    def inset(self, d: float) -> Rect:
        return Rect(self.x + d, self.y + d, self.width - 2 * d, self.height - 2 * d)

    def scaled(self, s: float) -> Rect:
        return Rect(self.x * s, self.y * s, self.width * s, self.height * s)

    def contains(self, other: Rect, tolerance: float = 1e-6) -> bool:
        return (other.x >= self.x - tolerance and other.y >= self.y - tolerance
                and other.right <= self.right + tolerance
                and other.bottom <= self.bottom + tolerance)

    @property
    def area(self) -> float:
        return max(0.0, self.width) * max(0.0, self.height)

    def clipped(self, bounds: Rect) -> Rect:
        """The part of this rectangle inside ``bounds`` (zero-sized when they do not meet)."""
        x, y = max(self.x, bounds.x), max(self.y, bounds.y)
        return Rect(x, y, max(0.0, min(self.right, bounds.right) - x),
                    max(0.0, min(self.bottom, bounds.bottom) - y))

    def overlap(self, other: Rect) -> float:
        """The area this rectangle shares with ``other``."""
        return self.clipped(other).area

    def intersects(self, other: Rect) -> bool:
        return not (other.x >= self.right or other.right <= self.x
                    or other.y >= self.bottom or other.bottom <= self.y)
