"""The library panel as a new reader meets it: a Title column that takes the room, search
snippets, a hint in an empty library, group sizes in words, Ctrl+F left to the window, and
names for screen readers — in English and in Russian."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLabel, QLineEdit, QTableView, QWidget

from reader.library import Library, import_paths
from reader.ui.library.model import SNIPPET_ROLE, plain_snippet, snippet_parts
from reader.ui.library.panel import LibraryPanel, group_size_text

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"
SHOTS = Path("/tmp/versus-library-shots")


def make_library(tmp_path, files: dict[str, str]) -> Library:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    library = Library(tmp_path / "lib.sqlite3")
    if files:
        report = import_paths(library, [str(folder)])
        assert report.added == len(files) and not report.errors
    return library


PLAIN = {
    "budget.txt": "Городской совет утвердил бюджет на следующий год.\nРасходы на дороги и школы выросли.\n",
    "bridge.txt": "The council voted to repair the old bridge over the river before the winter floods.\n"
                  "The mayor said the work would start in May.\n",
    "school.txt": "Новая школа откроется в сентябре.\nВ ней будут учиться восемьсот детей.\n",
}


def show_panel(qtbot, library: Library, width: int, height: int = 500) -> LibraryPanel:
    panel = LibraryPanel(library)
    qtbot.addWidget(panel)
    panel.resize(width, height)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def widths(panel: LibraryPanel) -> dict[int, int]:
    table = panel.table
    return {c: table.columnWidth(c) for c in range(panel.model.columnCount()) if not table.isColumnHidden(c)}


@pytest.mark.parametrize("width", [1000, 400])
def test_title_is_the_widest_column_and_empty_source_and_date_are_hidden(qtbot, tmp_path, width):
    library = make_library(tmp_path, PLAIN)
    panel = show_panel(qtbot, library, width)
    assert panel.table.isColumnHidden(1) and panel.table.isColumnHidden(2)  # plain texts: no outlet, no date
    shown = widths(panel)
    assert sorted(shown) == [0, 3, 4]
    assert shown[0] == max(shown.values()) and shown[0] > 2 * max(shown[3], shown[4])
    SHOTS.mkdir(exist_ok=True)
    panel.grab().save(str(SHOTS / f"plain_{width}.png"))
    library.close()


@pytest.mark.parametrize("width", [1000, 400])
def test_title_stays_the_widest_with_every_column_shown(qtbot, tmp_path, width):
    files = dict(PLAIN)
    files["page.html"] = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>Мост отремонтируют</title>'
                          '<meta property="og:site_name" content="Вестник">'
                          '<meta property="article:published_time" content="2021-03-01"></head><body><article>'
                          "<h1>Мост отремонтируют</h1><p>Совет решил отремонтировать мост до зимы.</p>"
                          "<p>Работы начнутся в мае.</p></article></body></html>")
    library = make_library(tmp_path, files)
    panel = show_panel(qtbot, library, width)
    shown = widths(panel)
    assert sorted(shown) == [0, 1, 2, 3, 4]
    assert shown[0] == max(shown.values())
    assert sum(shown.values()) <= panel.table.viewport().width()  # no horizontal scrolling
    panel.resize(1000 if width == 400 else 400, 500)  # the panel resized: the columns follow
    qtbot.waitUntil(lambda: widths(panel)[0] == max(widths(panel).values()))
    assert sum(widths(panel).values()) <= panel.table.viewport().width()
    library.close()


def test_the_hint_shows_only_in_an_empty_library(qtbot, tmp_path):
    library = make_library(tmp_path, {})
    panel = show_panel(qtbot, library, 700)
    hint = panel.empty_hint
    assert hint.isVisible()
    assert hint.text() == ("The library is empty. Drop files, folders or zip archives here, "
                           "or choose File ▸ Import into Library… (Ctrl+I)")
    assert panel.table.viewport().rect().contains(hint.geometry())
    SHOTS.mkdir(exist_ok=True)
    panel.grab().save(str(SHOTS / "empty.png"))
    folder = tmp_path / "more"
    folder.mkdir()
    (folder / "one.txt").write_text(PLAIN["budget.txt"], encoding="utf-8")
    assert import_paths(library, [str(folder)]).added == 1
    panel.refresh()
    assert panel.model.rowCount() == 1 and not hint.isVisible()
    library.close()


def test_the_hint_is_not_shown_when_a_search_finds_nothing(qtbot, tmp_path):
    library = make_library(tmp_path, PLAIN)
    panel = show_panel(qtbot, library, 700)
    assert not panel.empty_hint.isVisible()
    panel.search.setText("жираф")
    panel.apply_search()
    assert panel.model.rowCount() == 0 and not panel.empty_hint.isVisible()
    library.close()


def test_the_hint_in_russian(qtbot, tmp_path, russian):
    library = make_library(tmp_path, {})
    panel = show_panel(qtbot, library, 700)
    assert panel.empty_hint.text() == ("Библиотека пуста. Перетащите сюда файлы, папки или zip-архивы "
                                       "или выберите Файл ▸ Импорт в библиотеку… (Ctrl+I)")
    library.close()


def test_a_search_shows_where_the_words_were_found(qtbot, tmp_path):
    library = make_library(tmp_path, PLAIN)
    panel = show_panel(qtbot, library, 900)
    height_before = panel.table.rowHeight(0)
    assert panel.model.index(0, 0).data(SNIPPET_ROLE) == ""  # no search: no snippet, one line
    QTest.keyClicks(panel.search, "bridge")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    index = panel.model.index(0, 0)
    assert index.data() == "The council voted to repair the old bridge over the river before the winter floods."
    marked = index.data(SNIPPET_ROLE)
    assert plain_snippet(marked) == "The council voted to repair the old bridge over the river before…"
    assert snippet_parts(marked) == [("The council voted to repair the old ", False), ("bridge", True),
                                     (" over the river before…", False)]
    assert plain_snippet(marked) in index.data(Qt.ItemDataRole.ToolTipRole)
    assert panel.table.rowHeight(0) > height_before  # the snippet's own line
    SHOTS.mkdir(exist_ok=True)
    panel.grab().save(str(SHOTS / "snippet.png"))
    panel.search.clear()
    panel.apply_search()
    assert panel.model.rowCount() == 3 and panel.model.index(0, 0).data(SNIPPET_ROLE) == ""
    assert panel.table.rowHeight(0) == height_before
    library.close()


def test_a_russian_prefix_search_marks_the_inflected_word(qtbot, tmp_path):
    library = make_library(tmp_path, PLAIN)
    panel = show_panel(qtbot, library, 900)
    for ch in "школ":  # as typed: the last word is a prefix
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(panel.search, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2)
    snippets = sorted(snippet_parts(panel.model.index(r, 0).data(SNIPPET_ROLE)) for r in range(2))
    assert [[text for text, matched in parts if matched] for parts in snippets] == [["школа"], ["школы"]]
    library.close()


def test_group_sizes_name_outlets_only_when_known(russian):
    assert group_size_text(2, 0) == "2 версии"
    assert group_size_text(5, 3) == "5 версий, 3 издания"
    assert group_size_text(21, 1) == "21 версия, 1 издание"


def test_group_sizes_in_english():
    assert group_size_text(2, 0) == "2 versions"
    assert group_size_text(5, 3) == "5 versions, 3 outlets"
    assert group_size_text(1, 1) == "1 version, 1 outlet"


def test_plain_text_versions_say_no_outlets_in_the_group_list(qtbot, tmp_path):
    text = (SAMPLES / "000_3cc47a45235a47aa.txt").read_text(encoding="utf-8")
    library = make_library(tmp_path, {"a.txt": text, "b.txt": text.replace("президент", "глава государства", 1)})
    panel = show_panel(qtbot, library, 900)
    assert panel.groups.count() == 2
    assert panel.groups.itemText(1).startswith("2 versions — Энтузиасты")
    library.close()


def test_ctrl_f_is_left_to_the_window_and_focus_search_selects_the_query(qtbot, tmp_path):
    library = make_library(tmp_path, PLAIN)
    panel = show_panel(qtbot, library, 700)
    keys = [a.shortcut().toString() for a in panel.findChildren(type(panel.compare_action))]
    assert "Ctrl+F" not in keys
    panel.search.setText("school")
    panel.table.setFocus()
    qtbot.waitUntil(panel.table.hasFocus)
    panel.focus_search()
    qtbot.waitUntil(panel.search.hasFocus)
    assert panel.search.selectedText() == "school"
    library.close()


def _reached(panel: LibraryPanel) -> list[QWidget]:
    """The panel's own widgets a person reaches (not the parts Qt builds inside a table or a combo)."""
    def inside_a_compound(widget: QWidget) -> bool:
        parent = widget.parentWidget()
        while parent is not None and parent is not panel:
            if isinstance(parent, (QComboBox, QLineEdit, QTableView)) and widget is not panel.empty_hint:
                return True
            parent = parent.parentWidget()
        return False

    kinds = (QLineEdit, QComboBox, QTableView, QAbstractButton, QLabel)
    found = [w for w in panel.findChildren(QWidget) if isinstance(w, kinds) and not inside_a_compound(w)]
    assert len(found) >= 9
    return found


def _assert_named(panel: LibraryPanel) -> dict[str, str]:
    named = {}
    for widget in _reached(panel):
        assert widget.accessibleName(), type(widget).__name__
        named[widget.accessibleName()] = widget.accessibleDescription()
    for widget in (panel.search, panel.groups, panel.collections, panel.table, panel.status,
                   panel.compare_button, panel.matrix_button, panel.import_button):
        assert widget.accessibleName() and widget.accessibleDescription()
    return named


def test_every_widget_of_the_panel_has_a_name(qtbot, tmp_path):
    library = make_library(tmp_path, PLAIN)
    panel = show_panel(qtbot, library, 700)
    named = _assert_named(panel)
    assert named["Search the library"].startswith("Words, ")
    assert panel.table.accessibleName() == "Library articles"
    library.close()


def test_every_widget_of_the_panel_has_a_russian_name(qtbot, tmp_path, russian):
    library = make_library(tmp_path, PLAIN)
    panel = show_panel(qtbot, library, 700)
    named = _assert_named(panel)
    assert panel.search.accessibleName() == "Поиск по библиотеке"
    assert panel.table.accessibleName() == "Статьи библиотеки"
    assert all(not any("a" <= ch.lower() <= "z" for ch in name) for name in named)
    library.close()


def test_the_tab_opens_the_library_and_focuses_its_search(qtbot, tmp_path):
    from reader.ui.library.tab import LibraryTab

    make_library(tmp_path, PLAIN).close()
    tab = LibraryTab(tmp_path / "lib.sqlite3")
    qtbot.addWidget(tab)
    tab.resize(600, 400)
    tab.show()
    qtbot.waitExposed(tab)
    tab.focus_search()
    qtbot.waitUntil(lambda: tab.state == "open", timeout=15000)
    qtbot.waitUntil(tab.panel.search.hasFocus)
    tab.close_library()
