"""Tagged PDF (PDF/UA-1) for presets with ``accessible = true``: a structure tree built from
what the template knows about its page.

In:  the page cairo drew (the campaign logo and QR codes left out of the SVG, see
     :func:`figures_apart`),
     its texts set with ``set_text(..., tagged=True)`` (each field's text an ``/AkField``
     sequence, its links ``/AkLink`` sequences), the photos' image XObjects by field, the
     composition (reading order, alternative texts, the logos' boxes).
Out: the same page with every content operator inside a marked-content sequence — tagged
     (``/H1``, ``/P``, ``/BlockQuote``, ``/Figure``, ``/Link`` with an MCID) or ``/Artifact``
     (bands, waves, rules, the crop of a photo outside its box is clipped away anyway) — the
     structure tree (``/Document`` → elements in reading order, ``/ParentTree``), link
     annotations for e-mail and web addresses, the logo and QR codes as ``/Figure``s with
     their alternative texts, and the document's language, title and PDF/UA identification.

What a screen reader gets: the headline as a level-1 heading, the other texts as paragraphs in
the template's reading order (``reading_order`` in the manifest, else: the texts in manifest
order with the photos after the headline, the logo last), each photo with the alternative text
the user wrote, and the links as links.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import pikepdf
from lxml import etree
from pikepdf import Array, Dictionary, Name, String

from assetkit.compose import Composition
from assetkit.render import cairo_pdf
from assetkit.templates.model import Rect, Template
from assetkit.text.pdf_layer import FIELD_TAG, LINK_TAG, link_spans

LANGUAGE = "de-DE"
LOGO_ALT = "Logo der Kampagne Kommunale Jobcenter – Stark. Sozial. Vor Ort."
SVG_NS = "http://www.w3.org/2000/svg"
_FIGURE_NAME = "/AkFigure"
_SHOWS = frozenset(("TJ", "Tj", "'", '"'))


@dataclass
class _Element:
    """A structure element while it is built: its type, kids (MCIDs or elements), extras."""

    type: str
    kids: list[int | _Element | pikepdf.Object] = field(default_factory=list)
    alt: str | None = None
    obj: Dictionary | None = None


@dataclass(frozen=True)
class Apart:
    """A figure drawn apart from cairo's page so that a ``/Figure`` can hold it: the campaign
    logo, a QR code. ``after``: the field it follows in reading order (a QR code its link);
    None: where the reading order has „logo“."""

    box: Rect
    svg: bytes
    alt: str
    after: str | None = None


def figures_apart(svg: bytes, composition: Composition) -> tuple[bytes, list[Apart]]:
    """The page's SVG without the campaign logos and QR codes, and each of them as an SVG of
    its own, drawn as a form XObject inside a ``/Figure``."""
    root = etree.fromstring(svg, etree.XMLParser(huge_tree=True, resolve_entities=False))
    unit = "mm" if composition.page.unit == "mm" else ""
    apart = []
    wanted: list[tuple[str, Rect, str, str | None, str]] = [
        (p.element, p.box, LOGO_ALT, None, "svg") for p in composition.logos]
    for slot, qr in zip(composition.template.qr_codes, composition.qr_codes, strict=False):
        quiet = 4 * qr.module
        box = Rect(qr.box.x - quiet, qr.box.y - quiet, qr.box.width + 2 * quiet,
                   qr.box.height + 2 * quiet)
        what = qr.target.removeprefix("mailto:").removeprefix("https://")
        wanted.append((slot.element, box, f"QR-Code mit Link zu {what}", qr.field, "g"))
    for element, box, alt, after, tag in wanted:
        node = next((n for n in root.iter(f"{{{SVG_NS}}}{tag}") if n.get("id") == element),
                    None)
        if node is None:
            continue
        parent = node.getparent()
        if parent is not None:
            parent.remove(node)
        alone = etree.Element(f"{{{SVG_NS}}}svg", nsmap={None: SVG_NS})
        alone.set("width", f"{box.width:g}{unit}")
        alone.set("height", f"{box.height:g}{unit}")
        alone.set("viewBox", node.get("viewBox") if tag == "svg" else
                  f"{box.x:g} {box.y:g} {box.width:g} {box.height:g}")
        if tag == "svg":
            for child in list(node):     # a copy: appending moves the child
                alone.append(child)
        else:
            alone.append(node)
        for defs in root.iter(f"{{{SVG_NS}}}defs"):     # gradients a logo may point to
            alone.insert(0, etree.fromstring(etree.tostring(defs)))
        apart.append(Apart(box, etree.tostring(alone, xml_declaration=True, encoding="UTF-8"),
                           alt, after))
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8"), apart


def tag_page(pdf: pikepdf.Pdf, page: pikepdf.Page, composition: Composition,
             photos: dict[tuple[int, int], str], apart: Sequence[Apart], title: str) -> None:
    """Tag ``page`` (see the module docstring). ``photos``: image XObject objgen → its image
    field; ``apart``: from :func:`figures_apart`."""
    tagger = _Tagger(pdf, page, composition, photos)
    # cairo's stream changes the CTM without restoring it: the figures are drawn after a Q.
    ops: list[Any] = [pikepdf.ContentStreamInstruction([], pikepdf.Operator("q")),
                      *tagger.content(pikepdf.parse_content_stream(page)),
                      pikepdf.ContentStreamInstruction([], pikepdf.Operator("Q"))]
    for index, figure in enumerate(apart):
        ops += tagger.figure(index, figure)
    page.obj.Contents = pdf.make_stream(pikepdf.unparse_content_stream(ops))
    tagger.finish(title)


class _Tagger:
    def __init__(self, pdf: pikepdf.Pdf, page: pikepdf.Page, composition: Composition,
                 photos: dict[tuple[int, int], str]) -> None:
        self.pdf, self.page, self.c = pdf, page, composition
        self.photos = photos
        self.parent_tree: list[_Element] = []          # MCID → the element that owns it
        self.fields: dict[str, _Element] = {}
        self.figures: dict[str, _Element] = {}
        self.apart: list[tuple[_Element, str | None]] = []     # figures and what they follow
        self.links: dict[tuple[str, str], _Element] = {}   # (field, target) → Link element

    # -- content -------------------------------------------------------------------------
    def content(self, instructions: Iterable[Any]) -> list[Any]:
        """The page's operators, each inside a tagged sequence or an ``/Artifact``."""
        out: list[Any] = []
        artifact = False
        field: _Element | None = None       # the field whose text is being read
        reading: _Element | None = None     # the field or the link in it being read
        open_part: _Element | None = None   # the element whose MCID sequence is open
        stack: list[str] = []               # "field", "link", "actual", "span" per open BDC
        held: list[Any] = []             # a field's operators waiting for their sequence

        def close_artifact() -> None:
            nonlocal artifact
            if artifact:
                out.append(_emc())
                artifact = False

        for inst in instructions:
            op = str(inst.operator)
            if field is None and op == "BDC" and inst.operands[0] == FIELD_TAG:
                close_artifact()
                fid = str(inst.operands[1].Field)
                field = reading = self.fields.setdefault(fid, _Element(self._role(fid)))
                stack = ["field"]
                continue
            if field is not None:
                actual = _actual_text(inst) if op == "BDC" and "actual" not in stack else None
                if actual is not None and reading is not None:
                    # An /ActualText span (a word broken over lines, a hanging label, capitals
                    # read as typed) is a sequence of the element's own, not one nested in
                    # it without an MCID: poppler's structure reader ends the element's text
                    # at the end of such a nested span.
                    if open_part is not None:
                        out.append(_emc())
                    out.append(self._begin(reading, tag=Name.Span, actual=actual))
                    out += held
                    held, open_part = [], reading
                    stack.append("actual")
                    continue
                if op == "BDC" and inst.operands[0] == LINK_TAG:
                    if open_part is not None:
                        out.append(_emc())
                    target = str(inst.operands[1].Href)
                    key = (self._field_id(field), target)
                    link = self.links.get(key)
                    if link is None:
                        link = self.links[key] = _Element("Link")
                        field.kids.append(link)
                    out.append(self._begin(link))
                    out += held
                    held, open_part, reading = [], link, link
                    stack.append("link")
                    continue
                if op in ("BDC", "BMC"):
                    stack.append("span")
                elif op == "EMC":
                    kind = stack.pop()
                    if kind == "actual":        # the element's text goes on in a new sequence
                        out.append(inst)
                        open_part = None
                        continue
                    if kind == "link":
                        reading = field
                    if kind in ("link", "field"):
                        if open_part is not None:
                            out.append(_emc())
                        out += held             # ET, Q: no content, needs no sequence
                        held, open_part = [], None
                        if kind == "field":
                            field = None
                        continue
                if open_part is None and op not in _SHOWS and op not in ("BDC", "BMC"):
                    held.append(inst)           # positioning: goes with the next shown text
                    continue
                if open_part is None:           # text of the field itself (re)starts
                    out.append(self._begin(field))
                    out += held
                    held, open_part = [], field
                out.append(inst)
                continue
            if op == "Do":
                photo = self._photo_of(inst.operands[0])
                if photo is not None:
                    close_artifact()
                    figure = self.figures.setdefault(photo, _Element("Figure",
                                                                     alt=self._alt(photo)))
                    out += [self._begin(figure), inst, _emc()]
                    continue
            if op in ("BMC", "BDC", "EMC"):
                out.append(inst)           # cairo writes none; kept balanced if it ever does
                continue
            if not artifact:
                out.append(pikepdf.ContentStreamInstruction([Name.Artifact],
                                                            pikepdf.Operator("BMC")))
                artifact = True
            out.append(inst)
        close_artifact()
        return out

    def _field_id(self, element: _Element) -> str:
        return next(fid for fid, e in self.fields.items() if e is element)

    def _begin(self, element: _Element, tag: Name | None = None,
               actual: pikepdf.Object | None = None) -> pikepdf.ContentStreamInstruction:
        """A marked-content sequence of ``element`` with the next MCID (``actual``: the
        /ActualText of its glyphs)."""
        mcid = len(self.parent_tree)
        self.parent_tree.append(element)
        element.kids.append(mcid)
        properties = Dictionary(MCID=mcid)
        if actual is not None:
            properties.ActualText = actual
        return pikepdf.ContentStreamInstruction(
            [tag or Name("/" + element.type), properties], pikepdf.Operator("BDC"))

    def _role(self, fid: str) -> str:
        return {"headline": "H1", "quote": "BlockQuote"}.get(fid, "P")

    def _alt(self, fid: str) -> str:
        return " ".join(self.c.alt_texts.get(fid, "").split())

    def _photo_of(self, name: object) -> str | None:
        xobjects = self.page.obj.get("/Resources", Dictionary()).get("/XObject", Dictionary())
        xobject = xobjects.get(name) if isinstance(name, Name) else None
        if xobject is None:
            return None
        return _contains_photo(xobject, self.photos, 0)

    # -- figures drawn apart (logo, QR code) -------------------------------------------
    def figure(self, index: int, apart: Apart) -> list[Any]:
        with pikepdf.open(io.BytesIO(cairo_pdf(apart.svg))) as alone:
            form = self.pdf.copy_foreign(alone.pages[0].as_form_xobject())
        resources = self.page.obj.Resources
        if "/XObject" not in resources:
            resources.XObject = Dictionary()
        name = Name(f"{_FIGURE_NAME}{index}")
        resources.XObject[name] = form
        x, y, w, h = self._to_pdf(apart.box.x, apart.box.y, apart.box.width, apart.box.height)
        bbox = [float(v) for v in form.BBox]
        sx, sy = w / (bbox[2] - bbox[0]), h / (bbox[3] - bbox[1])
        element = _Element("Figure", alt=apart.alt)
        self.apart.append((element, apart.after))
        draw = pikepdf.parse_content_stream(pikepdf.Stream(self.pdf, (
            f"q {sx:.6f} 0 0 {sy:.6f} {x - bbox[0] * sx:.4f} {y - bbox[1] * sy:.4f} cm "
            f"{name} Do Q\n").encode()))
        return [self._begin(element), *draw, _emc()]

    def _to_pdf(self, x: float, y: float, w: float, h: float) -> tuple[float, float, float, float]:
        """A box in page units (y down, trim origin) → PDF user space of the page (y up)."""
        view = self.c.view
        media = [float(v) for v in self.page.obj.MediaBox]
        scale = (media[2] - media[0]) / view.width
        left = media[0] + (x - view.x) * scale
        bottom = media[3] - (y + h - view.y) * scale
        return left, bottom, w * scale, h * scale

    # -- the tree ------------------------------------------------------------------------
    def finish(self, title: str) -> None:
        pdf = self.pdf
        root = pdf.make_indirect(Dictionary(Type=Name.StructTreeRoot))
        document = _Element("Document")
        for element in self._reading_order():
            document.kids.append(element)
        document_obj = self._build(document, root)
        root.K = Array([document_obj])
        nums: list[object] = [0, Array([e.obj for e in self.parent_tree])]
        for n, (link, target, rects) in enumerate(self._link_annotations(), start=1):
            annotation = self._annotation(link, target, rects, n)
            nums += [n, link.obj]
            assert link.obj is not None
            link.obj.K.append(Dictionary(Type=Name.OBJR, Obj=annotation, Pg=self.page.obj))
        root.ParentTree = pdf.make_indirect(Dictionary(Nums=Array(nums)))
        root.ParentTreeNextKey = len(nums) // 2
        self.page.obj.StructParents = 0
        self.page.obj.Tabs = Name.S
        catalog = pdf.Root
        catalog.StructTreeRoot = root
        catalog.MarkInfo = Dictionary(Marked=True)
        catalog.Lang = String(LANGUAGE)
        catalog.ViewerPreferences = Dictionary(DisplayDocTitle=True)
        with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as meta:
            meta["dc:title"] = title
            meta["dc:language"] = [LANGUAGE]
            meta["pdfuaid:part"] = "1"

    def _reading_order(self) -> list[_Element]:
        template: Template = self.c.template
        declared = list(template.reading_order) or _default_order(template)
        logos = [e for e, after in self.apart if after is None]
        following: dict[str, list[_Element]] = {}
        for element, after in self.apart:
            if after is not None:
                following.setdefault(after, []).append(element)
        order: list[_Element] = []
        for item in declared:
            if item == "logo":
                order += logos
            elif item in self.fields:
                order.append(self.fields[item])
            elif item in self.figures:
                order.append(self.figures[item])
            order += following.pop(item, [])
        if "logo" not in declared:
            order += logos
        placed = {id(e) for e in order}
        order += [e for e in (*self.fields.values(), *self.figures.values(),
                              *(x for xs in following.values() for x in xs))
                  if id(e) not in placed]
        return order

    def _build(self, element: _Element, parent: Dictionary) -> Dictionary:
        obj = self.pdf.make_indirect(Dictionary(Type=Name.StructElem, S=Name("/" + element.type),
                                                P=parent, Pg=self.page.obj))
        if element.alt is not None:
            obj.Alt = String(element.alt)
        element.obj = obj
        kids = Array()
        for kid in element.kids:
            kids.append(self._build(kid, obj) if isinstance(kid, _Element) else kid)
        obj.K = kids
        return obj

    def _link_annotations(self) -> list[tuple[_Element, str, list[tuple[float, float, float, float]]]]:
        found = []
        for (fid, target), link in self.links.items():
            layout = self.c.text_layouts.get(fid)
            if layout is None:
                continue
            rects = []
            for line, spans in zip(layout.lines, link_spans(layout.lines), strict=True):
                xs = [g.x for g in line.glyphs
                      if any(a <= g.cluster < b and t == target for a, b, t in spans)]
                if not xs:
                    continue
                ends = [g.x for g in line.glyphs if g.x > max(xs)]
                right = min(ends) if ends else line.x + line.width
                top = line.baseline - layout.size * 0.9
                rects.append(self._to_pdf(min(xs), top, right - min(xs), layout.size * 1.15))
            if rects:
                found.append((link, target, rects))
        return found

    def _annotation(self, link: _Element, target: str, rects: list[tuple[float, float, float, float]],
                    key: int) -> Dictionary:
        left = min(r[0] for r in rects)
        bottom = min(r[1] for r in rects)
        right = max(r[0] + r[2] for r in rects)
        top = max(r[1] + r[3] for r in rects)
        quads = Array([pikepdf.Object.parse(f"{v:.3f}".encode()) for x, y, w, h in rects
                       for v in (x, y + h, x + w, y + h, x, y, x + w, y)])
        what = "E-Mail an" if target.startswith("mailto:") else "Website"
        shown = target.removeprefix("mailto:").removeprefix("https://")
        annotation = self.pdf.make_indirect(Dictionary(
            Type=Name.Annot, Subtype=Name.Link, Rect=Array([left, bottom, right, top]),
            QuadPoints=quads, Border=Array([0, 0, 0]), F=4, StructParent=key,
            Contents=String(f"{what} {shown}"),
            A=Dictionary(S=Name.URI, URI=String(target))))
        if "/Annots" not in self.page.obj:
            self.page.obj.Annots = Array()
        self.page.obj.Annots.append(annotation)
        return annotation


def _emc() -> pikepdf.ContentStreamInstruction:
    return pikepdf.ContentStreamInstruction([], pikepdf.Operator("EMC"))


def _actual_text(inst: pikepdf.ContentStreamInstruction) -> pikepdf.Object | None:
    """The /ActualText of a ``/Span << /ActualText … >> BDC``, else None."""
    if len(inst.operands) != 2 or inst.operands[0] != Name.Span:
        return None
    properties = inst.operands[1]
    return properties.get("/ActualText") if isinstance(properties, Dictionary) else None


def _contains_photo(xobject: pikepdf.Object, photos: dict[tuple[int, int], str],
                    depth: int) -> str | None:
    if xobject.objgen in photos:
        return photos[xobject.objgen]
    if xobject.get("/Subtype") != Name.Form or depth > 8:
        return None
    for inner in xobject.get("/Resources", Dictionary()).get("/XObject", Dictionary()).values():
        found = _contains_photo(inner, photos, depth + 1)
        if found is not None:
            return found
    return None


def _default_order(template: Template) -> list[str]:
    """Texts in manifest order, the photos right after the headline (or first), the logo last."""
    texts = [f.id for f in template.text_fields]
    images = [f.id for f in template.image_fields]
    head = next((i for i, fid in enumerate(texts) if fid in ("headline", "quote")), -1)
    return [*texts[:head + 1], *images, *texts[head + 1:], "logo"]
