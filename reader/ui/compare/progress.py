"""A running comparison's progress, across the top of the comparison view: what it is doing
(the stage) and how far it got, in a bar wide enough to read, with a Cancel button.

It follows a ``Comparer`` (``follow``): it shows when the comparer says it is busy (once a
comparison has run for ``Comparer.SHOW_AFTER_MS``), hides when it is done, and Cancel asks the
comparer to stop. After a cancel it can say what the view shows (``show_message``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QProgressBar, QPushButton, QSizePolicy

from reader.ui.compare.comparer import Comparer


def tr(text: str) -> str:
    return QCoreApplication.translate("CompareProgress", text)


class CompareProgress(QFrame):
    cancel_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("compareProgress")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.title = QLabel(tr("Comparing the versions…"))
        self.title.setObjectName("compareProgressTitle")
        self.bar = QProgressBar()
        self.bar.setObjectName("compareProgressBar")
        self.bar.setRange(0, 100)
        self.bar.setTextVisible(True)
        self.bar.setMinimumWidth(320)
        self.bar.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.bar.setAccessibleName(tr("Comparison progress"))
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.setObjectName("compareCancel")
        self.cancel_button.setToolTip(tr("Stop this comparison; the view keeps what it showed"))
        self.cancel_button.setAccessibleName(tr("Cancel the comparison"))
        self.cancel_button.setAccessibleDescription(tr("Stop this comparison; the view keeps what it showed"))
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.message = QLabel()
        self.message.setObjectName("compareProgressMessage")
        self.message.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 10, 4)
        layout.addWidget(self.title)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.cancel_button)
        layout.addWidget(self.message, 1)
        self.setAccessibleName(tr("Comparison progress"))
        self._comparer: Comparer | None = None
        self.hide()

    def follow(self, comparer: Comparer) -> None:
        """Show ``comparer``'s long comparisons, and cancel them with the button."""
        self._comparer = comparer
        comparer.busy.connect(self.set_busy)
        comparer.progress.connect(self.set_progress)
        self.cancel_requested.connect(comparer.cancel)

    def set_busy(self, busy: bool) -> None:
        if busy:
            self.message.hide()
            self.title.show()
            self.bar.show()
            self.cancel_button.show()
            self.set_progress(0.0, "")
            self.show()
        elif not self.message.isVisibleTo(self):
            self.hide()

    def set_progress(self, fraction: float, stage: str) -> None:
        percent = max(0, min(100, int(fraction * 100)))
        self.bar.setValue(percent)
        # the stages are named in English by reader.core and translated in the Comparer context
        name = QCoreApplication.translate("Comparer", stage) if stage else tr("starting")
        self.bar.setFormat(f"{name} — %p%")
        self.bar.setAccessibleDescription(f"{name} — {percent}%")

    def show_message(self, text: str) -> None:
        """Say ``text`` where the progress was (after a cancel), until the next comparison."""
        self.title.hide()
        self.bar.hide()
        self.cancel_button.hide()
        self.message.setText(text)
        self.message.show()
        self.setAccessibleDescription(text)
        self.show()

    def clear_message(self) -> None:
        if self.message.isVisibleTo(self):
            self.message.hide()
            self.hide()
