"""The main window as a person uses it: one name per option, toggles that read as toggles,
one Ctrl+F that follows the context, drops that go where they land, the side panel, navigation,
the shortcut list and accessible names."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel

from reader.core.options import OPTION_SPECS
from tests.ui.conftest import wait_shown


def _plain(text: str) -> str:
    return text.replace("&", "").lower()


def test_each_option_has_one_name_in_the_menu_and_on_the_toolbar(samples_window, qtbot):
    window = samples_window
    acts = window.acts
    toolbar = acts.toolbar
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
