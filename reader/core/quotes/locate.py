"""Where the words of a quote are in the other version.

A quote is traced sentence by sentence: each *unit* is the part of one of its sentences inside
the quote marks, cut to its first and last word. A unit's source is the stretch of the other
text that holds its words in order (compared on the first five letters of each word in lower case,
so that «первички» finds «первичные» and a verb's tense changes little), trimmed to the words
that match: a quote taking part of a long sentence gets just that part.

Finding it is cheap when the alignment already paired the unit's sentence: the link's word ops
say which words of the other sentence correspond, and they are cut to the unit (no new diff).
Otherwise a few windows of the other text are searched:

- when the link found unquoted text, the other version's quoted sentences near it (within
  ``NEAR`` sentences), unless the alignment pairs them with a quoted sentence of this version
  (then they are that quote's source): a quote is the better source, and the alignment may have
  paired a quote with the lead that repeats it;
- when the sentence is unpaired, or its link holds too little of the unit, also the sentences
  around the ones its nearest paired neighbours are paired with; and, as a last resort, the
  sentences anywhere that hold the unit's longest words (found with ``str.find``, at most
  ``FAR_WORK`` characters read per side: a bound for megabyte texts, never reached by articles).

A window's best stretch is the run of matching blocks (``difflib``) that scores the most: each
matched word counts (short words, «и», "the", a third), each word of the other text skipped
inside the run costs a quarter. A source must hold half of the unit's weight (``ACCEPT``); a
quoted source is preferred to unquoted text holding a little more (``PREFER_QUOTED``).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Container, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from itertools import islice
from operator import itemgetter
from typing import Protocol

from reader.core.lazyre import lazy
from reader.core.model import Link
from reader.core.options import Options
from reader.core.segment import WORD_RE, Sentence
from reader.core.worddiff import word_ops

TEXT = -1  # the kind of a source that is no quote (a quote's source kind is its quote's index)
ACCEPT = 0.5  # least share of a unit's word weight its source must hold
PREFER_QUOTED = 0.2  # a quoted source wins over unquoted text holding up to this much more
GAP_COST = 0.25  # what each word of the other text skipped inside a source costs
LIGHT = 0.3  # the weight of a short word (three letters or fewer: «и», «не», "the", "of")
NEAR = 8  # sentences searched for a paired neighbour, and the widest window between two
FAR_WORDS = 3  # the longest words of a unit looked for anywhere in the other text
FAR_WORK = 2_000_000  # characters that search may read per side and comparison (then it stops)
CANDIDATES = 2  # windows that search proposes

Op = tuple[str, int, int, int, int]
"""A word op from a quote (a) to its source (b): ``(tag, a_start, a_end, b_start, b_end)``;
``delete`` is words only the quote has, ``insert`` words only the source has."""

_WORD_CHAR = lazy(r"\w")
_INNER_END = lazy(r"[.!?…]\W*\s")


class FoundQuote(Protocol):
    """What tracing reads of a quote the finder found (``reader.core.quotes.find.Found``)."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def parts(self) -> tuple[tuple[int, int], ...]: ...
    @property
    def speaker(self) -> str | None: ...
    @property
    def verb(self) -> str | None: ...
    @property
    def cuts(self) -> tuple[tuple[int, int], ...]: ...


_second = itemgetter(1)
_FOURTH, _FIFTH = itemgetter(3), itemgetter(4)


def key(word: str) -> str:
    """A word as the search compares it: in lower case, ё as е, its first five letters."""
    return word.lower().replace("ё", "е")[:5]


def weight(word: str) -> float:
    return 1.0 if len(word) > 3 else LIGHT


def _sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``[start, end)`` in sentences: the text's sentences keep a «quote» of several in one
    (``segment.py``), a unit is one of them."""
    if start >= end or not _INNER_END.search(text, start, end):
        return [(start, end)]
    chunk = text[start:end].replace("\n", " ")
    from razdel import sentenize  # here: most texts never need it, and it costs 3 ms to import

    return [(start + s.start, start + s.stop) for s in sentenize(chunk)]


def has_word(text: str, start: int, end: int) -> bool:
    return start < end and _WORD_CHAR.search(text, start, end) is not None


def word_trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    """``[start, end)`` cut to its first and last word; None when it holds no word. (A word of
    ``WORD_RE`` starts and ends with a word character, and every word character is in one.)"""
    first = _WORD_CHAR.search(text, start, end)
    if first is None:
        return None
    while not (text[end - 1].isalnum() or text[end - 1] == "_"):
        end -= 1
    return first.start(), end


@dataclass
class Unit:
    """The part of one sentence of a quote inside its marks. ``start``/``end`` are cut to the
    first and last word; ``outer`` is the whole piece (part of the quote within the sentence)."""

    quote: int
    part: int
    sentence: int
    start: int
    end: int
    outer: tuple[int, int]


@dataclass(slots=True)
class Trace:
    """A unit's source: ``kind`` (the other side's quote index, or ``TEXT``), the source's ranges
    in the other text (one, or a few when the source quote is interrupted there), the word ops
    from the unit to them, and the share of the unit's word weight they hold."""

    kind: int
    ranges: list[tuple[int, int]]
    ops: list[Op]
    coverage: float


class QuoteSide:
    """One version as tracing reads it: its text, sentences (with their links and clutter), and
    its quotes outside clutter, cut into units."""

    def __init__(self, text: str, sentences: Sequence[Sentence], clutter: Sequence[bool],
                 sent_link: dict[int, int], found: Sequence[FoundQuote]):
        self.text = text
        self.sentences = sentences
        self.starts = [s.start for s in sentences]
        self.clutter = [clutter[s.paragraph] for s in sentences]
        self.sent_link = sent_link
        self._link_first: dict[int, int] = {}
        self._link_last: dict[int, int] = {}
        self.quotes = [f for f in found if not self._in_clutter(f.start)]
        self.units: list[Unit] = []
        self.quote_units: list[list[int]] = []
        parts: list[tuple[int, int, int]] = []
        for qi, q in enumerate(self.quotes):
            self.quote_units.append([])
            for k, (ps, pe) in enumerate(q.parts):
                parts.append((ps, pe, qi))
                self._add_units(qi, k, ps, pe)
        parts.sort()
        self.parts = parts
        self.part_ends = [p[1] for p in parts]
        self.quote_sents = sorted({u.sentence for u in self.units})
        self._keys: dict[int, list[str]] = {}
        self._keysets: dict[int, set[str]] = {}
        self._postings: dict[str, list[int]] = {}
        self._folded: str | None = None
        self.far_work = 0  # characters read by ``postings``

    def link_sents(self, n: int) -> tuple[int, int]:
        """Link ``n``'s first and last sentence on this side."""
        if not self._link_first:
            sents = sorted(self.sent_link)
            links = list(map(self.sent_link.__getitem__, sents))
            self._link_last = dict(zip(links, sents))  # in order of sentences the last one stays
            self._link_first = dict(zip(reversed(links), reversed(sents)))
        return self._link_first[n], self._link_last[n]

    def _in_clutter(self, pos: int) -> bool:
        i = bisect_right(self.starts, pos) - 1
        return i >= 0 and self.clutter[i]

    def _add_units(self, qi: int, k: int, ps: int, pe: int) -> None:
        text = self.text
        i = max(bisect_right(self.starts, ps) - 1, 0)
        while i < len(self.sentences) and self.sentences[i].start < pe:
            sent = self.sentences[i]
            s, e = max(ps, sent.start), min(pe, sent.end)
            for lo, hi in _sentences(text, s, e):
                trimmed = word_trim(text, lo, hi)
                if trimmed is not None:
                    self.quote_units[qi].append(len(self.units))
                    self.units.append(Unit(qi, k, i, *trimmed, (lo, hi)))
            i += 1

    def keys(self, si: int) -> list[str]:
        """The search keys of sentence ``si``'s words, in order; none for clutter."""
        got = self._keys.get(si)
        if got is None:
            sent = self.sentences[si]
            got = [] if self.clutter[si] else [w[:5] for w in WORD_RE.findall(self.folded(), sent.start, sent.end)]
            self._keys[si] = got
        return got

    def word_span(self, si: int, n: int) -> tuple[int, int]:
        """Where word ``n`` (from 0) of sentence ``si`` is."""
        sent = self.sentences[si]
        return next(islice(WORD_RE.finditer(self.folded(), sent.start, sent.end), n, None)).span()

    def folded(self) -> str:
        """The text in lower case with ё as е (the text itself when that would move offsets)."""
        if self._folded is None:
            folded = self.text.lower().replace("ё", "е")
            self._folded = folded if len(folded) == len(self.text) else self.text
        return self._folded

    def keyset(self, si: int) -> set[str]:
        """The search keys of sentence ``si``'s words (none for clutter)."""
        got = self._keysets.get(si)
        if got is None:
            got = self._keysets[si] = set(self.keys(si))
        return got

    def postings(self, k: str) -> list[int]:
        """The sentences (outside clutter) holding a word that starts with search key ``k``, in
        order; found with ``str.find`` on the case-folded text, and kept."""
        got = self._postings.get(k)
        if got is None:
            folded, starts, clutter = self.folded(), self.starts, self.clutter
            self.far_work += len(folded)
            got = []
            pos = folded.find(k)
            while pos >= 0:
                if pos == 0 or not folded[pos - 1].isalnum():
                    si = bisect_right(starts, pos) - 1
                    if si >= 0 and not clutter[si] and (not got or got[-1] != si):
                        got.append(si)
                pos = folded.find(k, pos + len(k))
            self._postings[k] = got
        return got

    def kind_of(self, start: int, end: int, trimmed: bool = False) -> tuple[int, list[tuple[int, int]]]:
        """Whether ``[start, end)`` is quoted: (the quote holding most of it, the range cut to
        that quote's parts), or (``TEXT``, the range) when no quote holds half of it.
        ``trimmed`` says the range starts and ends with a word (cutting it to words changes
        nothing)."""
        parts = self.parts
        n = len(parts)
        i = bisect_right(self.part_ends, start)
        if i < n and parts[i][0] < end:
            ps, pe, qi = parts[i]
            size = min(pe, end) - max(ps, start)
            i += 1
            if i < n and parts[i][0] < end:  # more than one part: the quote with the most
                overlap = {qi: size}
                while i < n and parts[i][0] < end:
                    ps, pe, q = parts[i]
                    overlap[q] = overlap.get(q, 0) + min(pe, end) - max(ps, start)
                    i += 1
                qi, size = max(overlap.items(), key=_second)  # the first of the largest
            if 2 * size >= end - start:
                qparts = self.quotes[qi].parts
                if len(qparts) == 1:  # it holds [start, end) in part: size > 0
                    if trimmed and qparts[0][0] <= start and end <= qparts[0][1]:
                        return qi, [(start, end)]
                    r = word_trim(self.text, max(qparts[0][0], start), min(qparts[0][1], end))
                    return qi, [] if r is None else [r]
                ranges = [word_trim(self.text, max(ps, start), min(pe, end)) for ps, pe in qparts
                          if ps < end and pe > start]
                return qi, [r for r in ranges if r is not None]
        return TEXT, [(start, end)]

    def whole_between(self, kind: int, start: int, end: int) -> bool:
        """Whether a whole sentence with words (of quote ``kind``'s units, for a quoted source)
        lies in ``[start, end)``: the words on either side of it are not next to each other."""
        if start >= end:
            return False
        if kind != TEXT:
            return any(start <= self.units[u].start and self.units[u].end <= end for u in self.quote_units[kind])
        i = bisect_left(self.starts, start)
        while i < len(self.sentences) and self.sentences[i].end <= end:
            s = self.sentences[i]
            if not self.clutter[i] and has_word(self.text, s.start, s.end):
                return True
            i += 1
        return False


class Tracer:
    """Traces units of side ``a`` to side ``b``. ``a_is_left`` says how links' ops are turned."""

    def __init__(self, a: QuoteSide, b: QuoteSide, links: Sequence[Link], a_is_left: bool, options: Options):
        self.a, self.b = a, b
        self.links = links
        self.a_is_left = a_is_left
        self.options = options
        self._link_ops: dict[int, list[Op]] = {}
        self._shifts: dict[int, tuple[int, int, int] | None] = {}
        self._near: dict[int, list[tuple[int, int]]] = {}
        self._paired: dict[int, bool] = {}

    def trace(self, u: Unit) -> Trace | None:
        fast = self._via_link(u)
        if fast is not None and fast.coverage >= ACCEPT and (
                fast.kind != TEXT or not self._quoted_near(self._expected(u.sentence))):
            return fast
        return self._search(u, fast)

    # ------------------------------------------------------------ through the alignment

    def link_ops(self, n: int) -> list[Op]:
        got = self._link_ops.get(n)
        if got is None:
            ops = self.links[n].ops
            if self.a_is_left:
                got = [(op.tag, op.left_start, op.left_end, op.right_start, op.right_end) for op in ops]
            else:
                flip = {"insert": "delete", "delete": "insert"}
                got = [(flip.get(op.tag, op.tag), op.right_start, op.right_end, op.left_start, op.left_end)
                       for op in ops]
                got.sort(key=itemgetter(1, 2))
            self._link_ops[n] = got
        return got

    def _shift(self, n: int) -> tuple[int, int, int] | None:
        """For a link whose ops are one equal op over the same characters on both sides: its
        range on side a and how far its characters are moved on side b."""
        if n in self._shifts:
            return self._shifts[n]
        ops = self.links[n].ops
        got = None
        if len(ops) == 1 and ops[0].tag == "equal":
            op = ops[0]
            a0, a1, b0, b1 = ((op.left_start, op.left_end, op.right_start, op.right_end) if self.a_is_left
                              else (op.right_start, op.right_end, op.left_start, op.left_end))
            if a0 < a1 and self.a.text[a0:a1] == self.b.text[b0:b1]:
                got = (a0, a1, b0 - a0)
        self._shifts[n] = got
        return got

    def _moved(self, u: Unit, shift: int) -> Trace | None:
        """``_via_link`` where the link is one equal op over the same characters: the unit's own
        characters, moved, are what clipping, trimming and clamping that op come to (every word
        equal, coverage 1)."""
        start, end = u.start + shift, u.end + shift
        kind, ranges = self.b.kind_of(start, end, True)
        if not ranges:
            return None
        if len(ranges) == 1 and ranges[0] == (start, end):
            return Trace(kind, ranges, [("equal", u.start, u.end, start, end)], 1.0)
        ops = ops_between(self.a.text, [(u.start, u.end)], self.b.text, ranges, self.options)
        return Trace(kind, ranges, ops, coverage(self.a.text, u, ops))

    def _via_link(self, u: Unit) -> Trace | None:
        n = self.a.sent_link.get(u.sentence)
        if n is None:
            return None
        shift = self._shift(n)
        if shift is not None and shift[0] <= u.start and u.end <= shift[1]:
            return self._moved(u, shift[2])
        ops = clip(self.link_ops(n), u.start, u.end, self.a.text, self.b.text)
        if not ops:
            return None
        ops = tighten(ops, self.a.text, self.b.text)
        region = word_trim(self.b.text, min(map(_FOURTH, ops)), max(map(_FIFTH, ops)))
        if region is None:
            return None
        kind, ranges = self.b.kind_of(region[0], region[1], True)
        if not ranges:
            return None
        if ranges != [region]:
            ops = ops_between(self.a.text, [(u.start, u.end)], self.b.text, ranges, self.options)
        else:
            lo, hi = region  # the space or punctuation around the source's words is not its
            ops = [(tag, a0, a1, lo if b0 < lo else (hi if b0 > hi else b0), lo if b1 < lo else (hi if b1 > hi else b1))
                   for tag, a0, a1, b0, b1 in ops]
        return Trace(kind, ranges, ops, coverage(self.a.text, u, ops))

    # ------------------------------------------------------------ searching

    def _search(self, u: Unit, fast: Trace | None) -> Trace | None:
        text = self.a.text
        words = WORD_RE.findall(text, u.start, u.end)
        keys = [w.lower().replace("ё", "е")[:5] for w in words]  # ``key``
        weights = [1.0 if len(w) > 3 else LIGHT for w in words]  # ``weight``
        total = sum(weights)
        found: list[tuple[float, int, tuple[int, int]]] = []  # (coverage, kind, region)
        if fast is not None and fast.coverage >= ACCEPT:
            found.append((fast.coverage, fast.kind, (fast.ranges[0][0], fast.ranges[-1][1])))
        where = self._expected(u.sentence)
        windows = list(self._quoted_near(where))
        if not found:
            windows += self._near_windows(u.sentence)
        found += self._evaluate(windows, keys, weights, total)
        if not any(c >= ACCEPT for c, _, _ in found):
            found += self._evaluate(self._far_windows(keys, weights, total), keys, weights, total)
        best = choose(found)
        if best is None:
            return None
        cov, kind, region = best
        if fast is not None and fast.kind == kind and region == (fast.ranges[0][0], fast.ranges[-1][1]):
            return fast
        kind, ranges = self.b.kind_of(*region)
        if not ranges:
            return None
        return Trace(kind, ranges, ops_between(self.a.text, [(u.start, u.end)], self.b.text, ranges, self.options), cov)

    def _evaluate(self, windows: list[tuple[int, int]], keys: list[str], weights: list[float],
                  total: float) -> list[tuple[float, int, tuple[int, int]]]:
        """Each window's best stretch, for the windows sharing enough of the unit's words."""
        out = []
        b = self.b
        need = ACCEPT * total
        for lo, hi in dict.fromkeys(windows):
            if not self._may_hold(lo, hi, keys, weights, need):
                continue
            have = b.keyset(lo) if lo == hi else set().union(*(b.keyset(si) for si in range(lo, hi + 1)))
            if not _reaches(keys, weights, have, need):
                continue
            sents = range(lo, hi + 1)
            run = best_run(keys, weights, b.keys(lo) if lo == hi else [k for si in sents for k in b.keys(si)])
            if run is None:
                continue
            matched, j0, j1 = run
            region = (b.word_span(*_word_at(b, sents, j0))[0], b.word_span(*_word_at(b, sents, j1))[1])
            out.append((matched / total, b.kind_of(*region)[0], region))
        return out

    def _may_hold(self, lo: int, hi: int, keys: list[str], weights: list[float], need: float) -> bool:
        """False when sentences ``lo``..``hi`` of the other side surely share less than ``need``
        of the unit's word weight: the keys found anywhere in their text are more than their
        words' keys, so their weight, summed in the same order, is no less; and they are cheaper
        to find than the words are to read (when the words are read already, True)."""
        b = self.b
        known = b._keysets
        if lo in known and (lo == hi or all(si in known for si in range(lo + 1, hi + 1))):
            return True
        return _reaches(keys, weights, b.folded()[b.sentences[lo].start:b.sentences[hi].end], need)

    def _quoted_near(self, where: int) -> list[tuple[int, int]]:
        """The other side's quoted sentences near where the unit's sentence would be, each a
        window; not those the alignment pairs with quoted sentences of this side (they are
        those quotes' sources)."""
        got = self._near.get(where)
        if got is not None:
            return got
        sents = self.b.quote_sents
        lo = bisect_left(sents, where - NEAR)
        hi = bisect_right(sents, where + NEAR)
        paired = self._paired
        out = self._near[where] = []
        for si in sents[lo:hi]:
            got_paired = paired.get(si)
            if got_paired is None:
                got_paired = paired[si] = self._paired_with_quote(si)
            if not got_paired:
                out.append((si, si))
        return out

    def _paired_with_quote(self, si: int) -> bool:
        """Whether the alignment pairs sentence ``si`` of the other side with a quoted sentence
        of this side."""
        n = self.b.sent_link.get(si)
        if n is None:
            return False
        first, last = self.a.link_sents(n)
        quote_sents = self.a.quote_sents
        k = bisect_left(quote_sents, first)
        return k < len(quote_sents) and quote_sents[k] <= last

    def _near_windows(self, si: int) -> list[tuple[int, int]]:
        """Windows of the other text around where sentence ``si`` should be: between (and around)
        the sentences its nearest paired neighbours are paired with."""
        a, b = self.a, self.b
        runs = []
        own = a.sent_link.get(si)
        if own is not None:
            runs.append(b.link_sents(own))
        for step in (-1, 1):
            j = si + step
            while 0 <= j < len(a.sentences) and abs(j - si) <= NEAR:
                n = a.sent_link.get(j)
                if n is not None:
                    runs.append(b.link_sents(n))
                    break
                j += step
        if not runs:
            return []
        lo, hi = min(r[0] for r in runs), max(r[1] for r in runs)
        last = len(b.sentences) - 1
        if hi - lo <= NEAR:
            return [(max(lo - 1, 0), min(hi + 1, last))]
        return [(max(r[0] - 1, 0), min(r[1] + 1, last)) for r in runs]

    def _expected(self, si: int) -> int:
        """The other side's sentence where sentence ``si`` would be, from its nearest paired neighbour."""
        a, b = self.a, self.b
        for d in range(NEAR * 4):
            for j in (si - d, si + d):
                n = a.sent_link.get(j)
                if n is not None:
                    return b.link_sents(n)[0]
        return si * len(b.sentences) // max(len(a.sentences), 1)

    def _far_windows(self, keys: list[str], weights: list[float], total: float) -> list[tuple[int, int]]:
        """Windows around the sentences anywhere in the other text that hold the most of the
        unit's longest words (at least two of them, or all when it has fewer)."""
        longest = sorted(dict.fromkeys(k for k, w in zip(keys, weights) if w == 1.0), key=len, reverse=True)[:FAR_WORDS]
        score: Counter[int] = Counter()
        for k in longest:
            if self.b.far_work > FAR_WORK:
                return []
            score.update(self.b.postings(k))
        last = len(self.b.sentences) - 1
        need = min(2, len(longest))
        return [(max(si - 1, 0), min(si + 1, last)) for si, n in score.most_common(CANDIDATES) if n >= need]


def _reaches(keys: list[str], weights: list[float], have: Container[str], need: float) -> bool:
    """Whether the weights of the keys in ``have``, summed in order, come to ``need``: the first
    partial sum that does is enough (the weights are positive, no later sum is smaller)."""
    if need <= 0:
        return True
    found = 0.0
    for k, w in zip(keys, weights):
        if k in have:
            found += w
            if found >= need:
                return True
    return False


def _word_at(side: QuoteSide, sents: range, j: int) -> tuple[int, int]:
    """Word ``j`` of sentences ``sents`` (their words one list) as (sentence, word of it)."""
    for si in sents:
        n = len(side.keys(si))
        if j < n:
            return si, j
        j -= n
    raise IndexError(j)


def choose(found: list[tuple[float, int, tuple[int, int]]]) -> tuple[float, int, tuple[int, int]] | None:
    """The best source: a quoted one unless unquoted text holds clearly more of the unit."""
    ok = [f for f in found if f[0] >= ACCEPT]
    if not ok:
        return None
    quoted = max((f for f in ok if f[1] != TEXT), default=None, key=lambda f: f[0])
    text = max((f for f in ok if f[1] == TEXT), default=None, key=lambda f: f[0])
    if quoted is not None and (text is None or quoted[0] >= text[0] - PREFER_QUOTED):
        return quoted
    return text


def best_run(keys: list[str], weights: list[float], other: list[str]) -> tuple[float, int, int] | None:
    """The run of matching blocks of ``keys`` in ``other`` that scores most (matched weight less
    ``GAP_COST`` per skipped word of ``other``): (matched weight, first and last index in ``other``)."""
    blocks = [b for b in SequenceMatcher(None, keys, other, autojunk=False).get_matching_blocks() if b.size]
    best: tuple[float, float, int, int] | None = None  # (score, matched, j0, j1)
    score = matched = 0.0
    j0 = prev_end = 0
    for blk in blocks:
        w = sum(weights[blk.a:blk.a + blk.size])
        gap = (blk.b - prev_end) * GAP_COST
        if score > 0 and score - gap > 0:
            score += w - gap
            matched += w
        else:
            score, matched, j0 = w, w, blk.b
        prev_end = blk.b + blk.size
        if best is None or score > best[0]:
            best = (score, matched, j0, prev_end - 1)
    return None if best is None else (best[1], best[2], best[3])


def coverage(text: str, u: Unit, ops: list[Op]) -> float:
    """The share of the unit's characters (but spaces) inside equal ops: much like the share of its
    word weight, a long word counting more than a short one, without reading the words."""
    start, end, count = u.start, u.end, text.count
    total = end - start - count(" ", start, end) - count("\n", start, end)
    same = 0
    for tag, a0, a1, _, _ in ops:
        if tag == "equal" and a0 < a1:
            s, e = (a0 if a0 > start else start), (a1 if a1 < end else end)
            same += e - s - count(" ", s, e) - count("\n", s, e)
    return same / total if total else 0.0


# ---------------------------------------------------------------- word ops


def _nth_word(text: str, start: int, end: int, n: int, edge: int) -> int:
    """The start (``edge`` 0) or end (1) of word ``n`` (from 0) of ``text[start:end]``; ``end``
    (or ``start``) when there are fewer words."""
    for k, m in enumerate(WORD_RE.finditer(text, start, end)):
        if k == n:
            return m.span()[edge]
    return end if edge == 0 else start


def clip(ops: list[Op], start: int, end: int, a_text: str, b_text: str) -> list[Op] | None:
    """The ops inside ``[start, end)`` of side a; an equal op across an edge is cut at the same
    word on both sides. None when a change runs across an edge with words outside: the
    alignment's diff does not say which of its words belong inside."""
    out: list[Op] = []
    for op in ops:
        tag, a0, a1, b0, b1 = op
        if a0 == a1:
            if start < a0 < end:
                out.append(op)
            continue
        if a1 <= start or a0 >= end:
            continue
        if start <= a0 and a1 <= end:
            out.append(op)
        elif tag == "equal":
            n0, n1 = max(a0, start), min(a1, end)
            if a_text[a0:a1] == b_text[b0:b1]:  # the same characters: the same offsets
                c0, c1 = b0 + n0 - a0, b0 + n1 - a0
            else:
                c0 = b0 if n0 == a0 else _nth_word(b_text, b0, b1, len(WORD_RE.findall(a_text, a0, n0)), 0)
                c1 = b1 if n1 == a1 else _nth_word(b_text, b0, b1, len(WORD_RE.findall(a_text, a0, n1)) - 1, 1)
            out.append(("equal", n0, n1, c0, max(c0, c1)))
        elif has_word(a_text, a0, start) or has_word(a_text, end, a1):
            return None
        else:
            out.append((tag, max(a0, start), min(a1, end), b0, b1))
    return out


def tighten(ops: list[Op], a_text: str, b_text: str) -> list[Op]:
    """A change that starts (ends) the ops with more words of the source than of the quote keeps
    only as many source words, those next to the rest: «Мы снизим» against «Министр заявил, что
    правительство снизит» is «правительство снизит»; the words before are not the quote's."""
    out = list(ops)
    for i, edge in ((0, 0), (len(out) - 1, 1)):
        tag, a0, a1, b0, b1 = out[i]
        if tag not in ("replace", "insert"):
            continue
        want = len(WORD_RE.findall(a_text, a0, a1))
        words = [m.span() for m in WORD_RE.finditer(b_text, b0, b1)]
        if len(words) <= want:
            continue
        if not want:
            out[i] = (tag, a0, a1, b1, b1) if edge == 0 else (tag, a0, a1, b0, b0)
        elif edge == 0:
            out[i] = (tag, a0, a1, words[-want][0], b1)
        else:
            out[i] = (tag, a0, a1, b0, words[want - 1][1])
    return [op for op in out if op[1] < op[2] or op[3] < op[4]]


def ops_between(a_text: str, a_ranges: list[tuple[int, int]], b_text: str, b_ranges: list[tuple[int, int]],
                options: Options) -> list[Op]:
    """Word ops (``reader.core.worddiff.word_ops``) from the words of ``a_ranges`` to those of
    ``b_ranges``, each read as one run: ranges are joined by a space, diffed, and the ops cut back
    at the joins (an equal op at the same word on both sides)."""
    if len(a_ranges) == 1 and len(b_ranges) == 1:
        return [(op.tag, op.left_start, op.left_end, op.right_start, op.right_end)
                for op in word_ops(a_text, a_ranges[0], b_text, b_ranges[0], options)]
    va, amap = _joined(a_text, a_ranges)
    vb, bmap = _joined(b_text, b_ranges)
    out: list[Op] = []
    for op in word_ops(va, (0, len(va)), vb, (0, len(vb)), options):
        apieces = _pieces(amap, op.left_start, op.left_end)
        bpieces = _pieces(bmap, op.right_start, op.right_end)
        if len(apieces) == 1 and len(bpieces) == 1:
            out.append((op.tag, *apieces[0], *bpieces[0]))
        elif op.tag == "equal":
            out.extend(_split_equal(a_text, apieces, b_text, bpieces))
        else:
            out.extend(_pair(op.tag, apieces, bpieces))
    return out


_Map = list[tuple[int, int, int]]  # (joined start, original start, length) per range


def _joined(text: str, ranges: list[tuple[int, int]]) -> tuple[str, _Map]:
    pieces, mapping, pos = [], [], 0
    for s, e in ranges:
        mapping.append((pos, s, e - s))
        pieces.append(text[s:e])
        pos += e - s + 1
    return " ".join(pieces), mapping


def _pieces(mapping: _Map, start: int, end: int) -> list[tuple[int, int]]:
    """``[start, end)`` of the joined text as ranges of the original one (an empty range where
    it stands when it holds nothing of any)."""
    out = []
    for vs, s, n in mapping:
        lo, hi = max(start, vs), min(end, vs + n)
        if lo < hi:
            out.append((s + lo - vs, s + hi - vs))
    if out:
        return out
    for vs, s, n in mapping:
        if start <= vs + n:
            pos = s + max(0, start - vs)
            return [(pos, pos)]
    vs, s, n = mapping[-1]
    return [(s + n, s + n)]


def _split_equal(a_text: str, apieces: list[tuple[int, int]], b_text: str,
                 bpieces: list[tuple[int, int]]) -> list[Op]:
    """An equal op whose ranges cross joins, cut wherever either side changes range; equal words
    correspond one to one, so a cut is at the same word on both sides."""
    awords = [(k, m.span()) for k, (s, e) in enumerate(apieces) for m in WORD_RE.finditer(a_text, s, e)]
    bwords = [(k, m.span()) for k, (s, e) in enumerate(bpieces) for m in WORD_RE.finditer(b_text, s, e)]
    if not awords or len(awords) != len(bwords):
        return _pair("equal", apieces, bpieces)
    cuts = [i for i in range(1, len(awords)) if awords[i][0] != awords[i - 1][0] or bwords[i][0] != bwords[i - 1][0]]
    bounds = list(zip([0, *cuts], [*cuts, len(awords)]))
    aspans = _spans(awords, apieces, bounds)
    bspans = _spans(bwords, bpieces, bounds)
    return [("equal", a0, a1, b0, b1) for (a0, a1), (b0, b1) in zip(aspans, bspans)]


def _spans(words: list[tuple[int, tuple[int, int]]], pieces: list[tuple[int, int]],
           bounds: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The ranges of the runs of words ``bounds``, each reaching the next in the same piece."""
    out = [_span(words, pieces, lo, hi) for lo, hi in bounds]
    for k in range(len(out) - 1):
        if words[bounds[k][1] - 1][0] == words[bounds[k + 1][0]][0]:
            out[k] = (out[k][0], out[k + 1][0])
    return out


def _span(words: list[tuple[int, tuple[int, int]]], pieces: list[tuple[int, int]], lo: int, hi: int) -> tuple[int, int]:
    """Words ``lo``..``hi - 1`` as a range, to the edges of their piece where they start or end it."""
    k0, (s, _) = words[lo]
    k1, (_, e) = words[hi - 1]
    if lo == 0 or words[lo - 1][0] != k0:
        s = pieces[k0][0]
    if hi == len(words) or words[hi][0] != k1:
        e = pieces[k1][1]
    return s, e


def _pair(tag: str, apieces: list[tuple[int, int]], bpieces: list[tuple[int, int]]) -> list[Op]:
    """A change across joins: its pieces paired in order, the extra ones one-sided."""
    out: list[Op] = []
    for k in range(max(len(apieces), len(bpieces))):
        a = apieces[k] if k < len(apieces) else (apieces[-1][1], apieces[-1][1])
        b = bpieces[k] if k < len(bpieces) else (bpieces[-1][1], bpieces[-1][1])
        if a[0] == a[1] and b[0] == b[1]:
            continue
        t = tag if tag != "replace" else ("replace" if a[0] < a[1] and b[0] < b[1] else
                                           ("delete" if a[0] < a[1] else "insert"))
        out.append((t, *a, *b))
    return out
