"""The desktop reader's entry point: ``versus [FILE...]`` or ``versus-gui``."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable

from reader import APP_NAME, __version__
from reader.logs import add_verbose_argument, log_uncaught_exceptions, setup_logging

# bench/bench_reader.py: when set to a file name, the reader writes there the wall-clock time
# (time.time()) at which its window has first been painted, then quits
REPORT_SHOWN = "VERSUS_REPORT_SHOWN"


def build_parser(tr: Callable[[str], str] = str) -> argparse.ArgumentParser:
    """The reader's own options; their help in ``tr``'s language (reader.help_language)."""
    parser = argparse.ArgumentParser(
        prog="versus",
        description="Open the Versus desktop reader. Files and folders given are added to the "
                    "list; the first two are compared.")
    parser.add_argument("files", nargs="*", metavar="FILE", help="text files or folders to open")
    parser.add_argument("--config-dir", metavar="DIR",
                        help="keep settings and the session here instead of the user's config folder")
    parser.add_argument("--library", metavar="PATH",
                        help="the corpus library to show in the Library tab (default: library.sqlite3 "
                             "in the user data folder, as for `versus import`)")
    parser.add_argument("--theme", choices=("system", "light", "dark"),
                        help="colour theme (default: the last one chosen, else the system's)")
    add_verbose_argument(parser)
    parser.add_argument("--version", action="version", version=f"versus {__version__}")
    parser.description = tr(parser.description or "")
    for action in parser._actions:  # argparse has no public accessor for its arguments
        if action.help and action.option_strings != ["-h", "--help"] and action.option_strings != ["--version"]:
            action.help = tr(action.help)
    return parser


def report_settings_problem(window, settings) -> None:
    """Why the settings file could not be used, if it could not, in the window's message bar, in
    the reader's language."""
    from PySide6.QtCore import QCoreApplication

    if settings.problem:
        window.message_bar.add_problems([settings.problem_text()],
                                        QCoreApplication.translate("MainWindow", "Settings could not be read"))


def _report_first_paint(window, path: str) -> None:
    """Write the time once the window's first frame is painted (its first UpdateRequest handled:
    the backing store flushed), then quit: what bench/bench_reader.py measures start-up by."""
    import time

    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    class FirstPaint(QObject):
        def eventFilter(self, obj, event) -> bool:
            if event.type() == QEvent.Type.UpdateRequest:
                window.removeEventFilter(self)
                QTimer.singleShot(0, self.report)  # after the frame is painted and flushed
            return False

        def report(self) -> None:
            with open(path, "w", encoding="utf-8") as out:
                out.write(f"{time.time():.6f}\n")
            QApplication.instance().quit()

    window.installEventFilter(FirstPaint(window))


def main(argv: list[str] | None = None) -> int:
    from reader.help_language import HELP_CONTEXT, argparse_language, help_language
    from reader.i18n import Translator

    argv = list(sys.argv[1:] if argv is None else argv)
    lang = help_language(argv)
    with argparse_language(lang):  # `versus FILE --help` and usage errors in the user's language
        args = build_parser(Translator(HELP_CONTEXT, lang)).parse_args(argv)
    setup_logging(args.verbose)
    log_uncaught_exceptions()
    from PySide6.QtWidgets import QApplication

    from reader.ui.common.resources import app_icon
    from reader.ui.common.settings import Settings
    from reader.ui.common.termination import SignalCloser
    from reader.ui.common.theme import apply_theme
    from reader.ui.common.translator import chosen_language, install
    from reader.ui.window.mainwindow import MainWindow

    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "versus"])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName("io.github.versus.Versus")  # packaging/io.github.versus.Versus.desktop
    app.setWindowIcon(app_icon())
    settings = Settings(args.config_dir)
    translators = install(app, chosen_language(settings))  # before the first widget is made
    theme = args.theme or settings.get("theme", "system")
    settings.set("theme", apply_theme(app, theme))
    window = MainWindow(settings, library_path=args.library)
    report_settings_problem(window, settings)
    if not window.restore_geometry():
        window.resize(1400, 900)
    window.show()
    if os.environ.get(REPORT_SHOWN):
        _report_first_paint(window, os.environ[REPORT_SHOWN])
    window.restore_session(args.files)
    closer = SignalCloser(window.close, window.session.save_state, app)  # SIGTERM, log-out: save, quit
    status = app.exec()
    del translators
    closer.uninstall()
    return status


if __name__ == "__main__":
    sys.exit(main())
