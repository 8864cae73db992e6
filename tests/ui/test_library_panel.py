"""The library panel, driven like a user: typing a search, picking a group, selecting and comparing."""

from __future__ import annotations

import random
import re
import shutil
import sqlite3
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from reader.library import Library, RowFilter, import_paths
from reader.ui.common.theme import dark_palette
from reader.ui.library.panel import DEBOUNCE_MS, LibraryPanel, as_you_type

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"
OUTLETS = ["Караван", "Вестник", "Tribune", "Курьер"]
WORDS = ["город", "новости", "власти", "решение", "проект", "закон", "жители", "школа", "дорога", "больница", "бюджет", "совет", "river", "council", "budget", "school", "road", "hospital", "mayor", "plan", "vote", "market", "bridge", "station"]  # noqa: E501 (data)


def write_corpus(folder: Path) -> None:
    """The two samples, four edited versions of the first from named outlets, and 30 other articles."""
    folder.mkdir(parents=True)
    for sample in SAMPLES.glob("*.txt"):
        shutil.copy(sample, folder / sample.name)
    sentences = re.split(r"(?<=[.!?])\s+", (SAMPLES / "000_3cc47a45235a47aa.txt").read_text(encoding="utf-8"))
    rng = random.Random(5)
    for k, outlet in enumerate(OUTLETS):
        kept = [s for s in sentences if rng.random() > 0.1 * (k + 1)]
        page = (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{kept[0][:90]}</title>'
                f'<meta property="og:site_name" content="{outlet}">'
                f'<meta property="article:published_time" content="2021-03-0{k + 1}"></head><body><article>'
                f"<h1>{kept[0][:90]}</h1>{''.join(f'<p>{s}</p>' for s in kept)}</article></body></html>")
        (folder / f"version_{k}.html").write_text(page, encoding="utf-8")
    for i in range(30):
        title = f"{rng.choice(['Council', 'Mayor', 'Школа', 'Бюджет'])} {rng.choice(WORDS)} report {i}"
        body = "\n".join(" ".join(rng.choice(WORDS) for _ in range(14)).capitalize() + f" z{i}q{k}."
                         for k in range(8))
        (folder / f"other_{i:02d}.md").write_text(f"# {title}\n\n{body}\n", encoding="utf-8")


@pytest.fixture
def lib(tmp_path):
    library = Library(tmp_path / "lib.sqlite3")
    write_corpus(tmp_path / "corpus")
    report = import_paths(library, [str(tmp_path / "corpus")])
    assert report.added == 36 and not report.errors
    yield library
    library.close()


@pytest.fixture
def panel(qtbot, lib):
    widget = LibraryPanel(lib)
    qtbot.addWidget(widget)
    widget.resize(1000, 620)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def type_text(widget, text: str) -> None:
    """Key presses for each character: QTest.keyClicks only knows ASCII (Qt asserts otherwise)."""
    for ch in text:
        if ch.isascii():
            QTest.keyClick(widget, ch)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def test_typing_a_query_filters_the_rows_after_the_debounce(panel, qtbot, lib):
    model = panel.model
    assert model.rowCount() == 36 and panel.status.text() == "36 articles"
    councils = lib.count(RowFilter(query="counc*"))
    assert 0 < councils < 30
    started = time.monotonic()
    qtbot.keyClicks(panel.search, "counc")  # a prefix of council, councils
    assert model.rowCount() == 36  # nothing yet: the box waits for a pause in typing
    qtbot.waitUntil(lambda: model.rowCount() == councils, timeout=DEBOUNCE_MS + 400)
    assert time.monotonic() - started < DEBOUNCE_MS / 1000 + 0.4
    assert model.row_filter.query == "counc*"
    assert panel.status.text() == f"{councils} of 36 articles"
    panel.search.clear()
    type_text(panel.search, "парти")  # Russian: партии, партийного, …
    qtbot.waitUntil(lambda: model.rowCount() == 6, timeout=DEBOUNCE_MS + 400)
    assert model.row_filter.query == "парти*"
    type_text(panel.search, "йный ")  # a space ends the word: партийный exactly, no longer a prefix
    whole = lib.count(RowFilter(query="партийный"))
    assert 0 < whole < 6
    qtbot.waitUntil(lambda: model.rowCount() == whole, timeout=DEBOUNCE_MS + 400)
    assert model.row_filter.query == "партийный"
    panel.search.clear()
    qtbot.waitUntil(lambda: model.rowCount() == 36, timeout=DEBOUNCE_MS + 400)
    qtbot.keyClicks(panel.search, "-council")  # nothing that must occur
    qtbot.keyClick(panel.search, Qt.Key.Key_Return)  # Return searches at once
    assert model.rowCount() == 0 and panel.status.text().startswith("Search: ")


def test_the_last_word_is_searched_as_a_prefix():
    assert as_you_type("  ") is None
    assert as_you_type("съезд парти") == "съезд парти*"
    assert as_you_type('"новая культура"') == '"новая культура"'
    assert as_you_type("a OR") == "a OR"
    assert as_you_type("партии -nur") == "партии -nur"
    assert as_you_type("x") == "x"
    assert as_you_type("партии ") == "партии"  # a space: the word is complete


def test_group_filter_and_the_heat_map_ask_for_comparisons(panel, qtbot, lib):
    group = lib.groups()[0]
    assert group.size == 6
    assert not panel.matrix_button.isEnabled()
    panel.groups.setCurrentIndex(panel.groups.findData(group.id))
    assert panel.model.rowCount() == 6 and panel.matrix_button.isEnabled()
    assert panel.groups.currentText().startswith("6 versions, 4 outlets — Энтузиасты")  # plain texts name no outlet
    QTest.mouseClick(panel.matrix_button, Qt.MouseButton.LeftButton)
    dialog = panel._dialogs[-1]
    qtbot.waitExposed(dialog)
    heat = dialog.heatmap
    ids = [item.id for item in heat.items()]
    with qtbot.waitSignal(panel.compareRequested) as blocker:
        QTest.mouseClick(heat, Qt.MouseButton.LeftButton, pos=heat.cell_rect(0, 4).center())
    assert blocker.args == [ids[0], ids[4]]
    dialog.close()
    panel.groups.setCurrentIndex(0)
    assert panel.model.rowCount() == 36 and not panel.matrix_button.isEnabled()
    grouped_row = next(r for r in range(36) if panel.model.index(r, 4).data() == str(group.id))
    panel.select_rows(grouped_row)  # a selected member of a group: its matrix can be shown
    assert panel.matrix_button.isEnabled() and panel.current_group() == group.id
    other = next(r for r in range(36) if panel.model.index(r, 4).data() == "")
    panel.select_rows(grouped_row, other)
    assert not panel.matrix_button.isEnabled()


def test_two_selected_articles_are_compared(panel, qtbot):
    assert not panel.compare_button.isEnabled()
    panel.select_rows(1)
    assert not panel.compare_button.isEnabled()
    rect0 = panel.table.visualRect(panel.model.index(0, 0))
    rect3 = panel.table.visualRect(panel.model.index(3, 0))
    QTest.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect0.center())
    QTest.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier,
                     rect3.center())
    assert panel.compare_button.isEnabled()
    expected = [panel.model.article_id(0), panel.model.article_id(3)]
    with qtbot.waitSignal(panel.compareRequested) as blocker:
        QTest.mouseClick(panel.compare_button, Qt.MouseButton.LeftButton)
    assert blocker.args == expected
    panel.table.setFocus()
    with qtbot.waitSignal(panel.compareRequested) as blocker:
        QTest.keyClick(panel.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert blocker.args == expected
    with qtbot.waitSignal(panel.articleActivated) as blocker:
        QTest.mouseDClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect3.center())
    assert blocker.args == [expected[1]]


def test_sorting_by_a_column_header(panel, qtbot):
    header = panel.table.horizontalHeader()
    assert panel.model.order == ("date", True)  # newest first
    centre = QPoint(header.sectionViewportPosition(3) + header.sectionSize(3) // 2, header.height() // 2)
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    first = panel.model.order
    assert first[0] == "length"
    lengths = [panel.library.article(panel.model.article_id(r)).length for r in range(36)]
    assert lengths == sorted(lengths, reverse=first[1])
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=centre)  # the other way round
    assert panel.model.order == ("length", not first[1])
    assert panel.library.article(panel.model.article_id(0)).length == lengths[-1]


def test_import_from_the_panel_refreshes_the_table_and_groups(panel, qtbot, tmp_path, lib):
    folder = tmp_path / "more"
    folder.mkdir()
    text = (SAMPLES / "001_1d3a09f0e9c6fa03.txt").read_text(encoding="utf-8")
    (folder / "reprint.txt").write_text(text.replace("Токаев", "Президент Токаев", 3), encoding="utf-8")
    with qtbot.waitSignal(panel.imported, timeout=30000) as blocker:
        dialog = panel.start_import([folder], collection="Reprints")
    assert blocker.args[0].added == 1 and dialog.summary_label.isVisible()
    assert panel.model.rowCount() == 37 and panel.status.text() == "37 articles"
    assert panel.collections.isVisible() and panel.collections.count() == 2
    panel.collections.setCurrentIndex(1)
    assert panel.model.rowCount() == 1 and panel.status.text() == "1 of 37 articles"
    assert lib.count(RowFilter(collection_id=panel.collections.currentData())) == 1
    assert panel.groups.currentText().startswith("All story groups")


def _row_colour(panel, image, row: int):
    """The colour of a row's cell in the picture, at the right end of its last visible column
    (where titles, dates and sizes leave the background bare)."""
    table = panel.table
    column = max(c for c in range(panel.model.columnCount()) if not table.isColumnHidden(c))
    rect = table.visualRect(panel.model.index(row, column))
    return image.pixelColor(table.viewport().mapTo(panel, QPoint(rect.right() - 2, rect.center().y())))


def test_screenshots_show_the_selection_in_either_theme(panel, qtbot, lib, tmp_path):
    panel.select_rows(0, 2)
    QApplication.processEvents()
    image = panel.grab().toImage()
    assert image.save(str(tmp_path / "library_panel_light.png"))
    highlights = {panel.palette().color(group, QPalette.ColorRole.Highlight).rgb()
                  for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive)}
    assert _row_colour(panel, image, 0).rgb() in highlights and _row_colour(panel, image, 2).rgb() in highlights
    assert _row_colour(panel, image, 1).rgb() not in highlights
    panel.setPalette(dark_palette())
    type_text(panel.search, "партии")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 6, timeout=DEBOUNCE_MS + 400)
    panel.select_rows(1)
    QApplication.processEvents()
    image = panel.grab().toImage()
    assert image.save(str(tmp_path / "library_panel_dark.png"))
    dark = dark_palette()
    assert _row_colour(panel, image, 1).rgb() in {dark.color(g, QPalette.ColorRole.Highlight).rgb()
                                                  for g in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive)}
    unselected = _row_colour(panel, image, 0)
    assert unselected.rgb() in (dark.color(QPalette.ColorRole.Base).rgb(), dark.color(QPalette.ColorRole.AlternateBase).rgb())


def test_a_library_damaged_while_shown_is_said_in_the_status_line(qtbot, tmp_path, lib):
    panel = LibraryPanel(lib)
    qtbot.addWidget(panel)
    other = sqlite3.connect(lib.path)  # another program breaks the file's table of tables
    other.execute("PRAGMA writable_schema = ON")
    other.execute("UPDATE sqlite_master SET rootpage = 1 WHERE name IN ('articles', 'story_groups')")
    version = other.execute("PRAGMA schema_version").fetchone()[0]
    other.execute(f"PRAGMA schema_version = {version + 1}")
    other.commit()
    other.close()
    panel.reload_filters()
    assert "damaged" in panel.status.text() and "\n" not in panel.status.text()
    panel.model.refresh()
    assert panel.model.rowCount() == 0
    assert "damaged" in panel.status.text()
