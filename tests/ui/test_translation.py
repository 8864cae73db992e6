"""The reader in Russian: the catalog translator, every visible text of a real window, the
Language menu, and a catalog that has every text the reader's code asks to translate."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QMenu, QTabWidget, QToolButton, QWidget

import reader
from reader.core.options import OPTION_SPECS
from reader.i18n import catalog
from reader.ui.common import translator
from reader.ui.common.translator import CatalogTranslator, chosen_language, install, uninstall
from tests.ui.conftest import wait_shown

UI = Path(reader.__file__).parent / "ui"
CYRILLIC = re.compile("[а-яё]", re.IGNORECASE)
LATIN = re.compile("[a-z]", re.IGNORECASE)
# texts that are the same in Russian: names, formats, key names
ALLOWED = {"Versus", "English", "ё = е", "ё/е", "HTML", "JSON", "Esc"}


@pytest.fixture
def russian_samples(russian, make_window, qtbot):
    window = make_window()
    window.restore_session([])
    wait_shown(qtbot, window)
    return window


def test_the_translator_answers_from_the_catalog_and_says_none_otherwise():
    ru = CatalogTranslator("ru")
    assert ru.translate("WindowActions", "&File") == "&Файл"
    assert ru.translate("WindowActions", "no such text") is None  # Qt asks on, then shows the source
    assert ru.translate("NoSuchContext", "&File") is None
    assert not ru.isEmpty() and CatalogTranslator("en").isEmpty()


def test_installed_it_translates_and_removed_it_does_not(qapp):
    installed = install(qapp, "ru")
    try:
        assert QCoreApplication.translate("SideTabs", "Library") == "Библиотека"
        assert QCoreApplication.translate("QShortcut", "F%1") == "F%1"  # not ours: not emptied
        assert translator.current() == "ru"
    finally:
        uninstall(qapp, installed)
    assert QCoreApplication.translate("SideTabs", "Library") == "Library"
    assert translator.current() == "en"


def test_the_language_comes_from_the_settings_else_the_environment(monkeypatch):
    from reader.ui.common.settings import Settings

    monkeypatch.setenv("VERSUS_LANG", "ru")
    settings = Settings()
    assert chosen_language(settings) == "ru"
    settings.set("language", "en")
    assert chosen_language(settings) == "en"


def _menu_titles(window) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


def test_a_russian_window_has_russian_menus_toolbar_and_tabs(russian_samples):
    window = russian_samples
    assert _menu_titles(window) == ["&Файл", "&Правка", "&Вид", "П&араметры", "&Справка"]
    acts = window.acts
    assert acts.open.text() == "&Открыть…"
    assert acts.next.text() == "&Следующее изменение"
    assert acts.options["ignore_case"].iconText() == "регистр"
    assert [window.tabs.tabText(i) for i in range(2)] == ["Открытые тексты", "Библиотека"]
    assert window.quotes_dock.windowTitle().startswith("Цитаты")
    summary = window.comparison.summary.text()
    assert summary.startswith("Сходство ") and "предложения: изменено " in summary
    assert [chip.text() for chip in window.comparison.legend] == ["удалено", "добавлено", "изменено", "перемещено",
                                                                  "цитата"]
    assert window.view.left_title.toolTip().startswith("Слева: ")
    headers = window.open_texts.model
    assert [headers.headerData(c, Qt.Orientation.Horizontal) for c in range(2)] == ["Заголовок", "Файл"]
    assert headers.index(0, 3).data() == "4,4 КБ"  # the first sample's size, with a decimal comma
    assert acts.prev.iconText() == "Предыдущее"


def test_an_english_window_stays_english(samples_window):
    window = samples_window
    assert _menu_titles(window) == ["&File", "&Edit", "&View", "&Options", "&Help"]
    assert window.acts.open.text() == "&Open…"
    assert [window.tabs.tabText(i) for i in range(2)] == ["Open texts", "Library"]
    assert window.comparison.summary.text().startswith("Similarity ")
    assert window.comparison.legend[0].text() == "removed"
    assert window.open_texts.model.index(0, 3).data() == "4.4 KB"
    assert window.acts.prev.iconText() == "Previous Change"


def _english_left(widget_texts: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The texts with Latin letters and no Cyrillic one, less the allowed names."""
    left = []
    for where, text in widget_texts:
        plain = re.sub(r"<[^>]+>", "", text.replace("&", ""))
        for name in ALLOWED:
            plain = plain.replace(name, "")
        plain = re.sub(r"\S+\.(txt|md|html|zip|text|htm|json)\b|\(\*[^)]*\)|Alt\+\w+|Ctrl\+\w+|F\d+|Shift", "", plain)
        if LATIN.search(plain) and not CYRILLIC.search(plain):
            left.append((where, text))
    return left


def _visible_texts(window) -> list[tuple[str, str]]:
    texts: list[tuple[str, str]] = []
    menus = [a.menu() for a in window.menuBar().actions() if a.menu()]
    while menus:
        menu = menus.pop()
        texts.append(("menu", menu.title()))
        for act in menu.actions():
            if act.menu():
                menus.append(act.menu())
            texts += [("action", act.text()), ("action tip", act.toolTip()), ("status tip", act.statusTip())]
    for act in window.actions():
        texts += [("action", act.text()), ("action tip", act.toolTip()), ("icon text", act.iconText())]
    for widget in window.findChildren(QWidget):
        if isinstance(widget, QMenu):
            continue
        if widget.toolTip():
            texts.append((f"tip of {type(widget).__name__}", widget.toolTip()))
        if isinstance(widget, QLabel):
            texts.append(("label", widget.text()))
        elif isinstance(widget, QAbstractButton) and not isinstance(widget, QToolButton):
            texts.append(("button", widget.text()))
        elif isinstance(widget, QToolButton) and widget.defaultAction() is None:
            texts.append(("tool button", widget.text()))
        elif isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                texts += [("tab", widget.tabText(i)), ("tab tip", widget.tabToolTip(i))]
        placeholder = getattr(widget, "placeholderText", None)
        if callable(placeholder) and placeholder():
            texts.append(("placeholder", placeholder()))
    texts.append(("dock", window.quotes_dock.windowTitle()))
    for model in (window.open_texts.model,):
        texts += [("header", model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())]
    tree = window.quotes_list.tree
    texts += [("quotes header", tree.headerItem().text(c)) for c in range(tree.columnCount())]
    return [(where, text) for where, text in texts if text and not text.isdigit()]


def test_nothing_is_left_in_english_in_russian(russian_samples, qtbot):
    window = russian_samples
    window.acts.find.trigger()  # the find bar, with its buttons
    texts = _visible_texts(window)
    window.tabs.show_library()
    qtbot.waitUntil(lambda: window.library_tab.state in ("open", "failed"), timeout=15000)
    assert window.library_tab.state == "open"
    panel = window.library_tab.panel
    texts += _visible_texts(window)
    texts += [("library header", panel.model.headerData(c, Qt.Orientation.Horizontal)) for c in range(panel.model.columnCount())]
    assert len(texts) > 150
    assert _english_left(texts) == []


def test_the_allow_list_does_not_hide_english():
    assert _english_left([("label", "Open &texts"), ("label", "Versus"), ("label", "Открыть a.txt"),
                          ("label", "ё = е"), ("label", "Similarity 5%")]) == [
        ("label", "Open &texts"), ("label", "Similarity 5%")]


def test_the_language_menu_is_remembered_and_applies_at_the_next_start(make_window, qtbot):
    window = make_window()
    menu = window.acts.language_menu
    assert menu.title() == "&Language"
    assert [a.text() for a in menu.actions()] == ["English", "Русский"]
    assert window.acts.languages["en"].isChecked()
    window.acts.languages["ru"].trigger()
    assert window.settings.get("language") == "ru"
    assert window.acts.languages["ru"].isChecked() and not window.acts.languages["en"].isChecked()
    assert window.statusBar().currentMessage() == "The interface will be in Русский from the next start"
    window.close()
    from reader.ui.common.settings import Settings

    assert chosen_language(Settings()) == "ru"  # saved with the settings at close


APP_SCRIPT = """
import os, sys
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication
from reader import app

def exec_(self):
    window = next(w for w in QApplication.topLevelWidgets() if hasattr(w, "acts"))
    print("|".join(a.text() for a in window.menuBar().actions()))
    window.close()
    QThreadPool.globalInstance().waitForDone(20000)
    return 0

QApplication.exec = exec_
status = app.main(["--theme", "light"])
sys.stdout.flush()
os._exit(status)  # the test is about the window above; skip tearing Qt down
"""


def test_the_app_starts_in_the_language_of_the_settings(isolated_config, tmp_path):
    """``versus`` (reader.app.main) builds its window in the language chosen last time."""
    import json
    import os
    import subprocess
    import sys

    isolated_config.mkdir(parents=True, exist_ok=True)
    (isolated_config / "settings.json").write_text(json.dumps({"language": "ru"}), encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "VERSUS_LANG": "en"}
    run = subprocess.run([sys.executable, "-c", APP_SCRIPT], env=env, capture_output=True, text=True, timeout=60,
                         cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip().splitlines()[-1] == "&Файл|&Правка|&Вид|П&араметры|&Справка"


def _translated_in_code() -> list[tuple[str, str, str]]:
    """(context, text, where) for every literal the reader's code asks to translate:
    ``QCoreApplication.translate("Context", "text")`` and a module's ``tr("text")`` (its ``tr``
    helper's context)."""
    found = []
    for path in sorted(UI.rglob("*.py")) + [UI.parent / "app.py"]:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        context = None
        for node in tree.body:
            if isinstance(node, ast.FunctionDef) and node.name == "tr":
                context = node.body[-1].value.args[0].value
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            f = node.func
            name = f.attr if isinstance(f, ast.Attribute) else getattr(f, "id", "")
            literal = [a.value if isinstance(a, ast.Constant) and isinstance(a.value, str) else None for a in node.args]
            where = f"{path.name}:{node.lineno}"
            if name in ("translate", "tr") and len(literal) == 2 and literal[0] and literal[1]:
                found.append((literal[0], literal[1], where))
            elif name == "tr" and len(literal) == 1 and context and literal[0]:
                found.append((context, literal[0], where))
    return found


def test_every_text_the_code_translates_has_russian():
    texts = _translated_in_code()
    assert len(texts) > 170
    ru = catalog("ru")
    assert [t for t in texts if (t[0], t[1]) not in ru] == []


def test_texts_translated_by_name_have_russian():
    """Texts that reach ``translate`` through a name: the options' labels (core, no Qt), column
    names, the comparison's stages, the Quotes list's headings."""
    from reader.present.quotes import LOST_TITLE, NONE_FOUND
    from reader.ui.compare.quotes_list import COLUMNS as QUOTE_COLUMNS
    from reader.ui.compare.quotes_list import NOTHING_YET
    from reader.ui.library.import_dialog import _count
    from reader.ui.library.model import COLUMNS as LIBRARY_COLUMNS
    from reader.ui.opentexts.model import COLUMNS as OPEN_COLUMNS
    from reader.ui.window.actions import THEME_NAMES
    from reader.ui.window.comparison_controller import NOTHING_SHOWN
    from reader.ui.window.library_controller import IMPORT_FILTER

    wanted = [("OptionSpec", text) for spec in OPTION_SPECS for text in (spec.label, spec.help, spec.short) if text]
    wanted += [("CorpusModel", c) for c in OPEN_COLUMNS]
    wanted += [("core", unit) for unit in ("B", "KB", "MB", "GB")]  # sizes: reader.present.format.size_in
    wanted += [("LibraryModel", c) for c in LIBRARY_COLUMNS]
    wanted += [("QuotesList", t) for t in (*QUOTE_COLUMNS, NOTHING_YET, NONE_FOUND, LOST_TITLE)]
    wanted += [("WindowActions", t) for t in THEME_NAMES.values()]
    wanted += [("ComparisonController", NOTHING_SHOWN), ("LibraryController", IMPORT_FILTER)]
    wanted += [("Comparer", s) for s in ("segmenting", "aligning sentences", "comparing words", "tracing quotes",
                                         "building the result", "done", "preparing the view")]
    ru = catalog("ru")
    assert [w for w in wanted if w not in ru] == []
    assert _count(1, "%1 article added", "%1 articles added") == "1 article added"


def test_the_import_summary_reads_in_russian(russian):
    from reader.ui.library.import_dialog import _count, _of_files

    assert _count(12, "%1 article added", "%1 articles added") == "добавлено статей: 12"
    assert _count(1, "%1 article added", "%1 articles added") == "добавлена 1 статья"
    assert _of_files(3, 5) == "3 из 5 файлов"


def test_placeholders_survive_translation():
    ru = catalog("ru")
    for (context, source), text in ru.items():
        for mark in re.findall(r"%\d", source):
            assert mark in text, (context, source, text)


def test_the_verdict_column_holds_the_longest_russian_verdict(russian, qtbot):
    from reader.ui.compare.quotes_list import QuotesList

    quotes = QuotesList()
    qtbot.addWidget(quotes)
    needed = quotes.fontMetrics().horizontalAdvance("без источника") + 32
    assert needed > 104  # wider than the English column
    assert quotes.tree.header().sectionSize(0) == needed
