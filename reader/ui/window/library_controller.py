"""The Library tab's side of the window: opening library pairs in the comparison view,
importing (menu, drop) and the last import's report.

Nothing here imports the library itself: LibraryTab opens it lazily, so a window that never
shows the Library tab never loads numpy.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMainWindow

from reader.core import Document
from reader.core.loading import normalise_newlines
from reader.core.sources import FILE_PATTERNS
from reader.ui.common.message_bar import MessageBar
from reader.ui.common.settings import Settings
from reader.ui.window.comparison_controller import ComparisonController
from reader.ui.window.shown import LibraryPair, Side
from reader.ui.window.side_tabs import SideTabs

IMPORT_FILTER = "Articles (%1);;All files (*)"


def tr(text: str) -> str:
    return QCoreApplication.translate("LibraryController", text)


def article_document(article) -> Document:
    """A library article as a core Document: its text, named by its title (else its file)."""
    text, newline = normalise_newlines(article.text)
    file_name = article.path.replace("\\", "/").rsplit("/", 1)[-1].rsplit("::", 1)[-1]
    return Document(text=text, name=article.title or file_name, path=article.path,
                    encoding=article.encoding or "utf-8", newline=newline, size=len(text.encode("utf-8")))


def article_label(article) -> str:
    """Where an article comes from, for a pane's heading: its outlet, else its file name."""
    return article.source or article.path.replace("\\", "/").rsplit("/", 1)[-1]


def article_heading(article) -> str:
    """Outlet and date first: versions of one story share their title, and a pane's heading is
    elided at its end."""
    where = article_label(article) + (f" · {article.date}" if article.date else "")
    return f"{where} — {article.title}"


def article_side(article) -> Side:
    return Side(article_document(article), article_heading(article), article_label(article))


class LibraryController(QObject):
    """``imported(report)`` is emitted when an import into the library has finished."""

    imported = Signal(object)

    def __init__(self, window: QMainWindow, tabs: SideTabs, comparison: ComparisonController,
                 message_bar: MessageBar, settings: Settings):
        super().__init__(window)
        self.window, self.tabs, self.comparison = window, tabs, comparison
        self.message_bar, self.settings = message_bar, settings
        self.last_import_report = None
        self.import_dialog = None  # the import dialog shown last
        self.library_tab = tabs.library_tab
        self.library_tab.opened.connect(self._library_opened)
        self.library_tab.failed.connect(
            lambda message: self.message_bar.add_problems([message], tr("The library could not be opened")))
        self.library_tab.importRequested.connect(self.import_into_library)
        tabs.currentChanged.connect(self._on_tab_changed)

    def shown_pair(self) -> LibraryPair | None:
        shown = self.comparison.shown
        return shown if isinstance(shown, LibraryPair) else None

    def _on_tab_changed(self, _index: int) -> None:
        if self.tabs.library_is_current():
            self.library_tab.ensure_open()

    def _library_opened(self, panel) -> None:
        panel.max_file_size = lambda: self.comparison.options.max_file_size
        panel.compareRequested.connect(self.compare_articles)
        panel.articleActivated.connect(self._article_activated)
        panel.imported.connect(self._library_imported)
        own_find = getattr(panel, "focus_search_action", None)
        if own_find is not None:  # the window's one Ctrl+F decides where it goes (WindowActions.find)
            own_find.setShortcuts([])

    def focus_search(self) -> None:
        """Show the Library tab and put the cursor in its search box (once the library is open)."""
        self.tabs.show_library()

        def put(panel) -> None:
            panel.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
            panel.search.selectAll()

        self.library_tab.when_open(put)

    def _article_activated(self, article_id: int) -> None:
        """A double click or Return: compare it with the left side of the library pair shown."""
        shown = self.shown_pair()
        if shown and article_id not in shown.ids:
            self.compare_articles(shown.left_id, article_id)

    # --- comparing --------------------------------------------------------------------------

    def compare_articles(self, left_id: int, right_id: int) -> bool:
        """Compare two library articles in the view, as compare_pair does for open files."""
        library = self.library_tab.library
        if library is None or left_id == right_id:
            return False
        left, right = library.article(left_id), library.article(right_id)
        missing = [str(aid) for aid, a in ((left_id, left), (right_id, right)) if a is None]
        if missing:
            self.message_bar.add_problems([tr("article %1: no longer in the library").replace("%1", m) for m in missing],
                                          tr("The comparison could not be shown"))
            return False
        self.comparison.show(LibraryPair(left_id, right_id, article_side(left), article_side(right)))
        return True

    # --- importing --------------------------------------------------------------------------

    def import_files_dialog(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self.window, tr("Import into the library"),
                                                self.settings.get("import_dir", "") or str(Path.home()),
                                                tr(IMPORT_FILTER).replace("%1", FILE_PATTERNS))
        if paths:
            self.settings.set("import_dir", str(Path(paths[0]).parent))
            self.import_into_library(paths)

    def import_folder_dialog(self) -> None:
        path = QFileDialog.getExistingDirectory(self.window, tr("Import a folder into the library"),
                                                self.settings.get("import_dir", "") or str(Path.home()))
        if path:
            self.settings.set("import_dir", path)
            self.import_into_library([path])

    def import_into_library(self, paths) -> None:
        """Show the Library tab and import ``paths`` there with the progress dialog."""
        paths = [str(p) for p in paths]
        self.tabs.show_library()
        self.library_tab.when_open(lambda panel: setattr(self, "import_dialog", panel.start_import(paths)))

    def _library_imported(self, report) -> None:
        from reader.ui.library.import_dialog import report_summary

        self.last_import_report = report
        self.window.statusBar().showMessage(report_summary(report), 15000)
        self.imported.emit(report)

    def show_import_report(self):
        """The last import's summary and error table again, in the import dialog."""
        if self.last_import_report is None or self.library_tab.library is None:
            return None
        from reader.ui.library.import_dialog import ImportDialog

        dialog = ImportDialog(self.library_tab.library, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show_report(self.last_import_report)
        dialog.show()
        self.import_dialog = dialog
        return dialog
