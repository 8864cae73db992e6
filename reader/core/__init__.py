"""The comparison engine: pure Python, no Qt.

    from reader.core import compare, load_path, Options
    result = compare(load_path("a.txt"), load_path("b.txt"), Options())
"""

from reader.core.boilerplate import guess_title
from reader.core.compare import Cancelled, compare
from reader.core.loading import LoadError, load_bytes, load_path
from reader.core.model import Comparison, Document, Link, Segment, Side, Stats, WordOp
from reader.core.options import Options

__all__ = [
    "Cancelled", "Comparison", "Document", "Link", "LoadError", "Options", "Segment", "Side",
    "Stats", "WordOp", "compare", "guess_title", "load_bytes", "load_path",
]
