"""Files dropped on the window go where they land, whichever side tab is shown:

- on the comparison (a pane, its heading, the strip between them): two files are compared, the
  first on the left; one file takes the place of the side it fell on, the other side stays;
- on "Open texts" (or its tab): added to the list;
- on the Library (or its tab): imported (LibraryTab takes those drops itself; the window only
  shows what they will do).

While a drag is over the window the target is framed and the status bar says what a drop there
will do.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QMainWindow, QWidget

from reader.ui.common.drops import local_paths
from reader.ui.compare.view import CompareView
from reader.ui.opentexts.corpus import make_item
from reader.ui.opentexts.loader import LoadOutcome
from reader.ui.window.comparison_controller import ComparisonController
from reader.ui.window.files_controller import FilesController
from reader.ui.window.library_controller import LibraryController
from reader.ui.window.shown import FilesPair
from reader.ui.window.side_tabs import SideTabs

LEFT, RIGHT, FILES, LIBRARY = "left", "right", "files", "library"


def tr(text: str) -> str:
    return QCoreApplication.translate("DropTargets", text)


class DropFrame(QWidget):
    """A frame drawn over the widget a drop would go to; clicks and drops pass through it."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("dropFrame")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.hide()

    def cover(self, widget: QWidget) -> None:
        window = self.parentWidget()
        assert window is not None
        self.setGeometry(QRect(widget.mapTo(window, QPoint(0, 0)), widget.size()))
        self.raise_()
        self.show()

    def paintEvent(self, _event) -> None:
        colour = self.palette().highlight().color()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fill = QColor(colour)
        fill.setAlpha(40)
        painter.setBrush(fill)
        painter.setPen(QPen(colour, 3))
        painter.drawRoundedRect(self.rect().adjusted(2, 2, -2, -2), 6, 6)


class DropTargets(QObject):
    def __init__(self, window: QMainWindow, *, view: CompareView, column: QWidget, tabs: SideTabs,
                 files: FilesController, library: LibraryController, comparison: ComparisonController):
        super().__init__(window)
        self.window, self.view, self.column, self.tabs = window, view, column, tabs
        self.files, self.library, self.comparison = files, library, comparison
        self.frame = DropFrame(window)
        tabs.library_tab.installEventFilter(self)  # it imports what is dropped on it; we show that it will

    # --- where and what ---------------------------------------------------------------------

    def target_at(self, pos: QPoint) -> str:
        """The target under ``pos`` (window coordinates): left, right, files or library."""
        tab = self.tabs.tab_under(self.window, pos)
        if tab >= 0:
            return LIBRARY if self.tabs.widget(tab) is self.tabs.library_tab else FILES
        widget = self.window.childAt(pos)
        if widget is not None and _within(widget, self.column):
            for pane, side in ((self.view.left, LEFT), (self.view.right, RIGHT)):
                if _within(widget, pane):
                    return side
            # the headings, the strip, the overview bars, the find bar: by the half it is in
            return LEFT if self.view.mapFrom(self.window, pos).x() < self.view.width() // 2 else RIGHT
        if widget is not None and _within(widget, self.tabs.library_tab):
            return LIBRARY
        return FILES

    def describe(self, target: str, paths: list[str]) -> str:
        """What a drop of ``paths`` on ``target`` will do, for the status bar."""
        if target == LIBRARY:
            return tr("Drop to import into the library")
        if target in (LEFT, RIGHT) and len(paths) == 2:
            return tr("Drop to compare these two (the first on the left)")
        if target in (LEFT, RIGHT) and self._replaces(paths):
            name = os.path.basename(paths[0].rstrip("/\\")) or paths[0]
            where = tr("Drop to show %1 on the left, in place of the left side") if target == LEFT else \
                tr("Drop to show %1 on the right, in place of the right side")
            return where.replace("%1", name)
        return tr("Drop to add to Open texts")

    def _replaces(self, paths: list[str]) -> bool:
        return len(paths) == 1 and self.comparison.shown is not None and not os.path.isdir(paths[0])

    def _covered(self, target: str) -> QWidget:
        return {LEFT: self.view.left, RIGHT: self.view.right, FILES: self.tabs.open_texts,
                LIBRARY: self.tabs.library_tab}[target]

    # --- the drag ---------------------------------------------------------------------------

    def show_target(self, target: str, paths: list[str]) -> None:
        self.frame.cover(self._covered(target))
        self.window.statusBar().showMessage(self.describe(target, paths))

    def hide_target(self) -> None:
        self.frame.hide()
        self.window.statusBar().clearMessage()

    def drag_move(self, event) -> None:
        """A drag over the window: accept files, show the target (and the tab hovered)."""
        paths = local_paths(event.mimeData())
        if not paths:
            event.ignore()
            self.hide_target()
            return
        event.acceptProposedAction()
        pos = event.position().toPoint()
        tab = self.tabs.tab_under(self.window, pos)
        if tab >= 0:
            self.tabs.setCurrentIndex(tab)  # hovering over a tab shows it, as file managers do
        self.show_target(self.target_at(pos), paths)

    def drop(self, event) -> None:
        self.hide_target()
        paths = local_paths(event.mimeData())
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.drop_paths(self.target_at(event.position().toPoint()), paths)

    def drop_paths(self, target: str, paths: list[str]) -> None:
        if target == LIBRARY:
            self.library.import_into_library(paths)
        elif target in (LEFT, RIGHT) and self._replaces(paths):
            self.tabs.show_open_texts()
            self.files.add_paths(paths, then=lambda _added, outcome: self._replace_side(target, outcome))
        else:
            self.files.open_paths(paths)  # two files given are compared, whichever tab was shown

    def _replace_side(self, side: str, outcome: LoadOutcome) -> None:
        """The text read takes the place of ``side``; the other side stays (a library article
        there is added to Open texts, so the pair is two open texts)."""
        shown = self.comparison.shown
        if not outcome.ids or outcome.cancelled or shown is None:
            return
        new = outcome.ids[0]
        if isinstance(shown, FilesPair):
            kept = shown.right_id if side == LEFT else shown.left_id
        else:
            kept_side = shown.right if side == LEFT else shown.left
            item = make_item(kept_side.document)
            kept = item.id
            self.files.model.add_many([item])
            self.files.list_changed.emit()
        if new != kept:
            left, right = (new, kept) if side == LEFT else (kept, new)
            self.files.compare_pair(left, right)

    def eventFilter(self, watched, event) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            paths = local_paths(event.mimeData())
            if paths:
                self.show_target(LIBRARY, paths)
        elif kind in (QEvent.Type.DragLeave, QEvent.Type.Drop):
            self.hide_target()
        return False


def _within(widget: QWidget, ancestor: QWidget) -> bool:
    return widget is ancestor or ancestor.isAncestorOf(widget)
