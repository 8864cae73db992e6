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
        r"все права защищены|all rights reserved|реклама|advertisement|просмотр|views?\b|нашли ошибку|"
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


_SHAPE = re.compile("|".join(f"(?:{p.pattern})" for p in _BY_SHAPE), re.IGNORECASE)
_WORD = re.compile(r"\w+")


def _words(line: str) -> int:
    return len(_WORD.findall(line))


def _is_short(line: str) -> bool:
    """A tag, a menu entry, a button: up to four words and no sentence end."""
    return line.rstrip()[-1:] not in _END and _words(line) <= 4


def _is_headline(line: str) -> bool:
    """A linked headline: five to twenty-five words and no sentence end."""
    return line.rstrip()[-1:] not in _END and 5 <= _words(line) <= 25


def classify(text: str, spans: list[Span] | None = None) -> list[bool]:
    """For each paragraph of ``text`` (or of ``spans``), whether it is page clutter."""
    spans = paragraphs(text) if spans is None else spans
    lines = [text[s.start:s.end] for s in spans]
    flags = [False] * len(lines)
    seen: set[str] = set()
    for i, line in enumerate(lines):
        body = line.strip(_BULLET + " \t")
        key = " ".join(_WORD.findall(line.casefold())) if len(line) < 300 else ""
        if len(line) < 200 and (_SHAPE.search(body) or _SHAPE.search(line)):
            flags[i] = True
        elif line.lstrip()[:1] in "•·▪►▶◦‣∙" and _is_short(body):
            flags[i] = True  # a bullet menu entry or ticker
        elif key and key in seen and (_is_short(line) or _is_headline(line)) and line.lstrip()[:1] not in "—–-":
            flags[i] = True  # a headline or caption printed again (not a repeated sentence)
        if key:
            seen.add(key)
    _mark_link_lists(lines, flags)
    _mark_sandwiched(lines, flags)
    return flags


def _mark_sandwiched(lines: list[str], flags: list[bool]) -> None:
    """A short line between two clutter lines (a city name in a weather widget) is clutter."""
    for i in range(1, len(lines) - 1):
        if not flags[i] and flags[i - 1] and flags[i + 1] and _is_short(lines[i]):
            flags[i] = True


def _mark_link_lists(lines: list[str], flags: list[bool]) -> None:
    i, n = 0, len(lines)
    while i < n:
        if not (_is_short(lines[i]) or _is_headline(lines[i]) or flags[i]):
            i += 1
            continue
        j = i
        while j < n and (_is_short(lines[j]) or _is_headline(lines[j]) or flags[j]):
            j += 1
        run = range(i, j)
        header = any(_LIST_HEADER.match(lines[k].strip()) for k in run)
        headlines = sum(1 for k in run if _is_headline(lines[k]) and not flags[k])
        shorts = sum(1 for k in run if _is_short(lines[k]) or flags[k])
        if header:
            start = next(k for k in run if _LIST_HEADER.match(lines[k].strip()))
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
