"""Core's file errors in the reader's language: the Russian reader's message bar."""

from __future__ import annotations

from tests.ui.conftest import wait_loaded


def test_a_missing_file_in_the_russian_message_bar(russian, make_window, qtbot, tmp_path):
    window = make_window()
    (tmp_path / "a.txt").write_text("Министр сказал, что всё идёт по плану.\n", encoding="utf-8")
    window.files.add_paths([tmp_path / "a.txt", tmp_path / "missing.txt"], remember=False)
    wait_loaded(qtbot, window)
    assert [item.name for item in window.open_texts.model.items()] == ["a.txt"]
    assert window.message_bar.messages() == ["missing.txt: нет такого файла или папки"]


def test_a_file_over_the_limit_in_the_russian_message_bar(russian, make_window, qtbot, tmp_path):
    window = make_window()
    window.comparison.options = window.comparison.options.with_(max_file_size=1024)
    (tmp_path / "big.txt").write_bytes(b"x" * 2049)
    window.files.add_paths([tmp_path / "big.txt"], remember=False)
    wait_loaded(qtbot, window)
    assert window.message_bar.messages() == ["big.txt: слишком большой (2,0 КБ; предел — 1,0 КБ)"]
