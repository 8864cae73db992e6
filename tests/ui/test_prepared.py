"""What the worker prepares for the view (reader.ui.compare.prepared) against what the widgets
make of a plain ViewData, the lists filled a slice at a time, the overview bar's joined marks."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from bench.generate import make_pair
from reader.core import Document, Options, compare
from reader.present.changes import change_rows
from reader.present.spans import build_view_data
from reader.ui.compare.badge_tree import BadgeTree
from reader.ui.compare.changes_list import ChangesList
from reader.ui.compare.prepared import (
    Near,
    PreparedData,
    clutter_count,
    folding_of,
    make_quote_rows,
    overview_marks_of,
    prepare,
    strip_bands,
)
from reader.ui.compare.quotes_list import QuotesList


@given(st.lists(st.tuples(st.integers(0, 300), st.integers(0, 40)), max_size=60),
       st.integers(-20, 360), st.integers(0, 80))
def test_near_finds_exactly_the_ranges_meeting_a_window(pairs, first, width):
    ranges = [(a, a + n) for a, n in pairs]
    last = first + width
    assert sorted(Near(ranges).meeting(first, last)) == [i for i, (a, b) in enumerate(ranges) if b >= first and a <= last]


def _view_data(size: int = 60_000):
    left, right = make_pair(size, seed=5)
    return build_view_data(compare(Document.from_text(left, "l.txt"), Document.from_text(right, "r.txt"), Options()))


def test_what_the_worker_prepares_is_what_the_widgets_make_of_the_view_data():
    data = _view_data()
    prepared = prepare(data)
    assert isinstance(prepared, PreparedData) and prepared.changes == data.changes
    assert prepared.change_rows == tuple(change_rows(data.comparison, data.changes))
    assert prepared.quote_rows == make_quote_rows(data.quotes)
    for which in ("left", "right"):
        assert overview_marks_of(prepared, which) == overview_marks_of(data, which)
        assert overview_marks_of(data, which) and prepared.clutter[0 if which == "left" else 1] == clutter_count(data, which)
        for shown in (False, True):
            ours, theirs = folding_of(prepared, which, shown), folding_of(data, which, shown)
            assert (ours.starts, ours.ends, ours.shown) == (theirs.starts, theirs.ends, theirs.shown)
    # the strip's bands in view: those the strip found by looking at every link and run
    comp = data.comparison
    bands = strip_bands(data)
    for lwin, rwin in (((0, 3000), (0, 3000)), ((20_000, 24_000), (30_000, 33_000)), ((59_000, 70_000), (0, 10))):
        wanted = []
        for link in comp.links:
            (a, b), (c, d) = link.left_span, link.right_span
            if not ((b < lwin[0] or a > lwin[1]) and (d < rwin[0] or c > rwin[1])):
                wanted.append(("moved" if link.kind == "moved" else ("changed" if link.changed else "equal"),
                               (a, b), (c, d)))
        for blk in data.left.unlinked:
            if not ((blk.end < lwin[0] or blk.start > lwin[1]) and (blk.other < rwin[0] or blk.other > rwin[1])):
                wanted.append(("removed", (blk.start, blk.end), (blk.other, blk.other)))
        for blk in data.right.unlinked:
            if not ((blk.other < lwin[0] or blk.other > lwin[1]) and (blk.end < rwin[0] or blk.start > rwin[1])):
                wanted.append(("added", (blk.other, blk.other), (blk.start, blk.end)))
        assert wanted and [band for kind in bands for band in kind.visible(lwin, rwin)] == wanted


def test_the_lists_fill_a_slice_at_a_time_with_the_same_rows_either_way(qtbot):
    data = _view_data()
    assert len(data.changes) > BadgeTree.ROWS_PER_STEP and len(data.quotes.right) > BadgeTree.ROWS_PER_STEP
    filled = {}
    for given_data in (data, prepare(data)):
        changes, quotes = ChangesList(), QuotesList()
        qtbot.addWidget(changes)
        qtbot.addWidget(quotes)
        changes.set_data(given_data)
        quotes.set_data(given_data)
        assert changes.filling() and changes.tree.topLevelItemCount() == 0  # nothing yet: the loop goes on
        qtbot.waitUntil(lambda c=changes, q=quotes: not c.filling() and not q.filling())
        assert changes.tree.topLevelItemCount() == len(data.changes)
        filled[type(given_data)] = (changes.rows(), quotes.quote_rows())
    assert filled[PreparedData] == next(rows for kind, rows in filled.items() if kind is not PreparedData)


def test_a_change_chosen_before_its_row_is_added_is_selected_when_it_is(qtbot):
    data = prepare(_view_data())
    changes = ChangesList()
    qtbot.addWidget(changes)
    changes.set_data(data)
    last = len(data.changes) - 1
    changes.select_change(last)  # Alt+End while the list fills: no wait for the whole list
    assert changes.filling() and changes.current_change() is None
    qtbot.waitUntil(lambda: not changes.filling())
    assert changes.current_change() == last
    # asked for a row, the list adds every row first
    changes.set_data(None)
    changes.set_data(data)
    assert changes.item_for(last) is not None and not changes.filling()


def test_the_overview_bar_paints_joined_marks_as_it_painted_each_one(qtbot):
    """Marks of one kind that overlap are drawn as one rectangle: the same pixels as drawing each."""
    import random

    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QPainter, QPalette, QPixmap

    from reader.ui.common.colours import accent, mix
    from reader.ui.compare.overview import OverviewBar
    from reader.ui.compare.prepared import Folding

    rng = random.Random(3)
    text = "".join(f"line {n} " + "x" * rng.randrange(5, 80) + "\n" for n in range(3000))
    folding = Folding(text, frozenset(rng.sample(range(3000), 300)))
    marks = []  # in order of the left side, as the right bar's are: here and there going back a little
    at = 0
    while at < len(text) - 2000:
        at += rng.randrange(-300, 600)
        start = max(0, at)
        marks.append((rng.choice(("changed", "changed", "moved", "removed")), start, start + rng.randrange(0, 400)))
    bar = OverviewBar("right")
    qtbot.addWidget(bar)
    bar.set_marks(marks, folding)
    for height in (157, 400, 613, 900):
        bar.resize(14, height)
        pal = bar.palette()
        expected = QPixmap(14, height)
        expected.fill(mix(pal.color(QPalette.ColorRole.Base), pal.color(QPalette.ColorRole.Text), 0.06))
        painter = QPainter(expected)
        for role, start, end in marks:  # as the bar drew them before it joined them
            y0, y1 = 2 + (height - 4) * folding.fraction(start), 2 + (height - 4) * folding.fraction(end)
            painter.fillRect(QRectF(2, y0, 10, max(2.0, y1 - y0)), accent(pal, role))
        painter.end()
        assert len(bar._mark_rects()) < len(marks)
        assert bar._marks_layer(pal).toImage() == expected.toImage(), height
