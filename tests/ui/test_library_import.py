"""Importing through the real dialog: progress, summary, error report, cancel, a free UI thread."""

from __future__ import annotations

import random
import shutil
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest

from reader.library import Library, RowFilter, import_paths
from reader.ui.library.import_dialog import ImportDialog
from reader.ui.library.import_runner import ImportRunner

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"
WORDS = ["город", "новости", "власти", "решение", "проект", "закон", "жители", "школа", "дорога", "больница", "бюджет", "совет", "river", "council", "budget", "school", "road", "hospital", "mayor", "plan", "vote", "market", "bridge", "station"]  # noqa: E501 (data)


def unique_text(seed: int) -> str:
    rng = random.Random(seed)
    return "\n".join(" ".join(rng.choice(WORDS) for _ in range(12)).capitalize() + f" n{seed}x{k}."
                     for k in range(6)) + "\n"


@pytest.fixture
def lib(tmp_path):
    library = Library(tmp_path / "lib.sqlite3")
    yield library
    library.close()


@pytest.fixture
def mixed_folder(tmp_path):
    """Two good articles, one duplicate of the first, two files that cannot be imported."""
    folder = tmp_path / "mixed"
    folder.mkdir()
    for sample in SAMPLES.glob("*.txt"):
        shutil.copy(sample, folder / sample.name)
    shutil.copy(SAMPLES / "000_3cc47a45235a47aa.txt", folder / "copy_of_000.txt")
    (folder / "noise.txt").write_bytes(random.Random(1).randbytes(3000))
    (folder / "broken.zip").write_bytes(b"PK\x03\x04broken")
    return folder


def make_dialog(qtbot, lib) -> ImportDialog:
    dialog = ImportDialog(lib)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _painted(image, widget) -> bool:
    """Whether the widget's area in a grab of its window shows something (text, lines), not one
    flat colour."""
    rect = widget.rect().translated(widget.mapTo(widget.window(), widget.rect().topLeft()))
    colours = {image.pixel(x, y) for x in range(rect.left(), rect.right(), 3) for y in range(rect.top(), rect.bottom(), 3)}
    return widget.isVisible() and len(colours) > 2


def test_import_shows_count_summary_and_errors(qtbot, lib, mixed_folder, tmp_path):
    dialog = make_dialog(qtbot, lib)
    with qtbot.waitSignal(dialog.imported, timeout=30000) as blocker:
        dialog.start([str(mixed_folder)])
        assert dialog.cancel_button.isVisible() and not dialog.close_button.isVisible()
    report = blocker.args[0]
    assert (report.added, report.duplicates, len(report.errors)) == (2, 1, 2)
    assert dialog.count_label.text() == "5 of 5 files"
    assert dialog.bar.value() == dialog.bar.maximum() == 5
    assert dialog.rate_label.text().endswith("articles/s")
    summary = dialog.summary_label.text()
    assert dialog.summary_label.isVisible()
    assert "2 articles added" in summary and "1 duplicate skipped" in summary and "2 errors" in summary
    assert dialog.errors_table.isVisible()
    rows = dict((Path(f).name, reason) for f, reason in dialog.error_rows())
    assert rows == {"noise.txt": "binary data, not text",
                    "broken.zip": "not a readable zip archive (File is not a zip file)"}
    assert dialog.close_button.isVisible() and not dialog.cancel_button.isVisible()
    assert lib.count() == 2  # the dialog's own connection wrote to the same file
    assert dialog.errors_table.item(0, 0).text() in ("mixed/noise.txt", "mixed/broken.zip")
    qtbot.waitUntil(lambda: dialog.close_button.isVisible() and dialog.buttons.geometry().bottom() <= dialog.height())
    qtbot.wait(50)
    image = dialog.grab().toImage()
    assert image.save(str(tmp_path / "import_done.png"))
    assert _painted(image, dialog.errors_table) and _painted(image, dialog.summary_label)
    QTest.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and dialog.result() == ImportDialog.DialogCode.Accepted


def test_a_clean_import_has_no_error_table(qtbot, lib, tmp_path):
    folder = tmp_path / "ok"
    folder.mkdir()
    (folder / "a.txt").write_text(unique_text(1), encoding="utf-8")
    dialog = make_dialog(qtbot, lib)
    with qtbot.waitSignal(dialog.imported, timeout=30000):
        dialog.start([str(folder)], collection="Inbox")
    assert "1 article added" in dialog.summary_label.text() and "0 errors" in dialog.summary_label.text()
    assert not dialog.errors_table.isVisible()
    cid = lib.collection("Inbox", create=False)
    assert lib.count(RowFilter(collection_id=cid)) == 1


@pytest.fixture
def many_files(tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(1200):
        (folder / f"{i:05d}.txt").write_text(unique_text(i), encoding="utf-8")
    return folder


def test_cancel_stops_midway_and_leaves_the_library_consistent(qtbot, lib, many_files, tmp_path):
    dialog = make_dialog(qtbot, lib)
    seen = []

    def on_progress(done, total, current):
        seen.append(done)
        if done >= 100 and dialog.cancel_button.isEnabled():
            QTest.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)

    dialog.runner.progress.connect(on_progress)
    # the UI thread stays free: a timer keeps firing while the import runs
    ticks = []
    timer = QTimer(dialog)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(10)
    with qtbot.waitSignal(dialog.imported, timeout=60000) as blocker:
        dialog.start([str(many_files)])
    timer.stop()
    report = blocker.args[0]
    assert report.cancelled and 100 <= report.added < 1200 and not report.errors
    assert "Import cancelled" in dialog.summary_label.text()
    assert len(ticks) > 3  # the UI thread kept running its timer (how evenly is for `make perf`)
    assert seen == sorted(seen) and seen[-1] <= report.done  # progress is throttled; the report is exact
    # consistent: every counted article is there in full, searchable, and nothing else
    assert lib.count() == report.added == len(report.added_ids)
    assert lib.integrity() == "ok"
    assert lib.conn.execute("SELECT count(*) FROM texts").fetchone()[0] == report.added
    last = lib.article(report.added_ids[-1])
    assert last is not None and lib.count(RowFilter(query=f"n{Path(last.path).stem.lstrip('0') or '0'}x0")) == 1
    qtbot.wait(50)
    image = dialog.grab().toImage()
    assert image.save(str(tmp_path / "import_cancelled.png"))
    assert _painted(image, dialog.summary_label)
    # running it again completes the import
    again = import_paths(lib, [str(many_files)])
    assert again.added == 1200 - report.added and again.duplicates == report.added
    assert lib.count() == 1200


def test_closing_the_window_while_importing_cancels_first(qtbot, lib, many_files):
    dialog = make_dialog(qtbot, lib)
    with qtbot.waitSignal(dialog.runner.progress, timeout=30000):
        dialog.start([str(many_files)])
    dialog.close()  # cancels; the window closes once the worker has stopped
    assert dialog.isVisible() and dialog.runner.is_cancelling()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=30000)
    assert dialog.report.cancelled and lib.count() == dialog.report.added < 1200


def test_the_runner_reports_a_library_it_cannot_open(qtbot, tmp_path, lib):
    runner = ImportRunner(lib)
    bad = tmp_path / "not-a-library.sqlite3"
    bad.write_bytes(b"this is not an sqlite database at all" * 100)
    runner.db_path = bad
    with qtbot.waitSignal(runner.failed, timeout=30000) as blocker:
        runner.start([str(tmp_path)])
    assert "not a Versus library" in blocker.args[0] and not runner.is_running()
    assert runner.wait(5)


def test_the_import_refuses_files_over_the_reader_s_size_limit(qtbot, lib, tmp_path):
    from reader.ui.library.panel import LibraryPanel

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "small.txt").write_text("Короткая заметка о погоде в Москве.\n", encoding="utf-8")
    (folder / "big.txt").write_text("Длинная заметка о погоде. " * 100, encoding="utf-8")
    panel = LibraryPanel(lib)
    qtbot.addWidget(panel)
    panel.max_file_size = lambda: 1024  # as the window sets it from its options
    with qtbot.waitSignal(panel.imported, timeout=20000) as blocker:
        dialog = panel.start_import([folder])
    report = blocker.args[0]
    assert report.added == 1
    assert [(Path(e.path).name, e.reason.split(" (")[0]) for e in report.errors] == [("big.txt", "too large")]
    dialog.close()


def _names_while_importing(qtbot, lib, folder) -> tuple[dict[str, tuple[str, str]], set[str]]:
    """The accessible name and description of each widget of a running import dialog (by its
    attribute), and which of them take focus; the import is then cancelled."""
    from PySide6.QtWidgets import QWidget

    dialog = make_dialog(qtbot, lib)
    with qtbot.waitSignal(dialog.runner.progress, timeout=30000):
        dialog.start([str(folder)])
    assert dialog.runner.is_running()
    focusable = [w for w in dialog.findChildren(QWidget) if w.focusPolicy() != Qt.FocusPolicy.NoFocus]
    named = {name: widget for name, widget in vars(dialog).items() if isinstance(widget, QWidget)}
    assert focusable and all(w in named.values() for w in focusable)  # every focusable widget is one of these
    seen = {name: (w.accessibleName(), w.accessibleDescription()) for name, w in named.items()}
    with qtbot.waitSignal(dialog.imported, timeout=60000):
        dialog.cancel()
    return seen, {name for name, w in named.items() if w in focusable}


WIDGETS = {"heading", "bar", "count_label", "rate_label", "file_label", "summary_label", "errors_table",
           "buttons", "cancel_button", "close_button"}


def test_every_widget_of_the_running_import_is_named_for_screen_readers(qtbot, lib, many_files):
    names, focusable = _names_while_importing(qtbot, lib, many_files)
    assert set(names) == WIDGETS
    assert focusable == {"file_label", "errors_table", "cancel_button", "close_button"}
    for attribute in focusable | {"bar"}:
        assert names[attribute][0], attribute
    for attribute in WIDGETS - {"buttons"}:  # the button box is only a container
        assert names[attribute][1], attribute
    assert names["cancel_button"] == ("Cancel the import",
                                      "Stop importing; the articles added so far stay in the library")
    assert names["close_button"][0] == "Close"
    assert names["errors_table"][0] == "Files that could not be imported"
    assert names["bar"][0] == "Import progress"
    assert names["file_label"][0].startswith("File being read: ") and names["file_label"][0].endswith(".txt")


def _english(text: str) -> bool:
    return any("a" <= ch <= "z" for ch in text.lower().replace("%", ""))


def test_the_import_dialog_s_accessible_names_in_russian(qtbot, lib, many_files, russian):
    names, focusable = _names_while_importing(qtbot, lib, many_files)
    for attribute in focusable | {"bar"}:
        name = names[attribute][0]
        assert name and not _english(name.partition(": ")[0]), (attribute, name)
    for attribute in WIDGETS - {"buttons"}:
        description = names[attribute][1]
        assert description and not _english(description), (attribute, description)
    assert names["cancel_button"] == ("Отменить импорт", "Остановить импорт; уже добавленные статьи останутся в библиотеке")
    assert names["close_button"][0] == "Закрыть"
    assert names["bar"][0] == "Ход импорта"
    assert names["file_label"][0].startswith("Читается файл: ")


def test_the_failed_files_reasons_in_russian(qtbot, lib, mixed_folder, russian):
    dialog = make_dialog(qtbot, lib)
    with qtbot.waitSignal(dialog.imported, timeout=30000):
        dialog.start([str(mixed_folder)])
    rows = dict((Path(f).name, reason) for f, reason in dialog.error_rows())
    assert rows["noise.txt"] == "двоичные данные, а не текст"
    assert rows["broken.zip"] == "zip-архив не читается (File is not a zip file)"
