"""Whether two attributions of a quote agree: the same person, the same speech verb.

Speakers are compared as written. Two names are the same person when their surnames are the
same word (any case ending: «Токаев», «Касым-Жомарт Токаев», «К.-Ж. Токаев»). A title and a name
are the same person when one of the texts says so: the title followed by the name in one
sentence («Президент Казахстана, председатель партии Касым-Жомарт Токаев», «главы государства
Касым-Жомарта Токаева»), or the name followed by a comma and the title («Токаев, президент
Казахстана»). Two titles are the same when one holds the other's words («президент»,
«президент Казахстана») or the texts name the same person after both. A pronoun, or no
speaker at all, is taken to agree with anyone: it says nothing either way.

Verbs are the same when their Snowball stems are («сказал», «сказала»; "says", "say").
"""

from __future__ import annotations

import re
from functools import lru_cache

from reader.core.lazyre import lazy
from reader.core.segment import WORD_RE
from reader.core.similarity import stem

_PRONOUN_TEXT = "он она они оно he she they it я мы i we"
_PRONOUNS = frozenset(_PRONOUN_TEXT.split())
_TITLE_TEXT = (
    "президент премьер министр глав спикер мэр аким губернатор председател представител депутат сенатор "
    "директор руководител секретар посол пресс-секретар генсек лидер советник помощник прокурор судья "
    "эксперт аналитик источник чиновник "
    "president premier minister mayor governor spokes chairman chairwoman director chief secretary "
    "ambassador senator official head leader adviser advisor aide prosecutor judge expert analyst source"
)
_TITLES = _TITLE_TEXT.split()
_CAPITAL_WORD = lazy(r"[A-ZА-ЯЁ][\w'’-]*")
_SENTENCE_END = lazy(r"[!?\n;]|(?<![A-ZА-ЯЁ])\.\s")
_WINDOW = 100  # characters after a title searched for the name it goes with


def _words(s: str) -> list[str]:
    return [w.casefold().replace("ё", "е") for w in WORD_RE.findall(s)]


def same_word(a: str, b: str) -> bool:
    """The same word in any case ending: the shorter is the longer's start, but for its last letter
    («Токаев», «Токаева»; «Иванова», «Иванову»)."""
    n = min(len(a), len(b))
    common = 0
    while common < n and a[common] == b[common]:
        common += 1
    return common >= max(n - 1, min(n, 3))


def _stem_pattern(word: str) -> str:
    """A word in any case ending, as a regular expression."""
    head = word if len(word) <= 4 else word[:max(4, len(word) - 2)]
    return r"(?<![\w-])" + re.escape(head) + r"[\w-]{0,4}(?![\w-])"


def is_title(words: list[str]) -> bool:
    return any(words[0].startswith(t) for t in _TITLES)


@lru_cache(maxsize=1024)
def same_verb(a: str | None, b: str | None) -> bool:
    if not a or not b or a == b:
        return True
    return [stem(w) for w in _words(a)] == [stem(w) for w in _words(b)]


class People:
    """Who the texts say a title is (looked up once per title)."""

    def __init__(self, *texts: str):
        self.texts = texts
        self._after: dict[str, set[str]] = {}
        self._same: dict[tuple[str, str], bool] = {}

    def same(self, a: str | None, b: str | None) -> bool:
        """Whether speakers ``a`` and ``b`` (as written) are, as far as the texts tell, one person."""
        if not a or not b or a == b:
            return True
        got = self._same.get((a, b))
        if got is None:
            got = self._same[(a, b)] = self._same[(b, a)] = self._compare(a, b)
        return got

    def _compare(self, a: str, b: str) -> bool:
        wa, wb = _words(a), _words(b)
        if not wa or not wb or wa[0] in _PRONOUNS or wb[0] in _PRONOUNS:
            return True
        ta, tb = is_title(wa) or not a[:1].isupper(), is_title(wb) or not b[:1].isupper()
        if not ta and not tb:
            return same_word(wa[-1], wb[-1])
        if ta and tb:
            return (_holds(wa, wb) or _holds(wb, wa)
                    or any(same_word(x, y) for x in self.names_after(wa) for y in self.names_after(wb)))
        title, name = (wa, wb) if ta else (wb, wa)
        return any(same_word(name[-1], n) for n in self.names_after(title)) or self._name_then_title(name, title)

    def names_after(self, title: list[str]) -> set[str]:
        """The capitalised words (case-folded) that follow ``title`` in the same sentence of any text."""
        k = " ".join(title)
        got = self._after.get(k)
        if got is None:
            got = set()
            pattern = lazy(r"\s+".join(_stem_pattern(w) for w in title), re.IGNORECASE)
            for text in self.texts:
                for m in pattern.finditer(text):
                    window = text[m.end():m.end() + _WINDOW]
                    stop = _SENTENCE_END.search(window)
                    window = window[:stop.start()] if stop else window
                    got.update(w.casefold().replace("ё", "е") for w in _CAPITAL_WORD.findall(window))
            self._after[k] = got
        return got

    def _name_then_title(self, name: list[str], title: list[str]) -> bool:
        """«Токаев, президент Казахстана»: the name, a comma, the title."""
        pattern = lazy(_stem_pattern(name[-1]) + r"\s*,\s*" + r"\s+".join(_stem_pattern(w) for w in title),
                             re.IGNORECASE)
        return any(pattern.search(text) for text in self.texts)


def _holds(words: list[str], other: list[str]) -> bool:
    """Every word of ``words`` is one of ``other``'s («президент» in «президент Казахстана»)."""
    return all(any(same_word(w, o) for o in other) for w in words)


def attribution_changed(people: People, speaker: str | None, verb: str | None,
                        other_speaker: str | None, other_verb: str | None) -> bool:
    """Whether a quote's attribution differs from its source's: another person, or another verb."""
    return not same_verb(verb, other_verb) or not people.same(speaker, other_speaker)
