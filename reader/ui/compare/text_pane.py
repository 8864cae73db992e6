"""One version's text: a read-only, word-wrapped QPlainTextEdit that knows where offsets are.

QPlainTextEdit lays out only what it shows, so a megabyte of prose opens at once. This class
adds the geometry the comparison view needs (offset ↔ y, line rectangles of a span), marks
painted over the text (the current change, a sentence's counterpart, the chosen quote and its
source, with a short flash), a thin line under quoted text, and hover/click signals carrying
character offsets.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from PySide6.QtCore import QEasingCurve, QPointF, QRectF, Qt, QVariantAnimation, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPalette, QPen, QTextCharFormat, QTextOption
from PySide6.QtWidgets import QFrame, QPlainTextEdit

from reader.ui.common.colours import accent, is_dark
from reader.ui.compare.highlight import is_quoted, kind_of, mark_formats, outline_of

MARGIN = 12  # document margin: room on the left for the current-change bar


class VisibleLines:
    """The lines on a pane's screen as plain numbers: per visible block its position, length,
    top and lines (start in the block, length, y, height), and the viewport's height. Asking
    about a span then makes no call into Qt (a paint of the link strip asks about dozens)."""

    def __init__(self, pane: TextPane):
        self.height = pane.viewport().height()
        self.blocks: list[tuple[int, int, float, list[tuple[int, int, float, float]]]] = []
        for block, top, _bottom in pane.visible_blocks():
            layout = block.layout()
            lines = []
            for i in range(layout.lineCount()):
                line = layout.lineAt(i)
                lines.append((line.textStart(), line.textLength(), line.y(), line.height()))
            self.blocks.append((block.position(), block.length(), top, lines))

    def __bool__(self) -> bool:
        return bool(self.blocks)

    def range(self) -> tuple[int, int]:
        """The first and last character offsets on screen (as ``TextPane.visible_range``)."""
        if not self.blocks:
            return 0, 0
        last_pos, last_len, _top, _lines = self.blocks[-1]
        return self.blocks[0][0], last_pos + last_len - 1

    def span_y(self, start: int, end: int) -> tuple[float, float] | None:
        """See ``TextPane.span_y``."""
        blocks = self.blocks
        if not blocks:
            return None
        first = blocks[0][0]
        last = blocks[-1][0] + blocks[-1][1]
        if end < first or start >= last:
            return None
        top = bottom = None
        upto = max(start, end - 1)
        for bpos, blen, btop, lines in blocks:
            if bpos + blen <= start or bpos > end:
                continue
            for text_start, text_length, y, height in lines:
                lo = bpos + text_start
                hi = lo + max(1, text_length)
                if hi <= start or lo > upto:
                    continue
                if top is None:
                    top = btop + y
                bottom = btop + y + height
        if top is None and start >= first:
            # the span is folded away (hidden lines): point at the fold
            fold = next((btop for bpos, _blen, btop, _lines in blocks if bpos >= start), None)
            if fold is None:
                return None
            top = bottom = fold
        if start < first:
            top = -40.0
        if end > last:
            bottom = self.height + 40.0
        if top is None or bottom is None:
            return None
        return top, bottom


class TextPane(QPlainTextEdit):
    hovered = Signal(int)   # character offset under the mouse, -1 when it leaves
    clicked = Signal(int)

    def __init__(self, side: str, parent=None):
        super().__init__(parent)
        self.side = side
        self.setObjectName(f"{side}Pane")
        self.setReadOnly(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setMouseTracking(True)
        self.viewport().setMouseTracking(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        doc = self.document()
        doc.setUndoRedoEnabled(False)
        doc.setDocumentMargin(MARGIN)
        self._marks: dict[str, tuple[int, int]] = {}
        self._find: list[tuple[int, int]] = []
        self._find_current: tuple[int, int] | None = None
        self._quotes: Sequence[tuple[int, int]] = ()
        self._quote_starts: list[int] = []
        self._flash = 0.0  # 1 when a flash starts, fading to 0
        self._flasher = QVariantAnimation(self)
        self._flasher.setStartValue(1.0)
        self._flasher.setEndValue(0.0)
        self._flasher.setDuration(900)
        self._flasher.setEasingCurve(QEasingCurve.Type.InQuad)
        self._flasher.valueChanged.connect(self._on_flash)

    # --- text and fonts
    def set_text(self, text: str) -> None:
        self._marks.clear()
        self._find = []
        self._find_current = None
        self.set_quotes(())
        self.setPlainText(text)

    def set_point_size(self, size: float) -> None:
        font = QFont(self.font())
        font.setPointSizeF(size)
        self.setFont(font)

    # --- geometry
    def visible_blocks(self):
        """(block, top, bottom) for the blocks on screen, in viewport coordinates."""
        out = []
        block = self.firstVisibleBlock()
        if not block.isValid():
            return out
        top = self.blockBoundingGeometry(block).translated(self.contentOffset()).top()
        height = self.viewport().height()
        while block.isValid() and top <= height:
            if block.isVisible():
                bottom = top + self.blockBoundingRect(block).height()
                out.append((block, top, bottom))
                top = bottom
            block = block.next()
        return out

    def visible_range(self) -> tuple[int, int]:
        blocks = self.visible_blocks()
        if not blocks:
            return 0, 0
        first, last = blocks[0][0], blocks[-1][0]
        return first.position(), last.position() + last.length() - 1

    def offset_at(self, y: float) -> float:
        """The character offset at viewport height ``y``, interpolated along the line there."""
        blocks = self.visible_blocks()
        if not blocks:
            return 0.0
        for block, top, bottom in blocks:
            if y < bottom or block == blocks[-1][0]:
                layout = block.layout()
                for i in range(layout.lineCount()):
                    line = layout.lineAt(i)
                    ltop = top + line.y()
                    if y < ltop + line.height() or i == layout.lineCount() - 1:
                        t = min(1.0, max(0.0, (y - ltop) / max(1.0, line.height())))
                        return block.position() + line.textStart() + t * line.textLength()
                return float(block.position())
        return float(blocks[-1][0].position())

    def line_rects(self, start: int, end: int, blocks=None) -> list[QRectF]:
        """Rectangles (viewport coordinates) covering ``[start, end)`` on the visible lines."""
        rects = []
        for block, top, _bottom in (self.visible_blocks() if blocks is None else blocks):
            bpos = block.position()
            if bpos + block.length() <= start or bpos >= end:
                continue
            layout = block.layout()
            for i in range(layout.lineCount()):
                line = layout.lineAt(i)
                lo = bpos + line.textStart()
                hi = lo + line.textLength()
                if hi < start or lo >= end or (hi == start and line.textLength()):
                    continue
                x0 = line.cursorToX(max(start, lo) - bpos)[0]
                x1 = line.cursorToX(min(end, hi) - bpos)[0]
                rects.append(QRectF(x0, top + line.y(), max(2.0, x1 - x0), line.height()))
        return rects

    def visible_lines(self) -> VisibleLines:
        """The lines on screen, read once: for asking about many spans (the link strip)."""
        return VisibleLines(self)

    def span_y(self, start: int, end: int, lines: VisibleLines | None = None) -> tuple[float, float] | None:
        """Top and bottom (viewport y) of the lines holding ``[start, end)``, extended past the
        edges for parts off screen; None when the span is wholly above or below the view.
        ``lines`` may pass in ``visible_lines()`` when asking about many spans."""
        return (lines if lines is not None else VisibleLines(self)).span_y(start, end)

    def point_y(self, offset: int) -> float | None:
        """Viewport y of the line holding ``offset`` (its top); None when off screen."""
        got = self.span_y(offset, offset + 1)
        return None if got is None else got[0]

    def _laid_out(self, block):
        if block.layout().lineCount() == 0:
            self.blockBoundingRect(block)  # QPlainTextEdit lays a block out when asked its size
        return block.layout()

    def scroll_to_offset(self, offset: float, at: float = 0.5) -> None:
        """Scroll so the line holding ``offset`` sits at fraction ``at`` of the view's height.

        QPlainTextEdit's scroll bar counts lines, estimating one per block it has not laid
        out yet; so the top line is found by laying out only the blocks within one view
        height above the target, and the value is taken from those same estimates.
        """
        doc = self.document()
        block = doc.findBlock(int(max(0, min(offset, doc.characterCount() - 1))))
        while block.isValid() and not block.isVisible():
            block = block.next()
        if not block.isValid():
            block = doc.lastBlock()
            while block.isValid() and not block.isVisible():
                block = block.previous()
            if not block.isValid():
                return
            offset = block.position() + block.length() - 1
        layout = self._laid_out(block)
        rel = int(max(0, min(offset - block.position(), block.length() - 1)))
        line = layout.lineForTextPosition(rel)
        top_line = line.lineNumber() if line.isValid() else 0
        want = at * self.viewport().height()
        above = 0.0
        while True:
            if top_line > 0:
                height = layout.lineAt(top_line - 1).height()
                if above + height > want:
                    break
                top_line -= 1
                above += height
                continue
            previous = block.previous()
            while previous.isValid() and not previous.isVisible():
                previous = previous.previous()
            if not previous.isValid():
                break
            block, layout = previous, self._laid_out(previous)
            top_line = layout.lineCount()
        bar = self.verticalScrollBar()
        bar.setValue(max(bar.minimum(), min(bar.maximum(), block.firstLineNumber() + top_line)))

    def ensure_visible(self, start: int, end: int) -> None:
        """Scroll only if ``[start, end)`` is not already fully on screen."""
        got = self.span_y(start, end)
        if got is None or got[0] < 0 or got[1] > self.viewport().height():
            self.scroll_to_offset(start, 0.3)

    # --- formats (what Qt paints), for tests and the find bar
    def char_format_at(self, offset: int) -> QTextCharFormat:
        block = self.document().findBlock(offset)
        rel = offset - block.position()
        ranges = block.layout().formats()
        for r in ranges:
            if r.start <= rel < r.start + r.length:
                return QTextCharFormat(r.format)  # a copy: the range list owns its formats
        return QTextCharFormat()

    def kind_at(self, offset: int) -> str | None:
        return kind_of(self.char_format_at(offset))

    def altered_in_quote_at(self, offset: int) -> bool:
        """Whether the character at ``offset`` is painted as a word altered inside a quote."""
        return is_quoted(self.char_format_at(offset))

    # --- quotes
    def set_quotes(self, ranges: Sequence[tuple[int, int]]) -> None:
        """The quoted stretches, in text order, each underlined with a thin line."""
        self._quotes = ranges
        self._quote_starts = [start for start, _end in ranges]
        self.viewport().update()

    def quotes(self) -> Sequence[tuple[int, int]]:
        return self._quotes

    def flash(self) -> None:
        """Flash the "quote" mark: a fill that fades out in under a second, leaving its outline."""
        self._flasher.stop()
        self._flash = 1.0
        self._flasher.start()
        self.viewport().update()

    def flashing(self) -> bool:
        return self._flash > 0

    def flash_done(self) -> None:
        """End a flash now (screenshots)."""
        self._flasher.stop()
        self._on_flash(0.0)

    def _on_flash(self, value) -> None:
        self._flash = float(value)
        self.viewport().update()

    # --- marks
    def set_mark(self, name: str, span: tuple[int, int] | None) -> None:
        if span is None:
            if self._marks.pop(name, None) is not None:
                self.viewport().update()
        elif self._marks.get(name) != span:
            self._marks[name] = span
            self.viewport().update()

    def mark(self, name: str) -> tuple[int, int] | None:
        return self._marks.get(name)

    def set_find_matches(self, matches: list[tuple[int, int]], current: tuple[int, int] | None) -> None:
        self._find = matches
        self._find_current = current
        self.viewport().update()

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not (self._marks or self._find or self._quotes):
            return
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        highlight = pal.color(QPalette.ColorRole.Highlight)
        if self._quotes:
            self._paint_quotes(painter, pal)
        if self._find:
            self._paint_find(painter, pal)
        for name in ("counterpart", "hover", "quote", "current"):
            span = self._marks.get(name)
            if span:
                self._paint_mark(painter, name, span, highlight)
        painter.end()

    def mark_format(self, name: str) -> QTextCharFormat:
        """The format a mark is painted with: "find", "find current" or "current" (the current
        change), see highlight.mark_formats."""
        return mark_formats(self.palette())[name]

    def _paint_find(self, painter: QPainter, pal: QPalette) -> None:
        """Find matches in the search colours, under the text (multiplied, so the text and the
        change colours below stay readable on light bases; on dark bases the fill is translucent)."""
        formats = mark_formats(pal)
        lo, hi = self.visible_range()
        fill = formats["find"].background().color()
        blocks = self.visible_blocks()
        for start, end in self._find:
            if end < lo or start > hi or (start, end) == self._find_current:
                continue
            for r in self.line_rects(start, end, blocks):
                self._paint_fill(painter, r, fill)
        if self._find_current:
            current = formats["find current"]
            outline = outline_of(current) or current.background().color()
            for r in self.line_rects(*self._find_current, blocks):
                self._paint_fill(painter, r, current.background().color())
                painter.setPen(QPen(outline, 2))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(r.adjusted(-1, 0, 1, 0), 2, 2)

    def _paint_fill(self, painter: QPainter, rect: QRectF, colour: QColor) -> None:
        """``colour`` over ``rect`` so the glyphs stay: multiplied on light bases (dark text stays
        dark), screened on dark ones (light text stays light)."""
        painter.save()
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Screen if is_dark(self.palette())
                                   else QPainter.CompositionMode.CompositionMode_Multiply)
        painter.fillRect(rect, colour)
        painter.restore()

    def _paint_mark(self, painter: QPainter, name: str, span: tuple[int, int], highlight: QColor) -> None:
        rects = self.line_rects(*span)
        if not rects and span[0] == span[1]:
            y = self.point_y(span[0])
            if y is not None:  # an empty span: where something was removed/added
                pen = QPen(highlight, 2, Qt.PenStyle.DashLine)
                painter.setPen(pen)
                painter.drawLine(QPointF(MARGIN, y), QPointF(self.viewport().width() - 4, y))
            return
        if not rects:
            return
        path = QPainterPath()
        for r in rects:
            path.addRoundedRect(r.adjusted(-2, 0, 2, 0), 3, 3)
        path = path.simplified()
        if name in ("current", "quote"):
            # the chosen quote is outlined like the current change, under a fill that fades
            fill = QColor(highlight)
            fill.setAlpha(int(110 * self._flash) if name == "quote" else 0)
            painter.setPen(QPen(highlight, 2))
            painter.setBrush(fill if fill.alpha() else Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
            bar = QRectF(2, rects[0].top(), 4, rects[-1].bottom() - rects[0].top())
            painter.fillRect(bar, highlight)
        else:
            color = QColor(highlight)
            color.setAlpha(40 if name == "hover" else 55)
            painter.setPen(QPen(highlight, 1, Qt.PenStyle.SolidLine if name == "counterpart" else Qt.PenStyle.DotLine))
            painter.setBrush(color)
            painter.drawPath(path)

    def _paint_quotes(self, painter: QPainter, pal: QPalette) -> None:
        """A thin line under each visible line of quoted text, in the quotes' own accent."""
        blocks = self.visible_blocks()
        if not blocks:
            return
        lo = blocks[0][0].position()
        hi = blocks[-1][0].position() + blocks[-1][0].length()
        colour = accent(pal, "quote")
        colour.setAlphaF(0.8)
        pen = QPen(colour, 1.5)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        painter.setPen(pen)
        i = max(0, bisect_left(self._quote_starts, lo) - 1)
        while i < len(self._quotes) and self._quotes[i][0] < hi:
            start, end = self._quotes[i]
            i += 1
            if end <= lo:
                continue
            for r in self.line_rects(start, end, blocks):
                y = r.bottom() - 1.0
                painter.drawLine(QPointF(r.left(), y), QPointF(r.right(), y))

    # --- mouse
    def _offset_under(self, pos) -> int:
        return self.cursorForPosition(pos).position()

    def mouseMoveEvent(self, event) -> None:
        super().mouseMoveEvent(event)
        self.hovered.emit(self._offset_under(event.position().toPoint()))

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            self.clicked.emit(self._offset_under(event.position().toPoint()))

    def leaveEvent(self, event) -> None:
        super().leaveEvent(event)
        self.hovered.emit(-1)
