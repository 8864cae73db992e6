from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from reader import __version__
from reader.app import build_parser


def test_command_line_of_the_reader():
    args = build_parser().parse_args(["a.txt", "b.txt", "--config-dir", "/tmp/x", "--theme", "dark",
                                      "--library", "/tmp/news.sqlite3"])
    assert args.files == ["a.txt", "b.txt"] and args.config_dir == "/tmp/x" and args.theme == "dark"
    assert args.library == "/tmp/news.sqlite3"
    assert build_parser().parse_args([]).library is None  # the user data folder's library


def test_qt_calls_do_not_leak_references_to_none_or_bools(qapp):
    # PySide6 6.12.0 takes a reference from None on each void call and from True/False on each
    # emit, so on CPython 3.11 a GUI aborts ("deallocating None") after some ten thousand
    # calls; pyproject.toml excludes that release. This guards against its return.
    from PySide6.QtCore import QObject, Signal

    class Emitter(QObject):
        fired = Signal(bool)

    obj = Emitter()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(2_000):
        QApplication.processEvents()
        obj.setObjectName("x")
        obj.fired.emit(True)
    assert sys.getrefcount(None) - none_before < 100
    assert sys.getrefcount(True) - true_before < 100


def test_about_names_the_version(samples_window, qtbot, monkeypatch):
    shown = {}
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: shown.update(title=title, text=text))
    samples_window.acts.about.trigger()
    assert __version__ in shown["text"] and "Versus" in shown["title"]
    assert samples_window.windowTitle().endswith("Versus")
    assert not samples_window.windowIcon().isNull()


def test_dark_theme_switches_the_palette(samples_window, qapp):
    samples_window.acts.set_theme("dark")
    try:
        assert qapp.palette().color(qapp.palette().ColorRole.Base).lightnessF() < 0.3
        samples_window.view.finish_applying()
        at = samples_window.view.left.toPlainText().index("методы")
        assert samples_window.view.left.kind_at(at) == "changed"
    finally:
        samples_window.acts.set_theme("system")
