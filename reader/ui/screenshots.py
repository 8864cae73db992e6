"""Render the main window offscreen, light and dark: ``python -m reader.ui.screenshots docs``.

Writes ``screenshot-light.png`` and ``screenshot-dark.png`` (1400×900) with the bundled samples
compared, the first change selected and the pointer resting on a changed sentence.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

SIZE = (1400, 900)


def render(folder: str | os.PathLike, themes=("light", "dark")) -> list[Path]:
    import reader.ui  # noqa: F401
    from PySide6.QtWidgets import QApplication

    from reader.ui.mainwindow import MainWindow
    from reader.ui.settings import Settings
    from reader.ui.theme import apply_theme

    app = QApplication.instance() or QApplication(["versus"])
    app.setApplicationName("Versus")
    out_dir = Path(folder)
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    with tempfile.TemporaryDirectory() as config:
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
            path = out_dir / f"screenshot-{theme}.png"
            window.grab().save(str(path))
            written.append(path)
            window.close()
            window.deleteLater()
            app.processEvents()
    return written


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    folder = argv[0] if argv else "docs"
    for path in render(folder):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
