"""View ▸ Inline View (Ctrl+Alt+I), driven through the real window: one column with the newer
version's text and the older one's removed words struck through in place; toggling back
restores the two panes; the choice is remembered."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from reader.ui.common.colours import accent, tint
from reader.ui.common.settings import Settings
from tests.present.test_inline import NEW, OLD

INLINE_TEXT = ("Город ждёт. Мэр открыл новыйстарый мост вчера. Погода была плохой. "
               "Строители довольны. Работы закончены.")


@pytest.fixture
def open_pair(compare_texts):
    return lambda: compare_texts(OLD, NEW)


def _format_of(edit, word):
    start = edit.toPlainText().index(word)
    cursor = QTextCursor(edit.document())
    cursor.setPosition(start + 1)  # the format of the character before the cursor: inside the word
    return cursor.charFormat()


def _toggle(window, qtbot):
    window.view.right.setFocus()
    qtbot.keyClick(window.view.right if window.view.right.isVisible() else window.view.inline, Qt.Key.Key_I,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)


def test_the_inline_view_shows_the_old_words_struck_through_in_place(open_pair, qtbot):
    window = open_pair()
    view = window.view
    assert not view.inline.isVisible() and view.left.isVisible()
    _toggle(window, qtbot)
    assert window.acts.inline_view.isChecked()
    assert view.inline.isVisible()
    assert not any(w.isVisible() for w in (view.left, view.right, view.strip, view.left_bar, view.right_bar))
    inline = view.inline
    assert inline.toPlainText() == INLINE_TEXT
    palette = inline.palette()
    removed = _format_of(inline, "новый")
    assert removed.fontStrikeOut() and removed.foreground().color() == accent(palette, "removed")
    sentence = _format_of(inline, "Погода была плохой.")
    assert sentence.fontStrikeOut() and sentence.foreground().color() == accent(palette, "removed")
    added = _format_of(inline, "старый")
    assert not added.fontStrikeOut() and added.background().color() == tint(palette, "added")
    assert _format_of(inline, "Работы").background().color() == tint(palette, "added")
    moved = _format_of(inline, "Город ждёт.")
    assert moved.background().color() == tint(palette, "moved", "sentence") and not moved.fontStrikeOut()
    plain = _format_of(inline, "Строители")
    assert not plain.fontStrikeOut() and plain.background().style() == Qt.BrushStyle.NoBrush

    _toggle(window, qtbot)  # back to side by side
    assert not window.acts.inline_view.isChecked()
    assert not inline.isVisible()
    assert all(w.isVisible() for w in (view.left, view.right, view.strip, view.left_bar, view.right_bar))


def test_the_choice_is_remembered(open_pair, qtbot, make_window):
    window = open_pair()
    window.acts.inline_view.trigger()
    assert window.settings.get("inline_view") is True
    window.close()  # saves the settings
    assert Settings().get("inline_view") is True
    again = make_window()
    assert again.acts.inline_view.isChecked() and not again.view.inline.isHidden() and again.view.left.isHidden()
    again.acts.inline_view.trigger()
    assert again.settings.get("inline_view") is False


def test_the_settings_check_the_value():
    from reader.ui.common.settings import valid_settings

    kept, ignored = valid_settings({"inline_view": "yes"})
    assert ignored == ["inline_view"] and "inline_view" not in kept


def test_inline_view_in_russian(russian, open_pair, qtbot):
    window = open_pair()
    assert window.acts.inline_view.text() == "Исправления &в тексте"  # Alt+В: И is Reset Zoom's
    window.acts.inline_view.trigger()
    assert window.view.inline.accessibleName() == "Исправления в тексте"
