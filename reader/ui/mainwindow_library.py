"""The main window's library side: the Library tab, comparing library articles, importing.

Mixed into MainWindow, which provides ``tabs``, ``message_bar``, ``settings``, ``show_documents``
and ``_save_session``. Nothing here imports the library itself: LibraryTab opens it lazily,
so a window that never shows the Library tab never loads numpy.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from reader.core import Document
from reader.core.loading import normalise_newlines
from reader.ui.library_tab import LibraryTab

IMPORT_FILTER = "Articles (*.txt *.md *.markdown *.text *.html *.htm *.xhtml *.zip);;All files (*)"


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


class LibraryMixin:
    def _build_library(self, library_path: str | None) -> None:
        self.library_pair: tuple[int, int] | None = None
        self.last_import_report = None
        self.library_tab = LibraryTab(library_path)
        self.library_tab.setObjectName("libraryTab")
        self.library_tab.opened.connect(self._library_opened)
        self.library_tab.failed.connect(
            lambda message: self.message_bar.add_problems([message], "The library could not be opened"))
        self.library_tab.importRequested.connect(self.import_into_library)

    def _build_library_actions(self) -> None:
        self.act_import = self._action("&Import into Library…", self.import_files_dialog, "Ctrl+I",
                                       "Add .txt, .md, .html or .zip files to the library")
        self.act_import_folder = self._action("Import F&older into Library…", self.import_folder_dialog,
                                              "Ctrl+Shift+I", "Add every article in a folder and its subfolders "
                                              "to the library")
        self.act_import_report = self._action("Last Import &Report…", self.show_import_report,
                                              tip="What the last import added, skipped and could not read")
        self.act_import_report.setEnabled(False)
        self.act_show_open = self._action("Open &Texts", self.show_open_texts, "Alt+1", "Show the opened files")
        self.act_show_library = self._action("&Library", self.show_library, "Alt+2", "Show the corpus library")

    # --- the tab ----------------------------------------------------------------------------

    def show_library(self) -> None:
        self.tabs.setCurrentWidget(self.library_tab)

    def show_open_texts(self) -> None:
        self.tabs.setCurrentWidget(self.open_texts)

    def library_is_current(self) -> bool:
        return self.tabs.currentWidget() is self.library_tab

    def _on_tab_changed(self, _index: int) -> None:
        if self.library_is_current():
            self.library_tab.ensure_open()
        self._save_session()

    def _library_opened(self, panel) -> None:
        panel.compareRequested.connect(self.compare_articles)
        panel.articleActivated.connect(self._article_activated)
        panel.imported.connect(self._library_imported)

    def _article_activated(self, article_id: int) -> None:
        """A double click or Return: compare it with the left side of the library pair shown."""
        if self.library_pair and article_id not in self.library_pair:
            self.compare_articles(self.library_pair[0], article_id)

    # --- comparing --------------------------------------------------------------------------

    def compare_articles(self, left_id: int, right_id: int) -> bool:
        """Compare two library articles in the view, as compare_pair does for open files."""
        library = self.library_tab.library
        if library is None or left_id == right_id:
            return False
        left, right = library.article(left_id), library.article(right_id)
        missing = [str(aid) for aid, a in ((left_id, left), (right_id, right)) if a is None]
        if missing:
            self.message_bar.add_problems([f"article {m}: no longer in the library" for m in missing],
                                          "The comparison could not be shown")
            return False
        self.pair = None
        self.library_pair = (left_id, right_id)
        self.show_documents(article_document(left), article_document(right),
                            f"Left: {article_heading(left)}", f"Right: {article_heading(right)}",
                            (article_label(left), article_label(right)))
        return True

    # --- importing --------------------------------------------------------------------------

    def import_files_dialog(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, "Import into the library",
                                                self.settings.get("import_dir", "") or str(Path.home()), IMPORT_FILTER)
        if paths:
            self.settings.set("import_dir", str(Path(paths[0]).parent))
            self.import_into_library(paths)

    def import_folder_dialog(self) -> None:
        path = QFileDialog.getExistingDirectory(self, "Import a folder into the library",
                                                self.settings.get("import_dir", "") or str(Path.home()))
        if path:
            self.settings.set("import_dir", path)
            self.import_into_library([path])

    def import_into_library(self, paths) -> None:
        """Show the Library tab and import ``paths`` there with the progress dialog."""
        paths = [str(p) for p in paths]
        self.show_library()
        self.library_tab.when_open(lambda panel: setattr(self, "import_dialog", panel.start_import(paths)))

    def _library_imported(self, report) -> None:
        from reader.ui.import_dialog import report_summary

        self.last_import_report = report
        self.act_import_report.setEnabled(True)
        self.statusBar().showMessage(report_summary(report), 15000)

    def show_import_report(self):
        """The last import's summary and error table again, in the import dialog."""
        if self.last_import_report is None or self.library_tab.library is None:
            return None
        from PySide6.QtCore import Qt

        from reader.ui.import_dialog import ImportDialog

        dialog = ImportDialog(self.library_tab.library, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show_report(self.last_import_report)
        dialog.show()
        self.import_dialog = dialog
        return dialog
