"""What the comparison view shows, computed from a Comparison without Qt.

Built in the worker thread next to compare(), so the UI thread only turns finished spans into
formats. Nothing here re-diffs: spans come straight from segments and word ops.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from reader.core.model import Comparison, Side
from reader.present.scrollmap import ScrollMap, build_scroll_map

# Highlight kinds, one colour role each (see reader.ui.highlight)
SpanKind = Literal["removed", "added", "changed", "removed_sentence", "added_sentence", "moved",
                   "boilerplate"]
ChangeKind = Literal["changed", "moved", "removed", "added"]


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    kind: SpanKind


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
    hidden_lines: frozenset[int]  # line (block) numbers folded away when boilerplate is hidden
    unlinked: tuple[Block, ...]


@dataclass(frozen=True)
class ViewData:
    comparison: Comparison
    left: SideView
    right: SideView
    changes: tuple[Change, ...]
    scroll: ScrollMap

    def side(self, which: str) -> SideView:
        return self.left if which == "left" else self.right


def _blank(text: str, start: int, end: int) -> bool:
    return not text[start:end].strip()


def _side_spans(comp: Comparison, which: str) -> list[Span]:
    side: Side = comp.side(which)
    text = side.document.text
    spans: list[Span] = []
    whole = "removed_sentence" if which == "left" else "added_sentence"
    lonely = "deleted" if which == "left" else "inserted"
    segs = side.segments
    for i, seg in enumerate(segs):
        if seg.status == "boilerplate":
            spans.append(Span(seg.start, seg.end, "boilerplate"))
        elif seg.status == lonely:
            start, end = seg.start, seg.end
            # join a run of unlinked sentences on one line into one stretch of colour
            if spans and spans[-1].kind == whole and i > 0 and segs[i - 1].kind == "space" \
                    and "\n" not in text[segs[i - 1].start:segs[i - 1].end] and spans[-1].end == segs[i - 1].start:
                start = spans.pop().start
            spans.append(Span(start, end, whole))
    for link in comp.links:
        for op in link.ops:
            lo, hi = (op.left_start, op.left_end) if which == "left" else (op.right_start, op.right_end)
            if hi <= lo:
                continue
            if op.tag == "equal":
                if link.kind == "moved":
                    spans.append(Span(lo, hi, "moved"))
                continue
            if _blank(text, lo, hi):
                continue  # a difference in white space only: nothing a reader needs to see
            if op.tag == "replace":
                other_lo, other_hi = (op.right_start, op.right_end) if which == "left" else (op.left_start, op.left_end)
                other_text = comp.side("right" if which == "left" else "left").document.text
                kind = "changed" if not _blank(other_text, other_lo, other_hi) else (
                    "removed" if which == "left" else "added")
            else:
                kind = "removed" if op.tag == "delete" else "added"
            spans.append(Span(lo, hi, kind))
    spans.sort(key=lambda s: (s.start, s.end))
    return spans


def _hidden_lines(side: Side) -> frozenset[int]:
    """Lines made only of boilerplate, and blank lines following a folded line."""
    text = side.document.text
    line_starts = [0]
    pos = text.find("\n")
    while pos != -1:
        line_starts.append(pos + 1)
        pos = text.find("\n", pos + 1)
    n_lines = len(line_starts)
    has_clutter = [False] * n_lines
    has_article = [False] * n_lines
    line = 0
    for seg in side.segments:
        if seg.kind != "sentence":
            continue
        while line + 1 < n_lines and line_starts[line + 1] <= seg.start:
            line += 1
        # a sentence may run over several lines; mark every one of them
        last = line
        while last + 1 < n_lines and line_starts[last + 1] < seg.end:
            last += 1
        for k in range(line, last + 1):
            if seg.status == "boilerplate":
                has_clutter[k] = True
            else:
                has_article[k] = True
    hidden: set[int] = set()
    previous_hidden = None  # of the last non-blank line
    first_visible_seen = False
    for k in range(n_lines):
        if has_article[k]:
            previous_hidden = False
            first_visible_seen = True
        elif has_clutter[k]:
            hidden.add(k)
            previous_hidden = True
        elif previous_hidden or (previous_hidden is None and not first_visible_seen):
            hidden.add(k)  # a blank line after folded clutter (or before the first article line)
    # blank lines at the very start stay only if no article follows directly... keep the text's top tidy
    if all(k in hidden or not has_article[k] for k in range(n_lines)) and not any(has_article):
        return frozenset(k for k in range(n_lines) if has_clutter[k])
    return frozenset(hidden)


def _unlinked_blocks(comp: Comparison, which: str, smap: ScrollMap) -> list[Block]:
    side = comp.side(which)
    lonely = "deleted" if which == "left" else "inserted"
    blocks: list[Block] = []
    run_start = run_end = None
    for seg in side.segments:
        if seg.kind == "space":
            continue
        if seg.status == lonely:
            if run_start is None:
                run_start = seg.start
            run_end = seg.end
        elif run_start is not None:
            blocks.append(Block(run_start, run_end, round(smap.map(run_start, which))))
            run_start = None
    if run_start is not None:
        blocks.append(Block(run_start, run_end, round(smap.map(run_start, which))))
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
        left=SideView(tuple(_side_spans(comp, "left")), _hidden_lines(comp.left), tuple(left_blocks)),
        right=SideView(tuple(_side_spans(comp, "right")), _hidden_lines(comp.right), tuple(right_blocks)),
        changes=tuple(changes),
        scroll=smap,
    )
