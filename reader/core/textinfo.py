"""What a text says about itself: its language, a date in it, a Markdown heading. No Qt here.

These are guesses for the lists' columns (Open texts, the library), made the same way
wherever a file is read (reader.core.sources).
"""

from __future__ import annotations

import re

from reader.core.lazyre import lazy

# --- language --------------------------------------------------------------------------------

_EN_WORDS = frozenset(["the", "and", "of", "to", "in", "is", "that", "for", "on", "with", "was", "as", "by", "it", "at", "from", "are", "be", "has"])  # noqa: E501 (data)
_CYRILLIC = lazy(r"[\u0400-\u04ff]")
_LATIN_WORD = lazy(r"[a-z]+")
_UK = lazy(r"[іїєґ]")
_KK = lazy(r"[әғқңөұүһ]")


def guess_language(text: str) -> str:
    """"ru", "uk", "kk", "en" or "" from the script and a few frequent words (first 3,000 chars)."""
    sample = text[:3000].lower()
    cyr = len(_CYRILLIC.findall(sample))
    words = _LATIN_WORD.findall(sample)
    latin = sum(map(len, words))
    if cyr > latin:
        if len(_KK.findall(sample)) > cyr / 200:
            return "kk"
        if len(_UK.findall(sample)) > cyr / 200:
            return "uk"
        return "ru"
    if words and sum(w in _EN_WORDS for w in words) >= len(words) / 20:
        return "en"
    return ""


# --- dates -----------------------------------------------------------------------------------

_MONTHS = {
    "январ": 1, "феврал": 2, "март": 3, "апрел": 4, "ма": 5, "июн": 6, "июл": 7, "август": 8,
    "сентябр": 9, "октябр": 10, "ноябр": 11, "декабр": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
_MONTH_STEMS = sorted(_MONTHS.items(), key=lambda kv: -len(kv[0]))
_RU_MONTH = r"(январ[ья]|феврал[ья]|марта?|апрел[ья]|ма[йя]|июн[ья]|июл[ья]|августа?|сентябр[ья]|октябр[ья]|ноябр[ья]|декабр[ья])"
_EN_MONTH = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"  # noqa: E501 (data)
_DATE_PATTERNS = (
    (lazy(r"\b(\d{4})-(\d{2})-(\d{2})\b"), "ymd"),
    (lazy(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b"), "dmy"),
    (lazy(rf"\b(\d{{1,2}})\s+{_RU_MONTH}\s+(\d{{4}})\b", re.IGNORECASE), "d_month_y"),
    (lazy(rf"\b(\d{{1,2}})\s+{_EN_MONTH}\.?\s+(\d{{4}})\b", re.IGNORECASE), "d_month_y"),
    (lazy(rf"\b{_EN_MONTH}\.?\s+(\d{{1,2}}),?\s+(\d{{4}})\b", re.IGNORECASE), "month_d_y"),
)


def _month(word: str) -> int | None:
    word = word.lower()
    for stem, number in _MONTH_STEMS:
        if word.startswith(stem):
            return number
    return None


def find_date(text: str, limit: int = 20000) -> str:
    """The first full date in the text (day, month and year) as ``YYYY-MM-DD``, else ""."""
    head = text[:limit]
    found: list[tuple[int, str]] = []
    mo: int | None
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


# --- Markdown --------------------------------------------------------------------------------

_MD_HEADING = lazy(r"^\s{0,3}#{1,6}\s+(.+?)\s*#*\s*$", re.MULTILINE)


def markdown_title(text: str) -> str:
    """The text of the first Markdown heading (``# Title``), else ""."""
    m = _MD_HEADING.search(text)
    return " ".join(m.group(1).split()) if m else ""
