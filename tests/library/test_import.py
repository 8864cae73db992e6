"""Import behaviour: idempotence, progress and cancel, collections, and surviving SIGKILL."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time

from reader.library import Library, RowFilter, import_paths
from reader.library.importer import STAGES


def test_reimport_is_idempotent(tmp_path, lib, make_text):
    for i in range(5):
        (tmp_path / f"{i}.txt").write_text(make_text(i), encoding="utf-8")
    (tmp_path / "copy.txt").write_text(make_text(0).upper().replace(" ", "  "), encoding="utf-8")
    first = import_paths(lib, [str(tmp_path)])
    assert (first.added, first.duplicates, first.errors) == (5, 1, [])
    snapshot = [(r.id, r.title, r.length, r.group_id) for r in lib.page()]
    second = import_paths(lib, [str(tmp_path), str(tmp_path / "3.txt")])
    assert (second.total, second.added, second.duplicates, second.errors, second.added_ids) == (7, 0, 7, [], [])
    assert [(r.id, r.title, r.length, r.group_id) for r in lib.page()] == snapshot
    assert lib.count() == 5


def test_progress_reports_every_file(tmp_path, lib, make_text):
    (tmp_path / "a.txt").write_text(make_text(1), encoding="utf-8")
    (tmp_path / "b.txt").write_text(make_text(1), encoding="utf-8")
    (tmp_path / "c.txt").write_bytes(b"")
    calls = []
    report = import_paths(lib, [str(tmp_path), str(tmp_path / "missing.txt")],
                          progress=lambda done, total, current: calls.append((done, total, os.path.basename(current))))
    assert calls == [(2, 4, "a.txt"), (3, 4, "b.txt"), (4, 4, "c.txt")]
    assert (report.done, report.added, report.duplicates, len(report.errors), report.cancelled) == (4, 1, 1, 2, False)
    assert report.summary().startswith("4 of 4 files: 1 added, 1 duplicates skipped, 2 errors in ")


def test_cancel_keeps_what_was_done_and_a_second_run_completes(tmp_path, lib, make_text):
    for i in range(6):
        (tmp_path / f"{i}.txt").write_text(make_text(100 + i), encoding="utf-8")
    calls = []
    report = import_paths(lib, [str(tmp_path)], batch_size=2, progress=lambda *a: calls.append(a),
                          cancel=lambda: len(calls) >= 3)
    assert (report.cancelled, report.added, lib.count()) == (True, 3, 3)
    again = import_paths(lib, [str(tmp_path)])
    assert (again.cancelled, again.added, again.duplicates, lib.count()) == (False, 3, 3, 6)


def test_import_into_a_collection(tmp_path, lib, make_text):
    (tmp_path / "a.txt").write_text(make_text(7), encoding="utf-8")
    (tmp_path / "b.txt").write_text(make_text(8), encoding="utf-8")
    import_paths(lib, [str(tmp_path / "a.txt")], collection="Первая")
    import_paths(lib, [str(tmp_path)], collection="Вторая")  # a.txt is a duplicate but joins it too
    assert [(c.name, c.size) for c in lib.collections()] == [("Вторая", 2), ("Первая", 1)]


def test_workers_give_the_same_library(tmp_path, make_text):
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(12):
        (folder / f"{i:02d}.txt").write_text(make_text(200 + i // 2) + ("Extra line.\n" if i % 2 else ""),
                                             encoding="utf-8")
    results = []
    for workers in (0, 2):
        with Library(tmp_path / f"w{workers}.sqlite3") as lib:
            report = import_paths(lib, [str(folder)], workers=workers, batch_size=4)
            assert (report.added, report.errors) == (12, [])
            results.append([(r.title, r.length, r.group_id) for r in lib.page()])
    assert results[0] == results[1]
    assert len({g for _, _, g in results[0]}) == 6


def test_the_report_times_each_stage(tmp_path, make_text):
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(12):
        (folder / f"{i:02d}.txt").write_text(make_text(300 + i // 2) + f"Line {i}.\n", encoding="utf-8")
    for workers in (0, 2):
        with Library(tmp_path / f"w{workers}.sqlite3") as lib:
            report = import_paths(lib, [str(folder)], workers=workers, batch_size=4)
            assert list(report.stages) == list(STAGES)
            assert all(seconds > 0 for seconds in report.stages.values()), report.stages
            in_this_process = ("store", "index", "group", "commit") + (("read", "sign") if workers <= 1 else ())
            assert sum(report.stages[s] for s in in_this_process) <= report.seconds
            again = import_paths(lib, [str(folder)], workers=workers, batch_size=4)
            assert again.duplicates == 12 and again.stages["read"] > 0
            # nothing new: no signature is computed (in this process), nothing stored, indexed or grouped
            assert [again.stages[s] for s in ("store", "index", "group")] == [0.0, 0.0, 0.0]
            assert (again.stages["sign"] == 0.0) == (workers <= 1)


IMPORT_SCRIPT = """
import sys, time
from reader.library import Library, RowFilter, import_paths
lib = Library(sys.argv[1])
import_paths(lib, [sys.argv[2]], batch_size=10, progress=lambda *a: time.sleep(0.02))
"""


def test_import_killed_midway_recovers(tmp_path, make_text):
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(60):  # 60 stories in two versions each
        text = make_text(300 + i, 8)
        (folder / f"{i:03d}a.txt").write_text(text, encoding="utf-8")
        (folder / f"{i:03d}b.txt").write_text(text + "Один абзац добавлен в новой версии.\n", encoding="utf-8")
    db = tmp_path / "lib.sqlite3"
    proc = subprocess.Popen([sys.executable, "-c", IMPORT_SCRIPT, str(db), str(folder)])
    count = 0
    deadline = time.monotonic() + 60
    try:
        while count < 20 and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.02)
            try:
                conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)  # never creates it
                count = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
                conn.close()
            except sqlite3.OperationalError:
                pass  # not created yet (or no table yet)
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    killed_at = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    conn.close()
    assert 20 <= killed_at < 120 and killed_at % 10 == 0  # whole batches only
    with Library(db) as lib:
        assert lib.integrity() == "ok"
        report = import_paths(lib, [str(folder)])
        assert (report.added, report.duplicates, report.errors) == (120 - killed_at, killed_at, [])
        assert lib.count() == 120
        assert [g.size for g in lib.groups()] == [2] * 60
        assert lib.count(RowFilter(query='"один абзац добавлен"')) == 60  # the index is complete too
        assert lib.integrity() == "ok"



def test_files_are_read_before_the_library_is_locked(tmp_path, lib, make_text):
    """Reading and fingerprinting happen outside the write transaction: while a file is read,
    another process can write to the library (issue 13, case 8: a long import held the lock)."""
    for i in range(3):
        (tmp_path / f"{i}.txt").write_text(make_text(300 + i), encoding="utf-8")
    could_write = []

    def progress(done, total, current):
        other = sqlite3.connect(lib.path, timeout=0, isolation_level=None)
        try:
            other.execute("BEGIN IMMEDIATE")
            other.execute("ROLLBACK")
            could_write.append(True)
        except sqlite3.OperationalError:
            could_write.append(False)
        finally:
            other.close()

    report = import_paths(lib, [str(tmp_path)], progress=progress)
    assert report.added == 3 and could_write == [True, True, True]
