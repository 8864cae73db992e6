"""Page clutter: the lines a scraper brings along with an article.

Works on paragraphs (lines) and their neighbours, since clutter comes in runs:
- lines that are clutter by their shape alone: currency and weather tickers, bare dates and
  numbers (view counters), font-size buttons, photo credits, share/subscribe/copyright lines;
- a line repeating an earlier one (a headline printed twice);
- link lists: after a "trending"/"read also" header, or a run of short tag lines alternating
  with headline-like lines that end in no punctuation, the whole run.
Article sentences end with punctuation and are rarely short, so they are left alone.
"""

from __future__ import annotations

import re

from reader.core.segment import Span, paragraphs

_MONTHS = (
    "января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|"
    "январь|февраль|март|апрель|май|июнь|июль|август|сентябрь|октябрь|ноябрь|декабрь|"
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_BULLET = "•·▪►▶◦‣∙-–—*"
_BY_SHAPE = [
    re.compile(p, re.IGNORECASE)
    for p in (
        # numbers, prices, temperatures, times: no word of three letters or more
        r"^[^\w]*(?:[\d.,:%$€₽₸£¥°+\-−–/ ]|[a-zа-яё]{1,2}\b|\s)*$",
        # dates: "16 Декабря", "1 Марта 2022", "2025 Год", "March 3, 2024", "12.03.2022 14:05"
        rf"^[^\w]*(?:\d{{1,2}}\s+(?:{_MONTHS})(?:\s+\d{{4}})?(?:\s*(?:г\.|года?))?|(?:{_MONTHS})\s+\d{{1,2}},?\s+\d{{4}}|\d{{4}}\s+год|\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}})(?:,?\s+\d{{1,2}}:\d{{2}})?\W*$",
        # photo and video credits
        r"^[^\w]*(?:фото|photo|видео|video|иллюстрация|источник фото|image|credit|скриншот)\s*(?:[:\-–—|©/]|by\b).{0,80}$",
        r"^[^\w]*©",
        # sharing, subscribing, navigation, counters, legal lines
        r"^[^\w]*(?:поделиться|share|tweet|подписывайтесь|подпишитесь|subscribe|читайте (?:также|нас|еще|ещё)|"
        r"read (?:more|also)|смотрите также|see also|related|похожие (?:новости|материалы)|"
        r"популярное|trending|в тренде|главное|most read|самое читаемое|перейти к|комментари|comments?\b|"
        r"все права защищены|all rights reserved|copyright|реклама|advertisement|просмотр|views?\b|нашли ошибку|"
        r"telegram|whatsapp|facebook|вконтакте|twitter|одноклассники)\b.{0,80}$",
        # weather: "-6 °C", "+3°"
        r"^[^\w]*[+\-−–]?\d+\s*°\s*[CF]?\s*$",
    )
]
_LIST_HEADER = re.compile(
    r"^[^\w]*(?:в тренде|читайте также|смотрите также|похожие новости|похожие материалы|популярное|"
    r"самое читаемое|главное|другие новости|новости по теме|по теме|еще новости|ещё новости|"
    r"trending|read also|read more|see also|related(?: articles| stories)?|most read|more stories|"
    r"more from)\W*$",
    re.IGNORECASE,
)
_END = ".!?…»\"”"


_MENU_SEP = re.compile(r"\s+[|•·›»>/]\s+|\s*\|\s*")


def _is_menu(line: str) -> bool:
    """A navigation bar or breadcrumbs: three or more items of up to four words between
    separators (| • · › » > /), and no sentence end."""
    if len(line) > 200 or line.rstrip()[-1:] in _END:
        return False
    parts = _MENU_SEP.split(line.strip(_BULLET + " \t"))
    return len(parts) >= 3 and all(p.strip() and len(_WORD.findall(p)) <= 4 for p in parts)


_SHAPE = re.compile("|".join(f"(?:{p.pattern})" for p in _BY_SHAPE), re.IGNORECASE)
_WORD = re.compile(r"\w+")


class _Lines:
    """The paragraphs with what the rules ask of each, worked out once.

    Article sentences end in punctuation, so for most lines the word count (the costly part)
    is never needed: only a line with an open end can be a tag, a button or a headline.
    """

    def __init__(self, lines: list[str]):
        self.text = lines
        self.open = [line.rstrip()[-1:] not in _END for line in lines]
        self._words: dict[int, int] = {}

    def words(self, i: int) -> int:
        n = self._words.get(i)
        if n is None:
            n = self._words[i] = len(_WORD.findall(self.text[i]))
        return n

    def short(self, i: int) -> bool:
        """A tag, a menu entry, a button: up to four words and no sentence end."""
        return self.open[i] and self.words(i) <= 4

    def headline(self, i: int) -> bool:
        """A linked headline: five to twenty-five words and no sentence end."""
        return self.open[i] and 5 <= self.words(i) <= 25


def _is_short(line: str) -> bool:
    """A tag, a menu entry, a button: up to four words and no sentence end."""
    return line.rstrip()[-1:] not in _END and len(_WORD.findall(line)) <= 4


def classify(text: str, spans: list[Span] | None = None) -> list[bool]:
    """For each paragraph of ``text`` (or of ``spans``), whether it is page clutter."""
    spans = paragraphs(text) if spans is None else spans
    lines = _Lines([text[s.start:s.end] for s in spans])
    flags = [False] * len(spans)
    seen: set[str] = set()
    for i, line in enumerate(lines.text):
        body = line.strip(_BULLET + " \t")
        # a repeat can only be flagged when it has an open end, and an earlier line with a
        # sentence end is an article sentence, not the headline it repeats
        key = " ".join(_WORD.findall(line.casefold())) if lines.open[i] and len(line) < 300 else ""
        if len(line) < 200 and (_SHAPE.search(body) or _SHAPE.search(line)):
            flags[i] = True
        elif _is_menu(line):
            flags[i] = True
        elif line.lstrip()[:1] in "•·▪►▶◦‣∙" and _is_short(body):
            flags[i] = True  # a bullet menu entry or ticker
        elif key and key in seen and (lines.short(i) or lines.headline(i)) and line.lstrip()[:1] not in "—–-":
            flags[i] = True  # a headline or caption printed again (not a repeated sentence)
        if key:
            seen.add(key)
    _mark_link_lists(lines, flags)
    _mark_sandwiched(lines, flags)
    return flags


def _mark_sandwiched(lines: _Lines, flags: list[bool]) -> None:
    """A short line between two clutter lines (a city name in a weather widget) is clutter."""
    for i in range(1, len(flags) - 1):
        if not flags[i] and flags[i - 1] and flags[i + 1] and lines.short(i):
            flags[i] = True


def _mark_link_lists(lines: _Lines, flags: list[bool]) -> None:
    i, n = 0, len(flags)
    while i < n:
        if not (lines.short(i) or lines.headline(i) or flags[i]):
            i += 1
            continue
        j = i
        while j < n and (lines.short(j) or lines.headline(j) or flags[j]):
            j += 1
        run = range(i, j)
        header = any(_LIST_HEADER.match(lines.text[k].strip()) for k in run)
        headlines = sum(1 for k in run if lines.headline(k) and not flags[k])
        shorts = sum(1 for k in run if lines.short(k) or flags[k])
        if header:
            start = next(k for k in run if _LIST_HEADER.match(lines.text[k].strip()))
            for k in range(start, j):
                flags[k] = True
        elif headlines >= 4 and shorts >= 3:
            for k in run:
                flags[k] = True
        i = j


def guess_title(text: str) -> str:
    """The first paragraph that is not page clutter, trimmed to one line ("" for none)."""
    spans = paragraphs(text)
    for span, clutter in zip(spans, classify(text, spans)):
        if not clutter:
            line = " ".join(text[span.start:span.end].split())
            return line if len(line) <= 200 else line[:199].rstrip() + "…"
    return ""
