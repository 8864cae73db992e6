"""Importing into the library off the UI thread.

The import runs in a QThreadPool runnable with its own connection to the library file (an
SQLite connection belongs to one thread; WAL lets the window read meanwhile) and reports
through queued signals. Progress is sent at most every PROGRESS_EVERY seconds and always for
the last file, so a fast import does not flood the event loop. ``cancel()`` sets a flag that
the importer asks between files: what is imported by then is committed.
"""

from __future__ import annotations

import logging
import threading
import time
from pathlib import Path
from typing import Sequence

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from reader.library.db import LibraryError
from reader.library.importer import ImportReport, import_paths
from reader.library.library import Library

log = logging.getLogger(__name__)

PROGRESS_EVERY = 0.05


class _Signals(QObject):
    progress = Signal(int, int, str)  # done, total, current file
    finished = Signal(object)         # ImportReport
    failed = Signal(str)


class _ImportJob(QRunnable):
    def __init__(self, db_path: Path, paths: list[str], collection: str | None, signals: _Signals,
                 stop: threading.Event, ended: threading.Event):
        super().__init__()
        self.setAutoDelete(True)
        self.db_path, self.paths, self.collection = db_path, paths, collection
        self.signals, self.stop, self.ended = signals, stop, ended
        self._last = 0.0

    def _progress(self, done: int, total: int, current: str) -> None:
        now = time.monotonic()
        if done >= total or now - self._last >= PROGRESS_EVERY:
            self._last = now
            self.signals.progress.emit(done, total, current)

    def run(self) -> None:
        try:
            with Library(self.db_path) as lib:
                report = import_paths(lib, self.paths, progress=self._progress, cancel=self.stop.is_set,
                                      collection=self.collection)
            self.signals.finished.emit(report)
        except LibraryError as exc:
            log.info("import failed: %s", exc)
            self.signals.failed.emit(str(exc))
        except Exception as exc:  # a bug must not take the window down; say what happened
            log.exception("importing into %s failed", self.db_path)
            self.signals.failed.emit(f"{type(exc).__name__}: {exc}")
        finally:
            self.ended.set()


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
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = _Signals(self)
        self._signals.progress.connect(self.progress)
        self._signals.finished.connect(self._on_finished)
        self._signals.failed.connect(self._on_failed)
        self._stop = threading.Event()
        self._ended = threading.Event()
        self._ended.set()
        self._running = False
        self.started_at = 0.0
        self.report: ImportReport | None = None

    def is_running(self) -> bool:
        return self._running

    def is_cancelling(self) -> bool:
        return self._running and self._stop.is_set()

    def start(self, paths: Sequence[str | Path], collection: str | None = None) -> None:
        if self._running:
            raise RuntimeError("an import is already running")
        self._stop = threading.Event()
        self._ended = threading.Event()
        self._running = True
        self.report = None
        self.started_at = time.monotonic()
        self._pool.start(_ImportJob(self.db_path, [str(p) for p in paths], collection, self._signals,
                                    self._stop, self._ended))
        self.started.emit()

    def cancel(self) -> None:
        """Stop after the file in hand; ``finished`` follows with what was committed."""
        self._stop.set()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the worker has ended (for shutting down); True if it has."""
        return self._ended.wait(timeout)

    def _on_finished(self, report: ImportReport) -> None:
        self._running = False
        self.report = report
        self.finished.emit(report)

    def _on_failed(self, message: str) -> None:
        self._running = False
        self.failed.emit(message)
