"""The "Open texts" side: opening, dropping and recent files (read in the background), the
list's selection, context menu and double click, and comparing two of its texts."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QObject, QPoint, Signal
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu

from reader.core import LoadError
from reader.core.sources import FILE_PATTERNS, Source
from reader.present.errors import message_in
from reader.ui.common.message_bar import MessageBar
from reader.ui.common.resources import samples_dir
from reader.ui.common.settings import Settings
from reader.ui.common.translator import current as current_language
from reader.ui.opentexts.corpus import CorpusItem, read_item
from reader.ui.opentexts.loader import FileLoader, LoadOutcome
from reader.ui.opentexts.model import item_id_of
from reader.ui.window.comparison_controller import ComparisonController
from reader.ui.window.shown import FilesPair, Side
from reader.ui.window.side_tabs import SideTabs

# called with (items the request added to the list, its outcome) when a request has finished
AfterLoad = Callable[[list[CorpusItem], LoadOutcome], None]


def tr(text: str) -> str:
    return QCoreApplication.translate("FilesController", text)


class FilesController(QObject):
    """``list_changed`` is emitted when texts were added to the list or removed from it."""

    list_changed = Signal()

    def __init__(self, window: QMainWindow, tabs: SideTabs, comparison: ComparisonController,
                 message_bar: MessageBar, settings: Settings):
        super().__init__(window)
        self.window, self.tabs, self.comparison = window, tabs, comparison
        self.message_bar, self.settings = message_bar, settings
        self.panel = tabs.open_texts
        self.model, self.proxy, self.table = self.panel.model, self.panel.proxy, self.panel.table
        self._selection_order: list[str] = []
        self.table.customContextMenuRequested.connect(self._corpus_menu)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.table.doubleClicked.connect(self._on_double_click)

        self.loader = FileLoader(self)
        self.loader.items.connect(self._on_loaded_items)
        self.loader.progress.connect(self.panel.set_load_progress)
        self.loader.busy.connect(self.panel.show_loading)
        self.loader.finished.connect(self._on_load_finished)
        self.panel.load_cancel.clicked.connect(self.cancel_loading)
        self._loads: dict[int, tuple[list[CorpusItem], AfterLoad | None]] = {}

    def shown_pair(self) -> FilesPair | None:
        shown = self.comparison.shown
        return shown if isinstance(shown, FilesPair) else None

    # --- comparing --------------------------------------------------------------------------

    def compare_pair(self, left_id: str, right_id: str) -> bool:
        left, right = self.model.item_by_id(left_id), self.model.item_by_id(right_id)
        if left is None or right is None or left_id == right_id:
            return False
        self.comparison.show(FilesPair(left_id, right_id, _side(left), _side(right)))
        return True

    def select_pair_rows(self, left_id: str, right_id: str) -> None:
        """Select the two rows (left first) as a user would."""
        sm = self.table.selectionModel()
        sm.clearSelection()
        for item_id in (left_id, right_id):
            index = self.proxy.mapFromSource(self.model.index(self.model.row_of(item_id), 0))
            sm.select(index, QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)

    def _on_selection(self, *_args) -> None:
        ids = [item_id_of(self.proxy.mapToSource(ix)) for ix in self.table.selectionModel().selectedRows()]
        chosen = [i for i in ids if i]
        self._selection_order = [i for i in self._selection_order if i in chosen] + \
                                [i for i in chosen if i not in self._selection_order]
        if len(self._selection_order) == 2:
            left, right = self._selection_order
            shown = self.shown_pair()
            if shown is None or shown.ids != (left, right):
                self.compare_pair(left, right)

    def _on_double_click(self, index) -> None:
        item_id, shown = item_id_of(self.proxy.mapToSource(index)), self.shown_pair()
        if item_id and shown and item_id not in shown.ids:
            self.compare_pair(shown.left_id, item_id)

    def _corpus_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        item_id = item_id_of(self.proxy.mapToSource(index)) if index.isValid() else None
        if item_id:
            self.build_corpus_menu(item_id).exec(self.table.viewport().mapToGlobal(pos))

    def build_corpus_menu(self, item_id: str) -> QMenu:
        menu = QMenu(self.window)
        sub = menu.addMenu(tr("Compare &with…"))
        for other in self.model.items():
            if other.id == item_id:
                continue
            act = sub.addAction(f"{other.title[:60]} — {other.name}")
            act.setData(other.id)
            act.triggered.connect(lambda _c=False, o=other.id: self.compare_pair(item_id, o))
        sub.setEnabled(len(self.model) > 1)
        shown = self.shown_pair()
        if shown:
            left, right = shown.ids
            act = menu.addAction(tr("Use as &left side"))
            act.setEnabled(item_id != left)
            act.triggered.connect(lambda: self.compare_pair(item_id, right if right != item_id else left))
            act = menu.addAction(tr("Use as &right side"))
            act.setEnabled(item_id != right)
            act.triggered.connect(lambda: self.compare_pair(left if left != item_id else right, item_id))
        menu.addSeparator()
        act = menu.addAction(tr("&Remove from list"))
        act.triggered.connect(lambda: self.remove_item(item_id))
        return menu

    def remove_item(self, item_id: str) -> None:
        self.model.remove(item_id)
        shown = self.shown_pair()
        if shown and item_id in shown.ids:
            self.comparison.clear()
        self.list_changed.emit()

    # --- loading ----------------------------------------------------------------------------

    def add_paths(self, paths, remember: bool = True, then: AfterLoad | None = None) -> int:
        """Read files (folders recursively, zip archives) in the background into the list; returns
        the request.

        Files that cannot be read, or are larger than the options' ``max_file_size``, go to the
        message bar; a text already in the list is skipped.
        ``then(added, outcome)`` runs when the request has finished (or was cancelled).
        """
        paths = [str(p) for p in paths]
        if remember:
            for raw in paths:
                if Path(raw).exists():
                    self.settings.add_recent(str(Path(raw).resolve()))
        request = self.loader.start(paths, max_size=self.comparison.options.max_file_size)
        self._loads[request] = ([], then)
        return request

    def cancel_loading(self) -> None:
        if self.loader.is_running():
            self.panel.cancelling()
            self.loader.cancel()

    def wait_loaded(self, timeout_ms: int = -1) -> bool:
        """Block until queued reads are done (for scripts; the UI never calls it)."""
        return self.loader.wait(timeout_ms)

    def _on_loaded_items(self, request: int, items: list[CorpusItem]) -> None:
        added = self.model.add_many(items)
        if request in self._loads:
            self._loads[request][0].extend(added)

    def _on_load_finished(self, outcome: LoadOutcome) -> None:
        added, then = self._loads.pop(outcome.request, ([], None))
        if outcome.problems:
            self.message_bar.add_problems(outcome.problems)
        if outcome.cancelled:
            self.window.statusBar().showMessage(
                tr("Stopped reading: %1 of %2 files read, %3 added to the list")
                .replace("%1", f"{outcome.done:,}").replace("%2", f"{outcome.total:,}").replace("%3", f"{len(added):,}"),
                10000)
        if then is not None:
            then(added, outcome)
        self.list_changed.emit()

    def add_samples(self) -> list[CorpusItem]:
        """The two bundled samples (small files, read at once)."""
        items = []
        for entry in sorted(samples_dir().iterdir(), key=lambda e: e.name):
            if not entry.name.endswith(".txt"):
                continue
            try:
                items.append(read_item(Source(str(entry)), self.comparison.options.max_file_size))
            except LoadError as exc:
                self.message_bar.add_problems([message_in(exc, current_language())])
        return self.model.add_many(items)

    # --- File menu --------------------------------------------------------------------------

    def open_files(self) -> None:
        start = self.settings.get("open_dir", "") or str(Path.home())
        paths, _ = QFileDialog.getOpenFileNames(
            self.window, tr("Open texts"), start,
            tr("Texts and web pages (%1);;All files (*)").replace("%1", FILE_PATTERNS))
        if paths:
            self.settings.set("open_dir", str(Path(paths[0]).parent))
            self.open_paths(paths)

    def open_folder(self) -> None:
        start = self.settings.get("open_dir", "") or str(Path.home())
        path = QFileDialog.getExistingDirectory(self.window, tr("Open a folder of texts"), start)
        if path:
            self.settings.set("open_dir", path)
            self.open_paths([path])

    def open_paths(self, paths) -> int:
        """Add ``paths`` to "Open texts" (shown), then compare: two files given are compared
        (even if already listed); else, if nothing is shown yet, the first two texts."""
        self.tabs.show_open_texts()
        given = len(paths)

        def then(added: list[CorpusItem], outcome: LoadOutcome) -> None:
            read = list(dict.fromkeys(outcome.ids))
            if given == 2 and len(read) == 2 and not outcome.cancelled:
                self.compare_pair(read[0], read[1])
            elif len(added) >= 2 and self.comparison.shown is None:
                self.compare_pair(added[0].id, added[1].id)
            elif self.comparison.shown is None:
                self.compare_first_two()

        return self.add_paths(paths, then=then)

    def compare_first_two(self) -> None:
        if len(self.model) >= 2:
            items = self.model.items()
            self.compare_pair(items[0].id, items[1].id)

    def fill_recent(self, menu: QMenu) -> None:
        """Fill the Open Recent menu (as it is about to show)."""
        menu.clear()
        recent = self.settings.recent
        for path in recent:
            act = menu.addAction(path)
            act.triggered.connect(lambda _c=False, p=path: self.open_paths([p]))
        if recent:
            menu.addSeparator()
        clear = menu.addAction(tr("Clear List"))
        clear.setEnabled(bool(recent))
        clear.triggered.connect(self.settings.clear_recent)


def _side(item: CorpusItem) -> Side:
    return Side(item.document, f"{item.title}  ({item.name})", item.name)
