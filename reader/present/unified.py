"""The article as a stream of sentences, one per line, and a unified diff a reader can follow.

An appendix to the HTML page and the terminal summary, for readers used to ``diff -u``. It is
made from the comparison's own pairing (``reader.present.rows``), not by re-diffing the two
streams: each changed pair is its old sentences (``-``) right above its new ones (``+``), a
deleted sentence is a ``-`` line and an inserted one a ``+`` line where they stand, a moved
sentence is a ``-`` line at its old place and a ``+`` line at its new one, each marked with
where the other is, and unchanged sentences around a change are context lines (`` ``). A line
is an article sentence (page clutter is left out) and a hunk's ``@@ -l,n +r,m @@`` counts
sentences, as numbered in the text summary.

    --- a.txt
    +++ b.txt
    @@ -2,3 +2,3 @@
     Unchanged sentence before.
    -The old wording of a sentence.
    +The new wording of the sentence.
    -A sentence that moved. [⇄ moved to right sentence 9]
     Unchanged sentence after.
"""

from __future__ import annotations

from collections.abc import Iterator

from reader.core.model import Comparison, Segment, Side
from reader.i18n import translate
from reader.present.format import display_name, one_line
from reader.present.kinds import Which, segment_kind
from reader.present.rows import rows, sentence_numbers


def sentence_stream(side: Side) -> list[str]:
    """The side's article sentences, one per line, clutter left out."""
    text = side.document.text
    return [_line(text, s) for s in side.segments if _article(s)]


def _article(seg: Segment) -> bool:
    return seg.kind == "sentence" and seg.status != "boilerplate"


def _line(text: str, seg: Segment) -> str:
    return one_line(text[seg.start:seg.end]).strip()


def diff_entries(comparison: Comparison, lang: str = "en") -> list[tuple[str, str]]:
    """Every article sentence of both versions in reading order as (sign, text): `` `` for an
    unchanged one (the left version's words), ``-`` for one only the left version has there,
    ``+`` for one only the right version has there; a moved sentence carries a note of where it
    went or came from."""
    numbers = {"left": sentence_numbers(comparison.left), "right": sentence_numbers(comparison.right)}
    texts = {"left": comparison.left.document.text, "right": comparison.right.document.text}
    sign = {"left": "-", "right": "+"}

    def moved_note(which: Which, seg: Segment) -> str:
        link = comparison.links[seg.link] if seg.link is not None else None
        if link is None:
            return ""
        other: Which = "right" if which == "left" else "left"
        peer = numbers[other].get((link.right if which == "left" else link.left)[0])
        template = "moved to right sentence {n}" if which == "left" else "moved from left sentence {n}"
        return f" [⇄ {translate('present', template, lang).format(n=peer)}]" if peer else ""

    spans_order: tuple[Which, Which] = ("left", "right")
    out: list[tuple[str, str]] = []
    for row in rows(comparison):
        if row.kind == "link":
            for n in row.links:
                link = comparison.links[n]
                ends: dict[Which, tuple[int, int]] = {"left": link.left, "right": link.right}
                segs = {which: [seg for seg in comparison.side(which).segments[first:last + 1] if _article(seg)]
                        for which, (first, last) in ends.items()}
                if not link.changed:
                    out += [(" ", _line(texts["left"], seg)) for seg in segs["left"]]
                    continue
                for which in spans_order:
                    out += [(sign[which], _line(texts[which], seg)) for seg in segs[which]]
            continue
        spans: dict[Which, tuple[int, int]] = {"left": row.left, "right": row.right}
        for which, (first, stop) in spans.items():
            for seg in comparison.side(which).segments[first:stop]:
                if not _article(seg):
                    continue
                note = moved_note(which, seg) if segment_kind(seg) == "moved" else ""
                out.append((sign[which], _line(texts[which], seg) + note))
    return out


def unified_lines(comparison: Comparison, context: int = 1, lang: str = "en") -> Iterator[str]:
    """The unified diff of the module's docstring, without line ends; nothing when the article
    sentences are the same. ``context``: unchanged sentences shown either side of a change."""
    entries = diff_entries(comparison, lang)
    changed = [i for i, (sign, _) in enumerate(entries) if sign != " "]
    if not changed:
        return
    yield f"--- {display_name(comparison.left, lang)}"
    yield f"+++ {display_name(comparison.right, lang)}"
    # where each entry stands: the number of left and right lines before it
    before: list[tuple[int, int]] = []
    lpos = rpos = 0
    for sign, _ in entries:
        before.append((lpos, rpos))
        lpos += sign != "+"
        rpos += sign != "-"
    hunks: list[list[int]] = []  # [first, stop) entries
    for i in changed:
        first, stop = max(0, i - context), min(len(entries), i + context + 1)
        if hunks and first <= hunks[-1][1]:
            hunks[-1][1] = max(hunks[-1][1], stop)
        else:
            hunks.append([first, stop])
    for first, stop in hunks:
        part = entries[first:stop]
        nleft = sum(sign != "+" for sign, _ in part)
        nright = sum(sign != "-" for sign, _ in part)
        lstart, rstart = before[first]
        yield f"@@ -{_range(lstart, nleft)} +{_range(rstart, nright)} @@"
        yield from (sign + text for sign, text in part)


def _range(before: int, count: int) -> str:
    """A hunk's range as ``diff -u`` writes it: the first line (1-based; the line before when
    empty) and the count, left out when it is one."""
    if count == 1:
        return str(before + 1)
    return f"{before + (count > 0)},{count}"
