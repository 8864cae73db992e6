"""The corpus library as a lazy Qt table model.

The model holds only the row count and a few pages of rows: ``data()`` fetches the page a
row falls in (``Library.page``, PAGE_SIZE rows, one indexed SQL query) and keeps the most
recently used pages, so a library of any size opens at once and scrolling reads only what is
painted. Sorting and filtering are done by SQLite; both reset the model.
"""

from __future__ import annotations

import re
import sqlite3
from collections import OrderedDict

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from reader.library import search as fts
from reader.library.db import LibraryError
from reader.library.library import Library, Row, RowFilter
from reader.library.search import QueryError
from reader.present.errors import message_in
from reader.ui.common.translator import current as current_language

COLUMNS = ("Title", "Source", "Date", "Length", "Group")
ORDER_KEYS = ("title", "source", "date", "length", "group")
ID_ROLE = Qt.ItemDataRole.UserRole + 1
GROUP_ROLE = Qt.ItemDataRole.UserRole + 2
SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 3  # where a search found its words, matches in MARK … END_MARK
MARK, END_MARK = "\x02", "\x03"
SNIPPET_WORDS = 12
_SPACE = re.compile(r"\s+")


def snippet_parts(marked: str) -> list[tuple[str, bool]]:
    """A marked snippet as (text, matched) runs: "a \x02b\x03 c" → [("a ", False), ("b", True), (" c", False)]."""
    parts: list[tuple[str, bool]] = []
    for k, piece in enumerate(re.split(f"[{MARK}{END_MARK}]", marked)):
        if piece:
            parts.append((piece, k % 2 == 1))
    return parts


def plain_snippet(marked: str) -> str:
    return marked.replace(MARK, "").replace(END_MARK, "")


def page_snippets(library: Library, query: str, ids: list[int]) -> dict[int, str]:
    """The text snippets (matches marked) of the articles ``ids`` for ``query``, one line each."""
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    rows = library.conn.execute(
        f"SELECT rowid, snippet(search, 1, ?, ?, '…', {SNIPPET_WORDS}) FROM search "
        f"WHERE search MATCH ? AND rowid IN ({marks})", (MARK, END_MARK, fts.fts_query(query), *ids))
    return {rowid: _SPACE.sub(" ", text or "").strip() for rowid, text in rows}
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
        self._snippets: dict[int, dict[int, str]] = {}  # page number → article id → marked snippet
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
            return self._tooltip(row, index.row(), col)
        if role == SNIPPET_ROLE:
            return self.snippet(index.row()) if col == 0 else None
        if role == Qt.ItemDataRole.AccessibleTextRole and col == 0:
            snippet = self.snippet(index.row())
            return row.title + (". " + plain_snippet(snippet) if snippet else "")
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (3, 4):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ID_ROLE:
            return row.id
        if role == GROUP_ROLE:
            return row.group_id
        return None

    def _tooltip(self, row: Row, number: int, col: int) -> str:
        parts = [row.title]
        meta = " · ".join(p for p in (row.source, row.date) if p)
        if meta:
            parts.append(meta)
        tr = QCoreApplication.translate
        parts.append(tr("LibraryModel", "%1 characters").replace("%1", f"{row.length:,}") + (
            tr("LibraryModel", ", story group %1").replace("%1", str(row.group_id)) if row.group_id is not None else ""))
        snippet = self.snippet(number)
        if snippet and col == 0:
            parts.append(plain_snippet(snippet))
        return "\n".join(parts)

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
        self._snippets.clear()
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
        self._snippets.clear()
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

    def snippet(self, row: int) -> str:
        """Where the search found its words in the text of the article at ``row`` (matches between
        MARK and END_MARK); "" when no search is on or the words are only in the title."""
        r = self.row(row)
        if r is None or self._filter.query is None:
            return ""
        return self._snippets.get(row // self.page_size, {}).get(r.id, "")

    # --- internals -------------------------------------------------------------------------

    def _recount(self) -> int:
        try:
            count = self.library.count(self._filter)
            error = ""
        except QueryError as exc:
            count, error = 0, QCoreApplication.translate("LibraryModel", "Search: %1").replace("%1", str(exc))
        except LibraryError as exc:  # busy, damaged or gone: said in the status line, not raised
            count, error = 0, message_in(exc, current_language())
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
            self._set_error(message_in(exc, current_language()))
            return []  # not cached: asked again when the row is painted again
        self._pages[number] = page
        if self._filter.query is not None:
            try:
                self._snippets[number] = page_snippets(self.library, self._filter.query, [r.id for r in page])
            except (sqlite3.Error, QueryError):
                self._snippets[number] = {}  # the rows still show; only their snippets are missing
        while len(self._pages) > self.cached_pages:
            old, _ = self._pages.popitem(last=False)
            self._snippets.pop(old, None)
        return page


class SnippetDelegate(QStyledItemDelegate):
    """The Title cell; while a search is on, a second line under the title shows the snippet of
    the text where the words were found, the matched words in bold."""

    def paint(self, painter, option, index) -> None:
        snippet = index.data(SNIPPET_ROLE)
        if not snippet:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        title = opt.text
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorGroup.Active if opt.state & QStyle.StateFlag.State_Active else QPalette.ColorGroup.Inactive
        ink = opt.palette.color(group, QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        rect = opt.rect.adjusted(4, 2, -4, -2)
        line = QFontMetrics(opt.font).height()
        painter.save()
        painter.setPen(ink)
        painter.setFont(opt.font)
        painter.drawText(QRect(rect.left(), rect.top(), rect.width(), line), int(Qt.AlignmentFlag.AlignVCenter),
                         QFontMetrics(opt.font).elidedText(title, Qt.TextElideMode.ElideRight, rect.width()))
        muted = ink if selected else opt.palette.color(group, QPalette.ColorRole.PlaceholderText)
        self._paint_snippet(painter, opt.font, QRect(rect.left(), rect.top() + line, rect.width(), line), snippet,
                            ink, muted)
        painter.restore()

    @staticmethod
    def _paint_snippet(painter, font: QFont, rect: QRect, snippet: str, ink: QColor, muted: QColor) -> None:
        bold = QFont(font)
        bold.setBold(True)
        x, right = rect.left(), rect.right()
        for text, matched in snippet_parts(snippet):
            face = bold if matched else font
            fm = QFontMetrics(face)
            room = right - x
            if room <= fm.averageCharWidth():
                break
            shown = fm.elidedText(text, Qt.TextElideMode.ElideRight, room)
            painter.setFont(face)
            painter.setPen(ink if matched else muted)
            painter.drawText(QRect(x, rect.top(), room, rect.height()), int(Qt.AlignmentFlag.AlignVCenter), shown)
            if shown != text:
                break
            x += fm.horizontalAdvance(text)

    def sizeHint(self, option, index) -> QSize:
        size = super().sizeHint(option, index)
        if index.data(SNIPPET_ROLE):
            size.setHeight(2 * QFontMetrics(option.font).height() + 8)
        return size
