"""The one vocabulary of differences, and the one rule that decides a word's kind.

Every view marks text with one of five kinds:

- ``removed``: only in the left version (words, or a whole deleted sentence);
- ``added``: only in the right version (words, or a whole inserted sentence);
- ``changed``: words replaced by other words (marked on both sides);
- ``moved``: a sentence that sits elsewhere in the other version;
- ``clutter``: page furniture (menus, tickers, credits), folded away.

The rule for a word op, applied by the exports and the reader alike: what a reader can see
is what counts. A side that is blank (white space only, or nothing) has no words, so a
replacement with one blank side is a removal (or an addition) of the other side's words, just
like a deletion (or an insertion); a difference in white space alone marks nothing. Before
this rule lived here, the reader called such a replacement "removed" while the HTML and the
terminal called it replaced.
"""

from __future__ import annotations

from typing import Literal

from reader.core.model import Comparison, Segment, WordOp

Kind = Literal["removed", "added", "changed", "moved", "clutter"]
WordKind = Literal["removed", "added", "changed"]
Which = Literal["left", "right"]

KINDS: tuple[Kind, ...] = ("removed", "added", "changed", "moved", "clutter")

_SEGMENT_KINDS: dict[str, Kind] = {
    "deleted": "removed", "inserted": "added", "moved": "moved", "boilerplate": "clutter",
}


def is_blank(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds nothing a reader sees (white space or nothing)."""
    return not text[start:end].strip()


def word_kind(comparison: Comparison, op: WordOp) -> WordKind | None:
    """The kind of a word op: None for equal words and for white space changed into white space."""
    if op.tag == "equal":
        return None
    left_blank = is_blank(comparison.left.document.text, op.left_start, op.left_end)
    right_blank = is_blank(comparison.right.document.text, op.right_start, op.right_end)
    if left_blank and right_blank:
        return None
    if right_blank:
        return "removed"
    if left_blank:
        return "added"
    return "changed"


def marks_side(kind: WordKind, which: Which) -> bool:
    """Whether a word op of ``kind`` marks words on ``which`` side; the other side of a
    removal or an addition only shows where the words were or went (a caret)."""
    return kind == "changed" or (kind == "removed") == (which == "left")


def segment_kind(seg: Segment) -> Kind | None:
    """The kind a whole segment shows as, from its status: deleted, inserted and moved
    sentences, and clutter; None for linked in-place sentences and white space."""
    return _SEGMENT_KINDS.get(seg.status)
