"""Importing into the library off the UI thread, with reader.ui.common.jobs.BackgroundRunner.

The import runs in a pool thread with its own connection to the library file (an SQLite
connection belongs to one thread; WAL lets the window read meanwhile). Progress is sent at most
every PROGRESS_EVERY seconds and always for the last file, so a fast import does not flood the
event loop. ``cancel()`` asks the importer to stop, which it checks between files: what is
imported by then is committed.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from reader.core.options import Options
from reader.library.db import LibraryError
from reader.library.importer import ImportReport, import_paths
from reader.library.library import Library
from reader.ui.common.jobs import BackgroundRunner

log = logging.getLogger(__name__)

PROGRESS_EVERY = 0.05


def _import_job(db_path: Path, paths: list[str], collection: str | None, max_size: int):
    last = [0.0]

    def run(progress, cancelled) -> ImportReport:
        def throttled(done: int, total: int, current: str) -> None:
            now = time.monotonic()
            if done >= total or now - last[0] >= PROGRESS_EVERY:
                last[0] = now
                progress((done, total, current))

        with Library(db_path) as lib:
            return import_paths(lib, paths, progress=throttled, cancel=cancelled, collection=collection,
                                max_size=max_size)

    return run


class ImportRunner(QObject):
    """Runs one import at a time into the library at ``library.path``.

    Signals (in the UI thread): ``started``, ``progress(done, total, current_path)``,
    ``finished(ImportReport)`` (also after a cancel: ``report.cancelled``), ``failed(message)``.
    """

    started = Signal()
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, library: Library, parent=None):
        super().__init__(parent)
        self.db_path = library.path
        # an import may run for minutes and keep what it reads: the garbage collector stays on
        self._runner = BackgroundRunner(self, newest_only=False, tune_interpreter=False,
                                        expected=(LibraryError,), log=log)
        self._runner.progress.connect(lambda value: self.progress.emit(*value))
        self._runner.done.connect(self._on_finished)
        self._runner.failed.connect(self.failed)
        self.started_at = 0.0
        self.report: ImportReport | None = None

    def is_running(self) -> bool:
        return self._runner.is_running()

    def is_cancelling(self) -> bool:
        return self.is_running() and self._runner.cancelled(self._runner.request)

    def start(self, paths: Sequence[str | Path], collection: str | None = None,
              max_size: int = Options().max_file_size) -> None:
        """Import ``paths``; files over ``max_size`` bytes are refused (``Options.max_file_size``)."""
        if self.is_running():
            raise RuntimeError("an import is already running")
        self.report = None
        self.started_at = time.monotonic()
        self._runner.start(_import_job(self.db_path, [str(p) for p in paths], collection, max_size),
                           f"importing into {self.db_path}")
        self.started.emit()

    def cancel(self) -> None:
        """Stop after the file in hand; ``finished`` follows with what was committed."""
        self._runner.cancel()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the worker has ended (for shutting down); True if it has."""
        return self._runner.wait(-1 if timeout is None else int(timeout * 1000))

    def _on_finished(self, report: ImportReport) -> None:
        self.report = report
        self.finished.emit(report)
