"""The summary report beside the outputs: CSV for Excel (``;``, UTF-8 with BOM) and JSON.

One line per output; a single PDF, when asked for, gets a last line of its own (no row number)
saying whether it was written and which rows it holds.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from pathlib import Path

from assetkit.batch.single_pdf import SinglePdf
from assetkit.batch.worker import JobResult
from assetkit.fileio import write_atomic

STATUS_DE = {
    "ok": "erstellt",
    "warning": "erstellt, mit Hinweis",
    "error": "Fehler",
    "skipped": "übersprungen (schon fertig)",
    "cancelled": "abgebrochen",
}
CSV_HEADER = ("Zeile", "Vorlage", "Druckvorgabe", "Format", "Datei", "Status", "Hinweise",
              "Größe (KB)")


def report_csv(results: Sequence[JobResult], single: SinglePdf | None = None) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(CSV_HEADER)
    for r in results:
        writer.writerow((r.row, r.template, r.preset or "", r.fmt.upper().replace("JPEG", "JPG"),
                         r.file if r.status in ("ok", "warning", "skipped") else "",
                         STATUS_DE[r.status], " | ".join(r.messages),
                         f"{r.size / 1024:.0f}" if r.size else ""))
    if single is not None and results:
        first = results[0]
        writer.writerow(("", first.template, first.preset or "", "PDF",
                         single.path.name if single.written else "",
                         "Gesamt-PDF erstellt" if single.written else "Gesamt-PDF nicht erstellt",
                         single.describe(), f"{single.size / 1024:.0f}" if single.size else ""))
    # The BOM makes Excel read UTF-8 (umlauts) instead of the local code page.
    return buffer.getvalue().encode("utf-8-sig")


def report_json(results: Sequence[JobResult], summary: dict[str, object]) -> bytes:
    data = {
        "summary": summary,
        "results": [
            {"row": r.row, "template": r.template, "preset": r.preset, "format": r.fmt,
             "file": r.file, "status": r.status, "messages": list(r.messages),
             "size": r.size, "sha256": r.sha256 or None, "seconds": round(r.seconds, 3)}
            for r in results
        ],
    }
    return json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")


def write_reports(out_dir: Path, csv_name: str, json_name: str, results: Sequence[JobResult],
                  summary: dict[str, object],
                  single: SinglePdf | None = None) -> tuple[Path, Path]:
    csv_path, json_path = out_dir / csv_name, out_dir / json_name
    write_atomic(csv_path, report_csv(results, single))
    write_atomic(json_path, report_json(results, summary))
    return csv_path, json_path
