"""The corpus library as a lazy Qt table model.

The model holds only the row count and a few pages of rows: ``data()`` fetches the page a
row falls in (``Library.page``, PAGE_SIZE rows, one indexed SQL query) and keeps the most
recently used pages, so a library of any size opens at once and scrolling reads only what is
painted. Sorting and filtering are done by SQLite; both reset the model.
"""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal

from reader.library.db import LibraryError
from reader.library.library import Library, Row, RowFilter
from reader.library.search import QueryError

COLUMNS = ("Title", "Source", "Date", "Length", "Group")
ORDER_KEYS = ("title", "source", "date", "length", "group")
ID_ROLE = Qt.ItemDataRole.UserRole + 1
GROUP_ROLE = Qt.ItemDataRole.UserRole + 2
PAGE_SIZE = 256
CACHED_PAGES = 12


class LibraryModel(QAbstractTableModel):
    """Rows of a Library under a RowFilter, sorted by one column; fetched a page at a time."""

    filterChanged = Signal()
    queryError = Signal(str)  # the search text cannot be searched for ("" when it can again)

    def __init__(self, library: Library, parent=None, *, page_size: int = PAGE_SIZE,
                 cached_pages: int = CACHED_PAGES):
        super().__init__(parent)
        self.library = library
        self.page_size = page_size
        self.cached_pages = cached_pages
        self._filter = RowFilter()
        self._order = "id"
        self._descending = False
        self._pages: OrderedDict[int, list[Row]] = OrderedDict()
        self._error = ""
        self._count = self._recount()

    # --- Qt interface ----------------------------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return QCoreApplication.translate("LibraryModel", COLUMNS[section])
            if role == Qt.ItemDataRole.TextAlignmentRole and section == 3:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.row(index.row())
        if row is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return row.title
            if col == 1:
                return row.source or ""
            if col == 2:
                return row.date or ""
            if col == 3:
                return f"{row.length:,}".replace(",", "\u2009")  # thin space between thousands
            return "" if row.group_id is None else str(row.group_id)
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = [row.title]
            meta = " · ".join(p for p in (row.source, row.date) if p)
            if meta:
                parts.append(meta)
            tr = QCoreApplication.translate
            parts.append(tr("LibraryModel", "%1 characters").replace("%1", f"{row.length:,}") + (
                tr("LibraryModel", ", story group %1").replace("%1", str(row.group_id)) if row.group_id is not None else ""))
            return "\n".join(parts)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (3, 4):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ID_ROLE:
            return row.id
        if role == GROUP_ROLE:
            return row.group_id
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        key = ORDER_KEYS[column] if 0 <= column < len(ORDER_KEYS) else "id"
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self._order, self._descending):
            return
        self.layoutAboutToBeChanged.emit()
        self._order, self._descending = key, descending
        self._pages.clear()
        # a lazy model cannot follow every persistent index cheaply: views drop their selection
        self.changePersistentIndexList(self.persistentIndexList(),
                                       [QModelIndex()] * len(self.persistentIndexList()))
        self.layoutChanged.emit()

    # --- our interface ---------------------------------------------------------------------

    @property
    def row_filter(self) -> RowFilter:
        return self._filter

    @property
    def order(self) -> tuple[str, bool]:
        return self._order, self._descending

    @property
    def error(self) -> str:
        """Why the table shows nothing: the search, or the library ("" when it is fine)."""
        return self._error

    def set_filter(self, flt: RowFilter | None = None, *, query: str | None = ...,
                   group_id: int | None = ..., collection_id: int | None = ...) -> None:
        """Show the rows of ``flt``; or change single parts of the current filter by keyword."""
        base = flt if flt is not None else self._filter
        changes = {k: v for k, v in (("query", query), ("group_id", group_id),
                                     ("collection_id", collection_id)) if v is not ...}
        if "query" in changes and changes["query"] is not None and not changes["query"].strip():
            changes["query"] = None
        new = RowFilter(**{**base.__dict__, **changes})
        if new == self._filter and flt is None:
            return
        self._filter = new
        self.refresh()
        self.filterChanged.emit()

    def refresh(self) -> None:
        """Forget cached rows and count again (after an import or any other change)."""
        self.beginResetModel()
        self._pages.clear()
        self._count = self._recount()
        self.endResetModel()

    def article_id(self, row: int) -> int | None:
        r = self.row(row)
        return None if r is None else r.id

    def row(self, row: int) -> Row | None:
        """The library row shown at ``row`` (fetching its page if needed)."""
        if not 0 <= row < self._count:
            return None
        number, within = divmod(row, self.page_size)
        page = self._page(number)
        return page[within] if within < len(page) else None

    # --- internals -------------------------------------------------------------------------

    def _recount(self) -> int:
        try:
            count = self.library.count(self._filter)
            error = ""
        except QueryError as exc:
            count, error = 0, QCoreApplication.translate("LibraryModel", "Search: %1").replace("%1", str(exc))
        except LibraryError as exc:  # busy, damaged or gone: said in the status line, not raised
            count, error = 0, str(exc)
        self._set_error(error)
        return count

    def _set_error(self, error: str) -> None:
        if error != self._error:
            self._error = error
            self.queryError.emit(error)

    def _page(self, number: int) -> list[Row]:
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        try:
            page = self.library.page(self._filter, order=self._order, descending=self._descending,
                                     offset=number * self.page_size, limit=self.page_size)
        except LibraryError as exc:
            self._set_error(str(exc))
            return []  # not cached: asked again when the row is painted again
        self._pages[number] = page
        while len(self._pages) > self.cached_pages:
            self._pages.popitem(last=False)
        return page
