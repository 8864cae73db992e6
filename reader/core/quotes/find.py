"""Direct quotes in one text, and who said them.

A quote is speech in quote marks («…», „…“, "…", “…”, ‘…’) or a dialogue paragraph that starts
with a dash (``— Текст, — сказал он.``). Marks are paired paragraph by paragraph (``marks.py``);
a quote left open at a paragraph's end goes on into the next paragraphs when the next one opens
again with the same mark, or when a later one (within a few) closes a mark it never opened.

Quote marks also hold names and scare quotes («Аманат», "горящими", "Врачи без границ"), which
are not speech. A quote is speech when:

- a speech verb with its speaker stands right after it («», − подчеркнул президент», '," he
  said'), or a verb, «по словам X» or "according to X" right before it («заявил: «…»», 'said
  "no"'), or the quote is interrupted by one («…, — сказал он, — …»);
- otherwise, when it has three words or more: a speech verb earlier in its sentence (a partial
  quote: 'Mayor said the city "will not raise taxes"'), unless it reads as a name (a capital
  letter and under four words); or it reads as sentences (six words or more ending with . ! ? …,
  or a sentence inside it); or it spans paragraphs.

One- and two-word quotes are never speech without a verb right next to them, nor is a quote
right after a word that names things («партия», «компания», «под названием», "called").

The speaker is what the attribution writes: a name, a title, or a pronoun, which resolves to the
nearest person named before it («Касым-Жомарт Токаев», "Alan Smith"); «они»/"they" stay as they are.
Everything is a bounded look around each mark, so the text is read in linear time.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from itertools import islice

from reader.core.lazyre import lazy
from reader.core.quotes import speech
from reader.core.quotes.marks import MARKS, OPENERS, Local, analyse, closes, outermost
from reader.core.quotes.speech import DASH, DASHES, Attribution, Before, People
from reader.core.segment import Span, paragraphs


@dataclass(frozen=True)
class Found:
    start: int  # offset of the first quoted character (after the opening mark)
    end: int  # offset after the last quoted character (before the closing mark)
    parts: tuple[tuple[int, int], ...]  # quoted pieces, in order (one unless interrupted/spanning paragraphs)
    speaker: str | None  # as written: a name, a title, or the name a pronoun resolves to
    verb: str | None  # the speech verb as written ("подчеркнул", "said")
    attribution: tuple[int, int] | None  # offsets of the attribution clause (speaker + verb), if any
    cuts: tuple[tuple[int, int], ...] = ()  # offsets of ellipsis marks inside the quote


LOOKAHEAD = 8  # paragraphs without marks a quote may run on for before its closing mark
LONGEST = 64  # paragraphs a quote may span when each opens again with the mark
_WINDOW = 250  # characters before an opening mark searched for a speech verb

_SEP = lazy(rf"(?P<p>[,.!?…]?)(?:[ \t]*{DASH}|[ \t]+-)[ \t]+")  # «…, — сказал он», «…! — крикнул он»
_SEP_DASH = lazy(rf"[{DASHES}-][ \t]")  # the dash every match of _SEP has: found fast, then _SEP tried there
_CONT = lazy(rf"[ \t]*[,.:;]?(?:[ \t]*{DASH}|[ \t]+-)[ \t]+")  # «сказал он, — …», «сказал он. — …»
_JOIN = lazy(rf"[ \t]*[,.;:]?[ \t]*(?:{DASH}[ \t]*)?")  # '"A," he said, "B."'
_CUT = lazy(r"[(\[][ \t]*(?:\.{3}|…)[ \t]*[)\]]|\.{3,}|…")
_WORDS = lazy(r"\w+(?:[-'’]\w+)*")
_LAST_WORD = lazy(r"([\w-]+)[ \t]*$")
_NAMING = lazy(
    r"(?:парти|компани|организаци|фонд|движени|газет|журнал|издани|агентств|телеканал|канал|программ|проект"
    r"|закон|указ|фильм|книг|роман|песн|операци|банк|холдинг|корпораци|ассоциаци|союз|блок|фракци|кампани"
    r"|акци|назван|называем|именуем|бренд|марк|сериал|передач|клуб|команд|предприяти|общественн|объединени"
    r"|group|party|company|organi[sz]ation|campaign|program|programme|project|operation|film|movie|book"
    r"|album|song|newspaper|magazine|called|named|dubbed|titled|so-called|brand|show|series)\w*$",
    re.IGNORECASE,
)


@dataclass
class _Cand:
    """A quote being judged: its pieces and what stands around it.

    What stands before it is read only when the judgement needs it (an attribution after the
    quote or inside it decides alone): ``where`` it is looked for is kept until then.
    """

    parts: list[tuple[int, int]]
    where: tuple[int, int, int] = (-1, -1, -1)  # paragraph, opening mark, from where to look before it
    after: Attribution | None = None
    inner: Attribution | None = None
    multi: bool = False
    unclosed: bool = False
    pair: bool = False  # a pair of marks in a paragraph: a word that names things right before it is no speech
    before: Before | None = None
    read: bool = False  # whether ``before`` is read


# a quote ready to be reported: its parts (stripped, none empty), its cuts, its attribution
_Quote = tuple[tuple[tuple[int, int], ...], tuple[tuple[int, int], ...], Attribution | None]


class _Para:
    """What a paragraph's text makes on its own: its marks, a dash paragraph's speech parts, and the
    quotes its mark pairs make before any quote left open at its end. Kept by the paragraph's text
    in a ``Memo``, so a paragraph both versions of a text share (most do) is read once. Each is
    kept with the offset of the paragraph it was read in (offsets are moved by the difference)."""

    __slots__ = ("dialogue", "local", "quotes")

    def __init__(self) -> None:
        self.local: tuple[int, Local] | None = None
        self.dialogue: tuple[int, list[tuple[int, int]], Attribution | None] | None = None
        # the quotes, and whether they hold only when no paragraph before introduces speech (``_introduced``)
        self.quotes: tuple[int, list[_Quote], bool] | None = None


Memo = dict[str, _Para]


def find_quotes(text: str, paras: list[Span] | None = None, memo: Memo | None = None) -> list[Found]:
    """The direct quotes of ``text`` (speech only, not names or scare quotes), in text order.

    ``paras`` are ``paragraphs(text)``, for a caller that has them already. ``memo`` (start with
    ``{}``), passed for both versions of a text, reads each paragraph they share once; the
    quotes are the same with it or without.
    """
    return _Finder(text, paragraphs(text) if paras is None else paras, memo).run()


_NO_MARKS = Local((), (), None)
_NOT_ASKED, _ASKED_NONE, _ASKED = range(3)  # whether the quotes of a paragraph read what the one before introduces


def _shift(att: Attribution | None, d: int) -> Attribution | None:
    if att is None or d == 0:
        return att
    return Attribution(att.start + d, att.end + d, att.verb, att.speaker,
                       att.speaker_start + d if att.speaker_start >= 0 else -1, att.pronoun)


def _shift_local(local: Local, d: int) -> Local:
    if local is _NO_MARKS or d == 0:
        return local
    return Local(tuple((o + d, c + d, f) for o, c, f in local.pairs), tuple((i + d, f) for i, f in local.orphans),
                 (local.tail[0] + d, local.tail[1]) if local.tail else None)


def _shift_quote(q: _Quote, d: int) -> _Quote:
    if d == 0:
        return q
    parts, cuts, att = q
    return tuple((s + d, e + d) for s, e in parts), tuple((s + d, e + d) for s, e in cuts), _shift(att, d)


def _mark_positions(text: str) -> list[int]:
    """Where each character that may be a quote mark stands, in order (``str.find`` is the fastest scan)."""
    out: list[int] = []
    find = text.find
    for ch in MARKS:
        i = find(ch)
        while i >= 0:
            out.append(i)
            i = find(ch, i + 1)
    out.sort()
    return out


def _is_dialogue(text: str, p: Span) -> bool:
    c = text[p.start]
    return (c in DASHES or c == "-") and p.start + 1 < p.end and text[p.start + 1] in " \t\u00a0"


class _Finder:
    def __init__(self, text: str, paras: list[Span], memo: Memo | None) -> None:
        self.text = text
        self.paras = paras
        self.memo = memo
        self.marks = _mark_positions(text)
        starts = [p.start for p in paras]
        self.marked = bytearray(len(paras))  # paragraphs with a mark: the others hold quotes only as dialogue
        for pos in self.marks:
            k = bisect_right(starts, pos) - 1
            if k >= 0:
                self.marked[k] = 1
        self.local: dict[int, Local] = {}
        self.people = People(text)
        self.out: list[Found] = []
        self.last_dialogue = -2
        self.asked = _NOT_ASKED

    def para(self, i: int) -> _Para | None:
        """Paragraph ``i``'s entry in the memo, if there is a memo. What is kept there reads no text
        outside the paragraph but the white space before it (in look-behinds), so it depends on the
        paragraph's text alone; a paragraph at the very start of the text has none before it and
        is left out."""
        p = self.paras[i]
        if self.memo is None or p.start == 0:
            return None
        key = self.text[p.start:p.end]
        got = self.memo.get(key)
        if got is None:
            got = self.memo[key] = _Para()
        return got

    def loc(self, i: int, para: _Para | None = None) -> Local:
        got = self.local.get(i)
        if got is None:
            if not self.marked[i]:
                got = _NO_MARKS
            elif para is not None and para.local is not None:
                got = _shift_local(para.local[1], self.paras[i].start - para.local[0])
            else:
                p, marks = self.paras[i], self.marks
                a = bisect_left(marks, p.start)
                got = analyse(self.text, p.start, p.end, marks[a:bisect_left(marks, p.end, a)])
                if para is not None:
                    para.local = p.start, got
            self.local[i] = got
        return got

    def run(self) -> list[Found]:
        text, paras, marked = self.text, self.paras, self.marked
        n = len(paras)
        i, lo = 0, -1
        while i < n:
            p = paras[i]
            if lo < 0:
                c = text[p.start]
                if (c in DASHES or c == "-") and p.start + 1 < p.end and text[p.start + 1] in " \t\u00a0":
                    self._dialogue(i)
                    i += 1
                    continue
                if not marked[i]:
                    i += 1
                    continue
            i, lo = self._marked(i, max(lo, p.start))
        self.out.sort(key=lambda f: f.start)
        return self.out

    # --- dialogue paragraphs: «— Текст, — сказал он.» ------------------------------------------

    def _dialogue(self, i: int) -> None:
        text, p = self.text, self.paras[i]
        para = self.para(i)
        if para is not None and para.dialogue is not None:
            base, parts, att = para.dialogue
            d = p.start - base
            if d:
                parts, att = [(s + d, e + d) for s, e in parts], _shift(att, d)
        else:
            s = p.start + 1
            while s < p.end and text[s] in " \t\u00a0":
                s += 1
            parts, att = self._speech_parts(s, p.end, tail=True)
            if para is not None:
                para.dialogue = p.start, parts, att
        if att is None:
            if not self._dialogue_context(i):
                return
            intro = self._introduced(i)
            att = intro.attribution if intro else None
        self.last_dialogue = i
        self._emit(_Cand(parts), att)

    def _dialogue_context(self, i: int) -> bool:
        """An unattributed dash paragraph is speech after «… заявил:» or inside a dialogue."""
        text, p = self.text, self.paras[i]
        if text[p.end - 1] == ";":
            return False  # a list item
        if self.last_dialogue == i - 1:
            return True
        return i > 0 and text[self.paras[i - 1].end - 1] == ":"

    def _introduced(self, i: int) -> Before | None:
        """«Президент сказал:» ending the paragraph before introduces speech that opens paragraph ``i``."""
        if i == 0:
            return None
        prev = self.paras[i - 1]
        if self.text[prev.end - 1] != ":":
            return None
        got = speech.before(self.text, max(prev.start, prev.end - _WINDOW), prev.end)
        return got if got and got.adjacent else None

    def _speech_parts(self, s: int, e: int, tail: bool) -> tuple[list[tuple[int, int]], Attribution | None]:
        """Split ``text[s:e]`` at the attributions that interrupt it («…, — сказал он, — …»).

        With ``tail``, an attribution that is not followed by more speech ends the speech there
        (a dialogue paragraph); inside quote marks such a clause is no interruption.
        """
        text = self.text
        parts: list[tuple[int, int]] = []
        att: Attribution | None = None
        cur = q = s
        while True:
            # _SEP.finditer(text, s, e), faster: find the dash every match has, then try _SEP from the
            # punctuation mark and spaces that may stand before it
            h = _SEP_DASH.search(text, q, e)
            if h is None:
                break
            x = d = h.start()
            while x > q and text[x - 1] in " \t":
                x -= 1
            if x > q and text[x - 1] in ",.!?…":
                x -= 1
            m = _SEP.match(text, x, e)
            if m is None:
                q = d + 1
                continue
            q = m.end()
            if m.start() < cur:
                continue
            a = speech.clause_at(text, m.end(), e)
            if a is None or a.verb is None:
                continue
            piece_end = m.start() if m.group("p") in ("", ",", ".") else m.start() + 1
            c = _CONT.match(text, a.end, e)
            if c:
                parts.append((cur, piece_end))
                att = att or a
                cur = c.end()
            elif tail:
                parts.append((cur, piece_end))
                return parts, att or a
        parts.append((cur, e))
        return parts, att

    # --- quotes in marks ------------------------------------------------------------------------

    def _marked(self, i: int, lo: int) -> tuple[int, int]:
        """Quotes in marks from ``lo`` in paragraph ``i``; where to go on (paragraph, offset or -1)."""
        p = self.paras[i]
        para = self.para(i) if lo == p.start else None
        local = self.loc(i, para)
        tail = local.tail if local.tail and local.tail[0] >= lo else None
        pairs = [q for q in local.pairs if q[0] >= lo]
        cut = tail[0] if tail else p.end
        for q in self._leading(i, lo, pairs, cut, para):
            self._report(q)
        if tail is None:
            return i + 1, -1
        went_on = self._continue(i, tail)
        if went_on:
            parts, close, j = went_on
            cand = _Cand(parts, (i, tail[0], p.start), multi=True)
            cand.after = speech.after(self.text, close + 1, self.paras[j].end, self.text[close - 1])
            self._judge_and_emit(cand)
            return j, close + 1
        cand = _Cand([(tail[0] + 1, p.end)], (i, tail[0], lo), unclosed=True)
        if not self._judge_and_emit(cand):
            rest: list[_Quote] = []
            self._pairs(outermost([q for q in pairs if q[0] > cut]), i, tail[0] + 1, rest)
            for q in rest:
                self._report(q)
        return i + 1, -1

    def _leading(self, i: int, lo: int, pairs: list[tuple[int, int, str]], cut: int, para: _Para | None) -> list[_Quote]:
        """The quotes of the pairs from ``lo`` up to ``cut`` in paragraph ``i``: from the memo
        (``para``, when reading from the paragraph's start) when they hold here."""
        if para is not None and para.quotes is not None:
            base, quotes, needs_quiet = para.quotes
            if not needs_quiet or self._introduced(i) is None:
                return [_shift_quote(q, lo - base) for q in quotes]
        self.asked = _NOT_ASKED
        out: list[_Quote] = []
        self._pairs(outermost([q for q in pairs if q[0] < cut]), i, lo, out)
        if para is not None and self.asked != _ASKED:  # what a paragraph before introduces is not the paragraph's own
            para.quotes = lo, out, self.asked == _ASKED_NONE
        return out

    def _continue(self, i: int, tail: tuple[int, str]) -> tuple[list[tuple[int, int]], int, int] | None:
        """A quote open at paragraph ``i``'s end: its parts up to the closing mark, that mark, its paragraph."""
        text, fam = self.text, tail[1]
        parts = [(tail[0] + 1, self.paras[i].end)]
        j, plain = i + 1, 0
        while j < len(self.paras) and plain < LOOKAHEAD and j - i <= LONGEST:
            q = self.paras[j]
            if _is_dialogue(text, q):
                return None
            local = self.loc(j)
            if text[q.start] in OPENERS[fam]:  # the quote opens again: «… ⏎ «…», — сказал он
                pair = next((x for x in local.pairs if x[0] == q.start), None)
                if pair:
                    parts.append((q.start + 1, pair[1]))
                    return parts, pair[1], j
                if local.tail and local.tail[0] == q.start:
                    parts.append((q.start + 1, q.end))
                    j, plain = j + 1, 0
                    continue
            if local.orphans:
                pos, f = local.orphans[0]
                if not closes(f, fam):
                    return None
                parts.append((q.start, pos))
                return parts, pos, j
            if local.tail:
                return None
            parts.append((q.start, q.end))
            j, plain = j + 1, plain + 1
        return None

    def _before(self, i: int, mark: int, lo: int) -> Before | None:
        """The attribution before an opening mark in paragraph ``i``, or ending the paragraph before."""
        got = speech.before(self.text, max(lo, mark - _WINDOW), mark)
        if got is None and mark == self.paras[i].start:
            got = self._introduced(i)
            self.asked = max(self.asked, _ASKED_NONE if got is None else _ASKED)
        return got

    def _pairs(self, pairs: list[tuple[int, int, str]], i: int, lo: int, out: list[_Quote]) -> None:
        """Judge the outermost pairs of paragraph ``i``, joining '"A," he said, "B."' into one quote."""
        text, p = self.text, self.paras[i]
        cands: list[_Cand] = []
        prev_end = lo
        for o, c, _ in pairs:
            if c == o + 1:
                continue
            after = speech.after(text, c + 1, p.end, text[c - 1])
            last = cands[-1] if cands else None
            if last and last.after and after is None and _JOIN.fullmatch(text, last.after.end, o):
                last.parts.append((o + 1, c))
                continue
            cands.append(_Cand([(o + 1, c)], (i, o, prev_end), after=after, pair=True))
            prev_end = c + 1
        for cand in cands:
            self._judge(cand, out)

    # --- judging and emitting -------------------------------------------------------------------

    def _judge_and_emit(self, cand: _Cand) -> bool:
        out: list[_Quote] = []
        said = self._judge(cand, out)
        for q in out:
            self._report(q)
        return said

    def _judge(self, cand: _Cand, out: list[_Quote]) -> bool:
        """Whether ``cand`` is speech; if so, the quote it makes (if any is left of it) goes to ``out``."""
        parts: list[tuple[int, int]] = []
        for s, e in cand.parts:
            pieces, inner = self._speech_parts(s, e, tail=cand.unclosed)
            parts += pieces
            cand.inner = cand.inner or inner
        cand.parts = parts
        if not self._is_speech(cand):
            return False
        att = cand.after or cand.inner
        if att is None:
            before = self._read_before(cand)
            att = before.attribution if before else None
        q = self._quote(cand, att)
        if q:
            out.append(q)
        return True

    def _read_before(self, c: _Cand) -> Before | None:
        if not c.read:
            c.before, c.read = self._before(*c.where), True
        return c.before

    def _naming(self, c: _Cand) -> bool:
        """A word that names things right before the opening mark («партия «…»», 'a group called "…"')."""
        _, o, lo = c.where
        w = _LAST_WORD.search(self.text, max(lo, o - 40), o)
        return bool(w and _NAMING.search(w.group(1)))

    def _is_speech(self, c: _Cand) -> bool:
        if c.after or c.inner:
            return True
        before = self._read_before(c)
        if before and before.adjacent:
            return True
        if c.multi:
            return True
        quoted = " ".join(self.text[s:e] for s, e in c.parts).strip()
        words = sum(1 for _ in islice(_WORDS.finditer(quoted), 6))  # only how it compares with 2, 4 and 6 counts
        if words <= 2 or not quoted or (c.pair and self._naming(c)):
            return False
        capital = quoted[0].isupper() or (not quoted[0].isalnum() and quoted[1:2].isupper())
        if c.unclosed:
            return words >= 6 and capital
        if before:
            return not capital or words >= 4
        return words >= 6 and (quoted[-1] in ".!?…" or bool(_INNER_END.search(quoted)))

    def _emit(self, cand: _Cand, att: Attribution | None) -> None:
        q = self._quote(cand, att)
        if q:
            self._report(q)

    def _quote(self, cand: _Cand, att: Attribution | None) -> _Quote | None:
        """What is reported of a quote: its parts stripped of white space, none empty (None if
        nothing is left), its cuts and attribution."""
        text = self.text
        parts = [_strip(text, s, e) for s, e in cand.parts]
        parts = [(s, e) for s, e in parts if e > s]
        if not parts:
            return None
        find = text.find  # every cut has "…" or "...": look for those first, it is faster than the regex
        cuts = tuple((m.start(), m.end()) for s, e in parts if find("…", s, e) >= 0 or find("...", s, e) >= 0
                     for m in _CUT.finditer(text, s, e))
        return tuple(parts), cuts, att

    def _report(self, q: _Quote) -> None:
        """Add a quote to the result, the speaker resolved against the people named so far."""
        parts, cuts, att = q
        speaker = att.speaker if att else None
        if att and speaker and att.pronoun:
            speaker = self.people.resolve(speaker, att.speaker_start)
        elif att and speaker and not speech.title_word(speaker):
            self.people.add(speaker, att.end)
        self.out.append(Found(
            start=parts[0][0], end=parts[-1][1], parts=parts, speaker=speaker,
            verb=att.verb if att else None, attribution=(att.start, att.end) if att else None, cuts=cuts,
        ))


_INNER_END = lazy(r"[.!?…]\s+[A-ZА-ЯЁ«\"“„]")


def _strip(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e
