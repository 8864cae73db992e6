"""Paragraphs, sentences and tokens, each with offsets into the text.

Paragraphs are lines, except that a hard-wrapped line (one that does not end a sentence,
followed by a line starting in lower case) continues onto the next. Sentences come from
razdel, which knows Russian abbreviations and initials (т.е., г., см. рис. 2, К.-Ж. Токаев),
with a small pass for English abbreviations razdel splits after (e.g., Mr., Dr.).
Tokens come from one regular expression (razdel's tokenizer is about ten times slower).
"""

from __future__ import annotations

import re
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
    lines but the last are of similar length and mostly end mid-sentence); otherwise each
    line is a paragraph, joined to the next only when that one continues a broken sentence.
    """
    spans: list[Span] = []
    block: list[Span] = []
    pos = 0
    n = len(text)
    while pos <= n:
        nl = text.find("\n", pos)
        if nl < 0:
            nl = n
        line = text[pos:nl]
        if line.strip():
            block.append(Span(pos + len(line) - len(line.lstrip()), pos + len(line.rstrip())))
        elif block:
            spans.extend(_block_paragraphs(text, block))
            block = []
        pos = nl + 1
    if block:
        spans.extend(_block_paragraphs(text, block))
    return spans


def _block_paragraphs(text: str, lines: list[Span]) -> list[Span]:
    if len(lines) >= 2:
        body = lines[:-1]
        widths = [ln.end - ln.start for ln in body]
        widest = max(widths)
        open_ends = sum(1 for ln in body if text[ln.end - 1] not in _TERMINAL)
        if widest >= 40 and min(widths) >= 0.5 * widest and open_ends * 2 >= len(body) \
                and lines[-1].end - lines[-1].start <= widest + 5:
            return [Span(lines[0].start, lines[-1].end)]
    out: list[Span] = []
    for ln in lines:
        if out and _continues(text[out[-1].start:out[-1].end], text[ln.start:ln.end]):
            out[-1] = Span(out[-1].start, ln.end)
        else:
            out.append(ln)
    return out


def _continues(previous: str, line: str) -> bool:
    """A hard-wrapped line: the previous one ends mid-sentence and this one starts in lower case
    (after any opening quotes or brackets)."""
    return previous[-1] not in _TERMINAL and line.lstrip(_OPENERS)[:1].islower()


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
        kind = m.lastgroup
        out.append(Token(m.start(), m.end(), "word" if kind == "num" else kind))
    return out
