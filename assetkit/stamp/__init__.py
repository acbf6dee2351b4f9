"""Put the campaign logo onto existing PDFs and images, without breaking them.

The API follows the three steps a GUI needs, plus a batch shortcut::

    plan = plan_file(path, StampOptions(position="auto"))        # where the logo goes, per page
    image = preview(plan, page_index, max_px=1200)                # a page with the logo drawn
    plan = plan.with_page(replace(plan.pages[0], placement=...))  # adjust
    report = apply(plan, output)                                  # write the stamped copy
    batch = stamp_files([folder], out_dir, options, progress=cb)  # many files, per-file report

Originals are never changed; outputs are written atomically and never over an input.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from assetkit.stamp.batch import Job, collect_jobs, output_name, stamp_files
from assetkit.stamp.dispatch import Stamper, register_stamper, stamper_for, supported_suffixes
from assetkit.stamp.model import (
    POSITIONS,
    VARIANTS,
    BatchReport,
    DocumentPlan,
    FileReport,
    PagePlan,
    PageSelection,
    PasswordRequiredError,
    Placement,
    Rect,
    StampError,
    StampOptions,
    Status,
)


def plan_file(path: Path, options: StampOptions | None = None) -> DocumentPlan:
    """Where the logo goes on each selected page of ``path`` (nothing is written)."""
    return stamper_for(Path(path)).plan(Path(path), options or StampOptions())


def preview(plan: DocumentPlan, index: int = 0, max_px: int = 1200) -> Image.Image:
    """Page ``index`` as displayed, with the planned logo, fitting ``max_px`` pixels."""
    return stamper_for(plan.source).preview(plan, index, max_px)


def apply(plan: DocumentPlan, output: Path, inputs: tuple[Path, ...] = ()) -> FileReport:
    """Write the stamped copy as planned. Raises StampError/OutputError for a bad file."""
    return stamper_for(plan.source).apply(plan, Path(output), inputs)


__all__ = [
    "POSITIONS", "VARIANTS", "BatchReport", "DocumentPlan", "FileReport", "Job", "PagePlan",
    "PageSelection", "PasswordRequiredError", "Placement", "Rect", "StampError", "StampOptions",
    "Stamper", "Status", "apply", "collect_jobs", "output_name", "plan_file", "preview",
    "register_stamper", "stamp_files", "supported_suffixes",
]
