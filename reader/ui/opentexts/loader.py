"""Reading files for the "Open texts" list off the UI thread.

A job (reader.ui.common.jobs) finds the files (folders recursively, zip archives' members) and reads
each as the library does (reader.core.sources via ``read_item``: decoded, a web page's main
text extracted, keyed for duplicates, refused over the size limit) and reports through
queued signals: items in batches at most every ITEMS_EVERY seconds, so two thousand small
files arrive in a handful of model updates rather than two thousand. ``cancel()`` asks the
jobs to stop, which they check between files; what was read by then is still delivered.

Requests run one after another (a pool of one thread), each with its number, so the window can
tell which drop or Open a batch belongs to.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal

from reader.core import LoadError
from reader.core.archives import close_archives
from reader.core.loading import DEFAULT_MAX_SIZE
from reader.core.sources import find_sources
from reader.present.errors import message_in, reason_in
from reader.ui.common.jobs import BackgroundRunner
from reader.ui.common.translator import current as current_language
from reader.ui.opentexts.corpus import CorpusItem, read_item

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

    Written by the job until it ends; read by the UI thread after that only."""

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


def _read(out: LoadOutcome, progress, cancelled) -> LoadOutcome:
    """The job: find and read ``out.paths``, reporting ("items", request, batch) and
    ("progress", request, done, total, current file)."""
    lang = current_language()  # core's reasons in the reader's language
    try:
        files, errors = find_sources(out.paths)
        out.problems.extend(f"{_short(e.name)}: {reason_in(e, lang)}" for e in errors)
        out.total = len(files)
        progress(("progress", out.request, 0, out.total, ""))
        batch: list[CorpusItem] = []
        last = last_items = time.monotonic()
        for source in files:
            if cancelled():
                out.cancelled = True
                break
            try:
                item = read_item(source, out.max_size)
                batch.append(item)
                out.ids.append(item.id)
            except LoadError as exc:
                out.problems.append(message_in(exc, lang))
            except Exception as exc:  # an unforeseen reason is still one file's problem
                out.problems.append(f"{source.name}: {type(exc).__name__}: {exc}")
            out.done += 1
            now = time.monotonic()
            if now - last_items >= ITEMS_EVERY and batch:
                last_items = now
                progress(("items", out.request, batch))
                batch = []
                time.sleep(PAINT_PAUSE)  # leave the GIL to the UI thread while it adds and paints them
            if now - last >= PROGRESS_EVERY:
                last = now
                progress(("progress", out.request, out.done, out.total, source.label))
        if batch:
            progress(("items", out.request, batch))
    except Exception as exc:  # still this request's outcome: what was read, and what went wrong
        log.exception("reading files failed")
        out.problems.append(f"reading files failed: {type(exc).__name__}: {exc}")
    finally:
        close_archives()  # the last zip read is not held open (or locked, on Windows) meanwhile
    return out


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
    SHOW_AFTER_MS = BackgroundRunner.SHOW_AFTER_MS

    def __init__(self, parent=None):
        super().__init__(parent)
        # one thread: requests are read one after another, and every one is delivered
        self._runner = BackgroundRunner(self, newest_only=False, log=log)
        self._runner.progress.connect(self._on_report)
        self._runner.done.connect(self.finished)
        self._runner.busy.connect(self.busy)

    def start(self, paths: Sequence[str], max_size: int = DEFAULT_MAX_SIZE) -> int:
        """Queue ``paths`` (files, folders, archives); returns the request number. Files over
        ``max_size`` bytes are refused (the reason goes to the outcome's problems)."""
        outcome = LoadOutcome(self._runner.request + 1, [str(p) for p in paths], max_size)
        request = self._runner.start(lambda progress, cancelled: _read(outcome, progress, cancelled),
                                     "reading files")
        assert request == outcome.request
        return request

    def is_running(self) -> bool:
        return self._runner.is_running()

    def cancel(self) -> None:
        """Stop every queued and running request after the file in hand."""
        self._runner.cancel()

    def wait(self, msecs: int = -1) -> bool:
        """Block until the worker is idle (for shutting down)."""
        return self._runner.wait(msecs)

    def _on_report(self, report: tuple) -> None:
        if report[0] == "items":
            self.items.emit(report[1], report[2])
        else:
            self.progress.emit(*report[2:])
