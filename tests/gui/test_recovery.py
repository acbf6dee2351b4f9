"""Crash recovery with real crashes: the app runs in a child process that is killed (SIGKILL),
then started again at once — no waiting for a heartbeat to go stale."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

pytestmark = [pytest.mark.gui,
              pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")]

SOCIAL = "post-4x5-veranstaltung"

# The child: start the app, do what argv[1] says, print "bereit", wait to be killed.
CHILD = textwrap.dedent(f"""
    import sys, time
    from assetkit.gui.app import create_app, create_window
    from assetkit.project.commands import SetText, SwitchTemplate

    app = create_app()
    w = create_window("de", ask_recovery=False)
    if sys.argv[1] == "edit":
        t = w.catalogue.get("{SOCIAL}")
        w.doc.execute(SwitchTemplate(t.id, t.version))
        w.doc.execute(SetText("headline", "Nicht verloren"))
        w.doc.autosave()
    elif sys.argv[1] == "recover":
        items = w.doc.autosaver.recoverable()
        assert items, "nothing to recover"
        assert w.recover(items[0])
    print("bereit", flush=True)
    time.sleep(120)
""")


def crash(user_dir: Path, mode: str) -> None:
    """Run the app in a child until it is ready, then kill it without any chance to clean up."""
    env = {**os.environ, "ASSETKIT_USER_DIR": str(user_dir), "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen([sys.executable, "-c", CHILD, mode], env=env, text=True,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        assert child.stdout is not None
        line = child.stdout.readline()
        assert line.strip() == "bereit", child.stderr.read() if child.stderr else ""
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(30)


@pytest.fixture
def restart(qtbot, user_dirs: Path):
    from assetkit.gui.app import create_app, create_window

    made = []

    def start():
        create_app()
        w = create_window("de", ask_recovery=False)
        made.append(w)
        return w

    yield start
    for w in made:
        w.doc.history.mark_clean()
        w.close()
        w.deleteLater()


def test_restart_right_after_a_crash_offers_recovery(restart, user_dirs: Path) -> None:
    crash(user_dirs, "edit")
    w = restart()                                   # within a second, not after 90 s
    items = w.doc.autosaver.recoverable()
    assert len(items) == 1
    assert w.recover(items[0])
    assert w.doc.template.id == SOCIAL
    assert w.doc.state.texts["headline"] == "Nicht verloren"


def test_a_recovered_project_survives_a_second_crash(restart, user_dirs: Path) -> None:
    crash(user_dirs, "edit")
    crash(user_dirs, "recover")                     # recovered, then killed within a second
    w = restart()
    items = w.doc.autosaver.recoverable()
    assert len(items) == 1
    assert w.recover(items[0])
    assert w.doc.state.texts["headline"] == "Nicht verloren"


def test_a_running_instance_is_not_offered(restart) -> None:
    first = restart()
    from assetkit.project.commands import SetText

    first.doc.execute(SetText("headline", "Läuft noch"))
    first.doc.autosave()
    second = restart()
    assert second.doc.autosaver.recoverable() == []


def test_killed_sessions_leave_no_files_behind(restart, user_dirs: Path) -> None:
    for _ in range(2):
        crash(user_dirs, "nothing")                 # killed before anything was autosaved
    autosave = user_dirs / "data" / "autosave"
    assert len(list(autosave.glob("*.alive"))) == 2
    w = restart()
    assert w.doc.autosaver.recoverable() == []
    assert [p.name for p in autosave.iterdir()] == [f"{w.doc.autosaver.session}.alive"]
    photos = user_dirs / "data" / "photos"
    assert not photos.is_dir() or [p.name for p in photos.iterdir()] in ([], [
        w.doc.autosaver.session])
