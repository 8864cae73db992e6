"""The main window: the corpus list on the left, the comparison of a pair on the right."""

from __future__ import annotations

import base64
import os
from dataclasses import fields
from functools import lru_cache
from importlib.resources import files as package_files
from pathlib import Path

from PySide6.QtCore import QByteArray, QItemSelectionModel, Qt, QUrl
from PySide6.QtGui import QAction, QActionGroup, QDesktopServices, QIcon, QKeySequence
from PySide6.QtWidgets import (QApplication, QFileDialog, QLabel, QMainWindow, QMenu, QMessageBox,
                               QProgressBar, QSplitter, QTabWidget, QToolBar, QVBoxLayout, QWidget)

from reader import APP_NAME, __version__
from reader.core import Document, Options
from reader.core.options import OPTION_SPECS
from reader.ui.compare_view import CompareView, legend_style
from reader.ui.corpus import CorpusItem
from reader.ui.corpus_model import item_id_of
from reader.ui.drops import accept_file_drag, local_paths
from reader.ui.find_bar import FindBar
from reader.ui.mainwindow_files import FilesMixin
from reader.ui.mainwindow_library import LibraryMixin
from reader.ui.message_bar import MessageBar
from reader.ui.open_texts import OpenTextsPanel
from reader.ui.settings import Settings
from reader.ui.theme import THEMES, apply_theme
from reader.present.spans import ViewData
from reader.ui.worker import Comparer

# (option field, menu text, tool tip) and toolbar texts: the same labels as the CLI's flags
OPTION_ACTIONS = tuple((spec.name, spec.label, spec.help) for spec in OPTION_SPECS if spec.is_switch)
SHORT_LABELS = {spec.name: spec.short for spec in OPTION_SPECS if spec.short}


def samples_dir():
    return package_files("reader") / "resources" / "samples"


def app_icon() -> QIcon:
    icon_file = package_files("reader") / "resources" / "icons" / "versus.svg"
    return QIcon(str(icon_file)) if icon_file.is_file() else QIcon()


class MainWindow(FilesMixin, LibraryMixin, QMainWindow):
    """Two tabs on the left ("Open texts" and "Library"), the comparison on the right.

    ``library_path`` chooses the library file (``versus --library PATH``); by default it is
    the one in the user data folder.
    """

    def __init__(self, settings: Settings | None = None, parent=None, library_path: str | None = None):
        super().__init__(parent)
        self.settings = settings or Settings()
        self.setWindowTitle(APP_NAME)
        self.setWindowIcon(app_icon())
        self.setAcceptDrops(True)
        self.options = Options.from_dict(self.settings.get("options", {}) or {})
        self.pair: tuple[str, str] | None = None   # the open texts compared, by content id
        self._shown: tuple[Document, Document] | None = None  # what the view compares, either tab's
        self._selection_order: list[str] = []

        self.open_texts = OpenTextsPanel()
        self.open_texts.setObjectName("openTexts")
        self.model, self.proxy = self.open_texts.model, self.open_texts.proxy
        self.filter_edit, self.table = self.open_texts.filter_edit, self.open_texts.table
        self.table.customContextMenuRequested.connect(self._corpus_menu)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.table.doubleClicked.connect(self._on_double_click)
        self._build_library(library_path)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("sideTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.open_texts, "Open texts")
        self.tabs.addTab(self.library_tab, "Library")
        self.tabs.setTabToolTip(0, "Files you opened or dropped here (Alt+1)")
        self.tabs.setTabToolTip(1, "The corpus library: search, story groups, similarity (Alt+2)")

        self.view = CompareView()
        self.find_bar = FindBar(self.view.left, self.view.right)
        compare_panel = QWidget()
        compare_layout = QVBoxLayout(compare_panel)
        compare_layout.setContentsMargins(0, 0, 0, 0)
        compare_layout.setSpacing(0)
        compare_layout.addWidget(self.view, 1)
        compare_layout.addWidget(self.find_bar)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.tabs)
        self.splitter.addWidget(compare_panel)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([380, 1020])

        self.message_bar = MessageBar()
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        central_layout.addWidget(self.message_bar)
        central_layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

        self.comparer = Comparer(self)
        self.comparer.ready.connect(self._on_ready)
        self.comparer.failed.connect(self._on_failed)
        self.comparer.busy.connect(self._on_busy)
        self.comparer.progress.connect(self._on_progress)
        self.view.current_changed.connect(self._on_current_change)
        self.view.zoom_changed.connect(lambda size: self.settings.set("point_size", size))

        self._build_status()
        self._build_files()
        self._build_actions()
        self._build_library_actions()
        self._build_menus()
        self._build_toolbar()
        size = self.settings.get("point_size")
        if isinstance(size, (int, float)):
            self.view.set_point_size(float(size))
        self.view.set_show_boilerplate(bool(self.settings.get("show_boilerplate", False)))
        self.act_show_boilerplate.setChecked(self.view.show_boilerplate)
        self._update_actions()
        self.tabs.currentChanged.connect(self._on_tab_changed)

    # ------------------------------------------------------------------ building
    def _build_status(self) -> None:
        status = self.statusBar()
        self.summary = QLabel("No comparison yet")
        self.summary.setObjectName("summary")
        self.change_label = QLabel("")
        self.change_label.setObjectName("changePosition")
        self.progress = QProgressBar()
        self.progress.setObjectName("compareProgress")
        self.progress.setRange(0, 100)
        self.progress.setMaximumWidth(180)
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.legend = []
        status.addWidget(self.summary, 1)
        status.addPermanentWidget(self.progress)
        status.addPermanentWidget(self.change_label)
        for role, text in (("removed", "removed"), ("added", "added"), ("changed", "changed"), ("moved", "moved")):
            chip = QLabel(text)
            chip.setObjectName(f"legend_{role}")
            chip.setProperty("role", role)
            self.legend.append(chip)
            status.addPermanentWidget(chip)
        self._style_legend()

    def _style_legend(self) -> None:
        if getattr(self, "_styling", False):
            return
        self._styling = True  # style sheets send PaletteChange events of their own
        try:
            for chip in self.legend:
                chip.setStyleSheet(legend_style(self.palette(), chip.property("role")))
        finally:
            self._styling = False

    def _action(self, text: str, slot, shortcut=None, tip: str = "", checkable: bool = False) -> QAction:
        act = QAction(text, self)
        if shortcut is not None:
            if isinstance(shortcut, (list, tuple)):
                act.setShortcuts([QKeySequence(s) for s in shortcut])
            else:
                act.setShortcut(QKeySequence(shortcut))
        if tip:
            act.setToolTip(tip)
            act.setStatusTip(tip)
        act.setCheckable(checkable)
        if checkable:
            act.toggled.connect(slot)
        else:
            act.triggered.connect(lambda _checked=False: slot())
        self.addAction(act)  # shortcuts work even with the menu bar hidden
        return act

    def _build_actions(self) -> None:
        K = QKeySequence.StandardKey
        style = self.style()
        self.act_open = self._action("&Open…", self.open_files, K.Open, "Add text files to the list")
        self.act_open.setIcon(QIcon.fromTheme("document-open", style.standardIcon(style.StandardPixmap.SP_DialogOpenButton)))
        self.act_open_folder = self._action("Open &Folder…", self.open_folder, "Ctrl+Shift+O",
                                            "Add every .txt, .md and .text file in a folder and its subfolders")
        self.act_export_html = self._action("Export Comparison as &HTML…", lambda: self.export_dialog("html"), "Ctrl+E",
                                            "Save a self-contained page, the same as `versus compare A B -o out.html`")
        self.act_export_json = self._action("Export Comparison as &JSON…", lambda: self.export_dialog("json"),
                                            "Ctrl+Shift+E", "Save the whole comparison as JSON")
        self.act_quit = self._action("&Quit", self.close, K.Quit)
        self.act_find = self._action("&Find…", self.find_bar.open_bar, K.Find, "Find in both versions")
        self.act_find_next = self._action("Find &Next", self.find_bar.find_next, K.FindNext)
        self.act_find_prev = self._action("Find Pre&vious", self.find_bar.find_previous, K.FindPrevious)
        self.act_next = self._action("&Next Change", self.view.next_change, "Alt+Down", "Go to the next change (Alt+Down)")
        self.act_next.setIcon(style.standardIcon(style.StandardPixmap.SP_ArrowDown))
        self.act_prev = self._action("&Previous Change", self.view.previous_change, "Alt+Up",
                                     "Go to the previous change (Alt+Up)")
        self.act_prev.setIcon(style.standardIcon(style.StandardPixmap.SP_ArrowUp))
        self.act_swap = self._action("&Swap Sides", self.swap_sides, "Ctrl+Shift+X", "Put the right version on the left")
        self.act_swap.setIcon(style.standardIcon(style.StandardPixmap.SP_BrowserReload))
        self.act_show_boilerplate = self._action("Show &Boilerplate", self._toggle_boilerplate, "Ctrl+B",
                                                 "Show page clutter (dimmed) instead of folding it away",
                                                 checkable=True)
        self.act_zoom_in = self._action("Zoom &In", self.view.zoom_in, [QKeySequence.StandardKey.ZoomIn, "Ctrl+="])
        self.act_zoom_out = self._action("Zoom &Out", self.view.zoom_out, K.ZoomOut)
        self.act_zoom_reset = self._action("&Reset Zoom", self.view.zoom_reset, "Ctrl+0")
        self.act_about = self._action(f"&About {APP_NAME}", self.about)
        self.act_options: dict[str, QAction] = {}
        for name, text, tip in OPTION_ACTIONS:
            act = self._action(text, lambda checked, n=name: self.set_option(n, checked), tip=tip, checkable=True)
            act.blockSignals(True)
            act.setChecked(bool(getattr(self.options, name)))
            act.blockSignals(False)
            act.setIconText(SHORT_LABELS[name])
            self.act_options[name] = act
        self.theme_group = QActionGroup(self)
        self.act_themes: dict[str, QAction] = {}
        for name in THEMES:
            act = QAction(name.capitalize(), self, checkable=True)
            act.triggered.connect(lambda _c=False, n=name: self.set_theme(n))
            self.theme_group.addAction(act)
            self.act_themes[name] = act
        self.act_themes[self.settings.get("theme", "system") if self.settings.get("theme") in THEMES else "system"].setChecked(True)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        file_menu.addAction(self.act_open)
        file_menu.addAction(self.act_open_folder)
        self.recent_menu = file_menu.addMenu("Open &Recent")
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addSeparator()
        file_menu.addAction(self.act_import)
        file_menu.addAction(self.act_import_folder)
        file_menu.addAction(self.act_import_report)
        file_menu.addSeparator()
        file_menu.addAction(self.act_export_html)
        file_menu.addAction(self.act_export_json)
        file_menu.addSeparator()
        file_menu.addAction(self.act_quit)
        edit_menu = bar.addMenu("&Edit")
        edit_menu.addAction(self.act_find)
        edit_menu.addAction(self.act_find_next)
        edit_menu.addAction(self.act_find_prev)
        view_menu = bar.addMenu("&View")
        view_menu.addAction(self.act_next)
        view_menu.addAction(self.act_prev)
        view_menu.addAction(self.act_swap)
        view_menu.addSeparator()
        view_menu.addAction(self.act_show_boilerplate)
        view_menu.addSeparator()
        view_menu.addAction(self.act_zoom_in)
        view_menu.addAction(self.act_zoom_out)
        view_menu.addAction(self.act_zoom_reset)
        theme_menu = view_menu.addMenu("&Theme")
        for act in self.act_themes.values():
            theme_menu.addAction(act)
        options_menu = bar.addMenu("&Options")
        for act in self.act_options.values():
            options_menu.addAction(act)
        help_menu = bar.addMenu("&Help")
        help_menu.addAction(self.act_about)

    def _build_toolbar(self) -> None:
        tb = QToolBar("Comparison")
        tb.setObjectName("mainToolbar")
        tb.setMovable(False)
        tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        tb.addAction(self.act_open)
        tb.addSeparator()
        tb.addAction(self.act_prev)
        tb.addAction(self.act_next)
        tb.addAction(self.act_swap)
        tb.addSeparator()
        label = QLabel(" Ignore: ")
        label.setEnabled(False)
        tb.addWidget(label)
        for name in ("ignore_case", "unify_quotes", "unify_dashes", "yo_as_ye", "ignore_whitespace",
                     "ignore_punctuation"):
            tb.addAction(self.act_options[name])
        tb.addSeparator()
        tb.addAction(self.act_options["detect_boilerplate"])
        tb.addAction(self.act_show_boilerplate)
        for act in list(self.act_options.values()) + [self.act_show_boilerplate]:
            button = tb.widgetForAction(act)
            if button is not None:
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.act_show_boilerplate.setIconText("Show clutter")
        self.addToolBar(tb)
        self.toolbar = tb

    # ------------------------------------------------------------------ corpus
    def _on_selection(self, *_args) -> None:
        rows = self.table.selectionModel().selectedRows()
        ids = [item_id_of(self.proxy.mapToSource(ix)) for ix in rows]
        ids = [i for i in ids if i]
        self._selection_order = [i for i in self._selection_order if i in ids] + \
                                [i for i in ids if i not in self._selection_order]
        if len(self._selection_order) == 2:
            left, right = self._selection_order
            if self.pair != (left, right):
                self.compare_pair(left, right)

    def select_pair_rows(self, left_id: str, right_id: str) -> None:
        """Select the two rows (left first) as a user would."""
        sm = self.table.selectionModel()
        sm.clearSelection()
        for item_id in (left_id, right_id):
            row = self.model.row_of(item_id)
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            sm.select(index, QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)

    def _on_double_click(self, index) -> None:
        item_id = item_id_of(self.proxy.mapToSource(index))
        if item_id and self.pair and item_id not in self.pair:
            self.compare_pair(self.pair[0], item_id)

    def _corpus_menu(self, pos) -> None:
        index = self.table.indexAt(pos)
        if not index.isValid():
            return
        item_id = item_id_of(self.proxy.mapToSource(index))
        menu = self.build_corpus_menu(item_id)
        menu.exec(self.table.viewport().mapToGlobal(pos))

    def build_corpus_menu(self, item_id: str) -> QMenu:
        menu = QMenu(self)
        sub = menu.addMenu("Compare &with…")
        for other in self.model.items():
            if other.id == item_id:
                continue
            label = f"{other.title[:60]} — {other.name}"
            act = sub.addAction(label)
            act.setData(other.id)
            act.triggered.connect(lambda _c=False, o=other.id: self.compare_pair(item_id, o))
        sub.setEnabled(len(self.model) > 1)
        if self.pair:
            left, right = self.pair
            act = menu.addAction("Use as &left side")
            act.setEnabled(item_id != left)
            act.triggered.connect(lambda: self.compare_pair(item_id, right if right != item_id else left))
            act = menu.addAction("Use as &right side")
            act.setEnabled(item_id != right)
            act.triggered.connect(lambda: self.compare_pair(left if left != item_id else right, item_id))
        menu.addSeparator()
        act = menu.addAction("&Remove from list")
        act.triggered.connect(lambda: self.remove_item(item_id))
        return menu

    def remove_item(self, item_id: str) -> None:
        self.model.remove(item_id)
        if self.pair and item_id in self.pair:
            self.pair = None
            self._shown = None
            self.comparer.cancel()
            self.view.clear()
            self.setWindowTitle(APP_NAME)
            self.summary.setText("No comparison yet")
        self._save_session()
        self._update_actions()

    # ------------------------------------------------------------------ comparing
    def compare_pair(self, left_id: str, right_id: str) -> bool:
        left, right = self.model.item_by_id(left_id), self.model.item_by_id(right_id)
        if left is None or right is None or left_id == right_id:
            return False
        self.pair = (left_id, right_id)
        self.library_pair = None
        self.show_documents(left.document, right.document, self._side_title("Left", left),
                            self._side_title("Right", right), (left.name, right.name))
        return True

    def show_documents(self, left: Document, right: Document, left_title: str, right_title: str,
                       names: tuple[str, str]) -> None:
        """Show two documents and compare them in the background (for either tab's pair)."""
        self._shown = (left, right)
        if self.view.set_documents(left, right, left_title, right_title):
            # lay out and paint the new texts now, before the worker competes for the GIL
            self.view.repaint()
        self.find_bar.refresh()
        self.setWindowTitle(f"{_short(names[0])} ↔ {_short(names[1])} — {APP_NAME}")
        self.summary.setText("Comparing…")
        self.comparer.start(left, right, self.options)
        self._save_session()
        self._update_actions()

    def showing(self) -> tuple[Document, Document] | None:
        """The two documents in the view (open texts or library articles), if any."""
        return self._shown

    @staticmethod
    def _side_title(label: str, item: CorpusItem) -> str:
        return f"{label}: {item.title}  ({item.name})"

    def swap_sides(self) -> None:
        if self.pair:
            self.compare_pair(self.pair[1], self.pair[0])
        elif self.library_pair:
            self.compare_articles(self.library_pair[1], self.library_pair[0])

    def set_option(self, name: str, value: bool) -> None:
        self.options = self.options.with_(**{name: value})
        self.settings.set("options", self.options.to_dict())
        self.recompare()

    def recompare(self) -> None:
        if self._shown:
            self.summary.setText("Comparing…")
            self.comparer.start(self._shown[0], self._shown[1], self.options)

    def _on_ready(self, data: ViewData) -> None:
        comp = data.comparison
        current = self._shown
        if current is None or (current[0].text, current[1].text) != (comp.left.document.text, comp.right.document.text):
            return  # belongs to a pair no longer shown
        self.view.show_data(data)
        self.find_bar.refresh()
        self.summary.setText(summary_text(data))
        self._update_actions()

    def _on_failed(self, message: str) -> None:
        self.summary.setText("The comparison failed")
        self.message_bar.add_problems([message], "The comparison failed")

    def _on_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        if busy:
            self.progress.setValue(0)

    def _on_progress(self, fraction: float, stage: str) -> None:
        self.progress.setValue(int(fraction * 100))
        self.progress.setFormat(f"{stage} %p%")

    def _on_current_change(self, index: int, count: int) -> None:
        if count == 0:
            self.change_label.setText("no changes" if self.view.data else "")
        elif index < 0:
            self.change_label.setText(f"{count} changes")
        else:
            self.change_label.setText(f"change {index + 1} of {count}")
        self.act_next.setEnabled(count > 0 and index < count - 1)
        self.act_prev.setEnabled(count > 0 and index != 0)

    def _toggle_boilerplate(self, show: bool) -> None:
        self.view.set_show_boilerplate(show)
        self.settings.set("show_boilerplate", show)

    def _update_actions(self) -> None:
        has = self.view.data is not None
        self.act_export_html.setEnabled(has)
        self.act_export_json.setEnabled(has)
        self.act_swap.setEnabled(self._shown is not None)

    # ------------------------------------------------------------------ export
    def export_to(self, path: str, fmt: str) -> str:
        """Write the shown comparison (as the command line would) atomically; returns the path."""
        from reader.export import write_export

        if self.view.data is None:
            raise RuntimeError("nothing to export yet")
        write_export(self.view.data.comparison, path, fmt)
        return path

    def export_dialog(self, fmt: str) -> None:
        if self.view.data is None:
            return
        comp = self.view.data.comparison
        stem = f"{_file_stem(comp.left.document.name)}-vs-{_file_stem(comp.right.document.name)}"
        start = os.path.join(self.settings.get("export_dir", "") or str(Path.home()), f"{stem}.{fmt}")
        filters = "HTML page (*.html *.htm)" if fmt == "html" else "JSON (*.json)"
        path, _ = QFileDialog.getSaveFileName(self, f"Export comparison as {fmt.upper()}", start, filters)
        if not path:
            return
        try:
            self.export_to(path, fmt)
        except OSError as exc:
            QMessageBox.warning(self, APP_NAME, f"Could not write {path}:\n{exc.strerror or exc}")
            return
        self.settings.set("export_dir", str(Path(path).parent))
        box = QMessageBox(QMessageBox.Icon.Information, APP_NAME, f"Saved the comparison to\n{path}",
                          QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close, self)
        box.setDefaultButton(QMessageBox.StandardButton.Close)
        if box.exec() == QMessageBox.StandardButton.Open:
            QDesktopServices.openUrl(QUrl.fromLocalFile(path))

    # ------------------------------------------------------------------ drops
    def dragEnterEvent(self, event) -> None:
        accept_file_drag(event)

    def dragMoveEvent(self, event) -> None:
        self.dragEnterEvent(event)
        tab = self._tab_under(event.position().toPoint())
        if tab >= 0 and event.isAccepted():
            self.tabs.setCurrentIndex(tab)  # hovering over a tab shows it, as file managers do

    def _tab_under(self, pos) -> int:
        bar = self.tabs.tabBar()
        return bar.tabAt(bar.mapFrom(self, pos)) if bar.isVisible() else -1

    def dropEvent(self, event) -> None:
        """Files dropped go where the user is: into the library when its tab is shown (or the
        drop lands on its tab), else into "Open texts"."""
        paths = local_paths(event.mimeData())
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        tab = self._tab_under(event.position().toPoint())
        if tab >= 0:
            self.tabs.setCurrentIndex(tab)
        if self.library_is_current():
            self.import_into_library(paths)
        else:
            self.open_paths(paths)

    # ------------------------------------------------------------------ theme, about, session
    def set_theme(self, name: str) -> None:
        app = QApplication.instance()
        name = apply_theme(app, name)
        self.settings.set("theme", name)
        self.act_themes[name].setChecked(True)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.PaletteChange and hasattr(self, "legend"):
            self._style_legend()

    def about(self) -> None:
        QMessageBox.about(self, f"About {APP_NAME}",
                          f"<h3>{APP_NAME} {__version__}</h3>"
                          "<p>Compare versions of a news report, sentence by sentence and word by word.</p>"
                          "<p>Removed words are red, added words green, changed words amber and underlined; "
                          "sentences that moved are blue.</p>")

    def restore_geometry(self) -> bool:
        raw = self.settings.get("geometry")
        ok = False
        if isinstance(raw, str):
            try:
                ok = self.restoreGeometry(QByteArray(base64.b64decode(raw)))
            except ValueError:
                ok = False
        hidden = self.settings.get("hidden_columns")
        if isinstance(hidden, dict) and "open_texts" in hidden:
            self.open_texts.columns.set_hidden(hidden["open_texts"])
        splitter = self.settings.get("splitter")
        if isinstance(splitter, str):
            try:
                self.splitter.restoreState(QByteArray(base64.b64decode(splitter)))
            except ValueError:
                pass
        return ok

    def _save_session(self) -> None:
        # item paths are resolved when read; a file deleted since is reported at the next start
        files = [it.path for it in self.model.items() if it.path and not _is_sample(it.path)]
        pair = list(self.pair) if self.pair else []
        if any(_is_sample(it.path) for it in self.model.items() if self.pair and it.id in self.pair):
            pair = []
        self.settings.set_session(files, pair, tab="library" if self.library_is_current() else "files",
                                  library_pair=list(self.library_pair or ()))

    def save_state(self) -> None:
        self.settings.set("geometry", base64.b64encode(bytes(self.saveGeometry())).decode("ascii"))
        self.settings.set("splitter", base64.b64encode(bytes(self.splitter.saveState())).decode("ascii"))
        self.settings.set("options", self.options.to_dict())
        self.settings.set("show_boilerplate", self.view.show_boilerplate)
        self.settings.set("point_size", self.view.point_size())
        self.settings.set("hidden_columns", {"open_texts": self.open_texts.columns.hidden()})
        self._save_session()
        try:
            self.settings.save()
        except OSError as exc:
            print(f"versus: could not save settings: {exc}")

    def closeEvent(self, event) -> None:
        self.comparer.cancel()
        self.loader.cancel()
        self.save_state()
        self.loader.wait(5000)
        self.library_tab.close_library()
        super().closeEvent(event)


@lru_cache(maxsize=1)
def _sample_folders() -> frozenset[str]:
    folder = str(samples_dir())
    return frozenset({folder, str(Path(folder).resolve())})


def _is_sample(path: str) -> bool:
    """A bundled sample? (No file system calls: the session is saved after every change.)"""
    return bool(path) and os.path.dirname(path) in _sample_folders()


def _short(name: str, limit: int = 40) -> str:
    return name if len(name) <= limit else name[:limit - 1].rstrip() + "…"


def _file_stem(name: str, limit: int = 40) -> str:
    """A file-name-safe stem from a document's name (a file name, or a library article's title)."""
    stem = Path(name).stem if Path(name).suffix.lower() in (".txt", ".md", ".text", ".html", ".htm") else name
    safe = "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in stem).strip("._")
    while "__" in safe:
        safe = safe.replace("__", "_")
    return safe[:limit].rstrip("_") or "text"


def summary_text(data: ViewData) -> str:
    s = data.comparison.stats
    return (f"Similarity {s.similarity:.1f}%  ·  sentences: {s.changed_pairs} changed, {s.moved_pairs} moved, "
            f"{s.inserted} added, {s.deleted} removed")


def option_names() -> list[str]:
    return [f.name for f in fields(Options)]
