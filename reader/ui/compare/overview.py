"""A narrow bar beside a pane: where the changes are in the whole text, and where the view is.

Positions are fractions of the text that is shown (folded boilerplate does not count), so the
marks line up with the scroll bar. Clicking or dragging on the bar asks for that place.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

from reader.ui.common.colours import accent, mix
from reader.ui.compare.prepared import Folding


class OverviewBar(QWidget):
    jump = Signal(int)  # a character offset on this bar's side

    def __init__(self, side: str, parent=None):
        super().__init__(parent)
        self.side = side
        self.setObjectName(f"{side}Overview")
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        self.setFixedWidth(14)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(QCoreApplication.translate("OverviewBar", "Where the changes are. Click to go there."))
        self.marks: Sequence[tuple[str, int, int]] = ()
        self.folding: Folding | None = None
        self.view_range: tuple[int, int] = (0, 0)
        self.current: tuple[int, int] | None = None
        # the marks change only with a new comparison, the view range at every scroll: the
        # marks are drawn once into a pixmap (thousands of them on a 1 MB text take ~15 ms)
        self._layer: QPixmap | None = None
        self._layer_key: tuple | None = None
        self._fractions: list[tuple[str, float, float]] | None = None  # the marks' places, 0..1

    def sizeHint(self) -> QSize:
        return QSize(14, 400)

    def set_marks(self, marks: Sequence[tuple[str, int, int]], folding: Folding | None) -> None:
        self.marks = marks
        self.folding = folding
        self._layer = None
        self._fractions = None
        self.update()

    def set_view_range(self, start: int, end: int) -> None:
        if (start, end) != self.view_range:
            self.view_range = (start, end)
            self.update()

    def set_current(self, span: tuple[int, int] | None) -> None:
        self.current = span
        self.update()

    def _y(self, offset: int) -> float:
        inner = self.height() - 4
        return 2 + inner * (self.folding.fraction(offset) if self.folding else 0.0)

    def _marks_layer(self, pal: QPalette) -> QPixmap:
        ratio = self.devicePixelRatioF()
        key = (self.width(), self.height(), ratio, pal.cacheKey())
        if self._layer is None or self._layer_key != key:
            layer = QPixmap(round(self.width() * ratio), round(self.height() * ratio))
            layer.setDevicePixelRatio(ratio)
            base = pal.color(QPalette.ColorRole.Base)
            layer.fill(mix(base, pal.color(QPalette.ColorRole.Text), 0.06))
            painter = QPainter(layer)
            w = self.width()
            colours = {role: accent(pal, role) for role in ("removed", "added", "changed", "moved")}
            for role, y0, height in self._mark_rects():
                painter.fillRect(QRectF(2, y0, w - 4, height), colours[role])
            painter.end()
            self._layer, self._layer_key = layer, key
        return self._layer

    def _mark_rects(self) -> list[tuple[str, float, float]]:
        """Each mark's top and height (2 px at least), in drawing order; a mark of the same kind
        as the one before, overlapping or touching it, joins it (the same pixels, with fewer
        calls into Qt: a 1 MB text has a thousand marks on a bar a few hundred pixels high)."""
        if self._fractions is None:
            fraction = self.folding.fraction if self.folding else (lambda _offset: 0.0)
            self._fractions = [(role, fraction(start), fraction(end)) for role, start, end in self.marks]
        inner = self.height() - 4
        rects: list[tuple[str, float, float]] = []
        for role, f0, f1 in self._fractions:
            y0 = 2 + inner * f0
            height = max(2.0, 2 + inner * f1 - y0)
            if rects and rects[-1][0] == role and y0 <= rects[-1][1] + rects[-1][2] and y0 + height >= rects[-1][1]:
                _role, top, tall = rects[-1]
                bottom = max(top + tall, y0 + height)
                top = min(top, y0)
                rects[-1] = (role, top, bottom - top)
            else:
                rects.append((role, y0, height))
        return rects

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        pal = self.palette()
        text = pal.color(QPalette.ColorRole.Text)
        if self.folding is None:
            painter.fillRect(self.rect(), mix(pal.color(QPalette.ColorRole.Base), text, 0.06))
            painter.end()
            return
        painter.drawPixmap(0, 0, self._marks_layer(pal))
        w = self.width()
        highlight = pal.color(QPalette.ColorRole.Highlight)
        if self.current:
            y0, y1 = self._y(self.current[0]), self._y(self.current[1])
            painter.fillRect(QRectF(0, y0 - 1, w, max(3.0, y1 - y0 + 2)), highlight)
        v0, v1 = self._y(self.view_range[0]), self._y(self.view_range[1])
        frame = QColor(text)
        frame.setAlpha(110)
        painter.setPen(QPen(frame, 1))
        fill = QColor(text)
        fill.setAlpha(28)
        painter.setBrush(fill)
        painter.drawRect(QRectF(0.5, v0, w - 1, max(4.0, v1 - v0)))
        painter.end()

    def _jump_to(self, y: float) -> None:
        if self.folding is None:
            return
        fraction = min(1.0, max(0.0, (y - 2) / max(1, self.height() - 4)))
        self.jump.emit(self.folding.offset(fraction))

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._jump_to(event.position().y())

    def mouseMoveEvent(self, event) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._jump_to(event.position().y())
