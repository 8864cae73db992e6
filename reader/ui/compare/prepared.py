"""What the view makes of a comparison besides its ViewData, made in the worker thread: the
rows of the lists under the comparison (Quotes, Changes), the link strip's bands indexed by
place, the overview bars' marks and folding, the count of folded clutter.

The Comparer's job builds them right after the ViewData, off the UI thread: this module uses
no Qt. A ``PreparedData`` is a ViewData that carries them; given a plain ViewData, the widgets
make them on the UI thread instead (the ``…_of`` functions).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, fields

from reader.present.changes import ChangeRow, change_rows
from reader.present.format import words_only
from reader.present.kinds import Which
from reader.present.quotes import QuoteReport, QuoteView, Run, in_context, shorten
from reader.present.spans import ViewData

QUOTE_WIDTH = 160  # characters of a quote a row shows at most

QuoteRow = tuple[str, str, str, str, str]  # verdict, speaker, verb, quote, words changed
Band = tuple[str, tuple[int, int], tuple[int, int]]  # role, range on the left, range on the right


class Near:
    """Which of many ranges meet a window of offsets, without looking at each: their starts
    in order, and the longest range, bound where the candidates are."""

    def __init__(self, ranges: list[tuple[int, int]]):
        order = sorted(range(len(ranges)), key=lambda i: ranges[i][0])
        self._starts = [ranges[i][0] for i in order]
        self._ends = [ranges[i][1] for i in order]
        self._order = order
        self._longest = max((b - a for a, b in ranges), default=0)

    def meeting(self, first: int, last: int) -> list[int]:
        """The indices of the ranges ``(a, b)`` with ``b >= first`` and ``a <= last``."""
        lo = bisect_left(self._starts, first - self._longest)
        hi = bisect_right(self._starts, last)
        return [self._order[k] for k in range(lo, hi) if self._ends[k] >= first]


class Bands:
    """One kind of band (links, removed runs, added runs) and where to find the visible ones."""

    def __init__(self, bands: list[Band]):
        self.bands = bands
        self._left = Near([band[1] for band in bands])
        self._right = Near([band[2] for band in bands])

    def visible(self, left: tuple[int, int], right: tuple[int, int]) -> list[Band]:
        """The bands, in their order, with a part in the left pane's range or the right's."""
        found = set(self._left.meeting(*left)) | set(self._right.meeting(*right))
        return [self.bands[i] for i in sorted(found)]


def strip_bands(data: ViewData) -> tuple[Bands, Bands, Bands]:
    """The link strip's bands: the links (``equal``, ``changed`` or ``moved``), the removed runs
    and the added ones, each kind in the order it is drawn in."""
    links = [("moved" if link.kind == "moved" else ("changed" if link.changed else "equal"),
              link.left_span, link.right_span) for link in data.comparison.links]
    removed = [("removed", (blk.start, blk.end), (blk.other, blk.other)) for blk in data.left.unlinked]
    added = [("added", (blk.other, blk.other), (blk.start, blk.end)) for blk in data.right.unlinked]
    return Bands(links), Bands(removed), Bands(added)


class Folding:
    """Character offsets ↔ fractions of the text left when some lines are folded away."""

    def __init__(self, text: str, hidden_lines: frozenset[int] | set[int]):
        self.length = len(text)
        ranges: list[tuple[int, int]] = []
        if hidden_lines:
            line, start = 0, 0
            while True:
                nl = text.find("\n", start)
                end = len(text) if nl == -1 else nl + 1
                if line in hidden_lines:
                    if ranges and ranges[-1][1] == start:
                        ranges[-1] = (ranges[-1][0], end)
                    else:
                        ranges.append((start, end))
                if nl == -1:
                    break
                line, start = line + 1, end
        self.starts = [a for a, _ in ranges]
        self.ends = [b for _, b in ranges]
        self.before: list[int] = []  # hidden characters before each range
        total = 0
        for a, b in ranges:
            self.before.append(total)
            total += b - a
        self.hidden = total
        self.shown = max(1, self.length - total)

    def fraction(self, offset: int) -> float:
        i = bisect_right(self.starts, offset) - 1
        hidden = 0
        if i >= 0:
            hidden = self.before[i] + min(offset, self.ends[i]) - self.starts[i]
        return min(1.0, max(0.0, (offset - hidden) / self.shown))

    def offset(self, fraction: float) -> int:
        target = fraction * self.shown  # shown characters before the wanted place
        pos = int(target)
        for a, b, before in zip(self.starts, self.ends, self.before):
            if a - before <= target:
                pos = int(target) + before + (b - a)
            else:
                break
        return max(0, min(self.length, pos))


Mark = tuple[str, int, int]  # an overview bar's mark: the change's kind, its range on the bar's side


def overview_marks(data: ViewData, which: Which) -> tuple[Mark, ...]:
    """Where the changes are on ``which`` side, for its overview bar (empty ranges left out)."""
    marks = []
    for change in data.changes:
        start, end = change.left if which == "left" else change.right
        if end > start:
            marks.append((change.kind, start, end))
    return tuple(marks)


def clutter_count(data: ViewData, which: Which) -> int:
    """How many of ``which`` side's segments are page clutter (folded unless shown)."""
    return sum(1 for seg in data.comparison.side(which).segments if seg.status == "boilerplate")


@dataclass(frozen=True)
class PreparedData(ViewData):
    """A ViewData with its lists' rows: ``quote_rows`` those of ``quotes.right`` then those of
    ``quotes.lost``, ``change_rows`` one per change; and the link strip's ``bands``."""

    quote_rows: tuple[QuoteRow, ...] = ()
    change_rows: tuple[ChangeRow, ...] = ()
    bands: tuple[Bands, ...] = ()
    # per side, left then right: the overview's marks, its folding with the clutter folded,
    # how many clutter segments there are
    marks: tuple[tuple[Mark, ...], ...] = ()
    folded: tuple[Folding, ...] = ()
    clutter: tuple[int, ...] = ()


def prepare(data: ViewData) -> PreparedData:
    """``data`` with everything else the view shows of it (worker thread)."""
    sides: tuple[Which, Which] = ("left", "right")
    return PreparedData(**{f.name: getattr(data, f.name) for f in fields(ViewData)},
                        quote_rows=make_quote_rows(data.quotes),
                        change_rows=tuple(change_rows(data.comparison, data.changes)),
                        bands=strip_bands(data),
                        marks=tuple(overview_marks(data, which) for which in sides),
                        folded=tuple(Folding(data.comparison.side(which).document.text, data.side(which).hidden_lines)
                                     for which in sides),
                        clutter=tuple(clutter_count(data, which) for which in sides))


def quote_rows_of(data: ViewData) -> tuple[QuoteRow, ...]:
    return data.quote_rows if isinstance(data, PreparedData) else make_quote_rows(data.quotes)


def change_rows_of(data: ViewData) -> tuple[ChangeRow, ...]:
    if isinstance(data, PreparedData):
        return data.change_rows
    return tuple(change_rows(data.comparison, data.changes))


def strip_bands_of(data: ViewData) -> tuple[Bands, ...]:
    return data.bands if isinstance(data, PreparedData) else strip_bands(data)


def _side(which: Which) -> int:
    return 0 if which == "left" else 1


def overview_marks_of(data: ViewData, which: Which) -> tuple[Mark, ...]:
    return data.marks[_side(which)] if isinstance(data, PreparedData) else overview_marks(data, which)


def folding_of(data: ViewData, which: Which, clutter_shown: bool) -> Folding:
    """The overview's folding of ``which`` side: nothing folded when clutter is shown."""
    if clutter_shown:
        return Folding(data.comparison.side(which).document.text, frozenset())
    if isinstance(data, PreparedData):
        return data.folded[_side(which)]
    return Folding(data.comparison.side(which).document.text, data.side(which).hidden_lines)


def clutter_count_of(data: ViewData, which: Which) -> int:
    return data.clutter[_side(which)] if isinstance(data, PreparedData) else clutter_count(data, which)


def _has_words(text: str) -> bool:
    return any(ch.isalnum() for ch in text)


def runs_text(runs: tuple[Run, ...]) -> str:
    """The words changed on one line: ``old → new``, ``−cut``, ``+added``; unchanged words, and
    changes of punctuation or quote marks alone, left out (the tool tip shows them)."""
    out = []
    for run in runs:
        old, new = words_only(run.old), words_only(run.new)
        if run.kind == "changed" and _has_words(old) and _has_words(new):
            out.append(f"{old} → {new}")
        elif run.kind in ("changed", "removed") and _has_words(old):
            out.append(f"−{old}")
        elif run.kind in ("changed", "added") and _has_words(new):
            out.append(f"+{new}")
    return " · ".join(out)


def quote_row(view: QuoteView) -> QuoteRow:
    q = view.quote
    return (view.label, q.speaker or "—", q.verb or "", shorten(view.text, QUOTE_WIDTH),
            runs_text(in_context(view.runs, 0)) if view.changed else "")


def make_quote_rows(report: QuoteReport) -> tuple[QuoteRow, ...]:
    return tuple(quote_row(view) for view in (*report.right, *report.lost))
