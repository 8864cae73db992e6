"""What the desktop reader paints and steps through, computed from a Comparison without Qt.

Built in the worker thread next to compare(), so the UI thread only turns finished spans into
formats. Nothing here re-diffs: spans come straight from segments and word ops, in the kinds
of ``reader.present.kinds`` and by the same rule as the exports' pieces.

Quotes (``Comparison.quotes``) add two things per side: ``QuoteMark``s, the quoted stretches
the pane marks, and ``quoted`` spans, the words a quote's own ops (quote against its source)
say were altered, painted stronger than ordinary changes. Those spans take the place of
whatever ordinary span covered the same characters, so a side's spans never overlap.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, replace
from typing import Literal

from reader.core.model import Comparison, QuoteStatus, Side
from reader.present.folding import hidden_lines
from reader.present.kinds import Kind, Which, marks_side, segment_kind, word_kind
from reader.present.quotes import QuoteReport, quote_report
from reader.present.scrollmap import ScrollMap, build_scroll_map

ChangeKind = Literal["changed", "moved", "removed", "added"]


@dataclass(frozen=True)
class Span:
    """A stretch of one side's text shown as ``kind``. ``sentence`` tells a pale wash over a
    whole sentence (deleted, inserted, moved, clutter) from marked words inside a link;
    ``quoted`` marks words altered inside a quote (a quote's own ops), shown stronger."""

    start: int
    end: int
    kind: Kind
    sentence: bool = False
    quoted: bool = False


@dataclass(frozen=True)
class QuoteMark:
    """A quoted stretch of one side (one part of a Quote, quote marks excluded).
    ``quote`` is the index into ``Comparison.quotes``; ``status`` that quote's verdict."""

    start: int
    end: int
    quote: int
    status: QuoteStatus


@dataclass(frozen=True)
class Change:
    """One stop for next/previous change. A removal has an empty right range where it would
    have been, an addition an empty left range. ``link`` is the link index, if any."""

    kind: ChangeKind
    left: tuple[int, int]
    right: tuple[int, int]
    link: int | None = None


@dataclass(frozen=True)
class Block:
    """A run of unlinked (deleted or inserted) sentences on one side, for the link strip."""

    start: int
    end: int
    other: int  # where it would be on the other side


@dataclass(frozen=True)
class SideView:
    spans: tuple[Span, ...]
    hidden_lines: frozenset[int]  # line (block) numbers folded away when clutter is hidden
    unlinked: tuple[Block, ...]
    quotes: tuple[QuoteMark, ...] = ()  # in text order, never overlapping


@dataclass(frozen=True)
class ViewData:
    comparison: Comparison
    left: SideView
    right: SideView
    changes: tuple[Change, ...]
    scroll: ScrollMap
    quotes: QuoteReport  # the Quotes list's rows and the status line's counts

    def side(self, which: Which) -> SideView:
        return self.left if which == "left" else self.right


def _side_spans(comp: Comparison, which: Which) -> list[Span]:
    side: Side = comp.side(which)
    text = side.document.text
    spans: list[Span] = []
    segs = side.segments
    for i, seg in enumerate(segs):
        kind = segment_kind(seg)
        if kind == "clutter":
            spans.append(Span(seg.start, seg.end, kind, sentence=True))
        elif kind in ("removed", "added"):
            start, end = seg.start, seg.end
            # join a run of unlinked sentences on one line into one stretch of colour
            if spans and spans[-1].kind == kind and spans[-1].sentence and i > 0 and segs[i - 1].kind == "space" \
                    and "\n" not in text[segs[i - 1].start:segs[i - 1].end] and spans[-1].end == segs[i - 1].start:
                start = spans.pop().start
            spans.append(Span(start, end, kind, sentence=True))
    for link in comp.links:
        for op in link.ops:
            lo, hi = (op.left_start, op.left_end) if which == "left" else (op.right_start, op.right_end)
            if hi <= lo:
                continue
            if op.tag == "equal":
                if link.kind == "moved":
                    spans.append(Span(lo, hi, "moved", sentence=True))
                continue
            word = word_kind(comp, op)
            if word is not None and marks_side(word, which):
                spans.append(Span(lo, hi, word))
    spans.sort(key=lambda s: (s.start, s.end))
    return spans


def quote_marks(comp: Comparison, which: Which) -> list[QuoteMark]:
    """The quoted parts of ``which`` side's quotes, in text order."""
    marks = [QuoteMark(lo, hi, quote.index, quote.status)
             for quote in comp.quotes if quote.side == which
             for lo, hi in (quote.parts or ((quote.start, quote.end),)) if hi > lo]
    marks.sort(key=lambda m: (m.start, m.end))
    return marks


def _altered_in_quotes(comp: Comparison, which: Which, marks: list[QuoteMark]) -> list[Span]:
    """Words the quotes' ops mark on ``which`` side, cut to the quoted stretches of that side
    (a quote's source outside quote marks keeps its ordinary colours); merged, in order."""
    starts = [m.start for m in marks]
    found: list[Span] = []
    for quote in comp.quotes:
        for op in quote.ops:
            kind = word_kind(comp, op)
            if kind is None or not marks_side(kind, which):
                continue
            lo, hi = (op.left_start, op.left_end) if which == "left" else (op.right_start, op.right_end)
            i = max(0, bisect_left(starts, lo) - 1)
            while i < len(marks) and marks[i].start < hi:
                a, b = max(lo, marks[i].start), min(hi, marks[i].end)
                if b > a:
                    found.append(Span(a, b, kind, quoted=True))
                i += 1
    found.sort(key=lambda s: (s.start, s.end))
    merged: list[Span] = []
    for span in found:  # a left quote and the right quote it became share their ops
        if merged and span.start < merged[-1].end:
            if span.end > merged[-1].end:
                merged[-1] = replace(merged[-1], end=span.end)
            continue
        merged.append(span)
    return merged


def _overlay(spans: list[Span], strong: list[Span]) -> list[Span]:
    """``spans`` with ``strong`` put over them: what a strong span covers is cut out of the
    others, so no two spans overlap."""
    if not strong:
        return spans
    out: list[Span] = list(strong)
    starts = [s.start for s in strong]
    for span in spans:
        lo = span.start
        i = max(0, bisect_left(starts, span.start) - 1)
        while i < len(strong) and strong[i].start < span.end:
            cut = strong[i]
            if cut.end > lo:
                if cut.start > lo:
                    out.append(replace(span, start=lo, end=cut.start))
                lo = max(lo, cut.end)
            i += 1
        if lo < span.end:
            out.append(replace(span, start=lo, end=span.end) if lo != span.start else span)
    out.sort(key=lambda s: (s.start, s.end))
    return out


def _side_view(comp: Comparison, which: Which, blocks: list[Block]) -> SideView:
    marks = quote_marks(comp, which)
    spans = _overlay(_side_spans(comp, which), _altered_in_quotes(comp, which, marks))
    return SideView(tuple(spans), hidden_lines(comp.side(which)), tuple(blocks), tuple(marks))


def _unlinked_blocks(comp: Comparison, which: Which, smap: ScrollMap) -> list[Block]:
    side = comp.side(which)
    lonely = "removed" if which == "left" else "added"
    blocks: list[Block] = []
    start: int | None = None  # of the run being read
    end = 0
    for seg in side.segments:
        if seg.kind == "space":
            continue
        if segment_kind(seg) == lonely:
            if start is None:
                start = seg.start
            end = seg.end
        elif start is not None:
            blocks.append(Block(start, end, round(smap.map(start, which))))
            start = None
    if start is not None:
        blocks.append(Block(start, end, round(smap.map(start, which))))
    return blocks


def build_view_data(comp: Comparison) -> ViewData:
    smap = build_scroll_map(comp)
    left_blocks = _unlinked_blocks(comp, "left", smap)
    right_blocks = _unlinked_blocks(comp, "right", smap)
    changes: list[Change] = []
    for link in comp.links:
        if link.kind == "moved":
            changes.append(Change("moved", link.left_span, link.right_span, link.index))
        elif link.changed and any(op.tag != "equal" for op in link.ops):
            changes.append(Change("changed", link.left_span, link.right_span, link.index))
    for b in left_blocks:
        changes.append(Change("removed", (b.start, b.end), (b.other, b.other)))
    for b in right_blocks:
        changes.append(Change("added", (b.other, b.other), (b.start, b.end)))
    changes.sort(key=lambda c: (c.left[0], c.right[0], c.left[1]))
    return ViewData(
        comparison=comp,
        left=_side_view(comp, "left", left_blocks),
        right=_side_view(comp, "right", right_blocks),
        changes=tuple(changes),
        scroll=smap,
        quotes=quote_report(comp),
    )
