"""What a document is checked against: a social platform or a print preset.

Social platforms are defined here (pixel sizes and upload limits, sources in docs/preflight.md).
A print preset named by id or path is looked up in :mod:`assetkit.export.presets`; any object
with the preset's attributes (``color``, ``bleed_mm``, ``standard``/``is_pdfx``, ``max_ink``)
is accepted, so preflight works with whatever the export step uses.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from assetkit.errors import AssetkitError
from assetkit.export.presets import BLEED_MM, PPI_ERROR, PPI_WARNING, resolve_preset

__all__ = ["BLEED_MM", "PLATFORMS", "PPI_ERROR", "PPI_WARNING", "PreflightError", "PrintTarget",
           "SocialPlatform", "resolve_target"]

MB = 1_000_000


class PreflightError(AssetkitError):
    """The file to check cannot be read, or the preset is unknown."""


@dataclass(frozen=True)
class SocialPlatform:
    id: str
    name: str
    max_bytes: int
    sizes: tuple[tuple[int, int], ...] | None    # accepted exact pixel sizes; None: any

    def size_text(self) -> str:
        return ", ".join(f"{w}×{h}" for w, h in self.sizes or ())


@dataclass(frozen=True)
class PrintTarget:
    id: str
    name: str
    color: Literal["cmyk", "rgb"] = "cmyk"
    pdfx: bool = True
    bleed_mm: float = BLEED_MM
    max_ink: float = 300.0
    ppi_error: float = PPI_ERROR
    ppi_warning: float = PPI_WARNING
    accessible: bool = False        # a tagged PDF for the web (preset web-barrierefrei)

    @classmethod
    def from_preset(cls, preset: object) -> PrintTarget:
        """Adapt an export preset (assetkit.export.presets.Preset or alike)."""
        pdfx = getattr(preset, "is_pdfx", None)
        if pdfx is None:
            pdfx = getattr(preset, "standard", "PDF/X-4") == "PDF/X-4"
        return cls(id=str(getattr(preset, "id", "preset")), name=str(getattr(preset, "name", "")),
                   color="rgb" if getattr(preset, "color", "cmyk") == "rgb" else "cmyk",
                   pdfx=bool(pdfx), bleed_mm=float(getattr(preset, "bleed_mm", BLEED_MM)),
                   max_ink=float(getattr(preset, "max_ink", 300.0)),
                   accessible=bool(getattr(preset, "accessible", False)))


Target = SocialPlatform | PrintTarget

FEED = ((1080, 1080), (1080, 1350), (1080, 566))
PLATFORMS: dict[str, SocialPlatform] = {p.id: p for p in (
    SocialPlatform("instagram", "Instagram", 8 * MB, (*FEED, (1080, 1920))),
    SocialPlatform("facebook", "Facebook", 4 * MB, ((1080, 1080), (1080, 1350), (1200, 630),
                                                    (1080, 1920))),
    SocialPlatform("linkedin", "LinkedIn", 5 * MB, ((1200, 627), (1080, 1080), (1080, 1350))),
    SocialPlatform("x", "X", 5 * MB, ((1600, 900), (1200, 675), (1080, 1080), (1080, 1350))),
    SocialPlatform("mastodon", "Mastodon", 8 * MB, None),
)}


def resolve_target(preset: object) -> Target | None:
    """None, a platform id, a print preset id or path, or a preset object → a check target."""
    if preset is None or isinstance(preset, SocialPlatform | PrintTarget):
        return preset
    if isinstance(preset, str):
        platform = PLATFORMS.get(preset.lower())
        if platform is not None:
            return platform
        return PrintTarget.from_preset(resolve_preset(preset))
    return PrintTarget.from_preset(preset)
