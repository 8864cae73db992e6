"""Opening, creating and migrating library databases."""

from __future__ import annotations

import sqlite3

import pytest

from reader.library import Library, LibraryError, db, default_path


def test_new_library_is_wal_and_current(tmp_path):
    path = tmp_path / "sub" / "lib.sqlite3"
    with Library(path) as lib:
        assert lib.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert lib.conn.execute("PRAGMA user_version").fetchone()[0] == db.SCHEMA_VERSION == 1
        with lib.transaction():
            lib.insert(text="The council voted on the budget.", path="a.txt", format="txt",
                       encoding="utf-8", title="Budget")
    with Library(path) as again:
        assert [r.title for r in again.page()] == ["Budget"]
        assert again.params.threshold == 0.3
        assert again.integrity() == "ok"


def test_default_location_is_the_user_data_folder(tmp_path):
    assert default_path() == tmp_path / "xdg-data" / "Versus" / "library.sqlite3"
    with Library() as lib:
        assert lib.path == default_path() and lib.path.exists()


def test_a_newer_schema_is_refused(tmp_path):
    path = tmp_path / "future.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE x (y)")
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    with pytest.raises(LibraryError, match=r"made by a newer Versus \(schema 99; this one knows up to 1\)"):
        Library(path)


def test_other_files_are_refused(tmp_path):
    other = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE notes (text)")
    conn.close()
    with pytest.raises(LibraryError, match="an SQLite database that is not a Versus library"):
        Library(other)
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(LibraryError, match="not a Versus library"):
        Library(junk)


def test_a_failing_migration_leaves_the_old_version(tmp_path, monkeypatch):
    monkeypatch.setattr(db, "MIGRATIONS", [db.MIGRATIONS[0] + ["CREATE TABLE broken ("]])
    monkeypatch.setattr(db, "SCHEMA_VERSION", 1)
    path = tmp_path / "half.sqlite3"
    with pytest.raises(LibraryError, match=r"half.sqlite3: cannot use the library \(incomplete input\)"):
        Library(path)
    assert list(tmp_path.iterdir()) == []  # no library, no half-built file left beside it


def test_a_migration_step_reads_the_version_inside_its_transaction(tmp_path, monkeypatch):
    """Two openers that both saw the old version: the second finds the step done and skips it."""
    path = tmp_path / "lib.sqlite3"
    Library(path).close()
    monkeypatch.setattr(db, "MIGRATIONS", [*db.MIGRATIONS, ["CREATE TABLE extra (x)"]])
    monkeypatch.setattr(db, "SCHEMA_VERSION", 2)
    first = sqlite3.connect(path, isolation_level=None)
    second = sqlite3.connect(path, isolation_level=None)
    assert second.execute("PRAGMA user_version").fetchone()[0] == 1  # what it saw before
    assert db.migrate(first) == 1
    real_execute = second.execute
    calls = []

    class Seen:  # the second migration's first look says 1: the step is done by the time it begins
        def execute(self, sql, *args):
            calls.append(sql)
            if sql == "PRAGMA user_version" and len(calls) == 1:
                return real_execute("SELECT 1")
            return real_execute(sql, *args)

        in_transaction = property(lambda self: second.in_transaction)

    assert db.migrate(Seen()) == 1  # type: ignore[arg-type]
    assert calls == ["PRAGMA user_version", "BEGIN IMMEDIATE", "PRAGMA user_version", "COMMIT"]
    assert second.execute("SELECT count(*) FROM sqlite_master WHERE name = 'extra'").fetchone()[0] == 1
    first.close()
    second.close()


def test_the_library_does_not_load_qt():
    import subprocess
    import sys

    code = ("import sys, reader.library, reader.cli.library, reader.library.importer; "
            "print(sorted(m for m in sys.modules if m.startswith('PySide6')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out == "[]\n"
