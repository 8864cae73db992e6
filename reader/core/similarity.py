"""How alike two sentences are, for pairing them across versions.

A sentence becomes a sparse vector: its words' Snowball stems (Russian for Cyrillic words,
English for the rest), plus the character 4-grams of each word padded with spaces at half
weight, which catch forms a stemmer leaves apart (двоих/двух, победил/победителем,
Евровидения-2015/Евровидении-2015). Each feature is weighted by its IDF over the sentences
being paired, so a rare name or number counts for more than «в», «года» or "the". Two
sentences score the cosine of their vectors: symmetric, 1.0 for the same words, 0.0 for
nothing shared.

Chosen by measurement on real rewordings (`bench/bench_align.py`): against Dice over the
first five letters of each word, the stems and IDF lift the recall of near paraphrases most;
the 4-grams then hold precision where stems alone mismatch.
"""

from __future__ import annotations

import math
from collections import Counter
from functools import lru_cache

import Stemmer

from reader.core.lazyre import lazy
from reader.core.segment import WORD_RE

GRAM = 4            # character n-grams of each word, padded with one space on each side
GRAM_WEIGHT = 0.5   # an n-gram counts half as much as a stem
_CYRILLIC = lazy("[а-яё]")
_RUSSIAN = Stemmer.Stemmer("russian")
_ENGLISH = Stemmer.Stemmer("english")

Vector = dict[str, float]


@lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """The Snowball stem of a case-folded word (numbers are their own stem)."""
    if word[:1].isdigit():
        return word
    return (_RUSSIAN if _CYRILLIC.search(word) else _ENGLISH).stemWord(word)


@lru_cache(maxsize=1 << 16)
def _word_features(word: str) -> tuple[str, ...]:
    padded = f" {word} "
    return tuple(padded[k:k + GRAM] for k in range(max(1, len(padded) - GRAM + 1)))


def features(loose: str) -> dict[str, float]:
    """Feature counts of a sentence already case-folded (stems are marked with a leading tab,
    which no n-gram has)."""
    out: dict[str, float] = {}
    for word in WORD_RE.findall(loose):
        key = "\t" + stem(word)
        out[key] = out.get(key, 0.0) + 1.0
        for gram in _word_features(word):
            out[gram] = out.get(gram, 0.0) + GRAM_WEIGHT
    return out


class Weights:
    """IDF over a collection of feature counts: ``log((n + 1) / (df + 1)) + 1``."""

    def __init__(self, collection: list[dict[str, float]]):
        self.df: Counter = Counter()
        for counts in collection:
            self.df.update(counts.keys())
        top = math.log(len(collection) + 1) + 1.0
        self._idf = {f: top - math.log(n + 1) for f, n in self.df.items()}
        self._unseen = top

    def idf(self, feature: str) -> float:
        return self._idf.get(feature, self._unseen)

    def vector(self, counts: dict[str, float]) -> Vector:
        """Weighted, not normalised (sums of these are the vectors of sentence groups)."""
        idf = self._idf
        return {f: c * idf[f] if f in idf else c * self._unseen for f, c in counts.items()}


def norm(vector: Vector) -> float:
    return math.sqrt(sum([x * x for x in vector.values()]))


def dot(a: Vector, b: Vector) -> float:
    return sum([a[f] * b[f] for f in a.keys() & b.keys()])


def cosine(a: Vector, b: Vector) -> float:
    """Cosine of two weighted vectors, rounded to 9 places so that the order of summation
    (which side is iterated) never changes a comparison."""
    na, nb = norm(a), norm(b)
    if not na or not nb:
        return 0.0
    return round(min(dot(a, b) / (na * nb), 1.0), 9)


def unit_cosine(a: Vector, b: Vector) -> float:
    """``cosine`` of two vectors already of length 1 (or empty)."""
    return round(min(dot(a, b), 1.0), 9)


def unit(vector: Vector) -> Vector:
    """``vector`` scaled to length 1."""
    n = norm(vector)
    return {f: x / n for f, x in vector.items()} if n else {}


def add(vectors: list[Vector]) -> Vector:
    """The sum of several vectors: the vector of a group of sentences read as one."""
    if len(vectors) == 1:
        return vectors[0]
    out: dict[str, float] = {}
    for v in vectors:
        for f, x in v.items():
            out[f] = out.get(f, 0.0) + x
    return out


def containment(part: Vector, whole: Vector) -> float:
    """Share of ``part``'s weight on features ``whole`` has too (how much of a fragment's
    wording lies inside a longer sentence)."""
    total = sum(part.values())
    return sum([part[f] for f in part.keys() & whole.keys()]) / total if total else 0.0


__all__ = ["Weights", "add", "containment", "cosine", "dot", "features", "norm", "stem", "unit", "unit_cosine"]
