"""Comparing off the UI thread, with reader.ui.common.jobs.BackgroundRunner.

Each request gets a number; only the newest one's result is delivered, and older jobs are
asked to stop (compare()'s cancel callback) as soon as a newer request is made.
"""

from __future__ import annotations

import logging
from dataclasses import replace

from PySide6.QtCore import QObject, QThreadPool, Signal

from reader.core import Cancelled, Document, Options, compare
from reader.present.quotes import quote_report
from reader.present.spans import ViewData, build_view_data
from reader.ui.common import translator
from reader.ui.common.jobs import BackgroundRunner
from reader.ui.compare.prepared import prepare

log = logging.getLogger(__name__)


def _compare_job(left: Document, right: Document, options: Options, lang: str = "en"):
    def run(progress, cancelled) -> ViewData | None:
        try:
            comparison = compare(left, right, options,
                                 progress=lambda f, stage: progress((f * 0.9, stage)), cancel=cancelled)
        except Cancelled:
            return None  # superseded: the runner drops it anyway
        if cancelled():
            return None
        progress((0.95, "preparing the view"))
        data = build_view_data(comparison)
        # the Quotes list's verdicts and counts in the reader's language
        if lang != "en":
            data = replace(data, quotes=quote_report(comparison, lang))
        return prepare(data)  # and the lists' rows, so that the UI thread only adds them

    return run


class Comparer(QObject):
    """Starts comparisons; emits ``ready`` with the newest request's ViewData.

    ``busy(True)`` is emitted when a job has run for longer than ``SHOW_AFTER_MS`` (time to
    show a progress indicator) and ``busy(False)`` when it ends.
    """

    ready = Signal(object)          # ViewData (a PreparedData: with the lists' rows)
    failed = Signal(str)
    progress = Signal(float, str)   # fraction, stage
    busy = Signal(bool)
    cancelled = Signal()            # a running comparison was cancelled (its result is dropped)
    SHOW_AFTER_MS = BackgroundRunner.SHOW_AFTER_MS
    # while a job runs, reader.ui.common.background lowers the GIL switch interval and pauses the
    # cyclic garbage collector, so the UI thread gets the GIL back quickly

    def __init__(self, parent=None, pool: QThreadPool | None = None):
        super().__init__(parent)
        # several threads: a superseded comparison winds down while the newest one starts
        self._runner = BackgroundRunner(self, pool=pool or QThreadPool.globalInstance(), log=log)
        self._runner.done.connect(self.ready)
        self._runner.failed.connect(self.failed)
        self._runner.busy.connect(self.busy)
        self._runner.progress.connect(lambda value: self.progress.emit(*value))

    @property
    def request(self) -> int:
        return self._runner.request

    def is_current(self, request: int) -> bool:
        return request == self._runner.request and not self._runner.cancelled(request)

    def is_running(self) -> bool:
        return self._runner.is_running()

    def start(self, left: Document, right: Document, options: Options) -> int:
        return self._runner.start(_compare_job(left, right, options, translator.current()), "comparing")

    def cancel(self) -> None:
        """Forget any running request (its result will be dropped); ``cancelled`` says so when
        one was running."""
        running = self._runner.is_running()
        self._runner.cancel()
        if running:
            self.cancelled.emit()
