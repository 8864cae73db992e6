"""Paragraphs, sentences and tokens, each with offsets into the text.

Paragraphs are lines, except that hard-wrapped lines continue onto the next: a line that
does not end a sentence followed by one starting in lower case, or lines filled up to a
common width that the next word did not fit into, whatever that word is (a name,
«Президент», "Mr⏎Best"). A line break inside a sentence never splits it. Sentences come
from razdel, which knows Russian abbreviations and initials (т.е., г., см. рис. 2,
К.-Ж. Токаев), with a small pass for English abbreviations razdel splits after (e.g., Mr.,
Dr.), and which sees line breaks as spaces.
Tokens come from one regular expression (razdel's tokenizer is about ten times slower).
"""


from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from razdel import sentenize

TOKEN_RE = re.compile(
    r"(?P<num>\d+(?:[.,:/]\d+)+)"
    r"|(?P<word>\w+(?:[-‐'’]\w+)*)"
    r"|(?P<space>\s+)"
    r"|(?P<punct>.)",
    re.DOTALL,
)
TOKEN_PLAIN_RE = re.compile(TOKEN_RE.pattern.replace("(?P<num>", "(?:").replace("(?P<word>", "(?:")
                            .replace("(?P<space>", "(?:").replace("(?P<punct>", "(?:"), re.DOTALL)  # no groups: findall
WORD_RE = re.compile(r"\d+(?:[.,:/]\d+)+|\w+(?:[-‐'’]\w+)*")
_INNER_END = re.compile(r"[.!?…;]\W*\s")
_TERMINAL = ".!?…:;»\"”'"
_OPENERS = "«\"“„'‘([{"
_FIRST_WORD = re.compile(r"\S+")
_MIN_WRAP = 30   # narrowest width recognised as hard-wrapped
_MAX_WRAP = 200  # widest: longer lines are paragraphs of their own
_EN_ABBREV = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Sr|Jr|St|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|vs|cf|approx|Fig|No|Nos|Vol|pp)\."
    r"|\b(?:e\.g|i\.e|a\.m|p\.m)\.)$"
)


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
    out: list[Sentence] = []
    for pi, para in enumerate(paragraphs(text) if spans is None else spans):
        chunk = text[para.start:para.end]
        if not _INNER_END.search(chunk):  # one sentence at most: razdel has nothing to split
            out.append(Sentence(para.start, para.end, pi))
            continue
        merged = memo.get(chunk) if memo is not None else None
        if merged is None:
            merged = _split(chunk)
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
    for s in sentenize(chunk.replace("\n", " ") if "\n" in chunk else chunk):
        if merged and _joins(chunk[merged[-1][0]:merged[-1][1]], chunk[s.start:s.stop]):
            merged[-1] = (merged[-1][0], s.stop)
        else:
            merged.append((s.start, s.stop))
    return merged


def _joins(previous: str, piece: str) -> bool:
    """Whether razdel's split between two pieces is wrong: an English abbreviation ended the
    first, or a «quotation» opened in it closes in the next piece."""
    if _EN_ABBREV.search(previous):
        return True
    open_quotes = previous.count("«") - previous.count("»")
    return open_quotes > 0 and piece.count("»") - piece.count("«") >= open_quotes


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens covering ``text[start:end]`` exactly, in order."""
    end = len(text) if end is None else end
    out = []
    for m in TOKEN_RE.finditer(text, start, end):
        kind = m.lastgroup or "punct"
        out.append(Token(m.start(), m.end(), "word" if kind == "num" else kind))
    return out
