"""Build the one-folder bundle from build_installer.spec, report its size and archive it.

    python packaging/build.py                 # dist/assetkit/ + dist/assetkit-<ver>-<os>-<arch>.tar.gz
    python packaging/build.py --no-archive    # bundle only (the smoke test uses this)

On Windows the archive is a .zip; the installer is made from the bundle by NSIS
(scripts/windows-installer.sh runs this script under Wine with --no-archive, then makensis on
packaging/windows/assetkit.nsi). Runs on the build machine only; nothing here ships.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assetkit import __version__  # noqa: E402 -- needs the checkout on sys.path first


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller")
    parser.add_argument("--no-archive", action="store_true")
    args = parser.parse_args(argv)

    started = time.monotonic()
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
                    "--log-level", "WARN", "--distpath", str(args.dist), "--workpath",
                    str(args.work), str(ROOT / "build_installer.spec")], check=True, cwd=ROOT)
    seconds = time.monotonic() - started
    bundle = args.dist / "assetkit"
    if sys.platform.startswith("linux"):
        unstrip_wheel_libraries(bundle)
        # Beside the executable, not in _internal: the user runs install.sh from the archive.
        for name in ("install.sh", "assetkit.desktop", "assetkit.svg", "assetkit-mime.xml"):
            shutil.copy2(ROOT / "packaging" / "linux" / name, bundle / name)
    report = size_report(bundle)
    report.insert(0, f"PyInstaller build: {seconds:.0f} s")
    if not args.no_archive:
        archive = make_archive(bundle, args.dist)
        report.append(f"archive {archive.name}: {archive.stat().st_size / 2**20:.1f} MB")
    text = "\n".join(report) + "\n"
    (args.dist / "assetkit-size.txt").write_text(text, "utf-8")
    print(text, end="")
    return 0


def unstrip_wheel_libraries(bundle: Path) -> None:
    """Put back the wheels' own copies of the libraries in ``*.libs`` folders.

    auditwheel moves a wheel's shared libraries there and rewrites them with patchelf; strip
    then leaves some unloadable ("ELF load command address/offset not page-aligned": numpy's
    OpenBLAS, which OpenCV needs for the face-aware crop). The wheels ship them stripped of
    debug symbols already, so nothing is lost.
    """
    import site

    internal = bundle / "_internal"
    for folder in internal.glob("*.libs"):
        for packages in site.getsitepackages():
            original = Path(packages) / folder.name
            if original.is_dir():
                for lib in folder.iterdir():
                    if (original / lib.name).is_file():
                        shutil.copy2(original / lib.name, lib)
                break


def size_report(bundle: Path, top: int = 15) -> list[str]:
    """Total size and the largest parts (top-level items of _internal, Qt libraries)."""
    total = _size(bundle)
    lines = [f"bundle {bundle}: {total / 2**20:.1f} MB"]
    internal = bundle / "_internal"
    parts = [p for p in internal.iterdir()] if internal.is_dir() else []
    qt_lib = internal / "PySide6" / "Qt" / "lib"
    if qt_lib.is_dir():
        parts += list(qt_lib.iterdir())
    for part in sorted(parts, key=_size, reverse=True)[:top]:
        lines.append(f"  {_size(part) / 2**20:7.1f} MB  {part.relative_to(bundle)}")
    return lines


def make_archive(bundle: Path, dist: Path) -> Path:
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, "linux")
    base = dist / f"assetkit-{__version__}-{system}-{platform.machine().lower()}"
    if system == "windows":
        return Path(shutil.make_archive(str(base), "zip", dist, bundle.name))
    out = base.with_name(base.name + ".tar.gz")
    with tarfile.open(out, "w:gz", compresslevel=6) as tar:
        tar.add(bundle, arcname=bundle.name)
    return out


def _size(path: Path) -> int:
    if path.is_symlink():
        return 0
    if path.is_file():
        return path.stat().st_size
    return sum(os.path.getsize(os.path.join(d, f)) for d, _, files in os.walk(path) for f in files
               if not os.path.islink(os.path.join(d, f)))


if __name__ == "__main__":
    raise SystemExit(main())
