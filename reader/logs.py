"""Diagnostics: the "reader" logger's handlers, for the desktop reader and the command line.

Modules log through ``logging.getLogger(__name__)`` (``log.exception`` in an ``except``
block) and stay silent until an entry point calls ``setup_logging``: warnings and errors then
go to stderr (everything from DEBUG up with ``--verbose``), and INFO and up (DEBUG with
``--verbose``) to a rotating file in the user log folder, ``platformdirs.user_log_dir("versus")``.
If that folder or file cannot be created, logging goes to stderr only: a log must never stop
the program. Results and the command line's one-line error messages are output, not logging.

No Qt here: the command line uses it too.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

LOGGER = "reader"
LOG_NAME = "versus"      # the folder platformdirs names; the same for the GUI and the CLI
LOG_FILE = "versus.log"
MAX_BYTES = 1_000_000
BACKUPS = 3

FILE_FORMAT = "%(asctime)s %(process)d %(threadName)s %(levelname)s %(name)s: %(message)s"
STDERR_FORMAT = "versus: %(levelname)s: %(name)s: %(message)s"

_OURS = "_versus_handler"  # marks the handlers installed here, so a second call replaces them


def add_verbose_argument(parser: argparse.ArgumentParser) -> None:
    """``-v``/``--verbose`` (``args.verbose``), the same for the desktop reader and every command."""
    parser.add_argument("-v", "--verbose", action="store_true",
                        help="report diagnostics (DEBUG and up) on stderr and in the log file "
                             f"({LOG_FILE} in the user log folder), not only warnings and errors")


def log_folder() -> Path:
    import platformdirs

    return Path(platformdirs.user_log_dir(LOG_NAME, appauthor=False))


def setup_logging(verbose: bool = False, defer_file: bool = False) -> Path | None:
    """Send the "reader" logger's records to stderr and to the log file; returns the file's path,
    or None when only stderr could be used. Calling it again replaces what an earlier call set up.

    With ``defer_file`` (the command line) the file is opened when the first record comes, and
    None is returned: a command mostly logs nothing, and opening the file (its folder, the
    rotating handler's module) costs about as much as comparing an article."""
    logger = logging.getLogger(LOGGER)
    for handler in [h for h in logger.handlers if getattr(h, _OURS, False)]:
        logger.removeHandler(handler)
        handler.close()
    logger.setLevel(logging.DEBUG if verbose else logging.INFO)

    if sys.stderr is not None:  # a windowed build (pythonw, PyInstaller --windowed) has none
        console = logging.StreamHandler(sys.stderr)
        console.setLevel(logging.DEBUG if verbose else logging.WARNING)
        console.setFormatter(logging.Formatter(STDERR_FORMAT))
        _add(logger, console)

    if defer_file:
        _add(logger, _FileOnFirstRecord())
        return None
    opened = _file_handler()
    if opened is None:
        return None
    path, to_file = opened
    _add(logger, to_file)
    logger.debug("logging to %s", path)
    return path


def _file_handler() -> tuple[Path, logging.Handler] | None:
    """The rotating log file's handler, or None (after a DEBUG record) when it cannot be opened."""
    import logging.handlers

    try:
        folder = log_folder()
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / LOG_FILE
        to_file = logging.handlers.RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS,
                                                       encoding="utf-8")
    except Exception as exc:  # OSError mostly; platformdirs may fail on an odd environment too
        logging.getLogger(LOGGER).debug("no log file (%s); logging to stderr only", exc)
        return None
    to_file.setLevel(logging.DEBUG)  # the logger's level decides
    to_file.setFormatter(logging.Formatter(FILE_FORMAT))
    return path, to_file


class _FileOnFirstRecord(logging.Handler):
    """The log file's handler, opened when the first record reaches it (then, if it cannot be
    opened, records go to stderr only, as with ``setup_logging``'s own attempt)."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self._target: logging.Handler | None = None
        self._tried = False

    def emit(self, record: logging.LogRecord) -> None:
        if not self._tried:
            self._tried = True
            opened = _file_handler()
            self._target = opened[1] if opened else None
        if self._target is not None:
            self._target.handle(record)

    def close(self) -> None:
        if self._target is not None:
            self._target.close()
        super().close()


def log_uncaught_exceptions() -> None:
    """Route exceptions nothing caught (in the GUI: raised in a slot or an event handler, which Qt
    survives) to the log, so they reach the log file too; Ctrl+C keeps Python's own handling."""
    def hook(kind, value, tb) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        logging.getLogger(LOGGER).critical("uncaught exception", exc_info=(kind, value, tb))

    sys.excepthook = hook


def _add(logger: logging.Logger, handler: logging.Handler) -> None:
    setattr(handler, _OURS, True)
    logger.addHandler(handler)
