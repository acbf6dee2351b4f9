"""Live preflight for the preview: asks the judge (``preflight.judge.judge``, the one ``check``,
``render`` and the export dialog ask) about what the preview just rendered.

The check costs 0.1–0.3 s, more than a keystroke's render, so it is a second, lower-priority job:
it starts only when the preview renderer is idle (nothing running, nothing waiting) and the user
has paused for ``QUIET_MS``, runs on its own worker thread, and a result is dropped when a newer preview is
on screen by then (a fresh check for that preview follows). Typing therefore never waits for it.
"""

from __future__ import annotations

import dataclasses
import time
import traceback
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from assetkit.brand import Brand
from assetkit.compose import Composition
from assetkit.gui.renderer import PreviewRenderer, PreviewResult, render_preview

if TYPE_CHECKING:
    from assetkit.preflight import Finding

QUIET_MS = 400


@dataclass(frozen=True)
class CheckResult:
    generation: int              # the preview generation the findings belong to
    findings: tuple[Finding, ...]
    seconds: float


def with_original_photos(result: PreviewResult) -> Composition:
    """The preview's composition with the photo facts of the originals, not of the proxies.

    The preview composes screen-sized proxies; resolution checks must judge the user's file.
    """
    c = result.composition
    images = {}
    for fid, placed in c.images.items():
        q = result.photo_quality.get(fid)
        if q is None:
            images[fid] = placed
            continue
        placement = dataclasses.replace(placed.placement, source_px_used=q.used_px,
                                        upscale_needed=q.used_px[0] + 1 < placed.box.width)
        ppi = q.ppi if c.page.unit == "mm" else placed.effective_ppi
        images[fid] = dataclasses.replace(placed, placement=placement, effective_ppi=ppi)
    return dataclasses.replace(c, images=images)


def check_preview(result: PreviewResult, brand: Brand) -> tuple[Finding, ...]:
    """Every finding for the previewed composition (runs in a worker thread).

    A piece with several sides is checked on every side, as the export is: the side on screen
    from the preview, the others composed and rendered the preview's way here. Each finding
    carries its side as ``page`` (1-based); as in ``preflight.judge.check_content``, the
    campaign logo and the sample copy are asked of the first side only.
    """
    from assetkit.preflight import sort_findings
    from assetkit.preflight.judge import judge  # loaded off the UI thread

    job = result.job
    if not job.template.sides:
        return tuple(judge(with_original_photos(result), rendered=result.rendered, brand=brand))
    findings: list[Finding] = []
    first_has_logo = bool(job.template.logos)
    once = ("content.sample", "logo.missing") if first_has_logo else ("content.sample",)
    for index in range(len(job.template.pages())):
        if index == job.side:
            shown = result
        else:
            other = dataclasses.replace(job, side=index)
            image, comp, notes, quality, crops, rgba = render_preview(other, brand)
            shown = PreviewResult(result.generation, other, image, comp, notes, quality, crops,
                                  rendered=rgba)
        findings += [dataclasses.replace(f, page=index + 1)
                     for f in judge(with_original_photos(shown), rendered=shown.rendered,
                                    brand=brand)
                     if index == 0 or f.code not in once]
    return tuple(sort_findings(findings))


class _Signals(QObject):
    done = Signal(object)


class _CheckJob(QRunnable):
    def __init__(self, result: PreviewResult, brand: Brand, signals: _Signals) -> None:
        super().__init__()
        self.result, self.brand, self.signals = result, brand, signals

    def run(self) -> None:
        start = time.perf_counter()
        try:
            findings = check_preview(self.result, self.brand)
        except Exception:  # noqa: BLE001 -- a failed check must not take the preview down
            traceback.print_exc()
            findings = ()
        self.signals.done.emit(CheckResult(self.result.generation, findings,
                                           time.perf_counter() - start))


class PreviewChecker(QObject):
    """Checks the newest preview when the renderer is quiet; emits ``checked(CheckResult)``."""

    checked = Signal(object)

    def __init__(self, renderer: PreviewRenderer, brand: Brand, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.renderer = renderer
        self.brand = brand
        self.enabled = True
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = _Signals(self)
        self._signals.done.connect(self._on_done)
        self._wanted: PreviewResult | None = None
        self._running = False
        self._shown = -1
        self._latest_preview = -1
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(QUIET_MS)
        self._timer.timeout.connect(self._maybe_start)
        renderer.ready.connect(self.preview_shown)

    @property
    def busy(self) -> bool:
        return self._running or self._wanted is not None

    @property
    def shown_generation(self) -> int:
        """The preview generation whose findings were last delivered (-1: none yet)."""
        return self._shown

    def preview_shown(self, result: PreviewResult) -> None:
        self._latest_preview = max(self._latest_preview, result.generation)
        self._wanted = result
        self._timer.start()

    def _maybe_start(self) -> None:
        if self._wanted is None or self._running or not self.enabled:
            return
        if self.renderer.busy:
            self._timer.start()             # typing goes on: try again when it pauses
            return
        result, self._wanted = self._wanted, None
        self._running = True
        self._pool.start(_CheckJob(result, self.brand, self._signals))

    def _on_done(self, check: CheckResult) -> None:
        self._running = False
        if self._wanted is not None:
            self._timer.start()
        # Findings for a preview that is no longer on screen would mark the wrong regions.
        if check.generation < self._latest_preview or check.generation <= self._shown:
            return
        self._shown = check.generation
        self.checked.emit(check)

    def wait(self, msecs: int = 10_000) -> bool:
        """Block until the check worker is done (shutdown and tests only)."""
        self._timer.stop()
        self._wanted = None
        return self._pool.waitForDone(msecs)
