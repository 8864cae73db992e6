"""The corpus library: a persistent SQLite collection of articles with search and story groups.

No Qt here: the desktop view drives it through ``Library.count``/``Library.page`` and
``import_paths(progress=…, cancel=…)``.
"""

from reader.library.db import LibraryError, default_path
from reader.library.importer import ImportIssue, ImportReport, import_paths
from reader.library.library import Article, Collection, GroupInfo, Library, Row, RowFilter
from reader.library.search import Hit, QueryError

__all__ = [
    "Article", "Collection", "GroupInfo", "Hit", "ImportIssue", "ImportReport", "Library",
    "LibraryError", "QueryError", "Row", "RowFilter", "default_path", "import_paths",
]
