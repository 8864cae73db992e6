"""Spans → Qt formats: colours derived from the palette, applied to a QPlainTextEdit in slices.

The colours mix a red, green, amber or blue with the Base colour, more strongly on dark
bases, so the same roles read on light and dark themes while the text keeps the palette's
Text colour. Formats go into each block's layout (like QSyntaxHighlighter does), never into
the document, and are applied a slice at a time (reader.ui.common.slices), visible blocks
first, so a megabyte of text never blocks the event loop.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator, Sequence

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QColor, QPalette, QTextCharFormat, QTextLayout
from PySide6.QtWidgets import QPlainTextEdit

from reader.present.spans import Span
from reader.ui.common.colours import accent, find_fill, find_outline, mix, tint
from reader.ui.common.slices import Slices

QUOTED = QTextCharFormat.Property.UserProperty + 1  # a format's mark for words altered inside a quote
OUTLINE = QTextCharFormat.Property.UserProperty + 2  # the colour a mark is outlined with
FormatKey = tuple[str, bool | str]


def format_key(span: Span) -> FormatKey:
    """Where ``formats_for`` keeps a span's format: ``(kind, sentence)``, or ``(kind, "quote")``
    for words altered inside a quote."""
    return (span.kind, "quote") if span.quoted else (span.kind, span.sentence)


def formats_for(palette: QPalette) -> dict[FormatKey, QTextCharFormat]:
    """One QTextCharFormat per span kind and strength: ``(kind, sentence)``, see present.spans.Span,
    and ``(kind, "quote")`` for removed, added and changed words inside a quote: a stronger tint,
    underlined in the kind's accent whatever the kind."""
    text = palette.color(QPalette.ColorRole.Text)
    base = palette.color(QPalette.ColorRole.Base)
    out: dict[FormatKey, QTextCharFormat] = {}

    def fmt(background: QColor | None = None, foreground: QColor | None = None) -> QTextCharFormat:
        f = QTextCharFormat()
        if background is not None:
            f.setBackground(background)
        if foreground is not None:
            f.setForeground(foreground)
        return f

    out["removed", False] = fmt(tint(palette, "removed"))
    out["added", False] = fmt(tint(palette, "added"))
    out["changed", False] = changed = fmt(tint(palette, "changed"))
    # a changed word is also underlined, so the role does not rest on colour alone
    changed.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
    changed.setUnderlineColor(accent(palette, "changed"))
    out["removed", True] = fmt(tint(palette, "removed", "sentence"))
    out["added", True] = fmt(tint(palette, "added", "sentence"))
    out["moved", True] = fmt(tint(palette, "moved", "sentence"))
    out["clutter", True] = clutter = fmt(foreground=mix(text, base, 0.6))
    clutter.setFontItalic(True)
    for role in ("removed", "added", "changed"):
        out[role, "quote"] = strong = fmt(tint(palette, role, "quote"))
        strong.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        strong.setUnderlineColor(accent(palette, role))
        strong.setProperty(QUOTED, True)
    for (kind, _sentence), f in out.items():
        f.setProperty(QTextCharFormat.Property.UserProperty, kind)
    return out


def mark_formats(palette: QPalette) -> dict[str, QTextCharFormat]:
    """What the panes paint over the text: ``"find"`` (every match: a yellow fill), ``"find
    current"`` (the current match: an orange fill, outlined in deep orange) and ``"current"`` (the
    current change: no fill, outlined in the palette's Highlight with a bar in the margin). The
    outline's colour is the format's ``OUTLINE`` property."""
    highlight = palette.color(QPalette.ColorRole.Highlight)
    match = QTextCharFormat()
    match.setBackground(find_fill(palette, "match"))
    current_match = QTextCharFormat()
    current_match.setBackground(find_fill(palette, "current"))
    current_match.setProperty(OUTLINE, find_outline(palette))
    current_change = QTextCharFormat()
    current_change.setProperty(OUTLINE, highlight)
    return {"find": match, "find current": current_match, "current": current_change}


def outline_of(fmt: QTextCharFormat) -> QColor | None:
    """The outline colour of a mark's format (None when it has none)."""
    value = fmt.property(OUTLINE)
    return QColor(value) if isinstance(value, QColor) else None


def kind_of(fmt: QTextCharFormat) -> str | None:
    """The span kind a format was made for (None for plain text)."""
    value = fmt.property(QTextCharFormat.Property.UserProperty)
    return value if isinstance(value, str) else None


def is_quoted(fmt: QTextCharFormat) -> bool:
    """Whether a format marks words altered inside a quote."""
    return fmt.property(QUOTED) is True


class SpanApplier(QObject):
    """Puts spans into a QPlainTextEdit's block layouts and folds lines, a slice at a time
    (``slices``: the window's, shared with the other pane and the lists)."""

    finished = Signal()
    STEP = 32  # blocks per step (a fraction of a millisecond)

    def __init__(self, edit: QPlainTextEdit, slices: Slices | None = None):
        super().__init__(edit)
        self._edit = edit
        self._slices = slices or Slices(self)
        self._spans: Sequence[Span] = ()
        self._ends: list[int] = []
        self._formats: dict[FormatKey, QTextCharFormat] = {}
        self._hidden: frozenset[int] = frozenset()

    def busy(self) -> bool:
        return self._slices.busy(self)

    def apply(self, spans: Sequence[Span], formats: dict[FormatKey, QTextCharFormat],
              hidden: frozenset[int]) -> None:
        """Start (or restart) applying; the visible blocks are done before this returns."""
        self._spans = spans
        self._ends = [s.end for s in spans]
        self._formats = formats
        self._hidden = hidden
        doc = self._edit.document()
        count = doc.blockCount()
        first = self._edit.firstVisibleBlock().blockNumber() if count else 0
        first = max(0, first)
        visible = max(1, self._edit.viewport().height() // max(1, self._edit.fontMetrics().height()))
        start = max(0, first - 5)
        stop = min(count, first + visible + 5)
        self._run(range(start, stop))  # what the user sees now, at once
        self._slices.start(self, self._steps(stop, count, start), done=self._done)

    def _steps(self, stop: int, count: int, start: int) -> Iterator[None]:
        """The blocks below the view, then those above it (nearest first), STEP at a time."""
        for lo in range(stop, count, self.STEP):
            self._run(range(lo, min(count, lo + self.STEP)))
            yield
        for hi in range(start, 0, -self.STEP):
            self._run(range(hi - 1, max(-1, hi - 1 - self.STEP), -1))
            yield

    def _done(self) -> None:
        self._edit.viewport().update()
        self.finished.emit()

    def _run(self, numbers: range) -> None:
        """Format and fold the blocks ``numbers`` (consecutive, either way), and have them laid
        out again."""
        if not numbers:
            return
        doc = self._edit.document()
        spans, ends, formats, hidden = self._spans, self._ends, self._formats, self._hidden
        block = doc.findBlockByNumber(numbers[0])
        lo = hi = None
        for number in numbers:
            if not block.isValid():
                break
            pos = block.position()
            end = pos + block.length()
            ranges = []
            i = bisect_right(ends, pos)
            while i < len(spans) and spans[i].start < end:
                s = spans[i]
                a, b = max(s.start, pos), min(s.end, end)
                if b > a:
                    r = QTextLayout.FormatRange()
                    r.start, r.length, r.format = a - pos, b - a, formats[format_key(s)]
                    ranges.append(r)
                i += 1
            block.layout().setFormats(ranges)
            block.setVisible(number not in hidden)
            lo = pos if lo is None else min(lo, pos)
            hi = end if hi is None else max(hi, end)
            block = block.next() if numbers.step > 0 else block.previous()
        if lo is not None and hi is not None:
            doc.markContentsDirty(lo, min(hi, doc.characterCount()) - lo)

    def finish_now(self) -> None:
        """Do the remaining blocks at once (tests, screenshots)."""
        self._slices.finish(self)
