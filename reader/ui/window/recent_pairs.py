"""File ▸ Recent Pairs: the last pairs of files compared ("a.txt ↔ b.txt", newest first),
remembered in the settings ("recent_pairs"); choosing one opens both files again and compares
them. A pair one of whose files is gone is said so in the message bar and dropped. Texts
without a file (the clipboard's) and the bundled samples are not remembered."""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMainWindow, QMenu

from reader.ui.common.resources import is_sample
from reader.ui.common.settings import MAX_RECENT, Settings
from reader.ui.window.comparison_controller import ComparisonController
from reader.ui.window.files_controller import FilesController
from reader.ui.window.shown import FilesPair

SETTINGS_KEY = "recent_pairs"


def tr(text: str) -> str:
    return QCoreApplication.translate("RecentPairs", text)


def pair_text(left: str, right: str) -> str:
    return f"{os.path.basename(left)} ↔ {os.path.basename(right)}"


class RecentPairs(QObject):
    def __init__(self, window: QMainWindow, files: FilesController, comparison: ComparisonController,
                 settings: Settings):
        super().__init__(window)
        self.files, self.comparison, self.settings = files, comparison, settings
        comparison.changed.connect(self._remember_shown)

    def pairs(self) -> list[tuple[str, str]]:
        """The pairs remembered, newest first."""
        value = self.settings.get(SETTINGS_KEY, [])
        return [(p[0], p[1]) for p in value] if isinstance(value, list) else []

    def _store(self, pairs: list[tuple[str, str]]) -> None:
        self.settings.set(SETTINGS_KEY, [list(p) for p in pairs[:MAX_RECENT]])

    def remember(self, left: str, right: str) -> None:
        """Put the pair first (once: the same two files either way round are one pair)."""
        if (left, right) == next(iter(self.pairs()), None):
            return
        others = [p for p in self.pairs() if set(p) != {left, right}]
        self._store([(left, right)] + others)

    def _remember_shown(self) -> None:
        shown = self.comparison.shown
        if not isinstance(shown, FilesPair):
            return
        items = [self.files.model.item_by_id(i) for i in shown.ids]
        if all(item is not None and item.path and not is_sample(item.path) for item in items):
            self.remember(items[0].path, items[1].path)

    def forget(self, left: str, right: str) -> None:
        self._store([p for p in self.pairs() if p != (left, right)])

    def open_pair(self, left: str, right: str) -> bool:
        """Open both files again and compare them; False (said, and the pair dropped) when one is gone."""
        missing = [p for p in (left, right) if not os.path.isfile(p)]
        if missing:
            self.forget(left, right)
            self.files.message_bar.add_problems([f"{p}: {tr('the file is no longer there')}" for p in missing],
                                                tr("A recent pair could not be opened"))
            return False
        self.files.open_paths([left, right])
        return True

    def fill(self, menu: QMenu) -> None:
        """Fill the Recent Pairs menu (as it is about to show)."""
        menu.clear()
        pairs = self.pairs()
        for left, right in pairs:
            act = menu.addAction(pair_text(left, right).replace("&", "&&"))
            act.setToolTip(f"{left}\n{right}")
            act.triggered.connect(lambda _c=False, a=left, b=right: self.open_pair(a, b))
        if pairs:
            menu.addSeparator()
        clear = menu.addAction(tr("Clear List"))
        clear.setEnabled(bool(pairs))
        clear.triggered.connect(lambda: self._store([]))
