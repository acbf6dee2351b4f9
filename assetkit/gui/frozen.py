"""Qt set-up for the bundled application, done when the desktop application starts.

PyInstaller's run-time hook for PySide6 runs at every start of the bundle: it points Qt to its
plugins and QML folders inside the bundle and imports ``PySide6.QtCore`` to register a
``qt.conf`` there — about 50 ms for every ``assetkit render`` that never shows a window. The
spec (``build_installer.spec``) leaves that hook out; :func:`prepare` does the same work here,
before anything in ``assetkit.gui`` imports Qt. Outside the bundle it does nothing.
"""

from __future__ import annotations

import os
import sys


def prepare() -> None:
    base = getattr(sys, "_MEIPASS", None)
    if not getattr(sys, "frozen", False) or not base:
        return
    windows = sys.platform.startswith("win")
    qt = os.path.join(base, "PySide6") if windows else os.path.join(base, "PySide6", "Qt")
    os.environ["QT_PLUGIN_PATH"] = os.path.join(qt, "plugins")
    os.environ["QML2_IMPORT_PATH"] = os.path.join(qt, "qml")
    if windows:
        # Qt finds DLLs it loads at run time (OpenSSL for QtNetwork, which we do not ship)
        # next to the executable first.
        os.environ["PATH"] = base + os.pathsep + os.environ.get("PATH", "")
    try:
        from _pyi_rth_utils import qt as pyinstaller_qt  # type: ignore[import-not-found]
    except ImportError:      # a PyInstaller without the helper: the wheel's own qt.conf applies
        return
    # Qt's prefix is the bundle's Qt folder (PySide6 wheels also do this when QtCore loads).
    pyinstaller_qt.create_embedded_qt_conf("PySide6", qt)
