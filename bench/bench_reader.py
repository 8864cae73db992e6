"""Benchmark: the desktop reader's start-up and its opening of the 1 MB pair (issue 10).

Run: .venv/bin/python bench/bench_reader.py [--starts N] [--opens N]
(offscreen: QT_QPA_PLATFORM=offscreen is set for it and its children)

(a) Start-up: ``versus A B`` (the console script's code, ``python -m reader.cli``, with the two
    sample files) as a new process, timed from just before the process is spawned until its
    window's first frame has been painted. The reader writes that moment's wall-clock time to
    the file named by VERSUS_REPORT_SHOWN and quits (reader/app.py), so Python's own start,
    every import and everything built before the window shows are counted. Median of N (5),
    after one run that compiles the modules (their byte code in a temporary folder, as pip
    compiles an installed package; PYTHONDONTWRITEBYTECODE is ignored for the child).

(b) Opening the 1 MB pair (bench/generate.py's ``write_pair``, read back as the Open texts list
    holds files) in a window, as the perf test tests/ui/test_worker.py does: both texts in the
    list, then ``FilesController.compare_pair`` as a click on the pair does. Timed from that
    request until the pair is shown: compared, highlighted in both panes, the overview bars,
    the Quotes and Changes lists filled. Meanwhile a 5 ms QTimer records the gaps between its
    ticks: the longest is the longest UI-thread stall. The window first shows the sample pair,
    as at start-up (so the worker's first-use imports are not counted against the 1 MB pair),
    and goes back to it between runs. Median of N (3).

    The time splits in two: the worker (compare() and the Qt-free preparation of what the
    view and the lists show, reader.ui.compare.comparer) and the UI thread's share (putting
    the texts in the panes before, then everything after the worker's result arrives).
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

SAMPLES = sorted((ROOT / "resources" / "samples").glob("*.txt"))
START_TARGET = 0.8   # seconds from `versus` starting to its window shown
OPEN_TARGET = 0.6    # seconds from asking for the 1 MB pair to seeing it
STALL_TARGET = 50.0  # ms: the longest UI-thread stall while opening it


def verdict(value: float, target: float) -> str:
    return "met" if value <= target else "NOT MET"


def start_once(config: str, pycache: str) -> float:
    """Seconds from spawning `versus A B` to its first painted frame."""
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "shown"
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", VERSUS_REPORT_SHOWN=str(report), PYTHONPYCACHEPREFIX=pycache)
        # compiled once, as an installed package is (pip compiles it): the modules' byte code is
        # kept in a folder of the benchmark's, never beside the sources
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        cmd = [sys.executable, "-m", "reader.cli", "--config-dir", config, *map(str, SAMPLES)]
        started = time.time()
        done = subprocess.run(cmd, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                              timeout=60, check=False)
        if done.returncode != 0 or not report.exists():
            raise SystemExit(f"versus failed ({done.returncode}): {done.stderr.decode()[-500:]}")
        return float(report.read_text()) - started


def start_up(runs: int) -> float:
    with tempfile.TemporaryDirectory() as config, tempfile.TemporaryDirectory() as pycache:
        start_once(config, pycache)  # the first run compiles, writes the settings and warms the disk cache
        times = [start_once(config, pycache) for _ in range(runs)]
    median = statistics.median(times)
    print(f"(a) start-up, `versus A B` to its window painted: median {median:.2f} s of {runs} "
          f"({', '.join(f'{t:.2f}' for t in times)}); target {START_TARGET} s: {verdict(median, START_TARGET)}")
    return median


class StallWatch:
    """A QTimer ticking every 5 ms on the UI thread: the gaps between ticks are its stalls."""

    def __init__(self):
        from PySide6.QtCore import QTimer

        self.gaps: list[tuple[float, float]] = []  # (when the gap began, its length)
        self._last = time.perf_counter()
        self._timer = QTimer()
        self._timer.setInterval(5)
        self._timer.timeout.connect(self.tick)

    def start(self) -> float:
        self._timer.start()
        self._last = time.perf_counter()
        return self._last

    def tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append((self._last, now - self._last))
        self._last = now

    def stop(self) -> None:
        self.tick()
        self._timer.stop()

    def longest(self, after: float = 0.0) -> float:
        """The longest gap (ms) that ended after ``after``."""
        return max((gap for at, gap in self.gaps if at + gap > after), default=0.0) * 1000


class Timings:
    """What the worker spends (its job, and compare() in it), and the UI thread's garbage
    collections, measured by wrapping reader.ui.compare.comparer's job and a gc callback."""

    def __init__(self):
        from reader.ui.compare import comparer

        self.worker: dict[str, float] = {}
        self.collections: list[tuple[float, int]] = []  # (length, generation) on the UI thread
        self._collecting = 0.0
        real_compare, real_job = comparer.compare, comparer._compare_job
        worker = self.worker

        def timed_compare(*args, **kwargs):
            started = time.perf_counter()
            try:
                return real_compare(*args, **kwargs)
            finally:
                worker["compare"] = time.perf_counter() - started

        def timed_job(*args, **kwargs):
            run = real_job(*args, **kwargs)

            def timed_run(progress, cancelled):
                worker["started"] = time.perf_counter()
                try:
                    return run(progress, cancelled)
                finally:
                    worker["ended"] = time.perf_counter()
            return timed_run

        comparer.compare, comparer._compare_job = timed_compare, timed_job
        gc.callbacks.append(self._on_collection)

    def _on_collection(self, phase: str, info: dict) -> None:
        if threading.current_thread() is not threading.main_thread():
            return
        if phase == "start":
            self._collecting = time.perf_counter()
        elif self._collecting:
            self.collections.append((time.perf_counter() - self._collecting, info["generation"]))

    def clear(self) -> None:
        self.worker.clear()
        self.collections.clear()


def _quiet_qt() -> None:
    """Leave out the offscreen plugin's note on size hints, printed at every window shown."""
    from PySide6.QtCore import qInstallMessageHandler

    def handler(_mode, _context, message: str) -> None:
        if "propagateSizeHints" not in message:
            print(message, file=sys.stderr)

    qInstallMessageHandler(handler)


def open_megabyte_pair(runs: int) -> None:
    tmp = tempfile.mkdtemp(prefix="versus-bench-")
    os.environ["VERSUS_CONFIG_DIR"] = str(Path(tmp) / "config")  # reader.ui.common.settings.ENV_VAR
    os.environ["XDG_DATA_HOME"] = str(Path(tmp) / "data")  # the default library, never the user's

    from generate import write_pair
    from PySide6.QtWidgets import QApplication

    from reader.core import Document
    from reader.ui.opentexts.corpus import make_item
    from reader.ui.window.mainwindow import MainWindow

    _quiet_qt()
    app = QApplication.instance() or QApplication([])
    timings = Timings()

    def wait(condition, timeout: float = 60.0) -> None:
        end = time.perf_counter() + timeout
        while not condition():
            if time.perf_counter() > end:
                raise SystemExit("timed out")
            app.processEvents()
            time.sleep(0.0005)

    def settled() -> bool:
        return (window.view.data is not None and not window.comparison.comparer.is_running()
                and not window.view.is_applying() and not window.quotes_list.filling()
                and not window.changes_list.filling())

    window = MainWindow()
    window.resize(1400, 900)
    window.show()
    items = []
    for path in (*SAMPLES, *write_pair(Path(tmp), 1_000_000)):
        item = make_item(Document.from_text(path.read_text(encoding="utf-8"), path.name))
        window.open_texts.model.add(item)
        items.append(item)
    small, big = items[:2], items[2:]
    rows = []
    for _ in range(runs):
        window.files.compare_pair(small[0].id, small[1].id)
        wait(settled)
        pause = time.perf_counter() + 0.3
        while time.perf_counter() < pause:  # the window settles, as before a user's click
            app.processEvents()
            time.sleep(0.001)
        watch = StallWatch()
        timings.clear()
        started = watch.start()
        window.files.compare_pair(big[0].id, big[1].id)
        wait(settled)
        total = time.perf_counter() - started
        watch.stop()
        assert len(window.view.changes()) > 100
        worker = timings.worker
        in_worker = worker["ended"] - worker["started"]
        rows.append((total, in_worker, worker["compare"], watch.longest(), watch.longest(after=worker["ended"])))
        slowest_gc = max(timings.collections, default=None)
        print(f"    run: shown in {total:.2f} s (worker {in_worker:.2f} s, of which compare() {worker['compare']:.2f} s; "
              f"UI thread {total - in_worker:.2f} s); longest stall {rows[-1][3]:.0f} ms "
              f"({rows[-1][4]:.0f} ms after the worker's result"
              + (f"; longest garbage collection on the UI thread {slowest_gc[0] * 1000:.0f} ms, generation "
                 f"{slowest_gc[1]}" if slowest_gc else "") + ")")
    window.close()
    total, in_worker, compare_s, stall, after_stall = (statistics.median(column) for column in zip(*rows))
    ui = total - in_worker
    print(f"(b) 1 MB pair, request to shown: median {total:.2f} s of {runs}; target {OPEN_TARGET} s: "
          f"{verdict(total, OPEN_TARGET)}")
    print(f"    the worker {in_worker:.2f} s ({in_worker / total:.0%}: compare() {compare_s:.2f} s, then preparing "
          f"what the view shows {in_worker - compare_s:.2f} s); the UI thread {ui:.2f} s ({ui / total:.0%}: the texts "
          f"put in the panes before, highlights, bars and lists after)")
    print(f"    longest UI-thread stall: median {stall:.0f} ms ({after_stall:.0f} ms after the result arrived); "
          f"target {STALL_TARGET:.0f} ms: {verdict(stall, STALL_TARGET)}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--starts", type=int, default=5, help="start-ups to time (default 5)")
    parser.add_argument("--opens", type=int, default=3, help="openings of the 1 MB pair to time (default 3)")
    args = parser.parse_args()
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    if args.starts:
        start_up(args.starts)
    if args.opens:
        open_megabyte_pair(args.opens)
    return 0


if __name__ == "__main__":
    sys.exit(main())
