"""Long UI-thread work a slice at a time (reader.ui.common.slices)."""

from __future__ import annotations

import time

from reader.ui.common.slices import Slices


def _steps(log: list, name: str, n: int, pause: float = 0.0):
    for i in range(n):
        if pause:
            time.sleep(pause)
        log.append((name, i))
        yield


def test_a_turn_runs_steps_within_its_budget_then_lets_the_loop_go(qapp):
    slices, log = Slices(), []
    slices.start("slow", _steps(log, "slow", 100, pause=0.003))
    slices._turn()  # one event-loop turn
    # each step takes 3 ms at least: a turn stops once its budget is spent
    assert 1 <= len(log) <= int(Slices.BUDGET / 0.003) + 1
    assert slices.busy("slow") and slices.busy()
    slices.finish("slow")
    assert len(log) == 100 and not slices.busy()


def test_tasks_run_by_priority_then_in_order_and_a_new_one_replaces_its_owners(qtbot):
    slices, log, done = Slices(), [], []
    slices.start("list", _steps(log, "list", 2), priority=1, done=lambda: done.append("list"))
    slices.start("left", _steps(log, "old", 2), done=lambda: done.append("old"))
    slices.start("right", _steps(log, "right", 2), done=lambda: done.append("right"))
    slices.start("left", _steps(log, "left", 2), done=lambda: done.append("left"))  # replaces "old"
    qtbot.waitUntil(lambda: not slices.busy())
    assert [name for name, _i in log] == ["right", "right", "left", "left", "list", "list"]
    assert done == ["right", "left", "list"]
    slices.start("gone", _steps(log, "gone", 5))
    slices.cancel("gone")
    assert not slices.busy()
    qtbot.wait(20)
    assert ("gone", 0) not in log


def test_a_failing_task_is_dropped(qapp):
    slices = Slices()

    def broken():
        yield
        raise ValueError("a bug")

    slices.start("broken", broken())
    try:
        slices.finish("broken")
    except ValueError:
        pass
    else:
        raise AssertionError("the error was swallowed")
    assert not slices.busy()
