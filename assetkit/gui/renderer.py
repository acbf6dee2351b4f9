"""Preview rendering off the UI thread, through the same compose → render pipeline as exports.

A request is started at once when the worker is idle and the last start was more than
``DEBOUNCE_MS`` ago; during a burst of keystrokes only the newest request waits (at most one job
runs and one waits), so typing never queues up work. Every job carries a generation number;
a result older than the one on screen is dropped.
"""

from __future__ import annotations

import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path

from PIL.Image import Image as PILImage
from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtGui import QImage

from assetkit.brand import Brand
from assetkit.compose import ComposeOptions, Composition, Content, ImageChoice, Note, compose
from assetkit.compose.composer import side_content
from assetkit.errors import AssetkitError, user_message
from assetkit.office import OfficeProfile
from assetkit.project.photos import PhotoQuality, crop_fraction, photo_quality, preview_proxy
from assetkit.render import render_image
from assetkit.templates import Template

DEBOUNCE_MS = 60
MAX_PRINT_PPU = 300 / 25.4


@dataclass(frozen=True)
class RenderJob:
    template: Template
    content: Content
    office: OfficeProfile | None
    scale: float                  # output pixels per page unit
    proxy_dir: Path
    side: int = 0                 # which side of a piece with several sides (0: the first)

    @property
    def page(self) -> Template:
        """The side shown: the template itself, or one of its other sides."""
        pages = self.template.pages()
        return pages[min(max(0, self.side), len(pages) - 1)]


@dataclass(frozen=True)
class PreviewResult:
    generation: int
    job: RenderJob
    image: QImage
    composition: Composition
    notes: tuple[Note, ...]
    photo_quality: dict[str, PhotoQuality] = field(default_factory=dict)
    crops: dict[str, tuple[float, float, float, float]] = field(default_factory=dict)
    requested_at: float = 0.0
    seconds: float = 0.0
    rendered: PILImage | None = None   # the page's RGBA pixels, for the preflight check that follows


def render_preview(job: RenderJob, brand: Brand) -> tuple[QImage, Composition, tuple[Note, ...],
                                                          dict[str, PhotoQuality],
                                                          dict[str, tuple[float, float, float, float]],
                                                          PILImage]:
    """Compose the job's side with screen-sized photo proxies and render; runs in a worker
    thread."""
    side = job.page
    page = side.page
    proxies: dict[str, ImageChoice] = {}
    quality: dict[str, PhotoQuality] = {}
    crops: dict[str, tuple[float, float, float, float]] = {}
    fields = {f.id: f for f in side.image_fields}
    for fid, choice in job.content.images.items():
        f = fields.get(fid)
        if f is None:
            continue
        # Twice the pixels the preview shows: sharp up to 2× photo zoom, cheap to resample.
        need = max(f.box.width, f.box.height) * job.scale * 2
        proxy = preview_proxy(choice.source, job.proxy_dir, max_px=int(min(2400, max(800, need))))
        # The original's faces choose the default crop, as in the export.
        proxies[fid] = ImageChoice(proxy, choice.focal, choice.zoom, faces_from=choice.source)
    content = Content(job.content.texts, proxies, job.content.alt_texts)
    if job.template.sides:
        content = side_content(side, content)
    options = ComposeOptions(bleed=page.bleed if page.unit == "mm" else 0.0, px_per_unit=job.scale)
    composition = compose(side, content, brand, job.office, options)
    for fid, placed in composition.images.items():
        choice = job.content.images[fid]
        # The focal point the composer used: the user's, or the one chosen around the faces.
        f = fields[fid]
        quality[fid] = photo_quality(f, page, choice.source, placed.focal, choice.zoom)
        crops[fid] = crop_fraction(f, quality[fid].source_px, placed.focal, choice.zoom)
    width = max(1, round(composition.view.width * job.scale))
    height = max(1, round(composition.view.height * job.scale))
    # Pixels go straight from cairo to a QImage: encoding a PNG only to decode it again cost
    # tens of milliseconds per keystroke.
    rgba = render_image(composition, size=(width, height))
    image = QImage(rgba.tobytes(), width, height, width * 4,
                   QImage.Format.Format_RGBA8888).copy()
    # Resolution notes from proxies would be wrong; the original's size decides instead.
    notes = tuple(n for n in composition.notes
                  if n.code not in ("image.low_resolution", "image.upscaled"))
    return image, composition, notes, quality, crops, rgba


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(int, str)


class _Job(QRunnable):
    def __init__(self, generation: int, job: RenderJob, brand: Brand, signals: _Signals,
                 requested_at: float) -> None:
        super().__init__()
        self.generation = generation
        self.job = job
        self.brand = brand
        self.signals = signals
        self.requested_at = requested_at

    def run(self) -> None:
        start = time.perf_counter()
        try:
            image, comp, notes, quality, crops, rgba = render_preview(self.job, self.brand)
        except AssetkitError as exc:
            self.signals.failed.emit(self.generation, exc.message)
            return
        except Exception as exc:  # noqa: BLE001 -- a worker must report, never die silently
            traceback.print_exc()
            self.signals.failed.emit(self.generation, user_message(exc))
            return
        self.signals.done.emit(PreviewResult(self.generation, self.job, image, comp, notes,
                                             quality, crops, self.requested_at,
                                             time.perf_counter() - start, rgba))


class PreviewRenderer(QObject):
    """Renders the newest request; emits ``ready(PreviewResult)`` or ``failed(str)``."""

    ready = Signal(object)
    failed = Signal(str)

    def __init__(self, brand: Brand, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.brand = brand
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = _Signals(self)
        self._signals.done.connect(self._on_done)
        self._signals.failed.connect(self._on_failed)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._start_pending)
        self._pending: tuple[RenderJob, float] | None = None
        self._running = False
        self._generation = 0
        self._shown = -1
        self._last_start = 0.0

    @property
    def busy(self) -> bool:
        return self._running or self._pending is not None

    def request(self, job: RenderJob) -> None:
        self._pending = (job, time.perf_counter())
        if self._running:
            return                          # started when the running job finishes
        wait_ms = DEBOUNCE_MS - (time.perf_counter() - self._last_start) * 1000
        if wait_ms <= 0:
            self._start_pending()
        elif not self._timer.isActive():
            self._timer.start(int(wait_ms) + 1)

    def _start_pending(self) -> None:
        if self._pending is None or self._running:
            return
        job, requested = self._pending
        self._pending = None
        self._generation += 1
        self._running = True
        self._last_start = time.perf_counter()
        self._pool.start(_Job(self._generation, job, self.brand, self._signals, requested))

    def _finish(self) -> None:
        self._running = False
        if self._pending is not None:
            wait_ms = DEBOUNCE_MS - (time.perf_counter() - self._last_start) * 1000
            self._timer.start(max(0, int(wait_ms)))

    def _on_done(self, result: PreviewResult) -> None:
        self._finish()
        if result.generation <= self._shown:
            return                          # stale: something newer is on screen already
        self._shown = result.generation
        self.ready.emit(result)

    def _on_failed(self, generation: int, message: str) -> None:
        self._finish()
        if generation > self._shown:
            self.failed.emit(message)

    def wait(self, msecs: int = 10_000) -> bool:
        """Block until workers are done (shutdown and tests only)."""
        self._timer.stop()
        self._pending = None
        return self._pool.waitForDone(msecs)
