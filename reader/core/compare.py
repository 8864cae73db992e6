"""The one public entry point: ``compare(a, b, options) -> Comparison``."""

from __future__ import annotations

from typing import Callable

from reader.core.align import Unit, align, stems_of
from reader.core.boilerplate import classify
from reader.core.model import Comparison, Document, Link, Segment, Side, Stats, WordOp
from reader.core.normalize import normalise
from reader.core.options import Options
from reader.core.segment import WORD_RE, paragraphs, sentences
from reader.core.worddiff import word_ops

Progress = Callable[[float, str], None]
_LOOSE = Options()


class Cancelled(Exception):
    """Raised inside compare() when its ``cancel`` callable returns True."""


class _Prepared:
    """One side split into sentences, with clutter flags and comparison keys."""

    def __init__(self, doc: Document, options: Options):
        text = doc.text
        self.doc = doc
        self.paras = paragraphs(text)
        self.clutter = classify(text, self.paras) if options.detect_boilerplate else [False] * len(self.paras)
        self.sentences = sentences(text)
        self.units: list[Unit] = []
        self.unit_sentence: list[int] = []  # unit index -> sentence index
        for si, s in enumerate(self.sentences):
            if self.clutter[s.paragraph]:
                continue
            piece = text[s.start:s.end]
            norm = normalise(piece, options)
            # similarity ignores case and spelling variants whatever the options: they decide
            # what counts as a difference, not which sentences correspond
            loose = norm if options == _LOOSE else normalise(piece, _LOOSE)
            words = WORD_RE.findall(loose)
            key = _sentence_key(norm, options)
            self.units.append(Unit(len(self.units), key, stems_of(words), s.end - s.start, si))
            self.unit_sentence.append(si)
        self.title = next((" ".join(text[p.start:p.end].split())[:200]
                           for p, c in zip(self.paras, self.clutter) if not c), "")


def _sentence_key(norm: str, options: Options) -> str:
    if options.ignore_punctuation:
        return " ".join(WORD_RE.findall(norm))
    if options.ignore_whitespace:
        return "".join(norm.split())
    return norm


def compare(a: Document, b: Document, options: Options | None = None, *,
            progress: Progress | None = None, cancel: Callable[[], bool] | None = None) -> Comparison:
    """Align ``a`` (left) and ``b`` (right) sentence by sentence, then word by word."""
    options = options or Options()
    report = progress or (lambda fraction, stage: None)

    def check() -> None:
        if cancel is not None and cancel():
            raise Cancelled()

    report(0.0, "segmenting")
    left = _Prepared(a, options)
    check()
    right = _Prepared(b, options)
    check()
    report(0.3, "aligning sentences")
    groups = align(left.units, right.units, options.match_threshold, check)
    report(0.6, "comparing words")

    lsegs, lsent_seg = _tile(a.text, left, "deleted")
    rsegs, rsent_seg = _tile(b.text, right, "inserted")
    links: list[Link] = []
    lseg_link: dict[int, int] = {}
    rseg_link: dict[int, int] = {}
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
        changed = any(op.tag != "equal" for op in ops)
        kind = "moved" if g.moved else ("changed" if changed else "equal")
        similarity = _op_similarity(a.text, b.text, ops) if changed else 1.0
        lrange = (lsent_seg[ls[0]], lsent_seg[ls[-1]])
        rrange = (rsent_seg[rs[0]], rsent_seg[rs[-1]])
        links.append(Link(n, kind, lrange, rrange, lspan, rspan, round(similarity, 4), changed, ops))
        lseg_link.update((lsent_seg[si], n) for si in ls)
        rseg_link.update((rsent_seg[sj], n) for sj in rs)
    report(0.9, "building the result")
    lsegs = _apply_links(lsegs, lseg_link, links)
    rsegs = _apply_links(rsegs, rseg_link, links)
    stats = _stats(lsegs, rsegs, links, a.text, b.text)
    report(1.0, "done")
    return Comparison(Side(a, tuple(lsegs), left.title), Side(b, tuple(rsegs), right.title),
                      tuple(links), stats, options)


def _visible(text: str, start: int, end: int) -> int:
    """Characters that are not white space (so re-flowing changes no share)."""
    return len("".join(text[start:end].split()))


def _op_similarity(ltext: str, rtext: str, ops: tuple[WordOp, ...]) -> float:
    """Share of the pair's characters in equal runs: 1.0 only when nothing differs."""
    same = total = 0
    for op in ops:
        lc, rc = _visible(ltext, op.left_start, op.left_end), _visible(rtext, op.right_start, op.right_end)
        total += lc + rc
        if op.tag == "equal":
            same += lc + rc
    return min(same / total, 0.9999) if total else 0.9999


def _tile(text: str, prep: _Prepared, unlinked: str) -> tuple[list[Segment], dict[int, int]]:
    """Segments covering ``text``: each sentence, and the white space between them."""
    segs: list[Segment] = []
    sent_seg: dict[int, int] = {}
    pos = 0
    for si, s in enumerate(prep.sentences):
        if s.start > pos:
            segs.append(Segment(len(segs), pos, s.start, "space", "space", s.paragraph))
        status = "boilerplate" if prep.clutter[s.paragraph] else unlinked
        sent_seg[si] = len(segs)
        segs.append(Segment(len(segs), s.start, s.end, "sentence", status, s.paragraph))
        pos = s.end
    if pos < len(text):
        last = prep.sentences[-1].paragraph if prep.sentences else 0
        segs.append(Segment(len(segs), pos, len(text), "space", "space", last))
    return segs, sent_seg


def _apply_links(segs: list[Segment], seg_link: dict[int, int], links: list[Link]) -> list[Segment]:
    out = []
    for seg in segs:
        n = seg_link.get(seg.index)
        if n is None:
            out.append(seg)
        else:
            out.append(Segment(seg.index, seg.start, seg.end, seg.kind, links[n].kind, seg.paragraph, n))
    return out


def _stats(lsegs: list[Segment], rsegs: list[Segment], links: list[Link], ltext: str, rtext: str) -> Stats:
    chars = _visible

    ltotal = sum(chars(ltext, s.start, s.end) for s in lsegs if s.kind == "sentence" and s.status != "boilerplate")
    rtotal = sum(chars(rtext, s.start, s.end) for s in rsegs if s.kind == "sentence" and s.status != "boilerplate")
    unchanged = changed = removed = added = moved = matched = 0
    for link in links:
        for op in link.ops:
            lc, rc = chars(ltext, op.left_start, op.left_end), chars(rtext, op.right_start, op.right_end)
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
            moved += chars(ltext, *link.left_span)
    removed += sum(chars(ltext, s.start, s.end) for s in lsegs if s.status == "deleted")
    added += sum(chars(rtext, s.start, s.end) for s in rsegs if s.status == "inserted")

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
