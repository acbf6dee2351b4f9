"""Publish, check, install and roll back brand kits.

The central campaign team exports the brand kit (brand.toml, logos, templates, fonts) as one
file; offices import it from a file share or USB stick. An import is checked completely in a
temporary folder before the active kit changes; the switch itself is one atomic write of the
state file, and the kit that was active before stays on disk for ``restore_kit()``.
"""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from assetkit import __version__
from assetkit import kitstore as store
from assetkit.brandkit import archive
from assetkit.brandkit.errors import BrandKitError
from assetkit.brandkit.validate import validate_kit, version_key
from assetkit.errors import os_reason
from assetkit.fileio import write_atomic
from assetkit.resources import bundled_resources_dir, resources_dir


@dataclass(frozen=True)
class KitInfo:
    """What a kit file or an installed kit holds."""

    version: str
    name: str
    templates: tuple[str, ...]
    files: int
    size: int                      # bytes of all files, unpacked
    format_version: int = archive.FORMAT_VERSION
    created_with: str = ""


@dataclass(frozen=True)
class ActiveKit:
    source: str                    # "imported" or "bundled"
    version: str
    name: str
    path: Path
    previous_version: str | None   # what restore_kit() would switch to; None: nothing


def export_kit(out_path: Path, source: Path | None = None) -> KitInfo:
    """Write the kit in ``source`` (default: the active resources) to ``out_path``.

    The folder is checked like an import first: a kit that would be rejected is never published.
    """
    source = Path(source) if source is not None else resources_dir()
    if not (source / "brand.toml").is_file():
        raise BrandKitError(f"Im Ordner {source} liegt keine brand.toml.")
    files = archive.kit_files(source)
    contents = validate_kit(source, source.name or str(source))
    data = archive.pack(source, files, kit_version=contents.version, name=contents.name,
                        created_with=f"assetkit {__version__}")
    write_atomic(Path(out_path), data, inputs=[source / f for f in files])
    size = sum((source / f).stat().st_size for f in files)
    return KitInfo(contents.version, contents.name, contents.templates, len(files), size,
                   created_with=f"assetkit {__version__}")


def inspect_kit(path: Path) -> KitInfo:
    """Check a kit file completely (format, checksums, contents) without installing it."""
    with tempfile.TemporaryDirectory(prefix="assetkit-kit-") as tmp:
        return _unpack_and_validate(Path(path), Path(tmp))


def import_kit(path: Path, *, allow_older: bool = False) -> KitInfo:
    """Check ``path`` and make it the active brand kit; the kit active before is kept.

    An older or equal version than the active kit is refused unless ``allow_older``.
    """
    path = Path(path)
    kits = store.kits_dir()
    try:
        kits.mkdir(parents=True, exist_ok=True)
        # Unpack next to the kits so that installing is a rename on the same file system.
        staging = Path(tempfile.mkdtemp(prefix=".incoming-", dir=kits))
    except OSError as exc:
        raise BrandKitError(f"Der Ordner {kits} ist nicht beschreibbar ({os_reason(exc)}).") from None
    try:
        info = _unpack_and_validate(path, staging)
        active = active_kit()
        if not allow_older and version_key(info.version) <= version_key(active.version):
            relation = "gleich alt wie" if info.version == active.version else "älter als"
            raise BrandKitError(
                f"Das Markenpaket {info.version} ist {relation} die aktive Version "
                f"{active.version}; mit „--force“ wird es trotzdem eingespielt.")
        state = store.read_state()
        name = _free_name(kits, info.version)
        try:
            staging.rename(kits / name)
        except OSError as exc:
            raise BrandKitError(f"{path.name} kann nicht eingespielt werden: "
                                f"{archive.disk_reason(exc)}.") from None
        _write_state(store.State(current=name, previous=state.current))
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
    return info


def restore_kit() -> ActiveKit:
    """Switch back to the kit that was active before the last import or restore."""
    state = store.read_state()
    if state.previous is None or (state.previous != store.BUNDLED
                                  and store.kit_folder(state.previous) is None):
        raise BrandKitError("Es gibt keine frühere Markenversion, die wiederhergestellt werden "
                            "könnte.")
    _write_state(store.State(current=state.previous, previous=state.current))
    return active_kit()


def active_kit() -> ActiveKit:
    state = store.read_state()
    folder = store.kit_folder(state.current)
    version, name = _brand_facts(folder or bundled_resources_dir())
    previous = None
    if state.previous == store.BUNDLED:
        previous = _brand_facts(bundled_resources_dir())[0]
    elif state.previous is not None and (prev := store.kit_folder(state.previous)) is not None:
        previous = _brand_facts(prev)[0]
    return ActiveKit("imported" if folder else "bundled", version, name,
                     folder or bundled_resources_dir(), previous)


def _unpack_and_validate(path: Path, dest: Path) -> KitInfo:
    manifest = archive.unpack(path, dest)
    contents = validate_kit(dest, path.name)
    if manifest.kit_version and manifest.kit_version != contents.version:
        raise BrandKitError(f"{path.name}: das Inhaltsverzeichnis nennt Version "
                            f"{manifest.kit_version}, brand.toml aber {contents.version}.")
    return KitInfo(contents.version, contents.name, contents.templates, len(manifest.files),
                   sum(f.size for f in manifest.files), manifest.format_version,
                   manifest.created_with)


def _brand_facts(root: Path) -> tuple[str, str]:
    from assetkit.brand import load_brand

    brand = load_brand(root / "brand.toml")
    return brand.version, brand.title or brand.name


def _free_name(kits: Path, version: str) -> str:
    for n in range(1, 10_000):
        name = f"kit-{version}-{n}"
        if not (kits / name).exists():
            return name
    raise BrandKitError(f"Im Ordner {kits} liegen zu viele Markenpakete.")


def _write_state(state: store.State) -> None:
    write_atomic(store.store_dir() / store.STATE_FILE, store.state_json(state))
    resources_dir.cache_clear()
    # Only the active and the previous kit are kept; older ones are removed.
    keep = {state.current, state.previous}
    for folder in store.kits_dir().glob("kit-*"):
        if folder.name not in keep:
            with contextlib.suppress(OSError):
                shutil.rmtree(folder)
