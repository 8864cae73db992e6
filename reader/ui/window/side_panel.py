"""The side panel ("Open texts" and "Library") beside the comparison: hidden and shown again
(View ▸ Side Panel, F9, or by dragging the splitter's handle to the edge), and never wider than
a share of a narrow window, so each pane keeps words enough on a line."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QSplitter

DEFAULT_WIDTH = 380
MOST_SHARE = 0.3  # of the window's width, until the user sets the width
LEAST_WIDTH = 160


class SidePanel(QObject):
    """``shown_changed(bool)`` when the panel is hidden or shown (by a command or the handle)."""

    shown_changed = Signal(bool)

    def __init__(self, splitter: QSplitter):
        super().__init__(splitter)
        self.splitter = splitter
        splitter.setChildrenCollapsible(False)
        splitter.setCollapsible(0, True)  # the side panel folds away; the comparison never does
        self._width = DEFAULT_WIDTH  # the width to come back to
        self._user_width = False     # the user (or the saved session) chose the width
        self._shown = True
        splitter.splitterMoved.connect(self._moved)

    def is_shown(self) -> bool:
        return self._shown

    def width_for(self, window_width: int) -> int:
        """The panel's width at first: the default, less on a narrow window."""
        return max(LEAST_WIDTH, min(self._width, int(window_width * MOST_SHARE)))

    def set_shown(self, show: bool) -> None:
        sizes = self.splitter.sizes()
        total = sum(sizes) or self.splitter.width()
        if show and sizes[0] == 0:
            width = self.width_for(self.splitter.window().width()) if not self._user_width else self._width
            self.splitter.setSizes([width, max(0, total - width)])
        elif not show and sizes[0] > 0:
            self._width = sizes[0]
            self.splitter.setSizes([0, total])
        self._set(show)

    def toggle(self) -> None:
        self.set_shown(not self._shown)

    def fit_window(self, window_width: int) -> None:
        """Keep the panel's first width within its share of the window (until the user moves it)."""
        if self._user_width or not self._shown:
            return
        width = self.width_for(window_width)
        sizes = self.splitter.sizes()
        if sizes[0] != width:
            total = sum(sizes) or window_width
            self.splitter.setSizes([width, max(0, total - width)])

    def restored(self) -> None:
        """The splitter's saved state was brought back: its widths are the user's."""
        width = self.splitter.sizes()[0]
        if width > 0:  # (a folded panel comes back at the width for the window)
            self._width, self._user_width = width, True
        self._set(width > 0)

    def _moved(self, _pos: int, _index: int) -> None:
        width = self.splitter.sizes()[0]
        self._user_width = True
        if width > 0:
            self._width = width
        self._set(width > 0)

    def _set(self, shown: bool) -> None:
        if shown != self._shown:
            self._shown = shown
            self.shown_changed.emit(shown)
