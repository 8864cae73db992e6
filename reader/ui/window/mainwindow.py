"""The main window: "Open texts" and "Library" on the left, the comparison of a pair on the right,
the Quotes list of that pair in a dock below (View ▸ Quotes List; it can be moved or floated).

The window builds the widgets and hands each job to a controller in reader.ui.window: files
(Open texts), library, comparison (the one shown pair), session, export, and the actions with
menus and toolbar. None of them knows this class.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QSplitter, QVBoxLayout, QWidget

from reader import APP_NAME
from reader.ui.common.message_bar import MessageBar
from reader.ui.common.resources import app_icon
from reader.ui.common.settings import Settings
from reader.ui.common.slices import Slices
from reader.ui.compare.changes_list import ChangesList
from reader.ui.compare.find_bar import FindBar
from reader.ui.compare.quotes_list import QuotesList
from reader.ui.compare.view import CompareView
from reader.ui.library.tab import LibraryTab
from reader.ui.opentexts.panel import OpenTextsPanel
from reader.ui.window.actions import WindowActions
from reader.ui.window.changes_controller import ChangesController
from reader.ui.window.comparison_controller import ComparisonController
from reader.ui.window.drop_targets import DropTargets
from reader.ui.window.exporter import Exporter
from reader.ui.window.files_controller import FilesController
from reader.ui.window.library_controller import LibraryController
from reader.ui.window.preferences import FONT_KEY, apply_pane_font
from reader.ui.window.quotes_controller import QuotesController
from reader.ui.window.session import Session
from reader.ui.window.shown import ShownPair
from reader.ui.window.side_panel import SidePanel
from reader.ui.window.side_tabs import SideTabs


class MainWindow(QMainWindow):
    """Two tabs on the left ("Open texts" and "Library"), the comparison on the right, the
    Quotes list of the shown pair in a dock at the bottom.

    ``library_path`` chooses the library file (``versus --library PATH``); by default it is
    the one in the user data folder.
    """

    def __init__(self, settings: Settings | None = None, parent=None, library_path: str | None = None):
        super().__init__(parent)
        self.settings = settings or Settings()
        self.setWindowTitle(APP_NAME)
        self.setWindowIcon(app_icon())
        self.setAcceptDrops(True)

        self.open_texts = OpenTextsPanel()
        self.open_texts.setObjectName("openTexts")
        self.library_tab = LibraryTab(library_path)
        self.library_tab.setObjectName("libraryTab")
        self.tabs = SideTabs(self.open_texts, self.library_tab)
        # the long UI-thread work (highlights, the lists' rows) a slice at a time, one budget a turn
        self.slices = Slices(self)
        self.view = CompareView(slices=self.slices)
        apply_pane_font(self.view, self.settings.get(FONT_KEY))  # Edit ▸ Preferences… chose it
        self.find_bar = FindBar(self.view.left, self.view.right)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.tabs)
        self.compare_column = _column(self.view, self.find_bar, stretch=self.view)
        self.splitter.addWidget(self.compare_column)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([380, 1020])
        self.side_panel = SidePanel(self.splitter)  # View ▸ Side Panel (F9); narrower on a narrow window
        self.message_bar = MessageBar()
        self.setCentralWidget(_column(self.message_bar, self.splitter, stretch=self.splitter))
        self.quotes_list = QuotesList(slices=self.slices)
        self.quotes_dock = QDockWidget(QCoreApplication.translate("QuotesController", "Quotes"), self)
        self.quotes_dock.setObjectName("quotesDock")
        self.quotes_dock.setWidget(self.quotes_list)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.quotes_dock)
        self.resizeDocks([self.quotes_dock], [200], Qt.Orientation.Vertical)
        self.changes_list = ChangesList(slices=self.slices)  # View ▸ Changes List (Alt+4): a tab beside the Quotes list
        self.changes_dock = QDockWidget(QCoreApplication.translate("ChangesController", "Changes"), self)
        self.changes_dock.setObjectName("changesDock")
        self.changes_dock.setWidget(self.changes_list)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.changes_dock)
        self.changes_dock.hide()  # tabbed beside the Quotes list when first shown

        bar, settings = self.message_bar, self.settings
        self.comparison = ComparisonController(self, self.view, self.find_bar, bar, settings)
        self.files = FilesController(self, self.tabs, self.comparison, bar, settings)
        self.library = LibraryController(self, self.tabs, self.comparison, bar, settings)
        self.quotes = QuotesController(self, view=self.view, quotes_list=self.quotes_list, dock=self.quotes_dock,
                                       comparison=self.comparison)
        self.changes = ChangesController(self, view=self.view, changes_list=self.changes_list, dock=self.changes_dock,
                                         comparison=self.comparison, beside=self.quotes_dock)
        self.session = Session(self, settings=settings, tabs=self.tabs, splitter=self.splitter, view=self.view,
                               message_bar=bar, files=self.files, library=self.library, comparison=self.comparison)
        self.exporter = Exporter(self, self.view, self.settings)
        self.drops = DropTargets(self, view=self.view, column=self.compare_column, tabs=self.tabs, files=self.files,
                                 library=self.library, comparison=self.comparison)
        self.acts = WindowActions(self, view=self.view, find_bar=self.find_bar, tabs=self.tabs, files=self.files,
                                  library=self.library, comparison=self.comparison, exporter=self.exporter,
                                  quotes=self.quotes, settings=self.settings, side_panel=self.side_panel,
                                  changes=self.changes)

    @property
    def shown(self) -> ShownPair | None:
        """The pair in the comparison view: two open texts, two library articles, or None."""
        return self.comparison.shown

    def restore_geometry(self) -> bool:
        ok = self.session.restore_geometry()
        if isinstance(self.settings.get("splitter"), str):
            self.side_panel.restored()
        return ok

    def restore_session(self, cli_files: list[str] | None = None) -> None:
        self.session.restore(cli_files)

    # --- drops ------------------------------------------------------------------------------

    # Files dropped go where they land (DropTargets): the panes compare, the lists add or import.

    def dragEnterEvent(self, event) -> None:
        self.drops.drag_move(event)

    def dragMoveEvent(self, event) -> None:
        self.drops.drag_move(event)

    def dragLeaveEvent(self, event) -> None:
        self.drops.hide_target()

    def dropEvent(self, event) -> None:
        self.drops.drop(event)

    # --- window events ----------------------------------------------------------------------

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if getattr(self, "acts", None) is not None:  # (not while __init__ builds the window)
            self.side_panel.fit_window(event.size().width())
            self.acts.fit_toolbars(event.size().width())

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        comparison = getattr(self, "comparison", None)  # (palette changes come during __init__ too)
        if event.type() == event.Type.PaletteChange and comparison is not None:
            comparison.style_legend()

    def closeEvent(self, event) -> None:
        self.comparison.comparer.cancel()
        self.files.loader.cancel()
        self.session.save_state()
        self.files.loader.wait(5000)
        self.library_tab.close_library()
        super().closeEvent(event)


def _column(*widgets: QWidget, stretch: QWidget) -> QWidget:
    """The widgets one above the other, without margins; ``stretch`` takes the room left."""
    column = QWidget()
    layout = QVBoxLayout(column)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    for widget in widgets:
        layout.addWidget(widget, 1 if widget is stretch else 0)
    return column
