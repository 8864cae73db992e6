"""Render the main window offscreen: ``python -m reader.ui.screenshots docs``.

Writes ``screenshot-light.png`` and ``screenshot-dark.png`` (1400×900) with the bundled samples
compared, the first change selected and the pointer resting on a changed sentence, and
``screenshot-library.png``: the Library tab with the samples and a few generated versions from
named outlets, sorted by story group, two of them compared; and ``screenshot-quotes.png``: the
first sample against a newer version whose quotes were edited, with the Quotes list under the
comparison and its altered quote chosen. ``--lang ru`` (or ``render(..., lang="ru")``) renders
the same in Russian, as ``screenshot-ru-light.png``, ``screenshot-ru-dark.png``,
``screenshot-library-ru.png`` and ``screenshot-quotes-ru.png``; with no option both languages are
rendered.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

SIZE = (1400, 900)


def _start(folder: str | os.PathLike):
    """The application (made once) and the output folder (made if missing)."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(["versus"])
    app.setApplicationName("Versus")
    out_dir = Path(folder)
    out_dir.mkdir(parents=True, exist_ok=True)
    return app, out_dir


@contextmanager
def _language(app, lang: str) -> Iterator[str]:
    """The interface in ``lang`` meanwhile; yields the file name suffix ("" for English)."""
    from reader.ui.common.translator import install, uninstall

    installed = install(app, lang)
    try:
        yield "" if lang == "en" else f"-{lang}"
    finally:
        uninstall(app, installed)


def render(folder: str | os.PathLike, themes=("light", "dark"), lang: str = "en") -> list[Path]:

    from reader.ui.common.settings import Settings
    from reader.ui.common.theme import apply_theme
    from reader.ui.window.mainwindow import MainWindow

    app, out_dir = _start(folder)
    written = []
    with tempfile.TemporaryDirectory() as config, _language(app, lang) as suffix:
        for theme in themes:
            apply_theme(app, theme)
            window = MainWindow(Settings(config))
            window.resize(*SIZE)
            window.show()
            window.restore_session([])
            deadline = time.monotonic() + 30
            while window.view.data is None and time.monotonic() < deadline:
                app.processEvents()
            if window.view.data is None:
                raise RuntimeError("the samples were not compared within 30 s")
            window.view.finish_applying()
            window.slices.finish_all()  # the lists filled too
            window.view.next_change()  # the first change, marked
            view = window.view
            change = view.current_change()
            for _ in range(3):
                view.next_change()
            change = view.current_change()
            # rest the pointer on the current change so its counterpart is marked too
            if change is not None and change.left[1] > change.left[0]:
                view._on_hover(view.left, change.left[0] + 1)
            app.processEvents()
            path = out_dir / f"screenshot{suffix}-{theme}.png"
            window.grab().save(str(path))
            written.append(path)
            window.close()
            window.deleteLater()
            app.processEvents()
    return written


# (outlet, date, words replaced, sentences left out by index, a sentence added at the end)
VERSIONS = (
    ("Караван", "2022-03-01", {"кардинальной": "радикальной"}, (), ""),
    ("Вестник", "2022-03-01", {"апатичным": "равнодушным", "Сетевые графики": "Планы работы"}, (1,),
     "Съезд продлится один день."),
    ("Tribune KZ", "2022-03-02", {"серьезные изменения": "глубокие перемены"}, (4, 5),
     "Решения съезда вступят в силу после регистрации."),
    ("Курьер", "2022-03-02", {"решительно": "окончательно"}, (2,), ""),
)
OTHER_STORIES = (
    ("Экспресс", "2022-03-01", "В Алматы открыли новый мост через реку",
     "Движение по мосту откроют в субботу. Строительство заняло два года. Мост соединит два района города."),
    ("Вестник", "2022-02-28", "Городской совет утвердил бюджет на 2022 год",
     "Расходы на школы и больницы выросли на десять процентов. Депутаты обсуждали бюджет три часа."),
)


def _article_page(title: str, outlet: str, date: str, paragraphs: list[str]) -> str:
    import html

    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return (f'<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
            f'<meta property="og:site_name" content="{html.escape(outlet)}">'
            f'<meta property="article:published_time" content="{date}"></head>'
            f"<body><article><h1>{html.escape(title)}</h1>{body}</article></body></html>")


def write_demo_corpus(folder: Path) -> None:
    """The bundled samples, four edited versions of the first from named outlets, two other stories."""
    import shutil

    from reader.ui.common.resources import samples_dir

    folder.mkdir(parents=True, exist_ok=True)
    samples = Path(str(samples_dir()))
    for sample in sorted(samples.glob("*.txt")):
        shutil.copy(sample, folder / sample.name)
    lines = [ln for ln in (samples / "000_3cc47a45235a47aa.txt").read_text(encoding="utf-8").splitlines() if ln.strip()]
    title, paragraphs = lines[0], lines[1:-1]  # the last line is a photo credit
    for n, (outlet, date, words, dropped, added) in enumerate(VERSIONS):
        kept = [p for i, p in enumerate(paragraphs) if i not in dropped]
        text = "\n".join(kept)
        for old, new in words.items():
            text = text.replace(old, new, 1)
        kept = text.split("\n") + ([added] if added else [])
        (folder / f"version_{n}.html").write_text(_article_page(title, outlet, date, kept), encoding="utf-8")
    for n, (outlet, date, title, body) in enumerate(OTHER_STORIES):
        (folder / f"other_{n}.html").write_text(_article_page(title, outlet, date, body.split(". ")), encoding="utf-8")


def render_library(folder: str | os.PathLike, theme: str = "light", lang: str = "en") -> Path:
    from PySide6.QtCore import Qt

    from reader.library import Library, import_paths
    from reader.ui.common.settings import Settings
    from reader.ui.common.theme import apply_theme
    from reader.ui.window.mainwindow import MainWindow

    app, out_dir = _start(folder)
    with tempfile.TemporaryDirectory() as work, _language(app, lang) as suffix:
        work_dir = Path(work)
        write_demo_corpus(work_dir / "corpus")
        with Library(work_dir / "library.sqlite3") as lib:
            import_paths(lib, [str(work_dir / "corpus")])
        apply_theme(app, theme)
        window = MainWindow(Settings(work_dir / "config"), library_path=str(work_dir / "library.sqlite3"))
        window.resize(*SIZE)
        window.show()
        window.splitter.setSizes([600, SIZE[0] - 600])
        window.tabs.show_library()
        _wait(app, lambda: window.library_tab.state in ("open", "failed"), "the library did not open")
        panel = window.library_tab.panel
        if panel is None:
            raise RuntimeError(f"the library could not be opened: {window.library_tab.error}")
        panel.table.sortByColumn(4, Qt.SortOrder.AscendingOrder)  # by story group: versions together
        _wait(app, lambda: panel.model.order[0] == "group", "the table was not sorted")
        rows = {panel.model.row(r).source: r for r in range(panel.model.rowCount())}
        panel.select_rows(rows.get("Караван", 0), rows.get("Вестник", 1))
        panel.compare_selected()
        _wait(app, lambda: window.view.data is not None and not window.comparison.comparer.is_running(),
              "the pair was not compared")
        window.view.finish_applying()
        window.slices.finish_all()  # the lists filled too
        window.view.next_change()
        app.processEvents()
        path = out_dir / f"screenshot-library{suffix}.png"
        window.grab().save(str(path))
        window.close()
        window.deleteLater()
        app.processEvents()
    return path


# How the newer version of the first sample treats its quotes: a word of one altered, one turned
# into reported speech (its quote marks and attribution gone), and a new quote with no source.
QUOTE_EDITS = (
    ('"И полумерами', "«И полумерами"),
    ('нужно перестроить всю партийную работу", − подчеркнул', "нужно перезапустить всю партийную работу», – подчеркнул"),
    ('"В работе партийного аппарата явно', "По словам Токаева, в работе партийного аппарата явно"),
    ('на доверии и сотрудничестве", − отметил Касым-Жомарт Токаев.', "на доверии и сотрудничестве."),
    ("Фото: иллюстративное", "«Новое название отражает то, что мы хотим сделать», – заявил журналистам Ерлан Кошанов.\n"
                             "Фото: иллюстративное"),
)


def write_quotes_pair(folder: Path) -> tuple[Path, Path]:
    """The first sample (older) and a newer version with QUOTE_EDITS, as two text files."""
    from reader.ui.common.resources import samples_dir

    folder.mkdir(parents=True, exist_ok=True)
    old = (Path(str(samples_dir())) / "000_3cc47a45235a47aa.txt").read_text(encoding="utf-8")
    new = old
    for before, after in QUOTE_EDITS:
        if before not in new:
            raise ValueError(f"the sample no longer holds {before!r}")
        new = new.replace(before, after, 1)
    paths = folder / "Караван, 1 марта.txt", folder / "Вестник, 2 марта.txt"
    paths[0].write_text(old, encoding="utf-8")
    paths[1].write_text(new, encoding="utf-8")
    return paths


def render_quotes(folder: str | os.PathLike, theme: str = "light", lang: str = "en") -> Path:
    from PySide6.QtCore import Qt

    from reader.ui.common.settings import Settings
    from reader.ui.common.theme import apply_theme
    from reader.ui.window.mainwindow import MainWindow

    app, out_dir = _start(folder)
    with tempfile.TemporaryDirectory() as work, _language(app, lang) as suffix:
        work_dir = Path(work)
        old, new = write_quotes_pair(work_dir / "texts")
        apply_theme(app, theme)
        window = MainWindow(Settings(work_dir / "config"))
        window.resize(*SIZE)
        window.show()
        window.splitter.setSizes([260, SIZE[0] - 260])
        window.resizeDocks([window.quotes_dock], [230], Qt.Orientation.Vertical)
        window.restore_session([str(old), str(new)])
        _wait(app, lambda: window.view.data is not None and not window.comparison.comparer.is_running(),
              "the pair was not compared")
        window.view.finish_applying()
        window.slices.finish_all()  # the lists filled too
        report = window.view.data.quotes
        chosen = next((v.quote.index for v in report.right if v.quote.status == "altered"),
                      report.right[0].quote.index if report.right else None)
        if chosen is not None:
            window.quotes_list.select_quote(chosen)
            window.view.show_quote(chosen)
            for pane in (window.view.left, window.view.right):
                pane.flash_done()  # the outline without the flash
        window.quotes_list.tree.setFocus()
        app.processEvents()
        path = out_dir / f"screenshot-quotes{suffix}.png"
        window.grab().save(str(path))
        window.close()
        window.deleteLater()
        app.processEvents()
    return path


def _wait(app, condition, message: str, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise RuntimeError(f"{message} within {seconds:.0f} s")
        app.processEvents()
        time.sleep(0.005)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    langs = ("en", "ru")
    if "--lang" in argv:
        at = argv.index("--lang")
        langs = (argv[at + 1],)
        argv = argv[:at] + argv[at + 2:]
    folder = argv[0] if argv else "docs"
    for lang in langs:
        for path in render(folder, lang=lang) + [render_library(folder, lang=lang), render_quotes(folder, lang=lang)]:
            print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
