"""A ZIP of a batch's outputs, written to a temp file and renamed, so it is whole or absent."""

from __future__ import annotations

import contextlib
import os
import tempfile
import zipfile
from collections.abc import Iterable
from pathlib import Path

from assetkit.errors import OutputError, os_reason

# PNG, JPEG and the photos inside PDFs are compressed already; deflating them again only costs time.
STORED = {".png", ".jpg", ".jpeg"}


def write_zip(path: Path, files: Iterable[Path]) -> Path:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle, zipfile.ZipFile(handle, "w") as archive:
            for file in files:
                method = zipfile.ZIP_STORED if file.suffix.lower() in STORED \
                    else zipfile.ZIP_DEFLATED
                archive.write(file, arcname=file.name, compress_type=method)
        os.replace(tmp, path)
        tmp = ""
    except OSError as exc:
        raise OutputError(f"Das ZIP-Archiv {path} kann nicht geschrieben werden "
                          f"({os_reason(exc)}).") from None
    finally:
        if tmp:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
    return path
