"""The library database: where it lives, how it is opened, and its versioned schema.

The schema version is SQLite's ``user_version``; ``MIGRATIONS[n]`` takes a database from
version ``n`` to ``n + 1`` in one transaction, so an interrupted upgrade leaves the old
version intact.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from reader import APP_NAME


class LibraryError(Exception):
    """A library that cannot be opened or used; ``str(err)`` is one line."""


# Full-text search: FTS5 with the unicode61 tokenizer (see reader.library.search for why).
# The index is an external-content table over a view, so texts are stored once; the view
# folds ё into е so that "еще" finds "ещё" (unicode61 folds case for Cyrillic but keeps ё).
_V1 = [
    """CREATE TABLE articles (
        id          INTEGER PRIMARY KEY,
        hash        TEXT NOT NULL UNIQUE,      -- sha256 of the normalised text
        path        TEXT NOT NULL,             -- where it came from ("a.zip::b.txt" for members)
        format      TEXT NOT NULL,             -- txt, md or html
        encoding    TEXT NOT NULL,
        title       TEXT NOT NULL,
        title_key   TEXT NOT NULL,             -- casefolded title, for sorting
        source      TEXT,                      -- outlet or site name, where found
        date        TEXT,                      -- publication date (ISO), where found
        url         TEXT,
        language    TEXT,
        length      INTEGER NOT NULL,          -- characters
        imported_at TEXT NOT NULL,
        group_id    INTEGER REFERENCES story_groups(id) ON DELETE SET NULL
    )""",
    "CREATE TABLE texts (article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE, "
    "text TEXT NOT NULL)",
    "CREATE TABLE story_groups (id INTEGER PRIMARY KEY, created_at TEXT NOT NULL)",
    "CREATE TABLE collections (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, created_at TEXT NOT NULL)",
    """CREATE TABLE collection_articles (
        collection_id INTEGER NOT NULL REFERENCES collections(id) ON DELETE CASCADE,
        article_id    INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        PRIMARY KEY (collection_id, article_id)
    ) WITHOUT ROWID""",
    "CREATE INDEX collection_articles_by_article ON collection_articles(article_id)",
    "CREATE TABLE signatures (article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE, "
    "sig BLOB NOT NULL)",
    """CREATE TABLE lsh (
        band_key   INTEGER NOT NULL,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        PRIMARY KEY (band_key, article_id)
    ) WITHOUT ROWID""",
    "CREATE INDEX lsh_by_article ON lsh(article_id)",
    "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE INDEX articles_by_title ON articles(title_key, id)",
    "CREATE INDEX articles_by_source ON articles(source, id)",
    "CREATE INDEX articles_by_date ON articles(date, id)",
    "CREATE INDEX articles_by_length ON articles(length, id)",
    "CREATE INDEX articles_by_group ON articles(group_id, id)",
    """CREATE VIEW search_source AS
        SELECT a.id AS id,
               replace(replace(a.title, 'ё', 'е'), 'Ё', 'Е') AS title,
               replace(replace(t.text, 'ё', 'е'), 'Ё', 'Е') AS body
        FROM articles a JOIN texts t ON t.article_id = a.id""",
    """CREATE VIRTUAL TABLE search USING fts5(
        title, body, content='search_source', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2', prefix='2 3')""",
    # rank = bm25 with the title weighing five times the text
    "INSERT INTO search(search, rank) VALUES ('rank', 'bm25(5.0, 1.0)')",
]

MIGRATIONS: list[list[str]] = [_V1]

# The table's sort keys and the indexed columns they order by (here, with the schema, so the
# CLI can offer them without loading the library module and its numpy).
ORDER_COLUMNS = {
    "id": "a.id",
    "title": "a.title_key",
    "source": "a.source",
    "date": "a.date",
    "length": "a.length",
    "group": "a.group_id",
    "imported": "a.imported_at",
}
SCHEMA_VERSION = len(MIGRATIONS)


def default_path() -> Path:
    """``library.sqlite3`` in the user data directory that platformdirs names."""
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False) / "library.sqlite3"


def connect(path: str | Path) -> sqlite3.Connection:
    """Open (creating if needed) and migrate a library database, in WAL mode.

    The connection is in autocommit mode: callers group writes with explicit transactions.
    """
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(str(path), isolation_level=None, timeout=10.0)
    except (OSError, sqlite3.Error) as exc:
        raise LibraryError(f"{path}: cannot open the library ({exc})") from exc
    try:
        mode = conn.execute("PRAGMA journal_mode=WAL").fetchone()[0]
        if mode.lower() != "wal":
            raise LibraryError(f"{path}: cannot use write-ahead logging (journal mode {mode})")
        conn.execute("PRAGMA synchronous=NORMAL")  # with WAL: consistent after a crash
        conn.execute("PRAGMA foreign_keys=ON")
        migrate(conn, str(path))
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise LibraryError(f"{path}: not a Versus library ({exc})") from exc
    except LibraryError:
        conn.close()
        raise
    return conn


def migrate(conn: sqlite3.Connection, name: str = "library") -> int:
    """Bring the schema up to SCHEMA_VERSION; return the version the database had."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise LibraryError(f"{name}: made by a newer Versus (schema {version}; this one knows "
                           f"up to {SCHEMA_VERSION})")
    if version == 0 and conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
        raise LibraryError(f"{name}: an SQLite database that is not a Versus library")
    for step in range(version, SCHEMA_VERSION):
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in MIGRATIONS[step]:
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {step + 1}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return version
