"""The import dialog: progress while files are added to the library, then what happened.

While running: a progress bar, "done of total files", the rate, the file in hand, Cancel.
When done: the summary (added, duplicates skipped, errors) and, if any file failed, a table
of file and reason. Closing the window while importing cancels the import first.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QCloseEvent, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from reader.core.options import Options
from reader.library.importer import ImportReport
from reader.library.library import Library
from reader.present.errors import reason_in
from reader.ui.common.translator import current as current_language
from reader.ui.library.import_runner import ImportRunner


def tr(text: str) -> str:
    return QCoreApplication.translate("ImportDialog", text)


def _count(n: int, one: str, many: str) -> str:
    """``one`` or ``many`` (templates with %1), translated, with the number ``n`` in."""
    return tr(one if n == 1 else many).replace("%1", f"{n:,}")


def _of_files(done: int, total: int) -> str:
    """``"3 of 5 files"``."""
    return _count(total, "%2 of %1 file", "%2 of %1 files").replace("%2", f"{done:,}")


def report_summary(report: ImportReport) -> str:
    parts = [_count(report.added, "%1 article added", "%1 articles added"),
             _count(report.duplicates, "%1 duplicate skipped", "%1 duplicates skipped"),
             _count(len(report.errors), "%1 error", "%1 errors")]
    head = tr("Import cancelled") if report.cancelled else tr("Import finished")
    return tr("%1: %2 (%3, %4 s).").replace("%1", head).replace("%3", _of_files(report.done, report.total)) \
        .replace("%4", f"{report.seconds:.1f}").replace("%2", ", ".join(parts))


class ImportDialog(QDialog):
    """Imports ``paths`` into ``library`` in the background; ``imported(report)`` when done."""

    imported = Signal(object)  # ImportReport (cancelled or not)

    def __init__(self, library: Library, parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("Import into the library"))
        self.setMinimumWidth(560)
        self.runner = ImportRunner(library, self)
        self.runner.progress.connect(self._on_progress)
        self.runner.finished.connect(self._on_finished)
        self.runner.failed.connect(self._on_failed)
        self._close_when_done = False
        self._roots: list[Path] = []
        self.report: ImportReport | None = None

        self.heading = QLabel(tr("Looking for files…"))
        self.bar = QProgressBar()
        self.bar.setTextVisible(True)
        self.count_label = QLabel("")
        self.rate_label = QLabel("")
        self.file_label = QLabel("")
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary_label = QLabel("")
        self.summary_label.setWordWrap(True)
        self.summary_label.hide()
        self.errors_table = QTableWidget(0, 2)
        self.errors_table.setHorizontalHeaderLabels([tr("File"), tr("Reason")])
        self.errors_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.errors_table.horizontalHeader().setStretchLastSection(True)
        self.errors_table.verticalHeader().hide()
        self.errors_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.errors_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.errors_table.setWordWrap(False)
        self.errors_table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.errors_table.hide()

        self.buttons = QDialogButtonBox()
        self.cancel_button = QPushButton(tr("Cancel"))
        self.close_button = QPushButton(tr("Close"))
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button.hide()
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.accept)

        self._describe()

        stats = QVBoxLayout()
        stats.setSpacing(2)
        for w in (self.count_label, self.rate_label, self.file_label):
            stats.addWidget(w)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.bar)
        layout.addLayout(stats)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.errors_table, 1)
        layout.addStretch(0)
        layout.addWidget(self.buttons)

    def _describe(self) -> None:
        """Accessible names and descriptions for screen readers. A label's name stays its text
        (what it says changes as the import runs), but for the file's, which takes focus (its text
        can be selected): "File being read: PATH" (_show_file); a description says what each shows."""
        self._show_file("")
        self.bar.setAccessibleName(tr("Import progress"))
        self.bar.setAccessibleDescription(tr("How many of the files found have been read"))
        self.cancel_button.setAccessibleName(tr("Cancel the import"))
        self.cancel_button.setAccessibleDescription(tr("Stop importing; the articles added so far stay in the library"))
        self.close_button.setAccessibleName(tr("Close"))
        self.close_button.setAccessibleDescription(tr("Close this window; the import is over"))
        self.errors_table.setAccessibleName(tr("Files that could not be imported"))
        self.errors_table.setAccessibleDescription(tr("One row per file: the file and why it could not be imported"))
        for label, description in (
                (self.heading, tr("What is being imported, and into which collection")),
                (self.count_label, tr("Files read of the files found")),
                (self.rate_label, tr("Articles read per second")),
                (self.file_label, tr("The file being read now; its tool tip has the full path")),
                (self.summary_label, tr("Articles added, duplicates skipped and errors"))):
            label.setAccessibleDescription(description)

    # --- starting and stopping --------------------------------------------------------------

    def start(self, paths: Sequence[str | Path], collection: str | None = None,
              max_size: int = Options().max_file_size) -> None:
        self._roots = [Path(p).resolve().parent for p in paths]
        names = [Path(p).name or str(p) for p in paths]
        shown = ", ".join(names[:3]) + (tr(" and %1 more").replace("%1", str(len(names) - 3)) if len(names) > 3 else "")
        heading = tr("Importing %1 into “%2”").replace("%2", collection) if collection else tr("Importing %1")
        self.heading.setText(heading.replace("%1", shown))
        self.bar.setRange(0, 0)  # busy until the files are counted
        self.count_label.setText(tr("Looking for files…"))
        self.rate_label.setText("")
        self._show_file("")
        self.summary_label.hide()
        self.errors_table.hide()
        self.cancel_button.setEnabled(True)
        self.cancel_button.show()
        self.close_button.hide()
        self.runner.start(paths, collection, max_size)

    def cancel(self) -> None:
        if self.runner.is_running():
            self.runner.cancel()
            self.cancel_button.setEnabled(False)
            self.count_label.setText(self.count_label.text() + tr(" — cancelling…"))
        else:
            self.reject()

    def reject(self) -> None:  # Escape, the window's close button
        if self.runner.is_running():
            self._close_when_done = True
            self.cancel()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.runner.is_running():
            self._close_when_done = True
            self.cancel()
            event.ignore()
            return
        super().closeEvent(event)

    # --- reports from the runner ------------------------------------------------------------

    def _on_progress(self, done: int, total: int, current: str) -> None:
        if self.bar.maximum() != max(total, 1):
            self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        suffix = tr(" — cancelling…") if self.runner.is_cancelling() else ""
        self.count_label.setText(_of_files(done, total) + suffix)
        elapsed = time.monotonic() - self.runner.started_at
        if elapsed > 0.2:
            self.rate_label.setText(tr("%1 articles/s").replace("%1", f"{done / elapsed:,.0f}"))
        self._show_file(current)

    def _show_file(self, current: str) -> None:
        """The file in hand, elided in the middle; in full in the tool tip and the accessible name."""
        width = max(200, self.file_label.width())
        self.file_label.setText(QFontMetrics(self.file_label.font()).elidedText(
            current, Qt.TextElideMode.ElideMiddle, width) if current else "")
        self.file_label.setToolTip(current)
        self.file_label.setAccessibleName(tr("File being read: %1").replace("%1", current) if current
                                          else tr("File being read"))

    def _on_finished(self, report: ImportReport) -> None:
        self.show_report(report)
        self.imported.emit(report)
        if self._close_when_done:
            self.accept()

    def show_report(self, report: ImportReport) -> None:
        """Show a finished import's summary and error table (also for an earlier import)."""
        self.report = report
        if not self._roots:  # not started here: the report of an earlier import
            self.heading.setText(tr("The last import into the library"))
        self.bar.setRange(0, max(report.total, 1))
        self.bar.setValue(report.done if report.total else 1)
        self.count_label.setText(_of_files(report.done, report.total))
        rate = report.done / report.seconds if report.seconds > 0 else 0.0
        self.rate_label.setText(tr("%1 articles/s").replace("%1", f"{rate:,.0f}") if report.done else "")
        self._show_file("")
        self.summary_label.setText(report_summary(report))
        self.summary_label.show()
        self._fill_errors(report)
        self.cancel_button.hide()
        self.close_button.show()
        self.close_button.setDefault(True)

    def _on_failed(self, message: str) -> None:
        self.bar.setRange(0, 1)
        self.bar.setValue(0)
        self.summary_label.setText(tr("The import failed: %1").replace("%1", message))
        self.summary_label.show()
        self.cancel_button.hide()
        self.close_button.show()
        if self._close_when_done:
            self.accept()

    def _short(self, path: str) -> str:
        """``path`` from the folder that holds what was imported ("news/a.txt", not /home/…)."""
        outer, sep, member = path.partition("::")
        for root in self._roots:
            try:
                return str(Path(outer).resolve().relative_to(root)) + sep + member
            except ValueError:
                continue
        return path

    def _fill_errors(self, report: ImportReport) -> None:
        self.errors_table.setRowCount(len(report.errors))
        for r, issue in enumerate(report.errors):
            reason = reason_in(issue, current_language())  # the reader's language
            for c, (shown, full) in enumerate(((self._short(issue.path), issue.path), (reason, reason))):
                item = QTableWidgetItem(shown)
                item.setToolTip(full)
                self.errors_table.setItem(r, c, item)
        if report.errors:
            self.errors_table.resizeColumnsToContents()
            self.errors_table.setColumnWidth(0, min(self.errors_table.columnWidth(0), 300))
            self.errors_table.setMinimumHeight(min(6, len(report.errors)) * 26 + 34)
            self.resize(max(self.width(), 720), self.height())
        self.errors_table.setVisible(bool(report.errors))
        self.adjustSize()

    def error_rows(self) -> list[tuple[str, str]]:
        """The error table: (full path, reason) per row."""
        return [(self.errors_table.item(r, 0).toolTip(), self.errors_table.item(r, 1).text())
                for r in range(self.errors_table.rowCount())]
