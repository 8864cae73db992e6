"""Sentence alignment: which sentences of one version correspond to which of the other.

Order-tolerant, and every rule treats the two sides alike, so swapping them swaps the result.

1. Sentences with the same comparison key are paired, k-th with k-th.
2. The others are scored by `similarity.cosine` (stems and character 4-grams, IDF over the
   sentences still unpaired). Every pair that reaches the threshold is proposed: the cosines
   are exact, pair by pair or as one sparse matrix product (`scores.Vectors.pair_scores`).
3. One queue (`_Agenda`) takes proposals best score first: such a pair of free sentences; a
   free sentence next to a group that joins it (its wording lies in the group's other side and
   the group scores no worse); two free neighbours lying in one free sentence of the other
   side; two adjacent groups that read far better as one. Each step proposes what it makes
   possible, so a sentence split into any number of pieces, or a stanza cut into lines
   differently, ends up as one group. Taking the best first is mutual best repeated: the pair
   taken is the one each of its sentences likes best among those left.
4. The heaviest chain of groups in the same order on both sides (a weighted LIS) is in
   place; the other groups moved.

Every group's ``score`` is the cosine of its two sides' summed vectors, the measure that made
it, and is never below the threshold (1.0 for equal keys).
"""

from __future__ import annotations

import heapq
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from reader.core.scores import MIN_CONTAIN, Vectors
from reader.core.similarity import Vector, add, containment, cosine, features

SLACK = 0.02        # a fragment may join a group that then scores this much lower
MERGE_GAIN = 0.05   # two adjacent groups merge when one reads this much better than either


@dataclass
class Unit:
    """One sentence as the aligner sees it."""

    index: int            # position among this side's alignable sentences
    key: str              # normalised text; equal keys mean equal sentences
    loose: str            # text normalised for similarity (case, quotes, ё folded)
    length: int           # characters, for weighting
    position: int = -1    # sentence number in the text; units with positions one apart are
                          # neighbours (clutter between two units keeps them apart)
    _features: dict[str, float] | None = field(default=None, repr=False, compare=False)

    @property
    def features(self) -> dict[str, float]:
        """Feature counts, worked out only for sentences without an equal twin."""
        if self._features is None:
            self._features = features(self.loose)
        return self._features


@dataclass(eq=False)
class Group:
    left: list[int]
    right: list[int]
    score: float
    moved: bool = False
    exact: bool = False

    def members(self, side: int) -> list[int]:
        return self.left if side == 0 else self.right


def align(left: list[Unit], right: list[Unit], threshold: float,
          check: Callable[[], None] = lambda: None) -> list[Group]:
    """Group the units of both sides. ``check`` is called now and then (it may raise to cancel)."""
    groups: list[Group] = []
    lfree = {u.index for u in left}
    rfree = {u.index for u in right}

    # 1. equal keys, k-th with k-th
    by_key: dict[str, list[int]] = defaultdict(list)
    for u in right:
        by_key[u.key].append(u.index)
    lkeys: dict[str, list[int]] = defaultdict(list)
    for u in left:
        lkeys[u.key].append(u.index)
    for key, lidx in lkeys.items():
        for i, j in zip(lidx, by_key.get(key, ())):
            groups.append(Group([i], [j], 1.0, exact=True))
            lfree.discard(i)
            rfree.discard(j)
    check()

    # 2 and 3. similar sentences and fragments, best first
    if lfree and rfree:
        _Agenda((left, right), (lfree, rfree), groups, threshold).run(check)

    # 4. in place or moved
    chain = _in_order_chain(groups, left, right)
    for k, g in enumerate(groups):
        g.moved = k not in chain
    groups.sort(key=lambda g: (g.left[0], g.right[0]))
    return groups


def _neighbours(a: Unit, b: Unit) -> bool:
    if a.position < 0 or b.position < 0:
        return abs(a.index - b.index) == 1
    return abs(a.position - b.position) == 1


@dataclass(eq=False)
class _Pair:
    """Two free units become a group."""

    left: int
    right: int
    score: float


@dataclass(eq=False)
class _Extend:
    """A free unit joins the end of a group on its side."""

    side: int
    unit: int
    group: Group


@dataclass(eq=False)
class _Seed:
    """Two free neighbours on one side form a group with one free unit of the other side."""

    side: int
    units: tuple[int, int]
    partner: int


@dataclass(eq=False)
class _Merge:
    """Two groups adjacent on both sides become one."""

    first: Group
    second: Group


Proposal = _Pair | _Extend | _Seed | _Merge


class _Agenda:
    """Steps 2 and 3 of the alignment, as one queue of proposals taken best score first.

    A proposal is checked again when its turn comes (an earlier one may have taken its units,
    or changed the group it extends); if its score changed it goes back in the queue with the
    new one. Groups only ever grow, and what is proposed depends only on what was done before,
    so the steps taken at one threshold are the first steps taken at any lower one: lowering
    the threshold adds links and extends groups, and never undoes one.
    """

    lazy_pairs = True  # False: every pair in the queue from the start (the same steps, slower)

    def __init__(self, units: tuple[list[Unit], list[Unit]], free: tuple[set[int], set[int]],
                 groups: list[Group], threshold: float):
        self.units = units
        self.free = free
        self.groups = groups
        self.threshold = threshold
        # the feature counts are not kept on the units: once weighted they are not needed again
        self.vectors = Vectors({i: features(units[0][i].loose) for i in free[0]},
                               {j: features(units[1][j].loose) for j in free[1]})
        self.raw = self.vectors.raw  # exact groups' units have none; they never take part
        self.owner: tuple[dict[int, Group], dict[int, Group]] = ({}, {})
        self.live: set[int] = set()  # id() of the groups not merged away
        self._queue: list[tuple] = []
        self._waiting: dict[int, list[tuple[float, float, int, int, int]]] = {}  # `_propose_pairs`
        self._count = 0
        self._sizes = (max(len(units[0]), 1), max(len(units[1]), 1))

    def run(self, check: Callable[[], None]) -> None:
        self._propose_pairs(check)
        for side in (0, 1):
            self._propose_seeds(side)
        steps = 0
        while self._queue:
            steps += 1
            if steps % 256 == 0:
                check()
            queued, _, _, p = heapq.heappop(self._queue)
            score = self.score(p)
            if score is not None and score != -queued:
                self._push(score, p)  # its group changed since it was proposed
            elif score is not None:
                self._apply(p, score)
            if isinstance(p, _Pair):
                self._next_pair(p.left)

    # -- proposing -------------------------------------------------------------------------

    def _push(self, score: float, p: Proposal) -> None:
        if score >= self.threshold and score > 0:
            self._count += 1
            heapq.heappush(self._queue, (-score, self._tiebreak(p), self._count, p))

    def _tiebreak(self, p: Proposal) -> tuple:
        """Between equal scores: pairs first, then pairs at closer relative positions, nearer
        the start; the same whichever side is left."""
        if isinstance(p, _Pair):
            return (0, abs(p.left / self._sizes[0] - p.right / self._sizes[1]), p.left + p.right, 0, 0)
        if isinstance(p, _Extend):
            return (1, 0.0, p.unit, 0, p.side)
        if isinstance(p, _Seed):
            return (2, 0.0, p.units[0] + p.partner, p.units[0], p.side)
        return (3, 0.0, p.first.left[0] + p.first.right[0], p.first.left[0], 0)

    def _propose_pairs(self, check: Callable[[], None]) -> None:
        """Every pair of free units that reaches the threshold (`Vectors.pair_scores`).

        Tens of thousands on a long text, most never taken: each left unit's pairs wait in a
        list of their own, in the order the queue would give them (`_tiebreak`'s key for a
        pair written out), and only the first of each list is in the queue (`_next_pair`)."""
        threshold, (left_size, right_size) = self.threshold, self._sizes
        waiting: dict[int, list[tuple[float, float, int, int, int]]] = {}
        count = self._count
        for i, j, score in self.vectors.pair_scores(threshold, check):
            if score >= threshold and score > 0:
                count += 1
                waiting.setdefault(i, []).append((-score, abs(i / left_size - j / right_size), i + j, count, j))
        self._count = count
        for i, entries in waiting.items():
            entries.sort(reverse=True)  # every key differs (the count): the first to take is last
            self._waiting[i] = entries
            self._next_pair(i)
            while not self.lazy_pairs and entries:  # all at once, as the tests compare
                self._next_pair(i)

    def _next_pair(self, i: int) -> None:
        """Queue the next waiting pair of left unit ``i``; drop them all once ``i`` is taken (a
        pair of a taken unit is never done, and the queue would only pass it over)."""
        entries = self._waiting.get(i)
        if not entries:
            return
        if i not in self.free[0]:
            del self._waiting[i]
            return
        negative, offset, total, count, j = entries.pop()
        heapq.heappush(self._queue, (negative, (0, offset, total, 0, 0), count, _Pair(i, j, -negative)))

    def _propose_seeds(self, side: int) -> None:
        """Every seed of free units that reaches the threshold (`Vectors.seed_scores`)."""
        units, free = self.units[side], self.free[side]
        pairs = [(u, u + 1) for u in sorted(free) if u + 1 in free and _neighbours(units[u], units[u + 1])]
        for (u, nb), v, score in self.vectors.seed_scores(side, pairs, self.threshold):
            self._push(score, _Seed(side, (u, nb), v))

    def _propose_around(self, g: Group) -> None:
        """After ``g`` was made or grew: free neighbours that may join it, groups it may merge with."""
        for side in (0, 1):
            members, units = g.members(side), self.units[side]
            for end, nb in ((members[0], members[0] - 1), (members[-1], members[-1] + 1)):
                if not 0 <= nb < len(units) or not _neighbours(units[end], units[nb]):
                    continue
                if nb in self.free[side]:
                    p: Proposal = _Extend(side, nb, g)
                else:
                    h = self.owner[side].get(nb)
                    if h is None or h is g:
                        continue
                    p = _Merge(g, h) if nb > end else _Merge(h, g)
                score = self.score(p)
                if score is not None:
                    self._push(score, p)

    # -- how well it would read, None when it may not be done ------------------------------

    def score(self, p: Proposal) -> float | None:
        if isinstance(p, _Pair):
            return p.score if p.left in self.free[0] and p.right in self.free[1] else None
        if isinstance(p, _Extend):
            return self._score_extend(p)
        if isinstance(p, _Seed):
            return self._score_seed(p)
        return self._score_merge(p)

    def _vector(self, side: int, members: list[int]) -> Vector:
        return add([self.raw[side][k] for k in members])

    def _score_extend(self, p: _Extend) -> float | None:
        g, side, u = p.group, p.side, p.unit
        members = g.members(side)
        if id(g) not in self.live or u not in self.free[side] or u not in (members[0] - 1, members[-1] + 1):
            return None
        counterpart = self._vector(1 - side, g.members(1 - side))
        if containment(self.raw[side][u], counterpart) < MIN_CONTAIN:
            return None
        score = cosine(self._vector(side, sorted(members + [u])), counterpart)
        return score if score >= g.score - SLACK else None

    def _score_seed(self, p: _Seed) -> float | None:
        side, other = p.side, 1 - p.side
        if not all(u in self.free[side] for u in p.units) or p.partner not in self.free[other]:
            return None
        partner = self.raw[other][p.partner]
        if any(containment(self.raw[side][u], partner) < MIN_CONTAIN for u in p.units):
            return None
        return cosine(self._vector(side, list(p.units)), partner)

    def _score_merge(self, p: _Merge) -> float | None:
        a, b = p.first, p.second
        if id(a) not in self.live or id(b) not in self.live:
            return None
        for side in (0, 1):
            last, first = a.members(side)[-1], b.members(side)[0]
            if first != last + 1 or not _neighbours(self.units[side][last], self.units[side][first]):
                return None
        score = cosine(self._vector(0, a.left + b.left), self._vector(1, a.right + b.right))
        return score if score >= max(a.score, b.score) + MERGE_GAIN else None

    # -- doing it --------------------------------------------------------------------------

    def _apply(self, p: Proposal, score: float) -> None:
        if isinstance(p, _Pair):
            g = self._new(Group([p.left], [p.right], score))
        elif isinstance(p, _Seed):
            pieces, single = list(p.units), [p.partner]
            g = self._new(Group(pieces, single, score) if p.side == 0 else Group(single, pieces, score))
        elif isinstance(p, _Extend):
            g = p.group
            g.members(p.side).append(p.unit)
            g.members(p.side).sort()
            self._own(g, p.side, [p.unit])
            g.score = score
        else:
            g = p.first
            for side in (0, 1):
                g.members(side).extend(p.second.members(side))
                self._own(g, side, p.second.members(side))
            g.score = score
            self.live.discard(id(p.second))
            self.groups.remove(p.second)
        self._propose_around(g)

    def _new(self, g: Group) -> Group:
        self.groups.append(g)
        self.live.add(id(g))
        for side in (0, 1):
            self._own(g, side, g.members(side))
        return g

    def _own(self, g: Group, side: int, members: list[int]) -> None:
        self.free[side].difference_update(members)
        self.owner[side].update((k, g) for k in members)


def _in_order_chain(groups: list[Group], left: list[Unit], right: list[Unit]) -> set[int]:
    """The heaviest chain of groups in the same order on both sides (weighted LIS)."""
    order = sorted(range(len(groups)), key=lambda k: (groups[k].left[0], groups[k].right[0]))
    ys = sorted({groups[k].right[0] for k in order})
    rank = {y: r for r, y in enumerate(ys)}
    size = len(ys)
    tree = [(0, -1)] * (size + 1)  # Fenwick tree of (best chain weight, group) over right rank

    def query(pos: int) -> tuple[int, int]:
        best = (0, -1)
        while pos > 0:
            if tree[pos][0] > best[0]:
                best = tree[pos]
            pos -= pos & -pos
        return best

    def update(pos: int, value: tuple[int, int]) -> None:
        while pos <= size:
            if value[0] > tree[pos][0]:
                tree[pos] = value
            pos += pos & -pos

    prev: dict[int, int] = {}
    total: dict[int, int] = {}
    for k in order:
        g = groups[k]
        weight = sum(left[i].length for i in g.left) + sum(right[j].length for j in g.right)
        r = rank[g.right[0]] + 1
        best, parent = query(r - 1)
        total[k] = best + weight
        prev[k] = parent
        update(r, (total[k], k))
    end = max(total, key=lambda k: (total[k], -k), default=None)
    keep: set[int] = set()
    while end is not None and end >= 0:
        keep.add(end)
        end = prev[end]
    return keep


__all__ = ["Group", "Unit", "align"]
