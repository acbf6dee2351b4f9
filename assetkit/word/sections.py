"""Sections of a Word body and minimal byte-level edits of their ``w:sectPr``.

Stamping must leave ``document.xml`` byte-identical where it can. When a section needs a new
header reference or a first-page header, only the bytes of that ``w:sectPr`` change: the edit
is spliced into the original text instead of re-serialising the whole part (which would
reorder namespace declarations, quotes and whitespace).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

from assetkit.word.drawing import R_NS, W_NS
from assetkit.word.errors import WordError
from assetkit.word.units import twips_to_mm

HF_TYPES = ("default", "first", "even")
# Children of w:sectPr that come after w:titlePg in the schema (CT_SectPr sequence).
_AFTER_TITLE_PG = ("textDirection", "bidi", "rtlGutter", "docGrid", "printerSettings",
                   "sectPrChange")


@dataclass
class Section:
    index: int
    start: int          # offset of "<w:sectPr"
    open_end: int       # offset just after the opening tag's ">"
    end: int            # offset just after "</w:sectPr>" (== open_end when self-closing)
    self_closing: bool
    headers: dict[str, str] = field(default_factory=dict)   # type → rId
    footers: dict[str, str] = field(default_factory=dict)
    title_pg: bool = False
    top_margin_mm: float = 25.0
    page_width_mm: float = 210.0


@dataclass
class _Edit:
    offset: int
    remove: int
    insert: bytes


class SectionEditor:
    """Finds the sections of ``document.xml`` and collects splice edits for their sectPr."""

    def __init__(self, data: bytes, root: etree._Element, where: str) -> None:
        self.data = data
        self.where = where
        self.w = _prefix(root, W_NS)
        self.r = _prefix(root, R_NS)
        self._edits: list[_Edit] = []
        self._first: dict[int, list[bytes]] = {}   # section index → tags to put first
        self._last: dict[int, list[bytes]] = {}
        self.sections = self._find(root)

    # ---- reading -------------------------------------------------------------------------
    def _find(self, root: etree._Element) -> list[Section]:
        w = self.w.decode()
        token = re.compile(rf"<(/?){re.escape(w)}sectPr(?=[\s/>])[^>]*?(/?)>".encode())
        spans: list[tuple[int, int, int, bool]] = []
        stack: list[tuple[int, int]] = []
        for m in token.finditer(self.data):
            closing, empty = m.group(1) == b"/", m.group(2) == b"/"
            if closing:
                if not stack:
                    raise self._odd()
                start, open_end = stack.pop()
                if not stack:
                    spans.append((start, open_end, m.end(), False))
            elif empty:
                if not stack:
                    spans.append((m.start(), m.end(), m.end(), True))
            else:
                stack.append((m.start(), m.end()))
        elements = [e for e in root.iter(f"{{{W_NS}}}sectPr")
                    if e.getparent() is None
                    or e.getparent().tag != f"{{{W_NS}}}sectPrChange"]
        if stack or len(elements) != len(spans) or not spans:
            raise self._odd()
        sections = []
        for i, ((start, open_end, end, empty), el) in enumerate(zip(spans, elements, strict=True)):
            s = Section(i, start, open_end, end, empty)
            for kind, store in (("headerReference", s.headers), ("footerReference", s.footers)):
                for ref in el.findall(f"{{{W_NS}}}{kind}"):
                    store[ref.get(f"{{{W_NS}}}type", "default")] = ref.get(f"{{{R_NS}}}id", "")
            title = el.find(f"{{{W_NS}}}titlePg")
            s.title_pg = title is not None and _on(title.get(f"{{{W_NS}}}val"))
            margin = el.find(f"{{{W_NS}}}pgMar")
            if margin is not None:
                s.top_margin_mm = abs(twips_to_mm(_num(margin.get(f"{{{W_NS}}}top"), 1417)))
            size = el.find(f"{{{W_NS}}}pgSz")
            if size is not None:
                s.page_width_mm = twips_to_mm(_num(size.get(f"{{{W_NS}}}w"), 11906))
            sections.append(s)
        return sections

    def _odd(self) -> WordError:
        return WordError(f"{self.where}: die Abschnittsangaben des Dokuments sind ungewöhnlich "
                         "aufgebaut; das Logo kann nicht sicher eingefügt werden.")

    # ---- edits ---------------------------------------------------------------------------
    def set_reference(self, section: Section, kind: str, hf_type: str, rid: str) -> None:
        """Point ``section``'s header/footer of ``hf_type`` at ``rid`` (replace or add)."""
        w, r = self.w.decode(), self.r.decode()
        r_decl = "" if self.r else f' xmlns:rr="{R_NS}"'
        r_attr = f"{r}id" if self.r else "rr:id"
        tag = f'<{w}{kind}Reference{r_decl} {w}type="{hf_type}" {r_attr}="{rid}"/>'.encode()
        existing = (section.headers if kind == "header" else section.footers).get(hf_type)
        if existing is not None:
            pattern = re.compile(rf"<{re.escape(w)}{kind}Reference\b[^>]*>".encode())
            for m in pattern.finditer(self.data, section.open_end, section.end):
                if f'type="{hf_type}"'.encode() in m.group(0):
                    self._edits.append(_Edit(m.start(), m.end() - m.start(), tag))
                    break
            else:
                raise self._odd()
        else:
            self._insert_first(section, tag)
        (section.headers if kind == "header" else section.footers)[hf_type] = rid

    def enable_title_page(self, section: Section) -> None:
        """Give ``section`` a distinct first-page header/footer (``w:titlePg``)."""
        if section.title_pg:
            return
        w = self.w.decode()
        tag = f"<{w}titlePg/>".encode()
        body_end = self._children_end(section)
        off = re.compile(rf"<{re.escape(w)}titlePg\b[^>]*>".encode()).search(
            self.data, section.open_end, body_end)
        if off:    # <w:titlePg w:val="0"/> — switch it on
            self._edits.append(_Edit(off.start(), off.end() - off.start(), tag))
        else:
            names = "|".join(_AFTER_TITLE_PG)
            later = re.compile(rf"<{re.escape(w)}(?:{names})(?=[\s/>])".encode()).search(
                self.data, section.open_end, body_end)
            if later:
                self._edits.append(_Edit(later.start(), 0, tag))
            else:
                self._insert_last(section, tag)
        section.title_pg = True

    def _children_end(self, section: Section) -> int:
        if section.self_closing:
            return section.open_end
        return section.end - len(f"</{self.w.decode()}sectPr>")

    def _insert_first(self, section: Section, tag: bytes) -> None:
        self._first.setdefault(section.index, []).append(tag)

    def _insert_last(self, section: Section, tag: bytes) -> None:
        self._last.setdefault(section.index, []).append(tag)

    @property
    def changed(self) -> bool:
        return bool(self._edits or self._first or self._last)

    def result(self) -> bytes:
        """The document bytes with every collected edit spliced in."""
        edits = list(self._edits)
        close = f"</{self.w.decode()}sectPr>".encode()
        for section in self.sections:
            first = b"".join(self._first.get(section.index, []))
            last = b"".join(self._last.get(section.index, []))
            if not (first or last):
                continue
            if section.self_closing:   # <w:sectPr .../> → <w:sectPr ...>…</w:sectPr>
                opening = self.data[section.start:section.open_end]
                new = opening[:-2].rstrip() + b">" + first + last + close
                edits.append(_Edit(section.start, len(opening), new))
            else:
                edits.append(_Edit(section.open_end, 0, first))
                edits.append(_Edit(self._children_end(section), 0, last))
        data = self.data
        for edit in sorted(edits, key=lambda e: e.offset, reverse=True):
            data = data[:edit.offset] + edit.insert + data[edit.offset + edit.remove:]
        return data


def _prefix(root: etree._Element, namespace: str) -> bytes:
    for prefix, uri in root.nsmap.items():
        if uri == namespace:
            return f"{prefix}:".encode() if prefix else b""
    return b""


def _on(value: str | None) -> bool:
    return value is None or value.lower() not in ("0", "false", "off")


def _num(value: str | None, default: float) -> float:
    try:
        return float(value) if value is not None else default
    except ValueError:
        return default
