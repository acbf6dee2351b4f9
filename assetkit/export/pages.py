"""Join the one-page PDFs of a document's pages into one PDF (pikepdf).

In:  the PDF bytes of each page, the first one complete with its document-level parts
     (output intent, metadata, viewer settings).
Out: one PDF: the first document with the pages of the others appended in order. Fonts and
     images stay with the page that uses them.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

import pikepdf


def join_pdfs(parts: Sequence[bytes]) -> bytes:
    with pikepdf.open(io.BytesIO(parts[0])) as pdf:
        others = [pikepdf.open(io.BytesIO(data)) for data in parts[1:]]
        try:
            for other in others:
                pdf.pages.extend(other.pages)
            out = io.BytesIO()
            pdf.save(out, compress_streams=True,
                     object_stream_mode=pikepdf.ObjectStreamMode.generate)
        finally:
            for other in others:
                other.close()
    return out.getvalue()
