"""The changes of a comparison as a list reads them (the reader's Changes list, like Word's
Revisions pane): one row per change stop of ``reader.present.spans``, in the same order as
Next Change goes through them.

A row says the change's kind, the numbers of the sentences it touches on each side (as the
exports number them: article sentences, clutter left out) and a short excerpt of the words
changed: ``методы → меры`` for replaced words, ``−прежде всего`` for cut words,
``+По его словам`` for added ones; a removed or added sentence shows its first words after
``−`` or ``+``, a moved one its first words. No Qt, no language: the kinds are translated by
whoever shows them.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from reader.core.model import Comparison
from reader.present.format import words_only
from reader.present.kinds import Which, word_kind
from reader.present.quotes import shorten
from reader.present.rows import sentence_numbers
from reader.present.spans import Change, ChangeKind

EXCERPT_WIDTH = 80  # characters of an excerpt at most
NO_SENTENCE = "—"   # the numbers of a side the change has no sentence on


@dataclass(frozen=True)
class ChangeRow:
    """One change as a list shows it. ``left``/``right``: the first and last numbers of the
    sentences the change covers on that side, None when it covers none there (an addition on
    the left, a removal on the right)."""

    index: int  # into the change stops (``ViewData.changes``)
    kind: ChangeKind
    left: tuple[int, int] | None
    right: tuple[int, int] | None
    excerpt: str

    @property
    def left_label(self) -> str:
        return numbers_label(self.left)

    @property
    def right_label(self) -> str:
        return numbers_label(self.right)


def numbers_label(numbers: tuple[int, int] | None) -> str:
    """``"4"``, ``"4–6"``, or ``"—"`` for none."""
    if numbers is None:
        return NO_SENTENCE
    first, last = numbers
    return str(first) if first == last else f"{first}–{last}"


class _Numbers:
    """The numbered (article) sentences of one side, to look up by character range."""

    def __init__(self, comparison: Comparison, which: Which):
        side = comparison.side(which)
        numbers = sentence_numbers(side)
        segs = [side.segments[i] for i in sorted(numbers)]
        self._starts = [s.start for s in segs]
        self._ends = [s.end for s in segs]
        self._numbers = [numbers[s.index] for s in segs]

    def covering(self, span: tuple[int, int]) -> tuple[int, int] | None:
        start, end = span
        if end <= start:
            return None
        first = bisect_right(self._ends, start)  # the first sentence ending after start
        last = bisect_left(self._starts, end) - 1  # the last sentence starting before end
        if first > last:
            return None
        return self._numbers[first], self._numbers[last]


def _one(text: str) -> str:
    return " ".join(text.split())


def words_changed(comparison: Comparison, link_index: int) -> str:
    """The words a link's ops change, on one line: ``old → new · −cut · +added``. Changes of
    punctuation alone show as they are (``, → ;``) when nothing else changed."""
    link = comparison.links[link_index]
    left, right = comparison.left.document.text, comparison.right.document.text
    parts: list[str] = []
    bare: list[str] = []  # the changes without words, in case there is nothing else
    for op in link.ops:
        kind = word_kind(comparison, op)
        if kind is None:
            continue
        old_raw, new_raw = _one(left[op.left_start:op.left_end]), _one(right[op.right_start:op.right_end])
        old, new = words_only(old_raw), words_only(new_raw)
        if kind == "changed" and old and new:
            parts.append(f"{old} → {new}")
        elif kind in ("changed", "removed") and old:
            parts.append(f"−{old}")
        elif kind in ("changed", "added") and new:
            parts.append(f"+{new}")
        elif kind == "changed":
            bare.append(f"{old_raw} → {new_raw}")
        else:
            bare.append(f"−{old_raw}" if kind == "removed" else f"+{new_raw}")
    return " · ".join(parts or bare)


def excerpt(comparison: Comparison, change: Change) -> str:
    """A change's words on one line, at most ``EXCERPT_WIDTH`` characters."""
    left, right = comparison.left.document.text, comparison.right.document.text
    if change.kind == "removed":
        text = "−" + _one(left[change.left[0]:change.left[1]])
    elif change.kind == "added":
        text = "+" + _one(right[change.right[0]:change.right[1]])
    elif change.kind == "moved":
        text = _one(right[change.right[0]:change.right[1]])
    elif change.link is not None:
        text = words_changed(comparison, change.link)
    else:
        text = ""
    return shorten(text, EXCERPT_WIDTH)


def change_rows(comparison: Comparison, changes: tuple[Change, ...] | list[Change]) -> list[ChangeRow]:
    """One row per change stop, in their order."""
    numbers = {"left": _Numbers(comparison, "left"), "right": _Numbers(comparison, "right")}
    return [ChangeRow(i, change.kind, numbers["left"].covering(change.left), numbers["right"].covering(change.right),
                      excerpt(comparison, change))
            for i, change in enumerate(changes)]
