"""The resume journal: one JSON line per finished output, appended as the run goes.

Only the parent process writes it, one whole line per output after the output's atomic write
succeeded, so after a crash or power cut it lists only files that were complete (a torn last
line is ignored). On resume an output is skipped only if the journal lists it with the same job
key (same data, template, format and settings) and the file on disk still has the recorded size
and SHA-256; anything else is rendered again.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from pathlib import Path
from typing import IO

from assetkit.batch.errors import BatchError
from assetkit.batch.plan import JobSpec
from assetkit.errors import OutputError, os_reason
from assetkit.safeload import parse_json


class Journal:
    def __init__(self, path: Path, resume: bool) -> None:
        self.path = path
        self._entries: dict[str, dict[str, object]] = self._read() if resume else {}
        try:
            self._handle: IO[str] | None = path.open("a" if resume else "w", encoding="utf-8")
        except OSError as exc:
            raise OutputError(f"Im Ausgabeordner {path.parent} kann nicht geschrieben werden "
                              f"({os_reason(exc)}).") from None

    def _read(self) -> dict[str, dict[str, object]]:
        entries: dict[str, dict[str, object]] = {}
        try:
            lines = self.path.read_text("utf-8", errors="replace").splitlines()
        except OSError:
            return entries
        for line in lines:
            with contextlib.suppress(BatchError):
                entry = parse_json(line, what=self.path.name, error=BatchError)
                if isinstance(entry, dict) and isinstance(entry.get("file"), str):
                    entries[entry["file"]] = entry
        return entries

    def finished(self, job: JobSpec, out_dir: Path) -> dict[str, object] | None:
        """The journal entry if ``job``'s output is already complete and unchanged."""
        entry = self._entries.get(job.name)
        if entry is None or entry.get("key") != job.key:
            return None
        path = out_dir / job.name
        try:
            if path.stat().st_size != entry.get("size"):
                return None
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
        except OSError:
            return None
        return entry if digest == entry.get("sha256") else None

    def record(self, file: str, key: str, size: int, sha256: str, status: str,
               messages: tuple[str, ...] = ()) -> None:
        if self._handle is None:
            return
        line = json.dumps({"file": file, "key": key, "size": size, "sha256": sha256,
                           "status": status, "messages": list(messages)}, ensure_ascii=False)
        self._handle.write(line + "\n")
        self._handle.flush()

    def close(self) -> None:
        if self._handle is not None:
            with contextlib.suppress(OSError):
                self._handle.flush()
                os.fsync(self._handle.fileno())
            self._handle.close()
            self._handle = None
