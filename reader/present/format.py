"""Numbers and names written the same way by every view (HTML page, terminal, reader).

Each exporter used to carry its own copy of these; one copy keeps the renderings in step.
"""

from __future__ import annotations

import re

from reader.core.loading import file_size  # the one size formatter, shared with core's errors
from reader.core.model import Side
from reader.i18n import translate


def size_in(n: int, lang: str = "en", short: bool = False) -> str:
    """``file_size(n, short)`` in ``lang``: ``"77.8 MB"``, ``"77,8 МБ"``, ``"512 байт"``, and for
    a narrow column ``"512 Б"``. The units are core's words (catalog context "core")."""
    if lang == "en":
        return file_size(n, short)
    if n < 1024 and not short:
        return plural(n, "byte", lang=lang)
    number, _, unit = file_size(n, short).partition(" ")
    shown = decimal(float(number), 1, lang) if "." in number else number
    return f"{shown} {translate('core', unit, lang)}"


def decimal(value: float, places: int, lang: str = "en") -> str:
    """A number with ``places`` decimals, with the language's decimal sign: ``0.67`` / ``0,67``."""
    text = f"{value:.{places}f}"
    return text.replace(".", ",") if lang == "ru" else text


def pct(share: float, lang: str = "en") -> str:
    """A share (0..1) as a percentage with one decimal: ``0.256`` → ``"25.6%"``; in Russian
    ``"25,6 %"`` (a decimal comma, and a no-break space before the sign, as Russian sets it)."""
    number = decimal(100 * share, 1, lang)
    return f"{number}\u00a0%" if lang == "ru" else f"{number}%"


def plural(n: int, one: str, many: str | None = None, lang: str = "en") -> str:
    """``n`` and the noun in the right number: ``plural(2, "line")`` → ``"2 lines"``.

    In another language the catalog's context "plural" holds the forms under ``"{n} line"``:
    for Russian three, ``"{n} строка|{n} строки|{n} строк"`` (one, few, many), chosen by
    ``russian_form``."""
    if lang != "en":
        forms = translate("plural", f"{{n}} {one}", lang).split("|")
        if len(forms) == 3:
            return forms[russian_form(n)].format(n=n)
    return f"{n} {one if n == 1 else (many or one + 's')}"


def russian_form(n: int) -> int:
    """Which of a Russian noun's three number forms goes with ``n``: 0 (1, 21: строка),
    1 (2–4, 22: строки), 2 (0, 5–20, 25: строк)."""
    n = abs(n)
    if n % 10 == 1 and n % 100 != 11:
        return 0
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return 1
    return 2


_WS = re.compile(r"[^\S ]\s*| \s+")  # a lone space is left alone: the same output, half the time


def words_only(text: str) -> str:
    """``text`` without the spaces and punctuation at its ends: ", прежде всего," → "прежде всего"."""
    start, end = 0, len(text)
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not text[end - 1].isalnum():
        end -= 1
    return text[start:end]


def one_line(text: str) -> str:
    """Collapse every run of white space (newlines, no-break spaces) into one space."""
    return _WS.sub(" ", text)


def display_name(side: Side, lang: str = "en") -> str:
    """The name a version goes by in headings: its file name, or ``(unnamed)``."""
    return side.document.name or translate("present", "(unnamed)", lang)


def clutter_lines(text: str) -> int:
    """How many non-blank lines a run of page clutter occupies (at least one)."""
    return sum(1 for line in text.split("\n") if line.strip()) or 1


__all__ = ["clutter_lines", "display_name", "file_size", "one_line", "pct", "plural", "russian_form"]
