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
