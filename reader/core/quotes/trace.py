"""What became of each quote: its source in the other version, and the verdict.

Each version's quotes (``find.py``; none in page clutter) are traced sentence by sentence to the
other version (``locate.py``): a unit's source is a quote there (preferred), unquoted text, or
nothing. A quote equal part for part (under the options) to a quote of the other version whose
first sentence the alignment pairs with its own needs no tracing: the two are one kept quote.
A found quote then becomes one ``Quote`` per run of sentences with one source, so that a long
quote whose sentences went different ways reads sentence by sentence:

- on the right (newer) side, a run traced to one quote of the left, or to its unquoted text;
  sentences with no source join the run next to them as added words, and a quote with no
  source at all is ``no source``. A run is ``verbatim`` when every word op is equal, else
  ``altered``;
- on the left (older) side, a run whose sentences share a fate: ``kept``/``altered`` when they
  are in one quote run of the right (its ``counterpart``), ``reported`` when they are in the
  right's unquoted text, ``dropped`` when they are nowhere.

A run's source is its sentences' sources joined: where two follow each other in the other
text, the words between them are words the quote cut (silently, or marked by an ellipsis in
the gap); where a whole sentence (of the source quote) lies between them, or they go backwards,
the quote ``joins_apart``. The source's words before the first matching word and after the last
are not cuts: a quote may take part of a longer one.

The ops tile the quote's parts: each sentence's words against its source (the alignment's
own word ops where it paired the sentence, else ``word_ops``), the punctuation and space between
sentences as equal with nothing (only words are compared across a sentence's edge), and the
source's words between two sentences' sources as inserted. ``removed``/``added`` are the words of
the non-equal ops on the left/right side; on the right, source words the quote cut where it
shows an ellipsis are ``marked_cuts`` instead of ``removed``.

The attribution is compared where a quote is traced to a quote (``people.py``): another speech
verb, or another person (a title and a name the texts tie together are one person), is a change.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal, TypeVar

from reader.core.model import Link, Quote, QuoteSource, QuoteStatus, WordOp
from reader.core.normalize import normalise
from reader.core.options import Options
from reader.core.quotes.locate import TEXT, FoundQuote, Op, QuoteSide, Trace, Tracer, coverage, ops_between, word_trim
from reader.core.quotes.people import People, attribution_changed
from reader.core.segment import WORD_RE

Side = Literal["left", "right"]
K = TypeVar("K")


@dataclass(slots=True)
class _Piece:
    """A run of one quote's units with one source: ``kind`` is the other side's quote index,
    ``TEXT`` or None; ``partner`` the piece of the other side a left run is kept in."""

    quote: int
    units: list[int]
    kind: int | None
    partner: int | None = None
    start: int = 0
    end: int = 0
    parts: tuple[tuple[int, int], ...] = ()
    ops: list[Op] = field(default_factory=list)
    ranges: list[tuple[int, int]] = field(default_factory=list)
    apart: bool = False


def trace_quotes(left: QuoteSide, right: QuoteSide, links: Sequence[Link], options: Options) -> tuple[Quote, ...]:
    """Both sides' quotes, traced to each other: the left ones first, each side in text order."""
    if not left.units and not right.units:
        return ()
    same = _same_quotes(left, right, options)
    same_right = {j: i for i, j in same.items()}
    lt, rt = Tracer(left, right, links, True, options), Tracer(right, left, links, False, options)
    ltraces = [None if u.quote in same else lt.trace(u) for u in left.units]
    rtraces = [None if u.quote in same_right else rt.trace(u) for u in right.units]
    rpieces = _right_pieces(right, rtraces, same_right)
    for p in rpieces:
        _bounds(right, p)
        if p.quote in same_right:
            _same_ops(right, left, p)
        else:
            _assemble(right, left, p, rtraces)
    _kept_by_right(left, ltraces, right, rpieces, rtraces, options, same)
    runit_piece = {k: n for n, p in enumerate(rpieces) for k in p.units}
    lpieces = _left_pieces(left, ltraces, right, runit_piece, same)
    for p in lpieces:
        _bounds(left, p)
        if p.quote in same:
            _same_ops(left, right, p)
        else:
            _assemble(left, right, p, ltraces)
    lunit_piece = {k: n for n, p in enumerate(lpieces) for k in p.units}
    for p in rpieces:
        if p.kind is not None and p.kind != TEXT:
            p.partner = _piece_at(left, p.kind, p.ranges, lunit_piece)
    people = People(left.text, right.text)
    nleft = len(lpieces)
    out = [_quote("left", n, p, left, right, rpieces, nleft, people) for n, p in enumerate(lpieces)]
    out += [_quote("right", nleft + n, p, right, left, lpieces, 0, people) for n, p in enumerate(rpieces)]
    return tuple(out)


def _quote_key(side: QuoteSide, q: FoundQuote, options: Options) -> tuple[str, ...]:
    """A quote's parts as compared under ``options`` (white space runs as one space, no
    punctuation when it is ignored)."""
    out = []
    for s, e in q.parts:
        norm = normalise(side.text[s:e], options)
        if options.ignore_punctuation:
            norm = " ".join(WORD_RE.findall(norm))
        elif options.ignore_whitespace:
            norm = " ".join(norm.split())
        out.append(norm)
    return tuple(out)


def _same_quotes(left: QuoteSide, right: QuoteSide, options: Options) -> dict[int, int]:
    """Left quote -> right quote, for quotes equal part for part under the options whose first
    sentences the alignment pairs: kept word for word, they need no tracing. (Each left quote
    takes the first such right quote not taken yet; only quotes whose first sentences share a
    link are compared, and parts written alike are equal without normalising them.)"""
    by_link: dict[int, list[int]] = {}
    for j, units in enumerate(right.quote_units):
        if units:
            n = right.sent_link.get(right.units[units[0]].sentence)
            if n is not None:
                by_link.setdefault(n, []).append(j)
    out: dict[int, int] = {}
    taken: set[int] = set()
    lkeys: dict[int, tuple[str, ...]] = {}
    rkeys: dict[int, tuple[str, ...]] = {}
    ltext, rtext = left.text, right.text
    for i, units in enumerate(left.quote_units):
        if not units:
            continue
        n = left.sent_link.get(left.units[units[0]].sentence)
        candidates = None if n is None else by_link.get(n)
        if not candidates:
            continue
        lparts = left.quotes[i].parts
        for j in candidates:
            if j in taken:
                continue
            rparts = right.quotes[j].parts
            if len(lparts) != len(rparts):
                continue
            if not all(ltext[a:b] == rtext[c:d] for (a, b), (c, d) in zip(lparts, rparts)):
                lkey = lkeys.get(i)
                if lkey is None:
                    lkey = lkeys[i] = _quote_key(left, left.quotes[i], options)
                rkey = rkeys.get(j)
                if rkey is None:
                    rkey = rkeys[j] = _quote_key(right, right.quotes[j], options)
                if lkey != rkey:
                    continue
            out[i] = j
            taken.add(j)
            break
    return out


def _same_ops(side: QuoteSide, other: QuoteSide, p: _Piece) -> None:
    """A quote equal to the other side's quote ``p.kind``: one equal op per part, the source that
    quote's words."""
    q = other.quotes[p.kind]  # type: ignore[index]
    lo, hi = word_trim(other.text, q.start, q.end) or (q.start, q.end)
    p.ranges = [(lo, hi)]
    p.ops = [("equal", a0, a1, min(max(b0, lo), hi), min(max(b1, lo), hi))
             for (a0, a1), (b0, b1) in zip(p.parts, q.parts)]


def _runs(units: list[int], keys: list[K]) -> list[tuple[K, list[int]]]:
    """Consecutive units with equal keys, grouped."""
    out: list[tuple[K, list[int]]] = []
    for k, key in zip(units, keys):
        if out and out[-1][0] == key:
            out[-1][1].append(k)
        else:
            out.append((key, [k]))
    return out


def _right_pieces(right: QuoteSide, traces: list[Trace | None], same: dict[int, int]) -> list[_Piece]:
    """Each right quote in runs of one source; a sentence with no source joins the run before it
    (or after it, at the start). A quote equal to a left one is one run."""
    pieces = []
    for qi, units in enumerate(right.quote_units):
        if qi in same:
            if units:
                pieces.append(_Piece(qi, units, same[qi]))
            continue
        kinds = [None if (tr := traces[k]) is None else tr.kind for k in units]
        known = [kind for kind in kinds if kind is not None]
        if known:
            last = known[0]
            for i, kind in enumerate(kinds):
                if kind is None:
                    kinds[i] = last
                else:
                    last = kind
        pieces += [_Piece(qi, run, key) for key, run in _runs(units, kinds)]
    return pieces


def _kept_by_right(left: QuoteSide, ltraces: list[Trace | None], right: QuoteSide, rpieces: list[_Piece],
                   rtraces: list[Trace | None], options: Options, same: dict[int, int]) -> None:
    """A left sentence that a right quote took its words from is kept in that quote, whatever its
    own trace says (a quote cut to a third of its words holds too little of it to be found from
    its side): its trace becomes the one to the right sentences drawn from it."""
    for p in rpieces:
        if p.kind is None or p.kind == TEXT or p.kind in same:
            continue
        for k in left.quote_units[p.kind]:
            u = left.units[k]
            if not any(u.start < e and s < u.end for s, e in p.ranges):
                continue
            own = ltraces[k]
            if own is not None and own.kind == p.quote and _overlaps(right, p.units, own.ranges):
                continue
            drawn = [(right.units[j].start, right.units[j].end) for j in p.units
                     if rtraces[j] is not None and any(u.start < e and s < u.end for s, e in rtraces[j].ranges)]  # type: ignore[union-attr]
            ranges = drawn or [(right.units[j].start, right.units[j].end) for j in p.units]
            ops = ops_between(left.text, [(u.start, u.end)], right.text, ranges, options)
            ltraces[k] = Trace(p.quote, ranges, ops, coverage(left.text, u, ops))


def _overlaps(side: QuoteSide, units: list[int], ranges: list[tuple[int, int]]) -> bool:
    return any(side.units[j].start < e and s < side.units[j].end for j in units for s, e in ranges)


def _left_pieces(left: QuoteSide, traces: list[Trace | None], right: QuoteSide,
                 runit_piece: dict[int, int], same: dict[int, int]) -> list[_Piece]:
    """Each left quote in runs of one fate: kept in one right piece, reported, or dropped."""
    pieces = []
    for qi, units in enumerate(left.quote_units):
        if qi in same:
            if units:
                j = same[qi]
                pieces.append(_Piece(qi, units, j, runit_piece[right.quote_units[j][0]]))
            continue
        keys: list[tuple[int | None, int | None]] = []
        for k in units:
            tr = traces[k]
            if tr is None or tr.kind == TEXT:
                keys.append((None if tr is None else TEXT, None))
            else:
                keys.append((tr.kind, _piece_at(right, tr.kind, tr.ranges, runit_piece)))
        for (kind, partner), run in _runs(units, keys):
            pieces.append(_Piece(qi, run, kind, partner))
    return pieces


def _piece_at(side: QuoteSide, quote: int, ranges: list[tuple[int, int]], unit_piece: dict[int, int]) -> int:
    """The piece of ``side``'s quote ``quote`` that holds the first of ``ranges``."""
    units = side.quote_units[quote]
    for s, e in ranges:
        for k in units:
            u = side.units[k]
            if u.start < e and s < u.end:
                return unit_piece[k]
    return unit_piece[units[0]]


def _bounds(side: QuoteSide, p: _Piece) -> None:
    """The piece's offsets: the quote's own where it starts or ends the quote, its sentences'
    where it is cut from a longer quote; its parts cut to them."""
    q = side.quotes[p.quote]
    units, own = side.quote_units[p.quote], p.units
    text = side.text
    start = q.start if own[0] == units[0] else side.units[own[0]].outer[0]
    end = q.end if own[-1] == units[-1] else side.units[own[-1]].outer[1]
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    p.start, p.end = start, end
    parts = q.parts
    if len(parts) == 1 and parts[0][0] >= start and parts[0][1] <= end and parts[0][0] < parts[0][1]:
        p.parts = parts  # the quote's one part, whole
    else:
        p.parts = tuple(_within(parts, start, end))


def _within(parts: tuple[tuple[int, int], ...], lo: int, hi: int) -> list[tuple[int, int]]:
    """``parts`` cut to ``[lo, hi)``, those left with nothing dropped."""
    if len(parts) == 1:  # most quotes are one part
        s, e = parts[0]
        s, e = (s if s > lo else lo), (e if e < hi else hi)
        return [(s, e)] if s < e else []
    out = []
    for s, e in parts:
        s, e = (s if s > lo else lo), (e if e < hi else hi)
        if s < e:
            out.append((s, e))
    return out


def _source_words(other: QuoteSide, kind: int, start: int, end: int) -> list[tuple[int, int]]:
    """The words of the other text in ``[start, end)`` (inside the source quote's parts, for a quote)."""
    spans = [(start, end)] if kind == TEXT else _within(other.quotes[kind].parts, start, end)
    return [r for r in (word_trim(other.text, s, e) for s, e in spans) if r is not None]


def _assemble(side: QuoteSide, other: QuoteSide, p: _Piece, traces: list[Trace | None]) -> None:
    """The piece's ops (tiling its parts), its source ranges, and whether it joins apart."""
    traced = [k for k in p.units if traces[k] is not None]
    if not traced or p.kind is None:
        return
    cuts = side.quotes[p.quote].cuts
    parts, units = p.parts, side.units
    first, last = traced[0], traced[-1]
    ops: list[Op] = []
    bpos: int | None = None  # where the source of the sentence before ends
    here = traces[first].ranges[0][0]  # type: ignore[union-attr]
    cursor = p.start
    for k in p.units:
        u, tr = units[k], traces[k]
        if tr is not None and bpos is not None:
            nxt = tr.ranges[0][0]
            marked = bool(cuts) and any(cursor <= cs and ce <= u.start for cs, ce in cuts)
            if nxt >= bpos and (marked or not other.whole_between(tr.kind, bpos, nxt)):
                between = _source_words(other, tr.kind, bpos, nxt)
            else:
                between = []
                p.apart = True
        else:
            between = []
        if cursor < u.start:
            ops += [("equal", g0, g1, here, here) for g0, g1 in _within(parts, cursor, u.start)]
        if between:
            ops += [("insert", u.start, u.start, s, e) for s, e in between]
        if tr is None:
            ops.append(("delete", u.start, u.end, here, here))
        else:
            tops = tr.ops
            if tops and ((k == first and tops[0][0] == "insert") or (k == last and tops[-1][0] == "insert")):
                tops = _strip(tops, k == first, k == last)
            ops += tops
            p.ranges += tr.ranges
            here = bpos = tr.ranges[-1][1]
        cursor = u.end
    ops += [("equal", g0, g1, bpos, bpos) for g0, g1 in _within(parts, cursor, p.end)]  # type: ignore[misc]
    p.ops = ops


def _strip(ops: list[Op], head: bool, tail: bool) -> list[Op]:
    """A sentence's ops without the source's words before (``head``) and after (``tail``) the
    quote's: a quote may take part of a longer one."""
    lo, hi = 0, len(ops)
    while head and lo < hi and ops[lo][0] == "insert":
        lo += 1
    while tail and hi > lo and ops[hi - 1][0] == "insert":
        hi -= 1
    return ops[lo:hi]


def _touches(text: str, start: int, end: int, cuts: tuple[tuple[int, int], ...]) -> bool:
    """Whether ``[start, end)``, widened over the punctuation and space around it, meets a cut mark."""
    lo, hi = start, end
    while lo > 0 and start - lo < 8 and not text[lo - 1].isalnum():
        lo -= 1
    while hi < len(text) and hi - end < 8 and not text[hi].isalnum():
        hi += 1
    return any(cs <= hi and lo <= ce for cs, ce in cuts)


def _words(p: _Piece, side: QuoteSide, other: QuoteSide,
           which: Side) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """(removed, added, marked cuts): the left/right words of the non-equal ops; left words the
    right quote cuts where it shows an ellipsis are marked cuts, not removed."""
    own: list[str] = []
    theirs: list[str] = []
    marked: list[str] = []
    if which == "right":
        cuts = side.quotes[p.quote].cuts
    else:
        cuts = other.quotes[p.kind].cuts if p.kind is not None and p.kind != TEXT else ()
    for tag, a0, a1, b0, b1 in p.ops:
        if tag == "equal":
            continue
        mine, other_words = WORD_RE.findall(side.text, a0, a1), WORD_RE.findall(other.text, b0, b1)
        left_words = other_words if which == "right" else mine
        if cuts and left_words and (_touches(side.text, a0, a1, cuts) if which == "right"
                                    else _touches(other.text, b0, b1, cuts)):
            marked += left_words
            (own if which == "right" else theirs).extend(other_words if which == "left" else mine)
        else:
            own += mine
            theirs += other_words
    if which == "left":
        return tuple(own), tuple(theirs), tuple(marked)
    return tuple(theirs), tuple(own), tuple(marked)


def _status(which: Side, p: _Piece, changed: bool) -> QuoteStatus:
    if which == "right":
        return "no source" if p.kind is None else ("altered" if changed or p.apart else "verbatim")
    if p.kind is None:
        return "dropped"
    if p.kind == TEXT:
        return "reported"
    return "altered" if changed else "kept"


_FLIP = {"insert": "delete", "delete": "insert"}
_NO_WORDS: tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]] = ((), (), ())
_new = object.__new__


def _word_ops(which: Side, ops: list[Op]) -> tuple[WordOp, ...]:
    """The ops as ``WordOp``s (left offsets first). They are made by the thousand: as quotes are,
    without the frozen dataclass's ``__init__``, which sets each field through ``object.__setattr__``."""
    out = []
    left = which == "left"
    for tag, a0, a1, b0, b1 in ops:
        op = _new(WordOp)
        fields = op.__dict__
        if left:
            fields["tag"] = tag
            fields["left_start"], fields["left_end"], fields["right_start"], fields["right_end"] = a0, a1, b0, b1
        else:
            fields["tag"] = _FLIP.get(tag, tag)
            fields["left_start"], fields["left_end"], fields["right_start"], fields["right_end"] = b0, b1, a0, a1
        out.append(op)
    return tuple(out)


def _quote(which: Side, index: int, p: _Piece, side: QuoteSide, other: QuoteSide,
           other_pieces: list[_Piece], other_offset: int, people: People) -> Quote:
    q = side.quotes[p.quote]
    source = None
    changed = False
    counterpart = None
    ranges = p.ranges
    if ranges:
        quoted = p.kind is not None and p.kind != TEXT
        source = _new(QuoteSource)  # as a ``QuoteSource(...)`` call makes it (see ``_word_ops``)
        source.__dict__.update(side="right" if which == "left" else "left",
                               start=ranges[0][0] if len(ranges) == 1 else min(s for s, _ in ranges),
                               end=ranges[0][1] if len(ranges) == 1 else max(e for _, e in ranges), quoted=quoted)
        if quoted and p.partner is None:
            o = other.quotes[p.kind]  # type: ignore[index]
            changed = attribution_changed(people, q.speaker, q.verb, o.speaker, o.verb)
    if p.partner is not None:
        counterpart = other_offset + p.partner
        partner_quote = other.quotes[other_pieces[p.partner].quote]
        changed = attribution_changed(people, q.speaker, q.verb, partner_quote.speaker, partner_quote.verb)
    altered = False
    for op in p.ops:
        if op[0] != "equal":
            altered = True
            break
    removed, added, marked = _words(p, side, other, which) if altered else _NO_WORDS
    out = _new(Quote)  # as a ``Quote(...)`` call makes it (see ``_word_ops``)
    out.__dict__.update(
        index=index, side=which, start=p.start, end=p.end, parts=p.parts, speaker=q.speaker, verb=q.verb,
        status=_status(which, p, altered), source=source, removed=removed, added=added, marked_cuts=marked,
        attribution_changed=changed, ops=_word_ops(which, p.ops), counterpart=counterpart, joins_apart=p.apart)
    return out
