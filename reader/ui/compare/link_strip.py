"""The painted strip between the panes: filled curves joining linked sentence ranges.

In-place links are joined by bands (neutral when equal, amber when the wording changed);
moved links are drawn in blue with a dashed outline, since they cross other bands; removed
and added runs narrow to a point where they would be on the other side.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from reader.present.spans import ViewData
from reader.ui.common.colours import accent, mix, tint
from reader.ui.compare.prepared import Bands, strip_bands_of
from reader.ui.compare.text_pane import TextPane, VisibleLines

Spans = tuple[tuple[int, int], tuple[int, int]]  # a band's range on the left and on the right


class LinkStrip(QWidget):
    def __init__(self, left: TextPane, right: TextPane, parent=None):
        super().__init__(parent)
        self.left, self.right = left, right
        self.data: ViewData | None = None
        self.current: Spans | None = None
        self._bands: tuple[Bands, ...] = ()  # the links, the removed and the added runs
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        self.setMinimumWidth(48)
        self.setObjectName("linkStrip")

    def sizeHint(self) -> QSize:
        return QSize(64, 400)

    def set_data(self, data: ViewData | None) -> None:
        self.data = data
        self._bands = strip_bands_of(data) if data is not None else ()
        self.update()

    def set_current(self, spans) -> None:
        self.current = spans
        self.update()

    @staticmethod
    def _y(lines: VisibleLines, lo: int, hi: int, first: int, shift: float):
        got = lines.span_y(lo, max(hi, lo + 1)) if lines else None
        if got is not None:
            top, bottom = got
            if hi <= lo:
                bottom = top  # a point: where removed or added text would be
            return top + shift, bottom + shift
        if hi < first:
            return -40.0, -40.0
        below = lines.height + 40.0 + shift
        return below, below

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        pal = self.palette()
        painter.fillRect(self.rect(), pal.color(QPalette.ColorRole.Window))
        if self.data is None:
            painter.end()
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        w = float(self.width())
        # where each pane's viewport top is in this strip's coordinates
        off_l = self.mapFromGlobal(self.left.viewport().mapToGlobal(self.left.viewport().rect().topLeft())).y()
        off_r = self.mapFromGlobal(self.right.viewport().mapToGlobal(self.right.viewport().rect().topLeft())).y()
        llines, rlines = self.left.visible_lines(), self.right.visible_lines()
        lfirst, llast = llines.range()
        rfirst, rlast = rlines.range()
        base = pal.color(QPalette.ColorRole.Base)
        text = pal.color(QPalette.ColorRole.Text)
        neutral = mix(base, text, 0.13)
        bands = [band for kind in self._bands for band in kind.visible((lfirst, llast), (rfirst, rlast))]
        # equal bands first, moved on top
        order = {"equal": 0, "removed": 1, "added": 1, "changed": 2, "moved": 3}
        bands.sort(key=lambda band: order[band[0]])
        highlight = pal.color(QPalette.ColorRole.Highlight)
        for role, lspan, rspan in bands:
            lt, lb = self._y(llines, *lspan, lfirst, off_l)
            rt, rb = self._y(rlines, *rspan, rfirst, off_r)
            path = QPainterPath(QPointF(0, lt))
            path.cubicTo(QPointF(w * 0.5, lt), QPointF(w * 0.5, rt), QPointF(w, rt))
            path.lineTo(QPointF(w, rb))
            path.cubicTo(QPointF(w * 0.5, rb), QPointF(w * 0.5, lb), QPointF(0, lb))
            path.closeSubpath()
            if role == "equal":
                fill, pen = neutral, QPen(mix(base, text, 0.25), 1)
            else:
                fill = tint(pal, role, "strip")
                pen = QPen(accent(pal, role), 1.2)
                if role == "moved":
                    fill = QColor(fill)
                    fill.setAlpha(200)
                    pen.setStyle(Qt.PenStyle.DashLine)
                    pen.setWidthF(1.6)
            if self.current == (lspan, rspan):
                pen = QPen(highlight, 2.4)
            painter.setPen(pen)
            painter.setBrush(fill)
            painter.drawPath(path)
        painter.end()
