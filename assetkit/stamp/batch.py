"""Stamp many files: collect inputs (folders recursively), name outputs, run, report per file.

Outputs are ``name_kampagne.ext`` next to the input, in a chosen folder (sub-folders of a folder
input are mirrored), or one given file. No output may be an input. One bad file never stops the
rest: every file ends as stamped, skipped (with reason) or failed (with reason). Many files run
in worker processes; ``progress`` is called in the caller's thread after each file.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from multiprocessing import get_context
from pathlib import Path

from assetkit.errors import AssetkitError, os_reason
from assetkit.stamp.dispatch import is_supported, stamper_for
from assetkit.stamp.model import (
    OUTPUT_SUFFIX,
    BatchReport,
    FileReport,
    StampOptions,
    Status,
)

Progress = Callable[[int, int, FileReport], None]      # done, total, the file just finished
PARALLEL_FROM = 4                                        # fewer files: not worth starting workers


@dataclass(frozen=True)
class Job:
    source: Path
    output: Path


def output_name(source: Path) -> str:
    return f"{source.stem}{OUTPUT_SUFFIX}{source.suffix}"


def _is_output(path: Path) -> bool:
    return path.stem.endswith(OUTPUT_SUFFIX)


def _within(path: Path, folder: Path | None) -> bool:
    if folder is None:
        return False
    try:
        path.resolve().relative_to(folder.resolve())
    except ValueError:
        return False
    return True


def _folder_files(folder: Path, out_dir: Path | None) -> list[Path]:
    found = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            path = Path(root) / name
            if name.startswith(".") or not is_supported(path) or _is_output(path):
                continue
            if _within(path, out_dir) and out_dir is not None and out_dir.resolve() != folder.resolve():
                continue
            found.append(path)
    return found


def collect_jobs(inputs: Sequence[Path], out: Path | None = None) -> tuple[list[Job], list[FileReport]]:
    """Jobs for every input file, and reports for inputs that cannot even start.

    ``out``: None → next to each input; an existing folder, or a path without suffix, or several
    inputs → a folder (created); otherwise the one output file for a single input file.
    """
    inputs = [Path(p) for p in inputs]
    single_file = len(inputs) == 1 and inputs[0].is_file()
    out_file = (out is not None and single_file and not out.is_dir() and out.suffix != "")
    out_dir = None if out is None or out_file else out
    jobs: list[Job] = []
    problems: list[FileReport] = []
    for given in inputs:
        if given.is_dir():
            files = _folder_files(given, out_dir)
            if not files:
                problems.append(FileReport(given, Status.SKIPPED, None,
                                           "der Ordner enthält keine PDFs oder Bilder"))
            for path in files:
                rel = path.parent.relative_to(given)
                target = (out_dir / given.name / rel if out_dir is not None and len(inputs) > 1
                          else out_dir / rel if out_dir is not None else path.parent)
                jobs.append(Job(path, target / output_name(path)))
        elif given.is_file():
            if out_file:
                assert out is not None
                if out.suffix.lower() != given.suffix.lower() and not (
                        {out.suffix.lower(), given.suffix.lower()} <= {".jpg", ".jpeg"}):
                    problems.append(FileReport(given, Status.FAILED, None,
                                               f"die Ausgabe muss die Endung {given.suffix} haben"))
                    continue
                jobs.append(Job(given, out))
            else:
                jobs.append(Job(given, (out_dir or given.parent) / output_name(given)))
        else:
            problems.append(FileReport(given, Status.FAILED, None, "die Datei gibt es nicht"))
    return _dedupe(jobs, problems)


def _dedupe(jobs: list[Job], problems: list[FileReport]) -> tuple[list[Job], list[FileReport]]:
    seen: dict[Path, Path] = {}
    unique = []
    for job in jobs:
        key = job.output.resolve()
        if key in seen:
            problems.append(FileReport(job.source, Status.FAILED, None,
                                       f"gleicher Ausgabename wie für {seen[key]}"))
            continue
        seen[key] = job.source
        unique.append(job)
    return unique, problems


def run_job(source: Path, output: Path, options: StampOptions,
            inputs: tuple[Path, ...]) -> FileReport:
    """Stamp one file; every problem becomes a report, never an exception (runs in workers)."""
    try:
        stamper = stamper_for(source)
        output.parent.mkdir(parents=True, exist_ok=True)
        return stamper.stamp(source, output, options, inputs)
    except AssetkitError as exc:
        return FileReport(source, Status.FAILED, None, exc.message.rstrip("."))
    except OSError as exc:
        return FileReport(source, Status.FAILED, None, f"Dateifehler: {os_reason(exc)}")
    except MemoryError:
        return FileReport(source, Status.FAILED, None, "zu wenig Arbeitsspeicher für diese Datei")
    except Exception as exc:  # noqa: BLE001 -- one broken file must not stop the batch
        return FileReport(source, Status.FAILED, None,
                          f"interner Fehler ({type(exc).__name__}: {exc}); bitte melden")


def _workers(count: int, requested: int | None) -> int:
    if requested is not None:
        return max(1, requested)
    if count < PARALLEL_FROM:
        return 1
    return max(1, min(os.cpu_count() or 1, 4, count))


def stamp_files(inputs: Sequence[Path], out: Path | None = None,
                options: StampOptions | None = None, *, progress: Progress | None = None,
                workers: int | None = None, cancel: Callable[[], bool] | None = None) -> BatchReport:
    """Stamp every input (files and folders); reports come back in input order."""
    options = options or StampOptions()
    jobs, problems = collect_jobs(inputs, out)
    all_inputs = tuple(j.source for j in jobs)
    total = len(jobs) + len(problems)
    results: list[FileReport | None] = [None] * len(jobs)
    done = 0

    def finished(i: int | None, report: FileReport) -> None:
        nonlocal done
        if i is not None:
            results[i] = report
        done += 1
        if progress is not None:
            progress(done, total, report)

    for report in problems:
        finished(None, report)
    n = _workers(len(jobs), workers)
    if n == 1:
        for i, job in enumerate(jobs):
            if cancel is not None and cancel():
                finished(i, FileReport(job.source, Status.SKIPPED, None, "abgebrochen"))
                continue
            finished(i, run_job(job.source, job.output, options, all_inputs))
    else:
        _run_parallel(jobs, options, all_inputs, n, finished, cancel)
    return BatchReport(tuple(r for r in results if r is not None) + tuple(problems))


def _run_parallel(jobs: list[Job], options: StampOptions, all_inputs: tuple[Path, ...], n: int,
                  finished: Callable[[int | None, FileReport], None],
                  cancel: Callable[[], bool] | None) -> None:
    # "spawn": safe even when the caller (the GUI) runs threads; fork could deadlock there.
    with ProcessPoolExecutor(max_workers=n, mp_context=get_context("spawn")) as pool:
        futures: dict[Future[FileReport], int] = {
            pool.submit(run_job, job.source, job.output, options, all_inputs): i
            for i, job in enumerate(jobs)
        }
        pending = set(futures)
        while pending:
            done, pending = wait(pending, timeout=0.2, return_when=FIRST_COMPLETED)
            for fut in done:
                i = futures[fut]
                try:
                    report = fut.result()
                except BrokenProcessPool:
                    report = FileReport(jobs[i].source, Status.FAILED, None,
                                        "der Arbeitsprozess ist abgestürzt")
                except Exception as exc:  # noqa: BLE001 -- cancelled or pickling trouble
                    report = FileReport(jobs[i].source, Status.SKIPPED if fut.cancelled()
                                        else Status.FAILED, None,
                                        "abgebrochen" if fut.cancelled() else str(exc))
                finished(i, report)
            if cancel is not None and cancel():
                for fut in pending:
                    fut.cancel()
