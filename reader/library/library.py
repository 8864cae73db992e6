"""The corpus library: articles, collections and story groups in one SQLite database.

Reads are cheap and paged (for a lazy table model); every write is one transaction.
"""

from __future__ import annotations

import functools
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Concatenate, ParamSpec, TypeVar

import numpy as np

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
class GroupsReplaced:
    """What ``Library.replace_groups`` did."""

    groups: int    # story groups now in the library
    grouped: int   # articles in them
    unknown: int   # ids given that are not articles of the library (skipped)
    left_out: int  # articles of the library that were not given (now in no group)


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
        # time spent in insert(): storing articles, the full-text index, grouping (an import's stages)
        self.insert_seconds = {"store": 0.0, "index": 0.0, "group": 0.0}
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
        started = time.perf_counter()
        digest = digest or duplicate_key(text)
        existing = self.find_hash(digest)
        if existing is not None:
            return existing, False
        if sig is None and not bands:
            sig, bands = grouping.prepare(text, self.params)
            started = time.perf_counter()  # the signature is not storing
        title = " ".join(title.split()) or "(untitled)"
        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        cur = self.conn.execute(
            "INSERT INTO articles(hash, path, format, encoding, title, title_key, source, date, url, "
            "language, length, imported_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (digest, path, format, encoding, title, normalise(title, _OPTIONS), source or None,
             date or None, url or None, language or None, len(text), now),
        )
        aid = int(cur.lastrowid or 0)  # an INSERT's rowid (never None after it)
        self.conn.execute("INSERT INTO texts(article_id, text) VALUES (?, ?)", (aid, text))
        stored = time.perf_counter()
        self.conn.execute("INSERT INTO search(rowid, title, body) VALUES (?, ?, ?)",
                          (aid, fts_value(title), fts_value(text)))
        indexed = time.perf_counter()
        grouping.link(self.conn, aid, sig, list(bands), self.params)
        seconds = self.insert_seconds
        seconds["store"] += stored - started
        seconds["index"] += indexed - stored
        seconds["group"] += time.perf_counter() - indexed
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

    @_guarded
    def replace_groups(self, groups: Iterable[tuple[int, int]],
                       params: grouping.GroupParams | None = None) -> GroupsReplaced:
        """Replace every story group with ``groups``, pairs (article id, group key) where the
        articles sharing a key are one group (the Spark job's output, read by
        reader.scale.import_groups), in one transaction: on any error, raised by the library or
        by ``groups`` itself while it is iterated, the old groups stay as they were.

        A key with two or more articles of the library becomes a story group, numbered 1, 2, …
        in the order of each group's smallest article id (as ``regroup`` numbers them); an
        article alone under its key is in no group. Articles of the library that ``groups``
        leaves out are in no group either (their grouping is unknown: the groups were computed
        on a corpus without them; `versus groups --threshold` regroups locally). Ids that are
        not articles of the library are counted and skipped. An article given twice raises
        LibraryError.

        ``params``, the parameters the groups were computed with, become the library's, so
        that later imports join new articles to these groups the same way: the LSH bands are
        rebuilt when theirs differ, the signatures computed again when the hashing differs
        (``num_perm``, ``shingle``, ``seed``), in the same transaction. None keeps the library's.
        """
        params = params or self.params
        conn = self.conn
        with self.transaction():
            conn.execute("DROP TABLE IF EXISTS temp.imported_groups")
            conn.execute("DROP TABLE IF EXISTS temp.new_groups")
            conn.execute("CREATE TEMP TABLE imported_groups (article_id INTEGER NOT NULL, group_key INTEGER NOT NULL)")
            conn.executemany("INSERT INTO temp.imported_groups VALUES (?, ?)",
                             ((int(aid), int(key)) for aid, key in groups))
            try:
                conn.execute("CREATE UNIQUE INDEX temp.imported_by_article ON imported_groups(article_id)")
            except sqlite3.IntegrityError:
                twice = conn.execute("SELECT article_id FROM temp.imported_groups GROUP BY article_id "
                                     "HAVING count(*) > 1 ORDER BY article_id LIMIT 1").fetchone()[0]
                raise LibraryError("article {id} is in the groups twice", id=twice) from None
            unknown = conn.execute("SELECT count(*) FROM temp.imported_groups "
                                   "WHERE article_id NOT IN (SELECT id FROM articles)").fetchone()[0]
            left_out = conn.execute("SELECT count(*) FROM articles "
                                    "WHERE id NOT IN (SELECT article_id FROM temp.imported_groups)").fetchone()[0]
            conn.execute("UPDATE articles SET group_id = NULL WHERE group_id IS NOT NULL")
            conn.execute("DELETE FROM story_groups")
            keys = conn.execute(
                "SELECT i.group_key FROM temp.imported_groups i JOIN articles a ON a.id = i.article_id "
                "GROUP BY i.group_key HAVING count(*) >= 2 ORDER BY min(i.article_id)").fetchall()
            conn.execute("CREATE TEMP TABLE new_groups (group_key INTEGER PRIMARY KEY, gid INTEGER NOT NULL)")
            conn.executemany("INSERT INTO temp.new_groups VALUES (?, ?)",
                             ((key, gid) for gid, (key,) in enumerate(keys, 1)))
            conn.executemany("INSERT INTO story_groups(id, created_at) VALUES (?, datetime('now'))",
                             ((gid,) for gid in range(1, len(keys) + 1)))
            conn.execute(
                "UPDATE articles SET group_id = (SELECT n.gid FROM temp.imported_groups i "
                "JOIN temp.new_groups n ON n.group_key = i.group_key WHERE i.article_id = articles.id) "
                "WHERE id IN (SELECT i.article_id FROM temp.imported_groups i "
                "JOIN temp.new_groups n ON n.group_key = i.group_key)")
            grouped = conn.execute("SELECT count(*) FROM articles WHERE group_id IS NOT NULL").fetchone()[0]
            conn.execute("DROP TABLE temp.imported_groups")
            conn.execute("DROP TABLE temp.new_groups")
            self._index_for(params)
        self.params = params
        return GroupsReplaced(len(keys), grouped, unknown, left_out)

    def _index_for(self, params: grouping.GroupParams) -> None:
        """Make the stored signatures and LSH bands those of ``params`` and save them, in the
        caller's transaction (what ``regroup`` does before it groups)."""
        conn = self.conn
        old = grouping.load_params(conn)
        if old == params:
            return
        hashing = (params.num_perm, params.shingle, params.seed)
        same_hashing = old is not None and (old.num_perm, old.shingle, old.seed) == hashing
        if not same_hashing:
            conn.execute("DELETE FROM signatures")
            for aid, text in conn.execute("SELECT article_id, text FROM texts ORDER BY article_id"):
                blob, _ = grouping.prepare(text, params)
                if blob is not None:
                    conn.execute("INSERT INTO signatures(article_id, sig) VALUES (?, ?)", (aid, blob))
        if old is None or not same_hashing or (old.bands, old.rows) != (params.bands, params.rows):
            conn.execute("DELETE FROM lsh")
            size = 4 * params.num_perm  # signatures of another size (a damaged library) are left out
            for aid, blob in conn.execute("SELECT article_id, sig FROM signatures ORDER BY article_id"):
                if isinstance(blob, bytes) and len(blob) == size:
                    keys = grouping.band_keys(np.frombuffer(blob, dtype=np.uint32), params)
                    conn.executemany("INSERT OR IGNORE INTO lsh(band_key, article_id) VALUES (?, ?)",
                                     [(key, aid) for key in keys])
        grouping.save_params(conn, params)

    # --- the table model's view ----------------------------------------------------------

    def _where(self, flt: RowFilter | None) -> tuple[str, list]:
        clauses: list[str] = []
        args: list[object] = []
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
            return int(self.conn.execute(
                "INSERT INTO collections(name, created_at) VALUES (?, datetime('now'))", (name,)).lastrowid or 0)

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
