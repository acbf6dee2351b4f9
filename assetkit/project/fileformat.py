"""Project files (``.akp``): one zip a user can mail to a colleague.

Layout::

    manifest.json     {"format": "assetkit-project", "format_version": 1, "template": {...},
                       "texts": {...}, "images": {field: {"file": "photos/…", "focal": […],
                       "zoom": 1.0, "name": "original.jpg"}}, "alt_texts": {field: "…"},
                       "extra": {...}}
    photos/<field>.<ext>   the photos themselves

Saving builds the zip in memory and writes it atomically. Opening trusts nothing in the archive:
names are never used as paths (zip-slip), sizes are bounded (zip bombs), every value is checked,
and every problem is one clear German sentence (:class:`ProjectFileError`).
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assetkit import __version__
from assetkit.errors import AssetkitError, os_reason
from assetkit.fileio import write_atomic
from assetkit.project.model import Photo, ProjectState
from assetkit.safeload import ZipLimits, check_zip, parse_json

FORMAT = "assetkit-project"
FORMAT_VERSION = 1
PROJECT_SUFFIX = ".akp"
MANIFEST = "manifest.json"
MAX_MANIFEST_BYTES = 2_000_000
MAX_PHOTO_BYTES = 300_000_000
MAX_TEXT_CHARS = 20_000
# A project has one manifest and a photo per image field (templates have at most a handful).
# Limits no real project reaches; see docs/limits.md.
MAX_PHOTOS = 64
# assetkit stores photos unpacked (ratio 1); only the manifest packs well, within its slack.
LIMITS = ZipLimits(max_entries=2 * MAX_PHOTOS + 1, max_total=1_000_000_000,
                   max_entry=MAX_PHOTO_BYTES, max_ratio=100, ratio_slack=MAX_MANIFEST_BYTES)
_PHOTO_NAME = re.compile(r"^photos/[A-Za-z0-9_-]{1,64}\.(jpg|jpeg|png|webp|tif|tiff|gif|bmp)$")
_FIELD_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


class ProjectFileError(AssetkitError):
    """A project file cannot be opened or saved (corrupt, foreign, newer version, missing photo)."""


@dataclass(frozen=True)
class OpenedProject:
    state: ProjectState
    extra: dict[str, Any] = field(default_factory=dict)   # e.g. autosave: where it came from
    app_version: str = ""


def project_bytes(state: ProjectState, *, extra: dict[str, Any] | None = None) -> bytes:
    """The ``.akp`` file for ``state`` as bytes (photos read from their sources)."""
    images: dict[str, Any] = {}
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        for field_id, photo in sorted(state.images.items()):
            suffix = photo.source.suffix.lower()
            if not re.fullmatch(r"\.(jpg|jpeg|png|webp|tif|tiff|gif|bmp)", suffix):
                suffix = ".jpg"
            arcname = f"photos/{field_id}{suffix}"
            try:
                data = photo.source.read_bytes()
            except OSError:
                raise ProjectFileError(
                    f"Das Foto {photo.source.name} für „{field_id}“ ist nicht mehr lesbar; bitte "
                    "wählen Sie es neu, bevor Sie speichern.") from None
            # Photos are already compressed; deflating them again only costs time.
            zf.writestr(arcname, data, compress_type=zipfile.ZIP_STORED)
            images[field_id] = {"file": arcname, "name": photo.source.name,
                                "focal": list(photo.focal) if photo.focal else None,
                                "zoom": photo.zoom}
        manifest = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "app_version": __version__,
            "template": {"id": state.template_id, "version": state.template_version},
            "texts": dict(sorted(state.texts.items())),
            "images": images,
            "alt_texts": dict(sorted(state.alt_texts.items())),
            "extra": extra or {},
        }
        zf.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=2),
                    compress_type=zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def save_project(path: Path, state: ProjectState, *, extra: dict[str, Any] | None = None) -> None:
    """Write the project atomically: readers see the old file or the new one, never half."""
    write_atomic(Path(path), project_bytes(state, extra=extra))


def open_project(path: Path, photo_dir: Path) -> OpenedProject:
    """Read a project; its photos are copied into ``photo_dir`` (a folder the caller owns)."""
    path = Path(path)
    name = path.name
    try:
        zf = zipfile.ZipFile(path)
    except FileNotFoundError:
        raise ProjectFileError(f"Die Projektdatei {name} gibt es nicht.") from None
    except (zipfile.BadZipFile, EOFError, ValueError):
        raise ProjectFileError(
            f"{name} ist keine assetkit-Projektdatei oder sie ist beschädigt.") from None
    except OSError as exc:
        raise ProjectFileError(f"{name} kann nicht gelesen werden ({os_reason(exc)}).") from None
    with zf:
        check_zip(zf.infolist(), LIMITS, what=f"Die Projektdatei {name}", error=ProjectFileError)
        manifest = _read_manifest(zf, name)
        state = _state(manifest, name)
        images: dict[str, Photo] = {}
        raw_images = manifest.get("images", {})
        if not isinstance(raw_images, dict) or len(raw_images) > MAX_PHOTOS:
            raise _broken(name, "images")
        photo_dir.mkdir(parents=True, exist_ok=True)
        # Fields naming the same photo share one copy: a small file must not unpack one large
        # photo once per field.
        unpacked: dict[str, Path] = {}
        for field_id, entry in raw_images.items():
            images[field_id] = _photo(zf, name, field_id, entry, photo_dir, unpacked)
        extra = manifest.get("extra", {})
        return OpenedProject(
            state=ProjectState(state.template_id, state.template_version, state.texts, images,
                               state.alt_texts),
            extra=extra if isinstance(extra, dict) else {},
            app_version=str(manifest.get("app_version", "")),
        )


def _broken(name: str, key: str) -> ProjectFileError:
    return ProjectFileError(f"Die Projektdatei {name} ist beschädigt (Eintrag „{key}“ ungültig).")


def _read_manifest(zf: zipfile.ZipFile, name: str) -> dict[str, Any]:
    try:
        info = zf.getinfo(MANIFEST)
    except KeyError:
        raise ProjectFileError(
            f"{name} ist keine assetkit-Projektdatei (es fehlt die Beschreibung {MANIFEST}).") from None
    if info.file_size > MAX_MANIFEST_BYTES:
        raise _broken(name, MANIFEST)
    try:
        raw = zf.read(info)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError):
        raise ProjectFileError(f"Die Projektdatei {name} ist beschädigt.") from None
    data = parse_json(raw, what=f"Die Beschreibung {MANIFEST} in der Projektdatei {name}",
                      error=ProjectFileError, max_bytes=MAX_MANIFEST_BYTES)
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ProjectFileError(f"{name} ist keine assetkit-Projektdatei.")
    version = data.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise _broken(name, "format_version")
    if version > FORMAT_VERSION:
        raise ProjectFileError(
            f"{name} wurde mit einer neueren assetkit-Version ({data.get('app_version', '?')}) "
            "gespeichert; bitte aktualisieren Sie assetkit, um sie zu öffnen.")
    return data


def _state(manifest: dict[str, Any], name: str) -> ProjectState:
    template = manifest.get("template")
    if not isinstance(template, dict) or not isinstance(template.get("id"), str):
        raise _broken(name, "template")
    version = template.get("version", 1)
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise _broken(name, "template.version")
    texts = manifest.get("texts", {})
    if not isinstance(texts, dict) or not all(
            isinstance(k, str) and _FIELD_ID.match(k) and isinstance(v, str)
            and len(v) <= MAX_TEXT_CHARS for k, v in texts.items()):
        raise _broken(name, "texts")
    # Added after format version 1 was released: older files have none, older readers skip it.
    alt_texts = manifest.get("alt_texts", {})
    if not isinstance(alt_texts, dict) or not all(
            isinstance(k, str) and _FIELD_ID.match(k) and isinstance(v, str)
            and len(v) <= MAX_TEXT_CHARS for k, v in alt_texts.items()):
        raise _broken(name, "alt_texts")
    return ProjectState(template["id"], version, texts, {}, alt_texts)


def _photo(zf: zipfile.ZipFile, name: str, field_id: object, entry: object,
           photo_dir: Path, unpacked: dict[str, Path]) -> Photo:
    if not isinstance(field_id, str) or not _FIELD_ID.match(field_id) or not isinstance(entry, dict):
        raise _broken(name, "images")
    arcname = entry.get("file")
    # The archive name is only ever compared, never joined to a path: no zip-slip possible.
    if not isinstance(arcname, str) or not _PHOTO_NAME.match(arcname):
        raise _broken(name, f"images.{field_id}.file")
    try:
        info = zf.getinfo(arcname)
    except KeyError:
        raise ProjectFileError(
            f"In der Projektdatei {name} fehlt das Foto für „{field_id}“.") from None
    if info.file_size > MAX_PHOTO_BYTES:
        raise ProjectFileError(f"Das Foto für „{field_id}“ in {name} ist zu groß.")
    focal = entry.get("focal")
    if focal is not None:
        if (not isinstance(focal, list) or len(focal) != 2
                or not all(isinstance(v, int | float) and 0 <= v <= 1 for v in focal)):
            raise _broken(name, f"images.{field_id}.focal")
        focal = (float(focal[0]), float(focal[1]))
    zoom = entry.get("zoom", 1.0)
    if not isinstance(zoom, int | float) or isinstance(zoom, bool) or not 1 <= zoom <= 10:
        raise _broken(name, f"images.{field_id}.zoom")
    target = unpacked.get(arcname)
    if target is None:
        try:
            data = zf.read(info)
        except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError):
            raise ProjectFileError(
                f"Das Foto für „{field_id}“ in {name} ist beschädigt.") from None
        original = entry.get("name")
        stem = Path(original).stem if isinstance(original, str) else field_id
        stem = re.sub(r"[^\w.-]+", "_", stem)[:60].strip("._") or field_id
        target = photo_dir / f"{field_id}-{stem}{Path(arcname).suffix}"
        write_atomic(target, data)
        unpacked[arcname] = target
    return Photo(target, focal, float(zoom))
