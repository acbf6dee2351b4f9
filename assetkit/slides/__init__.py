"""PowerPoint: the campaign's 16:9 template (.potx/.pptx) with master, layouts and theme.

``build_pptx_template(office) -> PptxTemplate`` makes the file bytes; writing is the caller's
step (``assetkit.fileio.write_atomic``). No PySide6, no network.
"""

from assetkit.slides.errors import SlidesError
from assetkit.slides.template import LAYOUTS, PptxOptions, PptxTemplate, build_pptx_template

__all__ = ["LAYOUTS", "PptxOptions", "PptxTemplate", "SlidesError", "build_pptx_template"]
