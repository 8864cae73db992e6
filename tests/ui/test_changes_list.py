"""The Changes list (View ▸ Changes List, Alt+4), driven through the real window: one row per
change stop, a row chosen goes there in both panes, Alt+Up/Down moves the list's row."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.present.test_changes import LEFT, RIGHT

ROWS = [
    ["changed", "1", "1", "методы → меры"],
    ["changed", "2", "2", "−прежде всего"],
    ["moved", "3", "4", "Погода была хорошей."],
    ["removed", "4", "—", "−Старый парк закроют на ремонт."],
    ["changed", "6", "5", "+По его словам"],
    ["added", "—", "6", "+В городе построят каток."],
]


@pytest.fixture
def open_pair(compare_texts):
    def open_it():
        window = compare_texts(LEFT, RIGHT)
        assert window.view.data.comparison.left.document.text == LEFT
        return window
    return open_it


def _show_list(window, qtbot):
    window.view.left.setFocus()
    qtbot.keyClick(window.view.left, Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.changes_list.tree.isVisible() and window.changes_list.tree.hasFocus())


def test_one_row_per_change_in_order(open_pair, qtbot):
    window = open_pair()
    assert window.changes_dock.isHidden()  # until asked for
    _show_list(window, qtbot)
    assert window.changes_list.rows() == ROWS
    assert window.changes_dock.windowTitle() == "Changes (6)"
    assert window.acts.changes_panel.isChecked()
    assert len(window.view.changes()) == len(ROWS)


def test_clicking_a_row_goes_to_that_change_in_both_panes(open_pair, qtbot):
    window = open_pair()
    _show_list(window, qtbot)
    view, tree = window.view, window.changes_list.tree
    with qtbot.waitSignal(view.current_changed) as moved:
        qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton,
                         pos=tree.visualItemRect(tree.topLevelItem(2)).center())
    assert moved.args == [2, 6]
    assert view.current_index() == 2
    change = view.changes()[2]
    assert change.kind == "moved"
    assert view.left.mark("current") == change.left and view.right.mark("current") == change.right
    # Enter on another row goes there too
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Down)  # the arrow keys choose as they move
    assert view.current_index() == 3
    window.changes_list.select_change(5)  # the row made current without going there (as Alt+4 does)
    assert view.current_index() == 3
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert view.current_index() == 5


def test_next_and_previous_change_move_the_lists_row(open_pair, qtbot):
    window = open_pair()
    _show_list(window, qtbot)
    view, lst = window.view, window.changes_list
    view.left.setFocus()
    qtbot.keyClick(view.left, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert view.current_index() == 0 and lst.current_change() == 0
    qtbot.keyClick(view.left, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(view.left, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert view.current_index() == 2 and lst.current_change() == 2
    qtbot.keyClick(view.left, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert lst.current_change() == 1
    assert [i.row() for i in lst.tree.selectionModel().selectedRows()] == [1]
    qtbot.keyClick(view.left, Qt.Key.Key_End, Qt.KeyboardModifier.AltModifier)  # Last Change
    assert lst.current_change() == 5


def test_alt_4_from_the_list_closes_it(open_pair, qtbot):
    window = open_pair()
    _show_list(window, qtbot)
    qtbot.keyClick(window.changes_list.tree, Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)
    assert window.changes_dock.isHidden() and not window.acts.changes_panel.isChecked()
    assert not window.quotes_dock.isHidden()  # the Quotes list stays


def test_the_list_is_a_tab_beside_the_quotes_and_the_tabs_have_a_name(open_pair, qtbot):
    from PySide6.QtWidgets import QTabBar

    window = open_pair()
    assert [b for b in window.findChildren(QTabBar) if b.parentWidget() is window and b.isVisible()] == []
    _show_list(window, qtbot)
    assert window.tabifiedDockWidgets(window.changes_dock) == [window.quotes_dock]

    def bars():
        return [b for b in window.findChildren(QTabBar) if b.parentWidget() is window and b.isVisible()]

    qtbot.waitUntil(lambda: len(bars()) == 1)
    (bar,) = bars()
    assert [bar.tabText(i) for i in range(bar.count())] == ["Quotes", "Changes (6)"]
    assert bar.accessibleName() == "Lists under the comparison"
    qtbot.keyClick(window.changes_list.tree, Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)
    assert bar.accessibleName() == "Lists under the comparison"  # the bar left with one tab too


def test_the_list_in_russian(russian, open_pair, qtbot):
    window = open_pair()
    _show_list(window, qtbot)
    lst = window.changes_list
    assert [row[0] for row in lst.rows()] == ["изменено", "изменено", "перемещено", "удалено", "изменено", "добавлено"]
    header = lst.tree.headerItem()
    assert [header.text(c) for c in range(4)] == ["Изменение", "Слева", "Справа", "Изменённые слова"]
    assert window.changes_dock.windowTitle() == "Изменения (6)"
    assert window.acts.changes_panel.text() == "Список и&зменений"
    assert lst.tree.accessibleName() == "Изменения между двумя версиями"
