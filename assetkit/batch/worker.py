"""The part of a batch that runs in worker processes: render one row's outputs and write them.

Workers are started with the ``spawn`` method (the only one Windows has), so everything here is
importable and every argument picklable. A worker keeps its caches for the whole run: the
catalogue and brand here; parsed template SVGs, fonts and glyph outlines, and decoded photos in
compose and the text engine (one task is one row, so a row's photo is decoded once for all its
formats). A cancel event shared with the parent is checked between outputs.
"""

from __future__ import annotations

import hashlib
import signal
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from assetkit.batch.plan import JobSpec, RowTask
from assetkit.errors import AssetkitError
from assetkit.export.presets import Preset

Status = Literal["ok", "warning", "error", "skipped", "cancelled"]
# Decoded photos a worker keeps between rows. compose's cache is sized for the interactive
# preview (80 MP ≈ 240 MB); in a batch each worker needs the current row's photo plus a few
# campaign photos that many rows share, and several workers run at once.
WORKER_PHOTO_PIXELS = 25_000_000


@dataclass(frozen=True)
class RunSettings:
    out_dir: Path
    strict: bool
    jpeg_quality: int = 90
    dpi: float | None = None
    presets: Mapping[str, Preset] = field(default_factory=dict)    # id → resolved preset
    force: bool = False          # write rows whose check finds errors too


@dataclass(frozen=True)
class JobResult:
    row: int
    template: str
    preset: str | None
    fmt: str
    file: str
    status: Status
    messages: tuple[str, ...] = ()
    size: int = 0
    sha256: str = ""
    key: str = ""
    seconds: float = 0.0


_cancel: Any = None
_state: dict[str, Any] = {}


def init_worker(cancel_event: Any, in_process: bool = False) -> None:
    """Process initializer: keep the cancel event, ignore Ctrl+C (the parent decides)."""
    global _cancel
    _cancel = cancel_event
    if not in_process:
        # Ctrl+C reaches the whole process group; the parent turns it into a clean cancel.
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        from assetkit.compose import limit_photo_cache
        from assetkit.export import print_photos

        limit_photo_cache(WORKER_PHOTO_PIXELS)
        print_photos.default_bands = 1     # the pool already runs one worker per core


def _cancelled() -> bool:
    return _cancel is not None and _cancel.is_set()


def _context() -> tuple[Any, Any]:
    if "brand" not in _state:
        from assetkit.brand import load_brand
        from assetkit.templates import load_catalogue

        _state["catalogue"] = load_catalogue()
        _state["brand"] = load_brand()
    return _state["catalogue"], _state["brand"]


def render_task(task: RowTask, settings: RunSettings) -> list[JobResult]:
    """Render and write every output of one row; never raises for a bad row."""
    if task.problems:
        return [_result(j, "error", task.problems) for j in task.jobs]
    results = []
    for job in task.jobs:
        if _cancelled():
            results.append(_result(job, "cancelled", ("Abgebrochen.",)))
            continue
        results.append(_render_job(job, settings))
    return results


def _request(job: JobSpec, settings: RunSettings) -> Any:
    from assetkit.export.formats import ExportRequest

    preset = settings.presets[job.preset] if job.preset is not None else None
    return ExportRequest(fmt=job.fmt, dpi=settings.dpi, jpeg_quality=settings.jpeg_quality,
                         preset=preset)


def _render_job(job: JobSpec, settings: RunSettings) -> JobResult:
    from assetkit.export.formats import export
    from assetkit.fileio import write_atomic
    from assetkit.preflight.judge import check_content, reusable

    start = time.perf_counter()
    try:
        catalogue, brand = _context()
        template = catalogue.get(job.template)
        request = _request(job, settings)
        # The one judge, as `assetkit check` and `assetkit render` ask it: a row with an error
        # gets no file (with --strict, a warning refuses it too).
        findings, judged = check_content(template, job.content, brand, job.office,
                                         preset=request.preset, fmt=request.fmt)
        errors = [f.message_de for f in findings
                  if f.severity == "error" or (settings.strict and f.severity == "warning")]
        warnings = [f.message_de for f in findings
                    if f.severity == "warning" and not settings.strict]
        if errors and not settings.force:
            return _result(job, "error", tuple(errors), start=start)    # no file: errors only
        warnings = [*errors, *warnings]         # forced: written, and the report says why
        data, composition = export(template, job.content, brand, job.office, request,
                                   composed=judged if reusable(template, request) else None)
        warnings += [n.message for n in composition.notes if n.code.startswith("print.")]
        write_atomic(settings.out_dir / job.name, data, inputs=job.inputs)
        if request.fmt in ("png", "jpeg"):
            from assetkit.export.altmeta import write_alt_text

            write_alt_text(settings.out_dir / job.name, composition, job.inputs)
    except AssetkitError as exc:
        return _result(job, "error", (exc.message,), start=start)
    except MemoryError:
        return _result(job, "error", ("Zu wenig Arbeitsspeicher für diese Ausgabe.",),
                       start=start)
    except Exception as exc:  # noqa: BLE001 -- one broken row must not stop the other rows
        return _result(job, "error", (f"Interner Fehler ({type(exc).__name__}: {exc}).",),
                       start=start)
    return JobResult(job.row, job.template, job.preset, job.fmt, job.name,
                     "warning" if warnings else "ok", tuple(warnings), len(data),
                     hashlib.sha256(data).hexdigest(), job.key, time.perf_counter() - start)


def _result(job: JobSpec, status: Status, messages: tuple[str, ...] | list[str],
            start: float | None = None) -> JobResult:
    seconds = time.perf_counter() - start if start is not None else 0.0
    return JobResult(job.row, job.template, job.preset, job.fmt, job.name, status,
                     tuple(messages), key=job.key, seconds=seconds)
