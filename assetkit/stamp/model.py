"""Values of stamping: options, page selection, the plan per document, and per-file reports.

A stamping job runs in three steps so that a GUI can show and adjust before anything is written:
``plan`` (where the logo goes on each page) → ``preview`` (a page with the logo drawn) →
``apply`` (write the stamped copy). All values here are frozen; adjusting a plan makes a new one.

Geometry in a plan is *visual*: the page as a reader sees it (crop box, /Rotate applied),
in PDF points for PDFs and pixels for images, origin at the top-left, y downwards.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path

from assetkit.errors import AssetkitError, count_de
from assetkit.geometry import Rect

POSITIONS = ("auto", "top-right", "top-left", "bottom-right", "bottom-left", "header", "footer")
# Auto mode tries these in order: corners first (top-right is the campaign's usual place).
AUTO_ORDER = ("top-right", "top-left", "header", "bottom-right", "bottom-left", "footer")
VARIANTS = ("color", "black", "white")
LAYOUTS = ("horizontal", "stacked")
OUTPUT_SUFFIX = "_kampagne"


class StampError(AssetkitError):
    """A file cannot be stamped (unreadable, encrypted, damaged, unsupported)."""


class PasswordRequiredError(StampError):
    """The PDF is encrypted and no (or a wrong) password was given."""


@dataclass(frozen=True)
class PageSelection:
    """Which pages to stamp: all, the first, or a 1-based inclusive range (``last=None``: to the end)."""

    first: int = 1
    last: int | None = None

    @classmethod
    def parse(cls, text: str) -> PageSelection:
        value = text.strip().lower()
        if value in ("all", "alle", ""):
            return cls()
        if value in ("first", "erste"):
            return cls(1, 1)
        match = re.fullmatch(r"(\d+)(?:\s*-\s*(\d*))?", value)
        if not match:
            raise StampError(
                f"Die Seitenangabe „{text}“ ist ungültig; erlaubt sind all, first, N oder N-M."
            )
        first = int(match.group(1))
        if match.group(2) is None:
            last: int | None = first
        else:
            last = int(match.group(2)) if match.group(2) else None
        if first < 1 or (last is not None and last < first):
            raise StampError(f"Der Seitenbereich „{text}“ ist ungültig (Seiten zählen ab 1).")
        return cls(first, last)

    def indices(self, page_count: int) -> range:
        """0-based page indices that exist in a document of ``page_count`` pages."""
        last = page_count if self.last is None else min(self.last, page_count)
        return range(self.first - 1, max(self.first - 1, last))

    def describe(self) -> str:
        if self.last is None:
            return "alle Seiten" if self.first == 1 else f"Seiten ab {self.first}"
        return f"Seite {self.first}" if self.first == self.last else f"Seiten {self.first}–{self.last}"


@dataclass(frozen=True)
class StampOptions:
    """What the user chose. ``variant=None`` picks by the brightness behind the logo."""

    position: str = "auto"
    pages: PageSelection = field(default_factory=PageSelection)
    variant: str | None = None
    layout: str = "horizontal"
    size_mm: float | None = None        # logo width on PDF pages; None: DEFAULT_SIZE_MM
    margin_mm: float = 6.0               # page edge → outer edge of the clear space
    image_width: float = 0.25            # logo width as a fraction of an image's shorter side
    password: str | None = None

    def __post_init__(self) -> None:
        if self.position not in POSITIONS:
            raise StampError(
                f"Die Position „{self.position}“ gibt es nicht ({', '.join(POSITIONS)})."
            )
        if self.variant is not None and self.variant not in VARIANTS:
            raise StampError(f"Die Logo-Variante „{self.variant}“ gibt es nicht ({', '.join(VARIANTS)}).")
        if self.layout not in LAYOUTS:
            raise StampError(f"Die Logo-Anordnung „{self.layout}“ gibt es nicht ({', '.join(LAYOUTS)}).")
        if self.size_mm is not None and not 5 <= self.size_mm <= 500:
            raise StampError("Die Logobreite muss zwischen 5 und 500 mm liegen.")
        if not 0 <= self.margin_mm <= 100:
            raise StampError("Der Randabstand muss zwischen 0 und 100 mm liegen.")
        if not 0.05 <= self.image_width <= 0.9:
            raise StampError("Die Logobreite auf Bildern muss zwischen 5 und 90 % liegen.")


@dataclass(frozen=True)
class Placement:
    """Where one logo goes: ``logo`` box, the clear-space box around it, and the variant."""

    logo: Rect
    clear: Rect
    variant: str
    position: str                       # the rule or auto candidate that produced it


@dataclass(frozen=True)
class PagePlan:
    index: int                          # 0-based page (images: always 0)
    width: float                        # visual page size (pt for PDFs, px for images)
    height: float
    placement: Placement | None         # None: skipped, see ``reason``
    reason: str = ""                    # why skipped
    notes: tuple[str, ...] = ()         # e.g. "überdeckt Inhalt" in rule mode


@dataclass(frozen=True)
class DocumentPlan:
    """Everything ``apply`` needs for one file; a GUI may show and adjust it first."""

    source: Path
    kind: str                           # a key of the stamper table (e.g. "pdf", "image")
    options: StampOptions
    page_count: int
    pages: tuple[PagePlan, ...]         # only the selected pages
    notes: tuple[str, ...] = ()         # document-level facts (repaired, PDF/A, encrypted)

    @property
    def stamped_pages(self) -> tuple[PagePlan, ...]:
        return tuple(p for p in self.pages if p.placement is not None)

    def with_page(self, page: PagePlan) -> DocumentPlan:
        """A copy with one page's plan replaced (the GUI's "adjust" step)."""
        pages = tuple(page if p.index == page.index else p for p in self.pages)
        return replace(self, pages=pages)


class Status(StrEnum):
    STAMPED = "stamped"
    SKIPPED = "skipped"
    FAILED = "failed"


STATUS_LABEL = {Status.STAMPED: "gestempelt", Status.SKIPPED: "übersprungen",
                Status.FAILED: "fehlgeschlagen"}


@dataclass(frozen=True)
class FileReport:
    source: Path
    status: Status
    output: Path | None = None
    message: str = ""                   # reason for skipped/failed, or a summary
    notes: tuple[str, ...] = ()

    def line(self) -> str:
        """One line for the CLI report."""
        head = f"{STATUS_LABEL[self.status]}: {self.source}"
        if self.output is not None:
            head += f" → {self.output}"
        parts = [p for p in (self.message, *self.notes) if p]
        return head + ("" if not parts else " – " + "; ".join(parts))


@dataclass(frozen=True)
class BatchReport:
    files: tuple[FileReport, ...]

    def count(self, status: Status) -> int:
        return sum(1 for f in self.files if f.status is status)

    @property
    def ok(self) -> bool:
        return self.count(Status.FAILED) == 0

    def summary(self) -> str:
        return (f"{count_de(len(self.files), 'Datei', 'Dateien')}: "
                f"{self.count(Status.STAMPED)} gestempelt, "
                f"{self.count(Status.SKIPPED)} übersprungen, {self.count(Status.FAILED)} fehlgeschlagen.")
