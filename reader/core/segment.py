"""Paragraphs, sentences and tokens, each with offsets into the text.

Paragraphs are lines, except that hard-wrapped lines continue onto the next: a line that
does not end a sentence followed by one starting in lower case, or lines filled up to a
common width that the next word did not fit into, whatever that word is (a name,
«Президент», "Mr⏎Best"). A line break inside a sentence never splits it. Sentences come
from razdel, which knows Russian abbreviations and initials (т.е., г., см. рис. 2,
К.-Ж. Токаев), with a small pass for English abbreviations razdel splits after (e.g., Mr.,
Dr.), and which sees line breaks as spaces.
Tokens come from one regular expression (razdel's tokenizer is about ten times slower).

razdel is pure Python and slow, so ``sentences`` asks it only about the stretches of a
paragraph it could split otherwise than at the plain sentence ends found by a regular
expression (``_razdel_spans``); the result is razdel's, span for span.
"""


from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, cast

from reader.core.lazyre import lazy

_TOKEN = (r"(?P<num>\d+(?:[.,:/]\d+)+)"
          r"|(?P<word>\w+(?:[-‐'’]\w+)*)"
          r"|(?P<space>\s+)"
          r"|(?P<punct>.)")
TOKEN_RE = lazy(_TOKEN, re.DOTALL)
TOKEN_PLAIN_RE = lazy(_TOKEN.replace("(?P<num>", "(?:").replace("(?P<word>", "(?:")
                      .replace("(?P<space>", "(?:").replace("(?P<punct>", "(?:"), re.DOTALL)  # no groups: findall
WORD_RE = lazy(r"\d+(?:[.,:/]\d+)+|\w+(?:[-‐'’]\w+)*")
_INNER_END = r"[.!?…;]\W*\s"  # where a paragraph may hold two sentences; compiled on first use
_TERMINAL = ".!?…:;»\"”'"
_OPENERS = "«\"“„'‘([{"
_FIRST_WORD = lazy(r"\S+")
_MIN_WRAP = 30   # narrowest width recognised as hard-wrapped
_MAX_WRAP = 200  # widest: longer lines are paragraphs of their own
_EN_ABBREV = (r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Sr|Jr|St|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|vs|cf|approx|Fig|No|Nos|Vol|pp)\."
              r"|\b(?:e\.g|i\.e|a\.m|p\.m)\.)$")  # compiled on first use
# razdel's sentence splitter (razdel.segmenters.sentenize, 0.5), as ``_razdel_spans`` relies on it:
# the delimiters it looks at, how far either side of one its rules look, and every abbreviation
# and initial it knows in lower case (``sokr``: HEAD_SOKRS, SOKRS, INITIALS and the words of the
# pairs); tests/core/test_sentence_split.py holds these to razdel's own
_DELIMITER = r'''([=:;]-?[)(]{1,3}|[\.\?!…;"„'»”’\)\]\}])'''
_WINDOW = 10
_DELIMITER_CHARS = ".?!…;\"„'»”’)]}"
_DELIMITER_STARTS = _DELIMITER_CHARS + "=:"  # and smileys
_BULLET_LETTERS = frozenset("§абвгдеabcdef")
_ENDS = ".?!…"
_CLOSING = "»”\""  # quotes razdel splits after when an end comes before them
_STARTERS = "«“\"„‑–—−-"  # quotes and dashes that may start a sentence, to razdel
_LONGEST_WORD = 40  # a longer word before a sentence end leaves that stretch to razdel
_RAZDEL_ABBREVIATIONS = """
a al bd chap co corp dr ed inc m mr mrs ms no p ps upd vs а абз акад англ араб арх ауд барр букв в
вв венг внутр вс г га гг гл гор гос гр греч д дес дж дифф дол долл домовлад доп др е евр ед жен з
зав зам и изд им искл исп итал к каб кат кв кит км кн ком комн коп корп корр куб л лат латв лит мин
млн млрд мн н накл напр нач нем о обл обр оз ок откр отм оф п пер пл повел пол пом пос пп пр прим
просп проф проц пс пт р ред рис рмуж рп руб рус русск с сб св сек слав словацк см сокр ср ст стр т
тел тов трад тыс у укр ул ум устар физ фр х хорв ч час чл чч ш шутл э эт юр яз яп
"""


@dataclass(frozen=True)
class Span:
    start: int
    end: int


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    paragraph: int


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    kind: str  # "word", "space" or "punct" (numbers count as words)


def paragraphs(text: str) -> list[Span]:
    """Non-blank paragraphs, stripped of surrounding white space.

    A block of lines between blank lines is one paragraph when it looks hard-wrapped (its
    lines but the last are of similar length and mostly end mid-sentence, and some line
    starts in lower case). Otherwise each line is a paragraph, joined to the next when that
    one continues a broken sentence, or when the break between them is a hard wrap
    (``_wrap_joins``) and no sentence ends there.
    """
    lines: list[tuple[int, int, int]] = []  # (line start, first non-space, end without trailing space)
    block_ends: list[int] = []  # for each block of non-blank lines, the index in ``lines`` after it
    pos = 0
    n = len(text)
    while pos <= n:
        nl = text.find("\n", pos)
        if nl < 0:
            nl = n
        line = text[pos:nl]
        if line.strip():
            lines.append((pos, pos + len(line) - len(line.lstrip()), pos + len(line.rstrip())))
        elif lines and (not block_ends or block_ends[-1] != len(lines)):
            block_ends.append(len(lines))
        pos = nl + 1
    if lines and (not block_ends or block_ends[-1] != len(lines)):
        block_ends.append(len(lines))
    joins = _wrap_joins(text, lines, block_ends)
    spans: list[Span] = []
    first = 0
    for last in block_ends:
        spans.extend(_block_paragraphs(text, lines, first, last, joins))
        first = last
    return spans


def _block_paragraphs(text: str, lines: list[tuple[int, int, int]], first: int, last: int,
                      joins: list[bool]) -> list[Span]:
    if last - first >= 2:
        body = lines[first:last - 1]
        widths = [e - s for _, s, e in body]
        widest = max(widths)
        open_ends = sum(1 for _, _, e in body if text[e - 1] not in _TERMINAL)
        end_width = lines[last - 1][2] - lines[last - 1][1]
        if widest >= 40 and min(widths) >= 0.5 * widest and open_ends * 2 >= len(body) \
                and end_width <= widest + 5 \
                and any(text[s:s + 3].lstrip(_OPENERS)[:1].islower() for _, s, _ in lines[first + 1:last]):
            # prose wraps before a word in lower case somewhere; a list of headlines does not
            return [Span(lines[first][1], lines[last - 1][2])]
    out: list[Span] = []
    for i in range(first, last):
        _, s, e = lines[i]
        if out and (_continues(text[out[-1].end - 1], text[s:s + 3])
                    or (joins[i - 1] and not _sentence_ends_at(text, out[-1].end, s))):
            out[-1] = Span(out[-1].start, e)
        else:
            out.append(Span(s, e))
    return out


def _sentence_ends_at(text: str, end: int, start: int) -> bool:
    """Whether a sentence ends at ``end`` and the next starts at ``start``, the text between
    them being a line break: a hard wrap there is also a paragraph break (a full line ending
    a paragraph, then a headline or a photo credit), since the sentences are the same either
    way. Asks razdel about the text around the break only when the line ends in punctuation
    and the next one does not start in lower case."""
    if text[end - 1] not in _TERMINAL or text[start:start + 3].lstrip(_OPENERS)[:1].islower():
        return False
    left = text[max(0, end - 60):end].replace("\n", " ")
    right = text[start:start + 60].replace("\n", " ")
    return any(s == len(left) + 1 for s, _ in _split(left + " " + right))


def _continues(previous: str, line: str) -> bool:
    """A broken sentence: the previous line ends mid-sentence and this one starts in lower case
    (after any opening quotes or brackets). Only the last character of ``previous`` and the
    first few of ``line`` matter."""
    return previous[-1] not in _TERMINAL and line.lstrip(_OPENERS)[:1].islower()


def _wrap_joins(text: str, lines: list[tuple[int, int, int]], block_ends: list[int]) -> list[bool]:
    """For each line but the last, whether the break after it is a hard wrap.

    A wrapping tool fills a line up to a width W and moves on when the next word does not
    fit, so each line L followed by line M of a wrapped paragraph satisfies
    ``max(len(L), len(M)) <= W <= len(L) + len(first word of M)``; the last line of a
    paragraph is short, so the break after it fails this. Two rules use it, for W between
    ``_MIN_WRAP`` and ``_MAX_WRAP``: a run of lines that agree (``_join_runs``) and a width
    many breaks of the text agree on (``_join_common_width``).

    A full line that ends a paragraph cannot be told from a wrap, so a wrap where a sentence
    ends anyway stays a paragraph break (``_sentence_ends_at``): the sentences are the same
    either way, and a headline or photo credit after it stays a paragraph of its own.
    """
    ranges, prose = _break_widths(text, lines, block_ends)
    joins = [False] * len(ranges)
    _join_runs(ranges, prose, joins)
    _join_common_width(ranges, prose, joins)
    return joins


def _break_widths(text: str, lines: list[tuple[int, int, int]],
                  block_ends: list[int]) -> tuple[list[tuple[int, int] | None], list[bool]]:
    """For each line but the last, the range ``(lo, hi)`` of wrap widths W the break after it
    agrees with (None when the next line is in another block or no W between ``_MIN_WRAP``
    and ``_MAX_WRAP`` fits), and whether it is prose: inside a sentence, before a word in
    lower case."""
    breaks = max(len(lines) - 1, 0)
    ranges: list[tuple[int, int] | None] = [None] * breaks
    prose = [False] * breaks
    same_block = [True] * breaks
    for b in block_ends[:-1]:
        same_block[b - 1] = False
    first_word = _FIRST_WORD.match
    for i in range(breaks):
        ls, _, e = lines[i]
        width = e - ls
        if not same_block[i] or width > _MAX_WRAP:  # most lines of a text one paragraph a line stop here
            continue
        ns, s2, e2 = lines[i + 1]
        lo = e2 - ns
        lo = width if lo < width else lo
        lo = _MIN_WRAP if lo < _MIN_WRAP else lo
        word = first_word(text, s2)  # the line is not blank, so it has a first word
        hi = width + (word.end() if word else s2) - s2
        hi = _MAX_WRAP if hi > _MAX_WRAP else hi
        if lo <= hi:
            ranges[i] = (lo, hi)
            prose[i] = text[e - 1] not in _TERMINAL and text[s2:s2 + 3].lstrip(_OPENERS)[:1].islower()
    return ranges, prose


def _join_runs(ranges: list[tuple[int, int] | None], prose: list[bool], joins: list[bool]) -> None:
    """A run of three lines or more whose ranges of W overlap, with at least half of its
    breaks inside a sentence before a word in lower case, is a wrapped paragraph (a single
    wrapped paragraph among unwrapped ones; lists of headlines and paragraphs one per line
    rarely line up like this): marks its breaks in ``joins``."""
    for first, stop in _overlapping_runs(ranges):
        if stop - first >= 2 and sum(prose[first:stop]) * 2 >= stop - first:
            joins[first:stop] = [True] * (stop - first)


def _overlapping_runs(ranges: list[tuple[int, int] | None]) -> Iterator[tuple[int, int]]:
    """The longest runs of consecutive breaks whose ranges of W all share a width, as
    ``(first, stop)`` indices."""
    first = -1  # first break of the current run, or -1
    run_lo = run_hi = 0  # the widths all its breaks agree with
    for i, r in enumerate(ranges):
        if r is None:
            if first >= 0:
                yield first, i
                first = -1
            continue
        lo, hi = r
        if first >= 0 and lo <= run_hi and hi >= run_lo:
            run_lo = lo if lo > run_lo else run_lo
            run_hi = hi if hi < run_hi else run_hi
        else:
            if first >= 0:
                yield first, i
            first, run_lo, run_hi = i, lo, hi
    if first >= 0:
        yield first, len(ranges)


def _join_common_width(ranges: list[tuple[int, int] | None], prose: list[bool], joins: list[bool]) -> None:
    """When a quarter of all breaks or more agree on one W, a quarter of these inside a
    sentence before a word in lower case, the text is wrapped at W, and every break that
    agrees with W is a wrap, whatever word follows it (a name, «Президент», "Mr⏎Best", a
    short two-line paragraph): marks these breaks in ``joins``."""
    width, agree = _most_agreed_width(ranges)
    if agree < 2 or agree * 4 < len(ranges):
        return
    agreeing = [k for k, r in enumerate(ranges) if r is not None and r[0] <= width <= r[1]]
    if sum(prose[k] for k in agreeing) * 4 >= len(agreeing):
        for k in agreeing:
            joins[k] = True


def _most_agreed_width(ranges: list[tuple[int, int] | None]) -> tuple[int, int]:
    """The width W most breaks agree with (the narrowest of equals), and how many do."""
    support = [0] * (_MAX_WRAP + 2)  # difference array: how many breaks agree with each width
    for r in ranges:
        if r is not None:
            support[r[0]] += 1
            support[r[1] + 1] -= 1
    best = agree = total = 0
    for width in range(_MAX_WRAP + 1):
        total += support[width]
        if total > agree:
            best, agree = width, total
    return best, agree


def sentences(text: str, spans: list[Span] | None = None,
              memo: dict[str, list[tuple[int, int]]] | None = None) -> list[Sentence]:
    """The sentences of ``text``, paragraph by paragraph (of ``spans``, if given).

    ``memo`` maps a paragraph's text to its sentences' offsets within it: two versions of a
    report share most paragraphs word for word, so passing one dict for both sides splits
    each shared paragraph once.
    """
    return _sentences(text, spans, memo, _split_fast)


def _sentences_razdel(text: str, spans: list[Span] | None = None,
                      memo: dict[str, list[tuple[int, int]]] | None = None) -> list[Sentence]:
    """``sentences`` as razdel splits every paragraph, without the fast path: the reference the
    tests hold ``sentences`` to."""
    return _sentences(text, spans, memo, _split)


def _sentences(text: str, spans: list[Span] | None, memo: dict[str, list[tuple[int, int]]] | None,
               split: Callable[[str], list[tuple[int, int]]]) -> list[Sentence]:
    out: list[Sentence] = []
    inner_end = _patterns().inner_end.search
    for pi, para in enumerate(paragraphs(text) if spans is None else spans):
        chunk = text[para.start:para.end]
        merged = memo.get(chunk) if memo is not None else None
        if merged is None:
            if not inner_end(chunk):  # one sentence at most: razdel has nothing to split
                out.append(Sentence(para.start, para.end, pi))
                continue
            merged = split(chunk)
            if memo is not None:
                memo[chunk] = merged
        out.extend(Sentence(para.start + s, para.start + e, pi) for s, e in merged)
    return out


def _split(chunk: str) -> list[tuple[int, int]]:
    """razdel's sentences of one paragraph, with its wrong splits joined again.

    razdel sees the paragraph's line breaks as spaces (same offsets), so that a hard wrap
    splits a sentence exactly where the unwrapped text would be split.
    """
    merged: list[tuple[int, int]] = []
    for s in _sentenize()(chunk.replace("\n", " ") if "\n" in chunk else chunk):
        if merged and _joins(chunk[merged[-1][0]:merged[-1][1]], chunk[s.start:s.stop]):
            merged[-1] = (merged[-1][0], s.stop)
        else:
            merged.append((s.start, s.stop))
    return merged


def _split_fast(chunk: str) -> list[tuple[int, int]]:
    """``_split(chunk)``, razdel asked only about the stretches ``_razdel_spans`` cannot settle."""
    flat = chunk.replace("\n", " ") if "\n" in chunk else chunk
    if not flat or flat[0].isspace() or flat[-1].isspace():  # not a paragraph as ``paragraphs`` cuts them
        return _split(chunk)
    return _merge(chunk, _razdel_spans(flat))


def _merge(chunk: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """razdel's sentences ``spans`` of ``chunk``, with its wrong splits joined as ``_split`` does."""
    merged: list[tuple[int, int]] = []
    en_abbrev = _patterns().en_abbrev.search
    quotes = "«" in chunk
    for start, stop in spans:
        if merged:
            first, last = merged[-1]
            # _joins(chunk[first:last], chunk[start:stop]), reading only the end of the first piece
            # (an abbreviation is short, and razdel starts a sentence after a space or at the start)
            if en_abbrev(chunk, max(first, last - 8), last) or (quotes and _quote_closes(chunk[first:last],
                                                                                         chunk[start:stop])):
                merged[-1] = (first, stop)
                continue
        merged.append((start, stop))
    return merged


def _joins(previous: str, piece: str) -> bool:
    """Whether razdel's split between two pieces is wrong: an English abbreviation ended the
    first, or a «quotation» opened in it closes in the next piece."""
    return bool(_patterns().en_abbrev.search(previous)) or _quote_closes(previous, piece)


def _quote_closes(previous: str, piece: str) -> bool:
    open_quotes = previous.count("«") - previous.count("»")
    return open_quotes > 0 and piece.count("»") - piece.count("«") >= open_quotes


def _razdel_spans(text: str) -> list[tuple[int, int]]:
    """``razdel.sentenize(text)`` as offsets, for a ``text`` without line breaks that starts and
    ends with a character other than white space; razdel itself runs only on the stretches a
    plain sentence end does not settle.

    razdel looks at each delimiter it knows (``_DELIMITER``: ends of sentences, closing quotes
    and brackets, ``;``, smileys) and joins the text on both sides unless a rule says split;
    every rule looks at no more than ``_WINDOW`` characters either side, and one (a list
    bullet) at the text since the last split. Two kinds of delimiter need no rule:

    - one followed by something other than white space, or by white space and then a word
      in lower case: razdel's first three rules join there, whatever comes before;
    - a plain sentence end (``_plain_end``), where razdel splits and where cutting the text
      changes nothing razdel sees elsewhere.

    So razdel's sentences of the text are those of the stretches between plain sentence ends,
    each stretch asked alone, and a stretch where every delimiter joins is one sentence.
    """
    pat = _patterns()
    right_token = pat.right_token.match
    out: list[tuple[int, int]] = []
    start = 0  # of the current stretch
    ask = False  # whether razdel must split the current stretch
    for m in pat.spaced_delimiter.finditer(text):  # the others join: no space after them
        end = m.end()
        token = right_token(text, end, end + _WINDOW)
        if token is None:
            continue  # razdel joins: only spaces in its window
        word = token.group(1)
        if word.isalpha() and word.islower():
            continue  # razdel joins: a word in lower case follows
        at = m.start()
        if end == at + 1 and _plain_end(text, at, token.start(1), pat):
            out.extend(_stretch(text, start, end, ask))
            start, ask = token.start(1), False
        else:
            ask = True
    out.extend(_stretch(text, start, len(text), ask))
    return out


def _stretch(text: str, start: int, stop: int, ask: bool) -> list[tuple[int, int]]:
    """razdel's sentences of ``text[start:stop]``, which begins and ends with no white space:
    one sentence unless ``ask``."""
    if not ask:
        return [(start, stop)]
    return [(start + s.start, start + s.stop) for s in _sentenize()(text[start:stop])]


def _plain_end(text: str, at: int, right: int, pat: _Patterns) -> bool:
    """Whether the delimiter ``text[at]`` (one character, followed by white space and then, at
    ``right``, within razdel's window, a token razdel does not see in lower case) is a plain
    sentence end: razdel splits there, and splits the text on either side of it alone as it
    does the whole.

    razdel splits when no rule joins: the delimiter ends a sentence (``.``, ``!``, ``?``,
    ``…``, or a closing quote after one of these), a word before a ``.`` is no abbreviation,
    initial or list bullet (``_left_splits``), and what follows is a word starting in upper
    case or an opening quote or dash before one (``_right_starts``).

    Cut there, the text on the left ends with the delimiter: a rule of an earlier delimiter
    looking right sees, up to it, what it saw in the whole text, and past it only the word
    after a dash, which is not in lower case either way. The text on the right starts with
    the token at ``right``: a rule of a later delimiter looking left finds the same last
    token (white space comes before ``right``), no initial pair such as «d. A.» reaches over
    the cut (``right`` is no one-letter word before a delimiter), and the text since the last
    split, which differs by the white space before ``right``, holds a token that is no list
    bullet before any delimiter (so the bullet rule never counts its length)."""
    end = text[at]
    before = text[at - 1] if at else " "
    if end in _CLOSING and before in _ENDS:
        pass  # «Мы придём!» Потом: razdel splits after a closing quote that follows an end
    elif end not in _ENDS or before.isspace() or (end == "." and not _left_splits(text, at, before, pat)):
        return False
    return _right_starts(text, right, pat)


def _left_splits(text: str, at: int, before: str, pat: _Patterns) -> bool:
    """Whether razdel's rules for a ``.`` at ``at`` let it split, as far as they look left: the
    token before it is a closing quote, or a word of two letters or more (no initial, no pair
    like «т.е»), that is no abbreviation razdel knows (of the word, razdel's window holds the
    last ``_WINDOW`` letters) and no list bullet."""
    if before in _CLOSING:
        return True
    word = _word_before(text, at, pat)
    return word is not None and len(word) >= 2 and not _bullet(word) \
        and word[-_WINDOW:].lower() not in pat.abbreviations


def _right_starts(text: str, right: int, pat: _Patterns) -> bool:
    """Whether the token at ``right`` starts a sentence to razdel, and the text from ``right``
    can be split alone (see ``_plain_end``): a word starting in upper case, of two letters or
    more and no list bullet, or else followed by white space and a token that is neither a
    bullet nor a delimiter («В первую очередь», «И»); or an opening quote or a dash, followed
    by no white space if razdel sees it as a delimiter, with no word in lower case after it
    (razdel joins «. — сказал он»)."""
    first = text[right]
    if first in _STARTERS:
        if first in _DELIMITER_CHARS and (right + 1 == len(text) or text[right + 1].isspace()):
            return False
        after = pat.word_or_number.search(text, right)
        return after is None or after.group()[0].isupper() or after.group()[0].isdigit()
    if not first.isupper():
        return False
    word = pat.word.match(text, right)
    if word is None:
        return False
    if len(word.group()) >= 2 and not _bullet(word.group()):
        return True
    following = pat.next_token.match(text, word.end())
    return following is not None and following.group(1)[0] not in _DELIMITER_STARTS \
        and not _bullet(following.group(1))


def _word_before(text: str, at: int, pat: _Patterns) -> str | None:
    """razdel's word token that ends at ``at`` (a longest run of letters), if any and not longer
    than ``_LONGEST_WORD``."""
    space = text.rfind(" ", max(0, at - _LONGEST_WORD), at)
    if space >= 0 or at <= _LONGEST_WORD:
        word = pat.word.fullmatch(text, space + 1, at)  # the common case: a word after a space
        if word is not None:
            return word.group()
    word = pat.left_word.search(text, max(0, at - _LONGEST_WORD), at)
    return None if word is None else word.group()


def _bullet(token: str) -> bool:
    """Whether razdel takes ``token`` for a list bullet: a number, a Roman numeral, a letter
    among а-е or a-f, «.» or «)»."""
    return token.isdigit() or token in (".", ")") or token.lower() in _BULLET_LETTERS \
        or not token.strip("IVXML")


class _Patterns:
    """The sentence splitter's regular expressions, compiled on first use so that importing the
    module stays cheap."""

    def __init__(self) -> None:
        self.inner_end = lazy(_INNER_END)
        self.en_abbrev = lazy(_EN_ABBREV)
        # razdel's delimiters followed by white space: ``_DELIMITER + r"(?=\s)"``, whose matches
        # are those of razdel's finditer followed by white space (no smiley razdel matches whole
        # holds white space, or a shorter one followed by it), rewritten to start with one set
        # of characters, which the regular expression engine scans for about three times faster
        self.spaced_delimiter = lazy(r"[=:;\.\?!…\"„'»”’\)\]\}](?:(?<=[=:;])-?[)(]{1,3}|(?<![=:]))(?=\s)")
        self.right_token = lazy(r"\s*([^\W\d]+|\d+|[^\w\s])")  # razdel's first token on the right
        self.word = lazy(r"[^\W\d]+")  # razdel's word token
        self.left_word = lazy(r"(?<![^\W\d])[^\W\d]+$")  # razdel's word token ending the text
        self.word_or_number = lazy(r"[^\W\d]+|\d+")  # razdel's word on the right of a dash
        self.next_token = lazy(r"\s+([^\W\d]+|\d+|[^\w\s])")  # razdel's token after white space
        self.abbreviations = frozenset(_RAZDEL_ABBREVIATIONS.split())


@functools.cache
def _patterns() -> _Patterns:
    return _Patterns()


@functools.cache
def _sentenize() -> Callable[[str], Iterable[Any]]:
    from razdel import sentenize  # imported when a text first needs it: it takes a few ms

    return cast(Callable[[str], Iterable[Any]], sentenize)


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens covering ``text[start:end]`` exactly, in order."""
    end = len(text) if end is None else end
    out = []
    for m in TOKEN_RE.finditer(text, start, end):
        kind = m.lastgroup or "punct"
        out.append(Token(m.start(), m.end(), "word" if kind == "num" else kind))
    return out
