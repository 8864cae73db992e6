"""The similarity heat map of a story group: real imported versions, real clicks."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QPalette
from PySide6.QtTest import QTest

from reader.library import Library, import_paths
from reader.ui.common.theme import dark_palette, light_palette
from reader.ui.library.heatmap import HeatMap, MatrixItem, SimilarityDialog, group_matrix, percent, text_colour_on

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"
OUTLETS = ["Караван", "Вестник", "Tribune", "Курьер"]


def write_versions(folder: Path) -> list[Path]:
    """The two samples plus edited versions of the first as pages of different outlets."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for sample in sorted(SAMPLES.glob("*.txt")):
        target = folder / sample.name
        target.write_bytes(sample.read_bytes())
        paths.append(target)
    sentences = re.split(r"(?<=[.!?])\s+", (SAMPLES / "000_3cc47a45235a47aa.txt").read_text(encoding="utf-8"))
    rng = random.Random(5)
    for k, outlet in enumerate(OUTLETS):
        kept = [s for s in sentences if rng.random() > 0.1 * (k + 1)]
        body = "".join(f"<p>{s}</p>" for s in kept)
        page = (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{kept[0][:90]}</title>'
                f'<meta property="og:site_name" content="{outlet}"></head><body><article>'
                f"<h1>{kept[0][:90]}</h1>{body}</article></body></html>")
        target = folder / f"version_{k}.html"
        target.write_text(page, encoding="utf-8")
        paths.append(target)
    return paths


@pytest.fixture
def grouped(tmp_path):
    lib = Library(tmp_path / "lib.sqlite3")
    report = import_paths(lib, [str(tmp_path / "in")] if write_versions(tmp_path / "in") else [])
    assert report.added == 6 and not report.errors
    yield lib
    lib.close()


def test_clicking_a_cell_asks_for_that_pair_and_the_diagonal_is_one(grouped, qtbot, tmp_path):
    gid = grouped.groups()[0].id
    dialog = SimilarityDialog(grouped, gid)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    heat = dialog.heatmap
    items = heat.items()
    assert len(items) == grouped.groups()[0].size >= 4
    assert all(heat.value(i, i) == 1.0 for i in range(len(items)))
    assert heat.value(0, 2) == heat.value(2, 0) < 1.0
    with qtbot.waitSignal(heat.pairRequested) as blocker:
        QTest.mouseClick(heat, Qt.MouseButton.LeftButton, pos=heat.cell_rect(1, 3).center())
    assert blocker.args == [items[1].id, items[3].id]
    with qtbot.waitSignal(dialog.pairRequested) as blocker:  # the dialog passes it on
        QTest.mouseClick(heat, Qt.MouseButton.LeftButton, pos=heat.cell_rect(3, 0).center())
    assert blocker.args == [items[3].id, items[0].id]
    with qtbot.assertNotEmitted(heat.pairRequested):  # an article with itself: nothing to compare
        QTest.mouseClick(heat, Qt.MouseButton.LeftButton, pos=heat.cell_rect(2, 2).center())
        QTest.mouseClick(heat, Qt.MouseButton.LeftButton, pos=QPoint(2, 2))  # a label, not a cell
    assert heat.tooltip_for(2, 2).endswith("the same article: 100.0%")
    assert f"shared word pairs (Jaccard): {100 * heat.value(0, 1):.1f}%\nclick to compare" in heat.tooltip_for(0, 1)
    labels = [it.label for it in items]
    assert any(label.startswith("Tribune · ") for label in labels)
    image = dialog.grab().toImage()
    assert image.save(str(tmp_path / "heatmap_light.png"))
    image.save("/tmp/versus-library-shots/heatmap_6.png")
    # the picture shows the diagonal in the highlight colour and an off-diagonal cell paler
    palette = dialog.palette()
    on_diagonal = heat.mapTo(dialog, heat.cell_rect(1, 1).center() + QPoint(heat.cell_size() // 3, 0))
    off_diagonal = heat.mapTo(dialog, heat.cell_rect(0, 2).center() + QPoint(heat.cell_size() // 3, 0))
    assert image.pixelColor(on_diagonal).rgb() == palette.color(QPalette.ColorRole.Highlight).rgb()
    assert image.pixelColor(off_diagonal).rgb() == heat.colour(heat.value(0, 2)).rgb() != \
        palette.color(QPalette.ColorRole.Highlight).rgb()


def test_matrix_of_a_group_matches_the_library(grouped):
    gid = grouped.groups()[0].id
    items, matrix = group_matrix(grouped, gid)
    ids, expected = grouped.group_similarity(gid)
    assert [it.id for it in items] == ids and matrix == expected


def test_colours_follow_the_palette_and_stay_readable(qtbot):
    heat = HeatMap()
    qtbot.addWidget(heat)
    heat.set_matrix([MatrixItem(1, "a", "a"), MatrixItem(2, "b", "b")], [[1.0, 0.25], [0.25, 1.0]])
    for palette in (light_palette(), dark_palette()):
        heat.setPalette(palette)
        assert heat.colour(0.0) == palette.color(QPalette.ColorRole.Base)
        assert heat.colour(1.0) == palette.color(QPalette.ColorRole.Highlight)
        for value in (0.0, 0.3, 0.6, 1.0):
            fill, ink = heat.colour(value), text_colour_on(heat.colour(value))
            assert abs(fill.lightnessF() - ink.lightnessF()) > 0.35  # the number stays legible
    with pytest.raises(ValueError):
        heat.set_matrix([MatrixItem(1, "a", "a")], [[1.0, 0.5]])


def test_dark_rendering(grouped, qtbot, tmp_path):
    dialog = SimilarityDialog(grouped, grouped.groups()[0].id)
    qtbot.addWidget(dialog)
    dialog.setPalette(dark_palette())
    dialog.show()
    qtbot.waitExposed(dialog)
    image = dialog.grab().toImage()
    assert image.save(str(tmp_path / "heatmap_dark.png"))
    heat = dialog.heatmap
    corner = heat.mapTo(dialog, heat.cell_rect(0, 0).center() + QPoint(heat.cell_size() // 3, 0))
    assert image.pixelColor(corner) == dark_palette().color(QPalette.ColorRole.Highlight)


def two_versions(tmp_path) -> Library:
    text = (SAMPLES / "000_3cc47a45235a47aa.txt").read_text(encoding="utf-8")
    folder = tmp_path / "two"
    folder.mkdir()
    (folder / "a.txt").write_text(text, encoding="utf-8")
    (folder / "b.txt").write_text(text.replace("президент", "глава государства", 1), encoding="utf-8")
    lib = Library(tmp_path / "two.sqlite3")
    assert import_paths(lib, [str(folder)]).added == 2
    return lib


def test_percentages_and_the_measure_named(qtbot):
    heat = HeatMap()
    qtbot.addWidget(heat)
    heat.set_matrix([MatrixItem(1, "A · one", "one"), MatrixItem(2, "B · two", "two"), MatrixItem(3, "C · three", "3")],
                    [[1.0, 0.382, 0.05], [0.382, 1.0, 0.921], [0.05, 0.921, 1.0]])
    assert [percent(v) for v in (0.0, 0.382, 0.921, 0.996, 1.0)] == ["0%", "38%", "92%", "99%", "100%"]
    assert heat.legend_texts() == ("Shared word pairs (Jaccard)", "0%: nothing shared", "100%: same text")
    assert heat.accessibleName() == "Similarity heat map"
    assert heat.accessibleDescription() == ("3 versions; most shared word pairs: 2. B · two and 3. C · three, 92%; "
                                            "fewest: 1. A · one and 3. C · three, 5%")


def test_with_two_versions_the_legend_labels_do_not_overlap(qtbot, tmp_path):
    lib = two_versions(tmp_path)
    dialog = SimilarityDialog(lib, lib.groups()[0].id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    heat = dialog.heatmap
    assert len(heat.items()) == 2
    fm = heat.fontMetrics()
    caption, low, high = heat.legend_texts()
    assert heat.legend_width() >= fm.horizontalAdvance(low) + fm.horizontalAdvance(high) + 24
    assert heat.legend_width() >= fm.horizontalAdvance(caption)
    assert heat.cell_rect(0, 0).left() + heat.legend_width() <= heat.width()  # the legend is not cut either
    assert dialog.windowTitle() == f"Story group {lib.groups()[0].id}: shared word pairs (Jaccard) of 2 versions"
    dialog.grab().save("/tmp/versus-library-shots/heatmap_2.png")
    lib.close()


def test_the_heat_map_is_its_own_window_and_never_stays_on_top(qtbot, grouped):
    from PySide6.QtWidgets import QMainWindow

    from reader.ui.library.panel import LibraryPanel

    main = QMainWindow()
    qtbot.addWidget(main)
    panel = LibraryPanel(grouped)
    main.setCentralWidget(panel)
    main.resize(900, 600)
    main.show()
    qtbot.waitExposed(main)
    panel.show_group(grouped.groups()[0].id)
    assert panel.matrix_button.isEnabled()
    with qtbot.waitSignal(panel.compareRequested) as asked:
        QTest.mouseClick(panel.matrix_button, Qt.MouseButton.LeftButton)
        dialog = panel._dialogs[-1]
        qtbot.waitExposed(dialog)
        heat = dialog.heatmap
        QTest.mouseClick(heat, Qt.MouseButton.LeftButton, pos=heat.cell_rect(0, 1).center())
    assert asked.args == [heat.items()[0].id, heat.items()[1].id]
    assert dialog.isWindow() and not dialog.isModal() and dialog.parent() is None
    assert dialog.windowHandle().transientParent() is None  # the main window can come over it
    assert not dialog.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    assert not dialog.testAttribute(Qt.WidgetAttribute.WA_QuitOnClose)  # closing the main window ends the program
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not panel._dialogs)  # closed and deleted


def test_the_heat_map_in_russian(qtbot, grouped, qapp):
    from reader.ui.common.translator import install, uninstall

    installed = install(qapp, "ru")
    try:
        dialog = SimilarityDialog(grouped, grouped.groups()[0].id)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        heat = dialog.heatmap
        assert heat.legend_texts() == ("Общие пары слов (Жаккар)", "0%: ничего общего", "100%: тот же текст")
        assert heat.accessibleName() == "Тепловая карта сходства"
        assert heat.accessibleDescription().startswith("6 версий; больше всего общих пар слов: ")
        assert dialog.windowTitle().endswith(": общие пары слов (Жаккар), 6 версий")
        dialog.grab().save("/tmp/versus-library-shots/heatmap_6_ru.png")
    finally:
        uninstall(qapp, installed)
