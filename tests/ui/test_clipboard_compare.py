"""File ▸ Compare Clipboard with Left Side: the clipboard's text is listed ("Clipboard HH:MM")
and compared with the left version shown, else with the first open text; an empty or
non-text clipboard is said so."""

from __future__ import annotations

import re

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication, QImage

from reader.ui.window.shown import FilesPair
from tests.ui.conftest import wait_shown

CLIP = "Первое предложение. Второе предложение изменилось."


def _clipboard_item(window):
    return next(it for it in window.files.model.items() if it.name.startswith("Clipboard"))


def test_the_clipboard_is_compared_with_the_left_version(samples_window, qtbot):
    window = samples_window
    left_before = window.comparison.shown.left_id
    count = len(window.files.model)
    QGuiApplication.clipboard().setText(CLIP)
    window.acts.compare_clipboard.trigger()
    wait_shown(qtbot, window)

    assert len(window.files.model) == count + 1
    item = _clipboard_item(window)
    assert re.fullmatch(r"Clipboard \d\d:\d\d", item.name)
    shown = window.comparison.shown
    assert isinstance(shown, FilesPair) and shown.ids == (left_before, item.id)
    assert window.view.right.toPlainText() == CLIP
    assert window.view.data.comparison.right.document.text == CLIP


def test_with_nothing_shown_the_first_open_text(make_window, qtbot):
    window = make_window()
    first = window.files.add_samples()[0]
    assert window.comparison.shown is None
    QGuiApplication.clipboard().setText(CLIP)
    window.acts.compare_clipboard.trigger()
    wait_shown(qtbot, window)
    assert window.comparison.shown.ids == (first.id, _clipboard_item(window).id)


def test_an_empty_or_non_text_clipboard_is_said_so(samples_window, qtbot):
    window = samples_window
    shown, count = window.comparison.shown, len(window.files.model)
    QGuiApplication.clipboard().setText("  \n ")
    window.acts.compare_clipboard.trigger()
    assert window.statusBar().currentMessage() == "The clipboard holds no text to compare"
    window.statusBar().clearMessage()
    image = QImage(4, 4, QImage.Format.Format_RGB32)
    image.fill(0)
    data = QMimeData()
    data.setImageData(image)
    QGuiApplication.clipboard().setMimeData(data)
    window.acts.compare_clipboard.trigger()
    assert window.statusBar().currentMessage() == "The clipboard holds no text to compare"
    assert window.comparison.shown == shown and len(window.files.model) == count


def test_nothing_open_is_said_so(make_window):
    window = make_window()
    QGuiApplication.clipboard().setText(CLIP)
    window.acts.compare_clipboard.trigger()
    assert window.statusBar().currentMessage() == \
        "Open a text first: the clipboard is compared with the left version"
    assert len(window.files.model) == 0 and window.comparison.shown is None


def test_in_russian_the_item_is_named_in_russian(qapp, make_window, qtbot):
    from reader.ui.common.translator import install, uninstall

    installed = install(qapp, "ru")
    try:
        window = make_window()
        window.files.add_samples()
        QGuiApplication.clipboard().setText(CLIP)
        assert window.acts.compare_clipboard.text() == "Сравнить &буфер обмена с левой версией"
        window.acts.compare_clipboard.trigger()
        wait_shown(qtbot, window)
        names = [it.name for it in window.files.model.items()]
        assert any(re.fullmatch(r"Буфер обмена \d\d:\d\d", n) for n in names), names
    finally:
        uninstall(qapp, installed)
