"""The Library tab of the main window, driven like a user: it opens lazily, compares two
selected articles or a heat-map cell in the main view, imports by menu and by drop, and comes
back with the session."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from reader.library import Library, import_paths
from tests.ui.conftest import wait_shown
from tests.ui.test_drop import _drop

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"
ORIGINAL = SAMPLES / "000_3cc47a45235a47aa.txt"
EDITS = (("кардинальной", "радикальной"), ("Сетевые графики", "Бумажные графики"))


def variant_text() -> str:
    text = ORIGINAL.read_text(encoding="utf-8")
    for old, new in EDITS:
        assert old in text
        text = text.replace(old, new, 1)
    return text


@pytest.fixture
def library_file(tmp_path):
    """A library holding the two samples and an edited version of the first."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for sample in SAMPLES.glob("*.txt"):
        shutil.copy(sample, corpus / sample.name)
    (corpus / "variant.txt").write_text(variant_text(), encoding="utf-8")
    path = tmp_path / "lib.sqlite3"
    with Library(path) as lib:
        report = import_paths(lib, [str(corpus)])
        assert report.added == 3 and not report.errors
    return path


def ids_by_file(path) -> dict[str, int]:
    with Library(path) as lib:
        rows = lib.page(limit=100)
        return {Path(lib.article(r.id).path).name: r.id for r in rows}


def open_library(qtbot, window):
    window.tabs.show_library()
    qtbot.waitUntil(lambda: window.library_tab.state in ("open", "failed"), timeout=20000)
    assert window.library_tab.state == "open", window.library_tab.error
    return window.library_tab.panel


def row_of(panel, article_id: int) -> int:
    return next(r for r in range(panel.model.rowCount()) if panel.model.article_id(r) == article_id)


def test_the_library_opens_when_its_tab_is_shown_and_compares_two_selected(make_window, qtbot, library_file,
                                                                           tmp_path):
    ids = ids_by_file(library_file)
    window = make_window(library_path=str(library_file))
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == ["Open texts", "Library"]
    assert window.library_tab.state == "closed" and window.library_tab.library is None
    panel = open_library(qtbot, window)
    assert panel.model.rowCount() == 3 and panel.status.text() == "3 articles"
    assert panel.isVisible()
    # imports read no larger files than the comparison options allow, whatever they are now
    window.comparison.options = window.comparison.options.with_(max_file_size=4096)
    assert panel.max_file_size() == 4096

    original, variant = ids["000_3cc47a45235a47aa.txt"], ids["variant.txt"]
    panel.select_rows(row_of(panel, original), row_of(panel, variant))
    assert panel.compare_button.isEnabled()
    qtbot.mouseClick(panel.compare_button, Qt.MouseButton.LeftButton)
    wait_shown(qtbot, window)
    assert window.shown.source == "library"  # and so no pair of open texts
    left_id, right_id = window.shown.ids
    assert {left_id, right_id} == {original, variant}
    comp = window.view.data.comparison
    variant_side = window.view.right if right_id == variant else window.view.left
    at = variant_side.toPlainText().index("радикальной")
    assert variant_side.kind_at(at) == "changed"
    with Library(library_file) as lib:
        assert comp.left.document.text == lib.article(left_id).text.replace("\r\n", "\n")
        assert comp.left.document.path == lib.article(left_id).path
    assert "Similarity" in window.comparison.summary.text()

    # swap, navigation and export work as for files
    window.acts.swap.trigger()
    wait_shown(qtbot, window)
    assert (window.shown.source, window.shown.ids) == ("library", (right_id, left_id))
    assert window.view.data.comparison.left.document.text == comp.right.document.text
    assert window.acts.next.isEnabled()
    window.acts.next.trigger()
    assert window.view.current_change() is not None
    out = Path(window.exporter.export_to(str(tmp_path / "pair.html"), "html"))
    assert "радикальной" in out.read_text(encoding="utf-8")


def test_a_heat_map_cell_opens_that_pair(make_window, qtbot, library_file):
    window = make_window(library_path=str(library_file))
    panel = open_library(qtbot, window)
    group = panel.model.row(0).group_id
    assert group is not None
    panel.show_group(group)
    qtbot.waitUntil(lambda: panel.model.rowCount() >= 2)
    dialog = panel.show_similarity()
    qtbot.waitExposed(dialog)
    heatmap = dialog.heatmap
    items = heatmap.items()
    assert len(items) >= 2
    qtbot.mouseClick(heatmap, Qt.MouseButton.LeftButton, pos=heatmap.cell_rect(1, 0).center())
    wait_shown(qtbot, window)
    assert (window.shown.source, window.shown.ids) == ("library", (items[1].id, items[0].id))
    assert window.view.data.comparison.left.document.name == window.library_tab.library.article(items[1].id).title
    dialog.close()


def test_ctrl_i_imports_chosen_files_and_the_report_stays_viewable(make_window, qtbot, library_file, tmp_path,
                                                                   monkeypatch):
    good = tmp_path / "new.txt"
    good.write_text("Новая заметка о бюджете города.\nСовет утвердил расходы на дороги и школы.\n", encoding="utf-8")
    bad = tmp_path / "scan.txt"
    bad.write_bytes(b"\x00\x01\x02binary\x00" * 50)
    asked = []

    def fake_open(parent, caption, folder, filters):
        asked.append(filters)
        return [str(good), str(bad)], filters

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(fake_open))
    window = make_window(library_path=str(library_file))
    assert window.acts.import_files.shortcut().toString() == "Ctrl+I"
    assert not window.acts.import_report.isEnabled()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)  # shortcuts go to the active window
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert asked and "*.html" in asked[0] and "*.zip" in asked[0]
    assert window.tabs.library_is_current()
    qtbot.waitUntil(lambda: window.library.import_dialog is not None
                    and window.library.import_dialog.report is not None, timeout=30000)
    dialog = window.library.import_dialog
    assert dialog.report.added == 1 and len(dialog.report.errors) == 1
    assert len(dialog.error_rows()) == 1 and dialog.error_rows()[0][0].endswith("scan.txt")
    panel = window.library_tab.panel
    qtbot.waitUntil(lambda: panel.model.rowCount() == 4)  # the panel refreshed
    assert "1 article added" in window.statusBar().currentMessage()
    dialog.close()
    assert window.acts.import_report.isEnabled()
    again = window.library.show_import_report()
    assert "scan.txt" in again.error_rows()[0][0] and "binary" in again.error_rows()[0][1]
    assert again.heading.text() == "The last import into the library"
    again.close()


def test_drops_on_the_library_tab_import_and_on_open_texts_open(make_window, qtbot, library_file, tmp_path):
    one = tmp_path / "one.txt"
    one.write_text("Первая заметка о мосте через реку.\nМост откроют весной.\n", encoding="utf-8")
    two = tmp_path / "two.txt"
    two.write_text("Вторая заметка о больнице.\nБольницу достроят к осени.\n", encoding="utf-8")
    window = make_window(library_path=str(library_file))
    panel = open_library(qtbot, window)
    # a drop on the Library tab itself
    event = _drop(window.library_tab, [one])
    assert event.isAccepted()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 4, timeout=30000)
    window.library.import_dialog.close()
    # a drop on the comparison goes there whichever tab is current (tests/ui/test_window_usability.py)
    assert window.tabs.library_is_current()
    _drop(window, [one, two])
    qtbot.waitUntil(lambda: len(window.open_texts.model) == 2, timeout=10000)
    assert panel.model.rowCount() == 4 and not window.tabs.library_is_current()


def test_session_brings_back_the_library_tab_and_pair(make_window, qtbot, library_file):
    ids = ids_by_file(library_file)
    window = make_window(library_path=str(library_file))
    open_library(qtbot, window)
    pair = (ids["variant.txt"], ids["001_1d3a09f0e9c6fa03.txt"])
    assert window.library.compare_articles(*pair)
    wait_shown(qtbot, window)
    window.close()

    again = make_window(library_path=str(library_file))
    again.restore_session([])
    assert again.tabs.library_is_current()
    qtbot.waitUntil(lambda: again.shown is not None and (again.shown.source, again.shown.ids) == ("library", pair), timeout=20000)
    wait_shown(qtbot, again)
    assert again.view.data.comparison.right.document.path.endswith("001_1d3a09f0e9c6fa03.txt")
    # versions share a title, so a pane's heading starts with where the article comes from
    assert again.view.left_title.toolTip().startswith("Left: variant.txt — ")
    # the samples are still in "Open texts", but not compared over the library pair
    assert len(again.open_texts.model) == 2 and again.shown.source == "library"


def test_a_library_that_cannot_be_opened_is_reported_not_fatal(make_window, qtbot, tmp_path):
    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(b"this is not a database" * 100)
    window = make_window(library_path=str(broken))
    window.restore_session([])
    wait_shown(qtbot, window)
    window.tabs.show_library()
    qtbot.waitUntil(lambda: window.library_tab.state == "failed", timeout=20000)
    assert any("broken.sqlite3" in m for m in window.message_bar.messages())
    assert window.library_tab.retry.isVisible()
    assert "could not be opened" in window.library_tab.message.text()
    assert window.view.data is not None  # the comparison shown is untouched


def test_a_window_that_never_shows_the_library_never_loads_it():
    """The library (numpy, datasketch, SQLite) is loaded when its tab is first shown, not at start."""
    import subprocess
    import sys

    code = ("import os; os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
            "import reader.ui\n"
            "from PySide6.QtWidgets import QApplication\n"
            "app = QApplication([])\n"
            "import tempfile\n"
            "from reader.ui.window.mainwindow import MainWindow\n"
            "from reader.ui.common.settings import Settings\n"
            "d = tempfile.mkdtemp()\n"
            "w = MainWindow(Settings(d), library_path=d + '/lib.sqlite3'); w.show(); app.processEvents()\n"
            "import sys\n"
            "print(' '.join(m for m in sys.modules if m.split('.')[0] in ('numpy', 'datasketch', 'trafilatura')"
            " or m in ('reader.library.library', 'reader.ui.library.panel')))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parents[2])
    assert out.stdout.split() == []
