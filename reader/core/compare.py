"""The one public entry point: ``compare(a, b, options) -> Comparison``."""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from reader.core.align import Unit, align
from reader.core.boilerplate import classify
from reader.core.lazyre import lazy
from reader.core.model import Comparison, Document, Link, LinkKind, Segment, SegmentStatus, Side, Stats, WordOp
from reader.core.normalize import normalise, normalise_in_place
from reader.core.options import Options
from reader.core.quotes.find import Memo as QuoteMemo
from reader.core.quotes.find import find_quotes
from reader.core.quotes.locate import QuoteSide
from reader.core.quotes.trace import trace_quotes
from reader.core.segment import WORD_RE, paragraphs, sentences
from reader.core.worddiff import word_ops

Progress = Callable[[float, str], None]
_LOOSE = Options()
_OTHER_SPACE = lazy(r"[^\S \n]")


class Cancelled(Exception):
    """Raised inside compare() when its ``cancel`` callable returns True."""


class _Prepared:
    """One side split into sentences, with clutter flags and comparison keys."""

    def __init__(self, doc: Document, options: Options, memo: dict[str, list[tuple[int, int]]]):
        text = doc.text
        self.doc = doc
        self.paras = paragraphs(text)
        self.clutter = classify(text, self.paras) if options.detect_boilerplate else [False] * len(self.paras)
        self.sentences = sentences(text, self.paras, memo)
        self.units: list[Unit] = []
        self.unit_sentence: list[int] = []  # unit index -> sentence index
        # similarity ignores case and spelling variants whatever the options: they decide
        # what counts as a difference, not which sentences correspond
        same = options == _LOOSE
        whole = normalise_in_place(text, options)
        whole_loose = whole if same else normalise_in_place(text, _LOOSE)

        def normalised(start: int, end: int, whole: str | None, opts: Options) -> str:
            piece = whole[start:end] if whole is not None else ""
            return piece if piece and not piece.isspace() else normalise(text[start:end], opts)

        clutter = self.clutter
        for si, s in enumerate(self.sentences):
            if clutter[s.paragraph]:
                continue
            norm = normalised(s.start, s.end, whole, options)
            loose = norm if same else normalised(s.start, s.end, whole_loose, _LOOSE)
            key = _sentence_key(norm, options)
            self.units.append(Unit(len(self.units), key, loose, s.end - s.start, si))
            self.unit_sentence.append(si)
        self.title = next((" ".join(text[p.start:p.end].split())[:200]
                           for p, c in zip(self.paras, self.clutter) if not c), "")


def _sentence_key(norm: str, options: Options) -> str:
    if options.ignore_punctuation:
        return " ".join(WORD_RE.findall(norm))
    if options.ignore_whitespace:
        return "".join(norm.split())
    return norm


_gc_lock = threading.Lock()
_gc_pauses = 0  # comparisons running with the collector paused (the reader may run two at once)
_gc_was_on = True


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector off while comparing: the comparison makes hundreds of
    thousands of objects and no cycles, and on a 1 MB pair the collector's passes over them were
    a fifth of the time. It is switched on again when the last comparison ends, if it was on."""
    global _gc_pauses, _gc_was_on
    with _gc_lock:
        if _gc_pauses == 0:
            _gc_was_on = gc.isenabled()
            gc.disable()
        _gc_pauses += 1
    try:
        yield
    finally:
        with _gc_lock:
            _gc_pauses -= 1
            if _gc_pauses == 0 and _gc_was_on:
                gc.enable()


def compare(a: Document, b: Document, options: Options | None = None, *,
            progress: Progress | None = None, cancel: Callable[[], bool] | None = None) -> Comparison:
    """Align ``a`` (left) and ``b`` (right) sentence by sentence, then word by word."""
    with _collector_paused():
        return _compare(a, b, options, progress, cancel)


def _compare(a: Document, b: Document, options: Options | None, progress: Progress | None,
             cancel: Callable[[], bool] | None) -> Comparison:
    options = options or Options()
    report = progress or (lambda fraction, stage: None)

    def check() -> None:
        if cancel is not None and cancel():
            raise Cancelled()

    report(0.0, "segmenting")
    memo: dict[str, list[tuple[int, int]]] = {}  # paragraphs both versions share are split once
    left = _Prepared(a, options, memo)
    check()
    right = _Prepared(b, options, memo)
    check()
    report(0.3, "aligning sentences")
    groups = align(left.units, right.units, options.match_threshold, check)
    report(0.6, "comparing words")

    # which link each sentence belongs to, so that each segment is built once
    lsent_seg, rsent_seg = _segment_numbers(left), _segment_numbers(right)
    links: list[Link] = []
    lsent_link: dict[int, int] = {}
    rsent_link: dict[int, int] = {}
    op_chars: list[list[tuple[int, int]]] = []  # per link, per op: non-space characters on each side
    lvisible, rvisible = _Visible(a.text), _Visible(b.text)
    for n, g in enumerate(groups):
        if n % 256 == 0:
            check()
        ls = [left.unit_sentence[i] for i in g.left]
        rs = [right.unit_sentence[j] for j in g.right]
        lspan = (left.sentences[ls[0]].start, left.sentences[ls[-1]].end)
        rspan = (right.sentences[rs[0]].start, right.sentences[rs[-1]].end)
        if g.exact:
            ops: tuple[WordOp, ...] = (WordOp("equal", *lspan, *rspan),)
        else:
            ops = word_ops(a.text, lspan, b.text, rspan, options)
        chars = [(lvisible(op.left_start, op.left_end), rvisible(op.right_start, op.right_end)) for op in ops]
        op_chars.append(chars)
        changed = any(op.tag != "equal" for op in ops)
        kind: LinkKind = "moved" if g.moved else ("changed" if changed else "equal")
        similarity = _op_similarity(ops, chars) if changed else 1.0
        lrange = (lsent_seg[ls[0]], lsent_seg[ls[-1]])
        rrange = (rsent_seg[rs[0]], rsent_seg[rs[-1]])
        links.append(Link(n, kind, lrange, rrange, lspan, rspan, round(similarity, 4), changed, ops,
                          round(g.score, 4)))
        lsent_link.update((si, n) for si in ls)
        rsent_link.update((sj, n) for sj in rs)
    report(0.85, "tracing quotes")
    check()
    found: QuoteMemo = {}  # paragraphs both versions share are read for quotes once
    quotes = trace_quotes(_quote_side(left, lsent_link, found), _quote_side(right, rsent_link, found), links, options)
    report(0.9, "building the result")
    lsegs, lchars = _tile(a.text, left, "deleted", lsent_link, links, lvisible)
    rsegs, rchars = _tile(b.text, right, "inserted", rsent_link, links, rvisible)
    stats = _stats(lsegs, rsegs, lchars, rchars, links, op_chars)
    report(1.0, "done")
    return Comparison(Side(a, tuple(lsegs), left.title), Side(b, tuple(rsegs), right.title),
                      tuple(links), stats, options, quotes)


def _quote_side(prep: _Prepared, sent_link: dict[int, int], memo: QuoteMemo) -> QuoteSide:
    """One side's quotes (``reader.core.quotes``), with what tracing them reads of the side;
    ``memo`` is shared by both sides."""
    text = prep.doc.text
    return QuoteSide(text, prep.sentences, prep.clutter, sent_link, find_quotes(text, prep.paras, memo))


class _Visible:
    """Counts the characters of a text's ranges that are not white space (so re-flowing
    changes no share). Texts with no white space but spaces and line ends are counted with
    ``str.count``, five times faster than splitting the range."""

    def __init__(self, text: str):
        self.text = text
        self.plain = _OTHER_SPACE.search(text) is None

    def __call__(self, start: int, end: int) -> int:
        text = self.text
        if self.plain:
            return end - start - text.count(" ", start, end) - text.count("\n", start, end)
        return len("".join(text[start:end].split()))


def _op_similarity(ops: tuple[WordOp, ...], chars: list[tuple[int, int]]) -> float:
    """Share of the pair's characters in equal runs: 1.0 only when nothing differs."""
    same = total = 0
    for op, (lc, rc) in zip(ops, chars):
        total += lc + rc
        if op.tag == "equal":
            same += lc + rc
    return min(same / total, 0.9999) if total else 0.9999


def _segment_numbers(prep: _Prepared) -> dict[int, int]:
    """Sentence number -> its segment's index, as ``_tile`` will number them."""
    out: dict[int, int] = {}
    pos = count = 0
    for si, s in enumerate(prep.sentences):
        if s.start > pos:
            count += 1
        out[si] = count
        count += 1
        pos = s.end
    return out


def _tile(text: str, prep: _Prepared, unlinked: SegmentStatus, sent_link: dict[int, int],
          links: list[Link], visible: _Visible) -> tuple[list[Segment], list[int]]:
    """Segments covering ``text``: each sentence, and the white space between them; and the
    non-space characters of each segment."""
    segs: list[Segment] = []
    chars: list[int] = []
    pos = 0
    for si, s in enumerate(prep.sentences):
        if s.start > pos:
            segs.append(Segment(len(segs), pos, s.start, "space", "space", s.paragraph))
            chars.append(0)
        n = sent_link.get(si)
        if n is not None:
            segs.append(Segment(len(segs), s.start, s.end, "sentence", links[n].kind, s.paragraph, n))
        else:
            status: SegmentStatus = "boilerplate" if prep.clutter[s.paragraph] else unlinked
            segs.append(Segment(len(segs), s.start, s.end, "sentence", status, s.paragraph))
        chars.append(visible(s.start, s.end))
        pos = s.end
    if pos < len(text):
        last = prep.sentences[-1].paragraph if prep.sentences else 0
        segs.append(Segment(len(segs), pos, len(text), "space", "space", last))
        chars.append(0)
    return segs, chars


def _stats(lsegs: list[Segment], rsegs: list[Segment], lchars: list[int], rchars: list[int],
           links: list[Link], op_chars: list[list[tuple[int, int]]]) -> Stats:
    ltotal = sum(c for s, c in zip(lsegs, lchars) if s.kind == "sentence" and s.status != "boilerplate")
    rtotal = sum(c for s, c in zip(rsegs, rchars) if s.kind == "sentence" and s.status != "boilerplate")
    unchanged = changed = removed = added = moved = matched = 0
    for link, chars in zip(links, op_chars):
        for op, (lc, rc) in zip(link.ops, chars):
            if op.tag == "equal":
                matched += lc + rc
                if link.kind != "moved":
                    unchanged += lc
            elif op.tag == "replace":
                changed += lc
            elif op.tag == "delete":
                removed += lc
            else:
                added += rc
        if link.kind == "moved":
            moved += sum(lc for lc, _ in chars)
    removed += sum(c for s, c in zip(lsegs, lchars) if s.status == "deleted")
    added += sum(c for s, c in zip(rsegs, rchars) if s.status == "inserted")

    def share(n: int, total: int) -> float:
        return round(n / total, 4) if total else 0.0

    both = ltotal + rtotal
    count = lambda segs, status: sum(1 for s in segs if s.kind == "sentence" and s.status == status)  # noqa: E731
    return Stats(
        similarity=round(100.0 * matched / both, 1) if both else 100.0,
        unchanged=share(unchanged, ltotal),
        changed=share(changed, ltotal),
        added=share(added, rtotal),
        removed=share(removed, ltotal),
        moved=share(moved, ltotal),
        sentences_left=sum(1 for s in lsegs if s.kind == "sentence" and s.status != "boilerplate"),
        sentences_right=sum(1 for s in rsegs if s.kind == "sentence" and s.status != "boilerplate"),
        equal=sum(1 for ln in links if ln.kind == "equal"),
        changed_pairs=sum(1 for ln in links if ln.kind == "changed"),
        moved_pairs=sum(1 for ln in links if ln.kind == "moved"),
        inserted=count(rsegs, "inserted"),
        deleted=count(lsegs, "deleted"),
        boilerplate_left=count(lsegs, "boilerplate"),
        boilerplate_right=count(rsegs, "boilerplate"),
    )
