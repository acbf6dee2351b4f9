"""Autosave and crash recovery.

A running session writes its project to ``<data>/autosave/<session>.akp`` (every 30 s when
something changed) and touches ``<session>.alive`` as a heartbeat. A clean exit deletes both.
At the next start, an autosave whose heartbeat is older than :data:`STALE_AFTER` seconds belongs
to a session that ended without cleaning up (a crash): the app offers to recover it. A heartbeat
instead of a process check works the same on Windows and Linux and never touches other processes.
"""

from __future__ import annotations

import contextlib
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

from assetkit.project.fileformat import OpenedProject, open_project, save_project
from assetkit.project.model import ProjectState

STALE_AFTER = 90.0
INTERVAL_MS = 30_000


@dataclass(frozen=True)
class Recoverable:
    path: Path
    saved_at: float          # seconds since the epoch
    origin: str | None       # the project file it belonged to, if any


class Autosaver:
    def __init__(self, folder: Path, session: str | None = None) -> None:
        self.folder = folder
        self.session = session or uuid.uuid4().hex[:12]
        self.folder.mkdir(parents=True, exist_ok=True)
        self.path = folder / f"{self.session}.akp"
        self._alive = folder / f"{self.session}.alive"
        self.heartbeat()

    def heartbeat(self) -> None:
        self._alive.touch()

    def save(self, state: ProjectState, origin: Path | None = None) -> None:
        save_project(self.path, state, extra={"origin": str(origin) if origin else None})
        self.heartbeat()

    def discard(self) -> None:
        """Clean exit or saved project: nothing to recover."""
        with contextlib.suppress(OSError):
            self.path.unlink()

    def close(self) -> None:
        self.discard()
        with contextlib.suppress(OSError):
            self._alive.unlink()

    def recoverable(self, now: float | None = None) -> list[Recoverable]:
        """Autosaves of other sessions that ended without cleaning up, newest first."""
        now = time.time() if now is None else now
        found = []
        for akp in self.folder.glob("*.akp"):
            if akp == self.path:
                continue
            alive = akp.with_suffix(".alive")
            try:
                beat = alive.stat().st_mtime
            except OSError:
                beat = 0.0
            if now - beat < STALE_AFTER:
                continue          # another instance is still running
            try:
                saved = akp.stat().st_mtime
            except OSError:
                continue
            found.append(Recoverable(akp, saved, _origin(akp)))
        return sorted(found, key=lambda r: r.saved_at, reverse=True)

    def recover(self, item: Recoverable, photo_dir: Path) -> OpenedProject:
        opened = open_project(item.path, photo_dir)
        forget(item)
        return opened


def forget(item: Recoverable) -> None:
    for p in (item.path, item.path.with_suffix(".alive")):
        with contextlib.suppress(OSError):
            p.unlink()


def _origin(path: Path) -> str | None:
    import json
    import zipfile

    try:
        with zipfile.ZipFile(path) as zf:
            origin = json.loads(zf.read("manifest.json")).get("extra", {}).get("origin")
    except (OSError, zipfile.BadZipFile, KeyError, ValueError, AttributeError):
        return None
    return origin if isinstance(origin, str) else None




__all__ = ["INTERVAL_MS", "STALE_AFTER", "Autosaver", "Recoverable", "forget"]
