"""The main window's "Open texts" side: opening and dropping files, read in the background.

Mixed into MainWindow, which provides ``model`` (the CorpusModel), ``open_texts`` (the panel),
``message_bar``, ``settings``, ``compare_pair``, ``showing()`` and ``_save_session``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtWidgets import QFileDialog

from reader.core import LoadError
from reader.core.sources import FILE_PATTERNS, Source
from reader.ui.corpus import CorpusItem, read_item
from reader.ui.file_loader import FileLoader, LoadOutcome

# called with (items the request added to the list, its outcome) when a request has finished
AfterLoad = Callable[[list[CorpusItem], LoadOutcome], None]


class FilesMixin:
    def _build_files(self) -> None:
        self.loader = FileLoader(self)
        self.loader.items.connect(self._on_loaded_items)
        self.loader.progress.connect(self.open_texts.set_load_progress)
        self.loader.busy.connect(self.open_texts.show_loading)
        self.loader.finished.connect(self._on_load_finished)
        self.open_texts.load_cancel.clicked.connect(self.cancel_loading)
        self._loads: dict[int, tuple[list[CorpusItem], AfterLoad | None]] = {}

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
        request = self.loader.start(paths, max_size=self.options.max_file_size)
        self._loads[request] = ([], then)
        return request

    def cancel_loading(self) -> None:
        if self.loader.is_running():
            self.open_texts.cancelling()
            self.loader.cancel()

    def _on_loaded_items(self, request: int, items: list[CorpusItem]) -> None:
        added = self.model.add_many(items)
        if request in self._loads:
            self._loads[request][0].extend(added)

    def _on_load_finished(self, outcome: LoadOutcome) -> None:
        added, then = self._loads.pop(outcome.request, ([], None))
        if outcome.problems:
            self.message_bar.add_problems(outcome.problems)
        if outcome.cancelled:
            self.statusBar().showMessage(
                f"Stopped reading: {outcome.done:,} of {outcome.total:,} files read, "
                f"{len(added):,} added to the list", 10000)
        self._update_actions()
        if then is not None:
            then(added, outcome)
        self._save_session()

    def wait_loaded(self, timeout_ms: int = -1) -> bool:
        """Block until queued reads are done (for scripts; the UI never calls it)."""
        return self.loader.wait(timeout_ms)

    def add_samples(self) -> list[CorpusItem]:
        """The two bundled samples (small files, read at once)."""
        from reader.ui.mainwindow import samples_dir

        items = []
        for entry in sorted(samples_dir().iterdir(), key=lambda e: e.name):
            if not entry.name.endswith(".txt"):
                continue
            try:
                items.append(read_item(Source(str(entry)), self.options.max_file_size))
            except LoadError as exc:
                self.message_bar.add_problems([str(exc)])
        added = self.model.add_many(items)
        self._update_actions()
        return added

    # --- the session and the command line ---------------------------------------------------

    def restore_session(self, cli_files: list[str] | None = None) -> None:
        """Bring back the last tab, list and pair, add files given on the command line, and fall
        back to the bundled samples when there is nothing else. Files are read in the background;
        the pair is chosen when they are in."""
        files, pair = self.settings.session()
        tab, library_pair = self.settings.library_session()
        if tab == "library":
            self.show_library()
        want_library = len(library_pair) == 2 and len(cli_files or []) < 2

        def choose(given: list[CorpusItem]) -> None:
            if len(self.model) == 0:
                self.add_samples()
            if len(given) >= 2:
                self.compare_pair(given[0].id, given[1].id)
            elif want_library:
                self.library_tab.when_open(
                    lambda _panel: self.compare_articles(*library_pair) or choose_files(),
                    lambda _message: choose_files())
            else:
                choose_files()

        def choose_files() -> None:
            if self.showing() is not None:
                return
            if len(pair) == 2 and pair[0] in self.model and pair[1] in self.model:
                self.compare_pair(pair[0], pair[1])
            elif len(self.model) >= 2:
                items = self.model.items()
                self.compare_pair(items[0].id, items[1].id)

        def after_cli(_added, outcome: LoadOutcome) -> None:
            ids = list(dict.fromkeys(outcome.ids))  # a file already in the list still counts as given
            choose([self.model.item_by_id(i) for i in ids if i in self.model])

        if files:
            self.add_paths(files, remember=False,
                           then=None if cli_files else (lambda _a, _o: choose([])))
        if cli_files:
            self.add_paths(cli_files, then=after_cli)
        if not files and not cli_files:
            choose([])

    # --- File menu --------------------------------------------------------------------------

    def open_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, "Open texts", self.settings.get("open_dir", "") or str(Path.home()),
                                                f"Texts and web pages ({FILE_PATTERNS});;All files (*)")
        if paths:
            self.settings.set("open_dir", str(Path(paths[0]).parent))
            self.open_paths(paths)

    def open_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, "Open a folder of texts", self.settings.get("open_dir", "") or str(Path.home()))
        if path:
            self.settings.set("open_dir", path)
            self.open_paths([path])

    def open_paths(self, paths) -> int:
        """Add ``paths`` to "Open texts" (shown), then compare: two files given are compared
        (even if already listed); else, if nothing is shown yet, the first two texts."""
        self.show_open_texts()
        given = len(paths)

        def then(added: list[CorpusItem], outcome: LoadOutcome) -> None:
            read = list(dict.fromkeys(outcome.ids))
            if given == 2 and len(read) == 2 and not outcome.cancelled:
                self.compare_pair(read[0], read[1])
            elif len(added) >= 2 and self.showing() is None:
                self.compare_pair(added[0].id, added[1].id)
            elif self.showing() is None and len(self.model) >= 2:
                items = self.model.items()
                self.compare_pair(items[0].id, items[1].id)

        return self.add_paths(paths, then=then)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = self.settings.recent
        for path in recent:
            act = self.recent_menu.addAction(path)
            act.triggered.connect(lambda _c=False, p=path: self.open_paths([p]))
        if recent:
            self.recent_menu.addSeparator()
        clear = self.recent_menu.addAction("Clear List")
        clear.setEnabled(bool(recent))
        clear.triggered.connect(self.settings.clear_recent)
