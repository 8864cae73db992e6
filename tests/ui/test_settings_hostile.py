"""A settings file edited by hand, by another version or by a broken disk never stops the start:
each entry that cannot be used is ignored, named once, and the rest is kept (issue 13, case 7)."""

from __future__ import annotations

import json
import logging

import pytest

from reader.ui.common.settings import Settings, valid_settings
from tests.ui.conftest import wait_shown


def write(config, data) -> None:
    config.mkdir(parents=True, exist_ok=True)
    text = data if isinstance(data, str) else json.dumps(data)
    (config / "settings.json").write_text(text, encoding="utf-8")


def test_each_entry_is_checked_and_the_valid_ones_kept():
    data = {
        "theme": "dark", "point_size": 13.5, "recent": ["/a.txt", 3], "open_dir": 7,
        "options": {"match_threshold": "abc", "ignore_case": False, "max_file_size": 2 ** 70,
                    "detect_boilerplate": "yes", "unknown_option": 1},
        "session": {"files": ["/a.txt"], "pair": "ab", "tab": "nowhere", "library_pair": [2 ** 70, 1]},
        "from_a_newer_version": {"x": 1},
    }
    kept, ignored = valid_settings(data)
    assert kept == {"theme": "dark", "point_size": 13.5, "options": {"ignore_case": False},
                    "session": {"files": ["/a.txt"]}, "from_a_newer_version": {"x": 1}}
    assert ignored == ["recent", "open_dir", "options.detect_boilerplate", "options.match_threshold",
                       "options.max_file_size", "session.pair", "session.tab", "session.library_pair"]


@pytest.mark.parametrize("options", ["x", [1], 3, None])
def test_options_of_the_wrong_kind_are_dropped(isolated_config, options):
    write(isolated_config, {"options": options, "theme": "light"})
    settings = Settings()
    assert settings.data == {"theme": "light"}
    assert "options" in settings.problem and "settings.json" in settings.problem


def test_json_nested_too_deep_starts_afresh(isolated_config, caplog):
    write(isolated_config, "[" * 100_000 + "]" * 100_000)
    with caplog.at_level(logging.WARNING):
        settings = Settings()
    assert settings.data == {} and settings.problem.endswith("starting afresh")
    assert "\n" not in settings.problem
    assert any("settings.json" in r.getMessage() for r in caplog.records)


def test_not_a_number_and_infinity_are_refused(isolated_config):
    write(isolated_config, '{"point_size": NaN, "options": {"match_threshold": Infinity}}')
    settings = Settings()
    assert settings.data == {"options": {}}
    assert "point_size" in settings.problem and "options.match_threshold" in settings.problem


HOSTILE = {
    "options is a string": {"options": "x"},
    "options is a list": {"options": [1]},
    "threshold is text": {"options": {"match_threshold": "abc"}},
    "session folder /": {"session": {"files": ["/"], "pair": []}},
    "session folder /proc/1": {"session": {"files": ["/proc/1"], "pair": []}},
    "library pair too large for SQLite": {"session": {"tab": "library", "library_pair": [2 ** 70, 2 ** 70 + 1]}},
    "library pair of missing articles": {"session": {"tab": "library", "library_pair": [123456, 654321]}},
    "geometry is garbage": {"geometry": "!!!", "splitter": "AAAA", "window_state": "", "hidden_columns": {"open_texts": 5}},
}


@pytest.mark.parametrize("data", HOSTILE.values(), ids=list(HOSTILE))
def test_the_window_starts_on_the_samples_whatever_the_settings(make_window, qtbot, isolated_config, caplog, data):
    write(isolated_config, data)
    with caplog.at_level(logging.WARNING):
        window = make_window()
        window.restore_geometry()
        window.restore_session([])
        wait_shown(qtbot, window)
        qtbot.waitUntil(lambda: not window.files.loader.is_running(), timeout=15000)
    assert window.shown is not None and window.shown.source in ("files", "library")
    assert window.view.data is not None
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR], [r.getMessage() for r in caplog.records]
    assert window.comparison.options.match_threshold == 0.3


@pytest.mark.parametrize("data, russian_line", [
    ("[1, 2]", "{path}: это не объект настроек; настройки начаты заново"),
    ({"theme": 3, "recent": "x"}, "{path}: пропущено то, что нельзя использовать (theme, recent)"),
])
def test_a_russian_window_shows_the_settings_problem_in_russian(isolated_config, make_window, russian,
                                                                data, russian_line):
    from reader.app import report_settings_problem

    write(isolated_config, data)
    window = make_window()
    settings = Settings()
    report_settings_problem(window, settings)
    path = isolated_config / "settings.json"
    assert window.message_bar.messages() == [russian_line.format(path=path)]
    assert "Не удалось прочитать настройки (1):" in window.message_bar.label.text()
    assert settings.problem.startswith(f"{path}: ")  # the log's stays English
    assert "настрой" not in settings.problem and "нельзя" not in settings.problem


def test_the_settings_problem_in_english(isolated_config, make_window):
    from reader.app import report_settings_problem

    write(isolated_config, "[1, 2]")
    window = make_window()
    report_settings_problem(window, Settings())
    assert window.message_bar.messages() == [f"{isolated_config / 'settings.json'}: not a settings object; starting afresh"]


def test_no_settings_problem_no_message(isolated_config, make_window):
    from reader.app import report_settings_problem

    window = make_window()
    report_settings_problem(window, Settings())
    assert window.message_bar.messages() == [] and Settings().problem_text() == ""
