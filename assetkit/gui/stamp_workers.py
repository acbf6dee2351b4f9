"""Workers of the stamp dialog: plan + preview of one page, and the batch run, off the UI thread.

``StampPreviewer`` runs at most one preview job and keeps only the newest waiting request; a
result is shown only when no newer request was made (stale results are dropped). Plans are cached
per (file, options), so paging through a document renders pages without planning again.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtGui import QImage

from assetkit.errors import AssetkitError, user_message
from assetkit.stamp import DocumentPlan, StampOptions, plan_file, preview, stamp_files

PREVIEW_PX = 1200           # longest side of a preview page; scaled down to the view on screen


def pil_to_qimage(image: Image.Image) -> QImage:
    rgba = image.convert("RGBA")
    data = rgba.tobytes("raw", "RGBA")
    # copy(): the QImage must own its pixels once ``data`` goes away.
    return QImage(data, rgba.width, rgba.height, 4 * rgba.width, QImage.Format.Format_RGBA8888).copy()


# -- preview worker -------------------------------------------------------------------------

@dataclass(frozen=True)
class PreviewRequest:
    path: Path
    options: StampOptions
    index: int                        # 0-based page of the document
    plan: DocumentPlan | None = None  # reused when the options did not change


@dataclass(frozen=True)
class PreviewOutcome:
    generation: int
    request: PreviewRequest
    plan: DocumentPlan | None
    image: QImage | None
    message: str = ""                 # why there is no preview


class _PreviewSignals(QObject):
    done = Signal(object)


class _PreviewJob(QRunnable):
    def __init__(self, generation: int, request: PreviewRequest, signals: _PreviewSignals) -> None:
        super().__init__()
        self.generation, self.request, self.signals = generation, request, signals

    def run(self) -> None:
        r = self.request
        plan = r.plan
        try:
            if plan is None:
                plan = plan_file(r.path, r.options)
            index = min(r.index, plan.page_count - 1)
            image = pil_to_qimage(preview(plan, index, PREVIEW_PX))
        except AssetkitError as exc:
            self.signals.done.emit(PreviewOutcome(self.generation, r, plan, None, exc.message))
            return
        except Exception as exc:  # noqa: BLE001 -- a worker reports, it never dies silently
            self.signals.done.emit(PreviewOutcome(self.generation, r, plan, None,
                                                  user_message(exc)))
            return
        self.signals.done.emit(PreviewOutcome(self.generation, r, plan, image))


class StampPreviewer(QObject):
    """Plans and previews off the UI thread; at most one job runs and one (the newest) waits."""

    ready = Signal(object)            # PreviewOutcome

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = _PreviewSignals(self)
        self._signals.done.connect(self._on_done)
        self._pending: PreviewRequest | None = None
        self._running = False
        self._generation = 0
        self._plans: dict[tuple[Path, StampOptions], DocumentPlan] = {}

    @property
    def busy(self) -> bool:
        return self._running or self._pending is not None

    def request(self, request: PreviewRequest) -> None:
        self._pending = request
        self._generation += 1           # anything started before this is stale now
        if not self._running:
            self._start()

    def _start(self) -> None:
        if self._pending is None:
            return
        r, self._pending = self._pending, None
        request = PreviewRequest(r.path, r.options, r.index, self._plans.get((r.path, r.options)))
        self._running = True
        self._pool.start(_PreviewJob(self._generation, request, self._signals))

    def _on_done(self, outcome: PreviewOutcome) -> None:
        self._running = False
        r = outcome.request
        if outcome.plan is not None:
            self._plans[(r.path, r.options)] = outcome.plan
        if self._pending is not None:
            self._start()
        elif outcome.generation == self._generation:
            self.ready.emit(outcome)

    def forget(self) -> None:
        """Plans depend on file contents; drop them when the file list changes."""
        self._plans.clear()

    def wait(self, msecs: int = 30_000) -> bool:
        self._pending = None
        return self._pool.waitForDone(msecs)


# -- batch worker ---------------------------------------------------------------------------

class BatchSignals(QObject):
    progress = Signal(int, int, object)   # done, total, FileReport
    finished = Signal(object)              # BatchReport, or str for an error


class BatchJob(QRunnable):
    def __init__(self, inputs: list[Path], out: Path | None, options: StampOptions,
                 cancel: threading.Event, signals: BatchSignals) -> None:
        super().__init__()
        self.inputs, self.out, self.options = inputs, out, options
        self.cancel, self.signals = cancel, signals

    def run(self) -> None:
        try:
            report = stamp_files(self.inputs, self.out, self.options,
                                 progress=lambda d, t, r: self.signals.progress.emit(d, t, r),
                                 cancel=self.cancel.is_set)
        except AssetkitError as exc:
            self.signals.finished.emit(exc.message)
            return
        except Exception as exc:  # noqa: BLE001 -- shown as a sentence, the app keeps running
            self.signals.finished.emit(user_message(exc))
            return
        self.signals.finished.emit(report)
