"""Qt tests: offscreen, settings in a temporary folder, Qt warnings fail the test."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from reader.ui.common.settings import ENV_VAR

SAMPLE_NAMES = ("000_3cc47a45235a47aa.txt", "001_1d3a09f0e9c6fa03.txt")


def pytest_collection_modifyitems(config, items):
    here = os.path.dirname(__file__)
    for item in items:
        if str(item.fspath).startswith(here):
            # any Qt warning fails the test, except the offscreen plugin's note on size hints
            item.add_marker(pytest.mark.qt_log_level_fail("WARNING"))
            item.add_marker(pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints"))


@pytest.fixture(autouse=True)
def isolated_config(tmp_path, monkeypatch):
    """Every test gets its own config folder and data folder (where the default library lives);
    the user's real ones are never touched."""
    config = tmp_path / "config"
    monkeypatch.setenv(ENV_VAR, str(config))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    return config


@pytest.fixture
def sample_paths():
    from importlib.resources import files

    folder = files("reader") / "resources" / "samples"
    return [str(folder / name) for name in SAMPLE_NAMES]


def wait_loaded(qtbot, window, timeout=15000):
    """Wait until the files being read in the background are all in the list."""
    qtbot.waitUntil(lambda: not window.files.loader.is_running(), timeout=timeout)


def wait_shown(qtbot, window, timeout=15000):
    """Wait until the pair is compared, then apply its highlights and fill its lists at once
    (done a slice at a time otherwise)."""
    qtbot.waitUntil(lambda: window.view.data is not None and not window.comparison.comparer.is_running(), timeout=timeout)
    window.view.finish_applying()
    window.slices.finish_all()


@pytest.fixture
def make_window(qtbot):
    from reader.ui.common.settings import Settings
    from reader.ui.window.mainwindow import MainWindow

    made = []

    def make(size=(1400, 900), library_path=None):
        window = MainWindow(Settings(), library_path=library_path)
        qtbot.addWidget(window)
        window.resize(*size)
        window.show()
        qtbot.waitExposed(window)
        made.append(window)
        return window

    yield make
    for window in made:
        window.comparison.comparer.cancel()
        window.files.loader.cancel()
        window.files.loader.wait(5000)
        window.library_tab.close_library()


@pytest.fixture
def samples_window(make_window, qtbot):
    window = make_window()
    window.restore_session([])
    wait_shown(qtbot, window)
    return window


@pytest.fixture
def russian(qapp):
    """The interface in Russian for one test (the translator installed, then removed)."""
    from reader.ui.common.translator import install, uninstall

    installed = install(qapp, "ru")
    yield installed
    uninstall(qapp, installed)


@pytest.fixture
def compare_texts(make_window, qtbot, tmp_path):
    """``compare_texts(old, new)``: a window comparing the two texts, saved as a_old.txt and
    b_new.txt, the way ``versus a_old.txt b_new.txt`` opens them."""

    def open_them(old: str, new: str, size=(1200, 800)):
        (tmp_path / "a_old.txt").write_text(old, encoding="utf-8")
        (tmp_path / "b_new.txt").write_text(new, encoding="utf-8")
        window = make_window(size)
        window.restore_session([str(tmp_path / "a_old.txt"), str(tmp_path / "b_new.txt")])
        wait_shown(qtbot, window)
        return window

    return open_them
