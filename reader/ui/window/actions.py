"""The window's commands: actions with their shortcuts, the menu bar and the toolbar.

Option actions are built from ``OPTION_SPECS``: the menu text, tool tip and toolbar text are
the ones the command line's flags are explained with.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox, QStyle, QToolBar, QToolButton

from reader import APP_NAME, __version__
from reader.core.options import OPTION_SPECS
from reader.ui.common.settings import Settings
from reader.ui.common.theme import THEMES, apply_theme
from reader.ui.compare.find_bar import FindBar
from reader.ui.compare.view import CompareView
from reader.ui.window.comparison_controller import ComparisonController
from reader.ui.window.exporter import Exporter
from reader.ui.window.files_controller import FilesController
from reader.ui.window.library_controller import LibraryController
from reader.ui.window.quotes_controller import QuotesController
from reader.ui.window.side_tabs import SideTabs

Shortcut = str | QKeySequence.StandardKey | list[str | QKeySequence.StandardKey] | None
SWITCHES = tuple(spec for spec in OPTION_SPECS if spec.is_switch)
# on the toolbar after "Ignore:"; the rest of the switches with a short text follow a separator
IGNORE_OPTIONS = ("ignore_case", "unify_quotes", "unify_dashes", "yo_as_ye", "ignore_whitespace", "ignore_punctuation")


class WindowActions:
    def __init__(self, window: QMainWindow, *, view: CompareView, find_bar: FindBar, tabs: SideTabs,
                 files: FilesController, library: LibraryController, comparison: ComparisonController,
                 exporter: Exporter, quotes: QuotesController, settings: Settings):
        self.window, self.view, self.settings = window, view, settings
        K = QKeySequence.StandardKey
        style = window.style()
        add = self._action
        self.open = add("&Open…", files.open_files, K.Open, "Add text files to the list")
        self.open.setIcon(QIcon.fromTheme("document-open", style.standardIcon(QStyle.StandardPixmap.SP_DialogOpenButton)))
        self.open_folder = add("Open &Folder…", files.open_folder, "Ctrl+Shift+O",
                               "Add every .txt, .md and .text file in a folder and its subfolders")
        self.import_files = add("&Import into Library…", library.import_files_dialog, "Ctrl+I",
                                "Add .txt, .md, .html or .zip files to the library")
        self.import_folder = add("Import F&older into Library…", library.import_folder_dialog, "Ctrl+Shift+I",
                                 "Add every article in a folder and its subfolders to the library")
        self.import_report = add("Last Import &Report…", library.show_import_report,
                                 tip="What the last import added, skipped and could not read")
        self.import_report.setEnabled(False)
        library.imported.connect(lambda _report: self.import_report.setEnabled(True))
        self.export_html = add("Export Comparison as &HTML…", lambda: exporter.export_dialog("html"), "Ctrl+E",
                               "Save a self-contained page, the same as `versus compare A B -o out.html`")
        self.export_json = add("Export Comparison as &JSON…", lambda: exporter.export_dialog("json"),
                               "Ctrl+Shift+E", "Save the whole comparison as JSON")
        self.quit = add("&Quit", window.close, K.Quit)
        self.find = add("&Find…", find_bar.open_bar, K.Find, "Find in both versions")
        self.find_next = add("Find &Next", find_bar.find_next, K.FindNext)
        self.find_prev = add("Find Pre&vious", find_bar.find_previous, K.FindPrevious)
        self.next = add("&Next Change", view.next_change, "Alt+Down", "Go to the next change (Alt+Down)")
        self.next.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowDown))
        self.prev = add("&Previous Change", view.previous_change, "Alt+Up", "Go to the previous change (Alt+Up)")
        self.prev.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowUp))
        self.swap = add("&Swap Sides", comparison.swap_sides, "Ctrl+Shift+X", "Put the right version on the left")
        self.swap.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_BrowserReload))
        self.show_boilerplate = add("Show &Boilerplate", self._toggle_boilerplate, "Ctrl+B",
                                    "Show page clutter (dimmed) instead of folding it away", checkable=True)
        self.show_boilerplate.setChecked(view.show_boilerplate)
        self.zoom_in = add("Zoom &In", view.zoom_in, [K.ZoomIn, "Ctrl+="])
        self.zoom_out = add("Zoom &Out", view.zoom_out, K.ZoomOut)
        self.zoom_reset = add("&Reset Zoom", view.zoom_reset, "Ctrl+0")
        self.show_open = add("Open &Texts", tabs.show_open_texts, "Alt+1", "Show the opened files")
        self.show_library = add("&Library", tabs.show_library, "Alt+2", "Show the corpus library")
        self.show_quotes = add("&Quotes", quotes.show_list, "Alt+3", "Show the Quotes list and go to it")
        self.quotes_panel = quotes.dock.toggleViewAction()
        self.quotes_panel.setText("&Quotes List")
        self.quotes_panel.setToolTip("The quotes of the shown pair, and what became of them (Alt+3 goes there)")
        self.quotes_panel.setStatusTip(self.quotes_panel.toolTip())
        self.about = add(f"&About {APP_NAME}", self.show_about)
        self.options: dict[str, QAction] = {}
        for spec in SWITCHES:
            act = add(spec.label, lambda checked, n=spec.name: comparison.set_option(n, checked), tip=spec.help,
                      checkable=True)
            act.blockSignals(True)
            act.setChecked(bool(getattr(comparison.options, spec.name)))
            act.blockSignals(False)
            act.setIconText(spec.short)
            self.options[spec.name] = act
        self.theme_group = QActionGroup(window)
        self.themes: dict[str, QAction] = {}
        for name in THEMES:
            act = QAction(name.capitalize(), window, checkable=True)
            act.triggered.connect(lambda _c=False, n=name: self.set_theme(n))
            self.theme_group.addAction(act)
            self.themes[name] = act
        theme = settings.get("theme")
        self.themes[theme if theme in THEMES else "system"].setChecked(True)

        self._build_menus(files)
        self.toolbar = self._build_toolbar()
        comparison.changed.connect(lambda: self._update(comparison))
        view.current_changed.connect(self._on_current_change)
        self._update(comparison)

    def _action(self, text: str, slot: Callable, shortcut: Shortcut = None, tip: str = "",
                checkable: bool = False) -> QAction:
        act = QAction(text, self.window)
        if isinstance(shortcut, list):
            act.setShortcuts([QKeySequence(s) for s in shortcut])
        elif shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
        if tip:
            act.setToolTip(tip)
            act.setStatusTip(tip)
        act.setCheckable(checkable)
        if checkable:
            act.toggled.connect(slot)
        else:
            act.triggered.connect(lambda _checked=False: slot())
        self.window.addAction(act)  # shortcuts work even with the menu bar hidden
        return act

    def _build_menus(self, files: FilesController) -> None:
        bar = self.window.menuBar()
        file_menu = bar.addMenu("&File")
        file_menu.addActions([self.open, self.open_folder])
        self.recent_menu = file_menu.addMenu("Open &Recent")
        self.recent_menu.aboutToShow.connect(lambda: files.fill_recent(self.recent_menu))
        file_menu.addSeparator()
        file_menu.addActions([self.import_files, self.import_folder, self.import_report])
        file_menu.addSeparator()
        file_menu.addActions([self.export_html, self.export_json])
        file_menu.addSeparator()
        file_menu.addAction(self.quit)
        bar.addMenu("&Edit").addActions([self.find, self.find_next, self.find_prev])
        view_menu = bar.addMenu("&View")
        view_menu.addActions([self.next, self.prev, self.swap])
        view_menu.addSeparator()
        view_menu.addAction(self.show_boilerplate)
        view_menu.addAction(self.quotes_panel)
        view_menu.addSeparator()
        view_menu.addActions([self.zoom_in, self.zoom_out, self.zoom_reset])
        view_menu.addMenu("&Theme").addActions(list(self.themes.values()))
        bar.addMenu("&Options").addActions(list(self.options.values()))
        bar.addMenu("&Help").addAction(self.about)

    def _build_toolbar(self) -> QToolBar:
        tb = QToolBar("Comparison")
        tb.setObjectName("mainToolbar")
        tb.setMovable(False)
        tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        tb.addAction(self.open)
        tb.addSeparator()
        tb.addActions([self.prev, self.next, self.swap])
        tb.addSeparator()
        label = QLabel(" Ignore: ")
        label.setEnabled(False)
        tb.addWidget(label)
        tb.addActions([self.options[name] for name in IGNORE_OPTIONS])
        tb.addSeparator()
        tb.addActions([self.options[spec.name] for spec in SWITCHES if spec.short and spec.name not in IGNORE_OPTIONS])
        tb.addAction(self.show_boilerplate)
        for act in [*self.options.values(), self.show_boilerplate]:
            button = tb.widgetForAction(act)
            if isinstance(button, QToolButton):
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.show_boilerplate.setIconText("Show clutter")
        self.window.addToolBar(tb)
        return tb

    # --- state ------------------------------------------------------------------------------

    def _update(self, comparison: ComparisonController) -> None:
        has = self.view.data is not None
        self.export_html.setEnabled(has)
        self.export_json.setEnabled(has)
        self.swap.setEnabled(comparison.shown is not None)

    def _on_current_change(self, index: int, count: int) -> None:
        self.next.setEnabled(count > 0 and index < count - 1)
        self.prev.setEnabled(count > 0 and index != 0)

    # --- commands of their own --------------------------------------------------------------

    def _toggle_boilerplate(self, show: bool) -> None:
        self.view.set_show_boilerplate(show)
        self.settings.set("show_boilerplate", show)

    def set_theme(self, name: str) -> None:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        name = apply_theme(app, name)
        self.settings.set("theme", name)
        self.themes[name].setChecked(True)

    def show_about(self) -> None:
        QMessageBox.about(self.window, f"About {APP_NAME}",
                          f"<h3>{APP_NAME} {__version__}</h3>"
                          "<p>Compare versions of a news report, sentence by sentence and word by word.</p>"
                          "<p>Removed words are red, added words green, changed words amber and underlined; "
                          "sentences that moved are blue. Quoted text is underlined in violet, and words "
                          "altered inside a quote are marked in deeper colours.</p>")
