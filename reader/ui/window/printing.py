"""File ▸ Print…, Print Preview… and Export as PDF… of the shown comparison.

The pages are the HTML export's content as paper shows it (``reader.export.print_html``: the
statistics, the quotes, both versions side by side with their highlights), laid out by a
QTextDocument at the printer's resolution and painted page by page under a head (the two file
names and the similarity) and above a foot (the page number). The PDF is written to a temporary
file beside the chosen one, then renamed over it: a failed export leaves no half file.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QFont, QPageLayout, QPageSize, QPainter, QPen, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from reader import APP_NAME
from reader.core.atomicfile import _create_temp
from reader.core.model import Comparison
from reader.export.print_html import print_title, render_print_html
from reader.present.format import pct
from reader.ui.common import translator
from reader.ui.common.settings import Settings
from reader.ui.compare.view import CompareView
from reader.ui.window.exporter import file_stem

HEAD_MM, FOOT_MM = 10.0, 8.0  # the page's head (file names, similarity) and foot (page number)


def tr(text: str) -> str:
    return QCoreApplication.translate("Printing", text)


def new_printer(mode: QPrinter.PrinterMode = QPrinter.PrinterMode.HighResolution) -> QPrinter:
    """A printer set up for a comparison: A4 landscape (two columns of text), 12 mm margins."""
    printer = QPrinter(mode)
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Landscape,
                                      QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter))
    return printer


def comparison_document(comparison: Comparison, lang: str) -> QTextDocument:
    """The printable comparison as a QTextDocument (not yet laid out for a page)."""
    doc = QTextDocument()
    doc.setDocumentMargin(0)
    doc.setDefaultFont(QFont("PT Serif", 10))
    doc.setHtml(render_print_html(comparison, lang))
    return doc


def paint_comparison(comparison: Comparison, printer: QPrinter, lang: str) -> int:
    """Lay the comparison out for ``printer``'s pages and paint them; returns the page count."""
    doc = comparison_document(comparison, lang)
    doc.documentLayout().setPaintDevice(printer)
    dpi = printer.resolution()
    page = printer.pageLayout().paintRectPixels(dpi)
    width = float(page.width())
    head, foot = HEAD_MM / 25.4 * dpi, FOOT_MM / 25.4 * dpi
    body_height = page.height() - head - foot
    doc.setPageSize(QSizeF(width, body_height))
    count = doc.pageCount()
    title = print_title(comparison)
    similarity = tr("%1 similar").replace("%1", pct(comparison.stats.similarity / 100, lang))
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(tr("Could not start printing"))
    try:
        for n in range(count):
            if n:
                printer.newPage()
            _paint_head(painter, QRectF(0, 0, width, head), title, similarity)
            painter.save()
            painter.translate(0, head - n * body_height)
            clip = QRectF(0, n * body_height, width, body_height)
            painter.setClipRect(clip)
            context = QAbstractTextDocumentLayout.PaintContext()
            context.clip = clip
            doc.documentLayout().draw(painter, context)
            painter.restore()
            foot_text = tr("Page %1 of %2").replace("%1", str(n + 1)).replace("%2", str(count))
            painter.setFont(QFont("sans-serif", 8))
            painter.drawText(QRectF(0, page.height() - foot, width, foot),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, foot_text)
    finally:
        painter.end()
    return count


def _paint_head(painter: QPainter, rect: QRectF, title: str, similarity: str) -> None:
    painter.setFont(QFont("sans-serif", 9))
    painter.setPen(QPen(Qt.GlobalColor.black))
    text_rect = rect.adjusted(0, 0, 0, -rect.height() * 0.3)
    painter.drawText(text_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, similarity)
    room = text_rect.adjusted(0, 0, -painter.fontMetrics().horizontalAdvance(similarity) * 1.5, 0)
    shown = painter.fontMetrics().elidedText(title, Qt.TextElideMode.ElideMiddle, int(room.width()))
    painter.drawText(room, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, shown)
    painter.setPen(QPen(Qt.GlobalColor.gray, max(1.0, rect.height() / 60)))
    y = rect.bottom() - rect.height() * 0.2
    painter.drawLine(0, int(y), int(rect.width()), int(y))
    painter.setPen(QPen(Qt.GlobalColor.black))


def export_pdf(comparison: Comparison, path: str, lang: str) -> int:
    """Write the printed comparison to ``path`` as PDF, atomically; returns the page count.
    The folder must exist (FileNotFoundError otherwise: an export never makes folders)."""
    folder = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(folder):
        raise FileNotFoundError(2, tr("No such folder"), folder)
    fd, temp = _create_temp(Path(folder), os.path.basename(path))  # the permissions a new file gets
    os.close(fd)
    try:
        printer = new_printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(temp)
        printer.setDocName(print_title(comparison))
        printer.setCreator(APP_NAME)
        count = paint_comparison(comparison, printer, lang)
        os.replace(temp, path)
    except BaseException:
        if os.path.exists(temp):
            os.unlink(temp)
        raise
    return count


class Printing:
    """The print, preview and PDF commands of the window, on the comparison ``view`` shows."""

    def __init__(self, parent: QMainWindow, view: CompareView, settings: Settings):
        self.parent, self.view, self.settings = parent, view, settings
        self.printer: QPrinter | None = None  # kept between prints: the user's choices stay

    def comparison(self) -> Comparison | None:
        return self.view.data.comparison if self.view.data is not None else None

    def _printer(self) -> QPrinter:
        if self.printer is None:
            self.printer = new_printer()
        return self.printer

    def paint(self, printer: QPrinter) -> int:
        comparison = self.comparison()
        return paint_comparison(comparison, printer, translator.current()) if comparison is not None else 0

    def print_dialog(self) -> QPrintDialog | None:
        """File ▸ Print…: the system's print dialog, then the pages to the printer chosen."""
        if self.comparison() is None:
            return None
        dialog = QPrintDialog(self._printer(), self.parent)
        dialog.setWindowTitle(tr("Print Comparison"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.paint(self._printer()))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()  # (QPrintDialog's open() is the one that takes a slot)
        return dialog

    def preview_dialog(self) -> QPrintPreviewDialog | None:
        """File ▸ Print Preview…: the pages as they will print, with the printer's settings."""
        if self.comparison() is None:
            return None
        dialog = QPrintPreviewDialog(self._printer(), self.parent)
        dialog.setWindowTitle(tr("Print Preview"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.paintRequested.connect(self.paint)
        dialog.resize(1000, 760)
        dialog.open()
        return dialog

    def default_pdf_path(self) -> str:
        comparison = self.comparison()
        assert comparison is not None
        stem = f"{file_stem(comparison.left.document.name)}-vs-{file_stem(comparison.right.document.name)}"
        return os.path.join(self.settings.get("export_dir", "") or str(Path.home()), f"{stem}.pdf")

    def export_pdf_to(self, path: str) -> int:
        comparison = self.comparison()
        if comparison is None:
            raise RuntimeError("nothing to export yet")
        count = export_pdf(comparison, path, translator.current())
        self.settings.set("export_dir", str(Path(path).parent))
        return count

    def export_pdf_dialog(self) -> None:
        """File ▸ Export as PDF…: ask where (the folder of the last export), then write it."""
        if self.comparison() is None:
            return
        path, _ = QFileDialog.getSaveFileName(self.parent, tr("Export Comparison as PDF"), self.default_pdf_path(),
                                              tr("PDF document (*.pdf)"))
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        try:
            self.export_pdf_to(path)
        except OSError as exc:
            QMessageBox.warning(self.parent, APP_NAME, tr("Could not write %1:\n%2").replace("%2", str(exc.strerror or exc))
                                .replace("%1", path))
            return
        self.parent.statusBar().showMessage(tr("Saved the comparison to %1").replace("%1", path), 10000)
