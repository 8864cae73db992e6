"""Background jobs that fail unexpectedly log the traceback (reader.logs sends it to the log
file, under the job owner's logger) and still report a one-line problem to the window."""

from __future__ import annotations

import logging

from reader.core import Document, Options
from reader.ui.compare import comparer as worker
from reader.ui.library import import_runner
from reader.ui.library import tab as library_tab
from reader.ui.opentexts import loader as file_loader


def _boom(*args, **kwargs):
    raise RuntimeError("a bug")


def _logged(caplog, name: str) -> logging.LogRecord:
    [record] = [r for r in caplog.records if r.name == name]
    assert record.levelno == logging.ERROR and record.exc_info[0] is RuntimeError
    return record


def test_a_failed_comparison_is_logged_and_reported(qtbot, caplog, monkeypatch):
    monkeypatch.setattr(worker, "compare", _boom)
    comparer = worker.Comparer()
    doc = Document.from_text("One sentence.", "a")
    with qtbot.waitSignal(comparer.failed, timeout=10000) as blocker:
        comparer.start(doc, doc, Options())
    assert blocker.args == ["RuntimeError: a bug"] and not comparer.is_running()
    assert _logged(caplog, "reader.ui.compare.comparer").getMessage() == "comparing failed"


def test_a_failed_file_reading_is_logged_and_reported(qtbot, caplog, monkeypatch, tmp_path):
    monkeypatch.setattr(file_loader, "find_sources", _boom)
    loader = file_loader.FileLoader()
    with qtbot.waitSignal(loader.finished, timeout=10000) as blocker:
        request = loader.start([str(tmp_path)])
    outcome = blocker.args[0]
    assert outcome.request == request and not loader.is_running()
    assert outcome.problems[-1] == "reading files failed: RuntimeError: a bug"
    _logged(caplog, "reader.ui.opentexts.loader")


def test_a_failed_import_is_logged_and_reported(qtbot, caplog, monkeypatch, tmp_path):
    monkeypatch.setattr(import_runner, "import_paths", _boom)
    with import_runner.Library(tmp_path / "lib.sqlite3") as lib:
        runner = import_runner.ImportRunner(lib)
    with qtbot.waitSignal(runner.failed, timeout=10000) as blocker:
        runner.start([str(tmp_path)])
    assert blocker.args == ["RuntimeError: a bug"] and not runner.is_running() and runner.wait(5)
    assert "lib.sqlite3" in _logged(caplog, "reader.ui.library.import_runner").getMessage()


def test_a_library_that_fails_to_open_is_logged_and_reported(qtbot, caplog, monkeypatch, tmp_path):
    monkeypatch.setattr(library_tab, "_PREPARE_MODULES", ("reader.ui.library.tab",))
    monkeypatch.setattr(library_tab.importlib, "import_module", _boom)
    tab = library_tab.LibraryTab(tmp_path / "lib.sqlite3")
    qtbot.addWidget(tab)
    with qtbot.waitSignal(tab.failed, timeout=10000) as blocker:
        tab.ensure_open()
    assert blocker.args == ["RuntimeError: a bug"]
    assert tab.state == "failed" and "RuntimeError: a bug" in tab.message.text()
    _logged(caplog, "reader.ui.library.tab")
