"""Test documents built by hand with pikepdf: text pages, rotated pages, crop boxes, a form.

Text uses the standard Helvetica font so ``pdftotext`` can read it back. Coordinates are PDF
user space (points, origin bottom-left of the MediaBox).
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from pathlib import Path

import pikepdf
from pikepdf import Array, Dictionary, Name

A4 = (595.276, 841.89)
MM = 72 / 25.4


@dataclass
class PageSpec:
    size: tuple[float, float] = A4
    rotate: int = 0
    crop: tuple[float, float, float, float] | None = None
    texts: list[tuple[float, float, str]] = field(default_factory=list)    # x, y, text (12 pt)
    fills: list[tuple[float, float, float, float, float]] = field(default_factory=list)  # x y w h gray


def body_text(size: tuple[float, float] = A4, words: str = "Antrag auf Leistungen") -> list:
    """A letter-like page: lines of text from top to bottom inside 25 mm margins."""
    w, h = size
    lines = []
    y = h - 25 * MM
    n = 0
    while y > 25 * MM:
        lines.append((25 * MM, y, f"{words} Zeile {n}"))
        y -= 16
        n += 1
    return lines


def _content(spec: PageSpec) -> bytes:
    ops = []
    for x, y, w, h, gray in spec.fills:
        ops.append(f"{gray} g {x} {y} {w} {h} re f")
    if spec.texts:
        ops.append("0 g")
    for x, y, text in spec.texts:
        safe = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        ops.append(f"BT /F1 12 Tf {x} {y} Td ({safe}) Tj ET")
    return "\n".join(ops).encode("latin-1")


def make_pdf(pages: list[PageSpec]) -> pikepdf.Pdf:
    pdf = pikepdf.new()
    font = pdf.make_indirect(Dictionary(Type=Name.Font, Subtype=Name.Type1, BaseFont=Name.Helvetica,
                                        Encoding=Name.WinAnsiEncoding))
    for spec in pages:
        page = pdf.add_blank_page(page_size=spec.size)
        page.obj.Resources = Dictionary(Font=Dictionary(F1=font))
        page.obj.Contents = pdf.make_stream(_content(spec))
        if spec.rotate:
            page.obj.Rotate = spec.rotate
        if spec.crop:
            page.obj.CropBox = Array(list(spec.crop))
    return pdf


def save(pdf: pikepdf.Pdf, path: Path, **kwargs: object) -> Path:
    pdf.save(path, **kwargs)
    return path


def letter_pages(n: int) -> list[PageSpec]:
    return [PageSpec(texts=body_text()) for _ in range(n)]


def _appearance(pdf: pikepdf.Pdf, w: float, h: float, ops: bytes,
                resources: Dictionary | None = None) -> pikepdf.Stream:
    stream = pdf.make_stream(ops)
    stream.Type = Name.XObject
    stream.Subtype = Name.Form
    stream.BBox = Array([0, 0, w, h])
    if resources is not None:
        stream.Resources = resources
    return stream


def add_form(pdf: pikepdf.Pdf, page_index: int = 0) -> None:
    """An AcroForm with a text field „Name“ and a checkbox „Einverstanden“, both with appearances."""
    page = pdf.pages[page_index]
    font = page.obj.Resources.Font.F1
    dr = Dictionary(Font=Dictionary(Helv=font))
    text_ap = _appearance(pdf, 200, 20, b"/Tx BMC BT /Helv 10 Tf 2 6 Td (Muster) Tj ET EMC",
                          Dictionary(Font=Dictionary(Helv=font)))
    text = pdf.make_indirect(Dictionary(
        Type=Name.Annot, Subtype=Name.Widget, FT=Name.Tx, T=pikepdf.String("Name"),
        V=pikepdf.String("Muster"), DA=pikepdf.String("/Helv 10 Tf 0 g"), F=4,
        Rect=Array([100, 400, 300, 420]), AP=Dictionary(N=text_ap), P=page.obj,
        MK=Dictionary(BC=Array([0]))))
    on = _appearance(pdf, 14, 14, b"0 g 2 2 10 10 re f")
    off = _appearance(pdf, 14, 14, b"0 G 0.5 0.5 13 13 re S")
    check = pdf.make_indirect(Dictionary(
        Type=Name.Annot, Subtype=Name.Widget, FT=Name.Btn, T=pikepdf.String("Einverstanden"),
        V=Name.Off, AS=Name.Off, F=4, Rect=Array([100, 360, 114, 374]), P=page.obj,
        AP=Dictionary(N=Dictionary(Yes=on, Off=off))))
    link = pdf.make_indirect(Dictionary(
        Type=Name.Annot, Subtype=Name.Link, Rect=Array([100, 330, 250, 345]), Border=Array([0, 0, 0]),
        A=Dictionary(S=Name.URI, URI=pikepdf.String("https://www.kommunale-jobcenter.de"))))
    page.obj.Annots = pdf.make_indirect(Array([text, check, link]))
    pdf.Root.AcroForm = pdf.make_indirect(Dictionary(Fields=Array([text, check]), DR=dr,
                                                     DA=pikepdf.String("/Helv 10 Tf 0 g")))


def pdf_bytes(pdf: pikepdf.Pdf, **kwargs: object) -> bytes:
    buf = io.BytesIO()
    pdf.save(buf, **kwargs)
    return buf.getvalue()
