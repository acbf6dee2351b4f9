"""The live preview: the rendered page with zoom, overlays and photo placement by mouse.

Scene coordinates are page units (px or mm, origin at the trim's top-left), so overlays and
field boxes from the manifest are drawn as they are. Wheel zooms; dragging a photo pans it in its
field, a click sets its focal point, Alt+wheel over a photo zooms the photo.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QGraphicsPixmapItem, QGraphicsScene, QGraphicsView, QWidget

from assetkit.gui.renderer import PreviewResult
from assetkit.preflight.folds import panel_safe_zones
from assetkit.project.photos import crop_fraction
from assetkit.templates import ImageField, Rect, Template

PHOTO_SUFFIXES = (".jpg", ".jpeg", ".png", ".webp", ".tif", ".tiff", ".bmp", ".gif")
SCREEN_PX_PER_MM = 96 / 25.4     # 100 % on a standard-DPI screen = physical size
BACKGROUND = QColor("#e9ebee")
OVERFLOW = QColor(214, 40, 40)
HIGHLIGHT = QColor(0, 110, 220)
MARKER = QColor(255, 196, 0)      # the focal point: amber, visible on light and dark photos
SAFE = QColor(220, 0, 140)        # the safe zone: magenta (dashed)
FOLD = QColor(110, 40, 200)       # fold lines: violet, apart from the safe margin's magenta
HIDDEN = QColor(40, 44, 52)       # the strip a stand's foot hides: a grey hatch over the print
LABEL_PX = 12                     # guide labels: screen pixels, whatever the zoom


def _qrect(r: Rect) -> QRectF:
    return QRectF(r.x, r.y, r.width, r.height)


class PreviewView(QGraphicsView):
    zoomChanged = Signal(float)                  # zoom in percent
    cropRequested = Signal(str, object, float)   # field id, focal (fx, fy), zoom
    cropFinished = Signal()
    photoDropped = Signal(str, str)              # field id, file path
    scaleWanted = Signal()                       # zoom changed enough to re-render sharper
    cropUnchanged = Signal(str)                  # a click that would not change what is seen

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHints(QPainter.RenderHint.SmoothPixmapTransform | QPainter.RenderHint.Antialiasing)
        self.setBackgroundBrush(QBrush(BACKGROUND))
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setAcceptDrops(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._item = QGraphicsPixmapItem()
        self._item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.scene().addItem(self._item)
        self.template: Template | None = None
        self.result: PreviewResult | None = None
        self.crop_state: dict[str, tuple[tuple[float, float] | None, float]] = {}
        self.show_bleed = True
        self.show_trim = True
        self.show_safe = True
        self.findings: tuple = ()                # preflight findings of the preview on screen
        self.highlight: QRectF | None = None     # the region of the finding the user picked
        self._fit = True
        self._drag: tuple[str, QPointF, tuple[float, float], float, bool] | None = None
        self.editing_photo: str | None = None    # the photo under the mouse: marker and frame

    # -- content -------------------------------------------------------------------------
    def set_template(self, template: Template) -> None:
        changed = self.template is None or template.page != self.template.page
        self.template = template
        page = template.page
        b = page.bleed
        margin = max(page.width, page.height) * 0.04
        self.scene().setSceneRect(QRectF(-b - margin, -b - margin, page.width + 2 * (b + margin),
                                         page.height + 2 * (b + margin)))
        if changed:
            self._item.setPixmap(QPixmap())
            self.fit()

    def show_result(self, result: PreviewResult) -> None:
        self.result = result
        pixmap = QPixmap.fromImage(result.image)
        view = result.composition.view
        self._item.setPixmap(pixmap)
        self._item.setScale(view.width / max(1, pixmap.width()))
        self._item.setPos(view.x, view.y)
        self.viewport().update()

    def set_findings(self, findings: tuple) -> None:
        """Preflight findings (boxes in page units): error regions are marked on the page."""
        self.findings = findings
        self.viewport().update()

    def set_highlight(self, box: tuple[float, float, float, float] | None) -> None:
        """Frame ``box`` (page units) and scroll it into view; None removes the frame."""
        self.highlight = None if box is None else QRectF(*box)
        if self.highlight is not None:
            margin = max(self.highlight.width(), self.highlight.height()) * 0.1
            self.ensureVisible(self.highlight.adjusted(-margin, -margin, margin, margin), 20, 20)
        self.viewport().update()

    # -- guides: where the page is folded or hidden (screen only, never exported) ---------
    def fold_lines(self) -> list[QLineF]:
        """One line across the sheet (bleed included while it is shown) at each fold of the
        side on screen; none while the safe-zone guides are switched off."""
        if self.template is None or not self.show_safe:
            return []
        page = self.template.page
        b = page.bleed if self.show_bleed else 0.0
        return [QLineF(x, -b, x, page.height + b) for x in page.folds]

    def safe_frames(self) -> list[QRectF]:
        """The safe zone as framed on screen: one frame per panel of a folded page (clear of
        the trim and of each fold, :func:`assetkit.preflight.folds.panel_safe_zones`), else
        the page's one; none while the safe-zone guides are switched off."""
        if self.template is None or not self.show_safe:
            return []
        return [_qrect(zone) for zone in panel_safe_zones(self.template.page)]

    def hidden_band(self) -> QRectF | None:
        """The strip a stand's foot hides (``[page] hidden_bottom``) down to the edge of the
        print, or None."""
        if self.template is None or not self.show_safe:
            return None
        page = self.template.page
        zone = page.hidden_zone
        if zone is None:
            return None
        b = page.bleed if self.show_bleed else 0.0
        return QRectF(-b, zone.y, page.width + 2 * b, zone.height + b)

    def _draw_guides(self, painter: QPainter, px: float) -> None:
        band = self.hidden_band()
        if band is not None and self.template is not None:
            painter.fillRect(band, QColor(HIDDEN.red(), HIDDEN.green(), HIDDEN.blue(), 28))
            painter.fillRect(band, QBrush(QColor(HIDDEN.red(), HIDDEN.green(), HIDDEN.blue(), 90),
                                          Qt.BrushStyle.BDiagPattern))
            painter.setPen(QPen(HIDDEN, 1.5 * px, Qt.PenStyle.DashLine))
            painter.drawLine(band.topLeft(), band.topRight())
            depth = f"{self.template.page.hidden_bottom:g}".replace(".", ",")
            _label(painter, QPointF(band.center().x(), band.top() + band.height() / 2), px,
                   self.tr("Im Fuß verdeckt · %1 mm").replace("%1", depth),
                   HIDDEN)
        for line in self.fold_lines():
            painter.setPen(QPen(QColor(255, 255, 255, 200), 3.0 * px))
            painter.drawLine(line)
            painter.setPen(QPen(FOLD, 1.5 * px, Qt.PenStyle.DashDotLine))
            painter.drawLine(line)
            # The name above the sheet, where fold marks sit on the print.
            _label(painter, QPointF(line.x1(), line.y1() - (LABEL_PX + 6) * px), px,
                   self.tr("Falz"), FOLD)

    def output_scale(self) -> float:
        """Pixels per page unit the next render should have for a sharp preview."""
        if self.template is None:
            return 1.0
        dpr = self.devicePixelRatioF()
        zoom = self.transform().m11()
        if self.template.page.unit == "px":
            return min(1.0, max(0.25, zoom * dpr))
        return min(300 / 25.4, max(3.0, zoom * dpr))

    # -- zoom ----------------------------------------------------------------------------
    @property
    def zoom_percent(self) -> float:
        if self.template is None:
            return 100.0
        per_unit = 1.0 if self.template.page.unit == "px" else SCREEN_PX_PER_MM
        return self.transform().m11() / per_unit * 100

    def fit(self) -> None:
        self._fit = True
        if self.template is None:
            return
        page = self.template.page
        b = page.bleed
        self.fitInView(QRectF(-b, -b, page.width + 2 * b, page.height + 2 * b).adjusted(
            -page.width * 0.03, -page.height * 0.03, page.width * 0.03, page.height * 0.03),
            Qt.AspectRatioMode.KeepAspectRatio)
        self._zoomed()

    def set_zoom_percent(self, percent: float) -> None:
        if self.template is None:
            return
        per_unit = 1.0 if self.template.page.unit == "px" else SCREEN_PX_PER_MM
        scale = max(0.02, min(64.0, percent / 100 * per_unit))
        self._fit = False
        self.resetTransform()
        self.scale(scale, scale)
        self._zoomed()

    def zoom_by(self, factor: float) -> None:
        self.set_zoom_percent(self.zoom_percent * factor)

    def _zoomed(self) -> None:
        self.zoomChanged.emit(self.zoom_percent)
        self.scaleWanted.emit()

    def resizeEvent(self, event) -> None:  # noqa: N802 -- Qt override
        super().resizeEvent(event)
        if self._fit:
            self.fit()

    def wheelEvent(self, event) -> None:  # noqa: N802 -- Qt override
        steps = event.angleDelta().y() / 120
        if not steps:
            return
        fid = self._photo_at(self.mapToScene(event.position().toPoint()))
        if event.modifiers() & Qt.KeyboardModifier.AltModifier and fid:
            focal, zoom = self.crop_state.get(fid, (None, 1.0))
            self.cropRequested.emit(fid, focal, zoom * (1.1 ** steps))
            self.cropFinished.emit()
            return
        self.zoom_by(1.15 ** steps)

    # -- photo placement -----------------------------------------------------------------
    def _photo_fields(self) -> list[ImageField]:
        if self.template is None or self.result is None:
            return []
        return [f for f in self.template.image_fields if f.id in self.result.crops]

    def _photo_at(self, pos: QPointF) -> str | None:
        for f in self._photo_fields():
            if _qrect(f.box).contains(pos):
                return f.id
        return None

    def _field_at(self, pos: QPointF) -> str | None:
        if self.template is None:
            return None
        for f in self.template.image_fields:
            if _qrect(f.box).contains(pos):
                return f.id
        return None

    def mousePressEvent(self, event) -> None:  # noqa: N802 -- Qt override
        pos = self.mapToScene(event.position().toPoint())
        fid = self._photo_at(pos)
        if fid and event.button() == Qt.MouseButton.LeftButton:
            focal, zoom = self._current_crop(fid)
            self._drag = (fid, pos, focal, zoom, False)
            self._set_editing(fid)
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def _current_crop(self, fid: str) -> tuple[tuple[float, float], float]:
        assert self.result is not None
        left, top, right, bottom = self.result.crops[fid]
        _, zoom = self.crop_state.get(fid, (None, 1.0))
        return ((left + right) / 2, (top + bottom) / 2), zoom

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 -- Qt override
        pos = self.mapToScene(event.position().toPoint())
        if self._drag is not None and self.result is not None and self.template is not None:
            fid, start, focal, zoom, _moved = self._drag
            f = self.template.image_field(fid)
            left, top, right, bottom = self.result.crops[fid]
            if f is not None:
                dx = (pos.x() - start.x()) / f.box.width * (right - left)
                dy = (pos.y() - start.y()) / f.box.height * (bottom - top)
                if abs(pos.x() - start.x()) + abs(pos.y() - start.y()) > 0.5 / self.transform().m11() * 4:
                    self._drag = (fid, start, focal, zoom, True)
                    # The photo follows the mouse: the focal point moves the other way.
                    new = (_clamp(focal[0] - dx, (right - left) / 2),
                           _clamp(focal[1] - dy, (bottom - top) / 2))
                    self.cropRequested.emit(fid, new, zoom)
            event.accept()
            return
        hovered = self._photo_at(pos)
        if hovered:
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
        else:
            self.viewport().unsetCursor()
        self._set_editing(hovered)
        super().mouseMoveEvent(event)

    def _set_editing(self, fid: str | None) -> None:
        if fid != self.editing_photo:
            self.editing_photo = fid
            self.viewport().update()

    def leaveEvent(self, event) -> None:  # noqa: N802 -- Qt override
        if self._drag is None:
            self._set_editing(None)
        super().leaveEvent(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 -- Qt override
        if self._drag is not None and self.result is not None and self.template is not None:
            fid, start, _focal, zoom, moved = self._drag
            self._drag = None
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            f = self.template.image_field(fid)
            if not moved and f is not None:
                # A click: the point under the mouse becomes the focal point.
                left, top, right, bottom = self.result.crops[fid]
                u = (start.x() - f.box.x) / f.box.width
                v = (start.y() - f.box.y) / f.box.height
                focal = (left + u * (right - left), top + v * (bottom - top))
                if self._changes_crop(fid, focal, zoom):
                    self.cropRequested.emit(fid, focal, zoom)
                else:
                    # The photo fills the field in that direction already: nothing would move,
                    # so there is nothing to undo either.
                    self.cropUnchanged.emit(fid)
            self.cropFinished.emit()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def _changes_crop(self, fid: str, focal: tuple[float, float], zoom: float) -> bool:
        """Whether ``focal`` moves the visible part of the photo (the preview's crop)."""
        if self.result is None or self.template is None:
            return True
        f = self.template.image_field(fid)
        quality = self.result.photo_quality.get(fid)
        if f is None or quality is None:
            return True
        new = crop_fraction(f, quality.source_px, focal, zoom)
        old = self.result.crops[fid]
        return any(abs(a - b) > 1e-4 for a, b in zip(new, old, strict=True))

    def photo_frame(self, fid: str) -> QRectF | None:
        """The whole photo in scene units (its visible part is the field's box)."""
        if self.result is None or self.template is None or fid not in self.result.crops:
            return None
        f = self.template.image_field(fid)
        if f is None:
            return None
        left, top, right, bottom = self.result.crops[fid]
        sx = f.box.width / max(1e-9, right - left)
        sy = f.box.height / max(1e-9, bottom - top)
        return QRectF(f.box.x - left * sx, f.box.y - top * sy, sx, sy)

    def focal_point(self, fid: str) -> QPointF | None:
        """Where the focal point lies in scene units (the chosen one when none was set)."""
        frame = self.photo_frame(fid)
        f = self.template.image_field(fid) if self.template is not None else None
        if frame is None or f is None:
            return None
        focal, _zoom = self.crop_state.get(fid, (None, 1.0))
        placed = self.result.composition.images.get(fid) if self.result is not None else None
        # No focal point set: the one the composer chose around the faces in the photo.
        fx, fy = focal or (placed.focal if placed is not None else f.focal)
        return QPointF(frame.x() + fx * frame.width(), frame.y() + fy * frame.height())

    def _draw_photo_editing(self, painter: QPainter, px: float) -> None:
        """While the mouse is on a photo: the whole photo as a dashed frame, the part the field
        shows framed, and the focal point as a marker."""
        fid = self.editing_photo
        if fid is None or self.template is None:
            return
        f = self.template.image_field(fid)
        frame = self.photo_frame(fid)
        point = self.focal_point(fid)
        if f is None or frame is None or point is None:
            return
        box = _qrect(f.box)
        painter.setPen(QPen(QColor(255, 255, 255, 230), 3.0 * px))
        painter.drawRect(box)
        painter.setPen(QPen(QColor(20, 20, 20, 220), 1.0 * px))
        painter.drawRect(box)
        painter.setPen(QPen(MARKER, 1.5 * px, Qt.PenStyle.DashLine))
        painter.drawRect(frame)
        r = 9.0 * px
        painter.setPen(QPen(QColor(20, 20, 20, 230), 3.0 * px))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(point, r, r)
        painter.setPen(QPen(MARKER, 2.0 * px))
        painter.drawEllipse(point, r, r)
        painter.drawLine(QPointF(point.x() - 1.6 * r, point.y()), QPointF(point.x() - 0.5 * r, point.y()))
        painter.drawLine(QPointF(point.x() + 0.5 * r, point.y()), QPointF(point.x() + 1.6 * r, point.y()))
        painter.drawLine(QPointF(point.x(), point.y() - 1.6 * r), QPointF(point.x(), point.y() - 0.5 * r))
        painter.drawLine(QPointF(point.x(), point.y() + 0.5 * r), QPointF(point.x(), point.y() + 1.6 * r))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(MARKER)
        painter.drawEllipse(point, 3.5 * px, 3.5 * px)
        painter.setBrush(Qt.BrushStyle.NoBrush)

    # -- drag and drop -------------------------------------------------------------------
    def _photo_urls(self, event) -> list:
        # Documents (PDF, Word, folders) are left to the main window, which opens the stamp dialog.
        return [u for u in event.mimeData().urls() if u.isLocalFile()
                and Path(u.toLocalFile()).suffix.lower() in PHOTO_SUFFIXES]

    def dragEnterEvent(self, event) -> None:  # noqa: N802 -- Qt override
        if self._photo_urls(event) and self.template and self.template.image_fields:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # noqa: N802 -- Qt override
        self.dragEnterEvent(event)

    def dropEvent(self, event) -> None:  # noqa: N802 -- Qt override
        urls = self._photo_urls(event)
        if not urls or self.template is None or not self.template.image_fields:
            event.ignore()
            return
        fid = self._field_at(self.mapToScene(event.position().toPoint()))
        fid = fid or self.template.image_fields[0].id
        self.photoDropped.emit(fid, urls[0].toLocalFile())
        event.acceptProposedAction()

    # -- overlays ------------------------------------------------------------------------
    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:  # noqa: N802 -- Qt override
        if self.template is None:
            return
        page = self.template.page
        trim = _qrect(page.trim)
        px = 1.0 / max(1e-6, self.transform().m11())       # one screen pixel in scene units
        painter.save()
        if page.bleed > 0 and not self.show_bleed:
            # Show the finished size: the bleed is covered with the canvas colour.
            outer = QPainterPath()
            b = page.bleed
            outer.addRect(QRectF(-b - px, -b - px, page.width + 2 * b + 2 * px, page.height + 2 * b + 2 * px))
            inner = QPainterPath()
            inner.addRect(trim)
            painter.fillPath(outer.subtracted(inner), BACKGROUND)
        elif page.bleed > 0:
            b = page.bleed
            pen = QPen(QColor(0, 160, 200), 1.0 * px, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawRect(QRectF(-b, -b, page.width + 2 * b, page.height + 2 * b))
        if self.show_trim:
            painter.setPen(QPen(QColor(30, 30, 30, 200), 1.0 * px))
            painter.drawRect(trim)
        frames = self.safe_frames()
        # A light halo under the dashes keeps the frame visible on dark bands and photos.
        painter.setPen(QPen(QColor(255, 255, 255, 150), 3.0 * px))
        for frame in frames:
            painter.drawRect(frame)
        painter.setPen(QPen(QColor(SAFE.red(), SAFE.green(), SAFE.blue(), 220), 1.0 * px,
                            Qt.PenStyle.DashLine))
        for frame in frames:
            painter.drawRect(frame)
        self._draw_guides(painter, px)
        if self.result is not None:
            for note in self.result.notes:
                if note.code == "text.overflow" and note.region is not None:
                    r = _qrect(note.region)
                    painter.fillRect(r, QColor(OVERFLOW.red(), OVERFLOW.green(), OVERFLOW.blue(), 40))
                    painter.setPen(QPen(OVERFLOW, 2.0 * px))
                    painter.drawRect(r)
            for fid, q in self.result.photo_quality.items():
                f = self.template.image_field(fid)
                if q.low and f is not None:
                    painter.setPen(QPen(QColor(230, 140, 0), 3.0 * px, Qt.PenStyle.DashLine))
                    painter.drawRect(_qrect(f.box))
        for finding in self.findings:
            # Overflow is framed above from the composer's note already.
            if finding.severity == "error" and finding.box and finding.code != "text.overflow":
                painter.setPen(QPen(OVERFLOW, 1.5 * px, Qt.PenStyle.DashLine))
                painter.drawRect(QRectF(*finding.box))
        if self.highlight is not None:
            painter.fillRect(self.highlight, QColor(HIGHLIGHT.red(), HIGHLIGHT.green(), HIGHLIGHT.blue(), 45))
            painter.setPen(QPen(HIGHLIGHT, 3.0 * px))
            painter.drawRect(self.highlight)
        self._draw_photo_editing(painter, px)
        painter.restore()


def _label(painter: QPainter, centre: QPointF, px: float, text: str, color: QColor) -> None:
    """``text`` centred on ``centre`` (scene units) in a small white pill, LABEL_PX screen
    pixels high at any zoom."""
    font = QFont(painter.font())
    font.setPixelSize(LABEL_PX)
    metrics = QFontMetricsF(font)
    width, height = metrics.horizontalAdvance(text) + 10, metrics.height() + 4
    painter.save()
    painter.translate(centre)
    painter.scale(px, px)                  # from here on: screen pixels
    pill = QRectF(-width / 2, -height / 2, width, height)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(255, 255, 255, 225))
    painter.drawRoundedRect(pill, height / 2, height / 2)
    painter.setFont(font)
    painter.setPen(color)
    painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, text)
    painter.restore()


def _clamp(value: float, half: float) -> float:
    return min(1.0 - half, max(half, value))
