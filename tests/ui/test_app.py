from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from reader import __version__
from reader.app import build_parser
from reader.ui.qtfix import immortalise_singletons


def test_command_line_of_the_reader():
    args = build_parser().parse_args(["a.txt", "b.txt", "--config-dir", "/tmp/x", "--theme", "dark"])
    assert args.files == ["a.txt", "b.txt"] and args.config_dir == "/tmp/x" and args.theme == "dark"


def test_many_qt_calls_do_not_exhaust_none(qapp):
    # PySide6 6.12 on CPython 3.11 leaks a reference to None on each void call: without
    # reader.ui.qtfix this loop aborts the interpreter ("deallocating None")
    for _ in range(50_000):
        QApplication.processEvents()
    assert sys.getrefcount(None) > 1_000_000 or sys.version_info >= (3, 12)
    assert immortalise_singletons() is False  # already done on import, and only once


def test_about_names_the_version(samples_window, qtbot, monkeypatch):
    shown = {}
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: shown.update(title=title, text=text))
    samples_window.act_about.trigger()
    assert __version__ in shown["text"] and "Versus" in shown["title"]
    assert samples_window.windowTitle().endswith("Versus")
    assert not samples_window.windowIcon().isNull()


def test_dark_theme_switches_the_palette(samples_window, qapp):
    samples_window.set_theme("dark")
    try:
        assert qapp.palette().color(qapp.palette().ColorRole.Base).lightnessF() < 0.3
        samples_window.view.finish_applying()
        at = samples_window.view.left.toPlainText().index("методы")
        assert samples_window.view.left.kind_at(at) == "changed"
    finally:
        samples_window.set_theme("system")
