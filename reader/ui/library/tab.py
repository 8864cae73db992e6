"""The "Library" tab: opens the corpus library the first time it is needed, without blocking.

The first open of a library imports numpy and datasketch and may create and migrate the
database: half a second or more. A background job (reader.ui.common.jobs) does that (and closes its connection);
the UI thread then opens its own connection, which takes milliseconds, and builds the
LibraryPanel. Until then the tab says what it is doing; if the library cannot be opened it says
why and offers to try again, and ``failed(message)`` lets the window show it in its message bar.

Work that needs the library (a session's pair, an import) is queued with ``when_open``.
Files dropped on the tab come out as ``importRequested(paths)``.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QStackedLayout, QVBoxLayout, QWidget

from reader.ui.common.drops import accept_file_drag, local_paths
from reader.ui.common.jobs import BackgroundRunner

log = logging.getLogger(__name__)

# Qt-free only: a module that defines widgets or imports Qt names must be imported on the UI
# thread, since PySide6 creates its enum and type objects lazily on first import, and creating
# them in a worker while the UI thread paints crashed the process (a segfault in 1 of 2 runs of
# tests/ui/test_mainwindow_library.py under load). The panel's Qt part is imported when shown.
_PREPARE_MODULES = ("reader.library.library", "reader.library.importer", "reader.library.search",
                    "reader.present.format")


def default_library_path() -> Path:
    from reader.library.db import default_path  # light: no numpy

    return default_path()


def _prepare(path: Path):
    """The job: import the library's modules and open (create, migrate) the database once."""

    def run(_progress, _cancelled) -> None:
        for name in _PREPARE_MODULES:
            importlib.import_module(name)
        from reader.library.library import Library

        Library(path).close()

    return run


def tr(text: str) -> str:
    return QCoreApplication.translate("LibraryTab", text)


class LibraryTab(QWidget):
    opened = Signal(object)   # the LibraryPanel
    failed = Signal(str)
    importRequested = Signal(list)

    def __init__(self, path: str | Path | None = None, parent=None):
        super().__init__(parent)
        self._given_path = Path(path) if path else None
        self.path: Path | None = None
        self.library = None
        self.panel = None
        self.state = "closed"  # closed, opening, open, failed
        self.error = ""
        self._waiting: list[tuple[Callable, Callable | None]] = []
        # opens the library in the background the first time it is needed (made then: its
        # modules, even the light reader.library.db and sqlite3, are not needed before)
        self._runner: BackgroundRunner | None = None
        self.setAcceptDrops(True)

        self.message = QLabel(tr("The library opens when this tab is shown."))
        self.message.setObjectName("libraryMessage")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.retry = QPushButton(tr("Try Again"))
        self.retry.setObjectName("libraryRetry")
        self.retry.clicked.connect(self.ensure_open)
        self.retry.hide()
        placeholder = QWidget()
        box = QVBoxLayout(placeholder)
        box.addStretch(1)
        box.addWidget(self.message)
        box.addWidget(self.retry, 0, Qt.AlignmentFlag.AlignHCenter)
        box.addStretch(2)
        self._stack = QStackedLayout(self)
        self._stack.addWidget(placeholder)

    # --- opening ----------------------------------------------------------------------------

    def ensure_open(self) -> None:
        """Start opening the library unless it is open or opening."""
        if self.state in ("open", "opening"):
            return
        self.state = "opening"
        self.error = ""
        try:
            self.path = self._given_path or default_library_path()
        except Exception as exc:  # platformdirs found no data folder
            self._fail(tr("no folder for the library (%1)").replace("%1", str(exc)))
            return
        self.message.setText(tr("Opening the library…") + f"\n{self.path}")
        self.retry.hide()
        self._opener().start(_prepare(self.path), f"opening the library {self.path}")

    def _opener(self) -> BackgroundRunner:
        if self._runner is None:
            # the job imports numpy and the library's modules: reader.ui.common.background
            # freezes them for the garbage collector once it is done
            from reader.library.db import LibraryError  # light: no numpy

            self._runner = BackgroundRunner(self, expected=(LibraryError,), log=log)
            self._runner.done.connect(lambda _none: self._prepared(""))
            self._runner.failed.connect(self._prepared)
        return self._runner

    def when_open(self, callback: Callable, on_failure: Callable | None = None) -> None:
        """Call ``callback(panel)`` once the library is open (now, if it is); ``on_failure(message)``
        if it cannot be opened."""
        if self.state == "open":
            callback(self.panel)
            return
        self._waiting.append((callback, on_failure))
        self.ensure_open()

    def focus_search(self) -> None:
        """Put the cursor in the library's search box (opening the library first if needed)."""
        self.when_open(lambda panel: panel.focus_search())

    def _prepared(self, problem: str) -> None:
        if problem:
            self._fail(problem)
            return
        from reader.library.db import LibraryError
        from reader.library.library import Library
        from reader.ui.library.panel import LibraryPanel

        try:
            self.library = Library(self.path)
        except LibraryError as exc:
            from reader.present.errors import message_in
            from reader.ui.common.translator import current as current_language

            self._fail(message_in(exc, current_language()))
            return
        self.panel = LibraryPanel(self.library)
        self.panel.setObjectName("libraryPanel")
        self._stack.addWidget(self.panel)
        self._stack.setCurrentWidget(self.panel)
        self.state = "open"
        self.opened.emit(self.panel)
        waiting, self._waiting = self._waiting, []
        for callback, _ in waiting:
            callback(self.panel)

    def _fail(self, message: str) -> None:
        self.state = "failed"
        self.error = message
        self.message.setText(tr("The library could not be opened.") + f"\n\n{message}")
        self.retry.show()
        waiting, self._waiting = self._waiting, []
        self.failed.emit(message)
        for _, on_failure in waiting:
            if on_failure is not None:
                on_failure(message)

    def close_library(self) -> None:
        """Close the connection (when the window closes); waits for an opening in progress."""
        if self._runner is not None:
            self._runner.wait()
        if self.library is not None:
            self.library.close()
            self.library = None
            self.state = "closed"

    # --- drops ------------------------------------------------------------------------------

    def dragEnterEvent(self, event) -> None:
        accept_file_drag(event)

    def dragMoveEvent(self, event) -> None:
        self.dragEnterEvent(event)

    def dropEvent(self, event) -> None:
        paths = local_paths(event.mimeData())
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.importRequested.emit(paths)
