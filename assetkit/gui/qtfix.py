"""Work-arounds for bugs in the Qt binding, applied once when ``assetkit.gui`` is imported.

PySide6 6.12 on Python 3.11 drops one reference to ``True``/``False`` (and ``None``) whenever one
is passed to a Qt setter (``setEnabled(True)``, ``setVisible(False)``…). After a while the
interpreter aborts at exit with "bool_dealloc: deallocating True or False". Python 3.12 made
these singletons immortal, so there it is harmless. On older Pythons we give both singletons a large
reference reserve that a session can never use up. Remove when PySide6 is fixed.
"""

from __future__ import annotations

import ctypes
import sys

_RESERVE = 1 << 40
_applied = False


def apply() -> None:
    global _applied
    if _applied or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    for singleton in (True, False, None):
        # ob_refcnt is the first field of every CPython object.
        ctypes.c_ssize_t.from_address(id(singleton)).value += _RESERVE
    _applied = True
