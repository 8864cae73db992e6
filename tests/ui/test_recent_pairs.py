"""File ▸ Recent Pairs: pairs compared from files are listed newest first, remembered in the
settings; choosing one compares it again; a pair whose file is gone is reported and dropped."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtGui import QGuiApplication

from reader.ui.common.settings import Settings, valid_settings
from tests.ui.conftest import wait_shown


def _write(folder: Path, name: str, text: str) -> str:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return str(path.resolve())


def _shown_paths(window) -> tuple[str, str] | None:
    shown = window.files.shown_pair()
    if shown is None:
        return None
    left, right = (window.files.model.item_by_id(i) for i in shown.ids)
    return left.path, right.path


def _compare(window, qtbot, left: str, right: str) -> None:
    window.files.open_paths([left, right])
    qtbot.waitUntil(lambda: _shown_paths(window) == (left, right), timeout=15000)
    wait_shown(qtbot, window)


def _menu_texts(window) -> list[str]:
    menu = window.acts.recent_pairs_menu
    menu.aboutToShow.emit()
    return [a.text() for a in menu.actions() if not a.isSeparator()]


def _choose(window, text: str) -> None:
    menu = window.acts.recent_pairs_menu
    menu.aboutToShow.emit()
    next(a for a in menu.actions() if a.text() == text).trigger()


def test_pairs_are_listed_newest_first_and_chosen_again(make_window, qtbot, tmp_path, isolated_config):
    a = _write(tmp_path, "a.txt", "Первое предложение. Второе предложение.")
    b = _write(tmp_path, "b.txt", "Первое предложение. Второе предложение изменилось.")
    c = _write(tmp_path, "c.txt", "Совсем другой текст. И ещё одно предложение.")
    window = make_window()
    assert _menu_texts(window) == ["Clear List"]
    _compare(window, qtbot, a, b)
    _compare(window, qtbot, a, c)
    assert _menu_texts(window) == ["a.txt ↔ c.txt", "a.txt ↔ b.txt", "Clear List"]

    _choose(window, "a.txt ↔ b.txt")
    qtbot.waitUntil(lambda: _shown_paths(window) == (a, b), timeout=15000)
    wait_shown(qtbot, window)
    assert window.view.right.toPlainText() == "Первое предложение. Второе предложение изменилось."
    assert _menu_texts(window) == ["a.txt ↔ b.txt", "a.txt ↔ c.txt", "Clear List"]

    window.session.save_state()  # the settings file remembers them, and reads them back
    saved = json.loads((isolated_config / "settings.json").read_text(encoding="utf-8"))
    assert saved["recent_pairs"] == [[a, b], [a, c]]
    assert Settings().get("recent_pairs") == [[a, b], [a, c]]


def test_a_pair_whose_file_is_gone_is_reported_and_dropped(make_window, qtbot, tmp_path):
    a = _write(tmp_path, "a.txt", "Первое предложение. Второе предложение.")
    b = _write(tmp_path, "b.txt", "Первое предложение. Второе предложение изменилось.")
    c = _write(tmp_path, "c.txt", "Совсем другой текст. И ещё одно предложение.")
    window = make_window()
    _compare(window, qtbot, a, b)
    _compare(window, qtbot, b, c)
    Path(a).unlink()
    _choose(window, "a.txt ↔ b.txt")
    assert window.message_bar.isVisible()
    assert window.message_bar.messages() == [f"{a}: the file is no longer there"]
    assert _shown_paths(window) == (b, c)  # nothing else opened
    assert _menu_texts(window) == ["b.txt ↔ c.txt", "Clear List"]


def test_the_samples_and_texts_without_files_are_not_remembered(samples_window, qtbot, tmp_path):
    window = samples_window  # the bundled samples are shown
    assert window.files.shown_pair() is not None and window.acts.recent_pairs.pairs() == []
    a = _write(tmp_path, "a.txt", "Первое предложение. Второе предложение.")
    b = _write(tmp_path, "b.txt", "Первое предложение. Второе предложение изменилось.")
    _compare(window, qtbot, a, b)
    QGuiApplication.clipboard().setText("Текст из буфера. Ещё предложение.")
    window.acts.compare_clipboard.trigger()  # a.txt ↔ the clipboard's text
    qtbot.waitUntil(lambda: window.view.right.toPlainText() == "Текст из буфера. Ещё предложение.", timeout=15000)
    wait_shown(qtbot, window)
    assert window.acts.recent_pairs.pairs() == [(a, b)]


def test_the_settings_check_the_pairs():
    kept, ignored = valid_settings({"recent_pairs": [["/a.txt", "/b.txt"]]})
    assert kept == {"recent_pairs": [["/a.txt", "/b.txt"]]} and ignored == []
    for bad in ([["/a.txt"]], [["/a.txt", 3]], "/a.txt", [["/a.txt", "/b.txt", "/c.txt"]]):
        assert valid_settings({"recent_pairs": bad}) == ({}, ["recent_pairs"])


def test_clear_list_forgets_them(make_window, qtbot, tmp_path):
    a = _write(tmp_path, "a.txt", "Первое предложение.")
    b = _write(tmp_path, "b.txt", "Второе предложение.")
    window = make_window()
    _compare(window, qtbot, a, b)
    _choose(window, "Clear List")
    assert _menu_texts(window) == ["Clear List"] and window.settings.get("recent_pairs") == []
