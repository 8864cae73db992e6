"""Reading order for the exports: rows of aligned segments, and each sentence cut into pieces.

Rows: the links that are *in place* (not moved) are monotone on both sides, so their starts
and ends cut both texts into aligned chunks. A row is either one in-place link (``"link"``)
or what lies between two of them (``"gap"``: deleted/inserted sentences, moved sentences at
their own position, page clutter). Consecutive unchanged links are merged into one row so
long unchanged passages read as one block.

Pieces carry the kinds of ``reader.present.kinds``, decided by the same rule as the reader's
spans, so the HTML page, the terminal and the reader mark the same words the same way.
Everything here reads a Comparison and nothing else; no re-diffing, no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from reader.core.model import Comparison, Link, Segment, Side
from reader.present.kinds import Which, WordKind, marks_side, word_kind


@dataclass(frozen=True)
class Row:
    kind: Literal["gap", "link"]
    left: tuple[int, int]   # [first, stop) segment indices on the left
    right: tuple[int, int]  # [first, stop) segment indices on the right
    links: tuple[int, ...] = ()  # the in-place links of a "link" row


@dataclass(frozen=True)
class Piece:
    """A run of one segment's text and its kind: None (plain), ``removed``, ``added`` or
    ``changed``. An empty piece is a caret: words of that kind are in the other version
    here (words added on the right show on the left as an empty ``added`` piece)."""

    start: int
    end: int
    kind: WordKind | None

    @property
    def caret(self) -> bool:
        return self.start == self.end


def in_place_links(comparison: Comparison) -> list[Link]:
    """The links that keep their order on both sides, sorted by position.

    Links of kind ``moved`` are left out; should the core ever hand over in-place links that
    cross, the later crossing ones are treated like moves so the rows stay well formed.
    """
    out: list[Link] = []
    last_right = -1
    for link in sorted((ln for ln in comparison.links if ln.kind != "moved"), key=lambda ln: ln.left):
        if link.right[0] > last_right:
            out.append(link)
            last_right = link.right[1]
    return out


def rows(comparison: Comparison) -> list[Row]:
    """Both sides cut into aligned rows; every segment of each side is in exactly one row."""
    nleft, nright = len(comparison.left.segments), len(comparison.right.segments)
    raw: list[Row] = []
    lpos = rpos = 0
    for link in in_place_links(comparison):
        if link.left[0] > lpos or link.right[0] > rpos:
            raw.append(Row("gap", (lpos, link.left[0]), (rpos, link.right[0])))
        lpos, rpos = link.left[1] + 1, link.right[1] + 1
        raw.append(Row("link", (link.left[0], lpos), (link.right[0], rpos), (link.index,)))
    if lpos < nleft or rpos < nright:
        raw.append(Row("gap", (lpos, nleft), (rpos, nright)))

    def unchanged(row: Row) -> bool:  # raw link rows hold one link each
        return row.kind == "link" and comparison.links[row.links[0]].kind == "equal"

    out: list[Row] = []
    merged: list[list[int]] = []  # links of each row of out (lists, so merging stays linear)
    last_unchanged = False
    pending: Row | None = None  # white space alone between two rows joins the next row
    for row in raw:
        if row.kind == "gap" and _only_space(comparison, row):
            pending = row
            continue
        if pending is not None:
            row = Row(row.kind, (pending.left[0], row.left[1]), (pending.right[0], row.right[1]), row.links)
            pending = None
        if out and last_unchanged and unchanged(row):
            before = out.pop()
            merged[-1].extend(row.links)
            out.append(Row("link", (before.left[0], row.left[1]), (before.right[0], row.right[1])))
            continue
        out.append(row)
        merged.append(list(row.links))
        last_unchanged = unchanged(row)
    if pending is not None:
        if out:
            last = out.pop()
            out.append(Row(last.kind, (last.left[0], pending.left[1]), (last.right[0], pending.right[1])))
        else:
            out.append(pending)
            merged.append([])
    return [Row(row.kind, row.left, row.right, tuple(links)) for row, links in zip(out, merged)]


def _only_space(comparison: Comparison, row: Row) -> bool:
    segs = comparison.left.segments[row.left[0]:row.left[1]] + comparison.right.segments[row.right[0]:row.right[1]]
    return all(s.kind == "space" for s in segs)


def row_changed(comparison: Comparison, row: Row) -> bool:
    """Whether a row shows any difference (a gap row always does unless it is only space)."""
    if row.kind == "link":
        return any(comparison.links[n].changed for n in row.links)
    return not _only_space(comparison, row)


def pieces(comparison: Comparison, which: Which, seg: Segment) -> list[Piece]:
    """One segment's text cut by the word ops of its link (plain text when it has none).

    Words of the other version show here as an empty piece (a caret) at their position;
    one that falls in the white space after this sentence (inside the link) is drawn at the
    sentence end.
    """
    if seg.link is None or seg.kind != "sentence":
        return [Piece(seg.start, seg.end, None)]
    link = comparison.links[seg.link]
    side = comparison.side(which)
    last = link.left[1] if which == "left" else link.right[1]
    reach = seg.end + 1  # carets at [seg.start, reach) belong to this sentence
    for nxt in side.segments[seg.index + 1:last + 1]:
        if nxt.kind == "sentence":
            reach = nxt.start
            break
    out: list[Piece] = []
    for op in link.ops:
        start, end = (op.left_start, op.left_end) if which == "left" else (op.right_start, op.right_end)
        kind = word_kind(comparison, op)
        if kind is None:
            continue
        if not marks_side(kind, which):  # this side is blank: the words are in the other version
            if seg.start <= start < reach:
                pos = min(start, seg.end)
                out.append(Piece(pos, pos, kind))
            continue
        lo, hi = max(start, seg.start), min(end, seg.end)
        if lo < hi:
            out.append(Piece(lo, hi, kind))
    return _fill(out, seg)


def _fill(found: list[Piece], seg: Segment) -> list[Piece]:
    """Cover the whole segment: text the ops leave out is plain; adjacent plain runs merge."""
    found.sort(key=lambda p: (p.start, p.end))
    out: list[Piece] = []
    pos = seg.start
    for p in found:
        if p.start > pos:
            out.append(Piece(pos, p.start, None))
        out.append(p)
        pos = max(pos, p.end)
    if pos < seg.end:
        out.append(Piece(pos, seg.end, None))
    merged: list[Piece] = []
    for p in out:
        if merged and p.kind is None and merged[-1].kind is None:
            merged[-1] = Piece(merged[-1].start, p.end, None)
        else:
            merged.append(p)
    return merged


def sentence_numbers(side: Side) -> dict[int, int]:
    """Segment index -> 1-based number among the side's article (non-clutter) sentences."""
    out: dict[int, int] = {}
    for seg in side.segments:
        if seg.kind == "sentence" and seg.status != "boilerplate":
            out[seg.index] = len(out) + 1
    return out
