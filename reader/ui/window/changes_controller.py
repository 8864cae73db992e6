"""The Changes list of the shown pair, in a dock beside the Quotes list (View ▸ Changes List,
Alt+4): filled when a comparison is ready, a row chosen goes to that change in both panes as
Next Change does, and moving through the changes (Alt+Up/Down) selects the matching row. The
dock's title counts the changes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow, QTabBar

from reader.ui.compare.changes_list import ChangesList
from reader.ui.compare.view import CompareView
from reader.ui.window.comparison_controller import ComparisonController

TITLE = "Changes"
TABS = "Lists under the comparison"  # the tabs Qt puts under docks that share a place


class ChangesController(QObject):
    def __init__(self, window: QMainWindow, *, view: CompareView, changes_list: ChangesList, dock: QDockWidget,
                 comparison: ComparisonController, beside: QDockWidget | None = None):
        """``beside``: the dock the list shares its place with, as a tab, once it is first shown."""
        super().__init__(window)
        self.window = window
        self.view, self.list, self.dock, self.comparison = view, changes_list, dock, comparison
        self._beside = beside
        window.installEventFilter(self)  # to name the dock tab bars Qt makes
        changes_list.chosen.connect(self._go_to)
        view.current_changed.connect(self._on_current)
        comparison.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        data = self.view.data
        self.list.set_data(data, comparing=self.comparison.shown is not None)
        self.list.select_change(self.view.current_index())
        title = QCoreApplication.translate("ChangesController", TITLE)
        self.dock.setWindowTitle(f"{title} ({len(data.changes)})" if data is not None else title)

    def _go_to(self, index: int) -> None:
        if 0 <= index < len(self.view.changes()):
            self.view.go_to_change(index)

    def _on_current(self, index: int, _count: int) -> None:
        if self.list.data is not self.view.data:
            self.refresh()
        else:
            self.list.select_change(index)

    def toggle_list(self) -> None:
        """Alt+4: show the dock and put the keyboard in the list; from inside the list, hide it."""
        focus = QApplication.focusWidget()
        if self.dock.isVisible() and focus is not None and self.list.isAncestorOf(focus):
            self.dock.hide()
            self.view.left.setFocus()
            return
        self.show_list()

    def show_list(self) -> None:
        if self._beside is not None and self.dock.isHidden() and not self._beside.isHidden() \
                and self.window.dockWidgetArea(self._beside) == self.window.dockWidgetArea(self.dock) \
                and self._beside not in self.window.tabifiedDockWidgets(self.dock):
            self.window.tabifyDockWidget(self._beside, self.dock)
        self.dock.show()
        self.dock.raise_()
        self.list.tree.setFocus()
        if self.list.current_change() is None and self.view.changes():
            self.list.select_change(0)

    def eventFilter(self, obj, event) -> bool:
        """A name for the tab bars of docks sharing a place, which Qt makes as docks are tabbed."""
        if event.type() == QEvent.Type.ChildPolished and obj is self.window:
            bar = event.child()
            if isinstance(bar, QTabBar) and not bar.accessibleName():
                bar.setAccessibleName(QCoreApplication.translate("ChangesController", TABS))
        return False
