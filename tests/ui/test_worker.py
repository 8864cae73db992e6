from __future__ import annotations

import gc
import sys
import time
from importlib.resources import files

import pytest
from PySide6.QtCore import Qt, QThreadPool, QTimer

from bench.generate import make_pair
from reader.core import Document, Options
from reader.ui.compare.comparer import Comparer
from reader.ui.opentexts.corpus import make_item
from tests.ui.conftest import SAMPLE_NAMES


def _samples():
    folder = files("reader") / "resources" / "samples"
    return [(folder / n).read_text(encoding="utf-8") for n in SAMPLE_NAMES]


def test_a_stale_result_is_dropped(qtbot):
    a, b = (Document.from_text(t, f"s{i}") for i, t in enumerate(_samples()))
    comparer = Comparer()
    results = []
    comparer.ready.connect(results.append)
    comparer.start(a, b, Options())
    assert not gc.isenabled() and sys.getswitchinterval() < 0.001  # see Comparer's notes
    comparer.start(b, a, Options())  # the user picked another pair meanwhile
    qtbot.waitUntil(lambda: not comparer.is_running(), timeout=10000)
    qtbot.wait(100)  # give a late first result time to arrive (and be dropped)
    assert len(results) == 1
    assert gc.isenabled() and sys.getswitchinterval() == 0.005
    assert results[0].comparison.left.document.text == b.text


def make_megabyte_pair(seed: int = 20221) -> tuple[str, str]:
    """The benchmark's 1 MB pair (bench/generate.py): the samples' paragraphs, each copy made
    unique by word swaps, the right side re-edited (substitutions, deletions, moves)."""
    return make_pair(1_000_000, seed)


@pytest.mark.perf
def test_the_ui_thread_never_stalls_on_the_megabyte_pair(make_window, qtbot, capsys, budget):
    left_text, right_text = make_megabyte_pair()
    assert len(left_text.encode("utf-8")) > 1_000_000
    window = make_window()
    left = make_item(Document.from_text(left_text, "big-left.txt"))
    right = make_item(Document.from_text(right_text, "big-right.txt"))
    window.open_texts.model.add(left)
    window.open_texts.model.add(right)
    qtbot.wait(100)  # the window settles, as it would before a user picks the pair
    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick():
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(tick)
    timer.start()
    started = time.perf_counter()
    last[0] = started
    window.files.compare_pair(left.id, right.id)  # includes putting 1 MB of text in both panes
    sync_part = (time.perf_counter() - started) * 1000
    # compared, highlighted, and its lists filled (all a slice at a time on the UI thread)
    qtbot.waitUntil(lambda: window.view.data is not None and not window.view.is_applying()
                    and not window.slices.busy(), timeout=40000)
    tick()
    elapsed = time.perf_counter() - started
    comparing = max(gaps) * 1000
    # then jump through the text as a reader dragging the scroll bar would
    gaps.clear()
    for fraction in (0.25, 0.5, 0.75, 1.0):
        bar = window.view.left.verticalScrollBar()
        bar.setValue(int(bar.maximum() * fraction))
        qtbot.wait(15)
    tick()
    timer.stop()
    scrolling = max(gaps) * 1000
    with capsys.disabled():
        print(f"\n1 MB pair: compared and shown in {elapsed:.1f} s; longest UI-thread stall "
              f"{comparing:.0f} ms while comparing and highlighting, {scrolling:.0f} ms while jumping "
              f"through the text (compare_pair itself returned after {sync_part:.0f} ms)")
    longest = max(comparing, scrolling)
    assert window.view.progress.isHidden()
    assert len(window.view.changes()) > 100
    assert window.changes_list.tree.topLevelItemCount() == len(window.view.changes())
    budget("longest UI-thread stall with the 1 MB pair", longest, 50)


def start_long_comparison(make_window, qtbot, seed: int):
    """A window comparing 400 KB a side: long enough for the progress display to show."""
    left_text, right_text = make_megabyte_pair(seed)
    window = make_window()
    left = make_item(Document.from_text(left_text[:400_000], "l.txt"))
    right = make_item(Document.from_text(right_text[:400_000], "r.txt"))
    window.open_texts.model.add(left)
    window.open_texts.model.add(right)
    window.files.compare_pair(left.id, right.id)
    qtbot.waitUntil(window.view.progress.isVisible, timeout=10000)
    return window


def test_progress_shows_for_long_comparisons(make_window, qtbot):
    window = start_long_comparison(make_window, qtbot, 7)
    qtbot.waitUntil(lambda: window.view.data is not None, timeout=30000)
    assert not window.view.progress.isVisible()


def test_cancel_in_the_window_stops_the_comparison_and_says_so(make_window, qtbot):
    window = start_long_comparison(make_window, qtbot, 8)
    qtbot.mouseClick(window.view.progress.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.comparison.comparer.is_running(), timeout=30000)
    assert window.comparison.summary.text() == "Comparison cancelled"
    assert window.view.progress.isHidden() or window.view.progress.message.isVisible()
    assert window.view.data is None
    assert QThreadPool.globalInstance().waitForDone(30000)  # the cancelled job itself has ended


def test_modules_a_job_imports_are_kept_out_of_later_collections():
    from reader.ui.common import background

    frozen = gc.get_freeze_count()
    try:
        background.begin()
        assert not gc.isenabled()
        sys.modules["_versus_test_module"] = type(sys)("_versus_test_module")  # as an import would
        background.end()
        assert gc.isenabled() and gc.get_freeze_count() > frozen
        again = gc.get_freeze_count()
        background.begin()
        background.end()  # nothing new imported, few objects made: nothing more frozen
        assert gc.get_freeze_count() == again
    finally:
        sys.modules.pop("_versus_test_module", None)
        gc.unfreeze()


def test_a_large_result_is_kept_out_of_later_collections():
    """What a long job built (a 1 MB comparison: ~70,000 objects) is not scanned by the first
    collection on the UI thread after the job: it is frozen when the job ends."""
    from reader.ui.common import background

    frozen = gc.get_freeze_count()
    try:
        background.begin()
        result = [[n] for n in range(2 * background.FREEZE_AFTER)]  # as a job's result would be
        background.end()
        assert gc.isenabled()
        assert gc.get_freeze_count() >= frozen + len(result)
        assert gc.get_count()[0] < background.FREEZE_AFTER
        after, made = gc.get_freeze_count(), len(result)
        del result  # and dropped, it is freed as any other (no cycles)
        assert gc.get_freeze_count() <= after - made
    finally:
        gc.unfreeze()
