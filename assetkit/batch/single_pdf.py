"""A batch's single PDF: every row's PDF joined in row order into one file, for a print shop.

In:  the results of a finished run (one PDF per row, sorted by row) and where the file goes.
Out: :class:`SinglePdf` — the file written atomically, or one German sentence why not.

The row PDFs are read back from the output folder (so rows a resumed run skipped are in it too)
and joined by :func:`assetkit.export.pages.join_pdfs`: every page keeps its own boxes (TrimBox,
BleedBox), the first file's document-level parts (PDF/X output intent, XMP, structure root of a
tagged PDF) serve the whole file, tags are merged; the file gets a title of its own.

When it is written: a cancelled run writes none (``--resume`` finishes the rows and then the
file); rows refused by the check are left out and named, the other rows are in it — except
with ``strict``, where only a complete file is written. A file an earlier run wrote at the same
place is then left as it was, and the result says so, so nobody sends an old one to print.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pikepdf

from assetkit.batch.worker import JobResult
from assetkit.errors import AssetkitError, os_reason
from assetkit.export.pages import join_pdfs
from assetkit.fileio import write_atomic

# The parts are held in memory while they are joined (about twice their size); a staff list of
# 4 000 business cards is 450 MB of parts, the joined file far less (one output profile).
MAX_PART_BYTES = 500_000_000
DONE = ("ok", "warning", "skipped")


@dataclass(frozen=True)
class SinglePdf:
    path: Path
    written: bool
    rows: tuple[int, ...] = ()        # the rows in the file, in order
    missing: tuple[int, ...] = ()     # rows without a PDF (refused by the check, not done)
    pages: int = 0
    size: int = 0
    sha256: str = ""
    reason: str = ""                  # why it was not written: one sentence
    earlier: bool = False             # not written, and a file of an earlier run is there

    def describe(self) -> str:
        """One German sentence for the CLI summary and the report."""
        if not self.written:
            old = (f" Achtung: {self.path.name} ist von einem früheren Lauf und zeigt nicht "
                   "diesen Stand." if self.earlier else "")
            return self.reason + old
        without = f"; ohne {_rows(self.missing)} (siehe Fehler)" if self.missing else ""
        return f"{self.pages} Seiten aus {_rows(self.rows)}{without}."

    def summary(self) -> dict[str, object]:
        """For the JSON report."""
        return {"file": str(self.path), "written": self.written, "rows": list(self.rows),
                "missing_rows": list(self.missing), "pages": self.pages, "size": self.size,
                "sha256": self.sha256 or None, "note": self.describe()}


def write_single_pdf(path: Path, results: Sequence[JobResult], out_dir: Path, *, title: str,
                     strict: bool, cancelled: bool, inputs: Iterable[Path] = ()) -> SinglePdf:
    """Join the PDFs of ``results`` (one per row, in row order) into ``path``; never raises for
    a reason a user can act on, the result carries the sentence instead."""
    made = [r for r in results if r.status in DONE]
    missing = tuple(sorted({r.row for r in results if r.status not in DONE}))
    rows = tuple(r.row for r in made)

    def refused(reason: str) -> SinglePdf:
        return SinglePdf(path, False, rows, missing, reason=reason, earlier=path.is_file())

    if cancelled:
        return refused("Das Gesamt-PDF wurde nicht geschrieben, weil die Serienproduktion "
                       "abgebrochen wurde; Fortsetzen (--resume) schreibt es.")
    if not made:
        return refused("Das Gesamt-PDF wurde nicht geschrieben, weil keine Zeile ein PDF "
                       "ergeben hat.")
    if strict and missing:
        verb = "fehlt" if len(missing) == 1 else "fehlen"
        return refused(f"Das Gesamt-PDF wurde nicht geschrieben, weil {_rows(missing)} {verb} "
                       "(mit --strict nur vollständig).")
    total = sum(r.size for r in made)
    if total > MAX_PART_BYTES:
        return refused(f"Das Gesamt-PDF wurde nicht geschrieben: die {len(made)} PDFs sind "
                       f"zusammen {total / 1e6:.0f} MB groß, mehr als {MAX_PART_BYTES // 10**6} "
                       "MB in einer Datei; die einzelnen PDFs liegen im Ausgabeordner.")
    files = [out_dir / r.file for r in made]
    parts = []
    for file in files:
        try:
            parts.append(file.read_bytes())
        except OSError as exc:
            return refused(f"Das Gesamt-PDF wurde nicht geschrieben, weil {file.name} nicht "
                           f"lesbar ist ({os_reason(exc)}).")
    try:
        data = join_pdfs(parts, title=title)
        with pikepdf.open(io.BytesIO(data)) as joined:
            pages = len(joined.pages)
        write_atomic(path, data, inputs=[*inputs, *files])
    except pikepdf.PdfError:      # a row's file changed on disk after it was written
        return refused("Das Gesamt-PDF wurde nicht geschrieben, weil eines der PDFs der Zeilen "
                       "beschädigt ist; die Serienproduktion bitte noch einmal starten.")
    except AssetkitError as exc:        # would replace an input, no room, no permission …
        return refused(f"Das Gesamt-PDF wurde nicht geschrieben: {exc.message}")
    return SinglePdf(path, True, rows, missing, pages, len(data),
                     hashlib.sha256(data).hexdigest())


def _rows(rows: Sequence[int]) -> str:
    """„Zeile 3“, „Zeilen 2–4, 7“: runs of consecutive rows as ranges."""
    runs: list[list[int]] = []
    for row in rows:
        if runs and row == runs[-1][-1] + 1:
            runs[-1].append(row)
        else:
            runs.append([row])
    text = ", ".join(f"{r[0]}–{r[-1]}" if len(r) > 2 else ", ".join(map(str, r)) for r in runs)
    return f"Zeile {text}" if len(rows) == 1 else f"Zeilen {text}"
