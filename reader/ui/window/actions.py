"""The window's commands: actions with their shortcuts, the menu bar and the toolbar.

Option actions are built from ``OPTION_SPECS``: the menu text, tool tip and toolbar text are
the ones the command line's flags are explained with.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QMainWindow, QMessageBox, QStyle, QToolBar

from reader import APP_NAME, __version__
from reader.core.options import OPTION_SPECS
from reader.i18n import LANGUAGES, language, system_language
from reader.ui.common.settings import Settings
from reader.ui.common.theme import THEMES, apply_theme
from reader.ui.compare.find_bar import FindBar
from reader.ui.compare.view import CompareView
from reader.ui.window.changes_controller import ChangesController
from reader.ui.window.clipboard_compare import ClipboardCompare
from reader.ui.window.comparison_controller import ComparisonController
from reader.ui.window.exporter import Exporter
from reader.ui.window.files_controller import FilesController
from reader.ui.window.library_controller import LibraryController
from reader.ui.window.preferences import PreferencesDialog
from reader.ui.window.quotes_controller import QuotesController
from reader.ui.window.recent_pairs import RecentPairs
from reader.ui.window.shortcuts_dialog import ShortcutsDialog
from reader.ui.window.side_panel import SidePanel
from reader.ui.window.side_tabs import SideTabs

if TYPE_CHECKING:
    from reader.ui.window.printing import Printing

Shortcut = str | QKeySequence.StandardKey | list[str | QKeySequence.StandardKey] | None
SWITCHES = tuple(spec for spec in OPTION_SPECS if spec.is_switch)
# on the toolbar after "Ignore:"; the rest of the switches with a short text follow a separator
IGNORE_OPTIONS = ("ignore_case", "unify_quotes", "unify_dashes", "yo_as_ye", "ignore_whitespace", "ignore_punctuation")


def tr(text: str) -> str:
    return QCoreApplication.translate("WindowActions", text)


def option_text(text: str) -> str:
    """An option's label, help or short text (``OPTION_SPECS``, no Qt) in the reader's language."""
    return QCoreApplication.translate("OptionSpec", text) if text else text


THEME_NAMES = {"system": "System", "light": "Light", "dark": "Dark"}


class WindowActions:
    def __init__(self, window: QMainWindow, *, view: CompareView, find_bar: FindBar, tabs: SideTabs,
                 files: FilesController, library: LibraryController, comparison: ComparisonController,
                 exporter: Exporter, quotes: QuotesController, settings: Settings, side_panel: SidePanel,
                 changes: ChangesController | None = None):
        self.window, self.view, self.settings = window, view, settings
        K = QKeySequence.StandardKey
        style = window.style()
        add = self._action
        self.open = add(tr("&Open…"), files.open_files, K.Open, tr("Add text files to the list"))
        self.open.setIcon(QIcon.fromTheme("document-open", style.standardIcon(QStyle.StandardPixmap.SP_DialogOpenButton)))
        self.open_folder = add(tr("Open &Folder…"), files.open_folder, "Ctrl+Shift+O",
                               tr("Add every .txt, .md and .text file in a folder and its subfolders"))
        self.clipboard = ClipboardCompare(window, files, comparison)
        self.recent_pairs = RecentPairs(window, files, comparison, settings)
        self.compare_clipboard = add(tr("Compare C&lipboard with Left Side"), self.clipboard.compare, "Ctrl+Shift+V",
                                     tr("Add the clipboard's text to Open texts and compare it with the left version"))
        self.import_files = add(tr("&Import into Library…"), library.import_files_dialog, "Ctrl+I",
                                tr("Add .txt, .md, .html or .zip files to the library"))
        self.import_folder = add(tr("Import F&older into Library…"), library.import_folder_dialog, "Ctrl+Shift+I",
                                 tr("Add every article in a folder and its subfolders to the library"))
        self.import_report = add(tr("Last Import &Report…"), library.show_import_report,
                                 tip=tr("What the last import added, skipped and could not read"))
        self.import_report.setEnabled(False)
        library.imported.connect(lambda _report: self.import_report.setEnabled(True))
        self.export_html = add(tr("Export Comparison as &HTML…"), lambda: exporter.export_dialog("html"), "Ctrl+E",
                               tr("Save a self-contained page, the same as `versus compare A B -o out.html`"))
        self.export_json = add(tr("Export Comparison as &JSON…"), lambda: exporter.export_dialog("json"),
                               "Ctrl+Shift+E", tr("Save the whole comparison as JSON"))
        self._printing: Printing | None = None  # made when first used (QtPrintSupport, the print page)
        self.print = add(tr("&Print…"), lambda: self.printing.print_dialog(), K.Print,
                         tr("Print both versions side by side"))
        self.print_preview = add(tr("Print Pre&view…"), lambda: self.printing.preview_dialog(),
                                 tip=tr("See the pages as they will print"))
        self.export_pdf = add(tr("Export as P&DF…"), lambda: self.printing.export_pdf_dialog(),
                              tip=tr("Save the printed pages as a PDF file"))
        self.quit = add(tr("&Quit"), window.close, K.Quit)
        # one Ctrl+F: the library's search box when the Library is where the user is, else the find bar
        self.find = add(tr("&Find…"), lambda: self.find_here(find_bar, library), K.Find,
                        tr("Find in both versions, or search the library when it is in use"))
        self.find_next = add(tr("Find &Next"), find_bar.find_next, K.FindNext)
        self.find_prev = add(tr("Find Pre&vious"), find_bar.find_previous, K.FindPrevious)
        self.next = add(tr("&Next Change"), view.next_change, "Alt+Down", tr("Go to the next change (Alt+Down)"))
        self.next.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowDown))
        self.prev = add(tr("&Previous Change"), view.previous_change, "Alt+Up", tr("Go to the previous change (Alt+Up)"))
        self.prev.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowUp))
        # Alt as for Next/Previous: Ctrl+Home and Ctrl+End move the text cursor in a pane
        self.first = add(tr("&First Change"), lambda: self._go_to_end(first=True), "Alt+Home",
                         tr("Go to the first change (Alt+Home)"))
        self.last = add(tr("L&ast Change"), lambda: self._go_to_end(first=False), "Alt+End",
                        tr("Go to the last change (Alt+End)"))
        # the toolbar's words (the same as the menu's in English; shorter where a language needs it)
        self.next.setIconText(tr("Next Change"))
        self.prev.setIconText(tr("Previous Change"))
        self.swap = add(tr("&Swap Sides"), comparison.swap_sides, "Ctrl+Shift+X", tr("Put the right version on the left"))
        self.swap.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_BrowserReload))
        self.show_boilerplate = add(tr("Show &Clutter"), self._toggle_boilerplate, "Ctrl+B",
                                    tr("Show page clutter (dimmed) instead of folding it away"), checkable=True)
        self.show_boilerplate.setChecked(view.show_boilerplate)
        self.inline_view = add(tr("&Inline View"), self._toggle_inline, "Ctrl+Alt+I",
                               tr("One column: the newer version with removed words struck through in place "
                                  "(Ctrl+Alt+I); off for side by side"), checkable=True)
        self.inline_view.setChecked(settings.get("inline_view") is True)
        self.zoom_in = add(tr("Zoom &In"), view.zoom_in, [K.ZoomIn, "Ctrl+="])
        self.zoom_out = add(tr("Zoom &Out"), view.zoom_out, K.ZoomOut)
        self.zoom_reset = add(tr("&Reset Zoom"), view.zoom_reset, "Ctrl+0")
        self.show_open = add(tr("Open &Texts"), tabs.show_open_texts, "Alt+1", tr("Show the opened files"))
        self.show_library = add(tr("&Library"), tabs.show_library, "Alt+2", tr("Show the corpus library"))
        self.show_quotes = add(tr("&Quotes"), quotes.show_list, "Alt+3", tr("Show the Quotes list and go to it"))
        self.quotes_panel = quotes.dock.toggleViewAction()
        self.quotes_panel.setText(tr("&Quotes List"))
        self.quotes_panel.setToolTip(tr("The quotes of the shown pair, and what became of them (Alt+3 goes there)"))
        self.quotes_panel.setStatusTip(self.quotes_panel.toolTip())
        self.changes_panel = add(tr("C&hanges List"), changes.toggle_list if changes else lambda: None, "Alt+4",
                                 tr("Every change of the shown pair, in order; choose one to go to it (Alt+4)"))
        if changes is not None:  # checked while the dock is open; Alt+4 goes there (from the list: closes it)
            self.changes_panel.setCheckable(True)
            changes.dock.toggleViewAction().toggled.connect(self.changes_panel.setChecked)
            self.changes_panel.triggered.connect(lambda: self.changes_panel.setChecked(not changes.dock.isHidden()))
        self.side_panel = add(tr("Side &Panel"), side_panel.set_shown, "F9",
                              tr("Show or hide Open texts and the Library beside the comparison (F9)"), checkable=True)
        self.side_panel.blockSignals(True)
        self.side_panel.setChecked(side_panel.is_shown())
        self.side_panel.blockSignals(False)
        side_panel.shown_changed.connect(self._side_panel_shown)
        self.shortcuts = add(tr("&Keyboard Shortcuts"), self.show_shortcuts, tip=tr("Every command that has a key"))
        self.preferences = add(tr("&Preferences…"), lambda: self.show_preferences(comparison),
                               K.Preferences if QKeySequence.keyBindings(K.Preferences) else "Ctrl+,",
                               tr("Font, match threshold, default options, theme and language"))
        self.about = add(tr("&About %1").replace("%1", APP_NAME), self.show_about)
        self.options: dict[str, QAction] = {}
        for spec in SWITCHES:
            act = add(option_text(spec.label), lambda checked, n=spec.name: comparison.set_option(n, checked),
                      tip=option_text(spec.help), checkable=True)
            act.blockSignals(True)
            act.setChecked(bool(getattr(comparison.options, spec.name)))
            act.blockSignals(False)
            act.setIconText(option_text(spec.short))
            self.options[spec.name] = act
        self.theme_group = QActionGroup(window)
        self.themes: dict[str, QAction] = {}
        for name in THEMES:
            act = QAction(tr(THEME_NAMES[name]), window, checkable=True)
            act.triggered.connect(lambda _c=False, n=name: self.set_theme(n))
            self.theme_group.addAction(act)
            self.themes[name] = act
        theme = settings.get("theme")
        self.themes[theme if theme in THEMES else "system"].setChecked(True)
        self.language_group = QActionGroup(window)
        self.languages: dict[str, QAction] = {}
        chosen = settings.get("language")
        current = language(chosen) if isinstance(chosen, str) and chosen else system_language()
        for code, name in LANGUAGES.items():
            act = QAction(name, window, checkable=True)
            act.setChecked(code == current)
            act.triggered.connect(lambda _c=False, c=code: self.set_language(c))
            self.language_group.addAction(act)
            self.languages[code] = act

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
        bar.setAccessibleName(tr("Menu bar"))
        file_menu = bar.addMenu(tr("&File"))
        file_menu.addActions([self.open, self.open_folder])
        self.recent_menu = file_menu.addMenu(tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(lambda: files.fill_recent(self.recent_menu))
        self.recent_pairs_menu = file_menu.addMenu(tr("Recent P&airs"))
        self.recent_pairs_menu.aboutToShow.connect(lambda: self.recent_pairs.fill(self.recent_pairs_menu))
        file_menu.addAction(self.compare_clipboard)
        file_menu.addSeparator()
        file_menu.addActions([self.import_files, self.import_folder, self.import_report])
        file_menu.addSeparator()
        file_menu.addActions([self.export_html, self.export_json])
        file_menu.addSeparator()
        file_menu.addActions([self.print, self.print_preview, self.export_pdf])
        file_menu.addSeparator()
        file_menu.addAction(self.quit)
        edit_menu = bar.addMenu(tr("&Edit"))
        edit_menu.addActions([self.find, self.find_next, self.find_prev])
        edit_menu.addSeparator()
        edit_menu.addAction(self.preferences)
        view_menu = bar.addMenu(tr("&View"))
        view_menu.addActions([self.first, self.prev, self.next, self.last, self.swap])
        view_menu.addSeparator()
        view_menu.addAction(self.inline_view)
        view_menu.addAction(self.show_boilerplate)
        view_menu.addAction(self.side_panel)
        view_menu.addAction(self.quotes_panel)
        view_menu.addAction(self.changes_panel)
        view_menu.addSeparator()
        view_menu.addActions([self.zoom_in, self.zoom_out, self.zoom_reset])
        view_menu.addMenu(tr("&Theme")).addActions(list(self.themes.values()))
        self.language_menu = view_menu.addMenu(tr("&Language"))
        self.language_menu.addActions(list(self.languages.values()))
        bar.addMenu(tr("&Options")).addActions(list(self.options.values()))
        bar.addMenu(tr("&Help")).addActions([self.shortcuts, self.about])

    def _build_toolbar(self) -> QToolBar:
        tb = QToolBar(tr("Comparison"))
        tb.setObjectName("mainToolbar")
        tb.setAccessibleName(tr("Comparison toolbar"))
        tb.setMovable(False)
        tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        tb.addAction(self.open)
        tb.addSeparator()
        tb.addActions([self.prev, self.next, self.swap])
        self.window.addToolBar(tb)
        # the options in a toolbar of their own, beside the first or, on a narrow window, below it
        tb = self.options_bar = QToolBar(tr("Options"))
        tb.setObjectName("optionsToolbar")
        tb.setAccessibleName(tr("Comparison options"))
        tb.setMovable(False)
        self.ignore_label = QLabel(f" {tr('Ignore:')} ")
        self.ignore_label.setObjectName("ignoreCaption")
        tb.addWidget(self.ignore_label)
        # on/off options are check boxes: a box with a tick reads as "on" whatever the style
        self.toggles: dict[str, QCheckBox] = {}
        for name in IGNORE_OPTIONS:
            tb.addWidget(self._toggle_box(name, self.options[name]))
        tb.addSeparator()
        self.clutter_label = QLabel(f" {tr('Clutter:')} ")  # "Clutter: [x] detect [ ] show"
        self.clutter_label.setObjectName("clutterCaption")
        tb.addWidget(self.clutter_label)
        for spec in SWITCHES:
            if spec.short and spec.name not in IGNORE_OPTIONS:
                tb.addWidget(self._toggle_box(spec.name, self.options[spec.name]))
        self.show_boilerplate.setIconText(tr("show"))
        tb.addWidget(self._toggle_box("show_boilerplate", self.show_boilerplate))
        self.window.addToolBar(tb)
        return self.window.findChild(QToolBar, "mainToolbar")

    def fit_toolbars(self, width: int) -> None:
        """The options toolbar goes below the commands when both do not fit in ``width`` (its
        check boxes would be hidden behind the overflow button), and back beside them when they do."""
        needed = self.toolbar.sizeHint().width() + self.options_bar.sizeHint().width() + 16
        below = self.window.toolBarBreak(self.options_bar)
        if needed > width and not below:
            self.window.insertToolBarBreak(self.options_bar)
        elif needed <= width and below:
            self.window.removeToolBarBreak(self.options_bar)

    def _toggle_box(self, name: str, act: QAction) -> QCheckBox:
        """A toolbar check box that is ``act``'s other face: ticking one ticks the other."""
        box = QCheckBox(act.iconText())
        box.setObjectName(f"toggle_{name}")
        box.setChecked(act.isChecked())
        box.setToolTip(act.toolTip())
        box.setStatusTip(act.statusTip())
        box.setAccessibleName(act.text().replace("&", ""))
        box.setAccessibleDescription(act.toolTip())
        box.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a click leaves the focus in the texts
        box.toggled.connect(act.setChecked)
        act.toggled.connect(box.setChecked)
        self.toggles[name] = box
        return box

    # --- state ------------------------------------------------------------------------------

    def _update(self, comparison: ComparisonController) -> None:
        has = self.view.data is not None
        self.export_html.setEnabled(has)
        self.export_json.setEnabled(has)
        for act in (self.print, self.print_preview, self.export_pdf):
            act.setEnabled(has)
        self.swap.setEnabled(comparison.shown is not None)

    def _side_panel_shown(self, shown: bool) -> None:
        self.side_panel.blockSignals(True)  # (the panel is already as the action is to say)
        self.side_panel.setChecked(shown)
        self.side_panel.blockSignals(False)

    def _on_current_change(self, index: int, count: int) -> None:
        self.next.setEnabled(count > 0 and index < count - 1)
        self.prev.setEnabled(count > 0 and index != 0)
        self.first.setEnabled(count > 0 and index != 0)
        self.last.setEnabled(count > 0 and index != count - 1)

    # --- commands of their own --------------------------------------------------------------

    def find_here(self, find_bar: FindBar, library: LibraryController) -> None:
        """Ctrl+F where the user is: with the focus in the Library tab, or the Library tab shown
        and the focus not in the comparison, the library's search box; else the find bar."""
        focus = QApplication.focusWidget()
        tabs = library.tabs

        def inside(widget) -> bool:
            return focus is not None and (focus is widget or widget.isAncestorOf(focus))

        in_library = inside(tabs.library_tab)
        in_comparison = inside(self.view) or inside(find_bar)
        if in_library or (tabs.library_is_current() and not in_comparison):
            library.focus_search()
        else:
            find_bar.open_bar()

    def _toggle_inline(self, on: bool) -> None:
        self.view.set_inline(on)
        self.settings.set("inline_view", on)

    def _toggle_boilerplate(self, show: bool) -> None:
        self.view.set_show_boilerplate(show)
        self.settings.set("show_boilerplate", show)

    def set_theme(self, name: str) -> None:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        name = apply_theme(app, name)
        self.settings.set("theme", name)
        self.themes[name].setChecked(True)

    def set_language(self, code: str) -> None:
        """Remember the language; the interface is built in it at the next start."""
        code = language(code)
        self.settings.set("language", code)
        self.languages[code].setChecked(True)
        self.window.statusBar().showMessage(
            tr("The interface will be in %1 from the next start").replace("%1", LANGUAGES[code]), 15000)

    def _go_to_end(self, first: bool) -> None:
        count = len(self.view.changes()) if self.view.data is not None else 0
        if count:
            self.view.go_to_change(0 if first else count - 1)

    @property
    def printing(self) -> Printing:
        """File ▸ Print…, Print Preview… and Export as PDF…: QtPrintSupport and the print page's
        HTML (reader.export.print_html) are imported when first used, not before the window shows."""
        if self._printing is None:
            from reader.ui.window.printing import Printing

            self._printing = Printing(self.window, self.view, self.settings)
        return self._printing

    def show_preferences(self, comparison: ComparisonController) -> PreferencesDialog:
        dialog = PreferencesDialog(self.window, view=self.view, comparison=comparison, actions=self,
                                   settings=self.settings)
        dialog.setModal(True)
        dialog.open()
        return dialog

    def show_shortcuts(self) -> ShortcutsDialog:
        dialog = ShortcutsDialog(self.window)
        dialog.show()
        return dialog

    def show_about(self) -> None:
        QMessageBox.about(self.window, tr("About %1").replace("%1", APP_NAME),
                          f"<h3>{APP_NAME} {__version__}</h3>"
                          "<p>" + tr("Compare versions of a news report, sentence by sentence and word by word.") + "</p>"
                          "<p>" + tr("Removed words are red, added words green, changed words amber and underlined; "
                                     "sentences that moved are blue. Quoted text is underlined in violet, and words "
                                     "altered inside a quote are marked in deeper colours.") + "</p>")
