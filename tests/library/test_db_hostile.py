"""Files that are not a usable Versus library: refused in one line (exit 2), never changed.

Issue 13 cases 9 and 10: another application's database, a newer schema, an empty file, text,
random bytes, a schema version without its tables, a damaged library, a read-only library.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from reader.cli import main
from reader.library import Library, LibraryError, db

COMMANDS = (["list"], ["search", "мост"], ["groups"], ["groups", "--threshold", "0.5"], ["import", "IN"])


def snapshot(folder: Path) -> dict[str, tuple[str, int]]:
    """Every file in ``folder``: its sha256 and mtime (ns)."""
    return {p.name: (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns)
            for p in sorted(folder.iterdir()) if p.is_file()}


def sqlite_file(path: Path, *statements: str) -> Path:
    conn = sqlite3.connect(path)
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()
    return path


def _other_app(p):
    return sqlite_file(p, "CREATE TABLE notes (text)", "INSERT INTO notes VALUES ('мои заметки')")


def _versus_claim_without_tables(p):
    return sqlite_file(p, "CREATE TABLE notes (text)", "PRAGMA user_version = 1")


def _newer(p):
    return sqlite_file(p, "CREATE TABLE articles (x)", "PRAGMA user_version = 99")


def _empty_sqlite(p):
    return sqlite_file(p, "PRAGMA user_version = 0", "VACUUM")


def _zero_bytes(p):
    p.write_bytes(b"")
    return p


def _text(p):
    p.write_text("Это не база данных.\n" * 50, encoding="utf-8")
    return p


def _random(p):
    p.write_bytes(bytes(range(256)) * 40)
    return p


def _sqlite_header_then_junk(p):
    p.write_bytes(b"SQLite format 3\x00" + b"\xff" * 8000)
    return p


FOREIGN = {
    "another application's database": (_other_app, "an SQLite database that is not a Versus library"),
    "schema 1 without the tables": (_versus_claim_without_tables,
                                    "not a Versus library (schema 1 without the table 'articles')"),
    "a newer Versus": (_newer, "made by a newer Versus (schema 99; this one knows up to 1)"),
    "an empty SQLite database": (_empty_sqlite, "an empty SQLite database that is not a Versus library"),
    "zero bytes": (_zero_bytes, "an empty file, not a Versus library"),
    "text": (_text, "not a Versus library (not an SQLite database)"),
    "random bytes": (_random, "not a Versus library (not an SQLite database)"),
    "an SQLite header then junk": (_sqlite_header_then_junk, "not a Versus library (file is not a database)"),
}


@pytest.fixture
def article(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Совет решил строить мост через реку.\n", encoding="utf-8")
    return folder


def run(capsys, argv, library, article):
    argv = [str(article) if a == "IN" else a for a in argv]
    status = main([*argv, "--library", str(library)])
    out, err = capsys.readouterr()
    return status, out, err


@pytest.mark.parametrize("kind", FOREIGN)
def test_foreign_files_are_refused_and_left_as_they_were(tmp_path, capsys, article, kind):
    make, reason = FOREIGN[kind]
    folder = tmp_path / "lib"
    folder.mkdir()
    path = make(folder / "other.db")
    before = snapshot(folder)
    for argv in COMMANDS:
        assert run(capsys, argv, path, article) == (2, "", f"versus: {path}: {reason}\n"), argv
        assert snapshot(folder) == before, argv  # same bytes, same mtime, no -wal or -shm beside it
    for create in (True, False):
        with pytest.raises(LibraryError, match=f"^{path}: {reason}$".replace("(", r"\(").replace(")", r"\)")):
            Library(path, create=create)
    assert snapshot(folder) == before


def test_a_folder_is_not_a_library(tmp_path, capsys, article):
    path = tmp_path / "folder.db"
    path.mkdir()
    for argv in COMMANDS:
        assert run(capsys, argv, path, article) == (2, "", f"versus: {path}: a folder, not a Versus library\n")
    assert list(path.iterdir()) == []


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@example(data=b"\x10\x00\x02\x02" + bytes(80), header=True)  # a header that says WAL: no -wal/-shm made
@given(data=st.binary(max_size=3000), header=st.booleans())
def test_any_bytes_are_refused_unchanged_or_opened(tmp_path_factory, data, header):
    """Whatever a file holds, opening it raises LibraryError and leaves it unchanged."""
    folder = tmp_path_factory.mktemp("bytes")
    path = folder / "lib.db"
    path.write_bytes((b"SQLite format 3\x00" if header else b"") + data)
    before = snapshot(folder)
    with pytest.raises(LibraryError) as caught:
        Library(path).close()
    assert "\n" not in str(caught.value) and str(caught.value).startswith(f"{path}: ")
    assert snapshot(folder) == before


def test_read_commands_refuse_a_missing_library_and_import_creates_it(tmp_path, capsys, article):
    path = tmp_path / "new" / "lib.db"
    for argv in COMMANDS[:-1]:
        assert run(capsys, argv, path, article) == (2, "", f"versus: no library at {path} (import files to create one)\n")
    assert not path.parent.exists()
    with pytest.raises(LibraryError, match=f"^no library at {path} \\(import files to create one\\)$"):
        Library(path, create=False)
    status, out, _ = run(capsys, ["import", "IN"], path, article)
    assert status == 0 and out.startswith("1 of 1 files: 1 added")
    assert sorted(p.name for p in path.parent.iterdir()) == ["lib.db"]  # nothing half-built beside it
    assert run(capsys, ["list"], path, article)[0] == 0


def _library_with_articles(path: Path, n: int = 60) -> None:
    with Library(path) as lib, lib.transaction():
        for i in range(n):
            lib.insert(text=f"Совет решил строить мост номер {i}. " * 40, path=f"{i}.txt", format="txt",
                       encoding="utf-8", title=f"Мост {i}")


def test_a_damaged_library_gives_one_line(tmp_path, capsys, article):
    path = tmp_path / "lib.db"
    _library_with_articles(path)
    data = bytearray(path.read_bytes())
    data[4096:] = b"\xff" * (len(data) - 4096)  # every page but the first (the schema) is junk
    path.write_bytes(bytes(data))
    damaged = f"versus: {path}: the library is damaged (database disk image is malformed)\n"
    for argv in COMMANDS[:-1]:
        assert run(capsys, argv, path, article) == (2, "", damaged), argv
    with pytest.raises(LibraryError, match="the library is damaged"), Library(path) as lib:
        lib.page()


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("template") / "lib.db"
    _library_with_articles(path, 30)
    return path


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(start=st.integers(0, 2**20), junk=st.binary(min_size=1, max_size=4096))
def test_a_damaged_library_never_raises_past_the_commands(tmp_path_factory, capsys, template, start, junk):
    """Any bytes overwritten anywhere: each command succeeds, or gives one line and exit 2."""
    path = tmp_path_factory.mktemp("damaged") / "lib.db"
    data = bytearray(template.read_bytes())
    start %= len(data)
    data[start:start + len(junk)] = junk
    path.write_bytes(bytes(data))
    for argv in (["list"], ["search", "мост"], ["groups"], ["groups", "--threshold", "0.5"]):
        status = main([*argv, "--library", str(path)])
        err = capsys.readouterr().err
        assert (status, err.count("\n")) in ((0, 0), (2, 1)), (argv, err)


ROOT = os.name == "posix" and os.geteuid() == 0


def _readonly_library(tmp_path: Path, monkeypatch, how: str) -> Path:
    path = tmp_path / "lib" / "lib.db"
    path.parent.mkdir()
    _library_with_articles(path, 3)
    if how == "file":
        path.chmod(0o444)
    elif how == "folder":
        path.parent.chmod(0o555)
    else:  # as root every file is writable: make the library see it as a user would
        monkeypatch.setattr(db, "_writable", lambda p: False)
    return path


@pytest.mark.parametrize("how", [
    pytest.param("file", marks=pytest.mark.skipif(ROOT, reason="root writes read-only files")),
    pytest.param("folder", marks=pytest.mark.skipif(ROOT, reason="root writes in read-only folders")),
    "seen as read-only",
])
def test_a_read_only_library_reads_and_refuses_writes_in_one_line(tmp_path, capsys, article, monkeypatch, how):
    path = _readonly_library(tmp_path, monkeypatch, how)
    before = snapshot(path.parent)
    status, out, _ = run(capsys, ["list", "--sort", "title"], path, article)
    assert (status, out.splitlines()[-1]) == (0, "3 of 3 articles")
    hits = "".join(f"     {n + 1}  Мост {n}\n        Совет решил строить [мост] номер {n}. Совет решил "
                   f"строить [мост] номер {n}…\n" for n in range(3))
    assert run(capsys, ["search", "мост"], path, article)[:2] == (0, hits + "3 of 3 matches\n")
    assert run(capsys, ["import", "IN"], path, article) == (
        2, "", f"versus: {path}: the library is read-only (cannot import into it)\n")
    assert run(capsys, ["groups", "--threshold", "0.5"], path, article) == (
        2, "", f"versus: {path}: the library is read-only (cannot change it)\n")
    with Library(path) as lib:
        assert lib.readonly and lib.count() == 3
        with pytest.raises(LibraryError, match="the library is read-only"):
            lib.collection("новая")
    assert snapshot(path.parent)["lib.db"] == before["lib.db"]
    path.parent.chmod(0o755)
