"""reader/core/lazyre.py: patterns compiled on first use, from a per-machine cache of their code.

The cache must make a run faster and never different: every engine pattern built from cached
code behaves as ``re.compile`` of it, and a damaged or unwritable cache falls back to compiling.
"""

from __future__ import annotations

import importlib
import re
import subprocess
import sys
from pathlib import Path

import pytest

from reader.core import lazyre
from reader.core.lazyre import lazy

ROOT = Path(__file__).resolve().parents[2]
TEXTS = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "resources" / "samples").glob("*.txt"))]
TEXTS += [(ROOT / "tests" / "data" / name).read_text(encoding="utf-8") for name in ("storm_v1.txt", "storm_v2.txt")]
ENGINE = ["boilerplate", "compare", "controls", "normalize", "segment", "similarity", "sources", "textinfo",
          "worddiff", "quotes.find", "quotes.locate", "quotes.marks", "quotes.people", "quotes.speech"]


def _engine_patterns():
    for name in ENGINE:
        module = importlib.import_module(f"reader.core.{name}")
        for attribute, value in sorted(vars(module).items()):
            if isinstance(value, lazyre._Lazy):
                yield f"{name}.{attribute}", value._source


@pytest.fixture
def fresh_cache(tmp_path, monkeypatch):
    """An empty cache in tmp_path, and none of this process's compiled code remembered."""
    monkeypatch.setenv(lazyre.ENV_VAR, str(tmp_path))
    monkeypatch.setattr(lazyre, "_codes", None)
    monkeypatch.setattr(lazyre, "_added", False)
    return tmp_path


def _same(built: re.Pattern, compiled: re.Pattern) -> None:
    assert (built.pattern, built.flags, built.groups, built.groupindex) == (
        compiled.pattern, compiled.flags, compiled.groups, compiled.groupindex)
    for text in TEXTS:
        data = text.encode("utf-8") if isinstance(compiled.pattern, bytes) else text
        found = [(m.span(), m.groups()) for m in built.finditer(data)]
        assert found == [(m.span(), m.groups()) for m in compiled.finditer(data)]


def test_every_engine_pattern_from_cached_code_matches_as_compiled(fresh_cache):
    sources = dict(_engine_patterns())
    assert len(sources) > 50
    for source in sources.values():
        lazyre._compile(*source)  # compiled afresh, its code kept
    lazyre.save()
    assert Path(lazyre.cache_file()).stat().st_size > 0
    lazyre._codes = None  # as a new process: read the file
    for name, (pattern, flags) in sources.items():
        assert (pattern, flags) in lazyre._cached(), name
        _same(lazyre._compile(pattern, flags), re.compile(pattern, flags))


def test_a_lazy_pattern_behaves_as_the_compiled_one(fresh_cache):
    pattern = lazy(r"(?P<word>[а-яё]+)\s+(\d+)", re.IGNORECASE)
    compiled = re.compile(r"(?P<word>[а-яё]+)\s+(\d+)", re.IGNORECASE)
    text = "Глава 12 и ЧАСТЬ 3"
    assert pattern.pattern == compiled.pattern and pattern.flags == compiled.flags
    assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in compiled.finditer(text)]
    assert pattern.sub(r"\2", text) == compiled.sub(r"\2", text)
    assert pattern.groupindex == compiled.groupindex and pattern.groups == 2
    assert lazy(rb"\d+").findall(b"a1b22") == [b"1", b"22"]
    assert "search" in vars(pattern)  # compiled once: later calls go straight to the pattern


def test_a_damaged_cache_file_is_compiled_afresh_and_replaced(fresh_cache):
    path = Path(lazyre.cache_file())
    path.write_bytes(b"\x00not marshal data at all")
    pattern = lazy(r"(\w+)-(\w+)")
    assert pattern.findall("one-two three-four") == [("one", "two"), ("three", "four")]
    lazyre.save()
    lazyre._codes = None
    assert (r"(\w+)-(\w+)", 0) in lazyre._cached()


def test_code_the_matcher_refuses_is_compiled_afresh(fresh_cache):
    lazyre._cached()[(r"a+b", 0)] = (32, [1, 2, 3], 0, {}, (None,))  # not valid matcher code
    assert lazy(r"a+b").findall("aab ab b") == ["aab", "ab"]


def test_an_unwritable_cache_folder_is_no_error(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("a file where the folder should be")
    monkeypatch.setenv(lazyre.ENV_VAR, str(blocker / "cache"))
    monkeypatch.setattr(lazyre, "_codes", None)
    monkeypatch.setattr(lazyre, "_added", False)
    assert lazy(r"x(y)").findall("xy xy") == ["y", "y"]
    lazyre.save()  # nothing written, nothing raised


def test_a_second_process_uses_the_code_the_first_one_saved(tmp_path):
    code = ("import sys\nfrom reader.core import lazyre\n"
            "source = r'(\\d+)\\s*(км|km)'\n"
            "kept = (source, 0) in lazyre._cached()\n"
            "print(lazyre.lazy(source).findall('12 км and 7km'), kept)\n")
    env = {"VERSUS_CACHE_DIR": str(tmp_path), "PATH": "/usr/bin:/bin"}
    first = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True).stdout
    second = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True).stdout
    assert first == "[('12', 'км'), ('7', 'km')] False\n"  # compiled afresh, saved at exit
    assert second == "[('12', 'км'), ('7', 'km')] True\n"  # built from the saved code


def test_the_code_is_kept_beside_the_bytecode_unless_bytecode_is_not_to_be_written(tmp_path, monkeypatch):
    import platformdirs

    monkeypatch.delenv(lazyre.ENV_VAR, raising=False)
    monkeypatch.setattr(platformdirs, "user_cache_dir", lambda *a, **k: str(tmp_path / "user-cache"))
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    beside = Path(lazyre.cache_file())
    assert beside.parent == Path(lazyre.__file__).resolve().parent / "__pycache__"
    assert beside.name.startswith("lazyre-patterns.") and sys.implementation.cache_tag in beside.name
    monkeypatch.setattr(sys, "dont_write_bytecode", True)  # PYTHONDONTWRITEBYTECODE, -B
    assert Path(lazyre.cache_file()).parent == tmp_path / "user-cache"
    monkeypatch.setenv(lazyre.ENV_VAR, str(tmp_path / "chosen"))
    assert Path(lazyre.cache_file()).parent == tmp_path / "chosen"
