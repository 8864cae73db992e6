"""Which columns of a table are shown: a right-click menu on the header, as file managers have.

The first column (the title) is always shown. The hidden columns are kept by name, so that
settings survive a change in the column order.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtWidgets import QMenu, QTableView


class ColumnChooser:
    def __init__(self, table: QTableView, names: tuple[str, ...], hidden: tuple[str, ...] = ()):
        self.table = table
        self.names = names
        header = table.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._menu)
        header.setToolTip(QCoreApplication.translate("ColumnChooser", "Right-click to choose the columns"))
        self.set_hidden(hidden)

    def hidden(self) -> list[str]:
        return [name for col, name in enumerate(self.names) if self.table.isColumnHidden(col)]

    def set_hidden(self, names) -> None:
        wanted = {n for n in names if isinstance(n, str)} if isinstance(names, (list, tuple)) else set()
        for col, name in enumerate(self.names):
            self.table.setColumnHidden(col, col > 0 and name in wanted)

    def menu(self) -> QMenu:
        menu = QMenu(self.table)
        for col, name in enumerate(self.names):
            action = menu.addAction(str(self.table.model().headerData(col, Qt.Orientation.Horizontal) or name))
            action.setCheckable(True)
            action.setChecked(not self.table.isColumnHidden(col))
            action.setEnabled(col > 0)
            action.toggled.connect(lambda shown, c=col: self.table.setColumnHidden(c, not shown))
        return menu

    def _menu(self, pos: QPoint) -> None:
        self.menu().exec(self.table.horizontalHeader().mapToGlobal(pos))
