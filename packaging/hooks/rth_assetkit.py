"""PyInstaller runtime hook: make the frozen app self-contained before any library loads.

Runs before the entry script, so before cairocffi opens the cairo library and before Qt starts.
- Windows: cairocffi calls ``ctypes.util.find_library("libcairo-2")`` and then ``ffi.dlopen``;
  the DLL and its dependencies (pixman, png, zlib, freetype, fontconfig, …) sit in the bundle
  folder. ``os.add_dll_directory`` covers loads with the safe default search order, and the
  bundle folder goes first on PATH for plain ``LoadLibrary`` and ``find_library``, so a cairo
  from some other program on PATH (GTK, GIMP, Inkscape) is never picked up.
- Linux: the bundled libcairo is loaded by absolute path first; the later ``dlopen`` by soname
  then gets the already loaded bundled copy and never a system one.
Offline by construction is not this hook's job: the bundle simply holds no network code of
assetkit's own and no QtNetwork (see build_installer.spec and tests/packaging/).
"""

import os
import sys


def _setup() -> None:
    base = getattr(sys, "_MEIPASS", None)
    if not base:
        return
    if sys.platform == "win32":
        os.add_dll_directory(base)
        os.environ["PATH"] = base + os.pathsep + os.environ.get("PATH", "")
    else:
        import ctypes

        bundled = os.path.join(base, "libcairo.so.2")
        if os.path.isfile(bundled):
            ctypes.CDLL(bundled, mode=ctypes.RTLD_GLOBAL)


_setup()
