"""The core and the exports are pure Python: importing them never loads Qt."""

import subprocess
import sys


def test_core_and_exports_do_not_load_qt():
    code = ("import sys, reader.core, reader.export, reader.cli.compare, reader.present.scrollmap; "
            "from reader.core import compare, load_path; "
            "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
