"""The corpus list as a Qt table model: one row per distinct text."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from reader.present.format import size_in
from reader.ui.common import translator
from reader.ui.opentexts.corpus import CorpusItem

COLUMNS = ("Title", "File", "Encoding", "Size", "Date")
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, SORT_ROLE, Qt.ItemDataRole.ToolTipRole, ID_ROLE,
                    Qt.ItemDataRole.TextAlignmentRole})


def size_text(n: int) -> str:
    """A file's size for the narrow Size column, in the reader's language: "4.4 KB", "4,4 КБ"."""
    return size_in(n, translator.current(), short=True)


class CorpusModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._items: list[CorpusItem] = []
        self._rows: dict[str, int] = {}

    # Qt interface
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(COLUMNS):
            return QCoreApplication.translate("CorpusModel", COLUMNS[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role not in _ROLES or not index.isValid() or not (0 <= index.row() < len(self._items)):
            return None  # the view asks for many roles per cell: answer the others at once
        item = self._items[index.row()]
        col = index.column()
        doc = item.document
        if role == Qt.ItemDataRole.DisplayRole:
            return (item.title, item.name, doc.encoding, size_text(doc.size), item.date)[col]
        if role == SORT_ROLE:
            return (item.title.casefold(), item.name.casefold(), doc.encoding, doc.size, item.date)[col]
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{item.title}\n{item.path or item.name}"
        if role == ID_ROLE:
            return item.id
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    # our interface
    def add(self, item: CorpusItem) -> bool:
        """Append ``item`` unless the same text is already here; True if added."""
        if item.id in self._rows:
            return False
        row = len(self._items)
        self.beginInsertRows(QModelIndex(), row, row)
        self._items.append(item)
        self._rows[item.id] = row
        self.endInsertRows()
        return True

    def add_many(self, items) -> list[CorpusItem]:
        """Append the items whose text is not here yet, in one insertion; returns those added."""
        fresh: list[CorpusItem] = []
        seen = set(self._rows)
        for item in items:
            if item.id not in seen:
                seen.add(item.id)
                fresh.append(item)
        if fresh:
            first = len(self._items)
            self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
            for offset, item in enumerate(fresh):
                self._items.append(item)
                self._rows[item.id] = first + offset
            self.endInsertRows()
        return fresh

    def remove(self, item_id: str) -> bool:
        row = self._rows.get(item_id)
        if row is None:
            return False
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._items[row]
        self._rows = {it.id: r for r, it in enumerate(self._items)}
        self.endRemoveRows()
        return True

    def clear(self) -> None:
        self.beginResetModel()
        self._items.clear()
        self._rows.clear()
        self.endResetModel()

    def item(self, row: int) -> CorpusItem:
        return self._items[row]

    def item_by_id(self, item_id: str) -> CorpusItem | None:
        row = self._rows.get(item_id)
        return None if row is None else self._items[row]

    def row_of(self, item_id: str) -> int:
        return self._rows.get(item_id, -1)

    def items(self) -> list[CorpusItem]:
        return list(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __contains__(self, item_id: object) -> bool:
        return item_id in self._rows


def item_id_of(index: QModelIndex | QPersistentModelIndex) -> str | None:
    return index.data(ID_ROLE) if index.isValid() else None
