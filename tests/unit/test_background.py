"""Background work: the short GIL switch interval holds while any block runs, then goes back."""

from __future__ import annotations

import sys
import threading

import pytest

from assetkit.background import QUICK_SWITCH_INTERVAL, in_background, quick_gil_handoff


def test_switch_interval_is_short_while_any_block_runs_and_restored_after_the_last() -> None:
    before = sys.getswitchinterval()
    inside = threading.Event()
    leave = threading.Event()

    def other_block() -> float:
        with quick_gil_handoff():
            inside.set()
            leave.wait(5)
            return sys.getswitchinterval()

    other = in_background(other_block)
    assert inside.wait(5)
    with quick_gil_handoff():
        assert sys.getswitchinterval() == pytest.approx(QUICK_SWITCH_INTERVAL)
    # This block is over, the other one is not: still short.
    assert sys.getswitchinterval() == pytest.approx(QUICK_SWITCH_INTERVAL)
    leave.set()
    assert other.result(5) == pytest.approx(QUICK_SWITCH_INTERVAL)
    assert sys.getswitchinterval() == pytest.approx(before)


def test_an_error_in_background_reaches_whoever_asks() -> None:
    def fails() -> None:
        raise ValueError("kaputt")

    with pytest.raises(ValueError, match="kaputt"):
        in_background(fails).result(5)
