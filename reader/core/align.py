"""Sentence alignment: which sentences of one version correspond to which of the other.

Order-tolerant. Sentences with the same comparison key are paired first (in order, k-th with
k-th). The rest are scored by the Dice overlap of their word stems; candidates come from an
inverted index probed with each sentence's rarest stems (a prefix filter: a pair above the
threshold must share one of them), so the cost stays near-linear. A pair is kept when each
sentence is the other's best match above the threshold (ties go to the pair closer in
relative position). Unmatched neighbours whose words lie inside a matched or unmatched
sentence are then joined to it (a sentence split in two, or two merged). Finally the longest
chain of groups in the same order on both sides (a weighted LIS) is in place; the others moved.
Every rule treats the two sides alike, so swapping them swaps the result.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Callable

from reader.core.segment import WORD_RE

STEM = 5  # crude stemming for inflected languages: compare the first letters of long words


@dataclass
class Unit:
    """One sentence as the aligner sees it."""

    index: int            # position among this side's alignable sentences
    key: str              # normalised text; equal keys mean equal sentences
    loose: str            # text normalised for similarity (case, quotes, ё folded)
    length: int           # characters, for weighting
    position: int = -1    # sentence number in the text; units with positions one apart are
                          # neighbours (clutter between two units keeps them apart)
    _stems: frozenset | None = field(default=None, repr=False, compare=False)

    @property
    def stems(self) -> frozenset:
        """Word stems, for similarity; worked out only for sentences without an equal twin."""
        if self._stems is None:
            self._stems = stems_of(WORD_RE.findall(self.loose))
        return self._stems


@dataclass
class Group:
    left: list[int]
    right: list[int]
    score: float
    moved: bool = False
    exact: bool = False
    lstems: set | None = field(default=None, repr=False)  # filled when splits and merges need them
    rstems: set | None = field(default=None, repr=False)


def stems_of(words: list[str]) -> frozenset:
    return frozenset([w[:STEM] for w in words])


def dice(a: frozenset | set, b: frozenset | set) -> float:
    if not a and not b:
        return 1.0
    return 2 * len(a & b) / (len(a) + len(b))


class _Index:
    """Inverted index of one side's units, by stem."""

    def __init__(self, units: list[Unit], members: set[int] | None = None):
        self.postings: dict[str, list[int]] = defaultdict(list)
        for u in units:
            if members is None or u.index in members:
                for s in u.stems:
                    self.postings[s].append(u.index)

    def df(self, stem: str) -> int:
        return len(self.postings.get(stem, ()))

    def probe(self, stems: frozenset, other: "_Index", keep: float, limit: int) -> list[int]:
        """Units sharing one of the rarest ``keep`` share of ``stems``, most shared first.

        With ``keep = 1 - need/len`` this is a prefix filter: any unit with ``need`` stems in
        common shares one of the prefix. At most ``limit`` units are returned.
        """
        ordered = sorted(stems, key=lambda s: (self.df(s) + other.df(s), s))
        prefix = ordered[: max(1, len(ordered) - int(keep * len(ordered)))]
        hits: list[int] = []
        for st in prefix:
            hits.extend(self.postings.get(st, ()))
        if len(hits) <= limit:
            return list(dict.fromkeys(hits))
        return [u for u, _ in Counter(hits).most_common(limit)]


CANDIDATES = 40  # most candidates scored for one sentence in the global pass
LOCAL_PAIRS = 400  # gaps with more unmatched pairs than this go to the global pass


def _rank(score: float, i: int, j: int, nl: int, nr: int) -> tuple:
    """Order of preference between candidate pairs; the same for both sides."""
    return (round(score, 9), -abs(i / nl - j / nr))


def _mutual_best(scores: dict[tuple[int, int], float], threshold: float, nl: int, nr: int) -> list[tuple[int, int]]:
    best_l: dict[int, tuple] = {}
    best_r: dict[int, tuple] = {}
    for (i, j), sc in scores.items():
        if sc < threshold:
            continue
        rank = _rank(sc, i, j, nl, nr)
        if i not in best_l or (rank, -j) > best_l[i][0]:
            best_l[i] = ((rank, -j), j)
        if j not in best_r or (rank, -i) > best_r[j][0]:
            best_r[j] = ((rank, -i), i)
    return sorted((i, j) for i, (_, j) in best_l.items() if best_r.get(j, (None, None))[1] == i)


def align(left: list[Unit], right: list[Unit], threshold: float,
          check: Callable[[], None] = lambda: None) -> list[Group]:
    """Group the units of both sides. ``check`` is called now and then (it may raise to cancel)."""
    groups: list[Group] = []
    lfree = {u.index for u in left}
    rfree = {u.index for u in right}
    nl, nr = max(len(left), 1), max(len(right), 1)

    def pair(i: int, j: int, score: float, exact: bool = False) -> None:
        groups.append(Group([i], [j], score, exact=exact))
        lfree.discard(i)
        rfree.discard(j)

    # 1. equal keys, k-th with k-th
    by_key: dict[str, list[int]] = defaultdict(list)
    for u in right:
        by_key[u.key].append(u.index)
    lkeys: dict[str, list[int]] = defaultdict(list)
    for u in left:
        lkeys[u.key].append(u.index)
    for key, lidx in lkeys.items():
        for i, j in zip(lidx, by_key.get(key, ())):
            pair(i, j, 1.0, exact=True)
    check()

    # 2. locally: the unmatched sentences between two consecutive in-order equal pairs
    chain = sorted((groups[k].left[0], groups[k].right[0]) for k in _in_order_chain(groups, left, right))
    bounds = [(-1, -1)] + chain + [(len(left), len(right))]
    lsorted, rsorted = sorted(lfree), sorted(rfree)
    for (i0, j0), (i1, j1) in zip(bounds, bounds[1:]):
        ls = lsorted[bisect_right(lsorted, i0):bisect_left(lsorted, i1)]
        rs = rsorted[bisect_right(rsorted, j0):bisect_left(rsorted, j1)]
        if not ls or not rs or len(ls) * len(rs) > LOCAL_PAIRS:
            continue
        scores = {(i, j): dice(left[i].stems, right[j].stems) for i in ls for j in rs}
        for i, j in _mutual_best(scores, threshold, nl, nr):
            pair(i, j, scores[i, j])
    check()

    # 3. globally, for what is left (moved, or in a gap too large to score whole)
    keep = 1 - threshold / (2 - threshold)
    for _ in range(2):
        if not lfree or not rfree:
            break
        lindex, rindex = _Index(left, lfree), _Index(right, rfree)
        scores: dict[tuple[int, int], float] = {}
        for i in sorted(lfree):
            for j in rindex.probe(left[i].stems, lindex, keep, CANDIDATES):
                scores[i, j] = dice(left[i].stems, right[j].stems)
        for j in sorted(rfree):
            for i in lindex.probe(right[j].stems, rindex, keep, CANDIDATES):
                if (i, j) not in scores:
                    scores[i, j] = dice(left[i].stems, right[j].stems)
        check()
        found = _mutual_best(scores, threshold, nl, nr)
        if not found:
            break
        for i, j in found:
            pair(i, j, scores[i, j])
    check()

    # 4. splits and merges: attach unmatched neighbours whose words lie inside the counterpart
    _join_fragments(left, right, groups, lfree, rfree, threshold)
    check()

    # 5. in place or moved
    chain = _in_order_chain(groups, left, right)
    for k, g in enumerate(groups):
        g.moved = k not in chain
    groups.sort(key=lambda g: (g.left[0], g.right[0]))
    return groups


def _neighbours(a: Unit, b: Unit) -> bool:
    if a.position < 0 or b.position < 0:
        return abs(a.index - b.index) == 1
    return abs(a.position - b.position) == 1


def _containment(part: frozenset, whole: frozenset | set) -> float:
    return len(part & whole) / len(part) if part else 0.0


def _join_fragments(left: list[Unit], right: list[Unit], groups: list[Group],
                    lfree: set[int], rfree: set[int], threshold: float) -> None:
    min_contain = 0.6

    def fill(g: Group) -> Group:
        if g.lstems is None:
            g.lstems = set().union(*(left[i].stems for i in g.left))
            g.rstems = set().union(*(right[j].stems for j in g.right))
        return g

    for _ in range(4):
        owner_l = {i: g for g in groups for i in g.left}
        owner_r = {j: g for g in groups for j in g.right}
        free_index = {"l": _Index(right, rfree), "r": _Index(left, lfree)}  # the other side's free units
        proposals = []
        for side, units, free, other, ofree in (("l", left, lfree, right, rfree), ("r", right, rfree, left, lfree)):
            own_owner = owner_l if side == "l" else owner_r
            for u in sorted(free):
                stems = units[u].stems
                if len(stems) < 2:
                    continue
                for nb in (u - 1, u + 1):
                    if not 0 <= nb < len(units) or not _neighbours(units[u], units[nb]):
                        continue
                    g = own_owner.get(nb)
                    if g is not None:
                        fill(g)
                        # attach u to the group its neighbour is in, if u's words are in it
                        target = g.rstems if side == "l" else g.lstems
                        if _containment(stems, target) < min_contain:
                            continue
                        mine = (g.lstems if side == "l" else g.rstems) | stems
                        score = dice(mine, target)
                        if score > g.score - 0.02:
                            proposals.append((score, side, u, id(g), g, None))
                    elif nb in free and nb > u:
                        # two free neighbours inside one free sentence of the other side
                        both = stems | units[nb].stems
                        index = free_index[side]
                        best = None
                        for v in index.probe(stems, index, min_contain, CANDIDATES):
                            vs = other[v].stems
                            if _containment(stems, vs) >= min_contain and \
                                    _containment(units[nb].stems, vs) >= min_contain:
                                sc = dice(both, vs)
                                if sc >= threshold and (best is None or (sc, -v) > (best[0], -best[1])):
                                    best = (sc, v)
                        if best:
                            proposals.append((best[0], side, u, nb, None, best[1]))
        if not proposals:
            return
        proposals.sort(key=lambda p: (-p[0], p[1], p[2]))
        changed = False
        for score, side, u, extra, g, v in proposals:
            free = lfree if side == "l" else rfree
            if u not in free:
                continue
            if g is not None:
                members = g.left if side == "l" else g.right
                units = left if side == "l" else right
                ends = (min(members), max(members))
                if not (u in (ends[0] - 1, ends[1] + 1) and any(_neighbours(units[u], units[m]) for m in ends)):
                    continue
                members.append(u)
                members.sort()
                if side == "l":
                    g.lstems |= left[u].stems
                else:
                    g.rstems |= right[u].stems
                g.score = dice(g.lstems, g.rstems)
                g.exact = False
                free.discard(u)
                changed = True
            else:
                nb = extra
                ofree = rfree if side == "l" else lfree
                if nb not in free or v not in ofree:
                    continue
                pair, single = sorted([u, nb]), [v]
                ng = Group(pair, single, score) if side == "l" else Group(single, pair, score)
                groups.append(fill(ng))
                free.discard(u)
                free.discard(nb)
                ofree.discard(v)
                changed = True
        if not changed:
            return


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


__all__ = ["Unit", "Group", "align", "stems_of", "dice"]
