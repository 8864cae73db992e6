"""The File menu driven through its actions, with the system dialogs replaced: Open, Open Folder,
Open Recent and Export as HTML (which then offers to open the page)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox

from tests.ui.conftest import wait_loaded, wait_shown


def write_texts(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, body in (("first.txt", "Совет утвердил бюджет города на будущий год.\nРасходы на школы выросли."),
                       ("second.txt", "Совет утвердил бюджет города на следующий год.\nРасходы на школы выросли."),
                       ("third.md", "# Другая новость\n\nМост через реку откроют весной.")):
        (folder / name).write_text(body, encoding="utf-8")
        paths.append(folder / name)
    return paths


def test_open_adds_the_chosen_files_and_compares_two(make_window, qtbot, tmp_path, monkeypatch):
    first, second, _ = write_texts(tmp_path / "texts")
    asked = []
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        staticmethod(lambda *args: asked.append(args) or ([str(first), str(second)], "")))
    window = make_window()
    window.acts.open.trigger()
    assert asked and "*.txt" in asked[0][3]
    wait_shown(qtbot, window)
    assert sorted(item.name for item in window.open_texts.model.items()) == ["first.txt", "second.txt"]
    assert window.view.data.comparison.left.document.name == "first.txt"
    assert window.settings.get("open_dir") == str(tmp_path / "texts")


def test_open_folder_adds_every_text_in_it(make_window, qtbot, tmp_path, monkeypatch):
    write_texts(tmp_path / "texts" / "inner")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *args: str(tmp_path / "texts")))
    window = make_window()
    window.acts.open_folder.trigger()
    wait_loaded(qtbot, window)
    assert sorted(item.name for item in window.open_texts.model.items()) == ["first.txt", "second.txt", "third.md"]
    wait_shown(qtbot, window)


def test_the_recent_menu_lists_an_opened_file_and_reopens_it(make_window, qtbot, tmp_path, monkeypatch):
    first, *_ = write_texts(tmp_path / "texts")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *args: ([str(first)], "")))
    window = make_window()
    window.acts.open.trigger()
    wait_loaded(qtbot, window)
    window.files.remove_item(window.open_texts.model.items()[0].id)
    assert len(window.open_texts.model) == 0
    window.acts.recent_menu.aboutToShow.emit()  # what opening the submenu does
    entries = [a for a in window.acts.recent_menu.actions() if not a.isSeparator()]
    assert [a.text() for a in entries] == [str(first.resolve()), "Clear List"]
    entries[0].trigger()
    wait_loaded(qtbot, window)
    assert [item.name for item in window.open_texts.model.items()] == ["first.txt"]
    entries[1].trigger()
    assert window.settings.recent == []


def test_export_as_html_writes_the_page_and_offers_to_open_it(samples_window, qtbot, tmp_path, monkeypatch):
    target = tmp_path / "out" / "pair.html"
    target.parent.mkdir()
    suggested, shown, opened = [], [], []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda parent, caption, start, filters: suggested.append(start)
                                     or (str(target), filters)))

    def fake_exec(box):
        shown.append((box.text(), box.standardButtons()))
        return QMessageBox.StandardButton.Open

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True))
    samples_window.acts.export_html.trigger()
    assert suggested[0].endswith("000_3cc47a45235a47aa-vs-001_1d3a09f0e9c6fa03.html")
    page = target.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "методы" in page
    assert shown and str(target) in shown[0][0]
    assert shown[0][1] & QMessageBox.StandardButton.Open
    assert [u.toLocalFile() for u in opened] == [str(target)]
    assert samples_window.settings.get("export_dir") == str(target.parent)


def test_export_declined_opens_nothing(samples_window, tmp_path, monkeypatch):
    target = tmp_path / "pair.html"
    opened = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: (str(target), "")))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Close)
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True))
    samples_window.acts.export_html.trigger()
    assert target.is_file() and opened == []


def test_library_titles_make_safe_export_names():
    from reader.ui.window.exporter import file_stem

    assert file_stem("000_3cc47a45235a47aa.txt") == "000_3cc47a45235a47aa"
    assert file_stem('Токаев: "партии нужна перезагрузка" / 2022') == "Токаев_партии_нужна_перезагрузка_2022"
    assert file_stem("???") == "text"
