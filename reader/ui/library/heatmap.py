"""A story group's pairwise similarity drawn as a heat map; a click asks to compare the pair.

Rows are labelled "1  Outlet · title", columns by the same numbers. Colours run from the
palette's Base (no overlap) to its Highlight (same text), so the map reads in light and dark
themes; each cell's text picks black or white by contrast, and its tooltip gives the value.

The measure is the library's: the share of word pairs (shingles) two texts have in common
(Jaccard), shown as a percentage and named so wherever it appears, since the comparison's
"Similarity" in the status bar measures aligned text and gives other numbers for the same pair.
The map opens in a window of its own with no owner, so the comparison a click opens in the
main window can come to the front over it.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QAction, QColor, QFontMetrics, QKeySequence, QLinearGradient, QMouseEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QScrollArea, QToolTip, QVBoxLayout, QWidget

from reader.library.library import Library
from reader.present.format import plural
from reader.ui.common.translator import current as current_language


def tr(text: str) -> str:
    return QCoreApplication.translate("HeatMap", text)


def percent(value: float) -> str:
    """A share as a whole percentage for a cell: 0.382 → "38%" (never 100% unless it is)."""
    whole = round(100 * value)
    return f"{99 if whole == 100 and value < 1 else whole}%"


def describe(items: list[MatrixItem], matrix: list[list[float]]) -> str:
    """The matrix in a sentence for a screen reader: how many versions, the most and the least
    alike pair with their shares."""
    n = len(items)
    if n < 2:
        return tr("No story group to show") if not n else plural(n, "version", lang=current_language())
    pairs = [(matrix[i][j], i, j) for i in range(n) for j in range(i + 1, n)]
    best, worst = max(pairs), min(pairs)

    def name(k: int) -> str:
        return f"{k + 1}. {items[k].label}"

    return (tr("%1; most shared word pairs: %2 and %3, %4; fewest: %5 and %6, %7")
            .replace("%1", plural(n, "version", lang=current_language()))
            .replace("%2", name(best[1])).replace("%3", name(best[2])).replace("%4", f"{100 * best[0]:.0f}%")
            .replace("%5", name(worst[1])).replace("%6", name(worst[2])).replace("%7", f"{100 * worst[0]:.0f}%"))


@dataclass(frozen=True)
class MatrixItem:
    id: int
    label: str      # shown at the left of its row
    tooltip: str    # the full title, outlet and date


def mix(low: QColor, high: QColor, t: float) -> QColor:
    t = min(1.0, max(0.0, t))
    return QColor.fromRgbF(low.redF() + (high.redF() - low.redF()) * t,
                           low.greenF() + (high.greenF() - low.greenF()) * t,
                           low.blueF() + (high.blueF() - low.blueF()) * t)


def text_colour_on(background: QColor) -> QColor:
    """Black or white, whichever reads better on ``background`` (relative luminance)."""
    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
    lum = (0.2126 * linear(background.redF()) + 0.7152 * linear(background.greenF())
           + 0.0722 * linear(background.blueF()))
    return QColor(Qt.GlobalColor.black) if lum > 0.22 else QColor(Qt.GlobalColor.white)


class HeatMap(QWidget):
    """Paints a square similarity matrix; ``pairRequested(left_id, right_id)`` on a cell click."""

    pairRequested = Signal(int, int)
    MIN_CELL = 40
    MAX_CELL = 64
    LABEL_WIDTH = 300

    def __init__(self, parent=None):
        super().__init__(parent)
        self._items: list[MatrixItem] = []
        self._matrix: list[list[float]] = []
        self._hover: tuple[int, int] | None = None
        self.setMouseTracking(True)
        self.setAccessibleName(tr("Similarity heat map"))
        self.setAccessibleDescription(describe([], []))

    # --- data -------------------------------------------------------------------------------

    def set_matrix(self, items: list[MatrixItem], matrix: list[list[float]]) -> None:
        n = len(items)
        if len(matrix) != n or any(len(row) != n for row in matrix):
            raise ValueError(f"a {n}×{n} matrix is needed for {n} articles")
        self._items, self._matrix = list(items), [list(map(float, row)) for row in matrix]
        self._hover = None
        self.setAccessibleDescription(describe(self._items, self._matrix))
        self.updateGeometry()
        self.update()

    def items(self) -> list[MatrixItem]:
        return list(self._items)

    def value(self, row: int, column: int) -> float:
        return self._matrix[row][column]

    # --- geometry ---------------------------------------------------------------------------

    def _header_height(self) -> int:
        return QFontMetrics(self.font()).height() + 10

    def _label_width(self) -> int:
        fm = QFontMetrics(self.font())
        widest = max((fm.horizontalAdvance(self._row_label(i)) for i in range(len(self._items))), default=0)
        return min(self.LABEL_WIDTH, widest + 16)

    def _row_label(self, row: int) -> str:
        return f"{row + 1}.  {self._items[row].label}"

    def legend_texts(self) -> tuple[str, str, str]:
        """The legend's caption (the measure's name) and the labels of its two ends."""
        return tr("Shared word pairs (Jaccard)"), tr("0%: nothing shared"), tr("100%: same text")

    def legend_width(self) -> int:
        """Wide enough for its caption and for both end labels side by side, whatever the size."""
        return max(self._legend_min_width(), min(len(self._items) * self.cell_size(), 320))

    def legend_height(self) -> int:
        return 2 * QFontMetrics(self.font()).height() + 12 + 16

    def _legend_min_width(self) -> int:
        fm = QFontMetrics(self.font())
        caption, low, high = self.legend_texts()
        return max(fm.horizontalAdvance(caption), fm.horizontalAdvance(low) + fm.horizontalAdvance(high) + 24)

    def cell_size(self) -> int:
        n = max(1, len(self._items))
        free_w = self.width() - self._label_width() - 12
        free_h = self.height() - self._header_height() - self.legend_height() - 12
        return int(max(self.MIN_CELL, min(self.MAX_CELL, free_w // n, free_h // n)))

    def _origin(self) -> QPoint:
        return QPoint(self._label_width() + 4, self._header_height())

    def cell_rect(self, row: int, column: int) -> QRect:
        size, origin = self.cell_size(), self._origin()
        return QRect(origin.x() + column * size, origin.y() + row * size, size, size)

    def cell_at(self, pos: QPoint) -> tuple[int, int] | None:
        size, origin, n = self.cell_size(), self._origin(), len(self._items)
        x, y = pos.x() - origin.x(), pos.y() - origin.y()
        if x < 0 or y < 0:
            return None
        row, column = y // size, x // size
        return (row, column) if row < n and column < n else None

    def sizeHint(self) -> QSize:
        n = max(1, len(self._items))
        side = 52 * n
        width = self._label_width() + max(side, self._legend_min_width()) + 16
        return QSize(width, self._header_height() + side + self.legend_height() + 16)

    def minimumSizeHint(self) -> QSize:
        n = max(1, len(self._items))
        side = self.MIN_CELL * n
        width = self._label_width() + max(side, self._legend_min_width()) + 16
        return QSize(width, self._header_height() + side + self.legend_height() + 16)

    # --- colours ----------------------------------------------------------------------------

    def colour(self, value: float) -> QColor:
        pal = self.palette()
        return mix(pal.color(QPalette.ColorRole.Base), pal.color(QPalette.ColorRole.Highlight), value)

    # --- painting ---------------------------------------------------------------------------

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        pal = self.palette()
        p.fillRect(self.rect(), pal.color(QPalette.ColorRole.Window))
        text = pal.color(QPalette.ColorRole.WindowText)
        grid = pal.color(QPalette.ColorRole.Mid)
        n = len(self._items)
        if not n:
            p.setPen(text)
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, tr("No story group to show"))
            return
        fm = QFontMetrics(self.font())
        size, origin = self.cell_size(), self._origin()
        hover_row, hover_col = self._hover or (-1, -1)
        # column numbers
        for c in range(n):
            r = QRect(origin.x() + c * size, 0, size, origin.y() - 2)
            p.setPen(pal.color(QPalette.ColorRole.Highlight) if c == hover_col else text)
            p.drawText(r, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, str(c + 1))
        # row labels
        label_w = self._label_width()
        for r_i in range(n):
            r = QRect(4, origin.y() + r_i * size, label_w - 8, size)
            p.setPen(pal.color(QPalette.ColorRole.Highlight) if r_i == hover_row else text)
            p.drawText(r, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                       fm.elidedText(self._row_label(r_i), Qt.TextElideMode.ElideRight, r.width()))
        # cells
        for r_i in range(n):
            for c in range(n):
                rect = self.cell_rect(r_i, c)
                value = self._matrix[r_i][c]
                fill = self.colour(value)
                p.fillRect(rect, fill)
                if size >= 30:
                    p.setPen(text_colour_on(fill))
                    p.drawText(rect, Qt.AlignmentFlag.AlignCenter, percent(value))
        p.setPen(QPen(grid, 1))
        for k in range(n + 1):
            p.drawLine(origin.x(), origin.y() + k * size, origin.x() + n * size, origin.y() + k * size)
            p.drawLine(origin.x() + k * size, origin.y(), origin.x() + k * size, origin.y() + n * size)
        if self._hover is not None:
            p.setPen(QPen(text, 2))
            p.drawRect(self.cell_rect(*self._hover).adjusted(1, 1, -1, -1))
        line = fm.height()
        self._paint_legend(p, QRect(origin.x(), origin.y() + n * size + 14 + line, self.legend_width(), 12))

    def _paint_legend(self, p: QPainter, bar: QRect) -> None:
        pal = self.palette()
        caption, low, high = self.legend_texts()
        line = QFontMetrics(self.font()).height()
        p.setPen(pal.color(QPalette.ColorRole.WindowText))
        p.drawText(QRect(bar.left(), bar.top() - line - 2, bar.width(), line), Qt.AlignmentFlag.AlignLeft, caption)
        gradient = QLinearGradient(bar.topLeft(), bar.topRight())
        for stop in (0.0, 0.25, 0.5, 0.75, 1.0):
            gradient.setColorAt(stop, self.colour(stop))
        p.fillRect(bar, gradient)
        p.setPen(pal.color(QPalette.ColorRole.Mid))
        p.drawRect(QRectF(bar).adjusted(0, 0, -1, -1))
        p.setPen(pal.color(QPalette.ColorRole.WindowText))
        below = QRect(bar.left(), bar.bottom() + 2, bar.width(), QFontMetrics(self.font()).height() + 2)
        p.drawText(below, Qt.AlignmentFlag.AlignLeft, low)
        p.drawText(below, Qt.AlignmentFlag.AlignRight, high)

    # --- interaction ------------------------------------------------------------------------

    def tooltip_for(self, row: int, column: int) -> str:
        a, b = self._items[row], self._items[column]
        value = self._matrix[row][column]
        if row == column:
            return f"{row + 1}. {a.tooltip}\n" + tr("the same article: %1").replace("%1", f"{100 * value:.1f}%")
        return (f"{row + 1}. {a.tooltip}\n{column + 1}. {b.tooltip}\n"
                + tr("shared word pairs (Jaccard): %1\nclick to compare").replace("%1", f"{100 * value:.1f}%"))

    def event(self, e) -> bool:
        if e.type() == e.Type.ToolTip:
            cell = self.cell_at(e.pos())
            if cell is None:
                QToolTip.hideText()
                e.ignore()
            else:
                QToolTip.showText(e.globalPos(), self.tooltip_for(*cell), self, self.cell_rect(*cell))
            return True
        return super().event(e)

    def mouseMoveEvent(self, e: QMouseEvent) -> None:
        cell = self.cell_at(e.position().toPoint())
        if cell != self._hover:
            self._hover = cell
            self.setCursor(Qt.CursorShape.PointingHandCursor if cell and cell[0] != cell[1]
                           else Qt.CursorShape.ArrowCursor)
            self.update()
        super().mouseMoveEvent(e)

    def leaveEvent(self, e) -> None:
        self._hover = None
        self.update()
        super().leaveEvent(e)

    def mouseReleaseEvent(self, e: QMouseEvent) -> None:
        cell = self.cell_at(e.position().toPoint())
        if e.button() == Qt.MouseButton.LeftButton and cell is not None and cell[0] != cell[1]:
            self.pairRequested.emit(self._items[cell[0]].id, self._items[cell[1]].id)
        super().mouseReleaseEvent(e)


def group_matrix(library: Library, group_id: int) -> tuple[list[MatrixItem], list[list[float]]]:
    """The members of a story group (oldest first) with their exact pairwise similarity."""
    ids, matrix = library.group_similarity(group_id)
    rows = {row.id: row for row in library.group_members(group_id)}
    items = []
    for aid in ids:
        row = rows[aid]
        outlet = row.source
        if not outlet:  # a plain text names no outlet: its file does
            article = library.article(aid)
            outlet = article.path.replace("\\", "/").rsplit("/", 1)[-1].rsplit("::", 1)[-1] if article else "?"
        short = " ".join(row.title.split()[:8])
        items.append(MatrixItem(aid, f"{outlet} · {short}",
                                " · ".join(p for p in (row.title, row.source, row.date) if p)))
    return items, matrix


class SimilarityDialog(QWidget):
    """The heat map of one story group in a window of its own: not modal, owned by no window (so
    it never stays on top of the comparison it opens), and it does not keep the program running
    once the main window is closed."""

    pairRequested = Signal(int, int)

    def __init__(self, library: Library, group_id: int, parent=None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
        self.group_id = group_id
        items, matrix = group_matrix(library, group_id)
        dtr = lambda text: QCoreApplication.translate("SimilarityDialog", text)  # noqa: E731
        self.setWindowTitle(dtr("Story group %1: shared word pairs (Jaccard) of %2")
                            .replace("%1", str(group_id))
                            .replace("%2", plural(len(items), "version", lang=current_language())))
        self.heatmap = HeatMap()
        self.heatmap.set_matrix(items, matrix)
        self.heatmap.pairRequested.connect(self.pairRequested)
        intro = QLabel(dtr("Each cell: the share of word pairs two versions have in common (Jaccard), in percent. "
                           "The comparison's similarity in the status bar measures aligned text, so its number "
                           "for the same pair differs. Click a cell to compare the two versions side by side."))
        intro.setWordWrap(True)
        intro.setAccessibleName(dtr("About the heat map"))
        scroll = QScrollArea()
        scroll.setWidget(self.heatmap)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(dtr("Close the heat map"))
        escape = QAction(self)
        escape.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        escape.triggered.connect(self.close)
        self.addAction(escape)
        scroll.setAccessibleName(self.heatmap.accessibleName())
        self.heatmap.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        hint = self.heatmap.sizeHint()
        self.resize(min(hint.width() + 40, 1100), min(hint.height() + 110, 800))
