"""Files for "Open texts" are read off the UI thread: a big folder keeps the window responsive,
shows progress and Cancel, and a cancel keeps what was read."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QElapsedTimer, Qt, QTimer

from tests.ui.conftest import wait_loaded
from tests.ui.test_drop import _drop

N_FILES = 2000


def write_folder(folder, n=N_FILES):
    for i in range(n):
        sub = folder / f"part{i // 500}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"note_{i:04d}.txt").write_text(
            f"Заметка номер {i}. Городской совет обсудил бюджет на {2000 + i % 30} год.\n"
            f"Второй абзац заметки {i}: мэр ответил на вопросы жителей.\n", encoding="utf-8")


class GapMeter:
    """A 10 ms timer on the UI thread; the longest gap between its ticks is the longest stall."""

    def __init__(self):
        self.clock = QElapsedTimer()
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)
        self.last = 0
        self.longest = 0
        self.ticks = 0

    def start(self):
        self.clock.start()
        self.last = 0
        self.timer.start()

    def _tick(self):
        now = self.clock.elapsed()
        self.longest = max(self.longest, now - self.last)
        self.last = now
        self.ticks += 1

    def stop(self):
        self.timer.stop()


def _big_folder(tmp_path):
    folder = tmp_path / "notes"
    write_folder(folder)
    (folder / "part0" / "copy.txt").write_bytes((folder / "part0" / "note_0000.txt").read_bytes())
    (folder / "part1" / "broken.txt").write_bytes(b"\x00\x01binary" * 40)
    return folder


def test_dropping_a_folder_of_2000_files_reads_them_in_the_background(make_window, qtbot, tmp_path):
    folder = _big_folder(tmp_path)
    window = make_window()
    shown = []
    window.files.loader.busy.connect(lambda busy: shown.append((busy, window.open_texts.load_strip.isVisible())))
    _drop(window, [folder])
    wait_loaded(qtbot, window, timeout=60000)
    # every distinct text arrived; the copy was skipped, the broken file reported
    assert len(window.open_texts.model) == N_FILES
    assert any("broken.txt" in m and "binary" in m for m in window.message_bar.messages())
    # progress and Cancel were shown while reading (it takes longer than 200 ms) and hidden after
    assert shown and shown[0][0] is True and shown[-1][0] is False
    assert not window.open_texts.load_strip.isVisible()
    # and then a pair of them is compared
    qtbot.waitUntil(lambda: window.view.data is not None, timeout=15000)


@pytest.mark.perf
def test_dropping_a_folder_of_2000_files_keeps_the_ui_responsive(make_window, qtbot, tmp_path, budget):
    folder = _big_folder(tmp_path)
    window = make_window()
    meter = GapMeter()
    meter.start()
    started = time.perf_counter()
    _drop(window, [folder])
    dropped_in = time.perf_counter() - started
    wait_loaded(qtbot, window, timeout=60000)
    meter.stop()
    assert len(window.open_texts.model) == N_FILES
    budget("the drop handler (it only queues the work)", dropped_in * 1000, 100)
    budget(f"longest UI-thread stall reading {N_FILES} files ({meter.ticks} ticks)", meter.longest, 100)


def test_cancel_midway_keeps_what_was_read(make_window, qtbot, tmp_path):
    folder = tmp_path / "notes"
    write_folder(folder, 4000)
    window = make_window()
    _drop(window, [folder])
    strip = window.open_texts
    qtbot.waitUntil(lambda: strip.load_strip.isVisible() and len(window.open_texts.model) > 0, timeout=20000)
    assert "Reading" in strip.load_label.text() and "of 4,000 files" in strip.load_label.text()
    qtbot.mouseClick(strip.load_cancel, Qt.MouseButton.LeftButton)
    wait_loaded(qtbot, window, timeout=20000)
    kept = len(window.open_texts.model)
    assert 0 < kept < 4000
    assert not strip.load_strip.isVisible()
    assert "Stopped reading" in window.statusBar().currentMessage()
    names = {item.name for item in window.open_texts.model.items()}
    assert "note_0000.txt" in names  # read in order: the first files are the ones kept
    qtbot.wait(100)
    assert len(window.open_texts.model) == kept  # nothing more arrives after the cancel


def test_a_zip_read_for_the_list_is_not_left_open(make_window, qtbot, tmp_path):
    import zipfile

    from reader.core import archives

    archive = tmp_path / "texts.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("a.txt", "Первый текст о мосте через реку.")
        zf.writestr("b.txt", "Второй текст о мосте через реку.")
    window = make_window()
    window.files.add_paths([str(archive)])
    wait_loaded(qtbot, window)
    assert sorted(item.name for item in window.open_texts.model.items()) == ["texts.zip::a.txt", "texts.zip::b.txt"]
    assert archives._open is None  # closed when the reading ended, not at the next one or at exit
