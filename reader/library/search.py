"""Full-text search over titles and texts (SQLite FTS5).

Tokenizer: ``unicode61 remove_diacritics 2`` with prefix indexes for 2 and 3 characters.
- unicode61 splits on Unicode word boundaries and folds case for Cyrillic as well as Latin,
  so one index serves Russian and English; the library view also folds ё into е.
- No stemmer: FTS5's only built-in one (porter) is English-only, leaves Russian untouched,
  and stems the index so that a prefix query such as ``connecti*`` would miss "connection"
  (stored as "connect"). Prefix queries (``партий*`` finds партия, партии, партийный) cover
  Russian inflection the same way for both languages, and the prefix indexes keep them fast.
- Not trigram: three times the index size, no word boundaries, nothing under three letters.

Query syntax: words (all must occur), ``"a phrase"``, ``word*`` for a prefix, ``OR`` between
terms, ``-word`` to exclude. Anything else is treated as text, never as FTS5 syntax.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_TERM = re.compile(r'(-?)"([^"]*)"(\*?)|(\S+)')
_WORD = re.compile(r"\w+")


class QueryError(ValueError):
    """A query with nothing to search for; ``str(err)`` is one line."""


def _fold(text: str) -> str:
    return text.casefold().replace("ё", "е")


def _phrase(words: list[str], prefix: bool) -> str:
    return '"' + " ".join(words) + '"' + ("*" if prefix else "")


def fts_query(query: str) -> str:
    """Translate a user's query into an FTS5 MATCH expression. Raises QueryError if empty."""
    parts: list[str] = []  # each "AND"-joined unit, possibly "a OR b"
    pending_or = False
    negatives: list[str] = []
    for m in _TERM.finditer(query):
        neg, quoted, qstar, bare = m.groups()
        if bare is not None:
            if bare == "OR":
                pending_or = bool(parts)
                continue
            neg = "-" if bare.startswith("-") and len(bare) > 1 else ""
            bare = bare[1:] if neg else bare
            prefix = bare.endswith("*")
            words = _WORD.findall(_fold(bare))
        else:
            prefix = qstar == "*"
            words = _WORD.findall(_fold(quoted))
        if not words:
            continue
        term = _phrase(words, prefix)
        if neg:
            negatives.append(term)
        elif pending_or:
            parts[-1] = f"{parts[-1]} OR {term}"
            pending_or = False
        else:
            parts.append(term)
    if not parts:
        raise QueryError("nothing to search for" if not negatives else "a search needs a word that must occur")
    expr = " AND ".join(f"({p})" if " OR " in p else p for p in parts)
    for term in negatives:
        expr = f"{expr} NOT {term}"
    return expr


@dataclass(frozen=True)
class Hit:
    id: int
    title: str
    source: str | None
    date: str | None
    snippet: str
    score: float  # bm25: lower is better


def search(conn, query: str, limit: int = 50, offset: int = 0) -> list[Hit]:
    """Best matches first (bm25, the title weighing five times the text; ties by id)."""
    expr = fts_query(query)
    ranked = conn.execute(
        "SELECT rowid, rank FROM search WHERE search MATCH ? ORDER BY rank, rowid LIMIT ? OFFSET ?",
        (expr, limit, offset),
    ).fetchall()
    if not ranked:
        return []
    ids = [rowid for rowid, _ in ranked]
    marks = ",".join("?" * len(ids))
    snippets = dict(conn.execute(
        f"SELECT rowid, snippet(search, 1, '[', ']', '…', 12) FROM search "
        f"WHERE search MATCH ? AND rowid IN ({marks})", (expr, *ids)))
    meta = {row[0]: row[1:] for row in conn.execute(
        f"SELECT id, title, source, date FROM articles WHERE id IN ({marks})", ids)}
    return [Hit(rowid, meta[rowid][0], meta[rowid][1], meta[rowid][2], snippets.get(rowid, ""), score)
            for rowid, score in ranked]


def count(conn, query: str) -> int:
    return conn.execute("SELECT count(*) FROM search WHERE search MATCH ?", (fts_query(query),)).fetchone()[0]
