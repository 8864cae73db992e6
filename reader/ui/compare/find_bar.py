"""Find in both versions: Ctrl+F opens the bar, Enter / F3 go through the matches."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QStyle, QToolButton, QWidget

from reader.ui.compare.text_pane import TextPane

MAX_MATCHES = 5000


def tr(text: str) -> str:
    return QCoreApplication.translate("FindBar", text)


class FindBar(QWidget):
    closed = Signal()

    def __init__(self, left: TextPane, right: TextPane, parent=None):
        super().__init__(parent)
        self.setObjectName("findBar")
        self.panes = (left, right)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(tr("Find in both versions"))
        self.edit.setClearButtonEnabled(True)
        self.edit.textChanged.connect(self._search)
        self.edit.returnPressed.connect(self.find_next)
        self.edit.setAccessibleName(tr("Text to find"))
        self.edit.setAccessibleDescription(tr("Finds the text in both versions as you type; Enter goes to the "
                                              "next match, Escape closes the bar"))
        self.count = QLabel()
        self.count.setMinimumWidth(160)
        self.count.setAccessibleName(tr("Matches found"))
        prev_button = _arrow_button(Qt.ArrowType.UpArrow, tr("Previous match"), tr("Previous match (%1)"),
                                    QKeySequence.StandardKey.FindPrevious, self.find_previous)
        next_button = _arrow_button(Qt.ArrowType.DownArrow, tr("Next match"), tr("Next match (%1)"),
                                    QKeySequence.StandardKey.FindNext, self.find_next)
        close = QToolButton()
        close.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_DialogCloseButton))
        close.setAutoRaise(True)
        close.setToolTip(tr("Close (Esc)"))
        close.setAccessibleName(tr("Close the find bar"))
        close.clicked.connect(self.close_bar)
        self.prev_button, self.next_button, self.close_button = prev_button, next_button, close
        self.setAccessibleName(tr("Find in both versions"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        label = QLabel(tr("Find:"))
        label.setBuddy(self.edit)
        layout.addWidget(label)
        layout.addWidget(self.edit, 1)
        layout.addWidget(prev_button)
        layout.addWidget(next_button)
        layout.addWidget(self.count)
        layout.addWidget(close)
        self.matches: list[tuple[str, int, int]] = []
        self.index = -1
        self.hide()

    def open_bar(self) -> None:
        self.show()
        self.edit.setFocus()
        self.edit.selectAll()
        self._search(self.edit.text())

    def close_bar(self) -> None:
        self.hide()
        for pane in self.panes:
            pane.set_find_matches([], None)
        self.closed.emit()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
        else:
            super().keyPressEvent(event)

    def refresh(self) -> None:
        """Search again (the texts changed)."""
        if self.isVisible():
            self._search(self.edit.text())

    def _search(self, needle: str) -> None:
        self.matches = []
        self.index = -1
        if needle:
            pattern = re.compile(re.escape(needle), re.IGNORECASE)
            for pane in self.panes:
                text = pane.toPlainText()
                for m in pattern.finditer(text):
                    self.matches.append((pane.side, m.start(), m.end()))
                    if len(self.matches) >= MAX_MATCHES:
                        break
        self._show()

    def _show(self) -> None:
        current = self.matches[self.index] if 0 <= self.index < len(self.matches) else None
        for pane in self.panes:
            spans = [(s, e) for side, s, e in self.matches if side == pane.side]
            cur = (current[1], current[2]) if current and current[0] == pane.side else None
            pane.set_find_matches(spans, cur)
        if not self.edit.text():
            self.count.setText("")
        elif not self.matches:
            self.count.setText(tr("not found"))
        else:
            n_left = sum(1 for m in self.matches if m[0] == "left")
            total = len(self.matches)
            where = tr("%1 of %2").replace("%1", str(self.index + 1)).replace("%2", str(total)) if self.index >= 0 \
                else tr("%1 found").replace("%1", str(total))
            self.count.setText(tr("%1 (left %2, right %3)").replace("%2", str(n_left)).replace("%3", str(total - n_left))
                               .replace("%1", where))

    def find_next(self) -> bool:
        return self._go(+1)

    def find_previous(self) -> bool:
        return self._go(-1)

    def _go(self, step: int) -> bool:
        if not self.matches:
            return False
        self.index = (self.index + step) % len(self.matches) if self.index >= 0 else (0 if step > 0 else len(self.matches) - 1)
        side, start, end = self.matches[self.index]
        pane = self.panes[0] if side == "left" else self.panes[1]
        pane.ensure_visible(start, end)
        self._show()
        return True


def _arrow_button(arrow: Qt.ArrowType, name: str, tip: str, key: QKeySequence.StandardKey, slot) -> QToolButton:
    """A previous/next match button: its arrow, its tool tip with the platform's key, its slot."""
    button = QToolButton()
    button.setArrowType(arrow)
    button.setToolTip(tip.replace("%1", QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)))
    button.setAccessibleName(name)
    button.clicked.connect(slot)
    return button
