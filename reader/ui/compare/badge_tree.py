"""The lists under the comparison (Quotes, Changes): a tree of rows whose first column is a
rounded badge in its tone's colour (a verdict, a kind of change), set up the same way."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
)

from reader.ui.common.colours import accent, mix, tint

TONE_ROLE = Qt.ItemDataRole.UserRole + 1     # the badge's tone (its colour): a verdict's or a change's kind
LOST_ROLE = Qt.ItemDataRole.UserRole + 2     # True for the left version's reported or dropped quotes


def tone_colour(palette: QPalette, tone: str, strength: str = "word") -> QColor:
    """A badge's background: the kinds' tints, and the quotes' own accent for "same"."""
    return tint(palette, "quote" if tone == "same" else tone, strength)


class BadgeDelegate(QStyledItemDelegate):
    """Paints the verdict as a rounded chip in its tone's colour."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        tone = index.data(TONE_ROLE)
        if not tone:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        palette = opt.palette
        fm = opt.fontMetrics
        width = fm.horizontalAdvance(text) + 14
        height = fm.height() + 2
        rect = QRectF(opt.rect.left() + 4, opt.rect.center().y() - height / 2 + 0.5, width, height)
        lost = bool(index.data(LOST_ROLE))
        fill = tone_colour(palette, tone, "sentence" if lost else "word")
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(accent(palette, "quote" if tone == "same" else tone) if not lost else Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, height / 2, height / 2)
        text_colour = palette.color(QPalette.ColorRole.Text)
        painter.setPen(mix(text_colour, palette.color(QPalette.ColorRole.Base), 0.35) if lost else text_colour)
        painter.setFont(opt.font)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + 18, max(size.height(), option.fontMetrics.height() + 6))


class BadgeTree(QTreeWidget):
    """Remembers the row that was current when the mouse went down: a click on it emits
    ``reclicked`` (its list shows it again, the panes scroll back); a click on another row is
    chosen by the change of row."""

    reclicked = Signal(QTreeWidgetItem)
    ROWS_PER_STEP = 24  # rows added at a time when a list is filled a slice at a time

    def __init__(self, headers: list[str], parent=None):
        super().__init__(parent)
        self.current_at_press: QTreeWidgetItem | None = None
        # a row's tool tip, made when it is first asked for (None: the items' own, if any)
        self.tool_tip_for: Callable[[QTreeWidgetItem], str] | None = None
        self.itemClicked.connect(self._on_clicked)
        self.setColumnCount(len(headers))
        self.setHeaderLabels(headers)
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setAllColumnsShowFocus(True)
        self.setItemDelegateForColumn(0, BadgeDelegate(self))
        self.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

    def add_note(self, text: str, bold: bool = False) -> QTreeWidgetItem:
        """A row across every column that is neither chosen nor stopped at by the arrow keys: a
        list's "nothing yet" note, or (``bold``) a heading between its parts."""
        item = QTreeWidgetItem([text])
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        if bold:
            font = QFont(self.font())
            font.setBold(True)
            item.setFont(0, font)
        self.addTopLevelItem(item)
        item.setFirstColumnSpanned(True)
        return item

    def fit_badges(self, labels: list[str]) -> None:
        """The badge column wide enough for the longest of ``labels`` (at least 104 px)."""
        widest = max(self.fontMetrics().horizontalAdvance(label) for label in labels)
        self.header().resizeSection(0, max(104, widest + 32))

    def viewportEvent(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip and self.tool_tip_for is not None:
            item = self.itemAt(event.pos())
            if item is not None and not item.toolTip(0):
                tip = self.tool_tip_for(item)
                for col in range(self.columnCount()):
                    item.setToolTip(col, tip)
        return super().viewportEvent(event)

    def _on_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        if item is self.current_at_press:
            self.reclicked.emit(item)
        self.current_at_press = None

    def mousePressEvent(self, event) -> None:
        self.current_at_press = self.currentItem()
        super().mousePressEvent(event)
