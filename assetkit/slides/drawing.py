"""DrawingML/PresentationML snippets for masters and layouts, which python-pptx cannot draw on.

python-pptx adds shapes to slides only; a master or layout gets its shapes here as XML
(``p:sp``, ``p:pic``) appended to its shape tree. Positions are in millimetres and become EMU.
Every function returns one element; the caller passes a shape id unique within its part.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from xml.sax.saxutils import escape, quoteattr

from lxml import etree
from pptx.oxml import parse_xml

EMU_PER_MM = 36000
NSDECL = ('xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
          'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"')
SVG_BLIP_URI = "{96DAC541-7B7A-43D3-8B79-37D633B846F1}"
SVG_NS = "http://schemas.microsoft.com/office/drawing/2016/SVG/main"


def emu(mm: float) -> int:
    return round(mm * EMU_PER_MM)


@dataclass(frozen=True)
class Frame:
    """A shape's box in millimetres from the slide's top-left corner."""

    x: float
    y: float
    w: float
    h: float

    def xfrm(self) -> str:
        return (f'<a:xfrm><a:off x="{emu(self.x)}" y="{emu(self.y)}"/>'
                f'<a:ext cx="{emu(self.w)}" cy="{emu(self.h)}"/></a:xfrm>')


@dataclass(frozen=True)
class Run:
    text: str
    bold: bool = False
    link_rid: str | None = None          # relationship id of an external hyperlink
    field: str | None = None             # "slidenum": a field PowerPoint fills on every slide


@dataclass(frozen=True)
class Para:
    runs: tuple[Run, ...]
    size_pt: float
    color: str                           # scheme colour name: bg1, tx1, tx2, accent1, accent2 …
    align: str = "l"                     # l | ctr | r
    space_after_pt: float = 0.0
    caps: bool = False
    tracking: int = 0                    # 1/100 pt
    line_pct: int = 100


@dataclass(frozen=True)
class TextStyle:
    """Level-1 style of a placeholder (its ``a:lstStyle``)."""

    size_pt: float
    color: str
    bold: bool = False
    caps: bool = False
    line_pct: int = 100
    tracking: int = 0
    bullet: bool = False
    extra: dict[str, str] = field(default_factory=dict)


def _solid(color: str) -> str:
    return f'<a:solidFill><a:schemeClr val="{color}"/></a:solidFill>'


def _rpr(size_pt: float, color: str, bold: bool, caps: bool = False, tracking: int = 0,
         tag: str = "a:rPr", inner: str = "") -> str:
    attrs = f' lang="de-DE" sz="{round(size_pt * 100)}" b="{1 if bold else 0}"'
    if caps:
        attrs += ' cap="all"'
    if tracking:
        attrs += f' spc="{tracking}"'
    if tag == "a:defRPr":
        attrs = attrs.replace(' lang="de-DE"', "")
    return f"<{tag}{attrs}>{_solid(color)}{inner}</{tag}>"


def _paragraph(p: Para) -> str:
    ppr = (f'<a:pPr algn="{p.align}"><a:lnSpc><a:spcPct val="{p.line_pct * 1000}"/></a:lnSpc>'
           f'<a:spcBef><a:spcPts val="0"/></a:spcBef>'
           f'<a:spcAft><a:spcPts val="{round(p.space_after_pt * 100)}"/></a:spcAft><a:buNone/></a:pPr>')
    runs = []
    for r in p.runs:
        link = f'<a:hlinkClick r:id="{r.link_rid}"/>' if r.link_rid else ""
        rpr = _rpr(p.size_pt, p.color, r.bold, p.caps, p.tracking, inner=link)
        if r.field:
            runs.append(f'<a:fld id="{{B6F15528-21DE-4FAA-801E-634DDDAF4B2B}}" type="{r.field}">'
                        f'{rpr}<a:t>{escape(r.text)}</a:t></a:fld>')
        else:
            runs.append(f"<a:r>{rpr}<a:t>{escape(r.text)}</a:t></a:r>")
    end = f'<a:endParaRPr lang="de-DE" sz="{round(p.size_pt * 100)}"/>'
    return f"<a:p>{ppr}{''.join(runs)}{end}</a:p>"


def text_box(shape_id: int, name: str, frame: Frame, paras: list[Para], anchor: str = "t",
             wrap: bool = True) -> etree._Element:
    """A text box that belongs to the layout (not a placeholder): every slide shows it."""
    body = (f'<a:bodyPr wrap="{"square" if wrap else "none"}" lIns="0" tIns="0" rIns="0" bIns="0" '
            f'anchor="{anchor}"><a:noAutofit/></a:bodyPr><a:lstStyle/>')
    xml = (f'<p:sp {NSDECL}><p:nvSpPr><p:cNvPr id="{shape_id}" name={quoteattr(name)}/>'
           f'<p:cNvSpPr txBox="1"/><p:nvPr userDrawn="1"/></p:nvSpPr>'
           f'<p:spPr>{frame.xfrm()}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/></p:spPr>'
           f'<p:txBody>{body}{"".join(_paragraph(p) for p in paras)}</p:txBody></p:sp>')
    return parse_xml(xml)


def rect(shape_id: int, name: str, frame: Frame, color: str, rounded: bool = False,
         alpha_pct: int = 100) -> etree._Element:
    """A filled shape in a theme colour (rounded: ends as round as the shorter side allows)."""
    geom = ('<a:prstGeom prst="roundRect"><a:avLst><a:gd name="adj" fmla="val 50000"/></a:avLst>'
            '</a:prstGeom>' if rounded else '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>')
    alpha = f'<a:alpha val="{alpha_pct * 1000}"/>' if alpha_pct < 100 else ""
    fill = f'<a:solidFill><a:schemeClr val="{color}">{alpha}</a:schemeClr></a:solidFill>'
    xml = (f'<p:sp {NSDECL}><p:nvSpPr><p:cNvPr id="{shape_id}" name={quoteattr(name)}/>'
           f'<p:cNvSpPr/><p:nvPr userDrawn="1"/></p:nvSpPr>'
           f'<p:spPr>{frame.xfrm()}{geom}{fill}<a:ln><a:noFill/></a:ln></p:spPr>'
           f'<p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr lang="de-DE"/></a:p></p:txBody></p:sp>')
    return parse_xml(xml)


def ellipse(shape_id: int, name: str, frame: Frame, color: str) -> etree._Element:
    xml = (f'<p:sp {NSDECL}><p:nvSpPr><p:cNvPr id="{shape_id}" name={quoteattr(name)}/>'
           f'<p:cNvSpPr/><p:nvPr userDrawn="1"/></p:nvSpPr>'
           f'<p:spPr>{frame.xfrm()}<a:prstGeom prst="ellipse"><a:avLst/></a:prstGeom>{_solid(color)}'
           f'<a:ln><a:noFill/></a:ln></p:spPr>'
           f'<p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr lang="de-DE"/></a:p></p:txBody></p:sp>')
    return parse_xml(xml)


def picture(shape_id: int, name: str, descr: str, frame: Frame, png_rid: str,
            svg_rid: str | None) -> etree._Element:
    """The logo: a PNG every viewer shows, plus the SVG PowerPoint 2016+ draws instead."""
    ext = ""
    if svg_rid:
        ext = (f'<a:extLst><a:ext uri="{SVG_BLIP_URI}"><asvg:svgBlip xmlns:asvg="{SVG_NS}" '
               f'r:embed="{svg_rid}"/></a:ext></a:extLst>')
    xml = (f'<p:pic {NSDECL}><p:nvPicPr><p:cNvPr id="{shape_id}" name={quoteattr(name)} '
           f'descr={quoteattr(descr)}/><p:cNvPicPr><a:picLocks noChangeAspect="1"/></p:cNvPicPr>'
           f'<p:nvPr userDrawn="1"/></p:nvPicPr>'
           f'<p:blipFill><a:blip r:embed="{png_rid}">{ext}</a:blip><a:stretch><a:fillRect/></a:stretch>'
           f'</p:blipFill><p:spPr>{frame.xfrm()}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
           f'</p:spPr></p:pic>')
    return parse_xml(xml)


def placeholder(shape_id: int, name: str, ph: str, frame: Frame, style: TextStyle, prompt: str,
                anchor: str = "t") -> etree._Element:
    """A layout placeholder. ``ph``: the ``p:ph`` attributes, e.g. ``type="title"`` or
    ``type="body" idx="13" sz="quarter"``. The prompt is what PowerPoint shows until a user
    types; it never appears in a presentation."""
    indent = "" if style.bullet else ' marL="0" indent="0"'
    lvl = (f'<a:lvl1pPr{indent}><a:lnSpc><a:spcPct val="{style.line_pct * 1000}"/></a:lnSpc>'
           + ("" if style.bullet else "<a:buNone/>")
           + _rpr(style.size_pt, style.color, style.bold, style.caps, style.tracking, tag="a:defRPr")
           + "</a:lvl1pPr>")
    xml = (f'<p:sp {NSDECL}><p:nvSpPr><p:cNvPr id="{shape_id}" name={quoteattr(name)}/>'
           f'<p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph {ph}/></p:nvPr></p:nvSpPr>'
           f'<p:spPr>{frame.xfrm()}</p:spPr>'
           f'<p:txBody><a:bodyPr lIns="0" tIns="0" rIns="0" bIns="0" anchor="{anchor}"><a:normAutofit/>'
           f'</a:bodyPr><a:lstStyle>{lvl}</a:lstStyle>'
           f'<a:p><a:r><a:rPr lang="de-DE"/><a:t>{escape(prompt)}</a:t></a:r></a:p></p:txBody></p:sp>')
    return parse_xml(xml)


def background(color: str) -> etree._Element:
    return parse_xml(f'<p:bg {NSDECL}><p:bgPr>{_solid(color)}<a:effectLst/></p:bgPr></p:bg>')
