"""One way to run work off the UI thread: ``BackgroundRunner``.

``start(fn)`` runs ``fn(progress, cancelled)`` on a QThreadPool and numbers the request.
``fn`` calls ``progress(value)`` to report (any object: a fraction and a stage, a batch of
items) and asks ``cancelled()`` between steps; what it returns arrives as ``done(value)``, an
exception as ``failed(message)`` (logged with its traceback, unless it is one of the
``expected`` types: a reason to tell the user, not a bug). Reports travel through queued
signals, so every signal is emitted in the UI thread.

Two ways of treating several requests:

* ``newest_only`` (the default): a new request supersedes the earlier ones, which are asked
  to stop and whose reports and results are dropped; ``cancel()`` drops the running one too.
* ``newest_only=False``: requests are a queue and each one's result is delivered;
  ``cancel()`` asks every request made so far to stop, and each still delivers what it did.

A *running period* lasts from a start while nothing was wanted until the last wanted result is
delivered (or dropped by ``cancel()``). ``busy(True)`` comes once a period has lasted
SHOW_AFTER_MS (time to show progress and a Cancel button), ``busy(False)`` when it ends,
before the last result is delivered. While a period lasts, ``reader.ui.common.background`` keeps the
UI thread responsive (``begin()`` once at the start, ``end()`` once at the end).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from contextlib import suppress
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal

from reader.ui.common import background

jobs_log = logging.getLogger(__name__)

Progress = Callable[[Any], None]
Cancelled = Callable[[], bool]
JobFunction = Callable[[Progress, Cancelled], Any]


class _Relay(QObject):
    # emitted in a pool thread, received in the runner's (UI) thread: delivery is queued
    progress = Signal(int, object)     # request, value
    ended = Signal(int, bool, object)  # request, failed, result or message


class BackgroundRunner(QObject):
    progress = Signal(object)  # what the job reported (wanted requests only)
    done = Signal(object)      # what the job returned
    failed = Signal(str)       # why the job failed: one line
    busy = Signal(bool)
    SHOW_AFTER_MS = 200

    def __init__(self, parent: QObject | None = None, *, pool: QThreadPool | None = None,
                 newest_only: bool = True, tune_interpreter: bool = True,
                 expected: tuple[type[BaseException], ...] = (), log: logging.Logger | None = None):
        """``pool``: where jobs run (default: a pool of one thread of its own, so requests run
        one after another). ``tune_interpreter``: use reader.ui.common.background while running.
        ``log``: the logger failures go to (the owner's, so the log says whose job it was)."""
        super().__init__(parent)
        if pool is None:
            pool = QThreadPool(self)
            pool.setMaxThreadCount(1)
        self._pool = pool
        self._newest_only = newest_only
        self._tune = tune_interpreter
        self._expected = expected
        self._log = log or jobs_log
        self._lock = threading.Lock()
        self._newest = 0       # the last request number given out
        self._cancel_mark = 0  # requests up to this one are asked to stop
        self._wanted: set[int] = set()  # requests whose result is still to be delivered
        self._shown = False
        self._relay = _Relay(self)
        self._relay.progress.connect(self._on_progress)
        self._relay.ended.connect(self._on_ended)
        self._show_timer = QTimer(self)
        self._show_timer.setSingleShot(True)
        self._show_timer.timeout.connect(self._show_busy)

    @property
    def request(self) -> int:
        """The newest request's number (0 before the first)."""
        return self._newest

    def is_running(self) -> bool:
        """True while a result is wanted (a running period lasts)."""
        return bool(self._wanted)

    def cancelled(self, request: int) -> bool:
        """Whether ``request`` has been asked to stop (what its job's ``cancelled()`` says)."""
        with self._lock:
            return request <= self._cancel_mark or (self._newest_only and request != self._newest)

    def start(self, fn: JobFunction, what: str = "a background job") -> int:
        """Run ``fn(progress, cancelled)`` in the pool; returns the request number. ``what``
        names the work in the log ("<what> failed")."""
        with self._lock:
            self._newest += 1
            request = self._newest
        if not self._wanted:
            if self._tune:
                background.begin()
            self._show_timer.start(self.SHOW_AFTER_MS)
        if self._newest_only:
            self._wanted.clear()
        self._wanted.add(request)
        relay = self._relay

        def report(value: object) -> None:
            with suppress(RuntimeError):  # the runner is gone (its window closed): nobody to tell
                relay.progress.emit(request, value)

        def run() -> None:
            try:
                result = fn(report, lambda: self.cancelled(request))
                failed = False
            except self._expected as exc:
                self._log.info("%s failed: %s", what, exc)
                result, failed = str(exc) or type(exc).__name__, True
            except Exception as exc:  # a bug must not take the window down; say what happened
                self._log.exception("%s failed", what)
                result, failed = f"{type(exc).__name__}: {exc}", True
            with suppress(RuntimeError):  # the runner is gone (its window closed): nobody to tell
                relay.ended.emit(request, failed, result)

        self._pool.start(run)
        return request

    def cancel(self) -> None:
        """Ask every request made so far to stop. Newest-only: their results are dropped and
        the running period ends now; else each still delivers what it did."""
        with self._lock:
            self._cancel_mark = self._newest
        if self._newest_only and self._wanted:
            self._wanted.clear()
            self._end_period()

    def wait(self, msecs: int = -1) -> bool:
        """Block until the pool is idle (for shutting down); True if it is."""
        return self._pool.waitForDone(msecs)

    def _show_busy(self) -> None:
        if self._wanted:
            self._shown = True
            self.busy.emit(True)

    def _end_period(self) -> None:
        self._show_timer.stop()
        if self._tune:
            background.end()
        if self._shown:
            self._shown = False
            self.busy.emit(False)

    def _on_progress(self, request: int, value: object) -> None:
        if request in self._wanted:
            self.progress.emit(value)

    def _on_ended(self, request: int, failed: bool, result: object) -> None:
        if request not in self._wanted:
            return  # superseded or cancelled: a stale result
        self._wanted.discard(request)
        if not self._wanted:
            self._end_period()
        if failed:
            self.failed.emit(result)
        else:
            self.done.emit(result)
