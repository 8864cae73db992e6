"""Quotes as every view shows them: verdicts, the words changed, which quotes a report lists.

The core (``Comparison.quotes``) finds each version's direct quotes and what became of them.
This module decides how that reads, once, so the HTML page, the terminal report and the
desktop reader say the same thing:

- the verdict of a quote: its label (``verbatim``, ``altered``, ``no source`` for the right,
  newer version; ``kept``, ``altered``, ``reported``, ``dropped`` for the left, older one), a
  sentence explaining it, and a tone the views colour it by;
- which quotes a report lists, in what order: every quote of the right version, in text
  order, then the left version's quotes that the right one only reports or drops;
- the quote against its source as runs of words, always read from the older version to the
  newer (removed words are the left version's, added ones the right's), like ``[-…-]{+…+}``;
- one-line texts, counts and short summaries of what changed.

Everything reads the Comparison only; nothing here re-diffs or finds quotes.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from reader.core.model import Comparison, Quote, QuoteStatus
from reader.i18n import translate
from reader.present.format import one_line, plural
from reader.present.kinds import Which, word_kind
from reader.present.rows import sentence_numbers

# The verdicts each side can have, in the order counts list them.
RIGHT_STATUSES: tuple[QuoteStatus, ...] = ("verbatim", "altered", "no source")
LEFT_STATUSES: tuple[QuoteStatus, ...] = ("kept", "altered", "reported", "dropped")
STATUSES: dict[Which, tuple[QuoteStatus, ...]] = {"left": LEFT_STATUSES, "right": RIGHT_STATUSES}

# The left version's quotes that a report lists after the right version's.
LOST: tuple[QuoteStatus, ...] = ("reported", "dropped")

# How a verdict is coloured: the kinds' vocabulary (reader.present.kinds) plus "same".
Tone = Literal["same", "changed", "added", "moved", "removed"]
TONE: dict[QuoteStatus, Tone] = {
    "verbatim": "same", "kept": "same", "altered": "changed", "no source": "added",
    "reported": "moved", "dropped": "removed",
}

EXPLANATION: dict[tuple[Which, QuoteStatus], str] = {
    ("right", "verbatim"): "quoted word for word as in the left version",
    ("right", "altered"): "words changed against the left version",
    ("right", "no source"): "its words are not in the left version",
    ("left", "kept"): "quoted word for word in the right version",
    ("left", "altered"): "quoted in the right version with words changed",
    ("left", "reported"): "its words are in the right version, but not as a quote",
    ("left", "dropped"): "neither quoted nor reported in the right version",
}

TITLE = "Quotes"
LOST_TITLE = "Quotes of the left version no longer quoted"
NONE_FOUND = "No direct quotes found in either version."
NO_ATTRIBUTION = "no speaker named"
PARAGRAPH_MARK = " ¶ "    # between the parts of a quote that runs over a paragraph break
INTERRUPTED_MARK = " … "  # between the parts of a quote that attribution interrupts
ELIDED_MARK = "…"         # unchanged words left out of a shortened run of changes

RunKind = Literal["same", "removed", "added", "changed", "gap", "elided"]


@dataclass(frozen=True)
class Run:
    """A stretch of a quote read against its source.

    ``same``: words both have (``text`` is the quote's own); ``removed``: the left version's
    words that the right one lacks (``old``); ``added``: the right version's words that the left
    one lacks (``new``); ``changed``: ``old`` became ``new``; ``gap``: where the quote's parts
    meet (``text`` is ``PARAGRAPH_MARK`` or ``INTERRUPTED_MARK``); ``elided``: unchanged words left
    out (``ELIDED_MARK``). Texts are on one line (white space runs become one space).
    """

    kind: RunKind
    old: str = ""
    new: str = ""

    @property
    def text(self) -> str:
        """What the run shows of the quote itself (the old words for a removal)."""
        return self.old if self.kind == "removed" else self.new


@dataclass(frozen=True)
class Place:
    """Where a quote (or its source) is: the side, its sentence (segment index) and that
    sentence's number among the side's article sentences, as the exports number them."""

    side: Which
    segment: int | None
    number: int | None
    lang: str = "en"

    @property
    def label(self) -> str:
        """``"right sentence 4"``, or ``"right version"`` when no numbered sentence holds it."""
        if self.number is None:
            return _tr(f"{self.side} version", self.lang)
        return _tr(f"{self.side} sentence {{number}}", self.lang).format(number=self.number)


@dataclass(frozen=True)
class SourceView:
    """A quote's source as shown: its text on one line, whether it is quoted there, where."""

    text: str
    quoted: bool
    place: Place


@dataclass(frozen=True)
class QuoteView:
    """One quote as every view shows it."""

    quote: Quote
    label: str                   # the verdict: "verbatim", "altered", …
    explanation: str             # the verdict in a sentence (tool tips, legends)
    tone: Tone
    attribution: str             # "Касым-Жомарт Токаев сказал"; "" when the text names no one
    text: str                    # the quoted words on one line, the parts joined by their marks
    place: Place
    source: SourceView | None
    runs: tuple[Run, ...]        # the quote against its source, older words first
    changes: str                 # "3 words cut, 1 marked as a cut; 1 word added" ("" when none)
    notes: tuple[str, ...]       # "attribution changed", …
    lang: str = "en"             # the language of the labels and sentences above

    @property
    def who(self) -> str:
        """The attribution, or ``NO_ATTRIBUTION`` when the text names no one."""
        return self.attribution or _tr(NO_ATTRIBUTION, self.lang)

    @property
    def changed(self) -> bool:
        """Whether any word differs from the source."""
        return any(run.kind in ("removed", "added", "changed") for run in self.runs)


@dataclass(frozen=True)
class QuoteReport:
    """What a report of the quotes lists: ``right`` every quote of the right version, in text
    order; ``lost`` the left version's quotes that the right one reports or drops, in text order;
    ``counts`` each side's quotes by verdict (every verdict of the side, zeros included)."""

    right: tuple[QuoteView, ...]
    lost: tuple[QuoteView, ...]
    counts: dict[Which, dict[QuoteStatus, int]]
    lang: str = "en"

    @property
    def empty(self) -> bool:
        return not any(sum(c.values()) for c in self.counts.values())

    def count_line(self, which: Which) -> str:
        """``"3 quotes (2 verbatim, 1 altered)"``, zeros left out; ``"no quotes"``."""
        counts = self.counts[which]
        total = sum(counts.values())
        if not total:
            return _tr("no quotes", self.lang)
        shown = ", ".join(f"{n} {status_label(status, self.lang, n)}" for status, n in counts.items() if n)
        return f"{plural(total, 'quote', lang=self.lang)} ({shown})"


def _tr(text: str, lang: str) -> str:
    return translate("present", text, lang)


def status_label(status: QuoteStatus, lang: str = "en", n: int = 1) -> str:
    """A verdict's word: ``"altered"``; in Russian the quote's gender and number, «изменена»,
    «изменены» (after a count ``n`` above one, in the catalog as ``"altered (many)"``)."""
    if lang == "en":
        return status
    return _tr(status if n == 1 else f"{status} (many)", lang)


class _Places:
    """Where offsets are, sentence by sentence, on both sides (worked out once per report)."""

    def __init__(self, comparison: Comparison, lang: str = "en"):
        self.lang = lang
        self.numbers = {which: sentence_numbers(comparison.side(which)) for which in ("left", "right")}
        self._sentences = {which: [seg for seg in comparison.side(which).segments if seg.kind == "sentence"]
                           for which in ("left", "right")}
        self._ends = {which: [seg.end for seg in segs] for which, segs in self._sentences.items()}

    def at(self, which: Which, offset: int) -> Place:
        """The sentence holding ``offset`` (or the first sentence after it)."""
        k = bisect_right(self._ends[which], offset)
        if k == len(self._ends[which]):
            return Place(which, None, None, self.lang)
        seg = self._sentences[which][k]
        return Place(which, seg.index, self.numbers[which].get(seg.index), self.lang)


def quote_report(comparison: Comparison, lang: str = "en") -> QuoteReport:
    """The quotes a report lists, as views, and the counts by verdict; the words in ``lang``."""
    places = _Places(comparison, lang)
    quotes = sorted(comparison.quotes, key=lambda q: (q.side, q.start, q.end))
    right = tuple(quote_view(comparison, q, places) for q in quotes if q.side == "right")
    lost = tuple(quote_view(comparison, q, places) for q in quotes if q.side == "left" and q.status in LOST)
    counts: dict[Which, dict[QuoteStatus, int]] = {}
    for which in ("left", "right"):
        counts[which] = {status: 0 for status in STATUSES[which]}
        for q in comparison.quotes:
            if q.side == which:
                counts[which][q.status] = counts[which].get(q.status, 0) + 1
    return QuoteReport(right, lost, counts, lang)


def quote_view(comparison: Comparison, q: Quote, places: _Places | None = None, lang: str | None = None) -> QuoteView:
    """One quote as shown, its words in ``lang`` (default: the language of ``places``, else
    English). ``places``: where the sentences are, if already worked out."""
    lang = lang or (places.lang if places else "en")
    places = places or _Places(comparison, lang)
    own = comparison.side(q.side).document.text
    source = None
    if q.source is not None:
        src_side = comparison.side(q.source.side)
        source = SourceView(one_line(src_side.document.text[q.source.start:q.source.end]).strip(), q.source.quoted,
                            places.at(q.source.side, q.source.start))
    return QuoteView(
        quote=q,
        label=status_label(q.status, lang),
        explanation=_tr(EXPLANATION.get((q.side, q.status), q.status), lang),
        tone=TONE[q.status],
        attribution=attribution(q),
        text=quote_text(own, q.parts or ((q.start, q.end),)),
        place=places.at(q.side, q.start),
        source=source,
        runs=quote_runs(comparison, q),
        changes=changes_summary(q, lang),
        notes=notes(q, lang),
        lang=lang,
    )


def attribution(q: Quote) -> str:
    """Speaker and verb as the text gives them, ``"Токаев сказал"``; "" when neither is given."""
    return " ".join(one_line(part).strip() for part in (q.speaker, q.verb) if part and part.strip())


def words(items: Iterable[str]) -> int:
    """How many words a list of words (or runs of words) holds; punctuation does not count."""
    return sum(1 for item in items for token in item.split() if any(ch.isalnum() for ch in token))


def changes_summary(q: Quote, lang: str = "en") -> str:
    """The words changed in a sentence: ``"3 words cut (1 marked as a cut); 1 word added"``."""
    out = []
    # the engine lists a cut marked by an ellipsis in marked_cuts only, never in removed too
    silent, marked, added = words(q.removed), words(q.marked_cuts), words(q.added)
    if silent and marked:
        out.append(_tr("{words} cut ({marked} marked as a cut)", lang).format(
            words=plural(silent + marked, "word", lang=lang), marked=marked))
    elif silent:
        out.append(_tr("{words} cut", lang).format(words=plural(silent, "word", lang=lang)))
    elif marked:
        out.append(_tr("{words} cut, marked as a cut", lang).format(words=plural(marked, "word", lang=lang)))
    if added:
        out.append(_tr("{words} added", lang).format(words=plural(added, "word", lang=lang)))
    return "; ".join(out)


def notes(q: Quote, lang: str = "en") -> tuple[str, ...]:
    """What else a reader should know about the quote, in words."""
    other = "left" if q.side == "right" else "right"
    out = []
    if q.attribution_changed:
        out.append(_tr("attribution changed", lang))
    if q.joins_apart:
        out.append(_tr(f"joins words that are apart in the {other} version", lang))
    if q.source is not None and not q.source.quoted and q.side == "right":
        out.append(_tr("not a quote in the left version", lang))
    return tuple(out)


def quote_text(text: str, parts: Iterable[tuple[int, int]]) -> str:
    """The quote's parts on one line, joined by the mark of what lies between them."""
    out: list[str] = []
    last: int | None = None
    for start, end in parts:
        if last is not None:
            out.append(_gap_mark(text, last, start))
        out.append(one_line(text[start:end]).strip())
        last = end
    return "".join(out)


def _gap_mark(text: str, end: int, start: int) -> str:
    """A paragraph break between two parts (only space and quote marks lie between), or an
    interruption (attribution)."""
    between = text[end:start]
    if "\n" in between and not re.sub(r"[\s\"'«»„“”‘’‚‹›–—-]", "", between):
        return PARAGRAPH_MARK
    return INTERRUPTED_MARK


# ---------------------------------------------------------------- the quote against its source

class _Builder:
    """Collects runs; the quote's own words are cut to its parts, with a gap run between parts."""

    def __init__(self, text: str, parts: tuple[tuple[int, int], ...]):
        self.text = text
        self.parts = parts
        self.runs: list[Run] = []
        self.part: int | None = None  # the part the last own words came from
        self.pending_space = False  # the other version's words just added were followed by a space

    def own(self, start: int, end: int) -> list[tuple[int, str]]:
        """The quote's own text in ``[start, end)``: (part number, text) for each part it touches."""
        out = []
        for k, (lo, hi) in enumerate(self.parts):
            a, b = max(start, lo), min(end, hi)
            if a < b:
                out.append((k, one_line(self.text[a:b])))
        return out

    def enter(self, part: int) -> None:
        """Own words of ``part`` come next: a gap run first when they are from another part."""
        if self.part is not None and part != self.part:
            self.add(Run("gap", new=_gap_mark(self.text, self.parts[self.part][1], self.parts[part][0])))
        self.part = part

    def add(self, run: Run) -> None:
        if not (run.old or run.new):
            return
        if self.pending_space:
            self.pending_space = False
            if not (run.old or run.new)[:1].isspace():
                self.space()
        last = self.runs[-1] if self.runs else None
        if last is not None and last.kind == run.kind and run.kind in ("same", "removed", "added"):
            self.runs[-1] = Run(run.kind, last.old + run.old, last.new + run.new)
        else:
            self.runs.append(run)

    def space(self) -> None:
        """A space, unless the words so far end with one (or there are none)."""
        if self.runs and not (self.runs[-1].new or self.runs[-1].old)[-1:].isspace():
            self.add(Run("same", new=" "))

    def add_other(self, run: Run, text: str, start: int, end: int, at: int) -> None:
        """Words of the other version, ``text[start:end]``, spaced as they are there: the quote's
        own text around them may lack the space that stood before or after them. ``at`` is where
        they go in the quote's own text: past the end of the part being read, they open the next."""
        if self.part is not None and at >= self.parts[self.part][1]:
            later = [k for k in range(self.part + 1, len(self.parts)) if self.parts[k][1] > at]
            if later:
                self.enter(later[0])
        if start > 0 and text[start - 1].isspace():
            self.space()
        else:
            self.unspace()  # they cling to the word before them there: «"живую"» read against «живую»
        self.add(run)
        self.pending_space = end < len(text) and text[end].isspace()

    def unspace(self) -> None:
        """Drop the white space the words so far end with."""
        if self.runs:
            last = self.runs[-1]
            self.runs[-1] = Run(last.kind, last.old.rstrip() if last.new == "" else last.old, last.new.rstrip())
            if not (self.runs[-1].old or self.runs[-1].new):
                self.runs.pop()

    def add_own(self, kind: RunKind, start: int, end: int) -> None:
        """The quote's own words as ``same``, ``removed`` (a left quote) or ``added`` (a right one)."""
        for part, chunk in self.own(start, end):
            self.enter(part)
            self.add(Run(kind, old=chunk) if kind == "removed" else Run(kind, new=chunk))


def quote_runs(comparison: Comparison, q: Quote) -> tuple[Run, ...]:
    """The quote against its source, from its ops, read from the older version to the newer.

    The quote's own words are only those inside its parts (an interrupting attribution is left
    out, a gap run marks it); the source's words are shown as they are. Without ops (no source,
    a dropped quote) the quote is all ``same``.
    """
    texts = {"left": comparison.left.document.text, "right": comparison.right.document.text}
    parts = q.parts or ((q.start, q.end),)
    b = _Builder(texts[q.side], parts)
    if not q.ops:
        for start, end in parts:
            b.add_own("same", start, end)
        return _strip(b.runs)
    own_kind: RunKind = "removed" if q.side == "left" else "added"  # words only the quote has
    other_kind: RunKind = "added" if q.side == "left" else "removed"  # words only the source has
    for op in q.ops:
        kind = word_kind(comparison, op)
        left, right = (op.left_start, op.left_end), (op.right_start, op.right_end)
        own_range, other_range = (left, right) if q.side == "left" else (right, left)
        other_text = texts["right" if q.side == "left" else "left"]
        other = one_line(other_text[slice(*other_range)])
        only_other = Run("removed", old=other) if other_kind == "removed" else Run("added", new=other)
        if kind is None:
            b.add_own("same", *own_range)
        elif kind == own_kind:
            b.add_own(own_kind, *own_range)
        elif kind == other_kind:
            b.add_other(only_other, other_text, *other_range, at=own_range[0])
        else:
            chunks = b.own(*own_range)
            if not chunks:  # the quote's side of the change is outside its parts
                b.add_other(only_other, other_text, *other_range, at=own_range[0])
                continue
            b.enter(chunks[0][0])
            mine = chunks[0][1]
            b.add(Run("changed", old=mine, new=other) if q.side == "left" else Run("changed", old=other, new=mine))
            for part, chunk in chunks[1:]:
                b.enter(part)
                b.add(Run("removed", old=chunk) if own_kind == "removed" else Run("added", new=chunk))
    return _strip(b.runs)


def _strip(runs: list[Run]) -> tuple[Run, ...]:
    """Leading and trailing white space of the whole quote left out; a space put between words of
    the two versions that would otherwise run together ("налогов" + "уже" from the other text)."""
    if runs and runs[0].kind == "same":
        runs[0] = Run("same", new=runs[0].new.lstrip())
    if runs and runs[-1].kind == "same":
        runs[-1] = Run("same", new=runs[-1].new.rstrip())
    out: list[Run] = []
    for run in runs:
        if not (run.old or run.new):
            continue
        if out and (out[-1].new or out[-1].old)[-1:].isalnum() and (run.old or run.new)[:1].isalnum():
            if out[-1].kind == "same":
                out[-1] = Run("same", new=out[-1].new + " ")
            elif run.kind == "same":
                run = Run("same", new=" " + run.new)
            else:
                out.append(Run("same", new=" "))
        out.append(run)
    return tuple(out)


def in_context(runs: Iterable[Run], context: int = 4) -> tuple[Run, ...]:
    """Only the changes and ``context`` words either side of each; unchanged words between are
    an ``elided`` run. No changes: nothing (there is nothing to show)."""
    runs = tuple(runs)
    changes = [k for k, run in enumerate(runs) if run.kind in ("removed", "added", "changed")]
    if not changes:
        return ()
    out: list[Run] = []
    for k, run in enumerate(runs):
        if run.kind != "same":
            out.append(run)
            continue
        after_change, before_change = k > changes[0], k < changes[-1]
        spans = [m.span() for m in re.finditer(r"\S+", run.new) if any(ch.isalnum() for ch in m.group())]
        keep = (context if after_change else 0) + (context if before_change else 0)
        if len(spans) <= keep:
            out.append(run)
            continue
        head = run.new[:spans[context][0]] if after_change else ""
        tail = run.new[spans[-context][0]:] if before_change else ""
        if head:
            out.append(Run("same", new=head))
        out.append(Run("elided", new=ELIDED_MARK))
        if tail:
            out.append(Run("same", new=" " + tail))
    return tuple(out)


def shorten(text: str, width: int = 100) -> str:
    """``text`` on one line, cut at a word boundary to at most ``width`` characters with ``…``."""
    text = one_line(text).strip()
    if len(text) <= width:
        return text
    cut = text[:width - 1]
    space = cut.rfind(" ")
    if space > width // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:–—-¶…") + "…"


__all__ = [
    "ELIDED_MARK", "EXPLANATION", "INTERRUPTED_MARK", "LEFT_STATUSES", "LOST", "LOST_TITLE", "NONE_FOUND",
    "NO_ATTRIBUTION", "PARAGRAPH_MARK", "RIGHT_STATUSES", "STATUSES", "TITLE", "TONE", "Place", "QuoteReport",
    "QuoteView", "Run", "SourceView", "Tone", "attribution", "changes_summary", "in_context", "notes",
    "quote_report", "quote_runs", "quote_text", "quote_view", "shorten", "status_label", "words",
]
