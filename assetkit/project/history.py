"""Undo/redo history over immutable project states.

Every executed command stores the state before and after it, so undo and redo restore exactly
what was there. Keystrokes merge: a command whose ``merge_key`` equals the previous step's, within
``merge_window`` seconds and with no :meth:`History.break_merge` in between, extends that step.
Listeners are called with the new state after every change (the GUI redraws from it).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from assetkit.project.commands import Command
from assetkit.project.model import ProjectState

Listener = Callable[[ProjectState], None]


@dataclass
class _Step:
    command: Command
    before: ProjectState
    after: ProjectState
    merge_key: str | None
    last_time: float


class History:
    def __init__(self, state: ProjectState, *, merge_window: float = 2.0,
                 clock: Callable[[], float] = time.monotonic, limit: int = 500) -> None:
        self._state = state
        self._clean: ProjectState | None = state
        self._undo: list[_Step] = []
        self._redo: list[_Step] = []
        self._merge_open = False
        self._listeners: list[Listener] = []
        self.merge_window = merge_window
        self._clock = clock
        self._limit = limit

    # -- observing -----------------------------------------------------------------------
    @property
    def state(self) -> ProjectState:
        return self._state

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def _changed(self) -> None:
        for listener in list(self._listeners):
            listener(self._state)

    @property
    def modified(self) -> bool:
        return self._clean is None or self._state != self._clean

    def mark_clean(self) -> None:
        self._clean = self._state
        self._merge_open = False

    def reset(self, state: ProjectState, *, clean: bool = True) -> None:
        """Start over with ``state`` (new or opened project); the history is emptied."""
        self._state = state
        self._undo.clear()
        self._redo.clear()
        self._merge_open = False
        self._clean = state if clean else None
        self._changed()

    # -- changing ------------------------------------------------------------------------
    def execute(self, command: Command) -> bool:
        """Run ``command``; returns False when it changed nothing (no undo step then)."""
        after = command.apply(self._state)
        if after == self._state:
            return False
        now = self._clock()
        top = self._undo[-1] if self._undo else None
        key = command.merge_key
        if (top is not None and self._merge_open and key is not None and top.merge_key == key
                and now - top.last_time <= self.merge_window):
            top.after = after
            top.command = command
            top.last_time = now
            if top.after == top.before:       # typed and deleted again: the step is gone
                self._undo.pop()
                self._merge_open = False
        else:
            self._undo.append(_Step(command, self._state, after, key, now))
            self._merge_open = True
            del self._undo[:-self._limit]
        self._redo.clear()
        self._state = after
        self._changed()
        return True

    def break_merge(self) -> None:
        """The next command starts a new undo step (focus left a field, a drag ended…)."""
        self._merge_open = False

    def undo(self) -> bool:
        if not self._undo:
            return False
        step = self._undo.pop()
        self._redo.append(step)
        self._merge_open = False
        self._state = step.before
        self._changed()
        return True

    def redo(self) -> bool:
        if not self._redo:
            return False
        step = self._redo.pop()
        self._undo.append(step)
        self._merge_open = False
        self._state = step.after
        self._changed()
        return True

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    @property
    def can_redo(self) -> bool:
        return bool(self._redo)

    def undo_command(self) -> Command | None:
        return self._undo[-1].command if self._undo else None

    def redo_command(self) -> Command | None:
        return self._redo[-1].command if self._redo else None
