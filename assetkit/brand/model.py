"""Frozen values of the brand kit. Loading and validation live in ``loader``."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from assetkit.errors import BrandError


@dataclass(frozen=True)
class BrandColor:
    name: str
    label_de: str
    label_en: str
    hex: str                    # "#RRGGBB"
    cmyk: tuple[float, float, float, float]   # percent, as print defines it (FOGRA39)
    use: str = ""

    @property
    def rgb(self) -> tuple[int, int, int]:
        h = self.hex.lstrip("#")
        return int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16)


@dataclass(frozen=True)
class LogoVariant:
    layout: str                 # "horizontal" | "stacked"
    variant: str                # "color" | "black" | "white"
    path: Path
    svg: bytes                  # sanitised file content
    width: float                # SVG user units (viewBox)
    height: float
    clear_space: float          # fraction of the logo height to keep free on every side
    min_width_mm: float
    min_width_px: float

    @property
    def aspect(self) -> float:
        return self.width / self.height


@dataclass(frozen=True)
class Brand:
    name: str
    claim: str
    title: str
    version: str
    root: Path
    colors: dict[str, BrandColor]
    fonts: dict[str, Path]
    logos: dict[tuple[str, str], LogoVariant] = field(repr=False)
    dark_background_variant: str = "white"

    def color(self, name: str) -> BrandColor:
        try:
            return self.colors[name]
        except KeyError:
            raise BrandError(
                f"Die Farbe „{name}“ ist nicht in der Markenpalette "
                f"({', '.join(self.colors)})."
            ) from None

    def font(self, role: str) -> Path:
        try:
            return self.fonts[role]
        except KeyError:
            raise BrandError(
                f"Die Schriftrolle „{role}“ ist nicht definiert ({', '.join(self.fonts)})."
            ) from None

    def logo(self, variant: str = "color", layout: str = "horizontal") -> LogoVariant:
        try:
            return self.logos[(layout, variant)]
        except KeyError:
            raise BrandError(f"Die Logo-Variante „{layout}/{variant}“ gibt es nicht.") from None

    def cmyk_for_hex(self, hex_value: str) -> tuple[float, float, float, float] | None:
        """The defined CMYK of a palette colour given by HEX (print conversion uses this)."""
        wanted = hex_value.upper()
        for c in self.colors.values():
            if c.hex.upper() == wanted:
                return c.cmyk
        return None
