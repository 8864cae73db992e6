"""The data the core produces: documents, segments, links, word ops, statistics.

Everything here is a frozen dataclass of plain types, so a Comparison can be handed to any
view or exporter (Qt, HTML, JSON, terminal) without them recomputing anything.
All offsets are ``[start, end)`` indices into ``Document.text`` (a Python ``str``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from reader.core.options import Options

SegmentStatus = Literal["equal", "changed", "moved", "inserted", "deleted", "boilerplate", "space"]
LinkKind = Literal["equal", "changed", "moved"]
OpTag = Literal["equal", "replace", "delete", "insert"]


@dataclass(frozen=True)
class Document:
    """One version of a text, decoded.

    ``text`` has its line ends normalised to ``\\n`` (``newline`` records what the file used)
    and no byte-order mark; every offset in the core points into it.
    """

    text: str
    name: str = ""
    path: str | None = None
    encoding: str = "utf-8"
    newline: str = "\n"
    size: int = 0  # bytes on disk (or given), before decoding

    @classmethod
    def from_text(cls, text: str, name: str = "") -> Document:
        """A document from a Python string (line ends normalised like a loaded file)."""
        from reader.core.loading import normalise_newlines

        norm, newline = normalise_newlines(text)
        return cls(text=norm, name=name, newline=newline, size=len(text.encode("utf-8")))


@dataclass(frozen=True)
class Segment:
    """A piece of one side's text. A side's segments tile its text, in order.

    ``kind`` is ``"sentence"`` or ``"space"`` (whitespace between sentences).
    ``status`` says how the comparison sees it; ``link`` is the index of its Link or None.
    """

    index: int
    start: int
    end: int
    kind: Literal["sentence", "space"]
    status: SegmentStatus
    paragraph: int
    link: int | None = None


@dataclass(frozen=True)
class WordOp:
    """One step of the word-level diff inside a link, offsets into each side's text.

    For ``insert`` the left range is empty (positioned where the words would go), for
    ``delete`` the right range is.
    """

    tag: OpTag
    left_start: int
    left_end: int
    right_start: int
    right_end: int


@dataclass(frozen=True)
class Link:
    """Joins a run of left sentences to a run of right sentences.

    ``left``/``right`` are ``(first, last)`` segment indices, inclusive; a run may span
    several sentences (a split or a merge), with the space segments between them.
    ``kind`` is ``moved`` when the pair is out of order relative to the other links;
    ``changed`` tells whether the wording differs under the options (a moved link may be
    changed too). ``ops`` tile both ranges' text (from the first sentence start to the last
    sentence end) with equal/replace/delete/insert steps. ``similarity`` is the share of
    the pair's non-space characters in equal runs: 1.0 exactly when nothing differs.
    """

    index: int
    kind: LinkKind
    left: tuple[int, int]
    right: tuple[int, int]
    left_span: tuple[int, int]
    right_span: tuple[int, int]
    similarity: float
    changed: bool
    ops: tuple[WordOp, ...] = ()
    score: float = 1.0


@dataclass(frozen=True)
class Side:
    document: Document
    segments: tuple[Segment, ...]
    title: str


@dataclass(frozen=True)
class Stats:
    """Shares are fractions (0..1) of the characters of non-boilerplate sentences.

    ``unchanged`` counts characters in equal word runs of in-place links; ``changed`` the
    characters in replaced runs; ``added``/``removed`` inserted/deleted sentences plus
    inserted/deleted word runs; ``moved`` the characters of moved links. The left side's
    shares use left characters (removed is left-only); ``added`` is measured on the right.
    ``similarity`` is a percentage: matched characters over all characters of both sides.
    """

    similarity: float
    unchanged: float
    changed: float
    added: float
    removed: float
    moved: float
    sentences_left: int
    sentences_right: int
    equal: int
    changed_pairs: int
    moved_pairs: int
    inserted: int
    deleted: int
    boilerplate_left: int
    boilerplate_right: int


QuoteStatus = Literal["verbatim", "altered", "no source", "kept", "reported", "dropped"]


@dataclass(frozen=True)
class QuoteSource:
    """Where a quote's words come from in the other version: ``[start, end)`` offsets into that
    side's text; ``quoted`` is False when the source is unquoted text (reported speech)."""

    side: Literal["left", "right"]
    start: int
    end: int
    quoted: bool


@dataclass(frozen=True)
class Quote:
    """A direct quote of one version and what became of it in the other.

    ``start``/``end`` are the offsets of the quoted words (without the quote marks); ``parts``
    the pieces when attribution interrupts the quote or it spans paragraphs (one piece
    otherwise). ``speaker`` and ``verb`` are as the text gives them (None when it does not).

    ``status``: on the right (newer) side ``"verbatim"`` (equal under the options),
    ``"altered"`` or ``"no source"``; on the left (older) side the quote's fate: ``"kept"``,
    ``"altered"``, ``"reported"`` (its words are in the other version, unquoted) or
    ``"dropped"``. ``removed``/``added`` are the words cut from / put into the quote against its
    source; ``marked_cuts`` the cut words where the quote marks the cut («…», "(...)", "[...]").
    ``ops`` compare the quote with its source, as a link's word ops do (left offsets into the
    left text, right into the right). ``counterpart`` is the index of the quote it was matched
    with on the other side, if any; ``joins_apart`` says the quote joins source parts that are
    not next to each other there.
    """

    index: int
    side: Literal["left", "right"]
    start: int
    end: int
    parts: tuple[tuple[int, int], ...]
    speaker: str | None
    verb: str | None
    status: QuoteStatus
    source: QuoteSource | None = None
    removed: tuple[str, ...] = ()
    added: tuple[str, ...] = ()
    marked_cuts: tuple[str, ...] = ()
    attribution_changed: bool = False
    ops: tuple[WordOp, ...] = ()
    counterpart: int | None = None
    joins_apart: bool = False


@dataclass(frozen=True)
class Comparison:
    left: Side
    right: Side
    links: tuple[Link, ...]
    stats: Stats
    options: Options
    quotes: tuple[Quote, ...] = ()  # both sides' quotes, left ones first, each in text order

    def side(self, which: Literal["left", "right"]) -> Side:
        return self.left if which == "left" else self.right
