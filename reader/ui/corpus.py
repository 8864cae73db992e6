"""Corpus items: loaded documents with what the list shows. No Qt here.

An item's identity is the SHA-256 of its text, so the same content is never added twice,
whatever its file name or encoding.
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from reader.core import Document, LoadError, guess_title, load_path

TEXT_SUFFIXES = (".txt", ".md", ".text")

_MONTHS = {
    "январ": 1, "феврал": 2, "март": 3, "апрел": 4, "ма": 5, "июн": 6, "июл": 7, "август": 8,
    "сентябр": 9, "октябр": 10, "ноябр": 11, "декабр": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
_RU_MONTH = r"(январ[ья]|феврал[ья]|марта?|апрел[ья]|ма[йя]|июн[ья]|июл[ья]|августа?|сентябр[ья]|октябр[ья]|ноябр[ья]|декабр[ья])"
_EN_MONTH = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
_DATE_PATTERNS = (
    (re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b"), "ymd"),
    (re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b"), "dmy"),
    (re.compile(rf"\b(\d{{1,2}})\s+{_RU_MONTH}\s+(\d{{4}})\b", re.IGNORECASE), "d_month_y"),
    (re.compile(rf"\b(\d{{1,2}})\s+{_EN_MONTH}\.?\s+(\d{{4}})\b", re.IGNORECASE), "d_month_y"),
    (re.compile(rf"\b{_EN_MONTH}\.?\s+(\d{{1,2}}),?\s+(\d{{4}})\b", re.IGNORECASE), "month_d_y"),
)


def _month(word: str) -> int | None:
    word = word.lower()
    for stem, number in sorted(_MONTHS.items(), key=lambda kv: -len(kv[0])):
        if word.startswith(stem):
            return number
    return None


def find_date(text: str, limit: int = 20000) -> str:
    """The first full date in the text (day, month and year) as ``YYYY-MM-DD``, else ""."""
    head = text[:limit]
    found: list[tuple[int, str]] = []
    for pattern, shape in _DATE_PATTERNS:
        for m in pattern.finditer(head):
            g = m.groups()
            if shape == "ymd":
                y, mo, d = int(g[0]), int(g[1]), int(g[2])
            elif shape == "dmy":
                d, mo, y = int(g[0]), int(g[1]), int(g[2])
            elif shape == "d_month_y":
                d, mo, y = int(g[0]), _month(g[1]), int(g[2])
            else:
                mo, d, y = _month(g[0]), int(g[1]), int(g[2])
            if mo and 1 <= mo <= 12 and 1 <= d <= 31 and 1900 <= y <= 2100:
                found.append((m.start(), f"{y:04d}-{mo:02d}-{d:02d}"))
                break
    return min(found)[1] if found else ""


@dataclass(frozen=True)
class CorpusItem:
    id: str          # sha256 of the text
    document: Document
    title: str
    date: str

    @property
    def path(self) -> str:
        return self.document.path or ""

    @property
    def name(self) -> str:
        return self.document.name or os.path.basename(self.path)


def text_id(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def make_item(doc: Document) -> CorpusItem:
    return CorpusItem(text_id(doc.text), doc, guess_title(doc.text) or doc.name, find_date(doc.text))


def load_item(path: str | os.PathLike) -> CorpusItem:
    """Load one file as a corpus item; raises LoadError with the reason."""
    return make_item(load_path(path))


def expand_paths(paths: Iterable[str | os.PathLike]) -> tuple[list[Path], list[LoadError]]:
    """Files to load: files as given, folders searched recursively for text files (sorted).

    Missing paths come back as errors, so the caller can report them with the rest.
    """
    files: list[Path] = []
    errors: list[LoadError] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            found = sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in TEXT_SUFFIXES)
            if not found:
                errors.append(LoadError(p.name or str(p), "the folder holds no .txt, .md or .text files"))
            files.extend(found)
        elif p.exists():
            files.append(p)
        else:
            errors.append(LoadError(p.name or str(p), "no such file"))
    return files, errors
