"""Issue 10: `versus compare` loads only what comparing needs.

Python's start and imports were most of the time of comparing an article from the command line.
These tests guard the import list of the compare path (no library, no sqlite3, numpy, SciPy,
trafilatura, Qt, logging.handlers) and that the engine's regular expressions are compiled when
first used, not when their module is imported.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "resources" / "samples").glob("*.txt"))

# modules (and their submodules) the compare path must not import (the reader.library package
# itself is a few names imported on first use, and reader.library.order the list's sort keys)
NOT_FOR_COMPARING = ("sqlite3", "_sqlite3", "numpy", "scipy", "datasketch", "trafilatura", "lxml", "PySide6",
                     "reader.library.db", "reader.library.library", "reader.library.importer",
                     "reader.library.grouping", "reader.library.search", "reader.ui", "reader.scale",
                     "pyspark", "pyarrow", "py4j", "logging.handlers", "secrets", "hashlib",
                     "reader.export.html_export", "reader.export.text_export", "reader.present.quotes")


def _modules_after(argv: list[str]) -> set[str]:
    probe = ("import sys\nfrom reader.cli import main\n"
             f"status = main({argv!r})\n"
             "assert status == 0, status\n"
             "print('\\n'.join(sys.modules))")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, cwd=ROOT).stdout
    return set(out.split())


def _offending(loaded: set[str]) -> list[str]:
    return sorted(m for m in loaded if any(m == h or m.startswith(h + ".") for h in NOT_FOR_COMPARING))


def test_comparing_to_json_imports_only_what_comparing_needs(tmp_path):
    loaded = _modules_after(["compare", *map(str, SAMPLES), "--format", "json", "-o", str(tmp_path / "x.json")])
    assert "reader.core.compare" in loaded and "reader.export.json_export" in loaded  # the probe ran
    assert _offending(loaded) == []
    assert (tmp_path / "x.json").stat().st_size > 1000


def test_the_text_summary_imports_no_library_either(tmp_path):
    loaded = _modules_after(["compare", *map(str, SAMPLES), "-o", str(tmp_path / "x.txt")])
    assert not [m for m in _offending(loaded) if not m.startswith(("reader.export", "reader.present"))]


def _module_level_compiles(path: Path) -> list[int]:
    """Line numbers of ``re.compile(...)`` calls run when the module is imported (outside any
    function body)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    lines = []

    def visit(node: ast.AST, in_function: bool) -> None:
        for child in ast.iter_child_nodes(node):
            inside = in_function or isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda))
            if (not inside and isinstance(child, ast.Call) and isinstance(child.func, ast.Attribute)
                    and child.func.attr == "compile" and isinstance(child.func.value, ast.Name)
                    and child.func.value.id == "re"):
                lines.append(child.lineno)
            visit(child, inside)

    visit(tree, False)
    return lines


def test_the_engine_compiles_no_regular_expression_at_import():
    found = {str(path.relative_to(ROOT)): lines for path in sorted((ROOT / "reader" / "core").rglob("*.py"))
             if (lines := _module_level_compiles(path))}
    assert found == {}, "use reader.core.lazyre.lazy(...) for module-level patterns"
