"""Who said it: the speech verbs, speakers and person names around a quote (Russian and English).

Everything here reads a bounded stretch of text at a given offset, so a caller that asks once
per quote stays linear in the text. Speakers are returned as written: a name («Касым-Жомарт
Токаев», «К.-Ж. Токаев», "Janet Mills"), a title («президент», «глава государства», "mayor")
or a pronoun («он», "he") for the caller to resolve.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from reader.core.lazyre import lazy

_UP = "A-ZА-ЯЁ"
_LO = "a-zа-яё"
DASHES = "—–−‒―"  # em, en, minus (U+2212, as the clean sample writes it), figure dash, bar
DASH = f"[{DASHES}]"
DASH_OR_HYPHEN = f"[{DASHES}-]"


def _wordlist(words: str) -> list[str]:
    return words.split()


_RU_PAST = _wordlist(
    "сказал заявил подчеркнул отметил добавил сообщил констатировал пояснил уточнил заключил считал "
    "говорил заметил подытожил резюмировал указал признал рассказал ответил напомнил объяснил "
    "предупредил призвал написал процитировал заверил возразил продолжил спросил воскликнул произнес "
    "произнёс посетовал пожаловал убеждал настаивал уверял подчеркивал подчёркивал отмечал заявлял "
    "сообщал добавлял пообещал признавал"
)
_RU_PRESENT = _wordlist(
    "говорит говорят заявляет заявляют отмечает отмечают подчеркивает подчёркивает подчеркивают "
    "подчёркивают добавляет добавляют сообщает сообщают поясняет поясняют уточняет уточняют считает "
    "считают рассказывает рассказывают пишет пишут констатирует констатируют указывает указывают "
    "заключает полагает полагают уверен уверена уверены убежден убеждена убеждены убеждён уверяет "
    "признает признаёт напоминает напоминают объясняет объясняют предупреждает резюмирует говорится "
    "отмечается сообщается подчеркивается подчёркивается указывается"
)
_EN_VERBS = _wordlist(
    "said says say told tells added adds warned warns stated noted explained explains asked asks "
    "replied replies wrote writes continued insisted insists argued argues declared announced remarked "
    "recalled recalls admitted admits acknowledged conceded concluded emphasized emphasised stressed "
    "stresses observed commented confirmed claimed"
)



def _trie(words: list[str]) -> str:
    """A regex alternation of ``words`` factored by common prefixes («с(?:каз|ообщ)…»): it matches
    what ``'|'.join(words)`` matches, and a regex scanning text with it tries a few letters at
    each word, not every word (three times faster over a text)."""
    tree: dict[str, dict] = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def alternation(node: dict[str, dict]) -> str:
        alts = [re.escape(ch) + alternation(rest) for ch, rest in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else f"(?:{'|'.join(alts)})"
        return f"(?:{body})?" if "" in node else body

    return alternation(tree)


VERB_RE = lazy(
    r"(?<![\w-])(?:"
    r"по\s+(?:(?:его|её|ее|их)\s+)?словам|according\s+to"
    rf"|{_trie(_RU_PAST)}(?:а|и|о)?(?:сь|ся)?"
    rf"|{_trie(_RU_PRESENT + _EN_VERBS)}"
    r")(?![\w-])",
    re.IGNORECASE,
)
# "по словам X" and "according to X": the speaker follows in the genitive / as an object
_ACCORDING = lazy(r"по\s+словам|according\s+to", re.IGNORECASE)
_PO_POSSESSIVE = lazy(r"по\s+(его|её|ее|их)\s+словам", re.IGNORECASE)

PRONOUN_RE = lazy(r"(?:он|она|они|he|she|they)(?![\w-])", re.IGNORECASE)
_POSSESSIVE = {"его": "он", "её": "она", "ее": "она", "их": "они"}

_RU_TITLES = _wordlist(
    "президент премьер-министр премьер вице-премьер министр замминистра вице-министр спикер мэр аким "
    "губернатор представител пресс-секретар депутат сенатор председател директор руководител генсек "
    "секретар посол посла послом эксперт аналитик политолог экономист источник чиновник лидер советник "
    "помощник прокурор судья адвокат синоптик журналист корреспондент ведущ глав"
)
_EN_TITLES = _wordlist(
    "president prime minister premier minister secretary mayor governor spokesman spokeswoman "
    "spokesperson official senator lawmaker representative chairman chairwoman director chief ceo "
    "ambassador expert analyst economist meteorologist forecaster professor doctor police sheriff "
    "officer commissioner manager source lawyer attorney judge aide adviser advisor leader reporter"
)
_TITLE_WORD = (
    r"(?:глав[аыеуо]й?\s+[\w-]+"  # «глава государства», «главы МИД»: the title needs its complement
    r"|head\s+of\s+(?:the\s+)?[\w-]+"
    r"|prime\s+minister"
    rf"|{_trie([t for t in _RU_TITLES if t != 'глав'])}[а-яё]{{0,3}}"
    rf"|{_trie([t for t in _EN_TITLES if t != 'prime'])}(?:s|es)?"
    r")(?![\w-])"
)
TITLE_RE = lazy(
    r"(?:(?:the|a|an)\s+(?:[a-z'’-]+\s+){0,2}?|[а-яё]+(?:ый|ий|ой|ая|яя)\s+)?"
    rf"(?P<t>{_TITLE_WORD})",
    re.IGNORECASE,
)
_TITLE_ONLY = lazy(_TITLE_WORD, re.IGNORECASE)

_CAP = rf"[{_UP}][{_LO}]+(?:[-'’][{_UP}][{_LO}]+)*"
_INIT = rf"(?:[{_UP}]\.(?:\s?-\s?[{_UP}]\.)*\s?)+"  # «К.-Ж. », «В.В. », "J. R. "
_PATRO = rf"[{_UP}][{_LO}]+(?:ович|евич|ич|овна|евна|ична|инична)"
_NAME = rf"(?:{_INIT}{_CAP}|{_CAP}(?:\s+{_PATRO})?(?:\s+{_CAP})?)"
_HONORIFIC = r"(?:Mr|Mrs|Ms|Dr|Gov|Sen|Rep|Prof|Gen|Lt|Col|Capt|Sgt)\.\s+"
NAME_RE = lazy(rf"(?:{_HONORIFIC})?(?P<n>{_NAME})(?![\w-])")
_RU_SURNAME = (
    r"[А-ЯЁ][а-яё]+(?:ов|ев|ёв|ин|ын|ова|ева|ёва|ина|ына|ский|цкий|ская|цкая|енко|ук|юк|ян|дзе|швили|ич)"
    r"(?:а|у|ым|ом|ой|ым|ого|ому|е)?"
)
_RU_FIRST = r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?"
# after a title, a name must look like one: «Касым-Жомарт Токаев», «Кошанов», "Joe Biden", "Smith"
_STRONG_NAME = lazy(
    rf"(?:{_HONORIFIC})?(?P<n>{_INIT}{_CAP}|{_RU_FIRST}(?:\s+{_PATRO})?\s+{_RU_SURNAME}|{_RU_SURNAME}"
    r"|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?![\w-])"
)
# capitalised words that start sentences or name no one
_NOT_NAMES = frozenset(_wordlist(
    "the this that these those it its in on at a an and but or if as so we i you they he she his her "
    "our their there here when while after before for from with by of to however also yet then "
    "в на по с со к из за о об и а но или что это эти этот эта он она они его её ее их мы я вы ты "
    "также как когда если после до при для от же ведь однако поэтому кроме тем там здесь сегодня "
    "вчера завтра президент глава министр"
))

_SPACE = lazy(r"\s+")
_WORDCHARS = lazy(r"[\w-]+")
_FILLER = lazy(rf"[{_LO}\d'’-]+,?", re.IGNORECASE)


@dataclass(frozen=True)
class Attribution:
    """A speaker and a speech verb found next to a quote; offsets into the text."""

    start: int
    end: int
    verb: str | None
    speaker: str | None
    speaker_start: int = -1  # where the speaker is written (pronouns resolve from here)
    pronoun: bool = False


def _is_name(s: str) -> bool:
    """Not a capitalised word that starts sentences or names no one («В», "The", «Также»)."""
    m = re.match(r"\w+", s)
    if m is None or s[m.end():m.end() + 1] == ".":
        return m is not None  # initials: «К.-Ж. Токаев»
    return m.group().lower() not in _NOT_NAMES


def speaker_at(text: str, pos: int, stop: int) -> tuple[str, int, int, bool] | None:
    """The speaker written at ``pos`` (a pronoun, a title, a name): (as written, start, end, pronoun)."""
    m = PRONOUN_RE.match(text, pos, stop)
    if m:
        return m.group(), m.start(), m.end(), True
    m = TITLE_RE.match(text, pos, stop)
    if m:
        after = _name_after_title(text, m.end(), stop)
        if after:
            return after
        return m.group("t"), m.start("t"), m.end(), False
    m = NAME_RE.match(text, pos, stop)
    if m and _is_name(m.group("n")):
        return m.group("n"), m.start("n"), m.end(), False
    return None


def _name_after_title(text: str, pos: int, stop: int) -> tuple[str, int, int, bool] | None:
    """«спикер мажилиса Ерлан Кошанов», "President Joe Biden": the name behind a title, if any."""
    p = pos
    for skip in range(3):
        m = _SPACE.match(text, p, stop)
        if not m:
            return None
        p = m.end()
        n = _STRONG_NAME.match(text, p, stop)
        if n and _is_name(n.group("n")) and (skip == 0 or not n.group("n").isascii() or " " in n.group("n")):
            return n.group("n"), n.start("n"), n.end(), False
        w = _WORDCHARS.match(text, p, stop)
        if not w or w.group().lower() in _NOT_NAMES:
            return None
        p = w.end()
    return None


def _verb_then_speaker(text: str, verb: re.Match[str], stop: int) -> Attribution:
    """"сказал он", «подчеркнул президент», "said the mayor"; up to two words between."""
    p = verb.end()
    for _ in range(3):
        m = _SPACE.match(text, p, stop)
        if not m:
            break
        sp = speaker_at(text, m.end(), stop)
        if sp:
            return Attribution(verb.start(), sp[2], verb.group(), sp[0], sp[1], sp[3])
        w = _FILLER.match(text, m.end(), stop)
        if not w or w.group().endswith(","):
            break
        p = w.end()
    return Attribution(verb.start(), verb.end(), verb.group(), None)


def _speaker_then_verb(text: str, pos: int, stop: int) -> Attribution | None:
    """"Mills said", "he said", "a spokesman for the company said"; up to four words between."""
    sp = speaker_at(text, pos, stop)
    if not sp:
        return None
    p = sp[2]
    for _ in range(5):
        m = _SPACE.match(text, p, stop)
        if not m:
            return None
        v = VERB_RE.match(text, m.end(), stop)
        if v:
            return Attribution(sp[1], v.end(), v.group(), sp[0], sp[1], sp[3])
        w = _FILLER.match(text, m.end(), stop)
        if not w or w.group().endswith(","):
            return None
        p = w.end()
    return None


_REPORTED = lazy(r"\s*,?\s*(?:что|чтобы|that)(?![\w-])", re.IGNORECASE)


def clause_at(text: str, pos: int, stop: int) -> Attribution | None:
    """An attribution clause starting at ``pos``: verb then speaker, or speaker then verb.

    «отметил, что …» is reported speech that merely follows, not an attribution.
    """
    v = VERB_RE.match(text, pos, stop)
    if v:
        possessive = _PO_POSSESSIVE.fullmatch(v.group())
        if possessive:
            return Attribution(v.start(), v.end(), v.group(), possessive.group(1), v.start() + possessive.start(1), True)
        if _ACCORDING.fullmatch(v.group()):
            sp = speaker_at(text, v.end() + 1, stop) if v.end() < stop and text[v.end()].isspace() else None
            if not sp:
                return None
            return Attribution(v.start(), sp[2], v.group(), sp[0], sp[1], sp[3])
        att: Attribution | None = _verb_then_speaker(text, v, stop)
    else:
        att = _speaker_then_verb(text, pos, stop)
    if att is None or _REPORTED.match(text, att.end, stop):
        return None
    return att


_AFTER_LEAD = lazy(rf"[ \t]*(?P<p>[,.!?…;:]?)[ \t]*(?P<d>{DASH_OR_HYPHEN}[ \t]*)?")


def after(text: str, pos: int, stop: int, last: str) -> Attribution | None:
    """The attribution right after a closing quote mark at ``pos``: «», − подчеркнул президент», '," Mills said'.

    ``last`` is the last character inside the marks. Speech is set off from its attribution by
    punctuation, inside the marks or after them; without it the words after a quote are the
    sentence going on («"Врачи без границ" заявили»). A sentence end outside the marks with no
    dash («». Он отметил…») starts a new sentence, not an attribution.
    """
    m = _AFTER_LEAD.match(text, pos, stop)
    if not m:
        return None
    punct, dash = m.group("p"), m.group("d")
    if punct in (".", "!", "?", "…") and not dash:
        return None
    if dash and dash == "-" and m.end() == m.start("d") + 1:
        return None  # "Nur Otan"-ом: a hyphen glued to the word is no dash
    if not punct and not dash and last not in ",!?…;:.":
        return None
    att = clause_at(text, m.end(), stop)
    if att and not punct and not dash and last in ".!?…" and att.speaker is None:
        return None  # '"It will." Said nothing more': a new sentence
    return att


_SENT_END = lazy(rf"(?<![\s.\-][{_UP}])[.!?…]+[»\"”']?\s+")
_PO_SLOVAM_END = lazy(
    r"(?:по\s+словам\s+(?P<sp>\S.*?)|по\s+(?P<pos>его|её|ее|их)\s+словам|according\s+to\s+(?P<en>\S.*?))\s*[,:]?\s*$",
    re.IGNORECASE,
)
_ADJACENT_GAP = lazy(r"[\s,]*(?:(?:что|that)\s*)?[:,]?\s*", re.IGNORECASE)
_SPEAKER_END = lazy(
    rf"(?:(?P<pr>(?<![\w-])(?:он|она|они|he|she|they))|(?P<ti>(?<![\w-]){_TITLE_WORD})|(?P<na>(?<![\w-]){_NAME}))[\s,]*$",
)
_SPEAKER_END_I = lazy(
    rf"(?:(?P<pr>(?<![\w-])(?:он|она|они|he|she|they))|(?P<ti>(?<![\w-]){_TITLE_WORD}))[\s,]*$", re.IGNORECASE
)


@dataclass(frozen=True)
class Before:
    attribution: Attribution
    adjacent: bool  # the verb (or «по словам») is right before the quote: «сказал: «…»», 'said "no"'


def sentence_start(text: str, lo: int, pos: int) -> int:
    start = lo
    for m in _SENT_END.finditer(text, lo, pos):
        start = m.end()
    return start


def before(text: str, lo: int, pos: int) -> Before | None:
    """The attribution before an opening quote mark at ``pos``, in the same sentence (from ``lo``)."""
    s = sentence_start(text, lo, pos)
    m = _PO_SLOVAM_END.search(text, s, pos)
    if m:
        return _po_slovam(text, m, pos)
    verb = None
    for v in VERB_RE.finditer(text, s, pos):
        verb = v
    if verb is None:
        return None
    sp = _speaker_before(text, s, verb.start())
    att_end = verb.end()
    if sp is None:
        after_sp = speaker_at(text, verb.end() + 1, pos) if verb.end() < pos and text[verb.end()].isspace() else None
        if after_sp:
            sp = after_sp
            att_end = after_sp[2]
    gap = text[att_end:pos]
    adjacent = bool(_ADJACENT_GAP.fullmatch(gap)) or (gap.rstrip().endswith(":") and len(gap.split()) <= 8)
    start = min(verb.start(), sp[1]) if sp else verb.start()
    att = Attribution(start, max(att_end, verb.end()), verb.group(), sp[0] if sp else None,
                      sp[1] if sp else -1, sp[3] if sp else False)
    return Before(att, adjacent)


def _po_slovam(text: str, m: re.Match[str], pos: int) -> Before | None:
    """«По словам министра, «…»», «По его словам, «…»», "According to Smith, "…""."""
    if m.group("pos"):
        verb = _PO_POSSESSIVE.match(text, m.start(), pos)
        if verb is None:
            return None
        att = Attribution(verb.start(), verb.end(), verb.group(), m.group("pos"), m.start("pos"), True)
        return Before(att, True)
    g = "sp" if m.group("sp") else "en"
    sp = speaker_at(text, m.start(g), pos)
    if sp is None or sp[2] < m.end(g):
        return None
    written = text[m.start():m.start(g)].rstrip()
    return Before(Attribution(m.start(), sp[2], written, sp[0], sp[1], sp[3]), True)


def _speaker_before(text: str, lo: int, pos: int) -> tuple[str, int, int, bool] | None:
    """The speaker written right before a verb at ``pos``: «Токаев заявил», "the mayor said"."""
    lo = max(lo, pos - 80)
    m = _SPEAKER_END_I.search(text, lo, pos) or _SPEAKER_END.search(text, lo, pos)
    if not m:
        return None
    if m.group("pr"):
        return m.group("pr"), m.start("pr"), m.end("pr"), True
    if m.group("ti"):
        after_title = _name_after_title(text, m.end("ti"), pos)
        if after_title:
            return after_title
        return m.group("ti"), m.start("ti"), m.end("ti"), False
    n = NAME_RE.match(text, m.start("na"), pos)
    if n and _is_name(n.group("n")):
        return n.group("n"), n.start("n"), n.end("n"), False
    return None


def title_word(s: str) -> bool:
    return bool(_TITLE_ONLY.fullmatch(s))


# --- people named in the text, for pronouns ------------------------------------------------------

_MENTION_RE = lazy(
    rf"(?:{_HONORIFIC}|(?<![\w-])(?:President|Mayor|Governor|Senator|Judge|Minister|Chief|Officer)\s+)"
    rf"(?P<a>{_CAP}(?:\s+{_CAP})?)(?![\w-])"
    rf"|(?<![\w-])(?P<b>{_INIT}{_RU_SURNAME})(?![\w-])"
    rf"|(?<![\w-])(?P<c>[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?(?:\s+{_PATRO})?\s+{_RU_SURNAME}[ауеы]?)(?![\w-])"
    rf"|(?<![\w-])(?P<d>[A-Z][a-z]+\s+[A-Z][a-z]+)(?=,\s+(?:a|an|the)\s|\s+(?:said|says|told)\b)"
)
_MASCULINE = lazy(r"(?:ов|ев|ёв|ин|ын|ский|цкий)$")


class People:
    """Named people in the text, found incrementally as the caller moves forward."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.scanned = 0
        self.ends: list[int] = []
        self.names: list[str] = []

    def add(self, name: str, end: int) -> None:
        i = bisect_right(self.ends, end)
        self.ends.insert(i, end)
        self.names.insert(i, name)

    def _scan(self, upto: int) -> None:
        if upto <= self.scanned:
            return
        for m in _MENTION_RE.finditer(self.text, self.scanned, upto):
            name = m.group("a") or m.group("b") or m.group("c") or m.group("d")
            if _is_name(name):
                self.add(name, m.end())
        self.scanned = upto

    def resolve(self, pronoun: str, pos: int) -> str:
        """The nearest person named before ``pos`` (for «она» not a masculine surname); else the pronoun."""
        low = pronoun.lower()
        if low in ("они", "they", "их"):
            return pronoun
        self._scan(pos)
        i = bisect_right(self.ends, pos) - 1
        feminine = low in ("она", "её", "ее")
        while i >= 0:
            name = self.names[i]
            if not (feminine and _MASCULINE.search(name)):
                return name
            i -= 1
        return pronoun
