"""Every score the aligner may need, worked out in bulk: pairs of sentences, and fragments.

`Vectors` holds the weighted vectors (`similarity.py`) of the sentences still to pair on
both sides, with one IDF over all of them. It answers two questions completely, never by
sampling: which pairs reach the threshold (`pair_scores`), and which two neighbouring
sentences lie inside one sentence of the other side (`seed_scores`). Small inputs (an
article) are scored pair by pair in Python; large ones as sparse matrix products with SciPy,
imported only then, because importing it costs more than comparing an article.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, NamedTuple

from reader.core.similarity import Vector, Weights, add, containment, norm, unit, unit_cosine

if TYPE_CHECKING:
    import numpy as np
    from scipy import sparse

MIN_CONTAIN = 0.6   # share of a fragment's weighted wording that must lie in the other side
SMALL = 4096        # at most this many pairs are scored one by one in Python
BLOCK = 256         # rows multiplied at once in a sparse product (bounds the memory)
_EPS = 1e-6         # margin when a sparse product is compared with a bound
# A product costs, for each feature, the sentences that have it on one side times those on
# the other: with common words in thousands of sentences, about their number squared. Past
# this bound, the commonest features (those that cost most) only add to the scores of pairs
# that share a rarer one; those found are scored exactly, in chunks of CHUNK pairs.
PAIR_WORK = 1 << 21
PAIR_WORK_PER_ROW = 64
CHUNK = 1 << 12
# Past the bound, when the pairs times the features set aside are at most DENSE_WORK, the
# product is worked out in dense blocks of rows (`_Dense`) of at most DENSE_BLOCK pairs each.
DENSE_WORK = 1 << 34  # about 17 billion multiply-adds: a few seconds of BLAS at most
DENSE_BLOCK = 1 << 18


def _accept(x: float, threshold: float) -> float | None:
    """The score as compared everywhere (rounded to 9 places: the order of summation must
    never decide), or None under the threshold or with nothing shared."""
    score = round(min(x, 1.0), 9)
    return score if score >= threshold and score > 0 else None


class Vectors:
    """Weighted vectors of the sentences still to pair on both sides, IDF over all of them."""

    def __init__(self, left: dict[int, dict[str, float]], right: dict[int, dict[str, float]]):
        self.weights = Weights(list(left.values()) + list(right.values()))
        self.raw: tuple[dict[int, Vector], dict[int, Vector]] = (
            {i: self.weights.vector(c) for i, c in left.items()},
            {j: self.weights.vector(c) for j, c in right.items()},
        )
        self._unit: tuple[dict[int, Vector], dict[int, Vector]] | None = None
        self._columns: dict[str, int] = {}  # feature -> column of the sparse matrices
        self._matrices: dict[int, tuple[list[int], sparse.csr_matrix]] = {}  # side -> its unit vectors' matrix
        self.bounded = False  # whether a product was past `pair_work` (then pairs that share
                              # only the commonest features were left out)

    @property
    def unit(self) -> tuple[dict[int, Vector], dict[int, Vector]]:
        """Each side's vectors scaled to length 1, made when first asked for: large inputs are
        scored from `_unit_matrix`, which scales the rows itself, and never need them."""
        if self._unit is None:
            self._unit = ({i: unit(v) for i, v in self.raw[0].items()}, {j: unit(v) for j, v in self.raw[1].items()})
        return self._unit

    @staticmethod
    def pair_work(rows: int) -> int:
        """The most multiplications a product of ``rows`` sentences (both sides) may take."""
        return max(PAIR_WORK, PAIR_WORK_PER_ROW * rows)

    def pair_scores(self, threshold: float, check: Callable[[], None] = lambda: None,
                    bulk: bool | None = None) -> Iterator[tuple[int, int, float]]:
        """``(left, right, cosine)`` for every pair whose cosine reaches ``threshold`` (and is
        above 0). Complete by construction: pair by pair, or, in ``bulk`` (by default for large
        inputs), as the exact product of the two sides' unit vectors as sparse matrices, in
        which a pair left out shares no feature and so scores 0."""
        if bulk is None:
            bulk = len(self.raw[0]) * len(self.raw[1]) > SMALL
        if not bulk:
            yield from _one_by_one(*self.unit, threshold)
            return
        import numpy as np

        lids, lmatrix = self._unit_matrix(0)
        rids, rmatrix = self._unit_matrix(1)
        if not lids or not rids:
            return
        budget = self.pair_work(len(lids) + len(rids))
        keep = _kept_features(lmatrix, rmatrix, budget)
        dense = _Dense.make(lmatrix, rmatrix, keep)
        if dense is not None:
            self.bounded = True
            for block in dense.blocks():
                check()
                rows, cols = np.nonzero(dense.candidates(block, threshold) & (block.full >= threshold - _EPS))
                yield from _accepted(lids, rids, block.start, rows, cols, block.full, threshold)
            return
        found = _candidates(lmatrix, rmatrix, budget, threshold - _EPS, keep) if keep is not None else None
        if found is not None:
            rows, cols = found
            self.bounded = True
            for start in range(0, len(rows), CHUNK):
                check()
                r, c = rows[start:start + CHUNK], cols[start:start + CHUNK]
                x = _dots(lmatrix, rmatrix, r, c)
                keep = x >= threshold - _EPS
                for i, j, v in zip(r[keep].tolist(), c[keep].tolist(), x[keep].tolist()):
                    score = _accept(v, threshold)
                    if score is not None:
                        yield lids[i], rids[j], score
            return
        right_t = rmatrix.T.tocsr()
        for start in range(0, len(lids), BLOCK):
            check()
            block = (lmatrix[start:start + BLOCK] @ right_t).tocoo()
            keep = block.data >= threshold - _EPS
            for r, c, x in zip(block.row[keep].tolist(), block.col[keep].tolist(), block.data[keep].tolist()):
                score = _accept(x, threshold)
                if score is not None:
                    yield lids[start + r], rids[c], score

    def seed_scores(self, side: int, pairs: list[tuple[int, int]], threshold: float,
                    bulk: bool | None = None) -> Iterator[tuple[tuple[int, int], int, float]]:
        """``((u, w), v, cosine)`` for every two sentences ``u``, ``w`` of ``side`` (given in
        ``pairs``) that each hold at least `MIN_CONTAIN` of their weight in one sentence ``v``
        of the other side, and read together score at least ``threshold`` with it."""
        raw = self.raw[side]
        if not pairs or not self.raw[1 - side]:
            return
        if bulk is None:
            bulk = len(pairs) * len(self.raw[1 - side]) > SMALL
        if not bulk:
            others = self.unit[1 - side]
            wholes = self.raw[1 - side]
            inside = {u: {v for v in sorted(others) if containment(raw[u], wholes[v]) >= MIN_CONTAIN}
                      for u in {k for pair in pairs for k in pair}}
            for u, w in pairs:
                partners = sorted(inside[u] & inside[w])
                both = unit(add([raw[u], raw[w]])) if partners else {}
                for v in partners:
                    score = _accept(unit_cosine(both, others[v]), threshold)
                    if score is not None:
                        yield (u, w), v, score
            return
        import numpy as np

        other_ids, other = self._unit_matrix(1 - side)
        present = other.copy()
        present.data[:] = 1.0
        firsts = self._matrix(raw, [u for u, _ in pairs], share=True)[1]
        seconds = self._matrix(raw, [w for _, w in pairs], share=True)[1]
        joined = self._matrix({k: unit(add([raw[u], raw[w]])) for k, (u, w) in enumerate(pairs)})[1]
        budget = self.pair_work(len(pairs) + len(other_ids))
        keep = _kept_features(joined, other, budget)
        dense = _Dense.make(joined, other, keep)
        if dense is not None:
            self.bounded = True
            first = _Dense(firsts, present, dense.keep)
            second = _Dense(seconds, present, dense.keep, same_y=first)
            for block, inside1, inside2 in zip(dense.blocks(), first.blocks(), second.blocks()):
                rows, cols = np.nonzero(dense.candidates(block, threshold) & (block.full >= threshold - _EPS)
                                        & (inside1.full >= MIN_CONTAIN - _EPS) & (inside2.full >= MIN_CONTAIN - _EPS))
                yield from _accepted(pairs, other_ids, block.start, rows, cols, block.full, threshold)
            return
        found = _candidates(joined, other, budget, threshold - _EPS, keep) if keep is not None else None
        if found is not None:
            self.bounded = True
            for start in range(0, len(found[0]), CHUNK):
                r, c = found[0][start:start + CHUNK], found[1][start:start + CHUNK]
                x = _dots(joined, other, r, c)
                keep = x >= threshold - _EPS
                r, c, x = r[keep], c[keep], x[keep]
                keep = ((_dots(firsts, present, r, c) >= MIN_CONTAIN - _EPS)
                        & (_dots(seconds, present, r, c) >= MIN_CONTAIN - _EPS))
                for k, v, value in zip(r[keep].tolist(), c[keep].tolist(), x[keep].tolist()):
                    score = _accept(value, threshold)
                    if score is not None:
                        yield pairs[k], other_ids[v], score
            return
        present_t, other_t = present.T.tocsr(), other.T.tocsr()  # only the product within the budget needs them
        inside = (firsts @ present_t >= MIN_CONTAIN - _EPS).multiply(seconds @ present_t >= MIN_CONTAIN - _EPS)
        scores = (joined @ other_t).multiply(inside).tocoo()
        for r, c, x in zip(scores.row.tolist(), scores.col.tolist(), scores.data.tolist()):
            score = _accept(x, threshold)
            if score is not None:
                yield pairs[r], other_ids[c], score

    def _unit_matrix(self, side: int) -> tuple[list[int], sparse.csr_matrix]:
        """The matrix of all of a side's vectors scaled to length 1, built once."""
        if side not in self._matrices:
            self._matrices[side] = self._matrix(self.raw[side], to_unit=True)
        return self._matrices[side]

    def _matrix(self, vectors: dict[int, Vector], ids: list[int] | None = None,
                share: bool = False, to_unit: bool = False) -> tuple[list[int], sparse.csr_matrix]:
        """``vectors`` (those of ``ids``, by default all, in order) as the rows of a sparse
        matrix over one shared set of feature columns; ``share`` scales each row to sum 1,
        ``to_unit`` to length 1 (as `similarity.unit` does)."""
        import numpy as np
        from scipy import sparse

        ids = sorted(vectors) if ids is None else ids
        if not self._columns:  # numbered as first met, left side first
            self._columns = {f: k for k, f in enumerate(dict.fromkeys(
                f for side in self.raw for i in sorted(side) for f in side[i]))}
        column = self._columns.__getitem__
        indptr: list[int] = [0]
        indices: list[int] = []
        data: list[float] = []
        for k in ids:
            vec = vectors[k]
            if share:
                total = sum(vec.values()) or 1.0
                data.extend([x / total for x in vec.values()])
            elif to_unit:
                n = norm(vec)
                if not n:
                    indptr.append(len(indices))
                    continue
                data.extend([x / n for x in vec.values()])
            else:
                data.extend(vec.values())
            indices.extend(map(column, vec))
            indptr.append(len(indices))
        return ids, sparse.csr_matrix((np.array(data, dtype=np.float64), np.array(indices, dtype=np.int64),
                                       np.array(indptr, dtype=np.int64)), shape=(len(ids), len(self.weights.df) + 1))


class _Dense:
    """``x @ y.T`` in blocks of rows as dense arrays, past the work bound but for few enough
    pairs: the product over the features kept (as in `_candidates`) as a sparse product, plus
    the product over the commonest ones, set aside, as a dense one (BLAS). A pair is a candidate
    exactly as in `_candidates` (it shares a kept feature and the Cauchy-Schwarz bound may reach
    the floor) and its score is the exact dot, without `_dots`' gathering of rows."""

    y_kept_t: sparse.csr_matrix
    y_aside_t: np.ndarray
    y_norm: np.ndarray

    def __init__(self, x: sparse.csr_matrix, y: sparse.csr_matrix, keep: np.ndarray, same_y: _Dense | None = None):
        """``same_y``: a `_Dense` of the same ``y`` and ``keep``, whose parts of ``y`` are shared."""
        import numpy as np
        from scipy import sparse

        self.keep = keep
        kept = sparse.diags(keep.astype(np.float64))
        self.aside = np.flatnonzero(keep == 0)
        self.x_kept = (x @ kept).tocsr()
        self.x_aside = x[:, self.aside].tocsr()  # made dense a block of rows at a time
        if same_y is not None:
            self.y_kept_t, self.y_aside_t, self.y_norm = same_y.y_kept_t, same_y.y_aside_t, same_y.y_norm
        else:
            self.y_kept_t = (y @ kept).T.tocsr()
            self.y_aside_t = np.ascontiguousarray(y[:, self.aside].toarray().T)
            self.y_norm = np.sqrt((self.y_aside_t ** 2).sum(axis=0))
        self.step = max(1, DENSE_BLOCK // max(1, y.shape[0]))

    @classmethod
    def make(cls, x: sparse.csr_matrix, y: sparse.csr_matrix, keep: np.ndarray | None) -> _Dense | None:
        """None when the product fits the budget (``keep`` is None: no features set aside) or when
        the dense part would cost more than `DENSE_WORK`: then `_candidates` and `_dots` do it."""
        if keep is None or x.shape[0] * y.shape[0] * (1 + int((keep == 0).sum())) > DENSE_WORK:
            return None
        return cls(x, y, keep)

    def candidates(self, block: _Block, floor: float) -> np.ndarray:
        """Which pairs of a block are candidates: they share a kept feature, and with the most
        the set-aside features may add they may reach ``floor``."""
        bound = block.x_norm[:, None] * self.y_norm[None, :]
        return (block.kept > 0) & (block.kept + bound >= floor - _EPS)

    def blocks(self) -> Iterator[_Block]:
        """The rows a block at a time: their product over the kept features and over all of them."""
        import numpy as np

        for start in range(0, self.x_kept.shape[0], self.step):
            stop = start + self.step
            kept = (self.x_kept[start:stop] @ self.y_kept_t).toarray()
            aside = self.x_aside[start:stop].toarray()
            yield _Block(start, kept, kept + aside @ self.y_aside_t, np.sqrt((aside ** 2).sum(axis=1)))


class _Block(NamedTuple):
    start: int          # the first row
    kept: np.ndarray    # the rows' product over the kept features
    full: np.ndarray    # over all of them
    x_norm: np.ndarray  # each row's length over the features set aside


def _one_by_one(left: dict[int, Vector], right: dict[int, Vector], threshold: float) -> Iterator[tuple[int, int, float]]:
    """`Vectors.pair_scores` pair by pair in Python (small inputs)."""
    for i in sorted(left):
        for j in sorted(right):
            score = _accept(unit_cosine(left[i], right[j]), threshold)
            if score is not None:
                yield i, j, score


def _accepted(row_ids: list, col_ids: list, start: int, rows: np.ndarray, cols: np.ndarray, full: np.ndarray,
              threshold: float) -> Iterator[tuple]:
    """``(row id, column id, score)`` of the block's pairs at ``rows``, ``cols`` that `_accept` takes."""
    for r, c, value in zip(rows.tolist(), cols.tolist(), full[rows, cols].tolist()):
        score = _accept(value, threshold)
        if score is not None:
            yield row_ids[start + r], col_ids[c], score


def _kept_features(x: sparse.csr_matrix, y: sparse.csr_matrix, budget: int) -> np.ndarray | None:
    """None when ``x @ y.T`` takes at most ``budget`` multiplications; else 1.0 for each feature
    kept and 0.0 for each set aside, the costliest first until the rest fit in ``budget``."""
    import numpy as np

    width = x.shape[1]
    cost = np.bincount(x.indices, minlength=width).astype(np.int64) * np.bincount(y.indices, minlength=width)
    total = int(cost.sum())
    if total <= budget:
        return None
    order = np.argsort(-cost, kind="stable")
    rest = total - np.cumsum(cost[order])  # what the product costs without the first k + 1
    keep = np.ones(width)
    keep[order[:int(np.searchsorted(-rest, -budget)) + 1]] = 0.0
    return keep


def _candidates(x: sparse.csr_matrix, y: sparse.csr_matrix, budget: int, floor: float,
                keep: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray] | None:
    """None when ``x @ y.T`` takes at most ``budget`` multiplications. Else the (row, column)
    positions, in order, of the pairs that share a feature among those left when the costliest
    are set aside until the rest fit in ``budget``, and whose product may reach ``floor``: what
    they share of the rest, plus at most the product of the lengths of their set-aside parts
    (Cauchy-Schwarz). ``keep``: `_kept_features`' answer, when the caller has it already."""
    import numpy as np
    from scipy import sparse

    if keep is None:
        keep = _kept_features(x, y, budget)
    if keep is None:
        return None
    kept, aside = sparse.diags(keep), sparse.diags(1.0 - keep)
    found = ((x @ kept) @ (y @ kept).T).tocoo()
    xa = np.sqrt(np.asarray((x @ aside).multiply(x).sum(axis=1)).ravel())
    ya = np.sqrt(np.asarray((y @ aside).multiply(y).sum(axis=1)).ravel())
    may = found.data + xa[found.row] * ya[found.col] >= floor
    rows, cols = found.row[may].astype(np.int64), found.col[may].astype(np.int64)
    order = np.lexsort((cols, rows))
    return rows[order], cols[order]


def _dots(x: sparse.csr_matrix, y: sparse.csr_matrix, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
    """``(x @ y.T)[rows[k], cols[k]]`` for each k, exactly, without the whole product."""
    import numpy as np

    if not len(rows):
        return np.zeros(0)
    return np.asarray(x[rows].multiply(y[cols]).sum(axis=1)).ravel()


__all__ = ["MIN_CONTAIN", "Vectors"]
