"""The Quotes list: the shown pair's quotes, one row each, in the words of reader.present.quotes.

First every quote of the right (newer) version in text order, its verdict as a coloured badge
(verbatim, altered, no source), speaker, verb, first words and the words changed; then, under a
heading, the left version's quotes that the right one only reports or drops, greyed, with
their fate. A tool tip gives the whole quote, its source and the words changed.

Choosing a row (a click, the arrow keys, Enter) emits ``chosen`` with the quote's index in
``Comparison.quotes``; the window scrolls the panes to it. ``select_quote`` follows a click in
the text without emitting.
"""

from __future__ import annotations

import html
from collections.abc import Iterator

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QHeaderView,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader.present.quotes import (
    LEFT_STATUSES,
    LOST_TITLE,
    NONE_FOUND,
    RIGHT_STATUSES,
    QuoteReport,
    QuoteView,
    in_context,
    shorten,
    status_label,
)
from reader.present.spans import ViewData
from reader.ui.common import translator
from reader.ui.common.colours import accent, mix
from reader.ui.common.slices import Slices
from reader.ui.compare.badge_tree import LOST_ROLE, TONE_ROLE, BadgeTree
from reader.ui.compare.prepared import QuoteRow, quote_rows_of

COLUMNS = ("Verdict", "Speaker", "Verb", "Quote", "Words changed")
QUOTE_ROLE = Qt.ItemDataRole.UserRole        # the quote's index in Comparison.quotes (rows of quotes only)
NOTHING_YET = "Compare two texts to list their quotes."


def tr(text: str) -> str:
    return QCoreApplication.translate("QuotesList", text)


def tooltip(view: QuoteView, palette: QPalette) -> str:
    """The whole quote, who said it, its verdict, its source and the words changed (rich text)."""
    esc = html.escape
    removed, added = accent(palette, "removed").name(), accent(palette, "added").name()
    lines = [f"<b>{esc(view.label)}</b>: {esc(view.explanation)}"]
    lines.append(f"<i>{esc(view.who)}</i> — {esc(view.place.label)}")
    lines.append(f"«{esc(view.text)}»")
    if view.source is not None:
        how = tr("quoted") if view.source.quoted else tr("not quoted")
        lines.append(tr("Source (%1, %2): «%3»").replace("%2", how).replace("%1", esc(view.source.place.label))
                     .replace("%3", esc(shorten(view.source.text, 400))))
    if view.changed:
        marked = []
        for run in in_context(view.runs, 6):
            if run.kind == "removed":
                marked.append(f'<s style="color:{removed}">{esc(run.old)}</s>')
            elif run.kind == "added":
                marked.append(f'<u style="color:{added}">{esc(run.new)}</u>')
            elif run.kind == "changed":
                marked.append(f'<s style="color:{removed}">{esc(run.old)}</s>'
                              f'<u style="color:{added}">{esc(run.new)}</u>')
            else:
                marked.append(esc(run.text))
        lines.append(tr("Words changed: %1").replace("%1", "".join(marked)))
        if view.changes:
            lines.append(esc(view.changes))
    lines.extend(esc(note[:1].upper() + note[1:]) for note in view.notes)
    return "<qt>" + "<br>".join(lines) + "</qt>"


class QuotesList(QWidget):
    chosen = Signal(int)  # index into Comparison.quotes

    def __init__(self, parent=None, slices: Slices | None = None):
        """``slices``: where the rows are added a slice at a time (the window's)."""
        super().__init__(parent)
        self.setObjectName("quotesList")
        self.slices = slices or Slices(self)
        self.report: QuoteReport | None = None
        self._items: dict[int, QTreeWidgetItem] = {}
        self._views: dict[int, QuoteView] = {}
        self._quiet = False
        self.tree = BadgeTree([tr(name) for name in COLUMNS])
        self.tree.setObjectName("quotesTree")
        self.tree.tool_tip_for = self._tool_tip  # made when first shown: hundreds of rows have one
        self.tree.setAccessibleName(tr("Quotes in the two versions"))
        self.tree.setAccessibleDescription(tr("Each quote of the right version with its verdict, speaker, verb and "
                                              "the words changed, then the left version's quotes no longer "
                                              "quoted; choose one to show it and its source in the panes"))
        self.setAccessibleName(tr("Quotes"))
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)  # the quote takes the room left
        for col, width in ((0, 104), (1, 170), (2, 90), (4, 260)):
            header.resizeSection(col, width)
        # the verdict's badge whole, in the longest word the reader's language has for one
        self.tree.fit_badges([status_label(status, translator.current()) for status in (*RIGHT_STATUSES, *LEFT_STATUSES)])
        self.tree.currentItemChanged.connect(self._on_current)
        self.tree.itemActivated.connect(lambda item, _col: self._choose(item))
        self.tree.reclicked.connect(self._choose)  # the current row clicked again: show it again
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree)
        self.set_data(None)

    # --- content
    def set_data(self, data: ViewData | None, comparing: bool = False) -> None:
        """List the quotes of a comparison (None: nothing compared yet). The rows are added a
        slice at a time after this returns (``filling``)."""
        report = data.quotes if data is not None else None
        if report is self.report and self.tree.topLevelItemCount():
            return
        self.slices.cancel(self)
        self.report = report
        self._items = {}
        self._views = {}
        self._quiet = True
        try:
            self.tree.clear()
            if data is None or report is None:
                self.tree.add_note(tr("Comparing…") if comparing else tr(NOTHING_YET), bold=True)
            elif report.empty:
                self.tree.add_note(tr(NONE_FOUND), bold=True)
            else:
                self.tree.add_note(tr("Right version: %1").replace("%1", report.count_line("right")), bold=True)
                self.slices.start(self, self._fill(report, quote_rows_of(data)), priority=1)
        finally:
            self._quiet = False

    def filling(self) -> bool:
        """Whether rows are still to be added."""
        return self.slices.busy(self)

    def finish_filling(self) -> None:
        """Add the rows still to come now."""
        self.slices.finish(self)

    def _fill(self, report: QuoteReport, rows: tuple[QuoteRow, ...]) -> Iterator[None]:
        yield from self._add_rows(report.right, rows[:len(report.right)], lost=False)
        if report.lost:
            self.tree.add_note(f"{tr(LOST_TITLE)} ({len(report.lost)})", bold=True)
            yield from self._add_rows(report.lost, rows[len(report.right):], lost=True)

    def _add_rows(self, views: tuple[QuoteView, ...], rows: tuple[QuoteRow, ...], lost: bool) -> Iterator[None]:
        palette = self.palette()
        grey = mix(palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base), 0.45)
        italic = QFont(self.tree.font())
        italic.setItalic(True)
        step = self.tree.ROWS_PER_STEP
        for at in range(0, len(views), step):
            items = []
            for view, texts in zip(views[at:at + step], rows[at:at + step]):
                item = QTreeWidgetItem(list(texts))
                item.setData(0, QUOTE_ROLE, view.quote.index)
                item.setData(0, TONE_ROLE, view.tone)
                item.setData(0, LOST_ROLE, lost)
                if lost:
                    for col in range(len(COLUMNS)):
                        item.setForeground(col, grey)
                        item.setFont(col, italic)
                self._items[view.quote.index] = item
                self._views[view.quote.index] = view
                items.append(item)
            self._quiet = True
            try:
                self.tree.addTopLevelItems(items)
            finally:
                self._quiet = False
            yield

    def _tool_tip(self, item: QTreeWidgetItem) -> str:
        view = self._views.get(item.data(0, QUOTE_ROLE))
        return tooltip(view, self.palette()) if view is not None else ""

    # --- what the rows hold (every row added first)
    def quote_rows(self) -> list[int]:
        """The quote index of each row of a quote, top to bottom."""
        self.finish_filling()
        out = []
        for i in range(self.tree.topLevelItemCount()):
            index = self.tree.topLevelItem(i).data(0, QUOTE_ROLE)
            if isinstance(index, int):
                out.append(index)
        return out

    def item_for(self, index: int) -> QTreeWidgetItem | None:
        if index not in self._items:
            self.finish_filling()
        return self._items.get(index)

    def current_quote(self) -> int | None:
        item = self.tree.currentItem()
        index = item.data(0, QUOTE_ROLE) if item is not None else None
        return index if isinstance(index, int) else None

    def select_quote(self, index: int) -> None:
        """Make the quote's row current without emitting ``chosen`` (the text is already there)."""
        item = self.item_for(index)
        if item is None:
            return
        self._quiet = True
        try:
            self.tree.setCurrentItem(item)
        finally:
            self._quiet = False
        self.tree.scrollToItem(item)

    # --- choosing
    def _choose(self, item: QTreeWidgetItem | None) -> None:
        index = item.data(0, QUOTE_ROLE) if item is not None else None
        if isinstance(index, int) and not self._quiet:
            self.chosen.emit(index)

    def _on_current(self, current: QTreeWidgetItem | None, _previous) -> None:
        self._choose(current)

