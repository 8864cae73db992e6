"""File ▸ Compare Clipboard with Left Side: the clipboard's text becomes an "Open texts" item
("Clipboard 21:05") and is compared with the left version shown, or, when nothing is shown,
with the first open text. An empty or non-text clipboard is said so in the status bar."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QTime
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow

from reader.core import Document
from reader.ui.opentexts.corpus import CorpusItem, make_item
from reader.ui.window.comparison_controller import ComparisonController
from reader.ui.window.files_controller import FilesController
from reader.ui.window.shown import FilesPair

MESSAGE_MS = 10000


def tr(text: str) -> str:
    return QCoreApplication.translate("ClipboardCompare", text)


class ClipboardCompare(QObject):
    def __init__(self, window: QMainWindow, files: FilesController, comparison: ComparisonController):
        super().__init__(window)
        self.window, self.files, self.comparison = window, files, comparison

    def _say(self, text: str) -> None:
        self.window.statusBar().showMessage(text, MESSAGE_MS)

    def _left_id(self) -> str | None:
        """The id in "Open texts" of the left version shown (a library article shown is listed
        first), else of the first open text; None when there is neither."""
        shown = self.comparison.shown
        if isinstance(shown, FilesPair):
            return shown.left_id
        if shown is not None:
            item = make_item(shown.left.document)
            self.files.model.add(item)
            return item.id
        items = self.files.model.items()
        return items[0].id if items else None

    def compare(self) -> bool:
        """Compare the clipboard's text with the left side; True if a comparison was started."""
        text = QGuiApplication.clipboard().text()
        if not text.strip():
            self._say(tr("The clipboard holds no text to compare"))
            return False
        left_id = self._left_id()
        if left_id is None:
            self._say(tr("Open a text first: the clipboard is compared with the left version"))
            return False
        name = tr("Clipboard %1").replace("%1", QTime.currentTime().toString("HH:mm"))
        item: CorpusItem = make_item(Document.from_text(text, name=name))
        if item.id == left_id:
            self._say(tr("The clipboard holds the same text as the left version"))
            return False
        self.files.model.add(item)  # (a text already listed keeps its row)
        self.files.tabs.show_open_texts()
        self.files.list_changed.emit()
        return self.files.compare_pair(left_id, item.id)
