"""A dismissible bar at the top of the window listing files that could not be opened."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QStyle, QToolButton

from reader.ui.common.colours import ACCENTS, mix

MAX_LISTED = 8


def tr(text: str) -> str:
    return QCoreApplication.translate("MessageBar", text)


class MessageBar(QFrame):
    dismissed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._messages: list[str] = []
        self._restyling = False
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = QToolButton()
        self.close_button.setObjectName("messageBarClose")
        self.close_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_DialogCloseButton))
        self.close_button.setToolTip(tr("Dismiss"))
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()
        self._restyle()

    def messages(self) -> list[str]:
        return list(self._messages)

    def add_problems(self, problems: list[str], heading: str | None = None) -> None:
        """Add one line per problem ("file: reason") and show the bar; ``heading`` says what went
        wrong (default: some files could not be opened)."""
        if not problems:
            return
        heading = heading or tr("Some files could not be opened")
        self._messages.extend(problems)
        listed = self._messages[:MAX_LISTED]
        more = len(self._messages) - len(listed)
        items = "".join(f"<li>{html.escape(m)}</li>" for m in listed)
        tail = "<li>" + tr("… and %1 more").replace("%1", str(more)) + "</li>" if more else ""
        count = len(self._messages)
        self.label.setText(f"<b>{html.escape(heading)} ({count}):</b>"
                           f"<ul style='margin:2px 0 0 -20px'>{items}{tail}</ul>")
        self.show()

    def dismiss(self) -> None:
        self._messages.clear()
        self.label.clear()
        self.hide()
        self.dismissed.emit()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.PaletteChange and not self._restyling:
            self._restyle()

    def _restyle(self) -> None:
        self._restyling = True  # setting a style sheet sends another PaletteChange
        try:
            self._apply_style()
        finally:
            self._restyling = False

    def _apply_style(self) -> None:
        pal = self.palette()
        base = pal.color(QPalette.ColorRole.Base)
        bg = mix(base, ACCENTS["changed"], 0.3)
        border = mix(base, ACCENTS["changed"], 0.8)
        text = pal.color(QPalette.ColorRole.Text)
        self.setStyleSheet(f"#messageBar {{ background:{bg.name()}; border:1px solid {border.name()}; }}"
                           f"#messageBar QLabel {{ color:{text.name()}; }}")
