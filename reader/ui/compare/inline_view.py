"""View ▸ Inline View: one column, the newer version with the older one's losses in place.

A read-only text shown by the comparison instead of its two panes and the link strip. The
runs come from ``reader.present.inline``; the colours are the panes' (``formats_for``): added
words in the added green, moved sentences in the moved wash, clutter dimmed; removed words,
which the panes show only on the left, are struck through in the removed red.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit

from reader.present.inline import inline_runs
from reader.present.spans import ViewData
from reader.ui.common.colours import accent, tint
from reader.ui.compare.highlight import formats_for


def tr(text: str) -> str:
    return QCoreApplication.translate("InlineView", text)


def inline_formats(palette: QPalette) -> dict[str | None, QTextCharFormat]:
    """The format of each run kind in the inline view."""
    panes = formats_for(palette)
    removed = QTextCharFormat()
    removed.setFontStrikeOut(True)
    removed.setForeground(accent(palette, "removed"))
    removed.setBackground(tint(palette, "removed", "sentence"))
    return {None: QTextCharFormat(), "removed": removed, "added": panes["added", False],
            "changed": panes["changed", False], "moved": panes["moved", True], "clutter": panes["clutter", True]}


class InlineView(QTextEdit):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("inlineView")
        self.setReadOnly(True)
        self.setAcceptRichText(False)
        self.setUndoRedoEnabled(False)
        self.setAccessibleName(tr("Inline view"))
        self.setAccessibleDescription(tr("The newer version with the changes in place: removed words struck "
                                         "through in red, added words in green, moved sentences in blue"))
        self._data: ViewData | None = None
        self._plain = ""
        self._show_clutter = False
        self._stale = True

    def set_data(self, data: ViewData | None, plain: str = "") -> None:
        """Show ``data``'s comparison inline, or ``plain`` text (the newer version before its
        comparison is ready, or nothing)."""
        self._data, self._plain = data, plain
        self._refresh()

    def set_show_clutter(self, show: bool) -> None:
        if show != self._show_clutter:
            self._show_clutter = show
            self._refresh()

    def _refresh(self) -> None:
        self._stale = True
        if self.isVisible():
            self.render()

    def render(self) -> None:
        """Build the text now (it is built when shown, not while hidden)."""
        self._stale = False
        self.clear()
        if self._data is None:
            self.setPlainText(self._plain)
            return
        formats = inline_formats(self.palette())
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()
        for text, kind in inline_runs(self._data.comparison, self._show_clutter):
            cursor.insertText(text, formats[kind])
        cursor.endEditBlock()
        self.moveCursor(QTextCursor.MoveOperation.Start)

    def showEvent(self, event) -> None:
        if self._stale:
            self.render()
        super().showEvent(event)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._refresh()
