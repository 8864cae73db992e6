"""The corpus library: articles, collections and story groups in one SQLite database.

Reads are cheap and paged (for a lazy table model); every write is one transaction.
"""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Concatenate, ParamSpec, TypeVar

from reader.core.normalize import normalise
from reader.core.options import Options
from reader.core.sources import duplicate_key
from reader.library import grouping
from reader.library import search as fts
from reader.library.db import LibraryError, connect, connection_is_readonly, default_path, library_error
from reader.library.order import ORDER_COLUMNS

_OPTIONS = Options()
_P = ParamSpec("_P")
_T = TypeVar("_T")


def _guarded(method: Callable[Concatenate[Library, _P], _T]) -> Callable[Concatenate[Library, _P], _T]:
    """SQLite's errors (busy, damaged, read-only, disk full) as a one-line LibraryError."""

    @functools.wraps(method)
    def wrapper(self: Library, *args: _P.args, **kwargs: _P.kwargs) -> _T:
        try:
            return method(self, *args, **kwargs)
        except (sqlite3.Error, UnicodeDecodeError) as exc:
            raise library_error(self.path, exc) from exc

    return wrapper


def fts_value(text: str) -> str:
    """What the search index holds for a title or text (the search_source view's folding)."""
    return text.replace("ё", "е").replace("Ё", "Е")


@dataclass(frozen=True)
class Row:
    """One line of the corpus table."""

    id: int
    title: str
    source: str | None
    date: str | None
    length: int
    group_id: int | None


@dataclass(frozen=True)
class Article:
    id: int
    hash: str
    path: str
    format: str
    encoding: str
    title: str
    source: str | None
    date: str | None
    url: str | None
    language: str | None
    length: int
    imported_at: str
    group_id: int | None
    text: str


@dataclass(frozen=True)
class RowFilter:
    """Which rows a table shows: all, or those matching a search, a group, a collection (ANDed)."""

    query: str | None = None
    group_id: int | None = None
    collection_id: int | None = None


@dataclass(frozen=True)
class GroupInfo:
    id: int
    size: int
    title: str      # the title of its earliest article
    sources: int    # distinct outlets


@dataclass(frozen=True)
class Collection:
    id: int
    name: str
    size: int


class Library:
    """An open library. ``Library()`` opens the one in the user data directory, creating it
    when missing; ``create=False`` raises LibraryError instead (the CLI's read commands).

    Every method raises LibraryError (one line) when SQLite fails: busy past ``timeout``
    seconds (reader.library.db.BUSY_TIMEOUT), damaged, read-only, disk full. A library the
    user cannot write opens read-only (``readonly``): reading works, writing raises.
    """

    def __init__(self, path: str | Path | None = None, *, threshold: float | None = None,
                 create: bool = True, timeout: float | None = None):
        self.path = Path(path) if path is not None else default_path()
        self.conn = connect(self.path, create=create, timeout=timeout)
        try:
            self._load(threshold)
        except BaseException:
            self.conn.close()
            raise

    @_guarded
    def _load(self, threshold: float | None) -> None:
        self.readonly = connection_is_readonly(self.conn)
        params = grouping.load_params(self.conn)
        if params is None:
            params = grouping.GroupParams.for_threshold(threshold or grouping.DEFAULT_THRESHOLD)
            if not self.readonly:
                with self.transaction():
                    grouping.save_params(self.conn, params)
        self.params = params
        if threshold is not None and threshold != params.threshold:
            self.set_threshold(threshold)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE … COMMIT, rolled back on any exception; SQLite's errors (among them
        BUSY after the busy timeout) come out as LibraryError."""
        if self.readonly:
            raise LibraryError("{path}: the library is read-only (cannot change it)", path=str(self.path))
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise library_error(self.path, exc) from exc
        try:
            yield self.conn
        except BaseException as exc:
            self._rollback()
            if isinstance(exc, (sqlite3.Error, UnicodeDecodeError)):
                raise library_error(self.path, exc) from exc
            raise
        try:
            self.conn.execute("COMMIT")
        except sqlite3.Error as exc:
            self._rollback()
            raise library_error(self.path, exc) from exc

    def _rollback(self) -> None:
        try:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
        except sqlite3.Error:
            pass  # SQLite rolled back already (after BUSY, FULL, IOERR) or cannot: nothing kept

    # --- writing -------------------------------------------------------------------------

    @_guarded
    def find_hash(self, digest: str) -> int | None:
        row = self.conn.execute("SELECT id FROM articles WHERE hash = ?", (digest,)).fetchone()
        return row[0] if row else None

    @_guarded
    def insert(self, *, text: str, path: str, format: str, encoding: str, title: str,
               source: str = "", date: str = "", url: str = "", language: str = "",
               digest: str | None = None, sig: bytes | None = None,
               bands: Sequence[int] = ()) -> tuple[int, bool]:
        """Add one article inside the caller's transaction; group it.

        Returns ``(id, added)``; ``added`` is False when the same text (by
        reader.core.sources.duplicate_key, the key "Open texts" uses too) was there.
        ``sig``/``bands`` come from ``grouping.prepare`` (computed here when not given).
        """
        digest = digest or duplicate_key(text)
        existing = self.find_hash(digest)
        if existing is not None:
            return existing, False
        if sig is None and not bands:
            sig, bands = grouping.prepare(text, self.params)
        title = " ".join(title.split()) or "(untitled)"
        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        cur = self.conn.execute(
            "INSERT INTO articles(hash, path, format, encoding, title, title_key, source, date, url, "
            "language, length, imported_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (digest, path, format, encoding, title, normalise(title, _OPTIONS), source or None,
             date or None, url or None, language or None, len(text), now),
        )
        aid = cur.lastrowid
        self.conn.execute("INSERT INTO texts(article_id, text) VALUES (?, ?)", (aid, text))
        self.conn.execute("INSERT INTO search(rowid, title, body) VALUES (?, ?, ?)",
                          (aid, fts_value(title), fts_value(text)))
        grouping.link(self.conn, aid, sig, list(bands), self.params)
        return aid, True

    @_guarded
    def remove(self, ids: Sequence[int]) -> int:
        """Delete articles (and their search entries); groups left with one member dissolve."""
        removed = 0
        with self.transaction():
            for aid in ids:
                row = self.conn.execute(
                    "SELECT a.title, t.text, a.group_id FROM articles a JOIN texts t ON t.article_id = a.id "
                    "WHERE a.id = ?", (aid,)).fetchone()
                if row is None:
                    continue
                title, text, gid = row
                self.conn.execute("INSERT INTO search(search, rowid, title, body) VALUES ('delete', ?, ?, ?)",
                                  (aid, fts_value(title), fts_value(text)))
                self.conn.execute("DELETE FROM articles WHERE id = ?", (aid,))
                removed += 1
                if gid is not None:
                    left = self.conn.execute("SELECT count(*) FROM articles WHERE group_id = ?", (gid,)).fetchone()[0]
                    if left < 2:
                        self.conn.execute("DELETE FROM story_groups WHERE id = ?", (gid,))
        return removed

    @_guarded
    def set_threshold(self, threshold: float) -> int:
        """Regroup everything under a new similarity threshold; return the number of groups."""
        params = grouping.GroupParams.for_threshold(threshold, self.params.num_perm,
                                                    self.params.shingle, self.params.seed)
        with self.transaction():
            n = grouping.regroup(self.conn, params)
        self.params = params
        return n

    # --- the table model's view ----------------------------------------------------------

    def _where(self, flt: RowFilter | None) -> tuple[str, list]:
        clauses, args = [], []
        if flt is not None:
            if flt.query is not None:
                clauses.append("a.id IN (SELECT rowid FROM search WHERE search MATCH ?)")
                args.append(fts.fts_query(flt.query))
            if flt.group_id is not None:
                clauses.append("a.group_id = ?")
                args.append(flt.group_id)
            if flt.collection_id is not None:
                clauses.append("a.id IN (SELECT article_id FROM collection_articles WHERE collection_id = ?)")
                args.append(flt.collection_id)
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", args

    @_guarded
    def count(self, flt: RowFilter | None = None) -> int:
        """How many rows the filter selects. Raises QueryError for an empty search query."""
        if flt is not None and flt.query is not None and flt.group_id is None and flt.collection_id is None:
            return fts.count(self.conn, flt.query)
        where, args = self._where(flt)
        return self.conn.execute(f"SELECT count(*) FROM articles a{where}", args).fetchone()[0]

    @_guarded
    def page(self, flt: RowFilter | None = None, order: str = "id", descending: bool = False,
             offset: int = 0, limit: int = 100) -> list[Row]:
        """Rows ``offset`` … ``offset + limit`` of the filtered table sorted by ``order``
        (a key of ORDER_COLUMNS), ties broken by id."""
        if order not in ORDER_COLUMNS:
            raise ValueError(f"cannot sort by {order!r} (one of {', '.join(ORDER_COLUMNS)})")
        direction = "DESC" if descending else "ASC"
        where, args = self._where(flt)
        column = ORDER_COLUMNS[order]
        keys = f"{column} {direction}" + (f", a.id {direction}" if column != "a.id" else "")
        rows = self.conn.execute(
            f"SELECT a.id, a.title, a.source, a.date, a.length, a.group_id FROM articles a{where} "
            f"ORDER BY {keys} LIMIT ? OFFSET ?", (*args, limit, offset)).fetchall()
        return [Row(*r) for r in rows]

    @_guarded
    def article(self, aid: int) -> Article | None:
        row = self.conn.execute(
            "SELECT a.id, a.hash, a.path, a.format, a.encoding, a.title, a.source, a.date, a.url, "
            "a.language, a.length, a.imported_at, a.group_id, t.text FROM articles a "
            "JOIN texts t ON t.article_id = a.id WHERE a.id = ?", (aid,)).fetchone()
        return Article(*row) if row else None

    @_guarded
    def search(self, query: str, limit: int = 50, offset: int = 0) -> list[fts.Hit]:
        return fts.search(self.conn, query, limit, offset)

    # --- groups --------------------------------------------------------------------------

    @_guarded
    def groups(self, limit: int | None = None, offset: int = 0) -> list[GroupInfo]:
        """Story groups, largest first."""
        rows = self.conn.execute(
            """SELECT g.group_id, g.n, (SELECT title FROM articles WHERE id = g.first), g.sources
               FROM (SELECT group_id, count(*) AS n, min(id) AS first, count(DISTINCT source) AS sources
                     FROM articles WHERE group_id IS NOT NULL GROUP BY group_id) AS g
               ORDER BY g.n DESC, g.group_id LIMIT ? OFFSET ?""",
            (-1 if limit is None else limit, offset)).fetchall()
        return [GroupInfo(*r) for r in rows]

    @_guarded
    def group_count(self) -> int:
        return self.conn.execute("SELECT count(*) FROM story_groups").fetchone()[0]

    @_guarded
    def group_members(self, gid: int) -> list[Row]:
        return self.page(RowFilter(group_id=gid), order="id", limit=-1)

    @_guarded
    def group_similarity(self, gid: int) -> tuple[list[int], list[list[float]]]:
        """Member ids and their pairwise similarity matrix (for a heat map)."""
        rows = self.conn.execute(
            "SELECT a.id, t.text FROM articles a JOIN texts t ON t.article_id = a.id "
            "WHERE a.group_id = ? ORDER BY a.id", (gid,)).fetchall()
        return [r[0] for r in rows], grouping.similarity_matrix([r[1] for r in rows], self.params.shingle)

    # --- collections ---------------------------------------------------------------------

    @_guarded
    def collection(self, name: str, create: bool = True) -> int:
        """The id of the collection called ``name`` (created if missing and ``create``)."""
        name = " ".join(name.split())
        if not name:
            raise LibraryError("a collection needs a name")
        row = self.conn.execute("SELECT id FROM collections WHERE name = ?", (name,)).fetchone()
        if row:
            return row[0]
        if not create:
            raise LibraryError("no collection called {name!r}", name=name)
        with self.transaction():
            return self.conn.execute(
                "INSERT INTO collections(name, created_at) VALUES (?, datetime('now'))", (name,)).lastrowid

    @_guarded
    def collections(self) -> list[Collection]:
        rows = self.conn.execute(
            "SELECT c.id, c.name, count(ca.article_id) FROM collections c "
            "LEFT JOIN collection_articles ca ON ca.collection_id = c.id GROUP BY c.id ORDER BY c.name")
        return [Collection(*r) for r in rows]

    @_guarded
    def add_to_collection(self, cid: int, ids: Sequence[int], in_transaction: bool = False) -> None:
        def run() -> None:
            self.conn.executemany("INSERT OR IGNORE INTO collection_articles(collection_id, article_id) "
                                  "VALUES (?, ?)", [(cid, aid) for aid in ids])
        if in_transaction:
            run()
        else:
            with self.transaction():
                run()

    def integrity(self) -> str:
        """SQLite's integrity check ("ok") plus the search index's own check."""
        try:
            result = self.conn.execute("PRAGMA integrity_check").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            return str(library_error(self.path, exc))
        if result == "ok":
            try:
                self.conn.execute("INSERT INTO search(search) VALUES ('integrity-check')")
            except sqlite3.DatabaseError as exc:
                return f"search index: {exc}"
        return result
