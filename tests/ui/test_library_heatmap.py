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
from reader.ui.library.heatmap import HeatMap, MatrixItem, SimilarityDialog, group_matrix, text_colour_on

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
    assert "itself: 1.000" in heat.tooltip_for(2, 2)
    assert f"{heat.value(0, 1):.3f}" in heat.tooltip_for(0, 1)
    labels = [it.label for it in items]
    assert any(label.startswith("Tribune · ") for label in labels)
    image = dialog.grab().toImage()
    assert image.save(str(tmp_path / "heatmap_light.png"))
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
