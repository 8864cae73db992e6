"""Two users of one library at once (issue 13 case 8): concurrent creators both succeed; a
writer that finds the library busy waits for the busy timeout, then says so in one line."""

from __future__ import annotations

import subprocess
import sys
import threading
import time

import pytest

from reader.cli import main
from reader.library import Library, LibraryError, RowFilter, db

BUSY = "the library is busy: another import is running; try again when it ends"


def _together(jobs, timeout: float = 120.0) -> list[object]:
    """Run the jobs in threads released at one barrier; their results or exceptions, in order."""
    barrier = threading.Barrier(len(jobs))
    results: list[object] = [None] * len(jobs)

    def run(i: int) -> None:
        try:
            barrier.wait(timeout)
            results[i] = jobs[i]()
        except BaseException as exc:  # reported to the test below
            results[i] = exc

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(jobs))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout)
    assert not any(t.is_alive() for t in threads)
    return results


def _add(path, text: str):
    def job() -> int:
        with Library(path) as lib, lib.transaction():
            return lib.insert(text=text, path="a.txt", format="txt", encoding="utf-8", title=text[:20])[0]
    return job


def test_two_threads_create_one_new_library_ten_times(tmp_path, make_text):
    for round_ in range(10):
        path = tmp_path / f"r{round_}" / "lib.sqlite3"
        results = _together([_add(path, make_text(2 * round_)), _add(path, make_text(2 * round_ + 1))])
        assert [type(r) for r in results] == [int, int], results  # no exception
        assert sorted(results) == [1, 2]  # both added
        assert sorted(p.name for p in path.parent.iterdir()) == ["lib.sqlite3"]  # nothing half-built left
        with Library(path) as lib:
            assert lib.count() == 2 and lib.integrity() == "ok"


IMPORT = [sys.executable, "-m", "reader.cli", "import", "--quiet"]


def test_two_processes_import_into_one_new_library(tmp_path, make_text):
    folders = []
    for k in range(2):
        folder = tmp_path / f"in{k}"
        folder.mkdir()
        for i in range(5):
            (folder / f"{i}.txt").write_text(make_text(100 * k + i), encoding="utf-8")
        folders.append(folder)
    for round_ in range(3):
        path = tmp_path / f"r{round_}" / "lib.sqlite3"
        procs = [subprocess.Popen([*IMPORT, str(folder), "--library", str(path)], stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, text=True) for folder in folders]
        outs = [p.communicate(timeout=300) for p in procs]
        assert [p.returncode for p in procs] == [0, 0], outs
        assert all(out.startswith("5 of 5 files: 5 added, 0 duplicates skipped, 0 errors") for out, _ in outs)
        with Library(path) as lib:
            assert lib.count() == 10


@pytest.fixture
def held(tmp_path):
    """A library whose write lock another connection holds (as an import's batch does)."""
    path = tmp_path / "lib.sqlite3"
    with Library(path) as lib, lib.transaction():
        lib.insert(text="Совет решил строить мост через реку.", path="a.txt", format="txt", encoding="utf-8",
                   title="Мост")
    holder = Library(path)
    holder.conn.execute("BEGIN IMMEDIATE")
    yield path, holder
    if holder.conn.in_transaction:
        holder.conn.execute("ROLLBACK")
    holder.close()


def test_a_second_writer_waits_then_says_busy(held, tmp_path, capsys, monkeypatch):
    path, _ = held
    monkeypatch.setattr(db, "BUSY_TIMEOUT", 0.3)
    new = tmp_path / "new.txt"
    new.write_text("Мэр открыл новую школу.\n", encoding="utf-8")
    started = time.monotonic()
    assert main(["import", str(new), "--library", str(path)]) == 2
    assert time.monotonic() - started >= 0.3  # it waited the busy timeout first
    assert capsys.readouterr() == ("", f"versus: {path}: {BUSY}\n")
    assert main(["groups", "--threshold", "0.5", "--library", str(path)]) == 2
    assert capsys.readouterr() == ("", f"versus: {path}: {BUSY}\n")
    with Library(path) as lib:  # the reader's Library: the same message as a LibraryError
        with pytest.raises(LibraryError, match=f"^{path}: {BUSY}$"), lib.transaction():
            pass
        with pytest.raises(LibraryError, match=f"^{path}: {BUSY}$"):
            lib.collection("новая")
        assert lib.count() == 1  # reading goes on meanwhile (write-ahead log)


def test_readers_are_not_blocked_by_a_writer(held, capsys, monkeypatch):
    path, _ = held
    monkeypatch.setattr(db, "BUSY_TIMEOUT", 0.3)
    assert main(["list", "--library", str(path)]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "1 of 1 articles"
    assert main(["search", "мост", "--library", str(path)]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "1 of 1 matches"
    assert main(["groups", "--library", str(path)]) == 0
    assert capsys.readouterr().out == "0 of 0 groups (threshold 0.3)\n"


def test_a_writer_proceeds_once_the_lock_is_released(held):
    path, holder = held
    asking = threading.Event()

    def write() -> int:
        with Library(path, timeout=120) as lib:
            lib.conn.set_trace_callback(lambda sql: sql == "BEGIN IMMEDIATE" and asking.set())
            with lib.transaction():  # waits here for the holder
                return lib.insert(text="Мэр открыл новую школу.", path="b.txt", format="txt", encoding="utf-8",
                                  title="Школа")[0]

    result: list[object] = []
    thread = threading.Thread(target=lambda: result.append(write()))
    thread.start()
    assert asking.wait(60)  # the writer has sent BEGIN IMMEDIATE: the holder lets go now
    holder.conn.execute("INSERT INTO collections(name, created_at) VALUES ('из держателя', 'now')")
    holder.conn.execute("COMMIT")
    thread.join(120)
    assert result == [2]
    with Library(path) as lib:
        assert lib.count() == 2 and lib.count(RowFilter(query="школу")) == 1
        assert [c.name for c in lib.collections()] == ["из держателя"]
