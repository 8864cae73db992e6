from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt

from reader.cli import main as cli_main
from reader.ui.common.settings import Settings, default_config_dir
from tests.ui.conftest import wait_loaded, wait_shown


def test_export_writes_what_the_command_line_writes(make_window, qtbot, sample_paths, tmp_path):
    window = make_window()
    window.restore_session(sample_paths)
    wait_shown(qtbot, window)
    assert window.acts.export_html.isEnabled()
    assert window.acts.export_html.shortcut().toString() == "Ctrl+E"
    gui_html = window.exporter.export_to(str(tmp_path / "gui.html"), "html")
    assert cli_main(["compare", *sample_paths, "-o", str(tmp_path / "cli.html")]) == 0
    assert Path(gui_html).read_bytes() == (tmp_path / "cli.html").read_bytes()
    window.exporter.export_to(str(tmp_path / "gui.json"), "json")
    assert cli_main(["compare", *sample_paths, "-o", str(tmp_path / "cli.json")]) == 0
    assert (tmp_path / "gui.json").read_bytes() == (tmp_path / "cli.json").read_bytes()
    # with an option changed, the GUI and the matching command line still agree
    window.acts.options["ignore_case"].trigger()
    qtbot.waitUntil(lambda: not window.view.data.comparison.options.ignore_case
                    and not window.comparison.comparer.is_running(), timeout=10000)
    window.exporter.export_to(str(tmp_path / "gui2.html"), "html")
    assert cli_main(["compare", *sample_paths, "--case-sensitive", "-o", str(tmp_path / "cli2.html")]) == 0
    assert (tmp_path / "gui2.html").read_bytes() == (tmp_path / "cli2.html").read_bytes()
    assert not list(tmp_path.glob(".*.tmp"))  # atomic writes leave no temporary files


def test_session_comes_back_at_the_next_start(make_window, qtbot, tmp_path, isolated_config):
    assert default_config_dir() == isolated_config
    texts = tmp_path / "texts"
    texts.mkdir()
    for name, body in (("a.txt", "Первый текст о выборах в парламент.\nЕщё одно предложение."),
                       ("b.txt", "Второй текст о выборах в парламент.\nЕщё одно предложение."),
                       ("c.txt", "Третий текст, совсем другой.")):
        (texts / name).write_text(body, encoding="utf-8")
    window = make_window()
    window.files.add_paths([str(texts)])
    wait_loaded(qtbot, window)
    ids = {item.name: item.id for item in window.open_texts.model.items()}
    window.files.compare_pair(ids["c.txt"], ids["a.txt"])
    wait_shown(qtbot, window)
    window.resize(1100, 700)
    window.close()
    saved = json.loads((isolated_config / "settings.json").read_text(encoding="utf-8"))
    assert saved["session"]["pair"] == [ids["c.txt"], ids["a.txt"]]
    assert str(texts) in saved["recent"][0]

    again = make_window()
    assert again.restore_geometry()
    again.restore_session([])
    wait_shown(qtbot, again)
    assert sorted(item.name for item in again.open_texts.model.items()) == ["a.txt", "b.txt", "c.txt"]
    assert (again.shown.source, again.shown.ids) == ("files", (ids["c.txt"], ids["a.txt"]))
    assert "geometry" in saved  # (offscreen, restoreGeometry clamps the size to the 800×600 screen)


def test_a_missing_session_file_is_reported_and_the_rest_loads(make_window, qtbot, tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Текст, который на месте.", encoding="utf-8")
    settings = Settings()
    settings.set_session([str(good), str(tmp_path / "gone.txt")], [])
    settings.save()
    window = make_window()
    window.restore_session([])
    wait_loaded(qtbot, window)
    assert [item.name for item in window.open_texts.model.items()] == ["good.txt"]
    assert any("gone.txt" in m for m in window.message_bar.messages())


def test_no_session_opens_the_bundled_samples(samples_window):
    names = sorted(item.name for item in samples_window.open_texts.model.items())
    assert names == ["000_3cc47a45235a47aa.txt", "001_1d3a09f0e9c6fa03.txt"]
    assert samples_window.shown.source == "files"


def test_broken_settings_do_not_stop_the_start(isolated_config):
    isolated_config.mkdir(parents=True)
    (isolated_config / "settings.json").write_text("{not json", encoding="utf-8")
    settings = Settings()
    assert settings.data == {} and "starting afresh" in settings.problem
    settings.set("theme", "dark")
    settings.save()
    assert json.loads((isolated_config / "settings.json").read_text(encoding="utf-8"))["theme"] == "dark"


def test_columns_are_chosen_from_the_header_and_kept(make_window, qtbot, isolated_config):
    window = make_window(size=(1100, 700))
    table, chooser = window.open_texts.table, window.open_texts.columns
    names = [table.model().headerData(c, Qt.Orientation.Horizontal) for c in range(table.model().columnCount())]
    assert names == ["Title", "File", "Encoding", "Size", "Date"]
    assert chooser.hidden() == ["Encoding", "Date"]  # the panel is narrow: these two are asked for
    visible = [c for c in range(5) if not table.isColumnHidden(c)]
    assert sum(table.columnWidth(c) for c in visible) <= table.viewport().width()  # no horizontal scrolling

    menu = chooser.menu()
    actions = {a.text(): a for a in menu.actions()}
    assert not actions["Title"].isEnabled()  # the title is always shown
    assert [a.isChecked() for a in menu.actions()] == [True, True, False, True, False]
    actions["Encoding"].trigger()
    actions["Size"].trigger()
    assert not table.isColumnHidden(2) and table.isColumnHidden(3)
    window.close()
    saved = json.loads((isolated_config / "settings.json").read_text(encoding="utf-8"))
    assert saved["hidden_columns"] == {"open_texts": ["Size", "Date"]}

    again = make_window()
    again.restore_geometry()
    assert again.open_texts.columns.hidden() == ["Size", "Date"]


def test_settings_that_cannot_be_written_are_logged_and_reported(make_window, tmp_path, caplog):
    window = make_window()
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the config folder should be", encoding="utf-8")
    window.settings.path = blocker / "settings.json"
    window.session.save_state()
    [record] = [r for r in caplog.records if r.name == "reader.ui.window.session"]
    assert record.levelname == "ERROR" and "settings.json" in record.getMessage()
    assert window.message_bar.isVisible()
    assert any("settings.json" in m for m in window.message_bar.messages())
