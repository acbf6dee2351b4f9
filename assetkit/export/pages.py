"""Join the one-page PDFs of a document's pages into one PDF (pikepdf).

In:  the PDF bytes of each page, the first one complete with its document-level parts
     (output intent, metadata, viewer settings).
Out: one PDF: the first document with the pages of the others appended in order. Fonts and
     images stay with the page that uses them. Tagged pages (accessible PDFs) keep their tags:
     each page's structure elements join the first page's ``Document`` element in order, and
     their marked-content and annotation keys are renumbered into one parent tree.
     With ``title`` the joined file is a document of its own (a batch's single PDF): that title,
     fresh document IDs and dates, in the Info dictionary and XMP alike (PDF/X keeps its marks).
"""

from __future__ import annotations

import io
from collections.abc import Sequence

import pikepdf
from pikepdf import Array

from assetkit.export.pdfx import set_metadata


def join_pdfs(parts: Sequence[bytes], title: str | None = None) -> bytes:
    with pikepdf.open(io.BytesIO(parts[0])) as pdf:
        others = [pikepdf.open(io.BytesIO(data)) for data in parts[1:]]
        try:
            for other in others:
                first_new = len(pdf.pages)
                pdf.pages.extend(other.pages)
                if "/StructTreeRoot" in pdf.Root and "/StructTreeRoot" in other.Root:
                    _join_tags(pdf, other, [pdf.pages[i] for i in range(first_new,
                                                                          len(pdf.pages))])
            if title is not None:
                set_metadata(pdf, title, pdfx="/GTS_PDFXVersion" in pdf.docinfo)
            out = io.BytesIO()
            pdf.save(out, compress_streams=True,
                     object_stream_mode=pikepdf.ObjectStreamMode.generate)
        finally:
            for other in others:
                other.close()
    return out.getvalue()


def _join_tags(pdf: pikepdf.Pdf, other: pikepdf.Pdf, new_pages: list[pikepdf.Page]) -> None:
    """Append ``other``'s structure to ``pdf``'s (its pages are ``new_pages`` there now)."""
    root = pdf.Root.StructTreeRoot
    offset = int(root.get("/ParentTreeNextKey", 0))
    theirs = other.Root.StructTreeRoot
    nums = list(theirs.ParentTree.get("/Nums", Array()))
    ours = root.ParentTree.Nums
    for key, value in zip(nums[0::2], nums[1::2], strict=True):
        ours.append(int(key) + offset)
        ours.append(_copy(pdf, value))
    root.ParentTreeNextKey = offset + int(theirs.get("/ParentTreeNextKey", len(nums) // 2))
    for page in new_pages:
        if "/StructParents" in page.obj:
            page.obj.StructParents = int(page.obj.StructParents) + offset
        for annotation in page.obj.get("/Annots", Array()):
            if "/StructParent" in annotation:
                annotation.StructParent = int(annotation.StructParent) + offset
    document = root.K[0]
    for element in theirs.K:
        copied = _copy(pdf, element)
        for kid in copied.get("/K", Array()):
            if isinstance(kid, pikepdf.Dictionary) and "/S" in kid:
                kid.P = document
                document.K.append(kid)


def _copy(pdf: pikepdf.Pdf, value: pikepdf.Object) -> pikepdf.Object:
    """``value`` of another PDF in ``pdf``: indirect objects copied (once: qpdf remembers
    them, so a page copied before is the same page), direct arrays copied item by item."""
    if isinstance(value, pikepdf.Object) and value.is_indirect:
        return pdf.copy_foreign(value)
    if isinstance(value, pikepdf.Array):
        return Array([_copy(pdf, item) for item in value])
    return value
