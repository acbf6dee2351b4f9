"""Atomic file writing: a temp file in the target folder, fsync, rename. Never overwrite an input.

A ground-floor module (imports only assetkit.errors): any package may write files with it.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from assetkit.errors import OutputError, os_error_message


def write_atomic(path: Path, data: bytes, *, inputs: Iterable[Path] = ()) -> None:
    """Write ``data`` to ``path`` so that readers see the old file or the new one, never half.

    Refuses when ``path`` is one of ``inputs`` (same file, also via links).
    """
    path = Path(path)
    for source in inputs:
        if _same_file(path, Path(source)):
            raise OutputError(
                f"Die Ausgabe {path} würde die Eingabedatei überschreiben; bitte einen anderen "
                "Namen wählen."
            )
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise OutputError(f"Der Ordner {folder} existiert nicht.")
    fd = -1
    tmp = ""
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
        # mkstemp creates 0600; an export must be readable like any file the user saves.
        # (Windows has no fchmod before 3.13 and needs none: files inherit the folder's ACL.)
        if hasattr(os, "fchmod"):
            os.fchmod(fd, 0o666 & ~_UMASK)
        with os.fdopen(fd, "wb") as handle:
            fd = -1
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
        tmp = ""
    except PermissionError:
        raise OutputError(f"Keine Schreibrechte für {path}.") from None
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise OutputError(f"Der Datenträger ist voll; {path} wurde nicht gespeichert.") from None
        raise OutputError(os_error_message(exc, path, writing=True)) from None
    finally:
        if fd >= 0:
            os.close(fd)
        if tmp:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


def _read_umask() -> int:
    # Read once at import: os.umask can only be read by setting it, which would race with
    # threads creating files.
    current = os.umask(0)
    os.umask(current)
    return current


_UMASK = _read_umask()


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return a.resolve() == b.resolve()
