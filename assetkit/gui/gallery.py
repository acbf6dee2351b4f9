"""Template gallery: rendered thumbnails grouped by category, with a search field.

Thumbnails are rendered in worker threads through the normal pipeline (with the templates'
sample copy) and cached as PNGs in the user cache folder, keyed by template id, version and the
files' modification times, so the second start shows them at once.
"""

from __future__ import annotations

import hashlib
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QRunnable, QSize, Qt, QThreadPool, Signal
from PySide6.QtGui import QColor, QFontMetrics, QIcon, QImage, QPainter, QPixmap
from PySide6.QtWidgets import QLineEdit, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from assetkit.brand import Brand
from assetkit.compose import ComposeOptions, Content, compose
from assetkit.errors import AssetkitError
from assetkit.gui.i18n import label
from assetkit.office import sample_office
from assetkit.render import render_png
from assetkit.templates import Catalogue, Template

THUMB = 200   # longest edge in pixels (HiDPI: shown at about half that size)


def thumbnail_path(cache: Path, template: Template) -> Path:
    stamp = "|".join(str(p.stat().st_mtime_ns) for p in (template.svg_path,
                                                        template.folder / "template.toml")
                     if p.exists())
    key = hashlib.sha1(f"{template.id}|{template.version}|{stamp}|{THUMB}".encode()).hexdigest()[:12]
    return cache / f"{template.id}-{key}.png"


def render_thumbnail(template: Template, brand: Brand, target: Path) -> None:
    content = Content(texts={k: v for k, v in template.sample.items()
                             if template.text_field(k) is not None})
    scale = THUMB / max(template.page.width, template.page.height)
    comp = compose(template, content, brand, sample_office(), ComposeOptions(px_per_unit=scale))
    w, h = comp.pixel_size(150)
    f = THUMB / max(w, h)
    png = render_png(comp, size=(max(1, round(w * f)), max(1, round(h * f))))
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(".part")
    tmp.write_bytes(png)
    tmp.replace(target)


class _Signals(QObject):
    done = Signal(str, str)      # template id, png path


class _Hold:
    """Thumbnails give way to the live preview: they wait while the user is editing, because
    every thread shares one interpreter lock and a keystroke's preview must come first."""

    until = 0.0

    @classmethod
    def extend(cls, seconds: float) -> None:
        cls.until = max(cls.until, time.monotonic() + seconds)

    @classmethod
    def wait(cls) -> None:
        while time.monotonic() < cls.until:
            time.sleep(0.05)


class _ThumbJob(QRunnable):
    def __init__(self, template: Template, brand: Brand, target: Path, signals: _Signals) -> None:
        super().__init__()
        self.template, self.brand, self.target, self.signals = template, brand, target, signals

    def run(self) -> None:
        _Hold.wait()
        try:
            render_thumbnail(self.template, self.brand, self.target)
        except (AssetkitError, OSError):
            return          # the entry keeps its neutral placeholder icon
        self.signals.done.emit(self.template.id, str(self.target))


CATEGORIES = ("print", "social", "office")


def wrap_words(text: str, metrics: QFontMetrics, width: int) -> list[str]:
    """``text`` in lines no wider than ``width`` (a word longer than that gets a line alone)."""
    lines: list[str] = []
    for word in text.split():
        if lines and metrics.horizontalAdvance(f"{lines[-1]} {word}") <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines or [""]


class TemplateGallery(QWidget):
    templateActivated = Signal(object)      # Template

    def __init__(self, catalogue: Catalogue, brand: Brand, cache: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalogue = catalogue
        self.brand = brand
        self.cache = cache
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        layout.addWidget(self.search)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(False)
        self.tree.setIndentation(0)
        self.tree.setIconSize(QSize(THUMB // 2, THUMB // 2))
        self.tree.setUniformRowHeights(False)
        # Names wrap onto lines of their own (below): never cut off with „…“.
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.viewport().installEventFilter(self)     # names re-wrap when the width changes
        self.tree.itemActivated.connect(self._activated)
        self.tree.itemClicked.connect(self._activated)
        layout.addWidget(self.tree)
        self.items: dict[str, QTreeWidgetItem] = {}
        self.headers: dict[str, QTreeWidgetItem] = {}
        self._wrap_width = 0
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = _Signals(self)
        self._signals.done.connect(self._thumb_ready)
        self._build()
        self.retranslate()

    def retranslate(self) -> None:
        """Texts in the interface language (at start and after a language switch)."""
        self.search.setPlaceholderText(self.tr("Vorlagen durchsuchen…"))
        self.search.setAccessibleName(self.tr("Vorlagen durchsuchen"))
        self.tree.setAccessibleName(self.tr("Vorlagen"))
        for category, header in self.headers.items():
            header.setText(0, self.category_name(category))
        for tid, item in self.items.items():
            t = self.catalogue.get(tid)
            item.setToolTip(0, f"{label(t.name)}\n{label(t.description)}")
            item.setData(0, Qt.ItemDataRole.AccessibleTextRole, label(t.name))
        self._wrap_width = 0
        self.relabel()

    def text_width(self) -> int:
        """The room beside a thumbnail for a template's name, in pixels."""
        return max(60, self.tree.viewport().width() - self.tree.iconSize().width() - 24)

    def relabel(self) -> None:
        """Break every name into lines that fit beside its thumbnail (the size on the last)."""
        width = self.text_width()
        if width == self._wrap_width:
            return
        self._wrap_width = width
        metrics = QFontMetrics(self.tree.font())
        for tid, item in self.items.items():
            t = self.catalogue.get(tid)
            lines = wrap_words(label(t.name), metrics, width)
            item.setText(0, "\n".join([*lines, t.page.size_label()]))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 -- Qt override
        if watched is self.tree.viewport() and event.type() == QEvent.Type.Resize:
            self.relabel()
        return super().eventFilter(watched, event)

    def category_name(self, category: str) -> str:
        return {"print": self.tr("Druck"), "social": self.tr("Social Media"),
                "office": self.tr("Büro & Formulare")}.get(category, category)

    def _build(self) -> None:
        placeholder = QPixmap(THUMB // 2, THUMB // 2)
        placeholder.fill(QColor("#dfe3e8"))
        for category in CATEGORIES:
            templates = self.catalogue.by_category(category)
            if not templates:
                continue
            header = QTreeWidgetItem([self.category_name(category)])
            self.headers[category] = header
            header.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = header.font(0)
            font.setBold(True)
            header.setFont(0, font)
            header.setData(0, Qt.ItemDataRole.UserRole, None)
            self.tree.addTopLevelItem(header)
            for t in templates:
                item = QTreeWidgetItem([f"{label(t.name)}\n{t.page.size_label()}"])
                item.setData(0, Qt.ItemDataRole.UserRole, t.id)
                item.setIcon(0, QIcon(placeholder))
                header.addChild(item)
                self.items[t.id] = item
                self._load_thumb(t)
            header.setExpanded(True)

    def _load_thumb(self, template: Template) -> None:
        path = thumbnail_path(self.cache, template)
        if path.is_file():
            self._thumb_ready(template.id, str(path))
        else:
            self._pool.start(_ThumbJob(template, self.brand, path, self._signals))

    def _thumb_ready(self, template_id: str, path: str) -> None:
        item = self.items.get(template_id)
        image = QImage(path)
        if item is None or image.isNull():
            return
        # Centred on a square canvas so every name starts at the same x, whatever the format.
        pixmap = QPixmap(THUMB, THUMB)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.drawImage((THUMB - image.width()) // 2, (THUMB - image.height()) // 2, image)
        painter.end()
        pixmap.setDevicePixelRatio(2.0)
        item.setIcon(0, QIcon(pixmap))

    def _activated(self, item: QTreeWidgetItem) -> None:
        tid = item.data(0, Qt.ItemDataRole.UserRole)
        if tid:
            self.templateActivated.emit(self.catalogue.get(tid))

    def hold_thumbnails(self, seconds: float = 0.6) -> None:
        """Let the preview go first: thumbnail jobs not yet started wait ``seconds``."""
        _Hold.extend(seconds)

    def select(self, template_id: str) -> None:
        item = self.items.get(template_id)
        if item is not None:
            self.tree.setCurrentItem(item)

    def _filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for i in range(self.tree.topLevelItemCount()):
            header = self.tree.topLevelItem(i)
            visible = 0
            for j in range(header.childCount()):
                item = header.child(j)
                t = self.catalogue.get(item.data(0, Qt.ItemDataRole.UserRole))
                hay = " ".join([t.name.de, t.name.en, t.description.de, t.description.en, t.family,
                                *t.tags, self.category_name(t.category)]).casefold()
                show = not needle or all(word in hay for word in needle.split())
                item.setHidden(not show)
                visible += show
            header.setHidden(visible == 0)

    def wait(self) -> None:
        self._pool.waitForDone(10_000)
