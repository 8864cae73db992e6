"""Comparing the shown pair: the one ``ShownPair`` value, the Comparer in the background, its
progress, the status bar's summary and legend, the window title, swapping sides and options."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Signal
from PySide6.QtWidgets import QLabel, QMainWindow

from reader import APP_NAME
from reader.core import Options
from reader.present.spans import ViewData
from reader.ui.common.elided_label import ElidedLabel
from reader.ui.common.message_bar import MessageBar
from reader.ui.common.settings import Settings
from reader.ui.compare.comparer import Comparer
from reader.ui.compare.find_bar import FindBar
from reader.ui.compare.view import CompareView, legend_style
from reader.ui.window.shown import ShownPair

LEGEND = ("removed", "added", "changed", "moved", "quoted")
NOTHING_SHOWN = "No comparison yet"


def tr(text: str) -> str:
    return QCoreApplication.translate("ComparisonController", text)


def legend_names() -> dict[str, str]:
    return {"removed": tr("removed"), "added": tr("added"), "changed": tr("changed"), "moved": tr("moved"),
            "quoted": tr("quoted")}


class ComparisonController(QObject):
    """Owns what the view shows (``shown``) and the options it is compared with.

    ``changed`` is emitted when the pair shown, or its comparison, changes.
    """

    changed = Signal()

    def __init__(self, window: QMainWindow, view: CompareView, find_bar: FindBar, message_bar: MessageBar,
                 settings: Settings):
        super().__init__(window)
        self.window, self.view, self.find_bar, self.message_bar = window, view, find_bar, message_bar
        self.settings = settings
        self.options = Options.from_dict(settings.get("options", {}) or {})
        self.shown: ShownPair | None = None
        self.comparer = Comparer(self)
        self.comparer.ready.connect(self._on_ready)
        self.comparer.failed.connect(self._on_failed)
        view.follow(self.comparer)  # stage, percentage and Cancel above the panes
        self.comparer.cancelled.connect(lambda: self.summary.setText(tr("Comparison cancelled")))
        view.current_changed.connect(self._on_current_change)
        self._build_status()

    def _build_status(self) -> None:
        status = self.window.statusBar()
        status.setAccessibleName(tr("Status bar"))
        status.setAccessibleDescription(tr("How similar the versions are, the current change and the colours' legend"))
        self.summary = ElidedLabel(tr(NOTHING_SHOWN))  # cut with "…" on a narrow window, whole in its tool tip
        self.summary.setObjectName("summary")
        self.change_label = QLabel("")
        self.change_label.setObjectName("changePosition")
        status.addWidget(self.summary, 1)
        status.addPermanentWidget(self.change_label)
        self.legend: list[QLabel] = []
        names = legend_names()
        for role in LEGEND:
            chip = QLabel(names[role])
            chip.setObjectName(f"legend_{role}")
            chip.setProperty("role", role)
            if role == "quoted":
                chip.setToolTip(tr("Quoted text is underlined; words altered inside a quote are marked in deeper "
                                   "colours than ordinary changes"))
            self.legend.append(chip)
            status.addPermanentWidget(chip)
        self._styling = False
        self.style_legend()

    def style_legend(self) -> None:
        """Colour the legend's chips from the window's palette (again when it changes)."""
        if self._styling:
            return
        self._styling = True  # style sheets send PaletteChange events of their own
        try:
            for chip in self.legend:
                chip.setStyleSheet(legend_style(self.window.palette(), chip.property("role")))
        finally:
            self._styling = False

    # --- what is shown ----------------------------------------------------------------------

    def show(self, pair: ShownPair) -> None:
        """Show the pair's two documents and compare them in the background."""
        self.shown = pair
        left, right = pair.left, pair.right
        if self.view.set_documents(left.document, right.document, tr("Left: %1").replace("%1", left.heading),
                                   tr("Right: %1").replace("%1", right.heading)):
            # lay out and paint the new texts now, before the worker competes for the GIL
            self.view.repaint()
        self.find_bar.refresh()
        self.window.setWindowTitle(f"{_short(left.name)} ↔ {_short(right.name)} — {APP_NAME}")
        self.summary.setText(tr("Comparing…"))
        self.comparer.start(left.document, right.document, self.options)
        self.changed.emit()

    def clear(self) -> None:
        """Show nothing (the pair's texts are gone)."""
        self.shown = None
        self.comparer.cancel()
        self.view.clear()
        self.window.setWindowTitle(APP_NAME)
        self.summary.setText(tr(NOTHING_SHOWN))
        self.changed.emit()

    def swap_sides(self) -> None:
        if self.shown is not None:
            self.show(self.shown.swapped())

    def set_option(self, name: str, value: bool) -> None:
        self.options = self.options.with_(**{name: value})
        self.settings.set("options", self.options.to_dict())
        self.recompare()

    def recompare(self) -> None:
        if self.shown is not None:
            self.summary.setText(tr("Comparing…"))
            self.comparer.start(self.shown.left.document, self.shown.right.document, self.options)

    # --- the Comparer's signals -------------------------------------------------------------

    def _on_ready(self, data: ViewData) -> None:
        comp, shown = data.comparison, self.shown
        if shown is None or (shown.left.document.text, shown.right.document.text) != \
                (comp.left.document.text, comp.right.document.text):
            return  # belongs to a pair no longer shown
        self.view.show_data(data)
        self.find_bar.refresh()
        self.summary.setText(summary_text(data))
        self.changed.emit()

    def _on_failed(self, message: str) -> None:
        self.summary.setText(tr("The comparison failed"))
        self.message_bar.add_problems([message], tr("The comparison failed"))

    def _on_current_change(self, index: int, count: int) -> None:
        if count == 0:
            self.change_label.setText(tr("no changes") if self.view.data else "")
        elif index < 0:
            self.change_label.setText(tr("%1 changes").replace("%1", str(count)))
        else:
            self.change_label.setText(tr("change %1 of %2").replace("%1", str(index + 1)).replace("%2", str(count)))


def _short(name: str, limit: int = 40) -> str:
    return name if len(name) <= limit else name[:limit - 1].rstrip() + "…"


def summary_text(data: ViewData) -> str:
    s = data.comparison.stats
    text = tr("Similarity %1%  ·  sentences: %2 changed, %3 moved, %4 added, %5 removed")
    for n, value in enumerate((QLocale().toString(s.similarity, "f", 1), s.changed_pairs, s.moved_pairs, s.inserted,
                               s.deleted), start=1):
        text = text.replace(f"%{n}", str(value))
    quotes = quotes_text(data)
    return f"{text}  ·  {quotes}" if quotes else text


def quotes_text(data: ViewData) -> str:
    """``"quotes: 3 (2 altered, 0 without source)"``, the right version's quotes, and how many of
    the left version's are no longer quoted when some are; "" when neither version quotes."""
    report = data.quotes
    if report.empty:
        return ""
    right, lost = report.counts["right"], len(report.lost)
    text = tr("quotes: %1 (%2 altered, %3 without source") \
        .replace("%1", str(sum(right.values()))).replace("%2", str(right.get("altered", 0))) \
        .replace("%3", str(right.get("no source", 0)))
    return text + (tr(", %1 of the left no longer quoted)").replace("%1", str(lost)) if lost else ")")
