"""reader.present sits between the core and the views: it reads the core and nothing else.

The exports and the desktop reader both build on it, so it must not load Qt, and it must not
import the exporters, the reader's widgets or the library (which would make a cycle or drag
Qt into ``versus compare``).
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import reader.present

PACKAGE = Path(reader.present.__file__).parent
FORBIDDEN = ("PySide6", "shiboken6", "reader.ui", "reader.export", "reader.library", "reader.cli")


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_present_modules_import_only_the_core():
    modules = sorted(PACKAGE.glob("*.py"))
    assert len(modules) >= 5
    for path in modules:
        bad = {name for name in _imports(path) if name.startswith(FORBIDDEN)}
        assert not bad, (path.name, bad)


def test_importing_every_present_module_loads_no_qt():
    names = ", ".join(f"reader.present.{p.stem}" for p in sorted(PACKAGE.glob("*.py")) if p.stem != "__init__")
    code = (f"import sys, {names}; "
            f"print(sorted(m for m in sys.modules if m.startswith({FORBIDDEN!r})))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
