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
from dataclasses import dataclass

from reader.core.quotes import speech
from reader.core.quotes.marks import OPENERS, Local, analyse, closes, outermost
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

_SEP = re.compile(rf"(?P<p>[,.!?…]?)(?:[ \t]*{DASH}|[ \t]+-)[ \t]+")  # «…, — сказал он», «…! — крикнул он»
_CONT = re.compile(rf"[ \t]*[,.:;]?(?:[ \t]*{DASH}|[ \t]+-)[ \t]+")  # «сказал он, — …», «сказал он. — …»
_JOIN = re.compile(rf"[ \t]*[,.;:]?[ \t]*(?:{DASH}[ \t]*)?")  # '"A," he said, "B."'
_CUT = re.compile(r"[(\[][ \t]*(?:\.{3}|…)[ \t]*[)\]]|\.{3,}|…")
_WORDS = re.compile(r"\w+(?:[-'’]\w+)*")
_LAST_WORD = re.compile(r"([\w-]+)[ \t]*$")
_NAMING = re.compile(
    r"(?:парти|компани|организаци|фонд|движени|газет|журнал|издани|агентств|телеканал|канал|программ|проект"
    r"|закон|указ|фильм|книг|роман|песн|операци|банк|холдинг|корпораци|ассоциаци|союз|блок|фракци|кампани"
    r"|акци|назван|называем|именуем|бренд|марк|сериал|передач|клуб|команд|предприяти|общественн|объединени"
    r"|group|party|company|organi[sz]ation|campaign|program|programme|project|operation|film|movie|book"
    r"|album|song|newspaper|magazine|called|named|dubbed|titled|so-called|brand|show|series)\w*$",
    re.IGNORECASE,
)


@dataclass
class _Cand:
    """A quote being judged: its pieces and what stands around it."""

    parts: list[tuple[int, int]]
    after: Attribution | None = None
    inner: Attribution | None = None
    before: Before | None = None
    multi: bool = False
    unclosed: bool = False
    naming: bool = False


def find_quotes(text: str) -> list[Found]:
    """The direct quotes of ``text`` (speech only, not names or scare quotes), in text order."""
    return _Finder(text).run()


def _is_dialogue(text: str, p: Span) -> bool:
    c = text[p.start]
    return (c in DASHES or c == "-") and p.start + 1 < p.end and text[p.start + 1] in " \t\u00a0"


class _Finder:
    def __init__(self, text: str) -> None:
        self.text = text
        self.paras = paragraphs(text)
        self.local: dict[int, Local] = {}
        self.people = People(text)
        self.out: list[Found] = []
        self.last_dialogue = -2

    def loc(self, i: int) -> Local:
        got = self.local.get(i)
        if got is None:
            p = self.paras[i]
            got = self.local[i] = analyse(self.text, p.start, p.end)
        return got

    def run(self) -> list[Found]:
        i, lo = 0, -1
        while i < len(self.paras):
            p = self.paras[i]
            if lo < 0 and _is_dialogue(self.text, p):
                self._dialogue(i)
                i += 1
                continue
            i, lo = self._marked(i, max(lo, p.start))
        self.out.sort(key=lambda f: f.start)
        return self.out

    # --- dialogue paragraphs: «— Текст, — сказал он.» ------------------------------------------

    def _dialogue(self, i: int) -> None:
        text, p = self.text, self.paras[i]
        s = p.start + 1
        while s < p.end and text[s] in " \t\u00a0":
            s += 1
        parts, att = self._speech_parts(s, p.end, tail=True)
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
        cur = s
        for m in _SEP.finditer(text, s, e):
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
        local = self.loc(i)
        tail = local.tail if local.tail and local.tail[0] >= lo else None
        pairs = [q for q in local.pairs if q[0] >= lo]
        cut = tail[0] if tail else p.end
        self._pairs(outermost([q for q in pairs if q[0] < cut]), i, lo)
        if tail is None:
            return i + 1, -1
        went_on = self._continue(i, tail)
        if went_on:
            parts, close, j = went_on
            cand = _Cand(parts, multi=True)
            cand.after = speech.after(self.text, close + 1, self.paras[j].end, self.text[close - 1])
            cand.before = self._before(i, tail[0], p.start)
            self._judge_and_emit(cand)
            return j, close + 1
        cand = _Cand([(tail[0] + 1, p.end)], unclosed=True)
        cand.before = self._before(i, tail[0], lo)
        if not self._judge_and_emit(cand):
            self._pairs(outermost([q for q in pairs if q[0] > cut]), i, tail[0] + 1)
        return i + 1, -1

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
            return self._introduced(i)
        return got

    def _pairs(self, pairs: list[tuple[int, int, str]], i: int, lo: int) -> None:
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
            cand = _Cand([(o + 1, c)], after=after)
            cand.before = self._before(i, o, prev_end)
            w = _LAST_WORD.search(text, max(prev_end, o - 40), o)
            cand.naming = bool(w and _NAMING.search(w.group(1)))
            cands.append(cand)
            prev_end = c + 1
        for cand in cands:
            self._judge_and_emit(cand)

    # --- judging and emitting -------------------------------------------------------------------

    def _judge_and_emit(self, cand: _Cand) -> bool:
        parts: list[tuple[int, int]] = []
        for s, e in cand.parts:
            pieces, inner = self._speech_parts(s, e, tail=cand.unclosed)
            parts += pieces
            cand.inner = cand.inner or inner
        cand.parts = parts
        if not self._is_speech(cand):
            return False
        before = cand.before.attribution if cand.before else None
        self._emit(cand, cand.after or cand.inner or before)
        return True

    def _is_speech(self, c: _Cand) -> bool:
        if c.after or c.inner or (c.before and c.before.adjacent):
            return True
        if c.multi:
            return True
        quoted = " ".join(self.text[s:e] for s, e in c.parts).strip()
        words = len(_WORDS.findall(quoted))
        if words <= 2 or c.naming or not quoted:
            return False
        capital = quoted[0].isupper() or (not quoted[0].isalnum() and quoted[1:2].isupper())
        if c.unclosed:
            return words >= 6 and capital
        if c.before:
            return not capital or words >= 4
        return words >= 6 and (quoted[-1] in ".!?…" or bool(_INNER_END.search(quoted)))

    def _emit(self, cand: _Cand, att: Attribution | None) -> None:
        text = self.text
        parts = [_strip(text, s, e) for s, e in cand.parts]
        parts = [(s, e) for s, e in parts if e > s]
        if not parts:
            return
        speaker = att.speaker if att else None
        if att and speaker and att.pronoun:
            speaker = self.people.resolve(speaker, att.speaker_start)
        elif att and speaker and not speech.title_word(speaker):
            self.people.add(speaker, att.end)
        cuts = tuple((m.start(), m.end()) for s, e in parts for m in _CUT.finditer(text, s, e))
        self.out.append(Found(
            start=parts[0][0], end=parts[-1][1], parts=tuple(parts), speaker=speaker,
            verb=att.verb if att else None, attribution=(att.start, att.end) if att else None, cuts=cuts,
        ))


_INNER_END = re.compile(r"[.!?…]\s+[A-ZА-ЯЁ«\"“„]")


def _strip(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e
