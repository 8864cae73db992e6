"""Issue 13 through the importer: hostile archives, pages and signals.

Case 3 (an archive opened once), 4 (a page too complex to extract), 11 (members of one name),
12 (a budget per archive, the same with workers) and 13 (workers end with the importing
process, however it ends).
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
import zipfile

import pytest

from reader.core.archives import archive_opens
from reader.core.sources import MAX_HTML_TAGS
from reader.library import Library, import_paths


def words(seed: int, n: int = 30) -> str:
    """A text of made-up words: no two seeds' texts are alike, so none group together."""
    rng = random.Random(seed)
    return " ".join("".join(rng.choice("абвгдежзиклмнопрстуфхэюя") for _ in range(rng.randint(3, 9)))
                    for _ in range(n)).capitalize() + ".\n"


def test_members_of_one_name_are_imported_apart(tmp_path, lib):
    archive = tmp_path / "a.zip"
    with zipfile.ZipFile(archive, "w") as zf, pytest.warns(UserWarning, match="Duplicate name"):
        zf.writestr("x.txt", words(1))
        zf.writestr("x.txt", words(2))
        zf.writestr("x.txt", words(1))  # a real duplicate of the first
    report = import_paths(lib, [str(archive)])
    assert (report.added, report.duplicates, report.errors) == (2, 1, [])
    assert sorted((a.path, a.text) for a in map(lib.article, (r.id for r in lib.page()))) == [
        (f"{archive}::x.txt", words(1)), (f"{archive}::x.txt (2)", words(2))]


def test_an_archive_is_opened_once_by_the_import(tmp_path, lib):
    with zipfile.ZipFile(tmp_path / "many.zip", "w") as zf:
        for i in range(500):
            zf.writestr(f"{i:03d}.txt", words(i, 8))
    before = archive_opens()
    report = import_paths(lib, [str(tmp_path / "many.zip")], batch_size=100)
    assert (report.added, report.errors) == (500, [])
    assert archive_opens() - before == 1


def test_a_worker_job_opens_an_archive_once_and_closes_it(tmp_path):
    from reader.core import archives
    from reader.core.sources import find_sources
    from reader.library.importer import _prepare_many

    with zipfile.ZipFile(tmp_path / "many.zip", "w") as zf:
        for i in range(50):
            zf.writestr(f"{i:02d}.txt", words(i, 8))
    with Library(tmp_path / "lib.sqlite3") as lib:
        params = lib.params
    found, _ = find_sources([tmp_path / "many.zip"])
    archives.close_archives()  # a worker process starts with nothing open
    before = archive_opens()
    prepared = _prepare_many((found, params, 10_000, 10**9))
    assert [p.error for p in prepared] == [""] * 50
    assert (archive_opens() - before, archives._open) == (1, None)


def bomb(path, sizes) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for i, size in enumerate(sizes):
            text = words(i, 10)
            zf.writestr(f"{i:02d}.txt", (text * (size // len(text.encode()) + 1)).encode()[:size].decode(errors="ignore"))


@pytest.mark.parametrize("workers", [0, 2])
def test_an_archive_budget_is_the_same_with_workers(tmp_path, workers):
    archive = tmp_path / "bomb.zip"
    bomb(archive, [40_000] * 12)
    (tmp_path / "plain.txt").write_text(words(99), encoding="utf-8")
    with Library(tmp_path / f"w{workers}.sqlite3") as lib:
        report = import_paths(lib, [str(archive), str(tmp_path / "plain.txt")], workers=workers, batch_size=4,
                              max_archive_size=200_000)
        stored = sum(len(lib.article(r.id).text.encode()) for r in lib.page())
    reason = "the archive's texts pass the limit of 195.3 KB read from one archive"
    assert (report.added, report.total) == (6, 13)  # five members of 40,000 bytes, and plain.txt
    assert [(os.path.basename(i.path), i.reason) for i in report.errors] == [
        (f"bomb.zip::{k:02d}.txt", reason) for k in range(5, 12)]
    assert stored <= 200_000 + len(words(99).encode())


def test_a_page_too_complex_is_one_failed_file(tmp_path, lib):
    (tmp_path / "spans.html").write_bytes(b"<html><body>" + b"<span>x</span>" * (MAX_HTML_TAGS + 10)
                                          + b"</body></html>")
    (tmp_path / "ok.txt").write_text(words(5), encoding="utf-8")
    report = import_paths(lib, [str(tmp_path)])
    assert report.added == 1
    assert [(os.path.basename(i.path), i.reason) for i in report.errors] == [
        ("spans.html", f"the page is too complex to extract ({MAX_HTML_TAGS + 12:,} tags; "
                       f"the limit is {MAX_HTML_TAGS:,})")]


# --- case 13: the workers end with the importing process --------------------------------------

def _stat(pid: int) -> tuple[str, int] | None:
    """(state, parent pid) of a live process, None when it is gone."""
    try:
        with open(f"/proc/{pid}/stat") as fh:
            fields = fh.read().rsplit(")", 1)[1].split()
    except (FileNotFoundError, ProcessLookupError):
        return None
    return fields[0], int(fields[1])


def _descendants(root: int) -> set[int]:
    parents = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit() and (st := _stat(int(entry))) is not None:
            parents[int(entry)] = st[1]
    found, todo = set(), [root]
    while todo:
        pid = todo.pop()
        children = {p for p, ppid in parents.items() if ppid == pid}
        todo.extend(children - found)
        found |= children
    return found


def _alive(pid: int) -> bool:
    st = _stat(pid)
    return st is not None and st[0] not in ("Z", "X")  # a zombie has ended


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM])
def test_workers_end_when_the_import_is_killed(tmp_path, sig):
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(3000):
        (folder / f"{i:04d}.txt").write_text(words(i, 12), encoding="utf-8")
    db = tmp_path / "lib.sqlite3"
    proc = subprocess.Popen([sys.executable, "-m", "reader.cli", "import", "--library", str(db),
                             "--workers", "2", str(folder)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    children: set[int] = set()
    try:
        deadline = time.monotonic() + 120
        stored = 0
        while stored == 0 and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.05)
            try:  # the first batch is in: the workers are at work
                conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
                stored = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
                conn.close()
            except sqlite3.OperationalError:
                pass
            children = _descendants(proc.pid) or children
        assert proc.poll() is None, "the import ended before it could be killed"
        children = _descendants(proc.pid)
        assert len(children) >= 2  # the workers (and multiprocessing's resource tracker)
        os.kill(proc.pid, sig)
        proc.wait(timeout=30)
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and any(_alive(p) for p in children):
            time.sleep(0.1)
        assert [p for p in children if _alive(p)] == []
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        for pid in children:  # never leave them behind, even when the test fails
            if _alive(pid):
                os.kill(pid, signal.SIGKILL)
    with Library(db) as lib:  # what was committed stays, whole
        assert lib.integrity() == "ok" and lib.count() >= 200


# --- perf: time grows linearly with the members of an archive ----------------------------------

@pytest.mark.perf
def test_archive_reading_time_is_near_linear_in_members(tmp_path):
    """Finding and reading every member: 10x the members take about 10x the time (it was
    quadratic: each member opened the archive again). The import adds the library's own work."""
    from reader.core.sources import find_sources, read

    reading, importing = {}, {}
    for n in (1000, 10000):
        archive = tmp_path / f"{n}.zip"
        with zipfile.ZipFile(archive, "w") as zf:
            for i in range(n):
                zf.writestr(f"{i:05d}.txt", words(n * 100_000 + i, 12))
        started = time.perf_counter()
        found, _ = find_sources([archive])
        assert len([read(s) for s in found]) == n
        reading[n] = time.perf_counter() - started
        with Library(tmp_path / f"{n}.sqlite3") as lib:
            started = time.perf_counter()
            report = import_paths(lib, [str(archive)])
            importing[n] = time.perf_counter() - started
        assert (report.added, report.errors) == (n, [])
    print(f"archive members 1k -> 10k: reading {reading[1000]:.2f} -> {reading[10000]:.2f} s, "
          f"importing {importing[1000]:.1f} -> {importing[10000]:.1f} s")
    assert reading[10000] < 15 * reading[1000]
    assert importing[10000] < 25 * importing[1000]
