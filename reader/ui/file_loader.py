"""Reading files for the "Open texts" list off the UI thread.

A QThreadPool runnable finds the files (folders recursively, zip archives' members) and reads
each as the library does (reader.core.sources via ``read_item``: decoded, a web page's main
text extracted, keyed for duplicates, refused over the size limit) and reports through
queued signals: items in batches at most every ITEMS_EVERY seconds, so two thousand small
files arrive in a handful of model updates rather than two thousand. ``cancel()`` sets a flag
the job checks between files; what was read by then is still delivered.

Requests run one after another (a pool of one thread), each with its number, so the window can
tell which drop or Open a batch belongs to.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from dataclasses import dataclass, field
from typing import Sequence

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from reader.core import LoadError
from reader.core.loading import DEFAULT_MAX_SIZE
from reader.core.sources import find_sources
from reader.ui import background
from reader.ui.corpus import CorpusItem, read_item

log = logging.getLogger(__name__)

# Each batch of rows repaints the list, which costs the UI thread some hundred calls into
# Python (the model's data()), each waiting for the GIL while the worker runs: a few batches a
# second keep that rare, and the worker pauses briefly after each so that the UI thread adds
# and paints them without waiting for the GIL at all. Progress (a label and a bar) is cheap and comes more often.
ITEMS_EVERY = 0.25
PAINT_PAUSE = 0.03
PROGRESS_EVERY = 0.05


@dataclass
class LoadOutcome:
    """How one request ended: files found and read, problems ("file: reason"), cancelled or not.

    Written by the job until it emits ``finished``; read by the UI thread after that only."""

    request: int
    paths: list[str]
    max_size: int = DEFAULT_MAX_SIZE  # bytes; larger files are refused (Options.max_file_size)
    total: int = 0
    done: int = 0
    problems: list[str] = field(default_factory=list)
    cancelled: bool = False
    ids: list[str] = field(default_factory=list)  # each file read, in order (duplicates too)


def _short(label: str) -> str:
    """A path as people see it in the list: its last part."""
    return os.path.basename(label.rstrip("/\\")) or label


class _Signals(QObject):
    items = Signal(int, object)           # request, list[CorpusItem]
    progress = Signal(int, int, int, str)  # request, done, total, current file
    finished = Signal(object)             # LoadOutcome


class _LoadJob(QRunnable):
    def __init__(self, outcome: LoadOutcome, signals: _Signals, stop: threading.Event):
        super().__init__()
        self.setAutoDelete(True)
        self.outcome, self.signals, self.stop = outcome, signals, stop

    def run(self) -> None:
        out = self.outcome
        try:
            files, errors = find_sources(out.paths)
            out.problems.extend(f"{_short(e.name)}: {e.reason}" for e in errors)
            out.total = len(files)
            self.signals.progress.emit(out.request, 0, out.total, "")
            batch: list[CorpusItem] = []
            last = last_items = time.monotonic()
            for source in files:
                if self.stop.is_set():
                    out.cancelled = True
                    break
                try:
                    item = read_item(source, out.max_size)
                    batch.append(item)
                    out.ids.append(item.id)
                except LoadError as exc:
                    out.problems.append(str(exc))
                except Exception as exc:  # an unforeseen reason is still one file's problem
                    out.problems.append(f"{source.name}: {type(exc).__name__}: {exc}")
                out.done += 1
                now = time.monotonic()
                if now - last_items >= ITEMS_EVERY and batch:
                    last_items = now
                    self.signals.items.emit(out.request, batch)
                    batch = []
                    time.sleep(PAINT_PAUSE)  # leave the GIL to the UI thread while it adds and paints them
                if now - last >= PROGRESS_EVERY:
                    last = now
                    self.signals.progress.emit(out.request, out.done, out.total, source.label)
            if batch:
                self.signals.items.emit(out.request, batch)
        except Exception as exc:  # a bug must not take the window down; say what happened
            log.exception("reading files failed")
            out.problems.append(f"reading files failed: {type(exc).__name__}: {exc}")
        finally:
            self.signals.finished.emit(out)


class FileLoader(QObject):
    """Loads paths in the background. Signals, in the UI thread:

    ``items(request, list[CorpusItem])``, ``progress(done, total, current_file)`` of the running
    request, ``finished(LoadOutcome)`` per request, and ``busy(bool)``: True once loading has
    taken longer than SHOW_AFTER_MS (time to show progress and Cancel), False when all is done.
    """

    items = Signal(int, object)
    progress = Signal(int, int, str)
    finished = Signal(object)
    busy = Signal(bool)
    SHOW_AFTER_MS = 200

    def __init__(self, parent=None):
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = _Signals(self)
        self._signals.items.connect(self.items)
        self._signals.progress.connect(self._on_progress)
        self._signals.finished.connect(self._on_finished)
        self._next = 0
        self._stops: dict[int, threading.Event] = {}
        self._shown = False
        self._show_timer = QTimer(self)
        self._show_timer.setSingleShot(True)
        self._show_timer.timeout.connect(self._show_busy)

    def start(self, paths: Sequence[str], max_size: int = DEFAULT_MAX_SIZE) -> int:
        """Queue ``paths`` (files, folders, archives); returns the request number. Files over
        ``max_size`` bytes are refused (the reason goes to the outcome's problems)."""
        self._next += 1
        request = self._next
        stop = threading.Event()
        if not self._stops:
            background.begin()
            self._show_timer.start(self.SHOW_AFTER_MS)
        self._stops[request] = stop
        self._pool.start(_LoadJob(LoadOutcome(request, [str(p) for p in paths], max_size), self._signals, stop))
        return request

    def is_running(self) -> bool:
        return bool(self._stops)

    def cancel(self) -> None:
        """Stop every queued and running request after the file in hand."""
        for stop in self._stops.values():
            stop.set()

    def wait(self, msecs: int = -1) -> bool:
        """Block until the worker is idle (for shutting down)."""
        return self._pool.waitForDone(msecs)

    def _show_busy(self) -> None:
        if self._stops:
            self._shown = True
            self.busy.emit(True)

    def _on_progress(self, request: int, done: int, total: int, current: str) -> None:
        if request in self._stops:
            self.progress.emit(done, total, current)

    def _on_finished(self, outcome: LoadOutcome) -> None:
        self._stops.pop(outcome.request, None)
        if not self._stops:
            background.end()
            self._show_timer.stop()
        self.finished.emit(outcome)
        if not self._stops and self._shown:
            self._shown = False
            self.busy.emit(False)
