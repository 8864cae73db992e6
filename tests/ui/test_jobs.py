"""reader.ui.common.jobs.BackgroundRunner: newest result only (or every one, queued), busy after a
delay, cancel, failures reported and logged, reader.ui.common.background on exactly while running."""

from __future__ import annotations

import gc
import logging
import sys
import threading

import pytest

from reader.ui.common import background
from reader.ui.common.jobs import BackgroundRunner

WAIT = 10000  # ms; a generous bound for a job's few lines


def _tuned() -> bool:
    """reader.ui.common.background's settings are on (as between begin() and end())."""
    return not gc.isenabled() and sys.getswitchinterval() <= background.SWITCH_INTERVAL


@pytest.fixture
def make_runner(qtbot):
    made = []

    def make(**kwargs) -> BackgroundRunner:
        runner = BackgroundRunner(**kwargs)
        made.append(runner)
        return runner

    yield make
    for runner in made:
        runner.cancel()
        assert runner.wait(WAIT)
    qtbot.wait(10)  # let the last queued reports arrive while the runners still exist


def _held(release: threading.Event, result, reports=()):
    """A job that reports ``reports``, waits for ``release`` and returns ``result``."""

    def run(progress, cancelled):
        for value in reports:
            progress(value)
        assert release.wait(WAIT / 1000)
        return result

    return run


def test_only_the_newest_result_and_its_progress_are_delivered(qtbot, make_runner):
    runner = make_runner()
    done, progress = [], []
    runner.done.connect(done.append)
    runner.progress.connect(progress.append)
    release = threading.Event()
    first = runner.start(_held(release, "first", ["first at work"]))
    second = runner.start(_held(release, "second", ["second at work"]))
    assert second == first + 1 == runner.request
    assert runner.cancelled(first) and not runner.cancelled(second)
    with qtbot.waitSignal(runner.done, timeout=WAIT):
        release.set()
    qtbot.wait(50)  # time for anything late from the first job to arrive
    assert done == ["second"] and progress == ["second at work"]
    assert not runner.is_running()


def test_a_queue_delivers_every_result_in_order(qtbot, make_runner):
    runner = make_runner(newest_only=False)
    done = []
    runner.done.connect(done.append)
    release = threading.Event()
    release.set()
    for name in ("a", "b", "c"):
        runner.start(_held(release, name))
    qtbot.waitUntil(lambda: len(done) == 3, timeout=WAIT)
    assert done == ["a", "b", "c"] and not runner.is_running()


def test_busy_comes_only_after_the_delay_and_ends_before_the_result(qtbot, make_runner):
    runner = make_runner()
    events = []
    runner.busy.connect(lambda busy: events.append(("busy", busy)))
    runner.done.connect(lambda result: events.append(("done", result)))
    release = threading.Event()
    runner.start(_held(release, "slow"))
    with qtbot.assertNotEmitted(runner.busy, wait=BackgroundRunner.SHOW_AFTER_MS - 100):
        pass
    with qtbot.waitSignal(runner.busy, timeout=WAIT) as blocker:
        pass
    assert blocker.args == [True] and runner.is_running()
    with qtbot.waitSignal(runner.done, timeout=WAIT):
        release.set()
    assert events == [("busy", True), ("busy", False), ("done", "slow")]


def test_a_quick_job_never_says_busy(qtbot, make_runner):
    runner = make_runner()
    release = threading.Event()
    release.set()
    with (qtbot.assertNotEmitted(runner.busy, wait=BackgroundRunner.SHOW_AFTER_MS + 100),
          qtbot.waitSignal(runner.done, timeout=WAIT)):
        runner.start(_held(release, "quick"))


def test_cancel_drops_the_running_request_at_once(qtbot, make_runner):
    runner = make_runner()
    asked = threading.Event()

    def until_cancelled(progress, cancelled):
        while not cancelled():
            threading.Event().wait(0.005)
        asked.set()
        return "too late"

    busy = []
    runner.busy.connect(busy.append)
    request = runner.start(until_cancelled)
    qtbot.waitUntil(lambda: busy == [True], timeout=WAIT)
    with qtbot.assertNotEmitted(runner.done, wait=100), qtbot.assertNotEmitted(runner.failed):
        runner.cancel()
        assert busy == [True, False] and not runner.is_running() and runner.cancelled(request)
        assert asked.wait(WAIT / 1000)  # the job was told
    assert runner.wait(WAIT)


def test_cancel_in_a_queue_stops_each_request_which_still_delivers(qtbot, make_runner):
    runner = make_runner(newest_only=False)
    done = []
    runner.done.connect(done.append)

    def until_cancelled(progress, cancelled):
        while not cancelled():
            threading.Event().wait(0.005)
        return "stopped"

    for _ in range(2):
        runner.start(until_cancelled)
    runner.cancel()
    assert runner.is_running()  # the results are still to come
    qtbot.waitUntil(lambda: len(done) == 2, timeout=WAIT)
    assert done == ["stopped", "stopped"] and not runner.is_running()
    release = threading.Event()
    release.set()
    later = runner.start(_held(release, "after"))
    assert not runner.cancelled(later)  # a cancel applies to the requests made before it
    qtbot.waitUntil(lambda: done[-1] == "after", timeout=WAIT)


def test_a_failure_is_reported_and_logged_with_its_traceback(qtbot, make_runner, caplog):
    log = logging.getLogger("tests.ui.test_jobs.owner")
    runner = make_runner(log=log)

    def broken(progress, cancelled):
        raise ValueError("a bug")

    with qtbot.waitSignal(runner.failed, timeout=WAIT) as blocker, qtbot.assertNotEmitted(runner.done):
        runner.start(broken, "doing the thing")
    assert blocker.args == ["ValueError: a bug"] and not runner.is_running()
    [record] = [r for r in caplog.records if r.name == log.name]
    assert record.levelno == logging.ERROR and record.exc_info[0] is ValueError
    assert record.getMessage() == "doing the thing failed"


def test_an_expected_failure_is_a_reason_not_a_bug(qtbot, make_runner, caplog):
    caplog.set_level(logging.INFO)
    log = logging.getLogger("tests.ui.test_jobs.owner")
    runner = make_runner(expected=(OSError,), log=log)

    def refused(progress, cancelled):
        raise OSError("the disk is full")

    with qtbot.waitSignal(runner.failed, timeout=WAIT) as blocker:
        runner.start(refused, "saving")
    assert blocker.args == ["the disk is full"]
    [record] = [r for r in caplog.records if r.name == log.name]
    assert record.levelno == logging.INFO and record.exc_info is None


def test_background_settings_last_exactly_while_running(qtbot, make_runner):
    assert not _tuned()
    runner = make_runner()
    release = threading.Event()
    runner.start(_held(release, 1))
    runner.start(_held(release, 2))  # the same running period
    assert _tuned()
    with qtbot.waitSignal(runner.done, timeout=WAIT):
        release.set()
    assert not _tuned()
    # begin() and end() are paired: inside someone else's period, ours leaves theirs on
    background.begin()
    try:
        hold = threading.Event()
        runner.start(_held(hold, 3))
        runner.cancel()  # ends the period now; the dropped job ends later without another end()
        hold.set()
        assert runner.wait(WAIT)
        qtbot.wait(50)
        with qtbot.waitSignal(runner.done, timeout=WAIT):
            runner.start(_held(hold, 4))
        assert _tuned()
    finally:
        background.end()
    assert not _tuned()


def test_a_failure_ends_the_period_too(qtbot, make_runner):
    runner = make_runner()

    def broken(progress, cancelled):
        raise RuntimeError("a bug")

    with qtbot.waitSignal(runner.failed, timeout=WAIT):
        runner.start(broken)
        assert _tuned()
    assert not _tuned()


def test_without_interpreter_tuning_background_is_left_alone(qtbot, make_runner):
    runner = make_runner(tune_interpreter=False)
    release = threading.Event()
    runner.start(_held(release, "x"))
    assert not _tuned()
    with qtbot.waitSignal(runner.done, timeout=WAIT):
        release.set()
    assert not _tuned()
