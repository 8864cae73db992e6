"""The "Open texts" tab: files opened or dropped, with a filter, and a strip that shows
progress and Cancel while files are read in the background."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reader.ui.common.columns import ColumnChooser
from reader.ui.opentexts.model import COLUMNS, SORT_ROLE, CorpusModel


def tr(text: str) -> str:
    return QCoreApplication.translate("OpenTextsPanel", text)


class _MiddleElided(QStyledItemDelegate):
    def initStyleOption(self, option, index) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideMiddle


class OpenTextsPanel(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = CorpusModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setSortRole(SORT_ROLE)

        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("corpusFilter")
        self.filter_edit.setPlaceholderText(tr("Filter by title, file, date…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.filter_edit.setAccessibleName(tr("Filter open texts"))
        self.filter_edit.setAccessibleDescription(tr("Shows only the texts whose title, file or date contains "
                                                     "what you type"))
        self.table = QTableView()
        self.table.setObjectName("corpusTable")
        self.table.setAccessibleName(tr("Open texts"))
        self.table.setAccessibleDescription(tr("Select two texts to compare them; the first one picked goes left"))
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # never measure every row
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)  # a title reads from its start
        self.table.setItemDelegateForColumn(1, _MiddleElided(self.table))  # a file name by both ends
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # the title takes the room left
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(40)
        for col, width in enumerate((170, 90, 60, 58, 80)):
            if col:
                header.resizeSection(col, width)
        # encoding and date are there for whoever asks: the panel is narrow
        self.columns = ColumnChooser(self.table, COLUMNS, hidden=("Encoding", "Date"))
        hint = QLabel(tr("Select two texts to compare them (the first one picked goes left), "
                         "or right-click one: Compare with…"))
        hint.setWordWrap(True)
        hint.setObjectName("corpusHint")
        hint.setEnabled(False)

        # shown while files are read for longer than FileLoader.SHOW_AFTER_MS
        self.load_strip = QWidget()
        self.load_bar = QProgressBar()
        self.load_bar.setObjectName("loadProgress")
        self.load_bar.setAccessibleName(tr("Reading files"))
        self.load_bar.setTextVisible(False)
        self.load_bar.setMaximumHeight(10)
        self.load_label = QLabel(tr("Reading files…"))
        self.load_label.setObjectName("loadLabel")
        self.load_cancel = QPushButton(tr("Cancel"))
        self.load_cancel.setObjectName("loadCancel")
        self.load_cancel.setToolTip(tr("Stop reading; the files read so far stay in the list"))
        self.load_cancel.setAccessibleName(tr("Stop reading files"))
        self.load_cancel.setAccessibleDescription(self.load_cancel.toolTip())
        strip = QVBoxLayout(self.load_strip)
        strip.setContentsMargins(0, 2, 0, 2)
        strip.setSpacing(2)
        row = QHBoxLayout()
        row.addWidget(self.load_label, 1)
        row.addWidget(self.load_cancel)
        strip.addLayout(row)
        strip.addWidget(self.load_bar)
        self.load_strip.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.load_strip)
        layout.addWidget(hint)

    def show_loading(self, loading: bool) -> None:
        if loading:
            self.load_bar.setRange(0, 0)
            self.load_label.setText(tr("Looking for files…"))
            self.load_cancel.setEnabled(True)
        self.load_strip.setVisible(loading)

    def set_load_progress(self, done: int, total: int, current: str) -> None:
        self.load_bar.setRange(0, max(total, 1))
        self.load_bar.setValue(done)
        text = tr("Reading %1 of %2 files").replace("%1", f"{done:,}").replace("%2", f"{total:,}")
        if current:
            name = QFontMetrics(self.load_label.font()).elidedText(
                Path(current).name, Qt.TextElideMode.ElideMiddle, max(80, self.load_label.width() // 2))
            text += f" — {name}"
        self.load_label.setText(text)

    def cancelling(self) -> None:
        self.load_cancel.setEnabled(False)
        self.load_label.setText(self.load_label.text() + tr(" — stopping…"))
