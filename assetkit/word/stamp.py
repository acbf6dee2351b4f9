"""Put the campaign logo into the header of every section of an existing Word document.

Everything else stays as it was: the body part (``document.xml``) keeps its exact bytes unless
a section needs a new header reference, and then only that section's ``w:sectPr`` changes.
Fields, content controls, tables, tracked changes, comments and styles are never parsed or
rewritten. The logo floats at the top of the page (``wp:anchor``, no text wrapping) so neither
the header's own text nor the body moves.

Headers in Word: each section has up to three headers (default, first page when ``w:titlePg``
is on, even pages when settings has ``w:evenAndOddHeaders``); a section without a reference of
a type shows the previous section's header of that type ("linked to previous"), the first
section then shows none.
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from lxml import etree

from assetkit.brand import load_brand
from assetkit.fileio import write_atomic
from assetkit.word.drawing import LOGO_NAME, W_NS, Anchor, anchored_picture_run
from assetkit.word.errors import WordError
from assetkit.word.logo_image import LogoImage, logo_image
from assetkit.word.package import CT_NS, PKG_REL_NS, DocxPackage, parse_xml, read_docx
from assetkit.word.sections import HF_TYPES, SectionEditor

RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
HEADER_REL = RT + "header"
IMAGE_REL = RT + "image"
SETTINGS_REL = RT + "settings"
HEADER_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"
LOGO_TOP_MM = 8.0            # below the unprintable edge of office printers
MAX_AUTO_WIDTH_MM = 45.0
POSITIONS = ("auto", "header", "top-right", "top-left")
XML_DECLARATION = b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
EMPTY_HEADER = XML_DECLARATION + f'<w:hdr xmlns:w="{W_NS}"><w:p/></w:hdr>'.encode()


@dataclass(frozen=True)
class StampDocxResult:
    output: Path
    sections: int
    headers_stamped: int         # header parts that now carry the logo
    headers_created: int         # of those, new header parts (a section had none)
    logo_width_mm: float
    logo_height_mm: float
    logo_png_size: tuple[int, int]
    document_xml_unchanged: bool
    notes: tuple[str, ...] = ()


def stamp_docx(input: Path, output: Path, *, position: str = "top-right", pages: str = "all",
               variant: str = "color", size_mm: float | None = None) -> StampDocxResult:
    """Write ``output``: ``input`` with the campaign logo in its headers.

    ``position``: top-right (also auto/header) or top-left; ``pages``: all or first (the
    document's first page only); ``size_mm``: logo width, default fits the top margin.
    """
    input, output = Path(input), Path(output)
    side = _side(position)
    if pages not in ("all", "first"):
        raise WordError("Bei Word-Dokumenten gibt es keine festen Seiten; bitte „--pages all“ "
                        "oder „--pages first“ wählen.")
    package = read_docx(input)
    stamper = _Stamper(package, variant, size_mm, side)
    if pages == "all":
        stamper.all_pages()
    else:
        stamper.first_page_only()
    stamper.finish()
    write_atomic(output, package.to_bytes(), inputs=[input])
    return StampDocxResult(
        output=output, sections=len(stamper.editor.sections),
        headers_stamped=len(stamper.stamped), headers_created=stamper.created,
        logo_width_mm=round(stamper.image.width_mm, 2),
        logo_height_mm=round(stamper.image.height_mm, 2),
        logo_png_size=stamper.image.png_size,
        document_xml_unchanged=not stamper.editor.changed,
        notes=tuple(dict.fromkeys(stamper.notes)),
    )


def _side(position: str) -> Literal["left", "right"]:
    if position in ("auto", "header", "top-right"):
        return "right"
    if position == "top-left":
        return "left"
    raise WordError(f"In Word-Dokumenten kommt das Logo in die Kopfzeile; die Position "
                    f"„{position}“ geht dort nicht (möglich: top-right, top-left).")


class _Stamper:
    def __init__(self, package: DocxPackage, variant: str, size_mm: float | None,
                 side: Literal["left", "right"]) -> None:
        self.pkg = package
        self.main = package.main_part
        self.editor = SectionEditor(package.parts[self.main], package.xml(self.main),
                                    package.name)
        self.rels = package.relationships(self.main)
        self.side = side
        self.notes: list[str] = []
        self.stamped: set[str] = set()
        self.created = 0
        self._new_rels: list[tuple[str, str, str]] = []     # rId, type, target (relative)
        self._overrides: dict[str, str] = {}
        self._next_doc_id = _max_doc_id(package) + 1
        brand = load_brand()
        logo = brand.logo(variant, "horizontal")
        width = self._logo_width(logo.aspect, logo.clear_space, logo.min_width_mm, size_mm)
        self.image: LogoImage = logo_image(logo, width)
        self.description = brand.title
        folder = posixpath.dirname(self.main)
        self.png_part = self._free_name(posixpath.join(folder, "media/assetkit-logo{}.png"))
        self.svg_part = self._free_name(posixpath.join(folder, "media/assetkit-logo{}.svg"))
        package.put(self.png_part, self.image.png)
        package.put(self.svg_part, self.image.svg)

    # ---- size ----------------------------------------------------------------------------
    def _logo_width(self, aspect: float, clear: float, min_width: float,
                    size_mm: float | None) -> float:
        top = min(s.top_margin_mm for s in self.editor.sections)
        if size_mm is not None:
            if size_mm < min_width:
                raise WordError(f"Das Logo muss mindestens {min_width:g} mm breit sein.")
            width = size_mm
        else:   # as large as fits between the top edge and the text, with clear space below
            fit_height = (top - LOGO_TOP_MM) / (1 + clear)
            width = max(min_width, min(MAX_AUTO_WIDTH_MM, fit_height * aspect))
        if LOGO_TOP_MM + width / aspect > top:
            self.notes.append(f"Der obere Seitenrand ist nur {top:.0f} mm hoch; das Logo ragt "
                              "in den Textbereich. Bitte das Ergebnis prüfen.")
        return width

    # ---- strategies ----------------------------------------------------------------------
    def all_pages(self) -> None:
        even = self._even_and_odd()
        inherited: dict[str, str | None] = dict.fromkeys(HF_TYPES)
        for section in self.editor.sections:
            needed = ["default"]
            if section.title_pg:
                needed.append("first")
            if even:
                needed.append("even")
            for hf_type in HF_TYPES:
                if hf_type in section.headers:
                    inherited[hf_type] = self._header_part(section.headers[hf_type])
                if hf_type not in needed:
                    continue
                part = inherited[hf_type]
                if part is None:
                    part = self._new_header(None)
                    self.editor.set_reference(section, "header", hf_type, self._relate(part))
                    inherited[hf_type] = part
                self._stamp(part)

    def first_page_only(self) -> None:
        sections = self.editor.sections
        first = sections[0]
        old_first = (self._header_part(first.headers["first"])
                     if "first" in first.headers else None)
        if first.title_pg:
            shown = old_first
        else:
            shown = (self._header_part(first.headers["default"])
                     if "default" in first.headers else None)
        # Later sections that inherited section 1's first-page header keep what they showed.
        if len(sections) > 1 and "first" not in sections[1].headers:
            keep = old_first or self._new_header(None)
            self.editor.set_reference(sections[1], "header", "first", self._relate(keep))
        part = self._new_header(shown)
        self.editor.set_reference(first, "header", "first", self._relate(part))
        self.editor.enable_title_page(first)
        self._stamp(part)

    # ---- parts ---------------------------------------------------------------------------
    def _header_part(self, rid: str) -> str:
        rel = self.rels.get(rid)
        if rel is None or rel[0] != HEADER_REL or rel[1] not in self.pkg.parts:
            raise WordError(f"„{self.pkg.name}“ verweist auf eine fehlende Kopfzeile; die Datei "
                            "ist beschädigt.")
        return rel[1]

    def _new_header(self, copy_of: str | None) -> str:
        """A new header part: a copy of ``copy_of`` (with its relationships) or empty."""
        folder = posixpath.dirname(self.main)
        name = self._free_name(posixpath.join(folder, "header{}.xml"), start=1)
        self.pkg.put(name, self.pkg.parts[copy_of] if copy_of else EMPTY_HEADER)
        if copy_of and self.pkg.rels_name(copy_of) in self.pkg.parts:
            self.pkg.put(self.pkg.rels_name(name), self.pkg.parts[self.pkg.rels_name(copy_of)])
        self._overrides["/" + name] = HEADER_CT
        self.created += 1
        return name

    def _relate(self, part: str) -> str:
        for rid, (rtype, target, _mode) in self.rels.items():
            if rtype == HEADER_REL and target == part:
                return rid
        rid = _free_rid(set(self.rels) | {r[0] for r in self._new_rels})
        target = posixpath.relpath(part, posixpath.dirname(self.main) or ".")
        self._new_rels.append((rid, HEADER_REL, target))
        self.rels[rid] = (HEADER_REL, part, "Internal")
        return rid

    def _free_name(self, template: str, start: int = 0) -> str:
        n = start
        taken = {p.lower() for p in self.pkg.parts}
        while True:
            name = template.format(n or "") if start == 0 else template.format(n)
            if name.lower() not in taken:
                return name
            n += 1

    def _stamp(self, part: str) -> None:
        if part in self.stamped:
            return
        root = parse_xml(self.pkg.parts[part], f"{self.pkg.name}: {part}")
        if any(d.get("name") == LOGO_NAME for d in root.iter(
                "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}docPr")):
            self.notes.append("Das Dokument trägt das Kampagnenlogo bereits; es wurde nicht "
                              "doppelt eingefügt.")
            self.stamped.add(part)
            return
        if "".join(root.itertext()).strip():
            self.notes.append("Die Kopfzeile enthält bereits Text; bitte prüfen, dass das Logo "
                              "nichts verdeckt (sonst die andere Seite wählen).")
        rels = self.pkg.relationships(part)
        png_rid = _free_rid(set(rels))
        svg_rid = _free_rid(set(rels) | {png_rid})
        folder = posixpath.dirname(part) or "."
        self._add_part_rels(part, [
            (png_rid, IMAGE_REL, posixpath.relpath(self.png_part, folder)),
            (svg_rid, IMAGE_REL, posixpath.relpath(self.svg_part, folder)),
        ])
        anchor = Anchor(width_mm=self.image.width_mm, height_mm=self.image.height_mm,
                        y_mm=LOGO_TOP_MM, h_align=self.side)
        run = etree.fromstring(anchored_picture_run(
            anchor, png_rid, svg_rid, self._next_doc_id, LOGO_NAME, self.description))
        self._next_doc_id += 1
        paragraph = root.find(f"{{{W_NS}}}p")
        if paragraph is None:   # a header of tables or content controls only
            paragraph = etree.SubElement(root, f"{{{W_NS}}}p")
        props = paragraph.find(f"{{{W_NS}}}pPr")
        paragraph.insert(0 if props is None else paragraph.index(props) + 1, run)
        self.pkg.put(part, XML_DECLARATION + etree.tostring(root, encoding="UTF-8",
                                                            xml_declaration=False))
        self.stamped.add(part)

    def _add_part_rels(self, part: str, rels: list[tuple[str, str, str]]) -> None:
        xml = "".join(f'<Relationship Id="{rid}" Type="{rtype}" Target="{target}"/>'
                      for rid, rtype, target in rels).encode()
        name = self.pkg.rels_name(part)
        if name in self.pkg.parts:
            self.pkg.put(name, _insert_before_close(self.pkg.parts[name], b"Relationships", xml))
        else:
            self.pkg.put(name, XML_DECLARATION + f'<Relationships xmlns="{PKG_REL_NS}">'.encode() + xml
                         + b"</Relationships>")

    def _even_and_odd(self) -> bool:
        for rtype, target, _mode in self.rels.values():
            if rtype == SETTINGS_REL and target in self.pkg.parts:
                node = self.pkg.xml(target).find(f"{{{W_NS}}}evenAndOddHeaders")
                if node is not None:
                    return node.get(f"{{{W_NS}}}val", "true").lower() not in ("0", "false", "off")
        return False

    def finish(self) -> None:
        if self._new_rels:
            self._add_part_rels(self.main, self._new_rels)
        if self.editor.changed:
            self.pkg.put(self.main, self.editor.result())
        self.pkg.put("[Content_Types].xml", _content_types(
            self.pkg.parts["[Content_Types].xml"], self._overrides, self.pkg.name))


def _content_types(data: bytes, overrides: dict[str, str], name: str) -> bytes:
    root = parse_xml(data, f"{name}: [Content_Types].xml")
    defaults = {d.get("Extension", "").lower() for d in root.iter(f"{{{CT_NS}}}Default")}
    xml = ""
    if "png" not in defaults:
        xml += '<Default Extension="png" ContentType="image/png"/>'
    if "svg" not in defaults:
        xml += '<Default Extension="svg" ContentType="image/svg+xml"/>'
    for part, ctype in overrides.items():
        xml += f'<Override PartName="{part}" ContentType="{ctype}"/>'
    return _insert_before_close(data, b"Types", xml.encode()) if xml else data


def _insert_before_close(data: bytes, local_name: bytes, xml: bytes) -> bytes:
    match = list(re.finditer(rb"</(?:\w+:)?" + local_name + rb"\s*>", data))
    if match:
        at = match[-1].start()
        return data[:at] + xml + data[at:]
    empty = re.search(rb"<(?:\w+:)?" + local_name + rb"\b[^>]*/>", data)
    if empty is None:
        raise WordError("Die Datei ist beschädigt (Verzeichnis der Teile unlesbar).")
    tag = empty.group(0)
    close = b"</" + tag[1:].split()[0].rstrip(b"/>") + b">"
    return data[:empty.start()] + tag[:-2].rstrip() + b">" + xml + close + data[empty.end():]


def _free_rid(taken: set[str]) -> str:
    n = 1
    while f"rIdAk{n}" in taken:
        n += 1
    return f"rIdAk{n}"


def _max_doc_id(package: DocxPackage) -> int:
    pattern = re.compile(rb"<(?:\w+:)?docPr\b[^>]*?\sid=\"(\d+)\"")
    found = [0]
    for name, data in package.parts.items():
        if name.endswith(".xml"):
            found.extend(int(m.group(1)) for m in pattern.finditer(data))
    return max(found)


__all__ = ["POSITIONS", "StampDocxResult", "stamp_docx"]
