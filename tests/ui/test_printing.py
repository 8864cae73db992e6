"""File ▸ Print…, Print Preview… and Export as PDF… on a real window with the bundled samples."""

from __future__ import annotations

import os
import re

import pytest
from PySide6.QtGui import QPageLayout
from PySide6.QtPrintSupport import QPrintDialog, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QFileDialog

from tests.ui.conftest import SAMPLE_NAMES

PAGE = re.compile(rb"/Type\s*/Page(?![a-z])")


def test_the_print_commands_are_off_with_nothing_compared(make_window):
    window = make_window()
    assert window.view.data is None
    acts = window.acts
    assert [a.isEnabled() for a in (acts.print, acts.print_preview, acts.export_pdf)] == [False, False, False]
    assert acts.printing.preview_dialog() is None and acts.printing.print_dialog() is None


def test_the_print_commands_are_in_the_file_menu_with_ctrl_p(samples_window):
    acts = samples_window.acts
    assert [a.isEnabled() for a in (acts.print, acts.print_preview, acts.export_pdf)] == [True, True, True]
    assert acts.print.shortcut().toString() == "Ctrl+P"
    file_menu = samples_window.menuBar().actions()[0].menu()
    texts = [a.text() for a in file_menu.actions()]
    assert texts.index("&Print…") + 1 == texts.index("Print Pre&view…")
    assert texts.index("Print Pre&view…") + 1 == texts.index("Export as P&DF…")


def test_a_pdf_of_the_samples(samples_window, tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    path = folder / "pair.pdf"
    pages = samples_window.acts.printing.export_pdf_to(str(path))
    data = path.read_bytes()
    assert data.startswith(b"%PDF")
    assert pages >= 2  # the statistics, the quotes and 30-odd sentences a side do not fit on one page
    assert len(PAGE.findall(data)) == pages
    assert len(data) > 20_000
    assert os.listdir(folder) == ["pair.pdf"]  # the temporary file was renamed, none left beside it
    assert samples_window.settings.get("export_dir") == str(folder)  # the next export starts here


def test_the_printed_document_holds_the_names_and_both_texts(samples_window):
    from reader.export.print_html import print_title
    from reader.ui.window.printing import comparison_document

    comparison = samples_window.view.data.comparison
    assert print_title(comparison) == f"{SAMPLE_NAMES[0]} ↔ {SAMPLE_NAMES[1]}"
    text = comparison_document(comparison, "en").toPlainText()
    assert SAMPLE_NAMES[0] in text and SAMPLE_NAMES[1] in text
    assert "What changed" in text and "left version" in text and "right version" in text
    assert "Энтузиасты с \"горящими\" глазами вынуждены уступить" in text  # the left version's first sentence
    assert "Партии нужна новая культура взаимоотношений" in text  # and the right one's
    russian = comparison_document(comparison, "ru").toPlainText()
    assert "Что изменилось" in russian and "левая версия" in russian and "What changed" not in russian


def test_the_pdf_is_not_written_into_a_missing_folder(samples_window, tmp_path):
    path = tmp_path / "missing" / "pair.pdf"
    with pytest.raises(FileNotFoundError):
        samples_window.acts.printing.export_pdf_to(str(path))
    assert not (tmp_path / "missing").exists()


def test_export_as_pdf_asks_for_the_file_and_writes_it(samples_window, tmp_path, monkeypatch):
    asked = []

    def save_name(parent, caption, start, filters):
        asked.append((caption, os.path.basename(start), filters))
        return str(tmp_path / "chosen"), filters  # no suffix typed: ".pdf" is added

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))
    samples_window.acts.export_pdf.trigger()
    stems = "-vs-".join(name.removesuffix(".txt") for name in SAMPLE_NAMES)
    assert asked == [("Export Comparison as PDF", f"{stems}.pdf", "PDF document (*.pdf)")]
    assert (tmp_path / "chosen.pdf").read_bytes().startswith(b"%PDF")
    assert samples_window.statusBar().currentMessage() == f"Saved the comparison to {tmp_path / 'chosen.pdf'}"


def test_print_preview_shows_the_pages(samples_window, qtbot):
    samples_window.acts.print_preview.trigger()
    dialog = samples_window.findChild(QPrintPreviewDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    preview = dialog.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: preview.pageCount() >= 2)
    assert dialog.printer().pageLayout().orientation() == QPageLayout.Orientation.Landscape
    assert dialog.windowTitle() == "Print Preview"
    if os.environ.get("VERSUS_SHOTS"):  # to look at it
        dialog.grab().save(os.path.join(os.environ["VERSUS_SHOTS"], "print-preview.png"))
    dialog.close()


def test_print_opens_the_print_dialog_without_blocking(samples_window, qtbot):
    dialog = samples_window.acts.printing.print_dialog()
    assert isinstance(dialog, QPrintDialog)
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.windowTitle() == "Print Comparison"
    dialog.reject()
    assert not dialog.isVisible()
