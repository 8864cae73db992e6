"""Regular expressions compiled when first used, and compiled once per machine.

Python compiles a pattern in Python code; the engine's module-level patterns (clutter rules,
speech verbs, names) took about half of `versus compare`'s time on an article. A module
declares them with ``lazy(pattern, flags)`` instead of ``re.compile``: the pattern is compiled
the first time one of its methods or attributes is asked for, and from then on the compiled
pattern's bound methods are the object's own attributes, so a call costs what it cost before.

Compiling is parsing the pattern and generating the matcher's code, a list of integers, which
``_sre.compile`` turns into a pattern object. That code is kept, like Python's own bytecode, in
a file in the package's ``__pycache__`` when it can be written there, else in the user cache
folder (``VERSUS_CACHE_DIR`` chooses the folder), named for the Python version and the
matcher's code version (``_sre.MAGIC``); a later run builds each pattern from it without
parsing. The file is written atomically when the process ends, only if patterns were
added. Anything unexpected (another Python, a damaged file, code the matcher refuses) falls back
to ``re.compile``: the cache can make a run faster, never different.
"""

from __future__ import annotations

import atexit
import os
import re
import sys
import threading
from typing import Any, cast, overload

try:  # the compiler's internals, as re.compile uses them (CPython 3.11 and later)
    import _sre
    from re import _compiler, _parser  # type: ignore[attr-defined]

    _USABLE = sys.implementation.name == "cpython" and hasattr(_compiler, "_code")
except ImportError:  # pragma: no cover - CPython 3.10 names them sre_compile, sre_parse
    _USABLE = False

ENV_VAR = "VERSUS_CACHE_DIR"
_PASSED_ON = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split",
              "pattern", "flags", "groups", "groupindex")

Entry = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]
_lock = threading.Lock()
_codes: dict[tuple[str | bytes, int], Entry] | None = None  # read from the cache file once
_added = False


def _file_name() -> str:
    return f"lazyre-patterns.{sys.implementation.cache_tag}-{_sre.MAGIC}.marshal"


def _beside_bytecode() -> str | None:
    """The file in this package's ``__pycache__`` (where Python keeps its own bytecode), or
    None when Python is told not to write bytecode."""
    if sys.dont_write_bytecode:
        return None
    return os.path.join(os.path.dirname(os.path.abspath(__file__)), "__pycache__", _file_name())


def _in_user_cache() -> str:
    folder = os.environ.get(ENV_VAR)
    if not folder:
        import platformdirs

        folder = platformdirs.user_cache_dir("versus", appauthor=False)
    return os.path.join(folder, _file_name())


def cache_file() -> str:
    """Where the compiled code of this Python's patterns is read from and kept: beside the
    package's bytecode when that folder can be written (no extra import to find it), else in
    the user cache folder; ``VERSUS_CACHE_DIR`` chooses the folder."""
    if os.environ.get(ENV_VAR):
        return _in_user_cache()
    beside = _beside_bytecode()
    if beside is not None and (os.path.exists(beside) or os.access(os.path.dirname(beside), os.W_OK)
                               or os.access(os.path.dirname(os.path.dirname(beside)), os.W_OK)):
        return beside
    return _in_user_cache()


def _cached() -> dict[tuple[str | bytes, int], Entry]:
    global _codes
    if _codes is None:
        import marshal

        _codes = {}
        try:
            with open(cache_file(), "rb") as fh:
                data = marshal.loads(fh.read())  # load(fh) reads it a few bytes at a time: ten times slower
            if isinstance(data, dict):
                _codes = data
        except Exception:  # missing, unreadable or damaged: compile afresh
            pass
    return _codes


def _compile(pattern: str | bytes, flags: int) -> Any:
    """``re.compile(pattern, flags)``, from the cached code when there is some."""
    global _added
    if not _USABLE:
        return re.compile(pattern, flags)
    key = (pattern, flags)
    with _lock:
        entry = _cached().get(key)
    if entry is not None:
        try:
            return _sre.compile(pattern, *entry)
        except Exception:  # code this matcher refuses: compile afresh
            pass
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, number in groupindex.items():
        indexgroup[number] = name
    entry = (int(flags | parsed.state.flags), [int(c) for c in code], parsed.state.groups - 1, groupindex,
             tuple(indexgroup))
    compiled = _sre.compile(pattern, *entry)
    with _lock:
        _cached()[key] = entry
        if not _added:
            _added = True
            atexit.register(save)
    return compiled


def save() -> None:
    """Write the cache file (atomically) if patterns were compiled afresh; never raises."""
    global _added
    with _lock:
        if not _added or _codes is None:
            return
        try:
            import marshal

            from reader.core.atomicfile import atomic_open

            with atomic_open(cache_file(), "wb", encoding=None) as fh:
                fh.write(marshal.dumps(_codes))
            _added = False
        except Exception:  # a read-only home, a full disk: the next run compiles again
            pass


class _Lazy:
    def __init__(self, pattern: str | bytes, flags: int) -> None:
        self._source = (pattern, flags)

    def __getattr__(self, name: str):
        if name.startswith("__"):
            raise AttributeError(name)
        compiled = _compile(*self._source)
        for attribute in _PASSED_ON:
            setattr(self, attribute, getattr(compiled, attribute))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy({self._source[0]!r}, {self._source[1]})"


@overload
def lazy(pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]: ...
@overload
def lazy(pattern: bytes, flags: int | re.RegexFlag = 0) -> re.Pattern[bytes]: ...


def lazy(pattern: str | bytes, flags: int | re.RegexFlag = 0) -> Any:
    """``re.compile(pattern, flags)``, done when the pattern is first used."""
    return cast(Any, _Lazy(pattern, int(flags)))


__all__ = ["ENV_VAR", "cache_file", "lazy", "save"]
