"""Length conversions for OOXML: EMU for DrawingML, twips (twentieths of a point) for WordprocessingML."""

from __future__ import annotations

EMU_PER_MM = 36_000
TWIPS_PER_MM = 1440 / 25.4


def mm_to_emu(mm: float) -> int:
    return round(mm * EMU_PER_MM)


def mm_to_twips(mm: float) -> int:
    return round(mm * TWIPS_PER_MM)


def twips_to_mm(twips: float) -> float:
    return twips / TWIPS_PER_MM
