"""DrawingML for a floating picture (``wp:anchor``) with a PNG and, for Word 2016+, an SVG.

python-docx only writes inline pictures; a letterhead logo and a logo stamped into an existing
header must float at a fixed place on the page so they never move the header's own text or
the body. The same XML serves both the generated templates and the stamping of existing files.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal
from xml.sax.saxutils import quoteattr

from assetkit.word.units import mm_to_emu

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
WP_NS = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"
PIC_NS = "http://schemas.openxmlformats.org/drawingml/2006/picture"
ASVG_NS = "http://schemas.microsoft.com/office/drawing/2016/SVG/main"
SVG_EXT_URI = "{96DAC541-7B7A-43D3-8B79-37D633B846F1}"

#: docPr name of every logo assetkit places; used to notice a document stamped before.
LOGO_NAME = "assetkit-Kampagnenlogo"


@dataclass(frozen=True)
class Anchor:
    """Where a floating picture sits.

    ``h_align`` aligns to the page margins (left/right/center) unless ``x_mm`` is given, which is
    measured from the left page edge. ``y_mm`` is measured from the top page edge.
    """

    width_mm: float
    height_mm: float
    y_mm: float
    h_align: Literal["left", "right", "center"] | None = "right"
    x_mm: float | None = None
    behind_text: bool = False


def anchored_picture_run(anchor: Anchor, png_rid: str, svg_rid: str | None, doc_id: int,
                         name: str, description: str) -> str:
    """A ``w:r`` holding the floating picture; insert it at the start of a paragraph."""
    cx, cy = mm_to_emu(anchor.width_mm), mm_to_emu(anchor.height_mm)
    if anchor.x_mm is not None:
        pos_h = (f'<wp:positionH relativeFrom="page"><wp:posOffset>{mm_to_emu(anchor.x_mm)}'
                 "</wp:posOffset></wp:positionH>")
    else:
        pos_h = (f'<wp:positionH relativeFrom="margin"><wp:align>{anchor.h_align}</wp:align>'
                 "</wp:positionH>")
    pos_v = (f'<wp:positionV relativeFrom="page"><wp:posOffset>{mm_to_emu(anchor.y_mm)}'
             "</wp:posOffset></wp:positionV>")
    svg_ext = ""
    if svg_rid:
        svg_ext = (f'<a:extLst><a:ext uri="{SVG_EXT_URI}"><asvg:svgBlip xmlns:asvg="{ASVG_NS}" '
                   f'r:embed="{svg_rid}"/></a:ext></a:extLst>')
    behind = "1" if anchor.behind_text else "0"
    return (
        f'<w:r xmlns:w="{W_NS}" xmlns:r="{R_NS}" xmlns:wp="{WP_NS}" xmlns:a="{A_NS}" '
        f'xmlns:pic="{PIC_NS}"><w:rPr><w:noProof/></w:rPr><w:drawing>'
        f'<wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" '
        f'relativeHeight="{251_660_000 + doc_id}" behindDoc="{behind}" locked="1" '
        f'layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/>'
        f"{pos_h}{pos_v}"
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        "<wp:wrapNone/>"
        f'<wp:docPr id="{doc_id}" name={quoteattr(name)} descr={quoteattr(description)}/>'
        '<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>'
        f'<a:graphic><a:graphicData uri="{PIC_NS}"><pic:pic>'
        f'<pic:nvPicPr><pic:cNvPr id="{doc_id}" name={quoteattr(name + ".png")}/><pic:cNvPicPr/>'
        "</pic:nvPicPr>"
        f'<pic:blipFill><a:blip r:embed="{png_rid}">{svg_ext}</a:blip>'
        "<a:stretch><a:fillRect/></a:stretch></pic:blipFill>"
        f'<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>'
        "</pic:pic></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>"
    )
