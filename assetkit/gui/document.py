"""The open project as the window sees it: history, file path, autosave and office profile.

A thin Qt adapter over :mod:`assetkit.project`: it forwards commands to the History and turns
its callbacks into signals. It never edits the state itself.
"""

from __future__ import annotations

import contextlib
import shutil
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from assetkit.brand import Brand
from assetkit.errors import AssetkitError
from assetkit.office import OfficeProfile, load_office
from assetkit.project import History, ProjectState, open_project, save_project
from assetkit.project.autosave import INTERVAL_MS, Autosaver, Recoverable, forget
from assetkit.project.commands import Command
from assetkit.project.model import new_project
from assetkit.templates import Catalogue, Template
from assetkit.userdirs import data_dir, office_profile_path


def original_names(state: ProjectState, folder: Path) -> ProjectState:
    """The photos of an opened project under their own names again.

    The project reader unpacks a field's photo as ``<field>-<name>`` (``photo-team.jpg``); the
    user chose ``team.jpg`` and sees that name in the photo box, and saving again keeps it. Each
    photo moves into a folder of its field, so two fields' photos of one name never collide.
    """
    images = dict(state.images)
    moved: dict[Path, Path] = {}        # fields sharing one photo share its one copy
    for fid, photo in state.images.items():
        source = photo.source
        if source in moved:
            images[fid] = replace(photo, source=moved[source])
            continue
        if source.parent != folder or not source.name.startswith(f"{fid}-"):
            continue
        target = folder / fid / source.name.removeprefix(f"{fid}-")
        try:
            target.parent.mkdir(exist_ok=True)
            source.replace(target)
        except OSError:
            continue                    # the prefixed name still works
        moved[source] = target
        images[fid] = replace(photo, source=target)
    return replace(state, images=images)


class Document(QObject):
    stateChanged = Signal(object)        # ProjectState
    templateChanged = Signal(object)     # Template
    # No bool argument: PySide6 6.12 on Python 3.11 drops a reference to True/False for every
    # bool delivered to a Python slot, which crashes the interpreter after a few thousand edits.
    modifiedChanged = Signal()
    pathChanged = Signal(object)         # Path | None
    officeChanged = Signal(object)       # OfficeProfile | None

    def __init__(self, catalogue: Catalogue, brand: Brand, parent: QObject | None = None,
                 autosave_interval_ms: int = INTERVAL_MS, start: Template | None = None) -> None:
        super().__init__(parent)
        self.catalogue = catalogue
        self.brand = brand
        first = start or catalogue.templates[0]
        self.history = History(new_project(first))
        self.history.subscribe(self._on_history)
        self._template = first
        self._modified = False
        self.path: Path | None = None
        self.autosaver = Autosaver(data_dir() / "autosave")
        self.photo_root = data_dir() / "photos" / self.autosaver.session
        self._remove_photos_of_gone_sessions()
        self._opened = 0
        self.office: OfficeProfile | None = self._load_office()
        self._autosave_dirty = False
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.autosave)
        self._timer.start(autosave_interval_ms)

    # -- state ---------------------------------------------------------------------------
    @property
    def state(self) -> ProjectState:
        return self.history.state

    @property
    def template(self) -> Template:
        return self._template

    @property
    def modified(self) -> bool:
        return self.history.modified

    def execute(self, command: Command) -> bool:
        return self.history.execute(command)

    def _on_history(self, state: ProjectState) -> None:
        self._autosave_dirty = True
        if state.template_id != self._template.id:
            self._template = self.catalogue.get(state.template_id)
            self.templateChanged.emit(self._template)
        self.stateChanged.emit(state)
        if self.history.modified != self._modified:
            self._modified = self.history.modified
            self.modifiedChanged.emit()

    # -- files ---------------------------------------------------------------------------
    def new(self, template: Template) -> None:
        self.path = None
        self.history.reset(new_project(template))
        self.pathChanged.emit(None)
        self.autosaver.discard()

    def open(self, path: Path) -> None:
        """Open a project file; raises AssetkitError (the current project stays untouched)."""
        self._opened += 1
        folder = self.photo_root / f"open{self._opened}"
        opened = open_project(path, folder)
        self._adopt(original_names(opened.state, folder))
        self.path = Path(path)
        self.pathChanged.emit(self.path)

    def recover(self, item: Recoverable) -> None:
        """Open a crashed session's autosave. It becomes this session's autosave at once, before
        the old one is removed: a second crash a second later loses nothing."""
        self._opened += 1
        origin = item.origin
        folder = self.photo_root / f"recovered{self._opened}"
        opened = open_project(item.path, folder)
        self._adopt(original_names(opened.state, folder), clean=False)
        self.path = Path(origin) if origin else None
        self.pathChanged.emit(self.path)
        try:
            self.autosaver.save(self.state, self.path)
        except AssetkitError:
            self._autosave_dirty = True      # the old autosave stays until ours is written
            return
        self._autosave_dirty = False
        forget(item)

    def _adopt(self, state: ProjectState, clean: bool = True) -> None:
        self.catalogue.get(state.template_id)          # TemplateNotFoundError if unknown
        self.history.reset(state, clean=clean)

    def save(self, path: Path) -> None:
        save_project(path, self.state)
        self.path = Path(path)
        self.history.mark_clean()
        self._modified = False
        self.modifiedChanged.emit()
        self.pathChanged.emit(self.path)
        self.autosaver.discard()
        self._autosave_dirty = False

    def autosave(self) -> None:
        self.autosaver.heartbeat()
        if not self._autosave_dirty:
            return
        if not self.history.modified:
            self.autosaver.discard()
            self._autosave_dirty = False
            return
        try:
            self.autosaver.save(self.state, self.path)
            self._autosave_dirty = False
        except AssetkitError:
            pass        # e.g. a photo went missing; the next edit tries again

    def _remove_photos_of_gone_sessions(self) -> None:
        """Photos a killed session unpacked: its autosave (if any) holds them itself."""
        folder = self.photo_root.parent
        if not folder.is_dir():
            return
        for old in folder.iterdir():
            if old.is_dir() and not self.autosaver.is_running(old.name):
                shutil.rmtree(old, ignore_errors=True)

    def close(self) -> None:
        """Clean shutdown: nothing left to recover."""
        self._timer.stop()
        self.autosaver.close()
        with contextlib.suppress(OSError):
            shutil.rmtree(self.photo_root)

    # -- office profile ------------------------------------------------------------------
    def _load_office(self) -> OfficeProfile | None:
        path = office_profile_path()
        if not path.is_file():
            return None
        try:
            return load_office(path)
        except AssetkitError:
            return None

    def set_office(self, profile: OfficeProfile | None) -> None:
        self.office = profile
        self.officeChanged.emit(profile)
