"""The main window as a person uses it: one name per option, toggles that read as toggles,
one Ctrl+F that follows the context, drops that go where they land, the side panel, navigation,
the shortcut list and accessible names."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint, QPointF, QRect, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel

from reader.core.options import OPTION_SPECS
from tests.ui.conftest import wait_shown


def _plain(text: str) -> str:
    return text.replace("&", "").lower()


def test_each_option_has_one_name_in_the_menu_and_on_the_toolbar(samples_window, qtbot):
    window = samples_window
    acts = window.acts
    toolbar = acts.options_bar
    captions = {_plain(label.text().strip().rstrip(":")) for label in toolbar.findChildren(QLabel)
                if label.objectName() in ("ignoreCaption", "clutterCaption")}
    assert captions == {"ignore", "clutter"}
    boxes = acts.toggles
    shown = [spec.name for spec in OPTION_SPECS if spec.short]
    assert list(boxes) == [*shown, "show_boilerplate"]
    for name, box in boxes.items():
        act = acts.options.get(name, acts.show_boilerplate)
        menu_text = _plain(act.text())
        # the toolbar's word(s) stand in the menu's text, after the caption's word
        assert _plain(box.text()) in menu_text, (box.text(), act.text())
        assert menu_text.startswith("ignore") or "clutter" in menu_text
        assert box.accessibleName() == act.text().replace("&", "")
    assert [_plain(acts.options[n].text()) for n in ("yo_as_ye", "detect_boilerplate")] == \
        ["ignore ё/е", "detect clutter"]
    assert _plain(acts.show_boilerplate.text()) == "show clutter"


def test_the_toolbar_toggles_are_check_boxes_that_follow_the_options(samples_window, qtbot):
    window = samples_window
    acts = window.acts
    box = acts.toggles["ignore_punctuation"]
    assert isinstance(box, QCheckBox) and box.isVisible() and box.isEnabled()
    assert not box.isChecked() and not window.comparison.options.ignore_punctuation
    assert window.findChild(QLabel, "ignoreCaption").isEnabled()  # the caption does not look disabled
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert box.isChecked() and acts.options["ignore_punctuation"].isChecked()
    assert window.comparison.options.ignore_punctuation
    wait_shown(qtbot, window)
    acts.options["ignore_punctuation"].trigger()  # the menu item ticks the box off again
    assert not box.isChecked() and not window.comparison.options.ignore_punctuation
    show = acts.toggles["show_boilerplate"]
    qtbot.mouseClick(show, Qt.MouseButton.LeftButton)
    assert window.view.show_boilerplate and acts.show_boilerplate.isChecked()


# --- Ctrl+F -------------------------------------------------------------------------------------

def _empty_library(window, qtbot):
    window.tabs.show_library()
    qtbot.waitUntil(lambda: window.library_tab.state in ("open", "failed"), timeout=20000)
    assert window.library_tab.state == "open", window.library_tab.error
    return window.library_tab.panel


def test_one_ctrl_f_goes_to_the_library_search_or_the_find_bar_by_where_the_user_is(samples_window, qtbot):
    """(Qt warnings fail these tests: an ambiguous Ctrl+F would say so.)"""
    window = samples_window
    panel = _empty_library(window, qtbot)
    panel.table.setFocus()
    qtbot.waitUntil(lambda: panel.table.hasFocus())
    qtbot.keyClick(panel.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: panel.search.hasFocus())
    assert not window.find_bar.isVisible()
    # the Library tab current, the focus in a pane: the find bar
    window.view.right.setFocus()
    qtbot.waitUntil(lambda: window.view.right.hasFocus())
    qtbot.keyClick(window.view.right, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.find_bar.edit.hasFocus())
    assert window.find_bar.isVisible() and window.tabs.library_is_current()
    # the Open texts tab current: the find bar again, from the list
    window.find_bar.close_bar()
    window.tabs.show_open_texts()
    window.open_texts.table.setFocus()
    qtbot.waitUntil(lambda: window.open_texts.table.hasFocus())
    qtbot.keyClick(window.open_texts.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.find_bar.edit.hasFocus())
    assert not panel.search.hasFocus()


# --- drops by target -----------------------------------------------------------------------------

def _mime(paths):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def _drag(cls, pos, mime):
    args = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    try:
        return cls(QPointF(pos), *args)
    except TypeError:  # PySide6 before 6.12 takes a QPoint
        return cls(pos, *args)


def _drag_over(widget, paths):
    """A drag entering ``widget`` (at its middle) and moving over it, as Qt sends them."""
    mime = _mime(paths)
    pos = widget.rect().center()
    enter = _drag(QDragEnterEvent, pos, mime)
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    move = _drag(QDragMoveEvent, pos, mime)
    QApplication.sendEvent(widget, move)
    assert move.isAccepted()
    return mime, pos


def _drop_on(widget, paths):
    mime, pos = _drag_over(widget, paths)
    drop = _drag(QDropEvent, pos, mime)
    QApplication.sendEvent(widget, drop)
    assert drop.isAccepted()


def _texts(tmp_path, *names):
    paths = []
    for n, name in enumerate(names):
        path = tmp_path / name
        path.write_text(f"Заметка {n} о мосте через реку.\nМост откроют весной, сказал мэр {name}.\n",
                        encoding="utf-8")
        paths.append(path)
    return paths


def _framed(window):
    frame = window.drops.frame
    return frame.geometry() if frame.isVisible() else None


def test_two_files_dropped_on_a_pane_are_compared_even_with_the_library_tab_shown(samples_window, qtbot,
                                                                                   tmp_path):
    window = samples_window
    one, two = _texts(tmp_path, "one.txt", "two.txt")
    _empty_library(window, qtbot)
    pane = window.view.right.viewport()
    _drag_over(pane, [one, two])
    # while dragging: the pane is framed and the status bar says what the drop will do
    right = window.view.right
    assert _framed(window) == QRect(right.mapTo(window, QPoint(0, 0)), right.size())
    assert window.statusBar().currentMessage() == "Drop to compare these two (the first on the left)"
    _drop_on(pane, [one, two])
    assert not window.drops.frame.isVisible() and window.statusBar().currentMessage() == ""
    qtbot.waitUntil(lambda: window.shown is not None and window.shown.left.name == "one.txt", timeout=10000)
    assert window.shown.right.name == "two.txt"
    assert not window.tabs.library_is_current()
    assert window.library_tab.panel.model.rowCount() == 0  # nothing was imported


def test_one_file_dropped_on_a_pane_replaces_that_side_and_keeps_the_other(samples_window, qtbot, tmp_path):
    window = samples_window
    left_before, right_before = window.shown.left.name, window.shown.right.name
    (new,) = _texts(tmp_path, "new.txt")
    _drag_over(window.view.left.viewport(), [new])
    assert window.statusBar().currentMessage() == "Drop to show new.txt on the left, in place of the left side"
    _drop_on(window.view.left.viewport(), [new])
    qtbot.waitUntil(lambda: window.shown.left.name == "new.txt", timeout=10000)
    assert window.shown.right.name == right_before
    _drop_on(window.view.right.viewport(), [tmp_path / "new.txt"])  # the same text on the right: left stays
    (newer,) = _texts(tmp_path, "newer.txt")
    _drop_on(window.view.right.viewport(), [newer])
    qtbot.waitUntil(lambda: window.shown.right.name == "newer.txt", timeout=10000)
    assert window.shown.left.name == "new.txt"
    assert sorted(i.name for i in window.open_texts.model.items()) == sorted([left_before, right_before, "new.txt",
                                                                             "newer.txt"])


def test_a_drop_on_open_texts_adds_and_on_the_library_imports_whatever_tab_is_shown(samples_window, qtbot,
                                                                                       tmp_path):
    window = samples_window
    shown = window.shown
    one, two = _texts(tmp_path, "one.txt", "two.txt")
    panel = _empty_library(window, qtbot)
    _drag_over(window.library_tab, [one])
    assert _framed(window) == QRect(window.library_tab.mapTo(window, QPoint(0, 0)), window.library_tab.size())
    assert window.statusBar().currentMessage() == "Drop to import into the library"
    _drop_on(window.library_tab, [one])
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=30000)
    window.library.import_dialog.close()
    assert not window.drops.frame.isVisible()
    # the Open texts list, reached through its tab while the Library is shown
    bar = window.tabs.tabBar()
    tab_pos = bar.tabRect(0).center()
    mime = _mime([two])
    QApplication.sendEvent(bar, _drag(QDragEnterEvent, tab_pos, mime))
    QApplication.sendEvent(bar, _drag(QDragMoveEvent, tab_pos, mime))
    assert not window.tabs.library_is_current()  # hovering over a tab shows it
    assert window.statusBar().currentMessage() == "Drop to add to Open texts"
    _drop_on(window.open_texts.table.viewport(), [two])
    qtbot.waitUntil(lambda: "two.txt" in [i.name for i in window.open_texts.model.items()], timeout=10000)
    assert window.shown == shown and panel.model.rowCount() == 1


# --- the command line's pair ---------------------------------------------------------------------

def test_the_command_lines_pair_is_shown_with_its_tab_even_when_the_library_tab_was_last(make_window, qtbot,
                                                                                          tmp_path):
    from reader.ui.common.settings import Settings

    one, two = _texts(tmp_path, "one.txt", "two.txt")
    settings = Settings()
    settings.set_session([], [], tab="library", library_pair=[1, 2])
    settings.save()
    window = make_window()
    window.restore_session([str(one), str(two)])
    qtbot.waitUntil(lambda: window.shown is not None and window.shown.left.name == "one.txt", timeout=10000)
    wait_shown(qtbot, window)
    assert window.shown.source == "files" and window.shown.right.name == "two.txt"
    assert window.tabs.currentWidget() is window.open_texts
    assert [i.name for i in window.open_texts.model.items()] == ["one.txt", "two.txt"]
    # without files given, the Library tab comes back as it was
    settings.set_session([], [], tab="library")
    settings.save()
    again = make_window()
    again.restore_session([])
    assert again.tabs.library_is_current()


# --- the side panel --------------------------------------------------------------------------------

def test_a_narrow_window_gives_the_side_panel_at_most_a_third_and_f9_hides_it_and_it_stays_hidden(
        make_window, qtbot):
    window = make_window(size=(900, 700))
    window.restore_session([])
    wait_shown(qtbot, window)
    side = window.splitter.sizes()[0]
    assert 0 < side <= 0.3 * 900 and window.tabs.isVisible()
    assert window.acts.side_panel.isChecked() and window.acts.side_panel.shortcut().toString() == "F9"
    assert window.acts.side_panel in window.menuBar().actions()[2].menu().actions()  # View
    left_width = window.view.left.width()
    window.view.left.setFocus()
    qtbot.keyClick(window.view.left, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: window.splitter.sizes()[0] == 0)
    assert window.splitter.sizes()[0] == 0 and not window.acts.side_panel.isChecked()
    qtbot.waitUntil(lambda: window.view.left.width() > left_width + side // 3)
    window.close()  # remembered
    again = make_window(size=(900, 700))
    again.restore_geometry()
    again.restore_session([])
    wait_shown(qtbot, again)
    assert again.splitter.sizes()[0] == 0 and not again.acts.side_panel.isChecked()
    again.acts.side_panel.trigger()  # View ▸ Side Panel brings it back, no wider than its share
    qtbot.waitUntil(lambda: again.splitter.sizes()[0] > 0)
    assert again.acts.side_panel.isChecked() and 0 < again.splitter.sizes()[0] <= 0.3 * 900


def test_dragging_the_splitter_handle_to_the_edge_folds_the_side_panel(samples_window, qtbot):
    window = samples_window
    handle = window.splitter.handle(1)
    start = handle.rect().center()
    qtbot.mousePress(handle, Qt.MouseButton.LeftButton, pos=start)
    edge = handle.mapFromGlobal(window.splitter.mapToGlobal(QPoint(0, start.y())))
    qtbot.mouseMove(handle, edge)
    qtbot.mouseRelease(handle, Qt.MouseButton.LeftButton, pos=edge)
    qtbot.waitUntil(lambda: window.splitter.sizes()[0] == 0)
    assert not window.acts.side_panel.isChecked()
    window.acts.side_panel.trigger()
    qtbot.waitUntil(lambda: window.splitter.sizes()[0] > 0)
    assert window.splitter.sizes()[0] >= 160


# --- navigation and the shortcut list --------------------------------------------------------------

def test_first_and_last_change_by_alt_home_and_alt_end_while_ctrl_end_still_moves_the_cursor(samples_window,
                                                                                              qtbot):
    window = samples_window
    view, acts = window.view, window.acts
    count = len(view.changes())
    assert count > 2
    view_menu = window.menuBar().actions()[2].menu().actions()
    assert view_menu.index(acts.first) < view_menu.index(acts.prev) < view_menu.index(acts.next) < \
        view_menu.index(acts.last)
    pane = view.left
    pane.setFocus()
    qtbot.waitUntil(pane.hasFocus)
    qtbot.keyClick(pane, Qt.Key.Key_End, Qt.KeyboardModifier.AltModifier)
    assert view.current_index() == count - 1
    assert window.comparison.change_label.text() == f"change {count} of {count}"
    assert not acts.last.isEnabled() and not acts.next.isEnabled() and acts.first.isEnabled()
    qtbot.keyClick(pane, Qt.Key.Key_Home, Qt.KeyboardModifier.AltModifier)
    assert view.current_index() == 0 and not acts.first.isEnabled() and acts.last.isEnabled()
    # Ctrl+End is the text cursor's: to the end of the pane's text, the current change stays
    qtbot.keyClick(pane, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert pane.textCursor().atEnd() and view.current_index() == 0


def test_help_lists_every_command_with_a_key_from_the_actions_themselves(samples_window, qtbot):
    window = samples_window
    help_menu = window.menuBar().actions()[-1].menu()
    assert help_menu.actions()[0] is window.acts.shortcuts
    dialog = window.acts.show_shortcuts()
    qtbot.waitExposed(dialog)
    rows = dialog.rows()
    assert ("Find", "Ctrl+F", "Edit") in rows
    assert ("First Change", "Alt+Home", "View") in rows and ("Last Change", "Alt+End", "View") in rows
    assert ("Side Panel", "F9", "View") in rows
    assert ("Zoom In", "Ctrl++, Ctrl+=", "View") in rows
    assert ("Open Texts", "Alt+1", "(no menu)") in rows
    with_keys = {a.text().replace("&", "").rstrip("…") for a in window.actions() if not a.shortcut().isEmpty()}
    assert {r[0] for r in rows} >= with_keys
    assert len(rows) == len({r[0] for r in rows})  # each command once
    assert dialog.table.accessibleName() == "Keyboard shortcuts"
    dialog.close()


# --- accessible names ----------------------------------------------------------------------------

def _path(widget, window) -> str:
    names = []
    while widget is not None and widget is not window:
        names.append(widget.objectName() or type(widget).__name__)
        widget = widget.parentWidget()
    return "/".join(reversed(names))


def test_every_widget_a_person_reaches_has_an_accessible_name(samples_window, qtbot, capsys):
    """Every visible widget that takes the focus, with the find bar open and in the Library tab
    too, has an accessible name: a screen reader can say what each one is."""
    from PySide6.QtWidgets import QWidget

    window = samples_window
    window.find_bar.open_bar()
    _empty_library(window, qtbot)
    window.tabs.show_open_texts()
    reached = [w for w in window.findChildren(QWidget)
               if w.isVisible() and w.focusPolicy() != Qt.FocusPolicy.NoFocus]
    window.tabs.show_library()
    reached += [w for w in window.library_tab.findChildren(QWidget)
                if w.isVisible() and w.focusPolicy() != Qt.FocusPolicy.NoFocus]
    assert len(reached) > 15
    missing = [w for w in reached if not w.accessibleName()]
    assert sorted({_path(w, window) for w in missing}) == []
    for widget in (window.tabs, window.tabs.tabBar(), window.open_texts.table, window.open_texts.filter_edit,
                   window.acts.toolbar, window.statusBar(), window.open_texts.load_cancel):
        assert widget.accessibleName(), _path(widget, window)
    assert window.open_texts.table.accessibleName() == "Open texts"
    assert window.open_texts.filter_edit.accessibleName() == "Filter open texts"


def test_on_a_narrow_window_the_option_toggles_go_below_instead_of_behind_the_overflow(make_window, qtbot):
    window = make_window(size=(900, 700))
    window.restore_session([])
    wait_shown(qtbot, window)
    acts = window.acts
    assert window.toolBarBreak(acts.options_bar)
    for name, box in acts.toggles.items():
        assert box.isVisible(), name
        right = box.mapTo(window, QPoint(box.width(), 0)).x()
        assert right <= window.width(), name
    assert acts.options_bar.y() > acts.toolbar.y()
    window.resize(1600, 700)
    qtbot.waitUntil(lambda: not window.toolBarBreak(acts.options_bar))
    qtbot.waitUntil(lambda: acts.options_bar.y() == acts.toolbar.y())
    assert all(box.isVisible() for box in acts.toggles.values())


def test_the_status_summary_is_shortened_not_run_under_the_legend(make_window, qtbot):
    window = make_window(size=(900, 700))
    window.restore_session([])
    wait_shown(qtbot, window)
    summary, change = window.comparison.summary, window.comparison.change_label
    qtbot.waitUntil(lambda: summary.width() > 0 and change.isVisible())
    full = summary.text()
    assert full.startswith("Similarity ") and "quotes: 3" in full
    shown = summary.shown_text()
    assert shown.endswith("…") and full.startswith(shown[:-1].rstrip())  # too long for 900 px
    assert summary.toolTip() == full
    right_of_summary = summary.mapTo(window, QPoint(summary.width(), 0)).x()
    assert right_of_summary <= change.mapTo(window, QPoint(0, 0)).x()
    window.resize(2400, 700)
    qtbot.waitUntil(lambda: summary.shown_text() == full)
