from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import wait_loaded


def _event(cls, pos, mime):
    """A drag or drop event; PySide6 before 6.12 takes the position as QPoint, later as QPointF."""
    args = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    try:
        return cls(QPointF(pos), *args)
    except TypeError:
        return cls(pos, *args)


def _drop(window, paths):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    pos = QPoint(window.width() // 2, window.height() // 2)
    enter = _event(QDragEnterEvent, pos, mime)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    event = _event(QDropEvent, pos, mime)
    QApplication.sendEvent(window, event)
    return event


def test_dropping_files_and_folders_adds_them_and_reports_bad_ones(make_window, qtbot, tmp_path):
    window = make_window()
    folder = tmp_path / "drop"
    (folder / "deeper").mkdir(parents=True)
    (folder / "one.txt").write_text("Первая версия заметки о съезде партии.\n", encoding="utf-8")
    (folder / "deeper" / "two.md").write_text("Вторая версия заметки о съезде партии.\n", encoding="utf-8")
    (folder / "deeper" / "three.text").write_bytes("Третья версия, в cp1251: съезд партии.\n".encode("cp1251"))
    bad = tmp_path / "photo.txt"
    bad.write_bytes(b"\x00\x01\x02binary\x00" * 50)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    event = _drop(window, [folder, bad, empty])
    assert event.isAccepted()
    wait_loaded(qtbot, window)
    names = sorted(item.name for item in window.open_texts.model.items())
    assert names == ["one.txt", "three.text", "two.md"]
    assert window.message_bar.isVisible()
    messages = window.message_bar.messages()
    assert any("photo.txt" in m and "binary" in m for m in messages)
    assert any("empty.txt" in m and "empty" in m for m in messages)
    # the rest still loaded, and a pair was picked for comparison
    qtbot.waitUntil(lambda: window.view.data is not None, timeout=10000)
    # dropping the same content again (under another name) adds nothing
    copy = tmp_path / "copy.txt"
    copy.write_bytes((folder / "one.txt").read_bytes())
    _drop(window, [copy])
    wait_loaded(qtbot, window)
    assert len(window.open_texts.model) == 3
    window.message_bar.close_button.click()
    assert not window.message_bar.isVisible() and window.message_bar.messages() == []


def test_non_file_drops_are_refused(make_window):
    window = make_window()
    mime = QMimeData()
    mime.setText("just text")
    enter = _event(QDragEnterEvent, QPoint(10, 10), mime)
    QApplication.sendEvent(window, enter)
    assert not enter.isAccepted()


def test_files_over_the_size_limit_are_refused_with_the_clis_reason(make_window, qtbot, tmp_path):
    window = make_window()
    window.comparison.options = window.comparison.options.with_(max_file_size=1024)
    (tmp_path / "small.txt").write_text("Короткая заметка о съезде партии.\n", encoding="utf-8")
    (tmp_path / "big.txt").write_bytes("Длинная заметка о съезде. ".encode() * 60)
    size = (tmp_path / "big.txt").stat().st_size
    _drop(window, [tmp_path / "small.txt", tmp_path / "big.txt"])
    wait_loaded(qtbot, window)
    assert [item.name for item in window.open_texts.model.items()] == ["small.txt"]
    assert window.message_bar.messages() == [f"big.txt: too large ({size / 1024:.1f} KB; the limit is 1.0 KB)"]
