"""Every third-party module that reader/ imports is a declared dependency with a lower bound,
not something that happens to be installed because another package needs it."""

from __future__ import annotations

import ast
import re
import sys
from importlib.metadata import packages_distributions
from pathlib import Path

import pytest

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    tomllib = None

ROOT = Path(__file__).resolve().parent.parent


# may import the [spark] extra's packages (pyspark, pyarrow): reader.scale, and the commands
# that run it, which look for pyspark to say the extra is missing
SPARK_ONLY = ROOT / "reader" / "scale"
SPARK_COMMANDS = {ROOT / "reader" / "cli" / "scale.py", ROOT / "reader" / "cli" / "library_commands.py"}


def _imported_top_level_modules(spark: bool = False) -> set[str]:
    """The third-party modules reader/ imports: outside the Spark modules, or (``spark``) in them."""
    found = set()
    for path in (ROOT / "reader").rglob("*.py"):
        if (SPARK_ONLY in path.parents or path in SPARK_COMMANDS) != spark:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                found.add(node.module.split(".")[0])
    return {m for m in found if m != "reader" and m not in sys.stdlib_module_names}


def _normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def test_third_party_imports_are_declared_with_a_lower_bound():
    if tomllib is None:
        pytest.skip("tomllib is Python 3.11+")
    requirements = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    declared = {}
    for req in requirements:
        name = re.match(r"[A-Za-z0-9._-]+", req).group(0)
        declared[_normalise(name)] = req
    distributions = packages_distributions()
    for module in sorted(_imported_top_level_modules()):
        names = {_normalise(d) for d in distributions.get(module, [])}
        assert names, f"{module} is imported by reader/ but not installed"
        matches = names & declared.keys()
        assert matches, f"{module} (from {sorted(names)}) is imported by reader/ but not in [project.dependencies]"
        for name in matches:
            assert ">=" in declared[name], f"{declared[name]!r} needs a lower bound"


def test_the_spark_modules_import_only_declared_packages():
    """reader/scale and its commands may import what the [spark] extra declares (with lower bounds) besides the
    dependencies; the extra need not be installed (`make test` runs without it)."""
    if tomllib is None:
        pytest.skip("tomllib is Python 3.11+")
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    extra = {_normalise(re.match(r"[A-Za-z0-9._-]+", req).group(0)): req
             for req in project["optional-dependencies"]["spark"]}
    assert extra and all(">=" in req for req in extra.values())
    core = {_normalise(re.match(r"[A-Za-z0-9._-]+", req).group(0)) for req in project["dependencies"]}
    distributions = packages_distributions()
    for module in sorted(_imported_top_level_modules(spark=True)):
        names = {_normalise(d) for d in distributions.get(module, [])} or {_normalise(module)}
        assert names & (core | extra.keys()), f"reader/scale imports {module}, declared neither as a dependency nor in [spark]"
