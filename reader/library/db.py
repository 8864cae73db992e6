"""The library database: where it lives, how it is opened, and its versioned schema.

The schema version is SQLite's ``user_version``; ``MIGRATIONS[n]`` takes a database from
version ``n`` to ``n + 1`` in one transaction, so an interrupted upgrade leaves the old
version intact.
"""

from __future__ import annotations

import os
import re
import sqlite3
import stat
import tempfile
from pathlib import Path

from reader import APP_NAME


class LibraryError(Exception):
    """A library that cannot be opened or used; ``str(err)`` is one line.

    ``str(err)`` is English: ``template.format(**params)``; ``template`` and ``params`` let the
    CLI and the reader say it in another language (``reader.i18n.reason_in``)."""

    def __init__(self, template: str, **params: object):
        self.template = template
        self.params = params
        super().__init__(template.format(**params) if params else template)

    def __reduce__(self):  # picklable: rebuilt from its parts, not from the one-line message
        return (_library_error, (self.template, self.params))


def _library_error(template: str, params: dict[str, object]) -> LibraryError:
    return LibraryError(template, **params)


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

SCHEMA_VERSION = len(MIGRATIONS)


def default_path() -> Path:
    """``library.sqlite3`` in the user data directory that platformdirs names."""
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False) / "library.sqlite3"


# How long a command waits for another connection's write transaction (an import's batch, a
# regrouping) before it gives up with BUSY; tests shorten it.
BUSY_TIMEOUT = 20.0
BUSY_MESSAGE = "the library is busy: another import is running; try again when it ends"
_HEADER = b"SQLite format 3\x00"
# The tables and views each schema version must have (checked before anything is written).
_NAMES = [{m.group(1) for statement in step if (m := re.match(r"CREATE (?:VIRTUAL )?(?:TABLE|VIEW) (\w+)", statement))}
          for step in MIGRATIONS]


def _expected_names(version: int) -> set[str]:
    return set().union(*_NAMES[:version])


# SQLite's primary result codes (the sqlite3 module names them from Python 3.11 only), and
# the messages that tell them on Python 3.10 (no sqlite_errorcode there)
_BUSY, _LOCKED, _READONLY, _CORRUPT, _FULL, _CANTOPEN, _NOTADB = 5, 6, 8, 11, 13, 14, 26
_CODES = {"database is locked": _BUSY, "database table is locked": _LOCKED, "readonly database": _READONLY,
          "malformed": _CORRUPT, "disk is full": _FULL, "unable to open": _CANTOPEN, "not a database": _NOTADB}


def _code(exc: sqlite3.Error) -> int:
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF
    return next((value for key, value in _CODES.items() if key in str(exc)), 0)


def library_error(path: str | Path, exc: sqlite3.Error | UnicodeDecodeError) -> LibraryError:
    """A one-line LibraryError for an SQLite error met while using the library at ``path``
    (a text that is not UTF-8 is a damaged library too)."""
    if isinstance(exc, UnicodeDecodeError):
        return LibraryError("{path}: the library is damaged (a text that is not UTF-8)", path=str(path))
    code = _code(exc)
    detail = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    if code in (_BUSY, _LOCKED):
        return LibraryError("{path}: " + BUSY_MESSAGE, path=str(path))
    if code == _READONLY:
        return LibraryError("{path}: the library is read-only ({detail})", path=str(path), detail=detail)
    if code in (_CORRUPT, _NOTADB):
        return LibraryError("{path}: the library is damaged ({detail})", path=str(path), detail=detail)
    if code == _FULL:
        return LibraryError("{path}: the disk is full ({detail})", path=str(path), detail=detail)
    return LibraryError("{path}: cannot use the library ({detail})", path=str(path), detail=detail)


def _uri(path: Path, **params: str) -> str:
    query = "&".join(f"{key}={value}" for key, value in params.items())
    return f"{path.resolve().as_uri()}?{query}"


def connect(path: str | Path, *, create: bool = True, timeout: float | None = None) -> sqlite3.Connection:
    """Open (creating it if missing and ``create``) and migrate a library database, in WAL mode.

    Nothing is written to a file before it is known to be a Versus library: an empty file,
    a file that is not SQLite, another application's database and a newer Versus's library
    are refused with a LibraryError and left byte for byte as they were. A new library is
    built beside ``path`` and linked into place whole, so a concurrent creator either wins
    or opens the winner's library. A library the user cannot write (file or folder read-only)
    opens read-only: ``connection_is_readonly(conn)`` tells.

    The connection is in autocommit mode: callers group writes with explicit transactions.
    """
    path = Path(path)
    timeout = BUSY_TIMEOUT if timeout is None else timeout
    if not os.path.lexists(path):
        if not create:
            raise LibraryError("no library at {path} (import files to create one)", path=str(path))
        _create(path, timeout)
    _check(path, timeout)
    if not _writable(path):
        return _open_readonly(path, timeout)
    try:
        conn = sqlite3.connect(str(path), isolation_level=None, timeout=timeout)
    except sqlite3.Error as exc:
        raise library_error(path, exc) from exc
    try:
        if conn.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
            mode = conn.execute("PRAGMA journal_mode=WAL").fetchone()[0]
            if mode.lower() != "wal":
                raise LibraryError("{path}: cannot use write-ahead logging (journal mode {mode})", path=str(path),
                                   mode=mode)
        _configure(conn)
        migrate(conn, str(path))
    except sqlite3.Error as exc:
        conn.close()
        raise library_error(path, exc) from exc
    except BaseException:
        conn.close()
        raise
    return conn


def _configure(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA synchronous=NORMAL")  # with WAL: consistent after a crash
    conn.execute("PRAGMA foreign_keys=ON")


def connection_is_readonly(conn: sqlite3.Connection) -> bool:
    return bool(conn.execute("PRAGMA query_only").fetchone()[0])


def _writable(path: Path) -> bool:
    """Whether SQLite can write the library: the file, and its folder for the -wal and -shm files."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK | os.X_OK)


def _open_readonly(path: Path, timeout: float) -> sqlite3.Connection:
    """A read-only connection (``PRAGMA query_only`` set, so ``connection_is_readonly`` knows).

    Without a write-ahead log beside the file nobody is writing it (a Versus library's log
    lives as long as a connection does), so it is read as it is (``immutable``): a read-only
    open of a file whose header says WAL would otherwise create ``-wal`` and ``-shm`` files
    beside a file that may not be ours."""
    if os.path.exists(f"{path}-wal"):
        conn = _open_with_log(path, timeout)
    else:
        conn = sqlite3.connect(_uri(path, mode="ro", immutable="1"), uri=True, isolation_level=None,
                               timeout=timeout)
    conn.execute("PRAGMA query_only=ON")
    conn.execute("PRAGMA foreign_keys=ON")
    return conn


def _open_with_log(path: Path, timeout: float) -> sqlite3.Connection:
    """A read-only connection to a library that has a write-ahead log (someone may be writing)."""
    try:
        conn = sqlite3.connect(_uri(path, mode="ro"), uri=True, isolation_level=None, timeout=timeout)
        try:
            conn.execute("PRAGMA user_version").fetchone()
        except sqlite3.Error:
            conn.close()
            raise
    except sqlite3.OperationalError as exc:
        if _code(exc) not in (_CANTOPEN, _READONLY):
            raise
        if os.path.exists(f"{path}-wal"):
            raise LibraryError("{path}: the library is read-only and cannot be read "
                               "(its folder is read-only too: {detail})", path=str(path), detail=str(exc)) from exc
        # the log went meanwhile: nobody is writing it, read the file as it is
        conn = sqlite3.connect(_uri(path, mode="ro", immutable="1"), uri=True, isolation_level=None,
                               timeout=timeout)
    return conn


def _check(path: Path, timeout: float) -> None:
    """Raise LibraryError unless ``path`` holds a Versus library this version can use.

    Reads only: the file's first bytes, then a read-only connection."""
    try:
        st = path.stat()
        if not stat.S_ISREG(st.st_mode):
            if stat.S_ISDIR(st.st_mode):
                raise LibraryError("{path}: a folder, not a Versus library", path=str(path))
            raise LibraryError("{path}: not a regular file, not a Versus library", path=str(path))
        if st.st_size == 0:
            raise LibraryError("{path}: an empty file, not a Versus library", path=str(path))
        with open(path, "rb") as handle:
            header = handle.read(len(_HEADER))
    except OSError as exc:
        raise LibraryError("{path}: cannot read the library ({detail})", path=str(path),
                           detail=str(exc.strerror or exc)) from exc
    if header != _HEADER:
        raise LibraryError("{path}: not a Versus library (not an SQLite database)", path=str(path))
    try:
        conn = _open_readonly(path, timeout)
    except sqlite3.Error as exc:
        raise _not_a_library(path, exc) from exc
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}
    except (sqlite3.Error, UnicodeDecodeError) as exc:
        raise _not_a_library(path, exc) from exc
    finally:
        conn.close()
    _check_schema(path, version, names)


def _not_a_library(path: Path, exc: sqlite3.Error | UnicodeDecodeError) -> LibraryError:
    if isinstance(exc, UnicodeDecodeError):
        return LibraryError("{path}: not a Versus library (names that are not UTF-8)", path=str(path))
    if _code(exc) in (_BUSY, _LOCKED):
        return library_error(path, exc)
    return LibraryError("{path}: not a Versus library ({detail})", path=str(path),
                        detail=str(exc).splitlines()[0] if str(exc) else str(exc))


def _check_schema(path: Path, version: int, names: set[str]) -> None:
    _refuse_newer(version, str(path))
    if version <= 0:
        if not names:
            raise LibraryError("{path}: an empty SQLite database that is not a Versus library", path=str(path))
        raise LibraryError("{path}: an SQLite database that is not a Versus library", path=str(path))
    missing = sorted(_expected_names(version) - names)
    if missing:
        raise LibraryError("{path}: not a Versus library (schema {version} without the table {table!r})",
                           path=str(path), version=version, table=missing[0])


def _create(path: Path, timeout: float) -> None:
    """Build a new, current library beside ``path`` and link it into place unless one appeared."""
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".new", dir=folder)
        os.close(fd)
    except OSError as exc:
        raise LibraryError("{path}: cannot create the library ({detail})", path=str(path),
                               detail=str(exc.strerror or exc)) from exc
    temp = Path(name)
    try:
        try:
            conn = sqlite3.connect(str(temp), isolation_level=None, timeout=timeout)
            try:
                conn.execute("PRAGMA journal_mode=WAL")
                migrate(conn, str(path))
            finally:
                conn.close()  # checkpoints: the file is whole, the -wal and -shm go
        except sqlite3.Error as exc:
            raise library_error(path, exc) from exc
        _place(temp, path)
    finally:
        for leftover in (temp, Path(f"{temp}-wal"), Path(f"{temp}-shm")):
            leftover.unlink(missing_ok=True)


def _place(temp: Path, path: Path) -> None:
    """Put ``temp`` at ``path`` unless something is there by now (then leave that alone)."""
    try:
        os.link(temp, path)
    except FileExistsError:
        return  # a concurrent creator won: use its library
    except OSError as exc:  # no hard links here (some network or FAT file systems)
        if os.path.lexists(path):
            return
        try:
            os.rename(temp, path)
        except OSError:
            raise LibraryError("{path}: cannot create the library ({detail})", path=str(path),
                               detail=str(exc.strerror or exc)) from exc


def migrate(conn: sqlite3.Connection, name: str = "library") -> int:
    """Bring the schema up to SCHEMA_VERSION; return the version the database had.

    Each step runs under BEGIN IMMEDIATE and reads the version again inside it, so two
    connections migrating at once do each step once."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    _refuse_newer(version, name)
    first = version
    while version < SCHEMA_VERSION:
        conn.execute("BEGIN IMMEDIATE")
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            _refuse_newer(version, name)
            if version == 0 and conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
                raise LibraryError("{path}: an SQLite database that is not a Versus library", path=name)
            if version < SCHEMA_VERSION:
                for statement in MIGRATIONS[version]:
                    conn.execute(statement)
                version += 1
                conn.execute(f"PRAGMA user_version = {version}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    return first


def _refuse_newer(version: int, name: str) -> None:
    if version > SCHEMA_VERSION:
        raise LibraryError("{path}: made by a newer Versus (schema {version}; this one knows up to {known})",
                           path=name, version=version, known=SCHEMA_VERSION)
