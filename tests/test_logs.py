from __future__ import annotations

import logging
import logging.handlers
import os
import sys
from pathlib import Path

import platformdirs
import pytest

from reader import logs
from reader.logs import setup_logging


@pytest.fixture
def reader_logger(monkeypatch, tmp_path):
    """The "reader" logger, put back as it was afterwards; the log folder is under tmp_path."""
    logger = logging.getLogger("reader")
    level, handlers = logger.level, list(logger.handlers)
    monkeypatch.setattr(platformdirs, "user_log_dir", lambda *a, **k: str(tmp_path / "logs"))
    yield logger
    for handler in logger.handlers:
        if handler not in handlers:
            handler.close()
    logger.handlers[:] = handlers
    logger.setLevel(level)


def _ours(logger):
    return [h for h in logger.handlers if getattr(h, logs._OURS, False)]


def _console(logger):
    return next(h for h in _ours(logger) if type(h) is logging.StreamHandler)


def _flush(logger):
    for h in logger.handlers:
        h.flush()


def test_records_go_to_the_log_file(reader_logger, tmp_path):
    path = setup_logging(False)
    assert path == tmp_path / "logs" / "versus.log"
    log = logging.getLogger("reader.ui.compare.comparer")
    try:
        raise ValueError("bad input")
    except ValueError:
        log.exception("comparing failed")
    log.info("a note")
    log.debug("detail")
    _flush(reader_logger)
    text = path.read_text(encoding="utf-8")
    assert "ERROR reader.ui.compare.comparer: comparing failed" in text
    assert "Traceback" in text and "ValueError: bad input" in text
    assert "a note" in text
    assert "detail" not in text  # DEBUG only with --verbose


def test_warnings_go_to_stderr_and_verbose_adds_the_rest(reader_logger, capsys):
    setup_logging(False)
    assert _console(reader_logger).level == logging.WARNING
    assert reader_logger.level == logging.INFO
    log = logging.getLogger("reader.library.library")
    log.info("quiet")
    log.warning("loud")
    err = capsys.readouterr().err
    assert "loud" in err and "quiet" not in err

    path = setup_logging(True)
    assert reader_logger.level == logging.DEBUG
    assert _console(reader_logger).level == logging.DEBUG
    assert len(_ours(reader_logger)) == 2  # a second call replaces the handlers, it does not add
    log.debug("verbose detail")
    _flush(reader_logger)
    assert "verbose detail" in capsys.readouterr().err
    assert "verbose detail" in path.read_text(encoding="utf-8")


def test_log_folder_is_created_in_the_user_state_folder(monkeypatch, tmp_path):
    if sys.platform != "linux":
        pytest.skip("XDG variables name the folder on Linux only")
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    logger = logging.getLogger("reader")
    level, handlers = logger.level, list(logger.handlers)
    try:
        path = setup_logging(False)
        assert path == tmp_path / "state" / "versus" / "log" / "versus.log"
        assert path.exists()
    finally:
        for handler in logger.handlers:
            if handler not in handlers:
                handler.close()
        logger.handlers[:] = handlers
        logger.setLevel(level)


def test_unusable_log_folder_means_stderr_only(reader_logger, tmp_path, capsys):
    (tmp_path / "logs").write_text("a file where the folder should be")
    assert setup_logging(False) is None
    assert [type(h) for h in _ours(reader_logger)] == [logging.StreamHandler]
    logging.getLogger("reader.app").error("still reported")
    assert "still reported" in capsys.readouterr().err


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root may write anywhere")
def test_unwritable_log_folder_does_not_crash(reader_logger, tmp_path):
    (tmp_path / "logs").mkdir()
    (tmp_path / "logs").chmod(0o500)
    try:
        assert setup_logging(True) is None
    finally:
        (tmp_path / "logs").chmod(0o700)


def test_log_file_that_cannot_be_opened_does_not_crash(reader_logger, monkeypatch, capsys):
    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(logging.handlers, "RotatingFileHandler", refuse)  # as when running as root
    assert setup_logging(True) is None
    assert "no log file" in capsys.readouterr().err  # said with --verbose only


def test_platformdirs_failing_does_not_crash(reader_logger, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("no home")

    monkeypatch.setattr(platformdirs, "user_log_dir", broken)
    assert setup_logging(False) is None


def test_no_stderr_at_all(reader_logger, monkeypatch):
    monkeypatch.setattr(sys, "stderr", None)  # pythonw, a windowed PyInstaller build
    path = setup_logging(False)
    assert isinstance(path, Path)
    assert not any(type(h) is logging.StreamHandler for h in _ours(reader_logger))


def test_logs_module_is_qt_free():
    import subprocess

    code = "import sys, reader.logs; sys.exit(any(m.startswith('PySide6') for m in sys.modules))"
    subprocess.run([sys.executable, "-c", code], check=True)


def test_verbose_flag():
    import argparse

    parser = argparse.ArgumentParser()
    logs.add_verbose_argument(parser)
    assert parser.parse_args(["--verbose"]).verbose and parser.parse_args(["-v"]).verbose
    assert not parser.parse_args([]).verbose


def test_the_desktop_reader_takes_the_flag():
    from reader.app import build_parser

    assert build_parser().parse_args(["--verbose", "a.txt"]).verbose
    assert not build_parser().parse_args(["a.txt"]).verbose


def test_uncaught_exceptions_reach_the_log_file(reader_logger, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back afterwards
    path = setup_logging(False)
    logs.log_uncaught_exceptions()
    try:
        raise KeyError("in a slot")
    except KeyError:
        sys.excepthook(*sys.exc_info())
    _flush(reader_logger)
    text = path.read_text(encoding="utf-8")
    assert "CRITICAL reader: uncaught exception" in text and "KeyError: 'in a slot'" in text


def test_the_command_line_opens_the_log_file_only_when_something_is_logged(reader_logger, tmp_path):
    """`versus compare` logs nothing, so it does not pay for the log folder and the rotating
    handler; the first record opens the file as setup_logging would."""
    assert setup_logging(False, defer_file=True) is None
    log_file = tmp_path / "logs" / logs.LOG_FILE
    assert not log_file.exists()
    logging.getLogger("reader.test").info("first record")
    _flush(reader_logger)
    assert "INFO reader.test: first record" in log_file.read_text(encoding="utf-8")


def test_a_deferred_log_file_that_cannot_be_opened_leaves_stderr(reader_logger, monkeypatch, capsys):
    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(logging.handlers, "RotatingFileHandler", refuse)
    setup_logging(False, defer_file=True)
    logging.getLogger("reader.test").warning("still said")
    logging.getLogger("reader.test").warning("said again")
    err = capsys.readouterr().err
    assert "still said" in err and "said again" in err
