"""`versus compare` must not load the corpus library's heavy dependencies.

(The CLI builds the parsers of every command, the library's included; reader.cli.library
therefore imports the library, the importer and numpy/datasketch only when a library command
runs.) Lives with the library UI tests because it guards the same start-up path the desktop
reader takes through reader.cli.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("numpy", "datasketch", "trafilatura", "reader.library.library", "reader.library.importer",
         "reader.library.grouping", "PySide6")


def _loaded_after(code: str) -> set[str]:
    probe = code + "\nimport sys\nprint('\\n'.join(sys.modules))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True,
                         cwd=ROOT).stdout
    return {name for name in out.split() if name.split(".")[0] in {h.split(".")[0] for h in HEAVY}}


def test_compare_command_does_not_import_the_library(tmp_path):
    samples = ROOT / "resources" / "samples"
    code = ("from reader.cli import main\n"
            f"assert main(['compare', {str(samples / '000_3cc47a45235a47aa.txt')!r}, "
            f"{str(samples / '001_1d3a09f0e9c6fa03.txt')!r}, '-o', {str(tmp_path / 'o.html')!r}]) == 0")
    loaded = _loaded_after(code)
    assert not [m for m in loaded if any(m == h or m.startswith(h + ".") for h in HEAVY)]
    assert (tmp_path / "o.html").stat().st_size > 1000


def test_library_commands_still_load_what_they_need():
    loaded = _loaded_after("import reader.cli.library as c\nimport argparse\n"
                           "p = argparse.ArgumentParser(); c.add_parser(p.add_subparsers())\n"
                           "from reader.library import Library, import_paths")
    assert {"numpy", "reader.library.library", "reader.library.importer"} <= loaded


def test_the_background_job_imports_no_qt_module():
    """The library's modules are imported by a worker thread; a module that imports Qt names
    there races PySide6's lazy type creation with the UI thread (it crashed the process)."""
    import subprocess
    import sys

    from reader.ui.library.tab import _PREPARE_MODULES

    code = ("import importlib, sys\n"
            f"for name in {_PREPARE_MODULES!r}:\n"
            "    importlib.import_module(name)\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parents[2])
    assert out.stdout.strip() == "[]"
