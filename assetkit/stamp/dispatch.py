"""Which stamper handles which file: a table by suffix, each stamper imported on first use.

Adding a document type is one line in ``_TABLE`` naming a loader (a function with an ordinary
import, seen by mypy, import-linter and PyInstaller), or a call to ``register_stamper``.
"""

from __future__ import annotations

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


def _pdf() -> Stamper:
    from assetkit.stamp.stampers import PDF
    return PDF


def _image() -> Stamper:
    from assetkit.stamp.stampers import IMAGE
    return IMAGE


def _word() -> Stamper:
    from assetkit.stamp.word import STAMPER
    return STAMPER


# suffix → the loader of its Stamper; called on first use.
_TABLE: dict[str, Callable[[], Stamper]] = {
    ".pdf": _pdf,
    ".png": _image, ".jpg": _image, ".jpeg": _image, ".webp": _image, ".tif": _image,
    ".tiff": _image,
    ".docx": _word, ".docm": _word,
}
_NOT_YET = {
    ".doc": "alte Word-Dateien (.doc) werden nicht unterstützt; bitte als PDF oder .docx speichern",
    ".odt": "OpenDocument-Texte werden nicht unterstützt; bitte als PDF speichern",
}
_LOADED: dict[str, Stamper] = {}


def register_stamper(suffix: str, stamper: Stamper | Callable[[], Stamper]) -> None:
    """Handle files ending in ``suffix`` with ``stamper`` (or a function that returns it)."""
    key = suffix.lower()
    _LOADED.pop(key, None)
    if isinstance(stamper, Stamper):
        _TABLE[key] = lambda: stamper
        _LOADED[key] = stamper
    else:
        _TABLE[key] = stamper


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
    stamper = ref()
    _LOADED[key] = stamper
    return stamper


def stamper_for_plan(plan: DocumentPlan) -> Stamper:
    return stamper_for(plan.source)
