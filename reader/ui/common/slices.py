"""UI-thread work too long for one event-loop turn, done a slice at a time: ``Slices``.

A task is an iterator whose every step is a small piece of work (a few dozen text blocks, a
few dozen list rows: well under a millisecond or two). One zero-timer runs the tasks' steps
for at most ``BUDGET`` per event-loop turn, then lets the loop paint and handle input. Each
QTimer runs once per turn, so several owners with timers of their own would each take a full
budget per turn: one ``Slices`` shared by a window (the panes' highlights, the lists under the
comparison) keeps a whole turn within one budget.

Tasks run by priority (lower first), in the order they were started within a priority. Each
has an owner (the key): starting another task for the same owner replaces its task,
``finish(owner)`` runs what is left at once (a list asked for a row not built yet;
``finish_all()`` for tests and screenshots), ``cancel(owner)`` drops it. ``done`` is called when a task has run to its end.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import count
from time import perf_counter

from PySide6.QtCore import QObject, QTimer


@dataclass
class _Task:
    steps: Iterator[object]
    priority: int
    order: int
    done: Callable[[], None] | None


class Slices(QObject):
    BUDGET = 0.008  # seconds of steps per event-loop turn

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._tasks: dict[object, _Task] = {}
        self._order = count()
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._turn)

    def start(self, owner: object, steps: Iterator[object], priority: int = 0,
              done: Callable[[], None] | None = None) -> None:
        """Run ``steps`` a slice at a time from the next turn on, instead of ``owner``'s task."""
        self._tasks[owner] = _Task(steps, priority, next(self._order), done)
        if not self._timer.isActive():
            # the first turn a millisecond later, so that it does not follow the caller's work (a
            # comparison's result arriving, and the paint it causes) within the same turn of the
            # event loop; then turn after turn
            self._timer.start(1)

    def busy(self, owner: object | None = None) -> bool:
        """Whether ``owner`` (any owner, for None) has a task left."""
        return bool(self._tasks) if owner is None else owner in self._tasks

    def cancel(self, owner: object) -> None:
        self._tasks.pop(owner, None)
        if not self._tasks:
            self._timer.stop()

    def finish(self, owner: object) -> None:
        """Run what is left of ``owner``'s task now."""
        task = self._tasks.get(owner)
        while task is not None and self._tasks.get(owner) is task:
            self._step(owner, task)

    def finish_all(self) -> None:
        """Run every task to its end now (tests, screenshots)."""
        while self._tasks:
            owner, task = min(self._tasks.items(), key=lambda item: (item[1].priority, item[1].order))
            self._step(owner, task)

    def _step(self, owner: object, task: _Task) -> None:
        try:
            next(task.steps)
        except BaseException as exc:
            if self._tasks.get(owner) is task:
                del self._tasks[owner]  # ended, or failed: never stepped again
            if not self._tasks:
                self._timer.stop()
            if not isinstance(exc, StopIteration):
                raise
            if task.done is not None:
                task.done()

    def _turn(self) -> None:
        self._timer.setInterval(0)
        started = perf_counter()
        while self._tasks and perf_counter() - started < self.BUDGET:
            owner, task = min(self._tasks.items(), key=lambda item: (item[1].priority, item[1].order))
            self._step(owner, task)
        if not self._tasks:
            self._timer.stop()
