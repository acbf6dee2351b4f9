"""Which stamper handles which file: a table by suffix, loaded lazily.

Adding a document type (e.g. Word, built in ``assetkit.word``) is one line in ``_TABLE``
pointing at a module attribute that is a :class:`Stamper`, or a call to ``register_stamper``.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from assetkit.stamp.model import DocumentPlan, FileReport, StampError, StampOptions


@dataclass(frozen=True)
class Stamper:
    """The four steps a document type provides. ``inputs``: every input of the batch (never
    overwritten). ``preview`` returns the page as displayed with the logo, fitting ``max_px``."""

    kind: str
    plan: Callable[[Path, StampOptions], DocumentPlan]
    preview: Callable[[DocumentPlan, int, int], Image.Image]
    apply: Callable[[DocumentPlan, Path, tuple[Path, ...]], FileReport]
    stamp: Callable[[Path, Path, StampOptions, tuple[Path, ...]], FileReport]   # plan + apply


# suffix → "module:attribute" of a Stamper; imported on first use.
_TABLE: dict[str, str] = {
    ".pdf": "assetkit.stamp.stampers:PDF",
    ".png": "assetkit.stamp.stampers:IMAGE",
    ".jpg": "assetkit.stamp.stampers:IMAGE",
    ".jpeg": "assetkit.stamp.stampers:IMAGE",
    ".webp": "assetkit.stamp.stampers:IMAGE",
    ".tif": "assetkit.stamp.stampers:IMAGE",
    ".tiff": "assetkit.stamp.stampers:IMAGE",
    ".docx": "assetkit.word.stamper:STAMPER",
    ".docm": "assetkit.word.stamper:STAMPER",
}
_NOT_YET = {
    ".doc": "alte Word-Dateien (.doc) werden nicht unterstützt; bitte als PDF oder .docx speichern",
    ".odt": "OpenDocument-Texte werden nicht unterstützt; bitte als PDF speichern",
}
_LOADED: dict[str, Stamper] = {}


def register_stamper(suffix: str, stamper: Stamper | str) -> None:
    """Handle files ending in ``suffix`` with ``stamper`` (or a "module:attribute" reference)."""
    key = suffix.lower()
    _LOADED.pop(key, None)
    if isinstance(stamper, str):
        _TABLE[key] = stamper
    else:
        _TABLE[key] = f"<registered {stamper.kind}>"
        _LOADED[key] = stamper


def supported_suffixes() -> tuple[str, ...]:
    return tuple(sorted(_TABLE))


def is_supported(path: Path) -> bool:
    return path.suffix.lower() in _TABLE


def stamper_for(path: Path) -> Stamper:
    key = path.suffix.lower()
    if key in _LOADED:
        return _LOADED[key]
    ref = _TABLE.get(key)
    if ref is None:
        reason = _NOT_YET.get(key, f"Dateityp „{path.suffix or path.name}“ wird nicht unterstützt "
                                   f"({', '.join(supported_suffixes())})")
        raise StampError(f"{reason}.")
    module, _, attr = ref.partition(":")
    stamper = getattr(importlib.import_module(module), attr)
    _LOADED[key] = stamper
    return stamper


def stamper_for_plan(plan: DocumentPlan) -> Stamper:
    return stamper_for(plan.source)
