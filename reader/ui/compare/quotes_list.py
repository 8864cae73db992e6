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

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QHeaderView,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader.present.format import words_only
from reader.present.quotes import (
    LEFT_STATUSES,
    LOST_TITLE,
    NONE_FOUND,
    RIGHT_STATUSES,
    QuoteReport,
    QuoteView,
    Run,
    in_context,
    shorten,
    status_label,
)
from reader.present.spans import ViewData
from reader.ui.common import translator
from reader.ui.common.colours import accent, mix
from reader.ui.compare.badge_tree import LOST_ROLE, TONE_ROLE, BadgeTree

COLUMNS = ("Verdict", "Speaker", "Verb", "Quote", "Words changed")
QUOTE_ROLE = Qt.ItemDataRole.UserRole        # the quote's index in Comparison.quotes (rows of quotes only)
NOTHING_YET = "Compare two texts to list their quotes."


def tr(text: str) -> str:
    return QCoreApplication.translate("QuotesList", text)


def _has_words(text: str) -> bool:
    return any(ch.isalnum() for ch in text)


def runs_text(runs: tuple[Run, ...]) -> str:
    """The words changed on one line: ``old → new``, ``−cut``, ``+added``; unchanged words, and
    changes of punctuation or quote marks alone, left out (the tool tip shows them)."""
    out = []
    for run in runs:
        old, new = words_only(run.old), words_only(run.new)
        if run.kind == "changed" and _has_words(old) and _has_words(new):
            out.append(f"{old} → {new}")
        elif run.kind in ("changed", "removed") and _has_words(old):
            out.append(f"−{old}")
        elif run.kind in ("changed", "added") and _has_words(new):
            out.append(f"+{new}")
    return " · ".join(out)


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

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("quotesList")
        self.report: QuoteReport | None = None
        self._items: dict[int, QTreeWidgetItem] = {}
        self._quiet = False
        self.tree = BadgeTree([tr(name) for name in COLUMNS])
        self.tree.setObjectName("quotesTree")
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
        """List the quotes of a comparison (None: nothing compared yet)."""
        report = data.quotes if data is not None else None
        if report is self.report and self.tree.topLevelItemCount():
            return
        self.report = report
        self._items = {}
        self._quiet = True
        try:
            self.tree.clear()
            if report is None:
                self._add_heading(tr("Comparing…") if comparing else tr(NOTHING_YET))
            elif report.empty:
                self._add_heading(tr(NONE_FOUND))
            else:
                self._add_heading(tr("Right version: %1").replace("%1", report.count_line("right")))
                rows = [self._row(view, lost=False) for view in report.right]
                self.tree.addTopLevelItems(rows)
                if report.lost:
                    self._add_heading(f"{tr(LOST_TITLE)} ({len(report.lost)})")
                    self.tree.addTopLevelItems([self._row(view, lost=True) for view in report.lost])
        finally:
            self._quiet = False

    def _add_heading(self, text: str) -> None:
        item = QTreeWidgetItem([text])
        item.setFlags(Qt.ItemFlag.NoItemFlags)  # neither chosen nor stopped at by the arrow keys
        font = QFont(self.tree.font())
        font.setBold(True)
        item.setFont(0, font)
        self.tree.addTopLevelItem(item)
        item.setFirstColumnSpanned(True)

    def _row(self, view: QuoteView, lost: bool) -> QTreeWidgetItem:
        q = view.quote
        item = QTreeWidgetItem([view.label, q.speaker or "—", q.verb or "", shorten(view.text, 160),
                                runs_text(in_context(view.runs, 0)) if view.changed else ""])
        item.setData(0, QUOTE_ROLE, q.index)
        item.setData(0, TONE_ROLE, view.tone)
        item.setData(0, LOST_ROLE, lost)
        tip = tooltip(view, self.palette())
        palette = self.palette()
        grey = mix(palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base), 0.45)
        for col in range(len(COLUMNS)):
            item.setToolTip(col, tip)
            if lost:
                item.setForeground(col, grey)
                font = QFont(self.tree.font())
                font.setItalic(True)
                item.setFont(col, font)
        self._items[q.index] = item
        return item

    # --- what the rows hold
    def quote_rows(self) -> list[int]:
        """The quote index of each row of a quote, top to bottom."""
        out = []
        for i in range(self.tree.topLevelItemCount()):
            index = self.tree.topLevelItem(i).data(0, QUOTE_ROLE)
            if isinstance(index, int):
                out.append(index)
        return out

    def item_for(self, index: int) -> QTreeWidgetItem | None:
        return self._items.get(index)

    def current_quote(self) -> int | None:
        item = self.tree.currentItem()
        index = item.data(0, QUOTE_ROLE) if item is not None else None
        return index if isinstance(index, int) else None

    def select_quote(self, index: int) -> None:
        """Make the quote's row current without emitting ``chosen`` (the text is already there)."""
        item = self._items.get(index)
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

