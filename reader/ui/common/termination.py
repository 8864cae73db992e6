"""Ending the reader from outside as if the user had closed it, so nothing is lost.

``kill``, a service manager or some desktops at log-out send SIGTERM (SIGHUP when the terminal
goes, SIGINT for Ctrl+C); the session manager asks the application to save its data before a
log-out. Each closes the window the normal way, and its ``closeEvent`` writes the settings and
the session (the files listed, the pair shown, the window's geometry).

Python runs a signal handler only between two Python instructions, which never happen while
Qt's event loop waits. So the C-level handler's wake-up byte goes into a socket pair that a
QSocketNotifier watches: the notifier's slot is Python code, and the handler runs right before it.
"""

from __future__ import annotations

import contextlib
import logging
import signal
import socket
from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier
from PySide6.QtGui import QGuiApplication

log = logging.getLogger(__name__)

SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP", "SIGINT") if hasattr(signal, name))


class SignalCloser(QObject):
    """Calls ``close()`` when one of SIGNALS arrives or the session manager asks to save."""

    def __init__(self, close: Callable[[], object], save: Callable[[], object], parent: QObject | None = None):
        super().__init__(parent)
        self._close, self._save = close, save
        self._reader, writer = socket.socketpair()
        self._writer = writer
        for sock in (self._reader, writer):
            sock.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(writer.fileno())
        self._previous = {sig: signal.signal(sig, self._on_signal) for sig in SIGNALS}
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.commitDataRequest.connect(lambda _manager: self._save())  # log-out

    def _drain(self, *_args) -> None:
        with contextlib.suppress(OSError):
            while self._reader.recv(64):
                pass

    def _on_signal(self, signum: int, _frame) -> None:
        log.info("received %s: closing the window, saving the session", signal.Signals(signum).name)
        self._close()

    def uninstall(self) -> None:
        """Give the signals back to what handled them before (for tests)."""
        for sig, handler in self._previous.items():
            signal.signal(sig, handler)
        signal.set_wakeup_fd(self._previous_fd)
        self._notifier.setEnabled(False)
        self._reader.close()
        self._writer.close()
