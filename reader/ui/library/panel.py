"""The library panel: search, story-group and collection filters, the lazy table, and actions.

Typing in the search box filters after a short pause (DEBOUNCE_MS); the last word typed is
searched as a prefix, so "парти" already finds партия and партии. Two selected articles can
be compared (button, context menu, Ctrl+Return); a story group's similarity matrix opens as
a heat map whose cells ask for a comparison too. Both end in ``compareRequested``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reader.core.options import Options
from reader.library.db import LibraryError
from reader.library.library import Library
from reader.present.errors import message_in
from reader.present.format import plural
from reader.ui.common.translator import current as current_language
from reader.ui.library.heatmap import SimilarityDialog
from reader.ui.library.import_dialog import ImportDialog
from reader.ui.library.model import GROUP_ROLE, ID_ROLE, LibraryModel, SnippetDelegate

DEBOUNCE_MS = 250
MAX_GROUPS_LISTED = 500
_LAST_WORD = re.compile(r"(?:^|\s)(\w{2,})$")


def as_you_type(text: str) -> str | None:
    """The library query for what is in the box: the last word, if still being typed (no space
    after it yet), as a prefix."""
    if not text.strip():
        return None
    if _LAST_WORD.search(text) and text.count('"') % 2 == 0 and not text.endswith(" OR"):
        return text.strip() + "*"
    return text.strip()


def tr(text: str) -> str:
    return QCoreApplication.translate("LibraryPanel", text)


def group_size_text(size: int, outlets: int) -> str:
    """"2 versions", or "5 versions, 3 outlets" when outlets are known (in the reader's language,
    with its plural forms: «2 версии», «5 версий, 3 издания»)."""
    lang = current_language()
    text = plural(size, "version", lang=lang)
    return text if not outlets else text + ", " + plural(outlets, "outlet", lang=lang)


# the columns after Title: (column, natural width in average characters, least width in characters)
_OTHER_COLUMNS = ((1, 16, 7), (2, 11, 10), (3, 8, 6), (4, 7, 4))
_OPTIONAL_COLUMNS = {1: "source", 2: "date"}  # hidden while no article of the library has one


class LibraryPanel(QWidget):
    """The library's articles in a lazy table with search and filters.

    Signals: ``compareRequested(left_id, right_id)``; ``articleActivated(id)`` on a double click
    or Return; ``imported(ImportReport)`` after an import started from the panel.
    """

    compareRequested = Signal(int, int)
    articleActivated = Signal(int)
    imported = Signal(object)

    def __init__(self, library: Library, parent=None):
        super().__init__(parent)
        # the largest file an import reads; the window points it at the comparison options
        self.max_file_size: Callable[[], int] = lambda: Options().max_file_size
        self.library = library
        self.model = LibraryModel(library, self)
        self._dialogs: list = []

        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Search titles and texts — words, \"a phrase\", -word, a OR b"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._schedule_search)
        self.search.returnPressed.connect(self.apply_search)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.apply_search)

        self.groups = QComboBox()
        self.groups.setMinimumContentsLength(24)
        self.groups.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.groups.setToolTip(tr("Show one story group: articles that are versions of one report"))
        self.groups.currentIndexChanged.connect(self._group_chosen)
        self.collections = QComboBox()
        self.collections.setToolTip(tr("Show one collection"))
        self.collections.currentIndexChanged.connect(self._collection_chosen)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.doubleClicked.connect(self._activated)
        vh = self.table.verticalHeader()
        vh.hide()
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # never measure 100,000 rows
        vh.setDefaultSectionSize(self.fontMetrics().height() + 8)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        hh.setHighlightSections(False)
        hh.setMinimumSectionSize(4 * self.fontMetrics().averageCharWidth() + 12)
        self._fitting = False
        self._user_sized = False  # a column the reader widened or narrowed keeps its width
        hh.sectionResized.connect(self._section_resized)
        self.table.setItemDelegateForColumn(0, SnippetDelegate(self.table))
        self.empty_hint = QLabel(tr("The library is empty. Drop files, folders or zip archives here, "
                                    "or choose File ▸ Import into Library… (Ctrl+I)"), self.table.viewport())
        self.empty_hint.setObjectName("libraryEmptyHint")
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.empty_hint.hide()
        self.table.viewport().installEventFilter(self)
        hh.setSortIndicator(2, Qt.SortOrder.DescendingOrder)  # newest first
        self.table.setSortingEnabled(True)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)

        self.status = QLabel()
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.compare_button = QPushButton(tr("Compare"))
        self.compare_button.setToolTip(tr("Compare the two selected articles side by side (Ctrl+Return)"))
        self.compare_button.clicked.connect(self.compare_selected)
        self.matrix_button = QPushButton(tr("Similarity matrix…"))
        self.matrix_button.setToolTip(tr("How much text the versions of the story group share, as a heat map"))
        self.matrix_button.clicked.connect(self.show_similarity)
        self.import_button = QPushButton(tr("Import…"))
        self.import_button.setToolTip(tr("Add a folder of .txt, .md, .html or .zip files to the library"))
        self.import_button.clicked.connect(self._choose_import)

        self.compare_action = QAction(tr("Compare the two selected"), self)
        self.compare_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Return))
        self.compare_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.compare_action.triggered.connect(self.compare_selected)
        self.addAction(self.compare_action)

        top = QHBoxLayout()
        top.addWidget(self.search, 3)
        top.addWidget(self.groups, 2)
        top.addWidget(self.collections, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.import_button)
        bottom.addWidget(self.matrix_button)
        bottom.addWidget(self.compare_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

        self.model.modelReset.connect(self._update_status)
        self.model.modelReset.connect(self._show_snippets)
        self.model.queryError.connect(lambda _message: self._update_status())
        self._describe()
        self.reload_filters()
        self._update_columns()
        self._update_status()
        self._update_actions()

    def _describe(self) -> None:
        """Names and descriptions for screen readers."""
        for widget, name, description in (
                (self.search, tr("Search the library"),
                 tr("Words, \"a phrase\", -word to leave out, a OR b; the table shows the matching articles")),
                (self.groups, tr("Story group"), tr("Show the versions of one report, or all articles")),
                (self.collections, tr("Collection"), tr("Show the articles of one collection")),
                (self.table, tr("Library articles"),
                 tr("Title, outlet, date, length and story group of each article; select two and press "
                    "Ctrl+Return to compare them, Return opens one")),
                (self.status, tr("Library status"), tr("How many articles are shown")),
                (self.compare_button, tr("Compare"), self.compare_button.toolTip()),
                (self.matrix_button, tr("Similarity matrix"), self.matrix_button.toolTip()),
                (self.import_button, tr("Import"), self.import_button.toolTip()),
                (self.empty_hint, tr("The library is empty"), self.empty_hint.text())):
            widget.setAccessibleName(name)
            widget.setAccessibleDescription(description)

    def focus_search(self) -> None:
        """Put the cursor in the search box with its text selected (the window's Ctrl+F)."""
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # --- columns and the empty library's hint -------------------------------------------------

    def _update_columns(self) -> None:
        """Hide Source and Date while no article of the library has one; fit the widths."""
        for column, key in _OPTIONAL_COLUMNS.items():
            try:
                first = self.library.page(None, order=key, descending=True, limit=1)
            except LibraryError:
                continue
            self.table.setColumnHidden(column, not (first and getattr(first[0], key)))
        self._fit_columns()

    def _section_resized(self, column: int, _old: int, _new: int) -> None:
        if not self._fitting and column != 0:
            self._user_sized = True

    def _fit_columns(self) -> None:
        """Title takes the room: the other columns get their natural widths while Title stays the
        widest and keeps at least 45% of the table; in a narrow panel they shrink towards their
        least widths."""
        if self._user_sized:
            return
        char = self.fontMetrics().averageCharWidth()
        shown = [(c, nat * char + 16, least * char + 12) for c, nat, least in _OTHER_COLUMNS
                 if not self.table.isColumnHidden(c)]
        natural = sum(n for _, n, _ in shown)
        least = sum(m for _, _, m in shown)
        budget = self.table.viewport().width() * 0.55
        share = 1.0 if natural <= budget else max(0.0, (budget - least) / max(1, natural - least))
        self._fitting = True
        try:
            for column, nat, low in shown:
                self.table.setColumnWidth(column, int(low + share * (nat - low)))
        finally:
            self._fitting = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
            self._place_hint()
        return super().eventFilter(watched, event)

    def _place_hint(self) -> None:
        rect = self.table.viewport().rect().adjusted(24, 24, -24, -24)
        self.empty_hint.setGeometry(rect)

    def _update_hint(self) -> None:
        flt = self.model.row_filter
        unfiltered = flt.query is None and flt.group_id is None and flt.collection_id is None
        empty = unfiltered and not self.model.error and self.model.rowCount() == 0
        self._place_hint()
        self.empty_hint.setVisible(empty)

    def _show_snippets(self) -> None:
        """While a search is on, each title has a second line: where the words were found."""
        lines = 2 if self.model.row_filter.query is not None else 1
        self.table.verticalHeader().setDefaultSectionSize(lines * self.fontMetrics().height() + 8)

    # --- filters ----------------------------------------------------------------------------

    def reload_filters(self) -> None:
        """Refill the group and collection lists (after an import), keeping the choices. A
        library that cannot be read now (busy, damaged) leaves them as they are and says why."""
        try:
            self._reload_filters()
        except LibraryError as exc:
            for combo in (self.groups, self.collections):
                combo.blockSignals(False)
            self.status.setText(message_in(exc, current_language()))

    def _reload_filters(self) -> None:
        group = self.groups.currentData()
        collection = self.collections.currentData()
        for combo in (self.groups, self.collections):
            combo.blockSignals(True)
            combo.clear()
        total = self.library.group_count()
        self.groups.addItem(tr("All story groups (%1)").replace("%1", f"{total:,}") if total else tr("No story groups yet"),
                           None)
        for g in self.library.groups(limit=MAX_GROUPS_LISTED):
            short = " ".join(g.title.split()[:10])
            self.groups.addItem(f"{group_size_text(g.size, g.sources)} — {short}", g.id)
            self.groups.setItemData(self.groups.count() - 1, g.title, Qt.ItemDataRole.ToolTipRole)
        if group is not None and self.groups.findData(group) < 0:
            self.groups.addItem(tr("Story group %1").replace("%1", str(group)), group)
        self.groups.setCurrentIndex(max(0, self.groups.findData(group)))
        self.collections.addItem(tr("All articles"), None)
        for c in self.library.collections():
            self.collections.addItem(f"{c.name} ({c.size:,})", c.id)
        self.collections.setCurrentIndex(max(0, self.collections.findData(collection)))
        self.collections.setVisible(self.collections.count() > 1)
        for combo in (self.groups, self.collections):
            combo.blockSignals(False)

    def _schedule_search(self, _text: str) -> None:
        self._debounce.start()

    def apply_search(self) -> None:
        self._debounce.stop()
        self.model.set_filter(query=as_you_type(self.search.text()))

    def show_group(self, group_id: int | None) -> None:
        """Filter the table to one story group (None: all)."""
        index = self.groups.findData(group_id)
        if index < 0:
            self.groups.addItem(tr("Story group %1").replace("%1", str(group_id)), group_id)
            index = self.groups.count() - 1
        self.groups.setCurrentIndex(index)  # _group_chosen applies it

    def _group_chosen(self, _index: int) -> None:
        self.model.set_filter(group_id=self.groups.currentData())
        self._update_actions()

    def _collection_chosen(self, _index: int) -> None:
        self.model.set_filter(collection_id=self.collections.currentData())

    def refresh(self) -> None:
        """Show the library as it is now (after it changed elsewhere)."""
        self.model.refresh()
        self.reload_filters()
        self._update_columns()

    # --- selection and actions --------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        return [aid for aid in (self.model.article_id(r) for r in rows) if aid is not None]

    def select_rows(self, *rows: int) -> None:
        sm = self.table.selectionModel()
        sm.clearSelection()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for row in rows:
            sm.select(self.model.index(row, 0), flags)
        if rows:
            sm.setCurrentIndex(self.model.index(rows[-1], 0), QItemSelectionModel.SelectionFlag.NoUpdate)

    def current_group(self) -> int | None:
        """The story group the matrix would show: the filter's, or the one all selected rows share."""
        if self.groups.currentData() is not None:
            return self.groups.currentData()
        rows = self.table.selectionModel().selectedRows()
        groups = {index.data(GROUP_ROLE) for index in rows}
        return groups.pop() if len(groups) == 1 else None

    def compare_selected(self) -> None:
        ids = self.selected_ids()
        if len(ids) == 2:
            self.compareRequested.emit(ids[0], ids[1])

    def show_similarity(self) -> SimilarityDialog | None:
        gid = self.current_group()
        if gid is None:
            return None
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            dialog = SimilarityDialog(self.library, gid)  # no owner: it never stays on top of the comparison
        finally:
            QGuiApplication.restoreOverrideCursor()
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.destroyed.connect(dialog.close)
        dialog.pairRequested.connect(self.compareRequested)
        dialog.destroyed.connect(lambda *_: self._dialogs.remove(dialog) if dialog in self._dialogs else None)
        self._dialogs.append(dialog)
        dialog.show()
        return dialog

    def start_import(self, paths, collection: str | None = None) -> ImportDialog:
        """Import ``paths`` with a progress dialog; the table refreshes when it is done."""
        dialog = ImportDialog(self.library, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.imported.connect(self._after_import)
        dialog.show()
        dialog.start([str(p) for p in paths], collection, self.max_file_size())
        return dialog

    def _choose_import(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, tr("Import a folder into the library"), str(Path.home()))
        if folder:
            self.start_import([folder])

    def _after_import(self, report) -> None:
        self.refresh()
        self.imported.emit(report)

    def _activated(self, index) -> None:
        aid = index.data(ID_ROLE)
        if aid is not None:
            self.articleActivated.emit(aid)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.table.hasFocus() \
                and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self._activated(self.table.currentIndex())
            return
        super().keyPressEvent(event)

    def _context_menu(self, pos) -> None:
        index = self.table.indexAt(pos)
        menu = QMenu(self)
        ids = self.selected_ids()
        compare = menu.addAction(tr("Compare the two selected"), self.compare_selected)
        compare.setEnabled(len(ids) == 2)
        gid = index.data(GROUP_ROLE) if index.isValid() else None
        show = menu.addAction(tr("Show its story group"), lambda: self.show_group(gid))
        show.setEnabled(gid is not None)
        matrix = menu.addAction(tr("Similarity matrix of its story group…"), self.show_similarity)
        matrix.setEnabled(gid is not None)
        menu.popup(self.table.viewport().mapToGlobal(pos))

    def _update_actions(self, *_args) -> None:
        two = len(self.table.selectionModel().selectedRows()) == 2
        self.compare_button.setEnabled(two)
        self.compare_action.setEnabled(two)
        self.matrix_button.setEnabled(self.current_group() is not None)

    def _update_status(self) -> None:
        self._update_hint()
        if self.model.error:
            self.status.setText(self.model.error)
            return
        shown, flt = self.model.rowCount(), self.model.row_filter
        if flt.query is None and flt.group_id is None and flt.collection_id is None:
            self.status.setText(tr("%1 articles").replace("%1", f"{shown:,}") if shown != 1 else tr("1 article"))
        else:
            try:
                self.status.setText(tr("%1 of %2 articles").replace("%1", f"{shown:,}")
                                    .replace("%2", f"{self.library.count():,}"))
            except LibraryError as exc:
                self.status.setText(message_in(exc, current_language()))
        self._update_actions()
