"""The Quotes list of the shown pair, in a dock under the comparison: filled when a comparison
is ready, a row chosen scrolls both panes to the quote and its source, a click on quoted text
selects its row. The dock's title counts the right version's quotes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QDockWidget, QMainWindow

from reader.present.spans import ViewData
from reader.ui.compare.quotes_list import QuotesList
from reader.ui.compare.view import CompareView
from reader.ui.window.comparison_controller import ComparisonController

TITLE = "Quotes"


class QuotesController(QObject):
    def __init__(self, window: QMainWindow, *, view: CompareView, quotes_list: QuotesList, dock: QDockWidget,
                 comparison: ComparisonController):
        super().__init__(window)
        self.view, self.list, self.dock, self.comparison = view, quotes_list, dock, comparison
        quotes_list.chosen.connect(view.show_quote)
        view.quote_clicked.connect(quotes_list.select_quote)
        comparison.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        data: ViewData | None = self.view.data
        self.list.set_data(data, comparing=self.comparison.shown is not None)
        report = data.quotes if data is not None else None
        count = len(report.right) if report is not None else 0
        title = QCoreApplication.translate("QuotesController", TITLE)
        self.dock.setWindowTitle(f"{title} ({count})" if report is not None and not report.empty else title)

    def show_list(self) -> None:
        """Show the dock and put the keyboard in the list."""
        self.dock.show()
        self.dock.raise_()
        self.list.tree.setFocus()
        if self.list.tree.currentItem() is None and (rows := self.list.quote_rows()):
            self.list.select_quote(rows[0])
