"""Real, searchable text in cairo's PDF, in place of the text markers the composer drew.

For PDFs the composer does not draw text as outlines: each text gets a marker (see
:func:`assetkit.text.svg.marker_to_svg`), a four-point shape in a colour of its own. cairo
draws the marker where the text belongs — in z-order, inside the template's groups,
transforms and clips. :func:`set_text` finds each marker in the page's content stream (and in
form XObjects, where cairo puts transparency groups), reads from its three corner points the
transform cairo applied, checks the fourth, and replaces the marker with the text: glyph ids
of an embedded font subset (Type0 / Identity-H, ``/W`` widths, ``/ToUnicode`` from the
layout's characters), each glyph at the position the layout gave it.

So the text is drawn by the font the layout measured, is found, selected and copied in every
PDF viewer, is read by screen readers, and costs a few bytes per glyph instead of its outline.

Hyphens added by hyphenation are not part of the text: the first part of a hyphenated word
(„Unterstüt-“) sits in a marked-content span ``/Span <</ActualText (Unterstützung)>> BDC …
EMC``, its further parts („zung“) in spans with an empty ``/ActualText``. Words the layout
breaks without adding a hyphen — a web address after „/“, a name at its own hyphen
(„Vorpommern-“ / „Greifswald“) — are spanned the same way, so they copy out whole. So ``pdftotext``
(in every mode), copying and screen readers give the whole word, and the glyphs stay where
the layout put them. Spaces the no-break rules glue are ordinary spaces here.

A programme's hanging label („10:00 Uhr“ with its item text in a column, ``LaidLine.label``)
and the gutter after it are one span, ``/ActualText (10:00 Uhr )``, reaching to the item
text: text extraction would take the gutter for the gap between two columns and read every
time first, then every item.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

import pikepdf
import uharfbuzz as hb
from pikepdf import Array, Dictionary, Name

from assetkit.text.fonts import Font, load_font
from assetkit.text.model import LaidLine, PositionedGlyph, TextLayout
from assetkit.text.nobreak import link_target
from assetkit.text.shaping import shape
from assetkit.text.svg import MARKER_POINTS

_PATH_OPS = frozenset(("m", "l", "h"))
OVERPRINT = Name("/AkOverprint")
FIELD_TAG = Name("/AkField")      # tagged output: one field's text (see set_text)
LINK_TAG = Name("/AkLink")        # tagged output: a link's glyphs on one line
_FILL_OPS = frozenset(("f", "f*", "F"))
_MAX_FORM_DEPTH = 8


@dataclass(frozen=True)
class PdfText:
    """One text to set: its layout, its fill colour and the colour of its marker (#rrggbb)."""

    field: str
    layout: TextLayout
    fill: str
    marker: str
    overprint: bool = False     # set with overprint on (print: 100 % black text)
    spoken: str | None = None   # what the text says where it is shown otherwise (capitals)


def set_text(pdf: pikepdf.Pdf, page: pikepdf.Page, texts: Sequence[PdfText],
             tagged: bool = False) -> list[str]:
    """Replace the markers of ``texts`` on ``page`` by the texts; returns the fields whose
    marker cairo did not draw (hidden or clipped away: their text is not shown either).

    ``tagged``: each field's text is a marked-content sequence ``/AkField <</Field (id)>>``,
    and the e-mail addresses and web addresses in it ``/AkLink <</Href (…)>>`` sequences
    (per line), for :mod:`assetkit.export.tagged` to turn into the structure tree."""
    texts = [t for t in texts if any(line.glyphs for line in t.layout.lines)]
    if not texts:
        return []
    fonts = _embed_fonts(pdf, (t.layout for t in texts))
    setter = _Setter(pdf, {_rgb(t.marker): t for t in texts}, fonts)
    setter.tagged = tagged
    resources = page.obj.get("/Resources")
    if resources is None:
        resources = page.obj.Resources = Dictionary()
    ops = setter.stream(pikepdf.parse_content_stream(page), resources)
    if ops is not None:
        page.obj.Contents = pdf.make_stream(pikepdf.unparse_content_stream(ops))
    setter.forms(resources, 0)
    return [t.field for t in texts if t.field not in setter.found]


def _rgb(color: str) -> tuple[float, float, float]:
    return (int(color[1:3], 16) / 255, int(color[3:5], 16) / 255, int(color[5:7], 16) / 255)


@dataclass(frozen=True)
class _EmbeddedFont:
    name: Name
    font_obj: Dictionary
    gid_map: dict[int, int]


def _embed_fonts(pdf: pikepdf.Pdf, layouts: Iterable[TextLayout]) -> dict[str, _EmbeddedFont]:
    """font path → the embedded subset with every glyph the layouts use."""
    fonts = {}
    for index, (font_path, glyphs) in enumerate(_glyphs_by_font(layouts).items()):
        font_obj, gid_map = _embed_font(pdf, load_font(font_path), glyphs)
        fonts[font_path] = _EmbeddedFont(Name(f"/AkText{index}"), font_obj, gid_map)
    return fonts


class _Setter:
    """Walks content streams, swapping markers for text (``found`` collects the fields)."""

    def __init__(self, pdf: pikepdf.Pdf, markers: dict[tuple[float, float, float], PdfText],
                 fonts: dict[str, _EmbeddedFont]) -> None:
        self.pdf = pdf
        self.markers = markers
        self.fonts = fonts
        self.found: set[str] = set()
        self.tagged = False
        self._forms_done: set[tuple[int, int]] = set()

    def stream(self, instructions: Sequence[pikepdf.ContentStreamInstruction],
               resources: Dictionary) -> list[object] | None:
        """The rewritten instructions, or None when no marker is in them."""
        out: list[object] = []
        pending: PdfText | None = None
        held: list[pikepdf.ContentStreamInstruction] = []   # ops since the marker's colour
        changed = False
        for inst in instructions:
            op = str(inst.operator)
            if op == "rg" and len(inst.operands) == 3:
                text = self._marker(inst.operands)
                if text is not None:
                    out.extend(held)
                    pending, held = text, [inst]
                    continue
            if pending is None:
                out.append(inst)
                continue
            held.append(inst)
            if op in _PATH_OPS:
                continue
            if op in _FILL_OPS:
                transform = _marker_transform(pending.layout, held)
                if transform is not None:
                    out.extend(i for i in held
                               if str(i.operator) not in _PATH_OPS | _FILL_OPS
                               and i is not held[0])
                    out.extend(self._text_ops(pending, transform))
                    self.found.add(pending.field)
                    changed = True
                else:
                    out.extend(held)
                pending, held = None, []
            elif op not in ("gs", "q", "cm", "w", "J", "j", "M", "d", "ri", "i"):
                out.extend(held)            # painted something else: not a marker after all
                pending, held = None, []
        out.extend(held)
        if not changed:
            return None
        font_dict = resources.get("/Font")
        if font_dict is None:
            font_dict = resources.Font = Dictionary()
        for font in self.fonts.values():
            font_dict[font.name] = font.font_obj
        if any(t.overprint for t in self.markers.values()):
            states = resources.get("/ExtGState")
            if states is None:
                states = resources.ExtGState = Dictionary()
            # OPM 1: the zero C, M, Y of 100 % K leave the inks below as they are.
            states[OVERPRINT] = Dictionary(Type=Name.ExtGState, OP=True, op=True, OPM=1)
        return out

    def forms(self, resources: Dictionary, depth: int) -> None:
        """Markers inside form XObjects (cairo's transparency groups and clipped groups)."""
        if depth >= _MAX_FORM_DEPTH:
            return
        for xobject in resources.get("/XObject", Dictionary()).values():
            if xobject.get("/Subtype") != Name.Form or xobject.objgen in self._forms_done:
                continue
            self._forms_done.add(xobject.objgen)
            form_resources = xobject.get("/Resources")
            if form_resources is None:
                form_resources = xobject.Resources = Dictionary()
            ops = self.stream(pikepdf.parse_content_stream(xobject), form_resources)
            if ops is not None:
                xobject.write(pikepdf.unparse_content_stream(ops))
            self.forms(form_resources, depth + 1)

    def _marker(self, operands: Sequence[object]) -> PdfText | None:
        rgb = tuple(float(v) for v in operands)  # type: ignore[arg-type]
        for key, text in self.markers.items():
            if all(abs(a - b) < 0.6 / 255 for a, b in zip(key, rgb, strict=True)):
                return text
        return None

    def _text_ops(self, text: PdfText, transform: tuple[float, ...]) -> list[object]:
        layout = text.layout
        font_data = load_font(layout.style.font)
        embedded = self.fonts[str(font_data.path)]
        r, g, b = _rgb(text.fill)
        lines = [
            "q", " ".join(f"{v:.6f}" for v in transform) + " cm",
            *([f"{OVERPRINT} gs"] if text.overprint else []), "BT",
            "0 Tc 0 Tw 100 Tz 0 Ts 0 Tr",
            f"{embedded.name} {_num(layout.size)} Tf",
            f"{_num(r)} {_num(g)} {_num(b)} rg",
        ]
        lines += _glyph_runs(layout, font_data, embedded.gid_map, self.tagged)
        lines += ["ET", "Q"]
        if self.tagged and text.spoken:
            # „AKTIONSWOCHE“ is read as the word it is, not letter by letter.
            spoken = " ".join(text.spoken.split())
            lines = [*lines[:-2], "EMC", *lines[-2:]]
            lines.insert(lines.index("BT") + 1,
                         f"/Span << /ActualText {_pdf_text_string(spoken)} >> BDC")
        if self.tagged:
            lines = [f"{FIELD_TAG} << /Field {_pdf_text_string(text.field)} >> BDC", *lines, "EMC"]
        return list(pikepdf.parse_content_stream(
            pikepdf.Stream(self.pdf, ("\n".join(lines) + "\n").encode("ascii"))))


def _marker_transform(layout: TextLayout,
                      held: Sequence[pikepdf.ContentStreamInstruction]) -> tuple[float, ...] | None:
    """The transform page units → the stream's user space read off the marker's corners, as a
    ``cm`` matrix; None when the shape is not the marker (wrong point count or fourth point)."""
    points: list[tuple[float, float]] = []
    for inst in held:
        op = str(inst.operator)
        if op in ("m", "l") and len(inst.operands) == 2:
            points.append((float(inst.operands[0]), float(inst.operands[1])))
        elif op not in _PATH_OPS | _FILL_OPS and points:
            return None                     # a cm or state change inside the path
    if len(points) < len(MARKER_POINTS):
        return None
    box = layout.box
    w, h = max(box.width, 1e-3), max(box.height, 1e-3)
    (x0, y0), (x1, y1), (x2, y2), (x3, y3) = points[:4]
    a, b = (x1 - x0) / w, (y1 - y0) / w
    c, d = (x2 - x0) / h, (y2 - y0) / h
    if abs(a * d - b * c) < 1e-9:
        return None
    e = x0 - box.x * a - box.y * c
    f = y0 - box.x * b - box.y * d
    fx, fy = MARKER_POINTS[3]
    u, v = box.x + fx * w, box.y + fy * h
    tolerance = 0.01 + 1e-4 * (abs(x1 - x0) + abs(y2 - y0))  # cairo writes 3 decimals
    if abs(a * u + c * v + e - x3) > tolerance or abs(b * u + d * v + f - y3) > tolerance:
        return None
    return (a, b, c, d, e, f)


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
    widths = [_width_1000(font, old) for old in order]
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


def _width_1000(font: Font, gid: int) -> int:
    """A glyph's advance in whole thousandths of an em, as the font's ``/W`` array has it."""
    return round(font.advance(gid) * 1000.0 / font.upem)


def _num(value: float) -> str:
    text = f"{value:.4f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _glyph_runs(layout: TextLayout, font: Font, gid_map: dict[int, int],
                tagged: bool = False) -> list[str]:
    """``Tm`` + ``TJ`` per run of glyphs on one baseline, in page units (y down: the text
    matrix flips y so glyphs stand upright); parts of hyphenated words in ``/ActualText``
    spans (see :func:`_word_spans`); when ``tagged``, links in ``/AkLink`` sequences."""
    ops = []
    words = _word_spans(layout.lines)
    links = link_spans(layout.lines, words) if tagged else [[] for _ in layout.lines]
    space = _space_glyph(font, gid_map) if tagged else None
    for n, (line, spans, line_links) in enumerate(zip(layout.lines, words, links, strict=True)):
        if line.label:
            line, spans = _label_span(line, spans, font, layout.size)
        if space is not None and n + 1 < len(layout.lines) and line.glyphs \
                and not (line.hyphenated or line.joined):
            # The space the line break stands for, as a blank glyph at the line's end: the
            # structure tree then reads „aus einer“, not „auseiner“.
            end = PositionedGlyph(space, line.x + line.width, line.baseline, len(line.text))
            line = replace(line, glyphs=(*line.glyphs, end))
        for glyphs, actual, href in _split_line(line, spans, line_links):
            if href is not None:
                ops.append(f"{LINK_TAG} << /Href {_pdf_text_string(href)} >> BDC")
            if actual is not None:
                ops.append(f"/Span << /ActualText {_pdf_text_string(actual)} >> BDC")
            ops += _runs(glyphs, layout.size, font, gid_map)
            if actual is not None:
                ops.append("EMC")
            if href is not None:
                ops.append("EMC")
    return ops


def _label_span(line: LaidLine, spans: list[tuple[int, int, str]], font: Font, size: float
                ) -> tuple[LaidLine, list[tuple[int, int, str]]]:
    """The line with the space after its hanging label moved to the end of the gutter, and a
    span over label and space whose actual text is the label and a space: a reader spreads
    the actual text over the span, so label and item text stand a word apart (see the module
    docstring)."""
    item = next((g for g in line.glyphs if g.cluster > line.label), None)
    if item is None:
        return line, spans
    glyphs = tuple(replace(g, x=item.x - _width_1000(font, g.gid) * size / 1000.0)
                   if g.cluster == line.label else g for g in line.glyphs)
    return (replace(line, glyphs=glyphs),
            [(0, line.label + 1, line.text[:line.label + 1]), *spans])


def _space_glyph(font: Font, gid_map: dict[int, int]) -> int | None:
    """The glyph id of the font's space, if the embedded subset has it."""
    gids = shape(font, " ").gids
    return gids[0] if len(gids) == 1 and gids[0] in gid_map else None


def link_spans(lines: Sequence[LaidLine], whole_words: list[list[tuple[int, int, str]]] | None = None
               ) -> list[list[tuple[int, int, str]]]:
    """Per line, the (start, end, target) character spans of e-mail addresses and web
    addresses (``mailto:…``, ``https://…``); a link broken over lines has a span on each."""
    if whole_words is None:                 # the word spans of _word_spans, if known
        whole_words = _word_spans(lines)
    spans: list[list[tuple[int, int, str]]] = []
    carried = ""
    for line, broken in zip(lines, whole_words, strict=True):
        own: list[tuple[int, int, str]] = []
        position = 0
        for word in line.text.split(" "):
            start, end = position, position + len(word)
            position = end + 1
            whole = next((text for a, b, text in broken if a == start and b >= end), None)
            if whole == "" and start == 0:
                whole = carried             # the rest of a word begun on the line above
            elif whole is None or whole == "":
                whole = word
            target = link_target(whole)
            if target and word:
                own.append((start, end, target))
            carried = whole
        spans.append(own)
    return spans


def _word_spans(lines: Sequence[LaidLine]) -> list[list[tuple[int, int, str]]]:
    """Per line, the (start, end, actual text) character spans that stand for a hyphenated
    word: the word's first part (hyphen included) for the whole word, its further parts for
    nothing. So text extraction and copying give „Unterstützung“, not „Unterstüt-“ and
    „zung“, while the glyphs stay where the layout put them."""
    spans: list[list[tuple[int, int, str]]] = [[] for _ in lines]
    for i, line in enumerate(lines):
        continued = i > 0 and (lines[i - 1].hyphenated or lines[i - 1].joined)
        if continued:
            first = line.text.find(" ")
            spans[i].append((0, len(line.text) if first < 0 else first, ""))
        split = line.hyphenated or line.joined
        if not split or i + 1 >= len(lines) or (continued and " " not in line.text):
            continue        # not split, or the middle part of a word (done above)
        start = line.text.rfind(" ") + 1
        word = _own_part(line)[start:]
        for nxt in lines[i + 1:]:
            if (nxt.hyphenated or nxt.joined) and " " not in nxt.text:
                word += _own_part(nxt)
                continue
            word += nxt.text.split(" ", 1)[0]
            break
        spans[i].append((start, len(line.text), word))
    return spans


def _own_part(line: LaidLine) -> str:
    """The line's text without the hyphen the layout added."""
    return line.text[:-1] if line.hyphenated else line.text


def _split_line(line: LaidLine, spans: list[tuple[int, int, str]],
                links: list[tuple[int, int, str]] | None = None,
                ) -> list[tuple[list[PositionedGlyph], str | None, str | None]]:
    """The line's glyphs in groups: the actual text of the word span they are in (None:
    outside any) and the target of the link they are part of (None: not a link)."""
    groups: list[tuple[list[PositionedGlyph], str | None, str | None]] = []
    key: object = object()
    for g in line.glyphs:
        actual = next((text for a, b, text in spans if a <= g.cluster < b), None)
        href = next((target for a, b, target in links or () if a <= g.cluster < b), None)
        if not groups or (actual, href) != key:
            groups.append(([], actual, href))
            key = (actual, href)
        groups[-1][0].append(g)
    return groups


def _pdf_text_string(text: str) -> str:
    """A PDF text string (UTF-16BE with byte order mark, hex) for ``text``."""
    return "<FEFF" + text.encode("utf-16-be").hex().upper() + ">"


def _runs(glyphs: Sequence[PositionedGlyph], size: float, font: Font,
          gid_map: dict[int, int]) -> list[str]:
    """One ``Tm`` + ``TJ`` per stretch of ``glyphs`` on the same y (marks may sit higher)."""
    ops = []
    i = 0
    while i < len(glyphs):
        j = i
        while j + 1 < len(glyphs) and glyphs[j + 1].y == glyphs[i].y:
            j += 1
        ops.append(f"1 0 0 -1 {_num(glyphs[i].x)} {_num(glyphs[i].y)} Tm")
        parts: list[str] = []
        for n in range(i, j + 1):
            g = glyphs[n]
            parts.append(f"<{gid_map[g.gid]:04X}>")
            if n < j:
                # Viewers advance by the font's /W width (whole 1/1000 em), so the
                # adjustment is measured from there: no drift along a line.
                pen = g.x + _width_1000(font, g.gid) * size / 1000.0
                adjust = -(glyphs[n + 1].x - pen) * 1000.0 / size
                if abs(adjust) > 0.01:
                    parts.append(_num(adjust))
        ops.append("[" + " ".join(parts) + "] TJ")
        i = j + 1
    return ops
