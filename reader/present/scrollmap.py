"""Where a place in one version is in the other: the pure mapping behind synchronised scrolling.

The in-place links of a Comparison (not the moved ones) and the word ops inside them give a
chain of anchor pairs ``(left offset, right offset)`` that rises on both sides. A character
offset on one side maps to the other side by linear interpolation between the two anchors
around it: inside a linked range the word ops keep equal words level with each other, and in
the gaps between links (deleted or inserted sentences) the position moves proportionally.
No filler lines are needed, so wrapped prose keeps its shape.

Also here: the segment under an offset and its counterpart range in the other version.
Only the desktop reader scrolls, but the mapping is a pure function of the Comparison, so it
lives with the rest of the display model and is tested without Qt.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from typing import Literal

from reader.core.model import Comparison, Segment, Side

Which = Literal["left", "right"]


@dataclass(frozen=True)
class ScrollMap:
    """Anchor offsets, non-decreasing on both sides, from (0, 0) to (len(left), len(right))."""

    left: tuple[int, ...]
    right: tuple[int, ...]

    def map(self, offset: float, source: Which = "left") -> float:
        """The offset on the other side matching ``offset`` on ``source`` (a float)."""
        xs, ys = (self.left, self.right) if source == "left" else (self.right, self.left)
        return _interpolate(xs, ys, offset)

    def to_right(self, offset: float) -> float:
        return self.map(offset, "left")

    def to_left(self, offset: float) -> float:
        return self.map(offset, "right")

    def map_fraction(self, fraction: float, source: Which = "left") -> float:
        """Like ``map`` on fractions (0..1) of each side's text length."""
        xs, ys = (self.left, self.right) if source == "left" else (self.right, self.left)
        if xs[-1] == 0 or ys[-1] == 0:
            return min(1.0, max(0.0, fraction))
        return _interpolate(xs, ys, fraction * xs[-1]) / ys[-1]


def _interpolate(xs: tuple[int, ...], ys: tuple[int, ...], x: float) -> float:
    if x <= xs[0]:
        return float(ys[0])
    if x >= xs[-1]:
        return float(ys[-1])
    i = bisect_right(xs, x) - 1
    # several anchors may share one x (an insertion); take the run's first y so the map is
    # left-continuous and a span of inserted words maps to the point before them
    x0, y0 = xs[i], ys[i]
    j = i + 1
    x1, y1 = xs[j], ys[j]
    if x == x0:
        k = i
        while k > 0 and xs[k - 1] == x0:
            k -= 1
        return float(ys[k])
    return y0 + (y1 - y0) * (x - x0) / (x1 - x0)


def build_scroll_map(comparison: Comparison, *, word_level: bool = True) -> ScrollMap:
    """Anchors from the in-place links (and their word ops when ``word_level``)."""
    n_left = len(comparison.left.document.text)
    n_right = len(comparison.right.document.text)
    left, right = [0], [0]

    def add(lo: int, ro: int) -> None:
        if lo >= left[-1] and ro >= right[-1] and lo <= n_left and ro <= n_right:
            if lo == left[-1] and ro == right[-1]:
                return
            left.append(lo)
            right.append(ro)

    for link in sorted((ln for ln in comparison.links if ln.kind != "moved"), key=lambda ln: ln.left_span):
        add(link.left_span[0], link.right_span[0])
        if word_level:
            for op in link.ops:
                add(op.left_start, op.right_start)
                add(op.left_end, op.right_end)
        add(link.left_span[1], link.right_span[1])
    add(n_left, n_right)
    if left[-1] != n_left or right[-1] != n_right:  # a link ran past the end: close the chain
        left.append(max(n_left, left[-1]))
        right.append(max(n_right, right[-1]))
    return ScrollMap(tuple(left), tuple(right))


def segment_at(side: Side, offset: int) -> Segment | None:
    """The segment containing ``offset`` (None outside the text)."""
    segs = side.segments
    if not segs or offset < 0 or offset >= segs[-1].end:
        return None
    lo, hi = 0, len(segs)
    while lo < hi:
        mid = (lo + hi) // 2
        if segs[mid].end <= offset:
            lo = mid + 1
        else:
            hi = mid
    return segs[lo] if lo < len(segs) else None


def counterpart(comparison: Comparison, source: Which, offset: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """For the sentence under ``offset`` on ``source``: its link's span there and on the other side.

    Returns ``(source span, other span)``, or None when the offset is not in a linked sentence.
    """
    seg = segment_at(comparison.side(source), offset)
    if seg is None or seg.link is None:
        return None
    link = comparison.links[seg.link]
    if source == "left":
        return link.left_span, link.right_span
    return link.right_span, link.left_span
