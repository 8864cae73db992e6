"""Corpus items: texts read for "Open texts", with what the list shows. No Qt here.

Files are found and read by reader.core.sources, as the library reads them: .txt, .md and
.html files (a web page's main text), zip archives' members, files over the size limit
refused. An item's identity is the text's duplicate key (reader.core.sources.duplicate_key),
so the same text is never listed twice, whatever its file name, encoding, byte-order mark or
line ends.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from reader.core import Document, LoadError
from reader.core.loading import DEFAULT_MAX_SIZE
from reader.core.sources import Extracted, Source, from_text, read


@dataclass(frozen=True)
class CorpusItem:
    id: str          # the text's duplicate key
    document: Document
    title: str
    date: str
    language: str = ""

    @property
    def path(self) -> str:
        return self.document.path or ""

    @property
    def name(self) -> str:
        return self.document.name or os.path.basename(self.path)


def _item(ex: Extracted, doc: Document) -> CorpusItem:
    return CorpusItem(ex.key, doc, ex.title or doc.name, ex.date, ex.language)


def make_item(doc: Document) -> CorpusItem:
    """An item for a text already in hand."""
    return _item(from_text(doc.text, encoding=doc.encoding, newline=doc.newline, size=doc.size), doc)


def read_item(source: Source, max_size: int = DEFAULT_MAX_SIZE) -> CorpusItem:
    """Read one file or archive member as an item. Raises LoadError named by ``source.name``."""
    try:
        ex = read(source, max_size)
    except LoadError as exc:
        raise LoadError(source.name, exc.template, **exc.params) from exc
    doc = Document(text=ex.text, name=source.name, path=source.resolved(), encoding=ex.encoding,
                   newline=ex.newline, size=ex.size)
    return _item(ex, doc)
