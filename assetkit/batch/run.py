"""Running a planned batch: worker processes, bounded in-flight work, progress, cancel, reports.

Rows are read one at a time and at most ``2 × workers`` rows are in flight, so memory stays flat
however long the data file is. Workers write the files themselves (atomically) and send back
only small results. ``cancel`` (a ``threading.Event``) stops promptly: no new rows are sent,
queued rows are dropped and running workers stop after their current output; every file already
written stays intact and is listed in the journal, so ``resume`` carries on from there. At the
end come the single PDF (if asked for), the reports and the ZIP, in that order: each lists what
the one before made.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections.abc import Callable
from concurrent.futures import (
    FIRST_COMPLETED,
    Executor,
    Future,
    ProcessPoolExecutor,
    ThreadPoolExecutor,
    wait,
)
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assetkit.batch.archive import write_zip
from assetkit.batch.errors import BatchError
from assetkit.batch.journal import Journal
from assetkit.batch.plan import (
    JOURNAL,
    REPORT_CSV,
    REPORT_JSON,
    ZIP_NAME,
    BatchPlan,
    JobSpec,
    RowTask,
    iter_tasks,
)
from assetkit.batch.report import write_reports
from assetkit.batch.single_pdf import SinglePdf, write_single_pdf
from assetkit.batch.worker import JobResult, RunSettings, Status, init_worker, render_task
from assetkit.errors import OutputError, os_reason
from assetkit.export.altmeta import alt_path

MAX_POOL_RESTARTS = 3
PROGRESS_INTERVAL = 0.25


@dataclass(frozen=True)
class Progress:
    done: int              # outputs finished (any status)
    total: int
    ok: int
    warnings: int
    errors: int
    skipped: int
    elapsed: float         # seconds
    rate: float            # rendered outputs per second (skipped ones excluded)
    eta: float | None      # seconds left, None while unknown
    last: str = ""         # file name of the most recent output


@dataclass(frozen=True)
class BatchReport:
    out_dir: Path
    results: tuple[JobResult, ...]
    total: int
    elapsed: float
    cancelled: bool
    workers: int
    report_csv: Path | None
    report_json: Path | None
    zip_path: Path | None
    single_pdf: SinglePdf | None = None

    def count(self, status: str) -> int:
        return sum(1 for r in self.results if r.status == status)

    @property
    def failed(self) -> tuple[JobResult, ...]:
        return tuple(r for r in self.results if r.status == "error")

    @property
    def ok(self) -> bool:
        return not self.cancelled and not self.failed


ProgressCallback = Callable[[Progress], None]


def default_workers() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:     # Windows, macOS
        return max(1, os.cpu_count() or 1)


def run_batch(plan: BatchPlan, progress: ProgressCallback | None = None,
              cancel: threading.Event | None = None) -> BatchReport:
    """Produce every output of ``plan``; bad rows are reported, never fatal."""
    return _Run(plan, progress, cancel or threading.Event()).run()


class _Run:
    def __init__(self, plan: BatchPlan, progress: ProgressCallback | None,
                 cancel: threading.Event) -> None:
        self.plan = plan
        self.progress = progress
        self.cancel = cancel
        self.out_dir = plan.out_dir
        self.workers = max(1, min(plan.options.jobs or default_workers(), plan.row_count))
        self.settings = RunSettings(self.out_dir, plan.options.strict, plan.options.jpeg_quality,
                                    plan.options.dpi, dict(plan.presets), plan.options.force)
        self.results: list[JobResult] = []
        self.counts = {"ok": 0, "warning": 0, "error": 0, "skipped": 0, "cancelled": 0}
        self.rendered = 0
        self.start = time.perf_counter()
        self.last_progress = 0.0
        self.last_name = ""
        self.ctx = multiprocessing.get_context("spawn")
        self.worker_cancel: Any = None
        self.inputs: set[Path] = set()     # every file the rows read: never overwritten

    # -- executor -----------------------------------------------------------------------------

    def _executor(self) -> Executor:
        if self.workers == 1:
            # One worker: run in a thread of this process (no start-up cost, same code path).
            return ThreadPoolExecutor(1, initializer=init_worker, initargs=(self.cancel, True))
        self.worker_cancel = self.ctx.Event()
        return ProcessPoolExecutor(self.workers, mp_context=self.ctx, initializer=init_worker,
                                   initargs=(self.worker_cancel,))

    def _signal_cancel(self) -> None:
        if self.worker_cancel is not None:
            self.worker_cancel.set()

    # -- main loop ----------------------------------------------------------------------------

    def run(self) -> BatchReport:
        try:
            self.out_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise OutputError(f"Der Ausgabeordner {self.out_dir} kann nicht angelegt werden "
                              f"({os_reason(exc)}).") from None
        journal = Journal(self.out_dir / JOURNAL, resume=self.plan.options.resume)
        executor: Executor | None = None     # started on the first row that needs rendering
        restarts = 0
        pending: dict[Future[list[JobResult]], RowTask] = {}
        tasks = iter_tasks(self.plan)
        exhausted = False
        limit = 2 * self.workers
        try:
            while True:
                if self.cancel.is_set():
                    self._signal_cancel()
                    for future in list(pending):
                        if future.cancel():
                            self._add_all(pending.pop(future), "cancelled", journal)
                while not exhausted and not self.cancel.is_set() and len(pending) < limit:
                    task = next(tasks, None)
                    if task is None:
                        exhausted = True
                        break
                    if self.plan.single_pdf is not None:
                        self.inputs.update(p for job in task.jobs for p in job.inputs)
                    todo = self._skip_finished(task, journal)
                    if todo is None:
                        continue
                    if todo.problems:    # a bad row fails without rendering anything
                        for result in render_task(todo, self.settings):
                            self._add(result, journal)
                        continue
                    if executor is None:
                        executor = self._executor()
                    pending[executor.submit(render_task, todo, self.settings)] = todo
                if not pending:
                    break
                done, _ = wait(pending, timeout=PROGRESS_INTERVAL, return_when=FIRST_COMPLETED)
                broken = False
                for future in done:
                    task = pending.pop(future)
                    try:
                        results = future.result()
                    except BrokenProcessPool:
                        broken = True
                        results = [_failed(j, "Der Arbeitsprozess wurde unerwartet beendet "
                                              "(zum Beispiel zu wenig Arbeitsspeicher); "
                                              "mit „Fortsetzen“ erneut versuchen.")
                                   for j in task.jobs]
                    for result in results:
                        self._add(result, journal)
                if broken:
                    # Every other in-flight row of the broken pool fails the same way.
                    for future, task in list(pending.items()):
                        pending.pop(future)
                        try:
                            results = future.result()
                        except (BrokenProcessPool, Exception):  # noqa: BLE001
                            results = [_failed(j, "Der Arbeitsprozess wurde unerwartet beendet.")
                                       for j in task.jobs]
                        for result in results:
                            self._add(result, journal)
                    if executor is not None:
                        executor.shutdown(wait=False, cancel_futures=True)
                    restarts += 1
                    if restarts > MAX_POOL_RESTARTS:
                        raise BatchError("Die Serienproduktion wurde abgebrochen, weil die "
                                         "Arbeitsprozesse wiederholt abgestürzt sind.")
                    executor = self._executor()
                self._report_progress(force=bool(done))
        except BaseException:
            # KeyboardInterrupt or a failing progress callback: let workers stop early.
            self._signal_cancel()
            raise
        finally:
            if executor is not None:
                executor.shutdown(wait=True, cancel_futures=True)
            journal.close()
        self._report_progress(force=True)
        return self._finish()

    def _skip_finished(self, task: RowTask, journal: Journal) -> RowTask | None:
        """The row's jobs that still need rendering; finished ones are recorded as skipped."""
        if not self.plan.options.resume or task.problems:
            return task
        todo: list[JobSpec] = []
        for job in task.jobs:
            entry = journal.finished(job, self.out_dir)
            if entry is None:
                todo.append(job)
            else:
                # The notes of the run that made the file still hold (same key, same file).
                notes = entry.get("messages")
                messages = tuple(str(m) for m in notes) if isinstance(notes, list) else ()
                self._add(JobResult(job.row, job.template, job.preset, job.fmt, job.name,
                                    "skipped", messages, size=int(str(entry.get("size", 0))),
                                    sha256=str(entry.get("sha256", "")), key=job.key), None)
        if not todo:
            return None
        return RowTask(task.row, tuple(todo), task.problems)

    def _add(self, result: JobResult, journal: Journal | None) -> None:
        self.results.append(result)
        self.counts[result.status] += 1
        if result.status in ("ok", "warning"):
            self.rendered += 1
            self.last_name = result.file
            if journal is not None:
                journal.record(result.file, result.key, result.size, result.sha256,
                               result.status, result.messages)
        elif result.status == "error":
            self.rendered += 1
        elif result.status == "skipped":
            self.last_name = result.file
        # Skipped outputs of a resumed run are kept in the journal as they were.

    def _add_all(self, task: RowTask, status: Status, journal: Journal) -> None:
        for job in task.jobs:
            self._add(JobResult(job.row, job.template, job.preset, job.fmt, job.name, status,
                                ("Abgebrochen.",), key=job.key), journal)

    def _report_progress(self, force: bool = False) -> None:
        if self.progress is None:
            return
        now = time.perf_counter()
        if not force and now - self.last_progress < PROGRESS_INTERVAL:
            return
        self.last_progress = now
        elapsed = now - self.start
        done = len(self.results)
        total = max(self.plan.total_jobs, done)
        rate = self.rendered / elapsed if elapsed > 0 and self.rendered else 0.0
        eta = (total - done) / rate if rate > 0 else None
        self.progress(Progress(done, total, self.counts["ok"], self.counts["warning"],
                               self.counts["error"], self.counts["skipped"], elapsed, rate, eta,
                               self.last_name))

    def _finish(self) -> BatchReport:
        order = {(o.template, o.preset): i for i, o in enumerate(self.plan.outputs)}
        results = sorted(self.results, key=lambda r: (r.row, order.get((r.template, r.preset), 0)))
        cancelled = self.cancel.is_set()
        elapsed = time.perf_counter() - self.start
        summary: dict[str, object] = {
            "data_file": str(self.plan.source.path),
            "source": self.plan.source.describe(),
            "templates": list(dict.fromkeys(o.template for o in self.plan.outputs)),
            "presets": list(self.plan.options.presets),
            "rows": self.plan.row_count,
            "planned": self.plan.total_jobs,
            "created": self.counts["ok"] + self.counts["warning"],
            "with_warnings": self.counts["warning"],
            "errors": self.counts["error"],
            "skipped": self.counts["skipped"],
            "cancelled": cancelled,
            "not_done": self.plan.total_jobs - len(results) + self.counts["cancelled"],
            "seconds": round(elapsed, 2),
            "workers": self.workers,
            "unused_columns": list(self.plan.mapping.unknown),
        }
        single = self._single_pdf(results, cancelled)
        if single is not None:
            summary["single_pdf"] = single.summary()
        csv_path, json_path = write_reports(self.out_dir, REPORT_CSV, REPORT_JSON, results,
                                            summary, single)
        zip_path = None
        if self.plan.options.make_zip and not cancelled:
            files = [self.out_dir / r.file for r in results
                     if r.status in ("ok", "warning", "skipped")]
            files += [alt for f in files if (alt := alt_path(f)).is_file()]   # alt texts
            if single is not None and single.written:
                files.append(single.path)
            zip_path = write_zip(self.out_dir / ZIP_NAME, [*files, csv_path])
        return BatchReport(self.out_dir, tuple(results), self.plan.total_jobs, elapsed,
                           cancelled, self.workers, csv_path, json_path, zip_path, single)

    def _single_pdf(self, results: list[JobResult], cancelled: bool) -> SinglePdf | None:
        path = self.plan.single_pdf
        if path is None:
            return None
        template = self.plan.templates()[0].name.de
        title = f"{template} – Serienproduktion aus {self.plan.source.path.name}"
        return write_single_pdf(path, results, self.out_dir, title=title,
                                strict=self.plan.options.strict, cancelled=cancelled,
                                inputs=self.inputs)


def _failed(job: JobSpec, message: str) -> JobResult:
    return JobResult(job.row, job.template, job.preset, job.fmt, job.name, "error", (message,),
                     key=job.key)
