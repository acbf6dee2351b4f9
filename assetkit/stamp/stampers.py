"""The built-in stampers for the dispatch table: PDFs and raster images."""

from __future__ import annotations

from PIL import Image

from assetkit.stamp.dispatch import Stamper
from assetkit.stamp.image import apply_image, plan_image, preview_image, stamp_image
from assetkit.stamp.model import DocumentPlan
from assetkit.stamp.pdf import apply_pdf, plan_pdf, preview_pdf, stamp_pdf


def _preview_pdf(plan: DocumentPlan, index: int, max_px: int) -> Image.Image:
    page = next((p for p in plan.pages if p.index == index), None)
    longest_pt = max(page.width, page.height) if page else 842.0
    return preview_pdf(plan, index, dpi=72.0 * max_px / longest_pt)


PDF = Stamper("pdf", plan_pdf, _preview_pdf, apply_pdf, stamp_pdf)
IMAGE = Stamper("image", plan_image, preview_image, apply_image, stamp_image)

__all__ = ["IMAGE", "PDF"]
