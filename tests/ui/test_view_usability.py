"""The comparison view as people use it (issue 12): colours that tell find matches, moved text
and the current change apart, progress with Cancel for long comparisons, pane headers shortened
at a word, a similarity label that says what it measures, and accessible names."""

from __future__ import annotations

import re
from itertools import combinations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette

from reader.export.html_export import _CSS
from reader.ui.common.colours import ACCENTS, tint
from reader.ui.common.theme import dark_palette, light_palette
from reader.ui.compare.highlight import formats_for, mark_formats, outline_of


def _distance(a: QColor, b: QColor) -> int:
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue())


@pytest.mark.parametrize("palette", [light_palette(), dark_palette()], ids=["light", "dark"])
def test_find_matches_moved_text_and_the_current_change_have_their_own_colours(palette):
    marks = mark_formats(palette)
    spans = formats_for(palette)
    fills = {
        "find match": marks["find"].background().color(),
        "current match": marks["find current"].background().color(),
        "moved sentence": spans["moved", True].background().color(),
        "changed word": spans["changed", False].background().color(),
        "base": palette.color(QPalette.ColorRole.Base),
    }
    for (a, ca), (b, cb) in combinations(fills.items(), 2):
        assert _distance(ca, cb) > 40, (a, ca.name(), b, cb.name())
    # the current change is an outline (and a bar), no fill, so the change colours show through
    assert marks["current"].background().style() == Qt.BrushStyle.NoBrush
    change_outline = outline_of(marks["current"])
    match_outline = outline_of(marks["find current"])
    assert change_outline == palette.color(QPalette.ColorRole.Highlight)
    assert match_outline is not None and _distance(change_outline, match_outline) > 150
    # search colours are warm (yellow, orange), the moved one blue: not the same family
    assert fills["find match"].hueF() < 0.2 and fills["current match"].hueF() < 0.12
    assert 0.55 < fills["moved sentence"].hueF() < 0.7


def test_the_html_export_marks_moved_text_in_the_readers_blue():
    light, dark = _CSS.split("@media (prefers-color-scheme: dark)")
    for css, palette in ((light, light_palette()), (dark, dark_palette())):
        bg = re.search(r"--mv-bg: (#[0-9a-f]{6})", css).group(1)
        accent = re.search(r"--mv: (#[0-9a-f]{6})", css).group(1)
        assert bg == tint(palette, "moved", "sentence").name()
        assert accent == ACCENTS["moved"].name()


def _under(pane, offset: int) -> QColor:
    fmt = pane.char_format_at(offset)
    if fmt.background().style() == Qt.BrushStyle.NoBrush:
        return pane.palette().color(QPalette.ColorRole.Base)
    return fmt.background().color()


def _multiplied(a: QColor, b: QColor) -> QColor:
    return QColor(a.red() * b.red() // 255, a.green() * b.green() // 255, a.blue() * b.blue() // 255)


def _painted_in(pane, start: int, end: int) -> list[QColor]:
    image = pane.viewport().grab().toImage()
    ratio = image.devicePixelRatio()
    out = []
    for r in pane.line_rects(start, end):
        for x in range(int(r.left() * ratio) + 1, int(r.right() * ratio) - 1):
            for y in range(int(r.top() * ratio) + 1, int(r.bottom() * ratio) - 1):
                out.append(image.pixelColor(x, y))
    return out


def _shows(colours: list[QColor], want: QColor) -> bool:
    return sum(1 for c in colours if _distance(c, want) <= 6) > 20


def test_the_panes_paint_the_find_colours(samples_window, qtbot):
    """On the light theme the search colours multiply what is under them (the text stays dark)."""
    window = samples_window
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.find_bar.edit, "nur otan")
    side, start, end = window.find_bar.matches[0]
    pane = window.view.left if side == "left" else window.view.right
    pane.scroll_to_offset(start, 0.3)
    marks = mark_formats(pane.palette())
    match = _multiplied(marks["find"].background().color(), _under(pane, start))
    current = _multiplied(marks["find current"].background().color(), _under(pane, start))
    colours = _painted_in(pane, start, end)
    assert _shows(colours, match) and not _shows(colours, current)
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Return)  # the first match becomes the current one
    pane.scroll_to_offset(start, 0.3)
    colours = _painted_in(pane, start, end)
    assert _shows(colours, current) and not _shows(colours, match)


def test_pane_headers_are_shortened_at_a_word_with_the_full_title_in_the_tool_tip(qtbot):
    from reader.core import Document
    from reader.ui.compare.view import CompareView

    view = CompareView()
    qtbot.addWidget(view)
    title = 'Left: Энтузиасты с "горящими" глазами вынуждены уступить место апатичным функционерам'
    view.set_documents(Document.from_text("a b c", "l.txt"), Document.from_text("a b d", "r.txt"), title, "Right: x")
    for width in (700, 900, 1000, 1200):
        view.resize(width, 400)
        view.show()
        qtbot.waitUntil(lambda w=width: view.width() == w)
        label = view.left_title
        shown = label.text()
        assert label.toolTip() == title and label.full_text() == title
        assert shown.endswith("…") and len(shown) < len(title)
        kept = shown[:-1]
        assert title.startswith(kept) and title[len(kept)] in ' ,;:'  # the cut falls between words
        assert label.fontMetrics().horizontalAdvance(shown) <= label.contentsRect().width()
    view.resize(2400, 400)
    qtbot.waitUntil(lambda: view.left_title.text() == title)


def test_a_long_comparison_shows_its_stage_and_can_be_cancelled(qtbot):
    """Nothing here depends on how long the comparison takes: the test waits for the progress to
    show (a comparison of a megabyte runs for seconds, far past SHOW_AFTER_MS), then cancels."""
    from PySide6.QtCore import QCoreApplication, QThreadPool

    from bench.generate import make_pair
    from reader.core import Document, Options
    from reader.ui.compare.comparer import Comparer
    from reader.ui.compare.view import CompareView

    left_text, right_text = make_pair(2_000_000, 7)  # about 1 MB a side
    left, right = Document.from_text(left_text, "l.txt"), Document.from_text(right_text, "r.txt")
    pool = QThreadPool()
    view = CompareView()
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    comparer = Comparer(view, pool=pool)
    view.follow(comparer)
    comparer.ready.connect(view.show_data)
    progress = view.progress
    assert progress.isHidden()

    # a new pair, cancelled: its texts stay, without highlights, and the view says so
    view.set_documents(left, right, "Left: l", "Right: r")
    left_shown = view.left.toPlainText()
    assert len(left_shown) > 900_000
    comparer.start(left, right, Options())
    qtbot.waitUntil(progress.bar.isVisible, timeout=20000)
    assert progress.cancel_button.isVisible() and progress.bar.width() >= 320
    qtbot.waitUntil(lambda: progress.bar.value() > 0, timeout=20000)
    assert " — " in progress.bar.text() and progress.bar.text().endswith("%")
    qtbot.mouseClick(progress.cancel_button, Qt.MouseButton.LeftButton)
    assert not comparer.is_running()
    assert not progress.bar.isVisible() and not progress.cancel_button.isVisible()
    assert progress.message.isVisible() and "cancelled" in progress.message.text()
    assert view.data is None and view.left.toPlainText() == left_shown
    assert pool.waitForDone(20000)  # the job itself stopped: nothing is left running

    # compared in full, then compared again with other options and cancelled: the last result stays
    comparer.start(left, right, Options())
    qtbot.waitUntil(lambda: view.data is not None, timeout=120000)
    assert progress.isHidden()
    shown = view.data
    comparer.start(left, right, Options(ignore_punctuation=True))
    qtbot.waitUntil(progress.bar.isVisible, timeout=20000)
    qtbot.mouseClick(progress.cancel_button, Qt.MouseButton.LeftButton)
    assert progress.isHidden() and not comparer.is_running()
    assert view.data is shown and view.left.toPlainText() == left_shown
    assert pool.waitForDone(20000)
    QCoreApplication.processEvents()  # a dropped result's queued signal arrives: it must change nothing
    assert view.data is shown and progress.isHidden()


def _named_widgets(window) -> dict:
    view, bar = window.view, window.find_bar
    return {
        "left pane": view.left, "right pane": view.right, "link strip": view.strip,
        "left overview": view.left_bar, "right overview": view.right_bar,
        "left title": view.left_title, "right title": view.right_title,
        "find bar": bar, "find field": bar.edit, "previous match": bar.prev_button, "next match": bar.next_button,
        "match count": bar.count, "close find": bar.close_button,
        "quotes list": window.quotes_list, "quotes table": window.quotes_list.tree,
        "progress": view.progress, "progress bar": view.progress.bar, "cancel": view.progress.cancel_button,
    }


def _check_names(window) -> None:
    for what, widget in _named_widgets(window).items():
        name = widget.accessibleName()
        assert name.strip(), what
        if what not in ("left pane", "right pane"):  # those carry the (Russian) titles
            assert not re.search("[а-яё]", name, re.IGNORECASE), (what, name)
    for widget in (window.view.left, window.view.strip, window.view.left_bar, window.find_bar.edit,
                   window.quotes_list.tree, window.view.progress.cancel_button):
        assert widget.accessibleDescription().strip(), widget.objectName()


def test_the_view_has_accessible_names_in_english(samples_window):
    window = samples_window
    _check_names(window)
    heading = window.view.left_title.full_text().split("Left: ", 1)[1].split("  ·  ")[0]
    assert window.view.left.accessibleName() == f"Left version: {heading}"
    assert window.view.right.accessibleName().startswith("Right version: ")


def test_the_view_has_accessible_names_in_russian(qapp, make_window, qtbot):
    from reader.ui.common.translator import install, uninstall
    from tests.ui.conftest import wait_shown

    installed = install(qapp, "ru")
    try:
        window = make_window()
        window.restore_session([])
        wait_shown(qtbot, window)
        # the panes' names are Russian words around the (Russian) titles; the rest are Russian
        for what, widget in _named_widgets(window).items():
            name = widget.accessibleName()
            assert name.strip() and re.search("[а-яё]", name, re.IGNORECASE), (what, name)
            assert not re.search(r"\b(Left|Right|version|Find|Quotes|Cancel|match)\b", name), (what, name)
        assert window.view.left.accessibleName().startswith("Левая версия: ")
        assert window.view.right.accessibleName().startswith("Правая версия: ")
        assert window.view.progress.cancel_button.text() == "Отмена"
    finally:
        uninstall(qapp, installed)
