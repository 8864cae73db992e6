"""The Quotes list and the quote marks in the panes, driven through the real window.

Until the quote engine fills ``Comparison.quotes``, the comparer's compare() is wrapped to add
hand-made quotes (real offsets, real word ops) to the comparison of two literal texts, which the
window opens like any files.
"""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent, QPalette
from PySide6.QtWidgets import QApplication, QToolTip

from reader.core import compare as real_compare
from reader.present.quotes import LOST_TITLE, NONE_FOUND
from reader.ui.common.colours import tint
from reader.ui.compare import comparer as comparer_module
from reader.ui.compare.quotes_list import QUOTE_ROLE
from tests.present.test_spans_quotes import SPECS, with_quotes
from tests.ui.conftest import wait_shown

FILLER = [f"Абзац {n} рассказывает о событиях {n}-го дня недели и о погоде в городе." for n in range(1, 41)]
QUOTE_LEFT = "Министр сказал: «Мы решительно изменим систему налогов»."
QUOTE_RIGHT = "Министр заявил: «Мы окончательно изменим систему налогов»."
# the quote moves from the top of the older version to the bottom of the newer one
LEFT = "\n".join([QUOTE_LEFT, "Погода была хорошей.", *FILLER,
                  "Мэр добавил: «Мост откроют весной».", "Директор завода сказал: «Мы запустим линию в мае»."]) + "\n"
RIGHT = "\n".join(["Погода была отличной.", *FILLER, "Мэр добавил, что мост откроют весной.", QUOTE_RIGHT,
                   "Глава района сказал: «Дорогу построят к лету»."]) + "\n"
ALTERED, REPORTED, DROPPED, ALTERED_RIGHT, NO_SOURCE = range(5)


@pytest.fixture
def quotes_window(make_window, qtbot, tmp_path, monkeypatch):
    """The window comparing LEFT and RIGHT, with the quotes of SPECS."""
    def compare(a, b, options=None, **kwargs):
        comp = real_compare(a, b, options, **kwargs)
        if a.text == LEFT and b.text == RIGHT:
            comp = with_quotes(comp, SPECS)
        return comp

    monkeypatch.setattr(comparer_module, "compare", compare)
    (tmp_path / "a_old.txt").write_text(LEFT, encoding="utf-8")
    (tmp_path / "b_new.txt").write_text(RIGHT, encoding="utf-8")
    window = make_window((1200, 800))
    window.restore_session([str(tmp_path / "a_old.txt"), str(tmp_path / "b_new.txt")])
    wait_shown(qtbot, window)
    assert window.view.data.comparison.left.document.text == LEFT  # the older version is on the left
    return window


def _rows(window):
    tree = window.quotes_list.tree
    return [[tree.topLevelItem(i).text(c) for c in range(tree.columnCount())] for i in range(tree.topLevelItemCount())]


def _row_rect(window, index):
    tree = window.quotes_list.tree
    return tree.visualItemRect(window.quotes_list.item_for(index))


def _tool_tip(window, index) -> str:
    """The tool tip the pointer resting on the quote's row shows (made when first asked for)."""
    tree = window.quotes_list.tree
    pos = tree.visualItemRect(window.quotes_list.item_for(index)).center()
    QApplication.sendEvent(tree.viewport(), QHelpEvent(QEvent.Type.ToolTip, pos, tree.viewport().mapToGlobal(pos)))
    tip = QToolTip.text()
    QToolTip.hideText()
    return tip


def _on_screen(pane, start, end) -> bool:
    got = pane.span_y(start, max(end, start + 1))
    return got is not None and 0 <= got[0] < pane.viewport().height()


# the tool tip is shown, by the offscreen plugin (which cannot raise it)
@pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)\(\)")
def test_the_list_shows_the_right_versions_quotes_then_the_left_ones_no_longer_quoted(quotes_window):
    rows = _rows(quotes_window)
    assert rows[0][0].startswith("Right version: 2 quotes")
    assert rows[1] == ["altered", "Министр", "заявил", "Мы окончательно изменим систему налогов",
                       "решительно → окончательно"]
    assert rows[2][:4] == ["no source", "Глава района", "сказал", "Дорогу построят к лету"]
    assert rows[3][0] == f"{LOST_TITLE} (2)"
    assert [r[:3] for r in rows[4:]] == [["reported", "Мэр", "добавил"], ["dropped", "Директор завода", "сказал"]]
    assert quotes_window.quotes_list.quote_rows() == [ALTERED_RIGHT, NO_SOURCE, REPORTED, DROPPED]
    # the left version's rows are greyed, the right version's are not
    tree = quotes_window.quotes_list.tree
    text = tree.palette().color(QPalette.ColorRole.Text)
    assert tree.topLevelItem(4).foreground(1).color() != text
    assert tree.topLevelItem(1).foreground(1).style() == Qt.BrushStyle.NoBrush  # the palette's text colour
    # tool tips: the whole quote, its source and the words changed
    tip = _tool_tip(quotes_window, ALTERED_RIGHT)
    assert "Мы окончательно изменим систему налогов" in tip and "Мы решительно изменим систему налогов" in tip
    assert "решительно" in tip and "окончательно" in tip and "altered" in tip
    assert quotes_window.quotes_dock.windowTitle() == "Quotes (2)"


def test_the_status_line_counts_the_quotes(quotes_window):
    assert "quotes: 2 (1 altered, 1 without source, 2 of the left no longer quoted)" in \
        quotes_window.comparison.summary.text()


def test_clicking_a_row_scrolls_both_panes_to_the_quote_and_its_source(quotes_window, qtbot):
    view, tree = quotes_window.view, quotes_window.quotes_list.tree
    quote = view.data.comparison.quotes[ALTERED_RIGHT]
    # both panes in the middle, far from the quote (at the bottom of the right version) and its
    # source (at the top of the left one)
    view.left.scroll_to_offset(LEFT.index(FILLER[20]), 0.3)
    assert not _on_screen(view.right, quote.start, quote.end)
    assert not _on_screen(view.left, quote.source.start, quote.source.end)
    with qtbot.waitSignal(quotes_window.quotes_list.chosen) as chosen:
        qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=_row_rect(quotes_window, ALTERED_RIGHT).center())
    assert chosen.args == [ALTERED_RIGHT]
    assert _on_screen(view.right, quote.start, quote.end)
    assert _on_screen(view.left, quote.source.start, quote.source.end)
    # both ranges outlined, and flashing
    assert view.shown_quote("right") == (quote.start, quote.end)
    assert view.shown_quote("left") == (quote.source.start, quote.source.end)
    assert view.right.flashing() and view.left.flashing()
    qtbot.waitUntil(lambda: not view.right.flashing(), timeout=3000)
    assert view.shown_quote("right") == (quote.start, quote.end)  # the outline stays


def test_a_left_quote_scrolls_the_left_pane_to_it_and_the_right_one_to_where_it_went(quotes_window, qtbot):
    view, tree = quotes_window.view, quotes_window.quotes_list.tree
    reported = view.data.comparison.quotes[REPORTED]
    view.left.scroll_to_offset(0, 0)
    assert not _on_screen(view.left, reported.start, reported.end)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=_row_rect(quotes_window, REPORTED).center())
    assert _on_screen(view.left, reported.start, reported.end)
    assert _on_screen(view.right, reported.source.start, reported.source.end)
    assert RIGHT[slice(*view.shown_quote("right"))] == "мост откроют весной"
    # a dropped quote has nothing on the right: the place it would be is marked (an empty range)
    view.left.scroll_to_offset(0, 0)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=_row_rect(quotes_window, DROPPED).center())
    start, end = view.shown_quote("right")
    assert start == end and _on_screen(view.right, start, end)


def test_keyboard_up_down_and_enter(quotes_window, qtbot):
    view, qlist = quotes_window.view, quotes_window.quotes_list
    quotes_window.acts.show_quotes.trigger()  # Alt+3: the dock shown, the keyboard in the list
    assert qlist.tree.hasFocus() or qlist.tree.isAncestorOf(quotes_window.focusWidget()) \
        or quotes_window.focusWidget() is qlist.tree
    assert qlist.current_quote() == ALTERED_RIGHT
    chosen = []
    qlist.chosen.connect(chosen.append)
    qtbot.keyClick(qlist.tree, Qt.Key.Key_Down)
    assert qlist.current_quote() == NO_SOURCE and chosen == [NO_SOURCE]
    no_source = view.data.comparison.quotes[NO_SOURCE]
    assert _on_screen(view.right, no_source.start, no_source.end)
    qtbot.keyClick(qlist.tree, Qt.Key.Key_Down)  # over the heading, to the first left quote
    assert qlist.current_quote() == REPORTED and chosen[-1] == REPORTED
    qtbot.keyClick(qlist.tree, Qt.Key.Key_Up)
    assert qlist.current_quote() == NO_SOURCE
    view.left.scroll_to_offset(0, 0)
    assert not _on_screen(view.right, no_source.start, no_source.end)
    qtbot.keyClick(qlist.tree, Qt.Key.Key_Return)  # Enter shows the current quote again
    assert chosen[-1] == NO_SOURCE and _on_screen(view.right, no_source.start, no_source.end)


def test_clicking_quoted_text_selects_its_row(quotes_window, qtbot):
    view, qlist = quotes_window.view, quotes_window.quotes_list
    quote = view.data.comparison.quotes[NO_SOURCE]
    view.right.scroll_to_offset(quote.start, 0.3)
    point = view.right.line_rects(quote.start + 2, quote.start + 4)[0].center().toPoint()
    chosen = []
    qlist.chosen.connect(chosen.append)
    qtbot.mouseClick(view.right.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert qlist.current_quote() == NO_SOURCE
    assert chosen == []  # the text does not jump under the pointer


def _background(pane, start: int, end: int) -> str:
    """The colour painted most inside the characters ``[start, end)`` (their background)."""
    pane.scroll_to_offset(start, 0.3)
    image = pane.viewport().grab().toImage()
    rect = pane.line_rects(start, end)[0].toRect()
    colours = Counter(image.pixelColor(x, y).name()
                      for x in range(rect.left() + 1, rect.right()) for y in range(rect.top() + 1, rect.bottom() - 2))
    return colours.most_common(1)[0][0]


def test_altered_words_inside_a_quote_are_painted_stronger_than_ordinary_changes(quotes_window):
    view = quotes_window.view
    pane = view.right
    altered = RIGHT.index("окончательно")
    ordinary = RIGHT.index("отличной")
    assert pane.kind_at(altered) == "changed" == pane.kind_at(ordinary)
    assert pane.altered_in_quote_at(altered) and not pane.altered_in_quote_at(ordinary)
    strong = _background(pane, altered, altered + len("окончательно"))
    plain = _background(pane, ordinary, ordinary + len("отличной"))
    palette = pane.palette()
    assert plain == tint(palette, "changed").name()
    assert strong == tint(palette, "changed", "quote").name()
    assert strong != plain != palette.color(QPalette.ColorRole.Base).name()
    # the older version's word inside the quote too
    left_word = LEFT.index("решительно")
    assert _background(view.left, left_word, left_word + 4) == tint(palette, "changed", "quote").name()


def test_the_deeper_tints_read_on_light_and_dark():
    from reader.ui.common.theme import dark_palette, light_palette

    for palette in (light_palette(), dark_palette()):
        text = palette.color(QPalette.ColorRole.Text)
        for role in ("removed", "added", "changed"):
            strong, plain = tint(palette, role, "quote"), tint(palette, role)
            assert abs(strong.lightnessF() - plain.lightnessF()) > 0.05 or strong.saturationF() > plain.saturationF()
            assert abs(strong.lightnessF() - text.lightnessF()) > 0.35, (role, strong.name(), text.name())


def test_quoted_text_is_underlined_in_both_panes(quotes_window):
    view = quotes_window.view
    for pane, text, words in ((view.right, RIGHT, "Дорогу построят"), (view.left, LEFT, "Мы запустим линию")):
        start = text.index(words)
        pane.scroll_to_offset(start, 0.3)
        rect = pane.line_rects(start, start + len(words))[0].toRect()
        with_marks = pane.viewport().grab().toImage()
        marks = pane.quotes()
        pane.set_quotes(())
        without = pane.viewport().grab().toImage()
        pane.set_quotes(marks)
        differ = [x for x in range(rect.left(), rect.right()) for y in (rect.bottom() - 2, rect.bottom() - 1)
                  if with_marks.pixelColor(x, y) != without.pixelColor(x, y)]
        assert len(differ) > rect.width() // 2  # a line under the quoted words
        # nothing else changes: the text above the line is the same
        assert all(with_marks.pixelColor(x, rect.top() + 2) == without.pixelColor(x, rect.top() + 2)
                   for x in range(rect.left(), rect.right()))


def test_the_dock_is_under_the_comparison_and_can_be_hidden(quotes_window):
    dock = quotes_window.quotes_dock
    assert quotes_window.dockWidgetArea(dock) == Qt.DockWidgetArea.BottomDockWidgetArea
    assert dock.isVisible()
    assert dock.mapTo(quotes_window, QPoint(0, 0)).y() > quotes_window.view.mapTo(quotes_window, QPoint(0, 0)).y()
    quotes_window.acts.quotes_panel.trigger()
    assert not dock.isVisible()
    quotes_window.acts.show_quotes.trigger()
    assert dock.isVisible()


def test_without_quotes_the_list_says_so(make_window, qtbot, tmp_path):
    (tmp_path / "a.txt").write_text("Погода была хорошей. Мост открыли вчера.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Погода была отличной. Мост открыли вчера.\n", encoding="utf-8")
    window = make_window()
    window.restore_session([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")])
    wait_shown(qtbot, window)
    assert window.view.data.comparison.quotes == ()
    assert _rows(window)[0][0] == NONE_FOUND
    assert window.quotes_list.quote_rows() == []
    assert window.quotes_list.tree.topLevelItem(0).data(0, QUOTE_ROLE) is None
    assert "quotes:" not in window.comparison.summary.text()
    assert window.quotes_dock.windowTitle() == "Quotes"


def test_the_samples_quotes_as_the_engine_finds_them(samples_window, qtbot):
    """The real engine on the bundled samples: the list holds what the report lists, the status
    line counts the same, and every row can be shown."""
    window = samples_window
    report = window.view.data.quotes
    assert report.right or report.lost
    listed = [v.quote.index for v in report.right] + [v.quote.index for v in report.lost]
    assert window.quotes_list.quote_rows() == listed
    right = report.counts["right"]
    assert (f"quotes: {sum(right.values())} ({right['altered']} altered, {right['no source']} without source"
            in window.comparison.summary.text())
    view = window.view
    for index in listed:
        window.quotes_list.select_quote(index)
        view.show_quote(index)
        quote = view.data.comparison.quotes[index]
        pane = view.left if quote.side == "left" else view.right
        assert _on_screen(pane, quote.start, quote.end)


def test_the_quotes_screenshot(qtbot, tmp_path):
    from PySide6.QtGui import QImage

    from reader.ui.common.theme import light_palette
    from reader.ui.screenshots import SIZE, render_quotes

    path = render_quotes(tmp_path)
    image = QImage(str(path))
    assert (image.width(), image.height()) == SIZE
    colours = Counter(image.pixelColor(x, y).name() for x in range(image.width()) for y in range(image.height()))
    palette = light_palette()
    # the altered quote's badge in the list, and its deeper-tinted altered words in the panes
    assert colours[tint(palette, "changed").name()] > 100
    assert colours[tint(palette, "changed", "quote").name()] > 100


def test_the_words_changed_column_leaves_punctuation_alone():
    from reader.present.quotes import Run
    from reader.ui.compare.prepared import runs_text

    runs = (Run("same", new="Мы "), Run("changed", old="решительно", new="окончательно"), Run("same", new=" изменим"),
            Run("changed", old='"', new=","), Run("removed", old=" прежде всего,"), Run("added", new="»"),
            Run("changed", old="и", new=","), Run("added", new=" вовремя"))
    assert runs_text(runs) == "решительно → окончательно · −прежде всего · −и · +вовремя"
