"""Regular expressions compiled when first used.

Python compiles a pattern in Python code; the engine's module-level patterns (clutter rules,
speech verbs, names) took about half of `versus compare`'s start on an article. A module
declares them with ``lazy(pattern, flags)`` instead of ``re.compile``: the pattern is compiled
the first time one of its methods or attributes is asked for, and from then on the compiled
pattern's bound methods are the object's own attributes, so a call costs what it cost before.
"""

from __future__ import annotations

import re
from typing import Any, cast, overload

_PASSED_ON = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split",
              "pattern", "flags", "groups", "groupindex")


class _Lazy:
    def __init__(self, pattern: str | bytes, flags: int) -> None:
        self._source = (pattern, flags)

    def __getattr__(self, name: str):
        if name.startswith("__"):
            raise AttributeError(name)
        compiled: Any = re.compile(*self._source)
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


__all__ = ["lazy"]
