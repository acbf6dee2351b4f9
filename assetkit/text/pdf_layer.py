"""An invisible, searchable text layer for PDFs whose text is drawn as glyph outlines.

``layout_to_svg`` draws text as paths, so cairo's PDF has no text. ``add_text_layer`` puts
the same glyphs back as real text in render mode 3 (invisible) at the same positions: an
embedded font subset (Type0 / Identity-H, glyph ids as CIDs, ``/W`` widths, ``/ToUnicode``
from the layout's characters) in its own ``q … Q`` content stream. Then PDF viewers find,
select and copy the words and screen readers read them.

Hyphens added by hyphenation map to "-", so poppler's ``pdftotext`` joins the word halves
again (a real hyphen at a line end is joined too; that is poppler's rule for every PDF).
Pages with ``/Rotate`` are not handled: the view maps onto the unrotated MediaBox.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import pikepdf
import uharfbuzz as hb
from pikepdf import Array, Dictionary, Name

from assetkit.errors import RenderError
from assetkit.text.fonts import Font, load_font
from assetkit.text.model import LaidLine, TextLayout


@dataclass(frozen=True)
class PdfView:
    """Where page units land on the PDF page: page-unit coordinates of the page's top-left
    corner (of the MediaBox) and the scale from page units to PDF points
    (72/25.4 for mm, 0.75 for CairoSVG px)."""

    origin_x: float
    origin_y: float
    unit_to_pt: float


def add_text_layer(pdf_bytes: bytes, layouts: Sequence[TextLayout], view: PdfView,
                   page_index: int = 0) -> bytes:
    """Return ``pdf_bytes`` with the layouts' text added invisibly to one page."""
    try:
        pdf = pikepdf.open(io.BytesIO(pdf_bytes))
    except (pikepdf.PdfError, ValueError) as exc:
        raise RenderError("Die PDF-Datei kann nicht gelesen werden; die Textebene "
                          "wurde nicht hinzugefügt.") from exc
    with pdf:
        if not 0 <= page_index < len(pdf.pages):
            raise RenderError(f"Die PDF-Datei hat keine Seite {page_index + 1}.")
        page = pdf.pages[page_index]
        used = _glyphs_by_font(layouts)
        if not used:
            return pdf_bytes
        names: dict[str, tuple[Name, dict[int, int]]] = {}
        for font_path, glyphs in used.items():
            font = load_font(font_path)
            font_obj, gid_map = _embed_font(pdf, font, glyphs)
            names[font_path] = (page.add_resource(font_obj, Name.Font, prefix="AkText"),
                                gid_map)
        ops = _content(layouts, names, view, page)
        page.contents_add(pdf.make_stream(b"q\n"), prepend=True)
        page.contents_add(pdf.make_stream(b"Q\n"))
        page.contents_add(pdf.make_stream(ops))
        out = io.BytesIO()
        pdf.save(out)
        return out.getvalue()


def _glyphs_by_font(layouts: Iterable[TextLayout]) -> dict[str, dict[int, str]]:
    """font path → {gid: the characters it stands for} (first occurrence wins)."""
    used: dict[str, dict[int, str]] = {}
    for layout in layouts:
        path = str(load_font(layout.style.font).path)
        for line in layout.lines:
            if not line.glyphs:
                continue
            table = used.setdefault(path, {})
            for gid, text in _glyph_texts(line):
                if gid not in table or (not table[gid] and text):
                    table[gid] = text
    return used


def _glyph_texts(line: LaidLine) -> list[tuple[int, str]]:
    """Each glyph with the text of its cluster (the first glyph of a cluster takes it)."""
    starts = sorted({g.cluster for g in line.glyphs})
    ends = {s: (starts[i + 1] if i + 1 < len(starts) else len(line.text))
            for i, s in enumerate(starts)}
    seen: set[int] = set()
    out = []
    for g in line.glyphs:
        if g.cluster in seen:
            out.append((g.gid, ""))
        else:
            seen.add(g.cluster)
            out.append((g.gid, line.text[g.cluster:ends[g.cluster]]))
    return out


_DROP_TABLES = [int.from_bytes(tag.encode("ascii"), "big")  # hb sets take tags as integers
                for tag in ("GSUB", "GPOS", "GDEF", "BASE", "JSTF", "kern", "DSIG")]


@lru_cache(maxsize=16)
def _hb_face(font: Font) -> hb.Face:
    return hb.Face(font.data)


def _embed_font(pdf: pikepdf.Pdf, font: Font,
                glyphs: dict[int, str]) -> tuple[Dictionary, dict[int, int]]:
    """A Type0 font with a subset of ``font``; returns it and old gid → CID."""
    # HarfBuzz's subsetter: the same subset as fontTools' in a few milliseconds (fontTools
    # decompiled cmap and CFF on every call, ~60 ms per font, plus 0.1 s to import).
    subset_input = hb.SubsetInput()
    subset_input.glyph_set.update(glyphs)
    subset_input.drop_table_tag_set.update(_DROP_TABLES)  # positions are in the stream already
    subset_input.name_id_set.clear()
    subset_input.flags = hb.SubsetFlags.NOTDEF_OUTLINE
    plan = hb.SubsetPlan(_hb_face(font), subset_input)
    subset_face = plan.execute()
    new_to_old = plan.new_to_old_glyph_mapping
    gid_map = {g: plan.old_to_new_glyph_mapping[g] for g in glyphs}
    order = [new_to_old[i] for i in range(len(new_to_old))]
    names = sorted({font.glyph_name(g) for g in glyphs} | {".notdef"})

    tag = "".join(chr(65 + b % 26) for b in hashlib.sha1(
        (font.postscript_name + ",".join(names)).encode()).digest()[:6])
    base = Name("/" + f"{tag}+{font.postscript_name}")
    k = 1000.0 / font.upem
    widths = [round(font.advance(old) * k) for old in order]
    bbox = [round(v * k) for v in font.font_bbox]
    descriptor = Dictionary(
        Type=Name.FontDescriptor, FontName=base, Flags=4, FontBBox=Array(bbox),
        ItalicAngle=0, Ascent=round(font.ascender * k), Descent=round(font.descender * k),
        CapHeight=round(font.cap_height * k), XHeight=round(font.x_height * k), StemV=80,
    )
    cid = Dictionary(
        Type=Name.Font, BaseFont=base, FontDescriptor=pdf.make_indirect(descriptor),
        CIDSystemInfo=Dictionary(Registry=pikepdf.String("Adobe"),
                                 Ordering=pikepdf.String("Identity"), Supplement=0),
        DW=0, W=Array([0, Array(widths)]),
    )
    if font.is_cff:
        program = pdf.make_stream(subset_face.reference_table("CFF ").data)
        program[Name.Subtype] = Name.CIDFontType0C
        descriptor[Name.FontFile3] = program
        cid[Name.Subtype] = Name.CIDFontType0
    else:
        data = subset_face.blob.data
        program = pdf.make_stream(data)
        program[Name.Length1] = len(data)
        descriptor[Name.FontFile2] = program
        cid[Name.Subtype] = Name.CIDFontType2
        cid[Name.CIDToGIDMap] = Name.Identity
    to_unicode = pdf.make_stream(_to_unicode_cmap({gid_map[g]: t for g, t in glyphs.items()}))
    type0 = Dictionary(
        Type=Name.Font, Subtype=Name.Type0, BaseFont=base, Encoding=Name("/Identity-H"),
        DescendantFonts=Array([pdf.make_indirect(cid)]), ToUnicode=to_unicode,
    )
    return pdf.make_indirect(type0), gid_map


def _to_unicode_cmap(mapping: dict[int, str]) -> bytes:
    entries = [(cid, text) for cid, text in sorted(mapping.items()) if text]
    lines = [
        "/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
        "/CMapName /Adobe-Identity-UCS def", "/CMapType 2 def",
        "1 begincodespacerange", "<0000> <FFFF>", "endcodespacerange",
    ]
    for i in range(0, len(entries), 100):
        chunk = entries[i:i + 100]
        lines.append(f"{len(chunk)} beginbfchar")
        for cid, text in chunk:
            text = text.replace("\u00a0", " ")
            lines.append(f"<{cid:04X}> <{text.encode('utf-16-be').hex().upper()}>")
        lines.append("endbfchar")
    lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return ("\n".join(lines) + "\n").encode("ascii")


def _num(value: float) -> str:
    text = f"{value:.4f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _content(layouts: Sequence[TextLayout], names: dict[str, tuple[Name, dict[int, int]]],
             view: PdfView, page: pikepdf.Page) -> bytes:
    llx, _lly, _urx, ury = (float(v) for v in page.mediabox)
    k = view.unit_to_pt
    ops = ["q", "BT", "3 Tr"]
    for layout in layouts:
        font = load_font(layout.style.font)
        if str(font.path) not in names:
            continue
        res_name, gid_map = names[str(font.path)]
        size_pt = layout.size * k
        ops.append(f"{res_name} {_num(size_pt)} Tf")
        for line in layout.lines:
            glyphs = line.glyphs
            i = 0
            while i < len(glyphs):
                # One Tm + TJ per run of glyphs on the same y (marks may sit higher).
                j = i
                while j + 1 < len(glyphs) and glyphs[j + 1].y == glyphs[i].y:
                    j += 1
                x = llx + (glyphs[i].x - view.origin_x) * k
                y = ury - (glyphs[i].y - view.origin_y) * k
                ops.append(f"1 0 0 1 {_num(x)} {_num(y)} Tm")
                parts: list[str] = []
                for n in range(i, j + 1):
                    g = glyphs[n]
                    parts.append(f"<{gid_map[g.gid]:04X}>")
                    if n < j:
                        pen = g.x + font.advance(g.gid) * layout.size / font.upem
                        gap = (glyphs[n + 1].x - pen) * k
                        adjust = -gap * 1000.0 / size_pt
                        if abs(adjust) > 0.01:
                            parts.append(_num(adjust))
                ops.append("[" + " ".join(parts) + "] TJ")
                i = j + 1
    ops += ["ET", "Q"]
    return ("\n".join(ops) + "\n").encode("ascii")
