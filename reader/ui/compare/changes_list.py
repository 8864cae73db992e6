"""The Changes list (like Word's Revisions pane): every change stop of the shown comparison, in
the order Next Change goes through them, one row each in the words of reader.present.changes:
the kind as a coloured badge (the legend's colours), the sentence numbers on each side and the
words changed.

Choosing a row (a click, the arrow keys, Enter) emits ``chosen`` with the change's index; the
window goes to it in both panes as Next Change does. ``select_change`` follows the view's
current change without emitting.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QTreeWidgetItem, QVBoxLayout, QWidget

from reader.present.changes import ChangeRow
from reader.present.spans import ViewData
from reader.ui.common.slices import Slices
from reader.ui.compare.badge_tree import TONE_ROLE, BadgeTree
from reader.ui.compare.prepared import change_rows_of

COLUMNS = ("Change", "Left", "Right", "Words changed")
CHANGE_ROLE = Qt.ItemDataRole.UserRole  # the change's index in ViewData.changes
NOTHING_YET = "Compare two texts to list their changes."
NO_CHANGES = "The versions have no differences."


def tr(text: str) -> str:
    return QCoreApplication.translate("ChangesList", text)


def kind_label(kind: str) -> str:
    """A change's kind in the reader's language (the legend's words)."""
    return {"changed": tr("changed"), "moved": tr("moved"), "removed": tr("removed"),
            "added": tr("added")}.get(kind, kind)


class ChangesList(QWidget):
    chosen = Signal(int)  # index into ViewData.changes

    def __init__(self, parent=None, slices: Slices | None = None):
        """``slices``: where the rows are added a slice at a time (the window's)."""
        super().__init__(parent)
        self.setObjectName("changesList")
        self.slices = slices or Slices(self)
        self.data: ViewData | None = None
        self._wanted: int | None = None  # the change whose row is made current once it is added
        self._quiet = False
        self.tree = BadgeTree([tr(name) for name in COLUMNS])
        self.tree.setObjectName("changesTree")
        self.tree.setAccessibleName(tr("Changes between the two versions"))
        self.tree.setAccessibleDescription(tr("Each change in reading order with its kind, the sentence numbers "
                                              "in the left and right versions and the words changed; choose one "
                                              "to go to it in both panes"))
        self.setAccessibleName(tr("Changes"))
        header = self.tree.header()
        header.setStretchLastSection(True)
        self.tree.fit_badges([kind_label(k) for k in ("changed", "moved", "removed", "added")])
        for col in (1, 2):
            header.resizeSection(col, max(64, self.fontMetrics().horizontalAdvance(tr(COLUMNS[col])) + 24))
        self.tree.currentItemChanged.connect(lambda current, _previous: self._choose(current))
        self.tree.itemActivated.connect(lambda item, _col: self._choose(item))
        self.tree.reclicked.connect(self._choose)  # the current row clicked again: go there again
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree)
        self.set_data(None)

    # --- content
    def set_data(self, data: ViewData | None, comparing: bool = False) -> None:
        """List the changes of a comparison (None: nothing compared yet). The rows are added a
        slice at a time after this returns (``filling``)."""
        if data is self.data and self.tree.topLevelItemCount():
            return
        self.slices.cancel(self)
        self.data = data
        self._wanted = None
        self._quiet = True
        try:
            self.tree.clear()
            if data is None:
                self.tree.add_note(tr("Comparing…") if comparing else tr(NOTHING_YET))
            elif not data.changes:
                self.tree.add_note(tr(NO_CHANGES))
            else:
                self.slices.start(self, self._fill(data), priority=1)
        finally:
            self._quiet = False

    def filling(self) -> bool:
        """Whether rows are still to be added."""
        return self.slices.busy(self)

    def finish_filling(self) -> None:
        """Add the rows still to come now."""
        self.slices.finish(self)

    def _fill(self, data: ViewData) -> Iterator[None]:
        rows = change_rows_of(data)
        labels = {kind: kind_label(kind) for kind in ("changed", "moved", "removed", "added")}
        step = self.tree.ROWS_PER_STEP
        for at in range(0, len(rows), step):
            items = [self._row(row, labels) for row in rows[at:at + step]]
            self._quiet = True
            try:
                self.tree.addTopLevelItems(items)
            finally:
                self._quiet = False
            if self._wanted is not None and self._wanted < self.tree.topLevelItemCount():
                self.select_change(self._wanted)
            yield

    def _row(self, row: ChangeRow, labels: dict[str, str]) -> QTreeWidgetItem:
        item = QTreeWidgetItem([labels.get(row.kind, row.kind), row.left_label, row.right_label, row.excerpt])
        item.setData(0, CHANGE_ROLE, row.index)
        item.setData(0, TONE_ROLE, row.kind)
        for col in (1, 2):
            item.setTextAlignment(col, Qt.AlignmentFlag.AlignCenter)
        item.setToolTip(3, row.excerpt)
        return item

    # --- what the rows hold (every row added first)
    def rows(self) -> list[list[str]]:
        """The text of every row, column by column."""
        self.finish_filling()
        tree = self.tree
        return [[tree.topLevelItem(i).text(c) for c in range(tree.columnCount())]
                for i in range(tree.topLevelItemCount())]

    def current_change(self) -> int | None:
        item = self.tree.currentItem()
        index = item.data(0, CHANGE_ROLE) if item is not None else None
        return index if isinstance(index, int) else None

    def item_for(self, index: int) -> QTreeWidgetItem | None:
        if index >= self.tree.topLevelItemCount():
            self.finish_filling()
        item = self.tree.topLevelItem(index) if self.data is not None and self.data.changes else None
        return item if item is not None and item.data(0, CHANGE_ROLE) == index else None

    def select_change(self, index: int) -> None:
        """Make the change's row current without emitting ``chosen`` (-1: none); a row not added
        yet is made current when it is."""
        self._wanted = None
        if index >= self.tree.topLevelItemCount() and self.filling():
            self._wanted = index
            return
        item = self.item_for(index) if index >= 0 else None
        self._quiet = True
        try:
            if item is None:
                self.tree.setCurrentItem(None)
                self.tree.clearSelection()
            else:
                self.tree.setCurrentItem(item)
                self.tree.scrollToItem(item)
        finally:
            self._quiet = False

    # --- choosing
    def _choose(self, item: QTreeWidgetItem | None) -> None:
        index = item.data(0, CHANGE_ROLE) if item is not None else None
        if isinstance(index, int) and not self._quiet:
            self.chosen.emit(index)

