"""Page clutter: the lines a scraper brings along with an article.

A scraped page is the article wrapped in the site's furniture: the page title with the site's
name after it, a menu with one item per line, a byline, share buttons, a cookie notice,
"read also" lists, tags and a footer of legal lines. Clutter comes in runs, so the rules look
at a paragraph (line) and its neighbours, in passes:

1. lines that are clutter by their shape alone: currency and weather tickers, bare dates and
   numbers (view counters), datelines and bylines, read times, font-size and other buttons,
   photo credits, share/subscribe/"read also"/copyright lines, cookie notices and legal footer
   lines. The weaker words (share, comments, a social network's name) count only on a line
   with no sentence end, since an article sentence may start with them;
2. the page title: a line that is another line of the page (the headline) plus a site suffix
   ("… - Токаев - Караван", "… | Reuters"), or that ends in a domain name ("… — site.ru");
3. the article title (the headline nearest above the body, or the page title's headline) is
   found, and the passes below leave it alone;
4. menus with one item per line: a run of five or more short lines;
5. repeated lines: every copy of a short or headline-like line printed twice (a menu item in
   header and footer, a headline in two lists), the first copy too, but for the article title;
6. link lists: after a "trending"/"read also" header, or a run of short tag lines alternating
   with headline-like lines that end in no punctuation, the whole run;
7. a short line between two clutter lines (a city name in a weather widget).
Article sentences end with punctuation and are rarely short, so they are left alone; an
article's own subheading is a single short line between sentences, which no pass takes.
Every pass is linear in the number of lines, and the words of a line are counted only when
its end is open (a tag, a button or a headline can have no sentence end).
"""

from __future__ import annotations

import re
from itertools import islice

from reader.core.lazyre import lazy
from reader.core.segment import Span, paragraphs

_MONTHS = (
    "января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|"
    "январь|февраль|март|апрель|май|июнь|июль|август|сентябрь|октябрь|ноябрь|декабрь|"
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_BULLET = "•·▪►▶◦‣∙-–—*"
_SHAPES = (
    # numbers, prices, temperatures, times, "18+": no word of three letters or more
    # (white space only as \s: a space in the class too made runs of spaces exponential)
    r"^[^\w]*(?:[\d.,:%$€₽₸£¥°+\-−–/]|[a-zа-яё]{1,2}\b|\s)*$",
    # dates: "16 Декабря", "1 Марта 2022", "2025 Год", "March 3, 2024", "12.03.2022 14:05"
    rf"^[^\w]*(?:\d{{1,2}}\s+(?:{_MONTHS})(?:\s+\d{{4}})?(?:\s*(?:г\.|года?))?|(?:{_MONTHS})\s+\d{{1,2}},?\s+\d{{4}}|\d{{4}}\s+год|\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}})(?:,?\s+\d{{1,2}}:\d{{2}})?\W*$",
    # photo and video credits
    r"^[^\w]*(?:фото|photo|видео|video|иллюстрация|источник фото|image|credit|скриншот)"
    r"\s*(?:[:\-–—|©/]|by\b).{0,80}$",
    # sources: a name of up to five words ("Источник: РИА Новости"), not a headline that
    # starts with «Источник:» ("Источник: десять стран ЕС против квот …")
    # (runs apart by white space, written so that a run cannot be cut in several ways)
    r"^[^\w]*(?:источник|source)s?\s*[:\-–—|]\s*[\w.,&'’«»\"()-]+(?:\s+[\w.,&'’«»\"()-]+){0,4}\s*$",
    r"^[^\w]*©",
    # read times: "3 мин", "4 minute read", "Время чтения: 5 минут"
    r"^[^\w]*(?:\d+\s*(?:min(?:ute)?s?|мин(?:ут[аы]?)?)\.?(?:\s+(?:read|чтения))?|"
    r"(?:время чтения|reading time)\b.{0,30})\W*$",
    # subscribing, reading on, navigation, rights: clutter even as a whole sentence
    r"^[^\w]*(?:подписывайтесь|подпишитесь|subscribe|sign up|читайте (?:также|нас|еще|ещё)|"
    r"read (?:more|also)|смотрите также|see also|все права защищены|all rights reserved|copyright|"
    r"нашли ошибку|перейти к|skip to|follow us|следите за (?:нами|новостями)|присоединяйтесь к нам|"
    r"мы в (?:соцсетях|социальных сетях))\b.{0,80}$",
    # weather: "-6 °C", "+3°"
    r"^[^\w]*[+\-−–]?\d+\s*°\s*[CF]?\s*$",
)
_BY_SHAPE = [lazy(p, re.IGNORECASE) for p in _SHAPES]
_SHAPE = lazy("|".join(f"(?:{p})" for p in _SHAPES), re.IGNORECASE)

# Words that make a line clutter only when it has no sentence end: "Share on Facebook",
# "Комментарии (12)", "Telegram"; but "Share prices fell." or "Реклама табака запрещена." stay.
_OPEN_SHAPE = lazy(
    r"^[^\w]*(?:поделиться|share|tweet|related|похожие (?:новости|материалы)|популярное|trending|"
    r"в тренде|главное|most read|самое читаемое|комментари|comments?|реклама|advertisement|просмотр|"
    r"views?|telegram|whatsapp|facebook|вконтакте|twitter|одноклассники|linkedin|viber|pinterest|"
    r"reddit|youtube|instagram|rutube|дзен|яндекс[ .]?дзен)\b.{0,80}$",
    re.IGNORECASE,
)

# Cookie notices and the footer's legal lines, also when they are whole sentences.
_LEGAL = lazy(
    r"^[^\w]*(?:"
    # the footer's links, when nothing after them ends a sentence ("Политика конфиденциальности
    # WhatsApp изменится с 15 мая." is news)
    r"(?:политика (?:в (?:сфере|области|отношении) )?(?:обработки )?"
    r"(?:конфиденциальности|персональных данных)|"
    r"правила (?:пользования|использования) (?:сайтом|сайта|материалов)|пользовательское соглашение|"
    r"условия (?:использования|пользования)|согласие на обработку персональных данных|"
    r"privacy (?:policy|notice|statement|choices)|your privacy choices|"
    r"cookie (?:policy|settings|preferences|notice)|terms (?:of (?:use|service)|(?:and|&) conditions)|"
    r"do not sell or share|do not sell my|ad ?choices|accessibility(?: statement)?|contact us|about us)"
    r"[^.!?]{0,40}$|"
    # cookie notices, the editorial imprint, comment prompts, wire credits: whole sentences
    r"(?:мы используем|сайт использует|этот сайт использует|мы применяем) (?:файлы )?(?:cookie|куки)|"
    r"(?:продолжая|используя)\b.{0,60}\bвы (?:соглашаетесь|даете|даёте|принимаете)|"
    r"учредитель\s*:|главный редактор\s*:|адрес редакции|мнение редакции|"
    r"при (?:полном или частичном )?(?:использовании|перепечатке|цитировании|копировании) материалов|"
    r"(?:полное или частичное )?(?:использование|копирование|перепечатка) материалов "
    r"(?:сайта|издания|портала|ресурса|без|разрешено|разрешается|допускается|запрещено)|"
    r"чтобы (?:оставить|написать|добавить) комментари|"
    r"(?:we|this (?:web)?site|our (?:web)?site) uses? cookies|"
    r"by (?:continuing|using)\b.{0,40}\byou (?:agree|accept|consent)|"
    r"accept (?:all )?cookies|manage (?:cookie )?(?:preferences|settings|cookies)|"
    r"all quotes (?:are )?delayed|our standards\b|"
    # a footnote on a banned or "foreign agent" organisation named in the text
    r"\*.{0,200}(?:экстремистск|запрещен|иноагент|иностранн\w* агент)"
    r")",
    re.IGNORECASE,
)
# Anywhere in a line: a Russian media registration number ("ЭЛ № ФС 77-81234"), the
# typo-report shortcut. Looked for only in a line with a "№" or a "+" in it.
_IMPRINT = lazy(r"(?:эл|пи)\s*№\s*(?:фс|ту)\s*\d|ctrl\s*\+\s*enter", re.IGNORECASE)

# A button or a one-word link, the whole line.
_BUTTON = lazy(
    r"^[^\w]*(?:ok|ок|принять(?: все)?|согласен|согласна|хорошо|понятно|закрыть|accept(?: all)?|got it|"
    r"i agree|agree|close|войти|вход|выйти|регистрация|зарегистрироваться|sign in|log in|login|"
    r"sign out|register|search|поиск|найти|меню|menu|print|печать|распечатать|e-?mail|"
    r"(?:с?копировать|copy) ссылку|copy link|ссылка скопирована|link copied|показать (?:ещё|еще)|"
    r"load more|загрузить (?:ещё|еще)|подписаться|follow|наверх|back to top|more|ещё|еще|далее)\W*$",
    re.IGNORECASE,
)

# Bylines with a date: "Автор: Иван Петров, 12:05, 16 декабря 2022", "By Jane Doe, Reuters ·
# Updated 3:05 PM EST, Mon March 3, 2024". A byline without a date ("By Jane Doe, Staff
# Writer") is part of the article as its author wrote it. "By" must be followed by a
# capitalised name, so that "By the numbers" stays a subheading.
_BYLINE_RU = lazy(r"^[^\w]*(?:автор(?:ы)?|текст|редактор|корреспондент|фото и текст)\s*:",
                        re.IGNORECASE)
# A wire story's credits: "Reporting by Jane Doe; Editing by Paul Simao" (not "Writing by hand")
_CREDITS = lazy(r"^[^\w]*(?:Additional |ADDITIONAL )?(?:[Rr]eporting|[Ee]diting|[Ww]riting|[Cc]ompiled|"
                      r"REPORTING|EDITING|WRITING) by\s+[A-ZА-ЯЁ]")
_BYLINE_EN = lazy(r"^[^\w]*(?:[Bb]y|BY)\s+[A-ZА-ЯЁ][\w.'’-]*(?:\s+[A-ZА-ЯЁ][\w.'’-]*)+")

# The words of a dateline: "Updated 3:05 PM EST, Mon March 3, 2024", "Сегодня, 12:05",
# "пятница, 16 декабря 2022 г."
_DATE_WORDS = frozenset(
    _MONTHS.split("|")
    + ["mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "понедельник", "вторник", "среда", "среду", "четверг", "пятница", "пятницу", "суббота", "субботу", "воскресенье", "пн", "вт", "ср", "чт", "пт", "сб", "вс", "am", "pm", "a", "m", "p", "est", "edt", "cst", "cdt", "pst", "pdt", "et", "pt", "gmt", "utc", "bst", "cet", "msk", "мск", "г", "год", "года", "at", "on", "в", "updated", "published", "posted", "last", "обновлено", "опубликовано", "обновлено", "дата", "публикации", "today", "yesterday", "сегодня", "вчера"]  # noqa: E501 (data)
)
_TIME = lazy(r"\d:\d\d|\d[./]\d\d?[./]\d")
_MONTH = frozenset(_MONTHS.split("|"))
_DATE_IN = lazy(rf"\d:\d\d|\d[./]\d\d?[./]\d|\b(?:{_MONTHS})\b|\b(?:19|20)\d\d\b", re.IGNORECASE)

# The page title's site suffix: "… - Караван", "… | Reuters", "… — site.ru".
_TITLE_SEP = lazy(r"\s+(?:[-–—|·•/:»]|::)\s+")
_DOMAIN = lazy(r"(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-zа-яё]{2,10}", re.IGNORECASE)

_LIST_HEADER = lazy(
    r"^[^\w]*(?:в тренде|читайте также|смотрите также|похожие новости|похожие материалы|популярное|"
    r"самое читаемое|главное|другие новости|новости по теме|по теме|еще новости|ещё новости|"
    r"новости партн[её]ров|выбор редакции|рекомендуем|вам может быть интересно|последние новости|"
    r"теги|метки|темы|tags|topics|"
    r"trending|read also|read more|read next|up next|see also|related(?: articles| stories| content)?|"
    r"most read|most popular|more stories|more from|latest news|editor'?s picks|you may also like|"
    r"more on this story)\W*$",
    re.IGNORECASE,
)
_END = ".!?…»\"”"
_WORD = lazy(r"\w+")
_MENU_SEP = lazy(r"\s+[|•·›»>/]\s+|\s*\|\s*")


def _is_menu(line: str) -> bool:
    """A navigation bar or breadcrumbs: three or more items of up to four words between
    separators (| • · › » > /), and no sentence end."""
    if len(line) > 200 or line.rstrip()[-1:] in _END:
        return False
    parts = _MENU_SEP.split(line.strip(_BULLET + " \t"))
    return len(parts) >= 3 and all(p.strip() and len(_WORD.findall(p)) <= 4 for p in parts)


def _count_words(text: str, cap: int = 26) -> int:
    """How many words ``text`` has, counting no further than ``cap``: the rules ask about
    at most 25 words, and a paragraph of a whole text must not become a list of its words."""
    return sum(1 for _ in islice(_WORD.finditer(text), cap))


def _key(line: str) -> str:
    """A line's words, for spotting the same line printed twice."""
    return " ".join(_WORD.findall(line.casefold()))


class _Lines:
    """The paragraphs with what the rules ask of each, worked out once.

    Article sentences end in punctuation, so for most lines the words (the costly part) are
    never needed: only a line with an open end can be a tag, a button or a headline, and only
    such a line gets a ``key`` (its words) to find its repeats by.
    """

    def __init__(self, lines: list[str]):
        self.text = lines
        self.open = [line.rstrip()[-1:] not in _END for line in lines]
        self.key = [_key(line) if o and len(line) < 300 else "" for line, o in zip(lines, self.open)]
        self._words: dict[int, int] = {}

    def words(self, i: int) -> int:
        n = self._words.get(i)
        if n is None:
            key = self.key[i]
            n = self._words[i] = key.count(" ") + 1 if key else _count_words(self.text[i])
        return n

    def short(self, i: int) -> bool:
        """A tag, a menu entry, a button: up to four words and no sentence end (nor a comma
        or semicolon, which end an item of a list inside a sentence)."""
        return self.open[i] and self.words(i) <= 4 and self.text[i][-1:] not in ",;"

    def headline(self, i: int) -> bool:
        """A linked headline: five to twenty-five words and no sentence end."""
        return self.open[i] and 5 <= self.words(i) <= 25


def _is_short(line: str) -> bool:
    """A tag, a menu entry, a button: up to four words and no sentence end."""
    return line.rstrip()[-1:] not in _END and len(_WORD.findall(line)) <= 4


def _is_dateline(line: str) -> bool:
    """A date and time alone, maybe with a weekday or "Updated": every word a date word or a
    number, and a month name or a time among them."""
    if len(line) > 100:
        return False
    words = _WORD.findall(line.casefold())
    if not words or len(words) > 14 or not all(w.isdigit() or w in _DATE_WORDS for w in words):
        return False
    return bool(_TIME.search(line)) or any(w in _MONTH for w in words)


def _is_byline(line: str, is_open: bool) -> bool:
    """An author's name with the date of publishing ("By" lines only without a sentence end)."""
    return len(line) < 200 and bool(_BYLINE_RU.match(line) or (is_open and _BYLINE_EN.match(line))) \
        and bool(_DATE_IN.search(line))


def _clutter_by_itself(line: str, is_open: bool) -> bool:
    """Pass 1: a line that is clutter whatever its neighbours are."""
    if len(line) >= 400:
        return False
    body = line.strip(_BULLET + " \t")
    if len(line) < 200 and (_SHAPE.match(body) or (body != line and _SHAPE.match(line))):
        return True
    if ("№" in line or "+" in line) and _IMPRINT.search(line):
        return True
    if _LEGAL.match(line) or _CREDITS.match(body) or _BUTTON.match(body):
        return True
    if _is_dateline(body) or _is_byline(body, is_open):
        return True
    if is_open and len(line) < 200 and _OPEN_SHAPE.match(body):
        return True
    if _is_menu(line):
        return True
    return line.lstrip()[:1] in "•·▪►▶◦‣∙" and _is_short(body)  # a bullet menu entry or ticker


def _site_title(lines: _Lines, first: dict[str, int], i: int) -> str | None:
    """Pass 2: the headline of a page title with a site suffix ("… - Токаев - Караван",
    "… | Reuters", "… — site.ru"), or None.

    A suffix is one or two short parts after a separator; what precedes it must be another
    line of the page (the article prints its headline too), or the suffix must be a domain.
    """
    line = lines.text[i]
    seps = list(_TITLE_SEP.finditer(line))[-2:]
    heads = [line[:m.start()] for m in reversed(seps) if len(_WORD.findall(line[m.end():])) <= 6]
    for head in heads:
        key = _key(head)
        if key.count(" ") >= 2 and key in first:
            return head
    if heads and " " in _key(heads[0]) and _DOMAIN.fullmatch(line[seps[-1].end():].strip()):
        return heads[0]
    return None


def _first_body(lines: _Lines, flags: list[bool]) -> int | None:
    """The article's first sentence: a line with a sentence end and three words or more, not
    clutter, and followed (past clutter) by another such line or by nothing; a site's one-line
    description above its menu is followed by menu items, not by more text."""
    n = len(flags)
    for i in range(n):
        if flags[i] or lines.open[i] or lines.words(i) < 3:
            continue
        j = i + 1
        while j < n and flags[j]:
            j += 1
        if j == n or not lines.open[j]:
            return i
    return None


def _article_title(lines: _Lines, flags: list[bool], first: dict[str, int],
                   site_title: str | None) -> int | None:
    """Pass 3: the line holding the article's title, which the later passes must not take
    for a linked headline or a menu item even when it is printed again in a "trending" list.

    It is the headline of the page title when the page prints it, else the nearest line
    above the body that could be a headline (no sentence end, three to twenty-five words);
    of a title printed twice, the first copy.
    """
    if site_title is not None and _key(site_title) in first:
        return first[_key(site_title)]
    body = _first_body(lines, flags)
    for i in range(-1 if body is None else body - 1, -1, -1):
        if not flags[i] and lines.open[i] and 3 <= lines.words(i) <= 25 and lines.key[i]:
            return first[lines.key[i]]
    return None


def _mark_menu_runs(lines: _Lines, flags: list[bool], keep: int | None) -> None:
    """Pass 4: a menu with one item per line ("Войти", "Регистрация", "Главная", "Новости"…):
    five lines or more in a row that are short or already clutter, three of them short."""
    i, n = 0, len(flags)
    while i < n:
        j, shorts = i, 0
        while j < n and (flags[j] or lines.short(j)) and j != keep:
            shorts += not flags[j]
            j += 1
        if j - i >= 5 and shorts >= 3:
            for k in range(i, j):
                flags[k] = True
        i = j + 1 if j == i else j


def _mark_repeats(lines: _Lines, flags: list[bool], keep: int | None) -> None:
    """Pass 5: a short or headline-like line printed more than once is a menu item, a tag or a
    linked headline; all its copies are clutter, the first too. Not the article title's first
    copy, nor a line of dialogue ("— Да"), nor a sentence (it has a sentence end, no key)."""
    copies: dict[str, list[int]] = {}
    for i, key in enumerate(lines.key):
        if key and (lines.short(i) or lines.headline(i)) and lines.text[i].lstrip()[:1] not in "—–-":
            copies.setdefault(key, []).append(i)
    for group in copies.values():
        if len(group) > 1:
            for k in group:
                if k != keep:
                    flags[k] = True


def classify(text: str, spans: list[Span] | None = None) -> list[bool]:
    """For each paragraph of ``text`` (or of ``spans``), whether it is page clutter."""
    return _classify(text, spans)[0]


def _classify(text: str, spans: list[Span] | None) -> tuple[list[bool], str | None]:
    """The clutter flags, and the headline of the page's suffixed title when the page does
    not print that headline as a line of its own."""
    spans = paragraphs(text) if spans is None else spans
    lines = _Lines([text[s.start:s.end] for s in spans])
    flags = [_clutter_by_itself(line, o) for line, o in zip(lines.text, lines.open)]
    first: dict[str, int] = {}
    for i, key in enumerate(lines.key):
        if key:
            first.setdefault(key, i)
    site_title = None
    for i in range(len(flags)):
        if not flags[i] and lines.key[i]:
            head = _site_title(lines, first, i)
            if head is not None:
                flags[i] = True
                site_title = head if site_title is None else site_title
    keep = _article_title(lines, flags, first, site_title)
    _mark_menu_runs(lines, flags, keep)
    _mark_repeats(lines, flags, keep)
    _mark_link_lists(lines, flags, keep)
    _mark_sandwiched(lines, flags, keep)
    return flags, site_title if site_title is not None and _key(site_title) not in first else None


def _mark_sandwiched(lines: _Lines, flags: list[bool], keep: int | None) -> None:
    """Pass 7: a short line between two clutter lines (a city name in a weather widget)."""
    for i in range(1, len(flags) - 1):
        if not flags[i] and flags[i - 1] and flags[i + 1] and lines.short(i) and i != keep:
            flags[i] = True


def _mark_link_lists(lines: _Lines, flags: list[bool], keep: int | None) -> None:
    """Pass 6: a run of short, headline-like or clutter lines is a link list from a "read
    also" header on, or as a whole when it has four headlines and three tags or more."""
    i, n = 0, len(flags)
    while i < n:
        if not (lines.short(i) or lines.headline(i) or flags[i]):
            i += 1
            continue
        j = i
        while j < n and (lines.short(j) or lines.headline(j) or flags[j]):
            j += 1
        run = range(i, j)
        header = next((k for k in run if _LIST_HEADER.match(lines.text[k].strip())), None)
        headlines = sum(1 for k in run if lines.headline(k) and not flags[k])
        shorts = sum(1 for k in run if lines.short(k) or flags[k])
        if header is not None or (headlines >= 4 and shorts >= 3):
            for k in range(i if header is None else header, j):
                if k != keep:
                    flags[k] = True
        i = j


def guess_title(text: str) -> str:
    """The article's title: the first paragraph that is not page clutter, or the headline of
    a page title with a site suffix when the page does not print it; trimmed to one line
    ("" for none)."""
    spans = paragraphs(text)
    flags, site_title = _classify(text, spans)
    found = site_title or next((text[s.start:s.end] for s, clutter in zip(spans, flags) if not clutter), "")
    line = " ".join(found[:1000].split())  # a title is short: never split a whole text into words
    return line if len(line) <= 200 else line[:199].rstrip() + "…"
