"""Comparing off the UI thread: a QThreadPool runnable reporting through queued signals.

Each request gets a number; only the newest one's result is delivered, and older jobs are
asked to stop (compare()'s cancel callback) as soon as a newer request is made.
"""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from reader.core import Cancelled, Document, Options, compare
from reader.ui import background
from reader.present.spans import ViewData, build_view_data

log = logging.getLogger(__name__)


class _JobSignals(QObject):
    # emitted from the worker thread; receivers live in the UI thread, so delivery is queued
    progress = Signal(int, float, str)
    done = Signal(int, object)
    failed = Signal(int, str)


class CompareJob(QRunnable):
    def __init__(self, request: int, left: Document, right: Document, options: Options,
                 signals: _JobSignals, is_current):
        super().__init__()
        self.setAutoDelete(True)
        self.request = request
        self.left, self.right, self.options = left, right, options
        self.signals = signals
        self.is_current = is_current

    def run(self) -> None:
        cancel = lambda: not self.is_current(self.request)  # noqa: E731
        try:
            comparison = compare(self.left, self.right, self.options,
                                 progress=lambda f, stage: self.signals.progress.emit(self.request, f * 0.9, stage),
                                 cancel=cancel)
            if cancel():
                return
            self.signals.progress.emit(self.request, 0.95, "preparing the view")
            data = build_view_data(comparison)
            if not cancel():
                self.signals.done.emit(self.request, data)
        except Cancelled:
            pass
        except Exception as exc:  # a bug in the core must not take the window down
            log.exception("comparing failed")
            self.signals.failed.emit(self.request, f"{type(exc).__name__}: {exc}")


class Comparer(QObject):
    """Starts comparisons; emits ``ready`` with the newest request's ViewData.

    ``busy(True)`` is emitted when a job has run for longer than ``SHOW_AFTER_MS`` (time to
    show a progress indicator) and ``busy(False)`` when it ends.
    """

    ready = Signal(object)          # ViewData
    failed = Signal(str)
    progress = Signal(float, str)   # fraction, stage
    busy = Signal(bool)
    SHOW_AFTER_MS = 200
    # while a job runs, reader.ui.background lowers the GIL switch interval and pauses the
    # cyclic garbage collector, so the UI thread gets the GIL back quickly

    def __init__(self, parent=None, pool: QThreadPool | None = None):
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._lock = threading.Lock()
        self._current = 0
        self._running = False
        self._shown = False
        self._signals = _JobSignals(self)
        self._signals.progress.connect(self._on_progress)
        self._signals.done.connect(self._on_done)
        self._signals.failed.connect(self._on_failed)
        self._show_timer = QTimer(self)
        self._show_timer.setSingleShot(True)
        self._show_timer.timeout.connect(self._show_busy)
        self.dropped = 0  # stale results thrown away (for tests)

    @property
    def request(self) -> int:
        return self._current

    def is_current(self, request: int) -> bool:
        with self._lock:
            return request == self._current

    def is_running(self) -> bool:
        return self._running

    def start(self, left: Document, right: Document, options: Options) -> int:
        with self._lock:
            self._current += 1
            request = self._current
        if not self._running:
            background.begin()
        self._running = True
        if not self._show_timer.isActive() and not self._shown:
            self._show_timer.start(self.SHOW_AFTER_MS)
        self._pool.start(CompareJob(request, left, right, options, self._signals, self.is_current))
        return request

    def cancel(self) -> None:
        """Forget any running request (its result will be dropped)."""
        with self._lock:
            self._current += 1
        self._finish()

    def _show_busy(self) -> None:
        if self._running:
            self._shown = True
            self.busy.emit(True)

    def _finish(self) -> None:
        if self._running:
            background.end()
        self._running = False
        self._show_timer.stop()
        if self._shown:
            self._shown = False
            self.busy.emit(False)

    def _on_progress(self, request: int, fraction: float, stage: str) -> None:
        if self.is_current(request):
            self.progress.emit(fraction, stage)

    def _on_done(self, request: int, data: ViewData) -> None:
        if not self.is_current(request):
            self.dropped += 1
            return
        self._finish()
        self.ready.emit(data)

    def _on_failed(self, request: int, message: str) -> None:
        if self.is_current(request):
            self._finish()
            self.failed.emit(message)
