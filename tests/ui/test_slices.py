"""Long UI-thread work a slice at a time (reader.ui.common.slices), and what the worker prepares
for the view (reader.ui.compare.prepared) against what the widgets make of a plain ViewData."""

from __future__ import annotations

import time

from hypothesis import given
from hypothesis import strategies as st

from bench.generate import make_pair
from reader.core import Document, Options, compare
from reader.present.changes import change_rows
from reader.present.spans import build_view_data
from reader.ui.common.slices import Slices
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


def _steps(log: list, name: str, n: int, pause: float = 0.0):
    for i in range(n):
        if pause:
            time.sleep(pause)
        log.append((name, i))
        yield


def test_a_turn_runs_steps_within_its_budget_then_lets_the_loop_go(qapp):
    slices, log = Slices(), []
    slices.start("slow", _steps(log, "slow", 100, pause=0.003))
    slices._turn()  # one event-loop turn
    # each step takes 3 ms at least: a turn stops once its budget is spent
    assert 1 <= len(log) <= int(Slices.BUDGET / 0.003) + 1
    assert slices.busy("slow") and slices.busy()
    slices.finish("slow")
    assert len(log) == 100 and not slices.busy()


def test_tasks_run_by_priority_then_in_order_and_a_new_one_replaces_its_owners(qtbot):
    slices, log, done = Slices(), [], []
    slices.start("list", _steps(log, "list", 2), priority=1, done=lambda: done.append("list"))
    slices.start("left", _steps(log, "old", 2), done=lambda: done.append("old"))
    slices.start("right", _steps(log, "right", 2), done=lambda: done.append("right"))
    slices.start("left", _steps(log, "left", 2), done=lambda: done.append("left"))  # replaces "old"
    qtbot.waitUntil(lambda: not slices.busy())
    assert [name for name, _i in log] == ["right", "right", "left", "left", "list", "list"]
    assert done == ["right", "left", "list"]
    slices.start("gone", _steps(log, "gone", 5))
    slices.cancel("gone")
    assert not slices.busy()
    qtbot.wait(20)
    assert ("gone", 0) not in log


def test_a_failing_task_is_dropped(qapp):
    slices = Slices()

    def broken():
        yield
        raise ValueError("a bug")

    slices.start("broken", broken())
    try:
        slices.finish("broken")
    except ValueError:
        pass
    else:
        raise AssertionError("the error was swallowed")
    assert not slices.busy()


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


def test_asking_a_list_for_a_row_not_added_yet_adds_the_rows_first(qtbot):
    data = prepare(_view_data())
    changes = ChangesList()
    qtbot.addWidget(changes)
    changes.set_data(data)
    last = len(data.changes) - 1
    changes.select_change(last)
    assert not changes.filling() and changes.current_change() == last
