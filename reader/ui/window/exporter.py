"""Exporting the shown comparison as HTML or JSON, as `versus compare A B -o FILE` writes it."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from reader import APP_NAME
from reader.core.sources import ARTICLE_SUFFIXES
from reader.ui.common.settings import Settings
from reader.ui.compare.view import CompareView


def tr(text: str) -> str:
    return QCoreApplication.translate("Exporter", text)


class Exporter:
    def __init__(self, parent: QWidget, view: CompareView, settings: Settings):
        self.parent, self.view, self.settings = parent, view, settings

    def export_to(self, path: str, fmt: str) -> str:
        """Write the shown comparison (as the command line would) atomically; returns the path."""
        from reader.export import write_export

        if self.view.data is None:
            raise RuntimeError("nothing to export yet")
        write_export(self.view.data.comparison, path, fmt)
        return path

    def export_dialog(self, fmt: str) -> None:
        if self.view.data is None:
            return
        comp = self.view.data.comparison
        stem = f"{file_stem(comp.left.document.name)}-vs-{file_stem(comp.right.document.name)}"
        start = os.path.join(self.settings.get("export_dir", "") or str(Path.home()), f"{stem}.{fmt}")
        filters = tr("HTML page (*.html *.htm)") if fmt == "html" else "JSON (*.json)"
        path, _ = QFileDialog.getSaveFileName(self.parent, tr("Export comparison as %1").replace("%1", fmt.upper()),
                                              start, filters)
        if not path:
            return
        try:
            self.export_to(path, fmt)
        except OSError as exc:
            QMessageBox.warning(self.parent, APP_NAME, tr("Could not write %1:\n%2").replace("%2", str(exc.strerror or exc))
                                .replace("%1", path))
            return
        self.settings.set("export_dir", str(Path(path).parent))
        box = QMessageBox(QMessageBox.Icon.Information, APP_NAME, tr("Saved the comparison to\n%1").replace("%1", path),
                          QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close, self.parent)
        box.setDefaultButton(QMessageBox.StandardButton.Close)
        if box.exec() == QMessageBox.StandardButton.Open:
            QDesktopServices.openUrl(QUrl.fromLocalFile(path))


def file_stem(name: str, limit: int = 40) -> str:
    """A file-name-safe stem from a document's name (a file name, or a library article's title)."""
    stem = Path(name).stem if Path(name).suffix.lower() in ARTICLE_SUFFIXES else name
    safe = "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in stem).strip("._")
    while "__" in safe:
        safe = safe.replace("__", "_")
    return safe[:limit].rstrip("_") or "text"
