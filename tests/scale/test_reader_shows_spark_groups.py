"""Issue 14, done when: the reader opens a library whose groups came from Spark.

The whole chain as a researcher runs it: a library, `versus export-corpus`, `versus groups
--engine spark`, its groups wiped, `versus import-groups`, then the reader's Library panel
showing the story group with its versions.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.spark


def test_the_library_panel_shows_the_groups_spark_computed(tmp_path, qtbot, spark):
    pytest.importorskip("pyarrow")
    from reader.cli import main
    from reader.library import Library, import_paths
    from reader.ui.library.panel import LibraryPanel
    from tests.ui.test_library_panel import write_corpus

    path = tmp_path / "lib.sqlite3"
    write_corpus(tmp_path / "corpus")
    with Library(path) as lib:
        assert import_paths(lib, [str(tmp_path / "corpus")]).added == 36
        local = sorted(sorted(r.id for r in lib.group_members(g.id)) for g in lib.groups())
        lib.replace_groups(())  # forget the library's own groups: those shown must be Spark's
        assert lib.groups() == []
    assert main(["export-corpus", "--library", str(path), str(tmp_path / "export")]) == 0
    assert main(["groups", "--engine", "spark", str(tmp_path / "export"), str(tmp_path / "groups")]) == 0
    assert main(["import-groups", "--library", str(path), str(tmp_path / "groups")]) == 0

    with Library(path) as lib:
        panel = LibraryPanel(lib)
        qtbot.addWidget(panel)
        panel.show()
        qtbot.waitExposed(panel)
        groups = lib.groups()
        assert sorted(sorted(r.id for r in lib.group_members(g.id)) for g in groups) == local
        six = next(g for g in groups if g.size == 6)  # the first sample and its five versions
        index = panel.groups.findData(six.id)
        assert index >= 0 and panel.groups.itemText(index).startswith("6 versions, 4 outlets")
        panel.groups.setCurrentIndex(index)
        qtbot.waitUntil(lambda: panel.model.rowCount() == 6)
        panel.close()
