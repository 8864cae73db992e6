"""Settings and the session: what the window looked like, which texts were open, which tab was
shown and which pair was compared, saved as they change and brought back at the next start."""

from __future__ import annotations

import base64
import logging
import os

from PySide6.QtCore import QByteArray, QCoreApplication, QTimer
from PySide6.QtWidgets import QMainWindow, QSplitter

from reader.ui.common.message_bar import MessageBar
from reader.ui.common.resources import is_sample
from reader.ui.common.settings import Settings
from reader.ui.compare.view import CompareView
from reader.ui.opentexts.corpus import CorpusItem
from reader.ui.opentexts.loader import LoadOutcome
from reader.ui.window.comparison_controller import ComparisonController
from reader.ui.window.files_controller import FilesController
from reader.ui.window.library_controller import LibraryController
from reader.ui.window.shown import FilesPair, LibraryPair
from reader.ui.window.side_tabs import SideTabs

log = logging.getLogger(__name__)

WRITE_AFTER_MS = 300  # the session is written this long after the last change


class Session:
    def __init__(self, window: QMainWindow, *, settings: Settings, tabs: SideTabs, splitter: QSplitter,
                 view: CompareView, message_bar: MessageBar, files: FilesController, library: LibraryController,
                 comparison: ComparisonController):
        self.window, self.settings, self.tabs, self.splitter = window, settings, tabs, splitter
        self.view, self.message_bar = view, message_bar
        self.files, self.library, self.comparison = files, library, comparison
        size = settings.get("point_size")
        if isinstance(size, (int, float)):
            view.set_point_size(float(size))
        view.set_show_boilerplate(bool(settings.get("show_boilerplate", False)))
        view.zoom_changed.connect(lambda size: settings.set("point_size", size))
        # the session is kept up to date in the settings file whenever it changes, once a burst
        # of changes is over (reading two thousand files changes the list every quarter second)
        self._written: object = settings.get("session")
        self._write_soon = QTimer(window, singleShot=True, interval=WRITE_AFTER_MS)
        self._write_soon.timeout.connect(self._session_changed)
        for signal in (comparison.changed, files.list_changed, tabs.currentChanged):
            signal.connect(lambda *_args: self._write_soon.start())

    # --- saving -----------------------------------------------------------------------------

    def save_session(self) -> None:
        # item paths are resolved when read; a file deleted since is reported at the next start
        items = self.files.model.items()
        shown = self.comparison.shown
        pair: list[str] = []
        if isinstance(shown, FilesPair) and not any(is_sample(it.path) for it in items if it.id in shown.ids):
            pair = list(shown.ids)
        self.settings.set_session([it.path for it in items if it.path and not is_sample(it.path)], pair,
                                  tab="library" if self.tabs.library_is_current() else "files",
                                  library_pair=list(shown.ids) if isinstance(shown, LibraryPair) else [])

    def _session_changed(self) -> None:
        """Written when it changes: a crash or a power cut keeps the pair shown."""
        self.save_session()
        session = self.settings.get("session")
        if session != self._written:
            self._written = session
            try:
                self.settings.save()
            except OSError as exc:
                log.warning("could not save the session to %s: %s", self.settings.path, exc)

    def save_state(self) -> None:
        """Put the window's state in the settings and write them."""
        self.settings.set("geometry", _encode(self.window.saveGeometry()))
        self.settings.set("splitter", _encode(self.splitter.saveState()))
        self.settings.set("window_state", _encode(self.window.saveState()))  # the Quotes dock, the toolbar
        self.settings.set("options", self.comparison.options.to_dict())
        self.settings.set("show_boilerplate", self.view.show_boilerplate)
        self.settings.set("point_size", self.view.point_size())
        self.settings.set("hidden_columns", {"open_texts": self.tabs.open_texts.columns.hidden()})
        self.save_session()
        self._write_soon.stop()  # written now, with everything else
        self._written = self.settings.get("session")
        try:
            self.settings.save()
        except OSError as exc:
            log.error("could not save the settings to %s: %s", self.settings.path, exc)
            self.message_bar.add_problems([f"{self.settings.path}: {exc.strerror or exc}"],
                                          QCoreApplication.translate("Session", "The settings could not be saved"))

    # --- restoring --------------------------------------------------------------------------

    def restore_geometry(self) -> bool:
        """The window's size and place, the splitter and the hidden columns; False if there was
        no size to bring back."""
        ok = False
        raw = self.settings.get("geometry")
        if isinstance(raw, str):
            decoded = _decode(raw)
            ok = decoded is not None and self.window.restoreGeometry(decoded)
        hidden = self.settings.get("hidden_columns")
        if isinstance(hidden, dict) and "open_texts" in hidden:
            self.tabs.open_texts.columns.set_hidden(hidden["open_texts"])
        splitter = self.settings.get("splitter")
        if isinstance(splitter, str) and (state := _decode(splitter)) is not None:
            self.splitter.restoreState(state)
        window_state = self.settings.get("window_state")
        if isinstance(window_state, str) and (state := _decode(window_state)) is not None:
            self.window.restoreState(state)
        return ok

    def _restore_tab(self, tab: str, files_given: bool) -> None:
        """`versus A B`: the files given are shown in their list, whatever tab was shown last."""
        if files_given:
            self.tabs.show_open_texts()
        elif tab == "library":
            self.tabs.show_library()

    def restore(self, cli_files: list[str] | None = None) -> None:
        """Bring back the last tab, list and pair, add files given on the command line, and fall
        back to the bundled samples when there is nothing else. Files are read in the background;
        the pair is chosen when they are in."""
        files, pair = self.settings.session()
        tab, library_pair = self.settings.library_session()
        files = _files_only(files)
        self._restore_tab(tab, bool(cli_files))
        want_library = len(library_pair) == 2 and len(cli_files or []) < 2

        def choose(given: list[CorpusItem]) -> None:
            if len(self.files.model) == 0:
                self.files.add_samples()
            if len(given) >= 2:
                self.files.compare_pair(given[0].id, given[1].id)
            elif want_library:
                self.library.library_tab.when_open(choose_articles, lambda _message: choose_files())
            else:
                choose_files()

        def choose_articles(_panel) -> None:
            if not self.library.compare_articles(library_pair[0], library_pair[1]):
                choose_files()

        def choose_files() -> None:
            if self.comparison.shown is not None:
                return
            if not (len(pair) == 2 and self.files.compare_pair(pair[0], pair[1])):
                self.files.compare_first_two()

        def after_cli(_added, outcome: LoadOutcome) -> None:
            ids = list(dict.fromkeys(outcome.ids))  # a file already in the list still counts as given
            choose([item for i in ids if (item := self.files.model.item_by_id(i)) is not None])

        if files:
            self.files.add_paths(files, remember=False, then=None if cli_files else (lambda _a, _o: choose([])))
        if cli_files:
            self.files.add_paths(cli_files, then=after_cli)
        if not files and not cli_files:
            choose([])


def _files_only(paths: list[str]) -> list[str]:
    """The session lists the files read, never folders: a folder there (``/``, say) was not
    written by Versus and would be searched through, so it is left out."""
    folders = [p for p in paths if os.path.isdir(p)]
    if folders:
        log.warning("ignored folders in the saved session: %s", ", ".join(folders))
    return [p for p in paths if p not in folders]


def _encode(state: QByteArray) -> str:
    return base64.b64encode(state.data()).decode("ascii")


def _decode(text: str) -> QByteArray | None:
    try:
        return QByteArray(base64.b64decode(text))
    except ValueError:
        return None
