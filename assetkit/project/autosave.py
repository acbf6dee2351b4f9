"""Autosave and crash recovery.

A running session writes its project to ``<data>/autosave/<session>.akp`` (every 30 s when
something changed) and holds an operating-system lock on ``<session>.alive`` for its whole life
(also touched as a heartbeat). A clean exit deletes both. The system releases the lock the
moment a process ends, however it ends (a crash, SIGKILL, a power-off), so at the next start an
autosave whose ``.alive`` can be locked belongs to a session that is gone: the app offers to
recover it at once, not only after a timeout. A heartbeat older than :data:`STALE_AFTER` seconds
also counts as gone (a hung process; systems without file locks). Lock files of gone sessions
that never autosaved are removed. A file lock instead of a process check works the same on
Windows and Linux and never touches other processes.
"""

from __future__ import annotations

import contextlib
import os
import sys
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
        self._lock = _hold_lock(self._alive)
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
        if self._lock is not None:      # first: Windows removes no file that is still open
            with contextlib.suppress(OSError):
                os.close(self._lock)
            self._lock = None
        with contextlib.suppress(OSError):
            self._alive.unlink()

    def recoverable(self, now: float | None = None) -> list[Recoverable]:
        """Autosaves of other sessions that ended without cleaning up, newest first."""
        now = time.time() if now is None else now
        found = []
        for akp in self.folder.glob("*.akp"):
            if akp == self.path or not _gone(akp.with_suffix(".alive"), now):
                continue          # ours, or another instance is still running
            try:
                saved = akp.stat().st_mtime
            except OSError:
                continue
            found.append(Recoverable(akp, saved, _origin(akp)))
        self._clean_up(now)
        return sorted(found, key=lambda r: r.saved_at, reverse=True)

    def _clean_up(self, now: float) -> None:
        """Lock files of gone sessions that left no autosave: nothing to recover, remove them."""
        for alive in self.folder.glob("*.alive"):
            if alive != self._alive and not alive.with_suffix(".akp").exists() \
                    and _gone(alive, now):
                with contextlib.suppress(OSError):
                    alive.unlink()

    def is_running(self, session: str, now: float | None = None) -> bool:
        """Whether the session ``session`` (ours included) still runs."""
        if session == self.session:
            return True
        return not _gone(self.folder / f"{session}.alive", time.time() if now is None else now)

    def recover(self, item: Recoverable, photo_dir: Path) -> OpenedProject:
        opened = open_project(item.path, photo_dir)
        forget(item)
        return opened


def forget(item: Recoverable) -> None:
    for p in (item.path, item.path.with_suffix(".alive")):
        with contextlib.suppress(OSError):
            p.unlink()


def _hold_lock(path: Path) -> int | None:
    """Open ``path`` and lock it for as long as this process runs; None where locks fail."""
    for _attempt in range(3):
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError:
            return None
        if not _try_lock(fd):
            os.close(fd)
            return None
        try:
            # Another start may have removed the file between our open and our lock (it saw a
            # lock file nobody held); then lock the file that is there now.
            if os.path.samestat(os.fstat(fd), os.stat(path)):
                return fd
        except OSError:
            pass
        os.close(fd)
    return None


def _try_lock(fd: int) -> bool:
    try:
        if sys.platform == "win32":
            import msvcrt

            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _gone(alive: Path, now: float) -> bool:
    """Whether the session of lock file ``alive`` has ended: nobody holds its lock, or its
    heartbeat stopped :data:`STALE_AFTER` seconds ago, or the file is missing."""
    try:
        beat = alive.stat().st_mtime
        fd = os.open(alive, os.O_RDWR)
    except OSError:
        return True
    try:
        if _try_lock(fd):
            if sys.platform == "win32":
                import msvcrt

                msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
            return True
        return now - beat >= STALE_AFTER
    finally:
        os.close(fd)            # on Linux closing also releases a lock taken just to test it


def _origin(path: Path) -> str | None:
    import zipfile

    from assetkit.project.fileformat import MAX_MANIFEST_BYTES, ProjectFileError
    from assetkit.safeload import parse_json

    try:
        with zipfile.ZipFile(path) as zf:
            info = zf.getinfo("manifest.json")
            if info.file_size > MAX_MANIFEST_BYTES:
                return None
            manifest = parse_json(zf.read(info), what=path.name, error=ProjectFileError)
            origin = manifest.get("extra", {}).get("origin")
    except (OSError, zipfile.BadZipFile, KeyError, ValueError, AttributeError, ProjectFileError):
        return None
    return origin if isinstance(origin, str) else None




__all__ = ["INTERVAL_MS", "STALE_AFTER", "Autosaver", "Recoverable", "forget"]
