"""The window's left side: "Open texts" and "Library" as two tabs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint
from PySide6.QtWidgets import QTabWidget, QWidget

from reader.ui.library.tab import LibraryTab
from reader.ui.opentexts.panel import OpenTextsPanel


class SideTabs(QTabWidget):
    def __init__(self, open_texts: OpenTextsPanel, library_tab: LibraryTab, parent=None):
        super().__init__(parent)
        self.open_texts, self.library_tab = open_texts, library_tab
        self.setObjectName("sideTabs")
        self.setDocumentMode(True)
        tr = QCoreApplication.translate
        self.addTab(open_texts, tr("SideTabs", "Open texts"))
        self.addTab(library_tab, tr("SideTabs", "Library"))
        self.setTabToolTip(0, tr("SideTabs", "Files you opened or dropped here (Alt+1)"))
        self.setTabToolTip(1, tr("SideTabs", "The corpus library: search, story groups, similarity (Alt+2)"))
        self.setAccessibleName(tr("SideTabs", "Side panel"))
        self.setAccessibleDescription(tr("SideTabs", "Open texts and the Library; F9 hides or shows it"))
        self.tabBar().setAccessibleName(tr("SideTabs", "Side panel tabs"))
        self.tabBar().setAccessibleDescription(tr("SideTabs", "Open texts (Alt+1) or the Library (Alt+2)"))

    def show_library(self) -> None:
        self.setCurrentWidget(self.library_tab)

    def show_open_texts(self) -> None:
        self.setCurrentWidget(self.open_texts)

    def library_is_current(self) -> bool:
        return self.currentWidget() is self.library_tab

    def tab_under(self, widget: QWidget, pos: QPoint) -> int:
        """The index of the tab at ``pos`` (in ``widget``'s coordinates), else -1."""
        bar = self.tabBar()
        return bar.tabAt(bar.mapFrom(widget, pos)) if bar.isVisible() else -1
