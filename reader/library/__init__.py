"""The corpus library: a persistent SQLite collection of articles with search and story groups.

No Qt here: the desktop view drives it through ``Library.count``/``Library.page`` and
``import_paths(progress=…, cancel=…)``.
"""

from __future__ import annotations

import importlib

# Names are imported on first use (PEP 562), so that ``import reader.library.db`` or the CLI's
# parser does not load numpy and datasketch through the importer and the grouping code.
_EXPORTS = {
    "LibraryError": "db", "default_path": "db",
    "ImportIssue": "importer", "ImportReport": "importer", "import_paths": "importer",
    "Article": "library", "Collection": "library", "GroupInfo": "library", "Library": "library",
    "Row": "library", "RowFilter": "library",
    "Hit": "search", "QueryError": "search",
}

__all__ = [
    "Article", "Collection", "GroupInfo", "Hit", "ImportIssue", "ImportReport", "Library",
    "LibraryError", "QueryError", "Row", "RowFilter", "default_path", "import_paths",
]


def __getattr__(name: str):
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
