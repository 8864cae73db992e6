"""Story groups: which articles are versions of the same report.

Each article's main text (page clutter removed) becomes a set of word shingles (pairs of
consecutive normalised words by default: outlets rewording one report keep many word pairs
but few longer runs), summarised by a datasketch MinHash. Candidates come from LSH banding,
with the band/row split that datasketch's MinHashLSH optimiser picks for the threshold
(weighted towards recall, since every candidate is then checked against the threshold).
The bands live in SQLite rather than in datasketch's in-memory index, so grouping is
incremental across sessions, needs no rebuild at start-up and commits with the articles.
Groups are connected components of the "similar enough" relation (single link).
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
import zlib
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice

import numpy as np

from reader.core.boilerplate import classify
from reader.core.normalize import SOFT
from reader.core.segment import paragraphs

DEFAULT_THRESHOLD = 0.3
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class GroupParams:
    """How articles are compared. ``bands * rows <= num_perm``."""

    threshold: float = DEFAULT_THRESHOLD
    num_perm: int = 128
    shingle: int = 2
    seed: int = 1
    bands: int = 0
    rows: int = 0

    @classmethod
    def for_threshold(cls, threshold: float = DEFAULT_THRESHOLD, num_perm: int = 128,
                      shingle: int = 2, seed: int = 1) -> GroupParams:
        if not 0.0 < threshold <= 1.0:
            raise ValueError(f"the grouping threshold must be in (0, 1], not {threshold}")
        bands, rows = _lsh_params(threshold, num_perm)
        return cls(threshold, num_perm, shingle, seed, bands, rows)


@lru_cache(maxsize=32)
def _lsh_params(threshold: float, num_perm: int) -> tuple[int, int]:
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm, weights=(0.3, 0.7))
    return lsh.b, lsh.r


def main_text(text: str) -> str:
    """``text`` without the paragraphs recognised as page clutter (all of it if nothing is left)."""
    spans = paragraphs(text)
    kept = [text[s.start:s.end] for s, clutter in zip(spans, classify(text, spans)) if not clutter]
    return "\n".join(kept) if kept else text


_SOFT = tuple(SOFT)


def word_key(text: str) -> str:
    """Lower case, ё as е, no soft hyphens: what the normalisation changes inside words."""
    text = text.casefold().replace("ё", "е")
    for ch in _SOFT:
        if ch in text:
            text = text.replace(ch, "")
    return text


def shingles(text: str, size: int = 2) -> set[str]:
    """The set of runs of ``size`` consecutive normalised words (one run for shorter texts)."""
    return set(iter_shingles(text, size))


def iter_shingles(text: str, size: int = 2) -> Iterator[str]:
    """The runs of ``size`` consecutive normalised words in text order, repeats included (one
    run for shorter texts); the words are never all held at once."""
    window: deque[str] = deque(maxlen=size)
    seen = 0
    for match in _WORD.finditer(word_key(text)):
        window.append(match.group())
        seen += 1
        if seen >= size:
            yield " ".join(window)
    if 0 < seen < size:
        yield " ".join(window)


@lru_cache(maxsize=8)
def _permutations(num_perm: int, seed: int):
    from datasketch import MinHash

    return MinHash(num_perm=num_perm, seed=seed).permutations


SIGNATURE_BATCH = 65536  # shingles hashed at a time: a long text's signature in bounded memory


def signature(shingle_set: Iterable[str], params: GroupParams) -> np.ndarray | None:
    """The MinHash signature (uint32 array) of a set of shingles, or None when it is empty.

    The shingles may come as any iterable, repeats included: a MinHash keeps the least hash
    per permutation, which a repeat cannot change, so they are hashed in batches as they come.
    """
    from datasketch import MinHash

    mh = MinHash(num_perm=params.num_perm, seed=params.seed, scheme="affine32",
                 permutations=_permutations(params.num_perm, params.seed), hashfunc=zlib.crc32)
    empty = True
    iterator = iter(shingle_set)
    while batch := set(islice(iterator, SIGNATURE_BATCH)):  # each batch's repeats hashed once
        mh.update_batch([s.encode("utf-8") for s in batch])
        empty = False
    return None if empty else mh.hashvalues.astype(np.uint32)


def band_keys(sig: np.ndarray, params: GroupParams) -> list[int]:
    """One signed 64-bit key per LSH band: articles sharing a key are candidates."""
    keys = []
    for band in range(params.bands):
        chunk = sig[band * params.rows:(band + 1) * params.rows].tobytes()
        digest = hashlib.blake2b(chunk, digest_size=8, person=band.to_bytes(2, "little")).digest()
        keys.append(int.from_bytes(digest, "little", signed=True))
    return keys


def estimate(a: np.ndarray, b: np.ndarray) -> float:
    """Jaccard similarity estimated from two signatures."""
    return float(np.count_nonzero(a == b)) / len(a)


def jaccard(a: set, b: set) -> float:
    if not a and not b:
        return 1.0
    return len(a & b) / len(a | b)


def similarity_matrix(texts: Sequence[str], size: int = 2) -> list[list[float]]:
    """Exact pairwise Jaccard similarity of the texts' main-text shingle sets (for a heat map)."""
    sets = [shingles(main_text(t), size) for t in texts]
    n = len(sets)
    matrix = [[1.0] * n for _ in range(n)]
    for i in range(n):
        for j in range(i + 1, n):
            matrix[i][j] = matrix[j][i] = jaccard(sets[i], sets[j])
    return matrix


def prepare(text: str, params: GroupParams) -> tuple[bytes | None, list[int]]:
    """What grouping stores for an article: its signature bytes and band keys."""
    sig = signature(iter_shingles(main_text(text), params.shingle), params)
    if sig is None:
        return None, []
    return sig.tobytes(), band_keys(sig, params)


def _sig(blob: bytes) -> np.ndarray:
    return np.frombuffer(blob, dtype=np.uint32)


def link(conn: sqlite3.Connection, article_id: int, sig_blob: bytes | None, keys: list[int],
         params: GroupParams) -> int | None:
    """Store an article's bands and join it to the group of every similar article.

    Runs inside the caller's transaction. Returns the article's group id (None if alone).
    """
    if sig_blob is None:
        return None
    conn.execute("INSERT OR REPLACE INTO signatures(article_id, sig) VALUES (?, ?)", (article_id, sig_blob))
    matches = similar_articles(conn, article_id, _sig(sig_blob), keys, params.threshold)
    conn.executemany("INSERT OR IGNORE INTO lsh(band_key, article_id) VALUES (?, ?)",
                     [(k, article_id) for k in keys])
    if not matches:
        return None
    return _join(conn, [article_id, *matches])


def similar_articles(conn: sqlite3.Connection, article_id: int, sig: np.ndarray, keys: list[int],
                     threshold: float) -> list[int]:
    """Stored articles whose estimated similarity to ``sig`` reaches the threshold."""
    if not keys:
        return []
    marks = ",".join("?" * len(keys))
    rows = conn.execute(
        f"SELECT s.article_id, s.sig FROM signatures s WHERE s.article_id IN "
        f"(SELECT DISTINCT article_id FROM lsh WHERE band_key IN ({marks})) AND s.article_id != ?",
        (*keys, article_id),
    ).fetchall()
    size = sig.nbytes
    # a signature of another size (a damaged library) matches nothing
    return [aid for aid, blob in rows
            if isinstance(blob, bytes) and len(blob) == size and estimate(sig, _sig(blob)) >= threshold]


def _join(conn: sqlite3.Connection, ids: list[int]) -> int:
    """Put the articles (and the groups they are in) into one group; return its id."""
    marks = ",".join("?" * len(ids))
    groups = sorted({g for (g,) in conn.execute(
        f"SELECT DISTINCT group_id FROM articles WHERE id IN ({marks}) AND group_id IS NOT NULL", ids)})
    if groups:
        target = groups[0]
        others = groups[1:]
        if others:
            omarks = ",".join("?" * len(others))
            conn.execute(f"UPDATE articles SET group_id = ? WHERE group_id IN ({omarks})", (target, *others))
            conn.execute(f"DELETE FROM story_groups WHERE id IN ({omarks})", others)
    else:
        target = conn.execute("INSERT INTO story_groups(created_at) VALUES (datetime('now'))").lastrowid
    conn.execute(f"UPDATE articles SET group_id = ? WHERE id IN ({marks})", (target, *ids))
    return target


def regroup(conn: sqlite3.Connection, params: GroupParams) -> int:
    """Rebuild the bands and all groups under new parameters, in the caller's transaction.

    Returns the number of groups. Signatures are kept when the hashing is unchanged.
    """
    conn.execute("UPDATE articles SET group_id = NULL")
    conn.execute("DELETE FROM story_groups")
    conn.execute("DELETE FROM lsh")
    old = dict(conn.execute("SELECT key, value FROM settings WHERE key IN ('num_perm', 'shingle', 'seed')"))
    same_hashing = old == {"num_perm": str(params.num_perm), "shingle": str(params.shingle),
                           "seed": str(params.seed)}
    if not same_hashing:
        conn.execute("DELETE FROM signatures")
        rows = conn.execute("SELECT article_id, text FROM texts ORDER BY article_id")
        for aid, text in rows.fetchall():
            blob, _ = prepare(text, params)
            if blob is not None:
                conn.execute("INSERT INTO signatures(article_id, sig) VALUES (?, ?)", (aid, blob))
    size = 4 * params.num_perm  # signatures of another size (a damaged library) are left out
    sigs = [(aid, blob) for aid, blob in conn.execute("SELECT article_id, sig FROM signatures ORDER BY article_id")
            if isinstance(blob, bytes) and len(blob) == size]
    for aid, blob in sigs:
        conn.executemany("INSERT OR IGNORE INTO lsh(band_key, article_id) VALUES (?, ?)",
                         [(k, aid) for k in band_keys(_sig(blob), params)])
    parent: dict[int, int] = {}

    def find(x: int) -> int:
        root = parent.setdefault(x, x)
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    for aid, blob in sigs:
        for other in similar_articles(conn, aid, _sig(blob), band_keys(_sig(blob), params), params.threshold):
            ra, rb = find(aid), find(other)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
    members: dict[int, list[int]] = {}
    for aid in parent:
        members.setdefault(find(aid), []).append(aid)
    for root in sorted(members):
        ids = sorted(members[root])
        gid = conn.execute("INSERT INTO story_groups(created_at) VALUES (datetime('now'))").lastrowid
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            conn.execute(f"UPDATE articles SET group_id = ? WHERE id IN ({','.join('?' * len(chunk))})",
                         (gid, *chunk))
    save_params(conn, params)
    return len(members)


def save_params(conn: sqlite3.Connection, params: GroupParams) -> None:
    conn.executemany("INSERT OR REPLACE INTO settings(key, value) VALUES (?, ?)", [
        ("threshold", repr(params.threshold)), ("num_perm", str(params.num_perm)),
        ("shingle", str(params.shingle)), ("seed", str(params.seed)),
        ("bands", str(params.bands)), ("rows", str(params.rows)),
    ])


def load_params(conn: sqlite3.Connection) -> GroupParams | None:
    """The saved parameters; None when missing or unusable (a damaged or edited settings table)."""
    values = dict(conn.execute("SELECT key, value FROM settings"))
    try:
        params = GroupParams(float(values["threshold"]), int(values["num_perm"]), int(values["shingle"]),
                             int(values["seed"]), int(values["bands"]), int(values["rows"]))
    except (KeyError, TypeError, ValueError, OverflowError):
        return None
    usable = (0.0 < params.threshold <= 1.0 and 0 < params.num_perm <= 4096 and 0 < params.shingle <= 64
              and 0 <= params.seed < 2**32 and params.bands > 0 and params.rows > 0
              and params.bands * params.rows <= params.num_perm)
    return params if usable else None
