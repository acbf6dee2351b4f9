"""Undo/redo through commands: every edit undoable, keystrokes in one field merged."""

from __future__ import annotations

from pathlib import Path

from assetkit.project import History, Photo, ProjectState, RemovePhoto, SetCrop, SetPhoto, SetText
from assetkit.project.commands import SwitchTemplate


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def typing(history: History, clock: Clock, field: str, text: str) -> None:
    for i in range(1, len(text) + 1):
        clock.now += 0.2
        history.execute(SetText(field, text[:i]))


def test_keystrokes_in_one_field_are_one_undo_step() -> None:
    clock = Clock()
    h = History(ProjectState("post"), clock=clock)
    typing(h, clock, "headline", "Hallo")
    assert h.state.texts["headline"] == "Hallo"
    h.undo()
    assert "headline" not in h.state.texts
    assert not h.can_undo
    h.redo()
    assert h.state.texts["headline"] == "Hallo"


def test_other_field_pause_or_break_start_new_steps() -> None:
    clock = Clock()
    h = History(ProjectState("post"), clock=clock)
    typing(h, clock, "headline", "Ab")
    typing(h, clock, "kicker", "Cd")          # another field
    clock.now += 10                            # a pause
    typing(h, clock, "kicker", "Cde")
    h.break_merge()
    typing(h, clock, "kicker", "Cdef")
    h.undo()
    assert h.state.texts["kicker"] == "Cde"
    h.undo()
    assert h.state.texts["kicker"] == "Cd"
    h.undo()
    assert "kicker" not in h.state.texts
    assert h.state.texts["headline"] == "Ab"


def test_modified_follows_undo_to_the_saved_state() -> None:
    h = History(ProjectState("post"))
    assert not h.modified
    h.execute(SetText("headline", "x"))
    assert h.modified
    h.undo()
    assert not h.modified
    h.redo()
    h.mark_clean()
    assert not h.modified


def test_photo_crop_and_template_switch_are_undoable(tmp_path: Path) -> None:
    photo = Photo(tmp_path / "a.jpg")
    h = History(ProjectState("post"))
    seen: list[ProjectState] = []
    h.subscribe(seen.append)
    h.execute(SetPhoto("photo", photo))
    h.execute(SetCrop("photo", (1.4, -0.2), 9.0))      # clamped to valid values
    assert h.state.images["photo"].focal == (1.0, 0.0)
    assert h.state.images["photo"].zoom == 5.0
    h.execute(SwitchTemplate("story", 1))
    assert h.state.template_id == "story"
    h.execute(RemovePhoto("photo"))
    assert "photo" not in h.state.images
    for _ in range(4):
        assert h.undo()
    assert h.state == ProjectState("post")
    assert len(seen) == 8


def test_a_command_that_changes_nothing_is_no_step() -> None:
    h = History(ProjectState("post"))
    assert not h.execute(SetCrop("photo", (0.5, 0.5), 1.0))   # no photo there
    assert not h.can_undo


def test_new_edit_clears_redo() -> None:
    h = History(ProjectState("post"))
    h.execute(SetText("a", "1"))
    h.undo()
    h.execute(SetText("b", "2"))
    assert not h.can_redo
