"""GUI test fixtures: an isolated user folder and settings, and a check for leaked windows."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QCoreApplication, QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: E402


@pytest.fixture(autouse=True)
def user_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Office profile, autosaves, thumbnails and QSettings in the test's own folder."""
    monkeypatch.setenv("ASSETKIT_USER_DIR", str(tmp_path / "user"))
    QCoreApplication.setOrganizationName("assetkit-tests")
    QCoreApplication.setApplicationName("assetkit-tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))
    return tmp_path / "user"


@pytest.fixture(autouse=True)
def no_leaked_windows(qapp: QApplication) -> Iterator[None]:
    before = {id(w) for w in QApplication.topLevelWidgets()}
    yield
    QApplication.processEvents()
    leaked = [w for w in QApplication.topLevelWidgets() if id(w) not in before and w.isVisible()]
    for w in leaked:
        w.close()
    assert not leaked, f"top-level widgets left open: {[type(w).__name__ for w in leaked]}"


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Warnings the app shows, recorded instead of blocking on a modal box."""
    shown: list[tuple[str, str]] = []

    def warning(_parent: object, title: str, text: str, *_a: object, **_k: object) -> object:
        shown.append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    return shown


@pytest.fixture
def window(qtbot) -> Iterator[object]:
    """The main window as a user starts it (German, no recovery question), closed afterwards;
    modules that need another start define their own ``window``."""
    from test_app import close, make_window

    w = make_window(qtbot)
    yield w
    close(w)
