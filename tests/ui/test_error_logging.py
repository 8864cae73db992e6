"""Background jobs that fail unexpectedly log the traceback (reader.logs sends it to the log
file) and still report a one-line problem to the window. The jobs run here in the test's thread."""

from __future__ import annotations

import logging
import threading
from types import SimpleNamespace

from reader.core import Document, Options
from reader.ui import file_loader, import_runner, library_tab, worker


def _boom(*args, **kwargs):
    raise RuntimeError("a bug")


def _logged(caplog, name: str) -> logging.LogRecord:
    [record] = [r for r in caplog.records if r.name == name]
    assert record.levelno == logging.ERROR and record.exc_info[0] is RuntimeError
    return record


def test_a_failed_comparison_is_logged_and_reported(qtbot, caplog, monkeypatch):
    monkeypatch.setattr(worker, "compare", _boom)
    signals = worker._JobSignals()
    failures = []
    signals.failed.connect(lambda request, message: failures.append(message))
    doc = Document.from_text("One sentence.", "a")
    worker.CompareJob(1, doc, doc, Options(), signals, lambda request: True).run()
    assert failures == ["RuntimeError: a bug"]
    assert _logged(caplog, "reader.ui.worker").getMessage() == "comparing failed"


class _Signal:
    def __init__(self, emit):
        self.emit = emit


def test_a_failed_file_reading_is_logged_and_reported(qtbot, caplog, tmp_path):
    finished = []
    signals = SimpleNamespace(progress=_Signal(_boom), items=_Signal(_boom), finished=_Signal(finished.append))
    outcome = file_loader.LoadOutcome(1, [str(tmp_path)])
    file_loader._LoadJob(outcome, signals, threading.Event()).run()
    assert finished == [outcome]
    assert outcome.problems[-1] == "reading files failed: RuntimeError: a bug"
    _logged(caplog, "reader.ui.file_loader")


def test_a_failed_import_is_logged_and_reported(qtbot, caplog, monkeypatch, tmp_path):
    monkeypatch.setattr(import_runner, "import_paths", _boom)
    signals = import_runner._Signals()
    failures = []
    signals.failed.connect(failures.append)
    ended = threading.Event()
    import_runner._ImportJob(tmp_path / "lib.sqlite3", [str(tmp_path)], None, signals,
                             threading.Event(), ended).run()
    assert failures == ["RuntimeError: a bug"] and ended.is_set()
    assert "lib.sqlite3" in _logged(caplog, "reader.ui.import_runner").getMessage()


def test_a_library_that_fails_to_open_is_logged_and_reported(qtbot, caplog, monkeypatch, tmp_path):
    monkeypatch.setattr(library_tab, "_PREPARE_MODULES", ("reader.ui.library_tab",))
    monkeypatch.setattr(library_tab.importlib, "import_module", _boom)
    signals = library_tab._Signals()
    problems = []
    signals.done.connect(problems.append)
    library_tab._PrepareJob(tmp_path / "lib.sqlite3", signals).run()
    assert problems == ["a bug"]
    _logged(caplog, "reader.ui.library_tab")
