"""The comparison: two text panes, the link strip between them and an overview bar beside each.

Scrolling either pane scrolls the other through the pure scroll map (reader.present.scrollmap):
the line at a reference height (top at the start, bottom at the end, in between proportionally)
is found in the other version and put at the same height. A guard stops the echo.

Quotes: each pane underlines its quoted stretches; ``show_quote`` brings a quote and its
source (or where it would have been) into view in both panes and outlines them with a flash;
a click on quoted text emits ``quote_clicked`` so the Quotes list can follow.
"""

from __future__ import annotations

from bisect import bisect_right

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from reader.core import Document
from reader.core.model import Quote
from reader.present.scrollmap import counterpart, segment_at
from reader.present.spans import Change, ViewData
from reader.ui.common.colours import accent, tint
from reader.ui.common.slices import Slices
from reader.ui.compare.comparer import Comparer
from reader.ui.compare.highlight import SpanApplier, formats_for
from reader.ui.compare.inline_view import InlineView
from reader.ui.compare.link_strip import LinkStrip
from reader.ui.compare.overview import OverviewBar
from reader.ui.compare.prepared import clutter_count_of, folding_of, overview_marks_of
from reader.ui.compare.progress import CompareProgress
from reader.ui.compare.text_pane import TextPane

MIN_POINT_SIZE, MAX_POINT_SIZE = 6.0, 40.0


def tr(text: str) -> str:
    return QCoreApplication.translate("CompareView", text)


class ElidedLabel(QLabel):
    """A one-line label that shortens its text with … instead of widening the window."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setTextFormat(Qt.TextFormat.PlainText)

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self._elide()

    def full_text(self) -> str:
        return self._full

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        self.setText(elide_at_word(self._full, self.fontMetrics(), max(10, self.contentsRect().width())))


def _without_side(title: str) -> str:
    """A pane's title without the "Left: " / "Right: " it is given with (the window's words)."""
    for words in ("Left: %1", "Right: %1"):
        prefix = QCoreApplication.translate("ComparisonController", words).split("%1")[0]
        if prefix and title.startswith(prefix):
            return title[len(prefix):]
    return title


def elide_at_word(text: str, metrics, width: int) -> str:
    """``text`` if it fits in ``width`` pixels, else its longest run of whole words that fits
    with "…" after it (Qt's cut within a word when even the first word is too long)."""
    if metrics.horizontalAdvance(text) <= width:
        return text
    cut = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
    kept = cut[:-1] if cut.endswith("…") else cut
    if len(kept) < len(text) and not text[len(kept)].isspace():
        words = kept.rsplit(None, 1)
        if len(words) == 2:
            kept = words[0]
    kept = kept.rstrip(" \t,;:·-–—")
    return kept + "…" if kept else cut


class CompareView(QWidget):
    current_changed = Signal(int, int)  # index of the current change (-1 for none), count
    zoom_changed = Signal(float)        # point size
    applied = Signal()                  # highlights and folding fully applied
    quote_clicked = Signal(int)         # index into Comparison.quotes of quoted text clicked

    def __init__(self, parent=None, slices: Slices | None = None):
        """``slices``: where long UI-thread work is done a slice at a time (the window's)."""
        super().__init__(parent)
        self.setObjectName("compareView")
        self.slices = slices or Slices(self)
        self.data: ViewData | None = None
        self.left = TextPane("left")
        self.right = TextPane("right")
        self.strip = LinkStrip(self.left, self.right)
        self.left_bar = OverviewBar("left")
        self.right_bar = OverviewBar("right")
        self.left_title = ElidedLabel()
        self.right_title = ElidedLabel()
        self.progress = CompareProgress()
        self.inline = InlineView()  # View ▸ Inline View: shown instead of the panes and the strip
        self.inline.hide()
        for label in (self.left_title, self.right_title):
            font = QFont(label.font())
            font.setBold(True)
            label.setFont(font)
            label.setContentsMargins(6, 4, 6, 4)
        self._appliers = {"left": SpanApplier(self.left, self.slices), "right": SpanApplier(self.right, self.slices)}
        for applier in self._appliers.values():
            applier.finished.connect(self._on_applied)
        self._texts: tuple[str, str] | None = None
        self._show_boilerplate = False
        self._syncing = False
        self._current = -1
        self._base_size = self.left.font().pointSizeF()
        self._size = self._base_size
        self._pending = 0
        self._titles = ("", "")
        # after a layout or a resize, the right pane follows the left one on the next turn: once
        # for every change made meanwhile (highlights laid out a slice at a time make dozens)
        self._sync_soon = QTimer(self)
        self._sync_soon.setSingleShot(True)
        self._sync_soon.setInterval(0)
        self._sync_soon.timeout.connect(lambda: self._sync_from(self.left))
        self._name_widgets()

        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        header.setSpacing(0)
        header.addWidget(self.left_title, 1)
        header.addSpacing(self.strip.sizeHint().width())
        header.addWidget(self.right_title, 1)
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        body.addWidget(self.left_bar)
        body.addWidget(self.left, 1)
        body.addWidget(self.strip)
        body.addWidget(self.right, 1)
        body.addWidget(self.right_bar)
        body.addWidget(self.inline, 1)
        self.strip.setFixedWidth(self.strip.sizeHint().width())
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addLayout(header)
        outer.addWidget(self.progress)
        outer.addLayout(body, 1)

        for pane in (self.left, self.right):
            bar = pane.verticalScrollBar()
            bar.valueChanged.connect(lambda _v, p=pane: self._on_scrolled(p))
            bar.rangeChanged.connect(lambda _a, _b, p=pane: self._after_layout(p))
            pane.hovered.connect(lambda off, p=pane: self._on_hover(p, off))
            pane.clicked.connect(lambda off, p=pane: self._on_click(p, off))
            pane.installEventFilter(self)
        self.left_bar.jump.connect(lambda off: self._jump(self.left, off))
        self.right_bar.jump.connect(lambda off: self._jump(self.right, off))

    def _name_widgets(self) -> None:
        """Accessible names and descriptions, for screen readers (the panes' names get the
        titles when texts are shown)."""
        self.strip.setAccessibleName(tr("Links between the versions"))
        self.strip.setAccessibleDescription(tr("Ribbons join each sentence of the left version to its counterpart "
                                               "in the right one: grey when the same, amber when reworded, blue "
                                               "when moved; removed and added sentences narrow to a point"))
        for bar, name in ((self.left_bar, tr("Overview of the changes in the left version")),
                          (self.right_bar, tr("Overview of the changes in the right version"))):
            bar.setAccessibleName(name)
            bar.setAccessibleDescription(tr("Where the changes are in the whole text; click to go there"))
        for pane, title in ((self.left, self.left_title), (self.right, self.right_title)):
            pane.setAccessibleDescription(tr("Read-only text; changes are coloured: red removed, green added, "
                                             "amber changed, blue moved. Alt+Down goes to the next change"))
            title.setAccessibleName(tr("Title of the left version") if pane is self.left
                                    else tr("Title of the right version"))
        self._name_panes()

    def _name_panes(self) -> None:
        for pane, name, title in ((self.left, tr("Left version"), self._titles[0]),
                                  (self.right, tr("Right version"), self._titles[1])):
            heading = _without_side(title)
            pane.setAccessibleName(tr("%1: %2").replace("%1", name).replace("%2", heading) if heading else name)

    def follow(self, comparer: Comparer) -> None:
        """Show ``comparer``'s long comparisons above the panes, with a Cancel button; after a
        cancel the view keeps what it showed (the last comparison of these texts, or the texts
        without highlights, saying so)."""
        self.progress.follow(comparer)
        comparer.cancelled.connect(self._on_cancelled)

    def _on_cancelled(self) -> None:
        if self._texts is not None and self.data is None:
            self.progress.show_message(QCoreApplication.translate(
                "CompareView", "Comparison cancelled: the texts are shown without highlights."))
        else:
            self.progress.clear_message()

    # --- content
    def set_documents(self, left: Document, right: Document, left_title: str, right_title: str) -> bool:
        """Show two texts (no highlights yet). Returns False if they were already shown, in
        which case the view keeps its place."""
        self._titles = (left_title, right_title)
        self._refresh_titles()
        texts = (left.text, right.text)
        if texts == self._texts:
            return False
        self._texts = texts
        self.data = None
        self._current = -1
        self.strip.set_data(None)
        self.inline.set_data(None, right.text)
        self._syncing = True
        try:
            self.left.set_text(left.text)
            self.right.set_text(right.text)
        finally:
            self._syncing = False
        for bar in (self.left_bar, self.right_bar):
            bar.set_marks([], None)
            bar.set_current(None)
        return True

    def clear(self) -> None:
        self.progress.clear_message()
        self._texts = None
        self.data = None
        self._current = -1
        self.left.set_text("")
        self.right.set_text("")
        self.inline.set_data(None)
        self._titles = ("", "")
        self._refresh_titles()
        self.strip.set_data(None)
        for bar in (self.left_bar, self.right_bar):
            bar.set_marks([], None)
        self.current_changed.emit(-1, 0)

    def show_data(self, data: ViewData) -> None:
        """Highlight a comparison of the texts now shown, keeping the place in the text."""
        comp = data.comparison
        if self._texts != (comp.left.document.text, comp.right.document.text):
            raise ValueError("show_data() for texts that are not the ones shown")
        anchor = self._top_offset()
        previous = self.current_change()
        self.progress.clear_message()
        self.data = data
        self._current = -1
        if previous is not None:  # keep the current change if it still is one
            for i, change in enumerate(data.changes):
                if change.left[0] <= previous.left[0] < max(change.left[1], change.left[0] + 1):
                    self._current = i
                    break
        self._apply(anchor)
        for which, pane in (("left", self.left), ("right", self.right)):
            pane.set_quotes([(m.start, m.end) for m in data.side(which).quotes])
            pane.set_mark("quote", None)
        self.strip.set_data(data)
        self.inline.set_data(data)
        self._update_bars()
        self._mark_current()
        self.current_changed.emit(self._current, len(data.changes))

    def _refresh_titles(self) -> None:
        self._name_panes()
        for which, label, title in (("left", self.left_title, self._titles[0]),
                                    ("right", self.right_title, self._titles[1])):
            text = title
            if self.data is not None and not self._show_boilerplate:
                clutter = clutter_count_of(self.data, which)
                if clutter:
                    text += QCoreApplication.translate("CompareView", "  ·  page clutter folded (%1)").replace(
                        "%1", str(clutter))
            label.set_full_text(text)

    def _apply(self, anchor: int | None) -> None:
        self._refresh_titles()
        if self.data is None:
            return
        formats = formats_for(self.palette())
        self._pending = 2
        for which in ("left", "right"):
            side = self.data.side(which)
            hidden = frozenset() if self._show_boilerplate else side.hidden_lines
            self._appliers[which].apply(side.spans, formats, hidden)
        self._restore_top(anchor)
        self._sync_from(self.left)

    def _on_applied(self) -> None:
        self._pending = max(0, self._pending - 1)
        if self._pending == 0:
            self._sync_from(self.left)
            self.strip.update()
            self.applied.emit()

    def is_applying(self) -> bool:
        return any(a.busy() for a in self._appliers.values())

    def finish_applying(self) -> None:
        for applier in self._appliers.values():
            applier.finish_now()

    def _top_offset(self) -> int | None:
        if self._texts is None:
            return None
        return int(self.left.offset_at(0))

    def _update_bars(self) -> None:
        if self.data is None:
            return
        for which, bar in (("left", self.left_bar), ("right", self.right_bar)):
            bar.set_marks(overview_marks_of(self.data, which), folding_of(self.data, which, self._show_boilerplate))
        self._update_view_ranges()

    # --- boilerplate and palette
    @property
    def show_boilerplate(self) -> bool:
        return self._show_boilerplate

    def set_show_boilerplate(self, show: bool) -> None:
        if show == self._show_boilerplate:
            return
        self._show_boilerplate = show
        self.inline.set_show_clutter(show)
        anchor = self._top_offset()
        self._apply(anchor)
        self._update_bars()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.data is not None:
            self._apply(self._top_offset())

    # --- synchronised scrolling
    def _on_scrolled(self, pane: TextPane) -> None:
        if not self._syncing:
            self._sync_from(pane)
        self._update_view_ranges()
        self.strip.update()

    def _after_layout(self, pane: TextPane) -> None:
        if not self._syncing:
            self._sync_soon.start()

    def reference_fraction(self, pane: TextPane) -> float:
        """The height (0..1 of the view) whose line is kept level: the top at the start of the
        text, the bottom at its end, and in between as far down as the scroll bar is."""
        bar = pane.verticalScrollBar()
        return bar.value() / bar.maximum() if bar.maximum() > 0 else 0.0

    def _sync_from(self, pane: TextPane) -> None:
        if self.data is None or self._syncing:
            return
        other = self.right if pane is self.left else self.left
        self._syncing = True
        try:
            bar, other_bar = pane.verticalScrollBar(), other.verticalScrollBar()
            if bar.value() in (bar.minimum(), bar.maximum()) and bar.maximum() > 0:
                # at either end of one text, the other is at the same end (folded clutter
                # above the first sentence must not hold it a few lines down)
                other_bar.setValue(other_bar.minimum() if bar.value() == bar.minimum() else other_bar.maximum())
            else:
                at = self.reference_fraction(pane)
                offset = pane.offset_at(at * pane.viewport().height())
                target = self.data.scroll.map(offset, pane.side)
                other.scroll_to_offset(target, at)
        finally:
            self._syncing = False
        self._update_view_ranges()
        self.strip.update()

    def _update_view_ranges(self) -> None:
        self.left_bar.set_view_range(*self.left.visible_range())
        self.right_bar.set_view_range(*self.right.visible_range())

    def _jump(self, pane: TextPane, offset: int) -> None:
        pane.scroll_to_offset(offset, 0.5)

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Resize and obj in (self.left, self.right):
            self._sync_soon.start()
        return False

    # --- hover and click: a sentence and its counterpart
    def _spans_for(self, pane: TextPane, offset: int):
        if self.data is None or offset < 0:
            return None
        comp = self.data.comparison
        found = counterpart(comp, pane.side, offset)
        if found is not None:
            return found
        seg = segment_at(comp.side(pane.side), offset)
        if seg is None or seg.kind != "sentence" or seg.status not in ("deleted", "inserted"):
            return None
        where = round(self.data.scroll.map(seg.start, pane.side))
        return (seg.start, seg.end), (where, where)

    def _on_hover(self, pane: TextPane, offset: int) -> None:
        other = self.right if pane is self.left else self.left
        found = self._spans_for(pane, offset)
        if found is None:
            pane.set_mark("hover", None)
            other.set_mark("counterpart", None)
            other.set_mark("hover", None)
            return
        mine, theirs = found
        pane.set_mark("hover", mine)
        other.set_mark("hover", None)
        other.set_mark("counterpart", theirs)

    def _on_click(self, pane: TextPane, offset: int) -> None:
        quote = self.quote_at(pane.side, offset)
        if quote is not None:
            self.quote_clicked.emit(quote)
        found = self._spans_for(pane, offset)
        if found is None:
            return
        mine, theirs = found
        other = self.right if pane is self.left else self.left
        pane.set_mark("hover", mine)
        other.set_mark("counterpart", theirs)
        got = other.span_y(*theirs) if theirs[1] > theirs[0] else None
        mine_y = pane.span_y(*mine)
        if got is None or got[0] < 0 or got[1] > other.viewport().height():
            # bring the counterpart level with the clicked sentence
            at = (mine_y[0] / max(1, pane.viewport().height())) if mine_y else 0.3
            self._syncing = True
            try:
                other.scroll_to_offset(theirs[0], min(0.8, max(0.0, at)))
            finally:
                self._syncing = False
            self.strip.update()
            self._update_view_ranges()

    def counterpart_marked(self, side: str) -> tuple[int, int] | None:
        return (self.left if side == "left" else self.right).mark("counterpart")

    # --- quotes
    def quote_at(self, side: str, offset: int) -> int | None:
        """The index of the quote whose quoted text holds ``offset`` on ``side``, if any."""
        if self.data is None or offset < 0:
            return None
        marks = self.data.side("left" if side == "left" else "right").quotes
        i = bisect_right([m.start for m in marks], offset) - 1
        return marks[i].quote if i >= 0 and offset < marks[i].end else None

    def quote_ranges(self, index: int) -> tuple[Quote, tuple[int, int], tuple[int, int]]:
        """A quote, its range on its side and on the other side: its source, the quote it was
        matched with, or (an empty range) where it would be there."""
        assert self.data is not None
        comp = self.data.comparison
        quote = comp.quotes[index]
        mine = (quote.start, quote.end)
        if quote.source is not None:
            theirs = (quote.source.start, quote.source.end)
        elif quote.counterpart is not None and 0 <= quote.counterpart < len(comp.quotes):
            other = comp.quotes[quote.counterpart]
            theirs = (other.start, other.end)
        else:
            where = round(self.data.scroll.map(quote.start, quote.side))
            theirs = (where, where)
        return quote, mine, theirs

    def show_quote(self, index: int) -> None:
        """Scroll the quote's pane to it and the other pane to its source, outline both and
        flash them."""
        if self.data is None or not 0 <= index < len(self.data.comparison.quotes):
            return
        quote, mine, theirs = self.quote_ranges(index)
        pane, other = (self.left, self.right) if quote.side == "left" else (self.right, self.left)
        self._syncing = True
        try:
            pane.scroll_to_offset(mine[0], 0.3)
            other.scroll_to_offset(theirs[0], 0.3)
        finally:
            self._syncing = False
        pane.set_mark("quote", mine)
        other.set_mark("quote", theirs)
        pane.flash()
        other.flash()
        self._update_view_ranges()
        self.strip.update()

    def shown_quote(self, side: str) -> tuple[int, int] | None:
        """The range outlined for the quote last shown, on ``side``."""
        return (self.left if side == "left" else self.right).mark("quote")

    # --- next / previous change
    def changes(self) -> tuple[Change, ...]:
        return self.data.changes if self.data else ()

    def current_index(self) -> int:
        return self._current

    def current_change(self) -> Change | None:
        if self.data is None or not (0 <= self._current < len(self.data.changes)):
            return None
        return self.data.changes[self._current]

    def next_change(self) -> bool:
        return self._step(+1)

    def previous_change(self) -> bool:
        return self._step(-1)

    def _step(self, direction: int) -> bool:
        changes = self.changes()
        if not changes:
            return False
        if self._current < 0:
            top = self.left.offset_at(0)
            if direction > 0:
                index = next((i for i, c in enumerate(changes) if c.left[1] >= top), len(changes) - 1)
            else:
                index = next((i for i in range(len(changes) - 1, -1, -1) if changes[i].left[0] < top), 0)
        else:
            index = self._current + direction
            if not 0 <= index < len(changes):
                return False
        self.go_to_change(index)
        return True

    def go_to_change(self, index: int) -> None:
        change = self.changes()[index]
        self._current = index
        self.left.set_mark("quote", None)
        self.right.set_mark("quote", None)
        self._syncing = True
        try:
            self.left.scroll_to_offset(change.left[0], 0.3)
            self.right.scroll_to_offset(change.right[0], 0.3)
        finally:
            self._syncing = False
        self._mark_current()
        self._update_view_ranges()
        self.strip.update()
        self.current_changed.emit(index, len(self.changes()))

    def _mark_current(self) -> None:
        change = self.current_change()
        if change is None:
            self.left.set_mark("current", None)
            self.right.set_mark("current", None)
            self.strip.set_current(None)
            self.left_bar.set_current(None)
            self.right_bar.set_current(None)
            return
        self.left.set_mark("current", change.left)
        self.right.set_mark("current", change.right)
        self.strip.set_current((change.left, change.right))
        self.left_bar.set_current(change.left if change.left[1] > change.left[0] else None)
        self.right_bar.set_current(change.right if change.right[1] > change.right[0] else None)

    # --- zoom
    def point_size(self) -> float:
        return self._size

    def set_point_size(self, size: float) -> None:
        size = max(MIN_POINT_SIZE, min(MAX_POINT_SIZE, size))
        if size == self._size and self.left.font().pointSizeF() == size:
            return
        anchor = self._top_offset()
        self._size = size
        for pane in (self.left, self.right):
            pane.set_point_size(size)
        self.inline.setFont(self.right.font())
        if anchor is not None:
            self._restore_top(anchor)
            self._sync_from(self.left)
        self.zoom_changed.emit(size)

    def _restore_top(self, anchor: int | None) -> None:
        """Scroll the left pane back to ``anchor`` without echoing it to the right one."""
        if anchor is None:
            return
        self._syncing = True
        try:
            self.left.scroll_to_offset(anchor, 0.0)
        finally:
            self._syncing = False

    def zoom_in(self) -> None:
        self.set_point_size(self._size + 1)

    def zoom_out(self) -> None:
        self.set_point_size(self._size - 1)

    def zoom_reset(self) -> None:
        self.set_point_size(self._base_size)

    # --- inline view
    @property
    def inline_shown(self) -> bool:
        return not self.inline.isHidden()

    def set_inline(self, on: bool) -> None:
        """One column (the newer version with the older one's losses in place) instead of the
        two panes, the link strip and the overview bars; off brings them back."""
        for widget in (self.left_bar, self.left, self.strip, self.right, self.right_bar, self.left_title):
            widget.setVisible(not on)
        self.inline.setFont(self.right.font())  # the panes' family (Preferences) and size
        self.inline.setVisible(on)

    @property
    def base_point_size(self) -> float:
        return self._base_size


def legend_style(palette: QPalette, role: str) -> str:
    """A style sheet giving a legend chip the background used for ``role``; "quoted" gets the
    line quoted text is underlined with instead."""
    text = palette.color(QPalette.ColorRole.Text)
    if role == "quoted":
        line = accent(palette, "quote")
        return f"color:{text.name()}; border:none; border-bottom:2px solid {line.name()}; padding:1px 6px;"
    colour = tint(palette, role)
    return f"background:{colour.name()}; color:{text.name()}; border-radius:3px; padding:1px 6px;"
