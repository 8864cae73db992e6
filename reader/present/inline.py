"""The inline view's text: the newer (right) version in order, the older one's losses in place.

One column, as in a word processor's tracked changes: the right version's text with the words
the left version had and the right one lacks put back where they stood (``removed``, shown
struck through), added words marked ``added``, a replacement as its old words (``removed``)
followed by its new ones (``added``), a deleted sentence ``removed`` at its place among the
in-place sentences, an inserted one ``added``, a moved sentence ``moved`` at its new place
(and nothing at its old one), page clutter ``clutter`` or, while clutter is folded, left out.

Made from the comparison's own rows and word ops (``reader.present.rows``, and the kinds'
rule of ``reader.present.kinds``), never by re-diffing, and without Qt.
"""

from __future__ import annotations

from reader.core.model import Comparison, Segment
from reader.present.kinds import Kind, segment_kind, word_kind
from reader.present.rows import Row, rows

InlineRun = tuple[str, Kind | None]  # text and its kind; None is plain text


def inline_runs(comparison: Comparison, show_clutter: bool = False) -> list[InlineRun]:
    """The inline view's runs, in reading order; adjacent runs of one kind are joined, and
    where white space of both versions meets, only the widest of it is kept (a paragraph break
    over a space)."""
    out: list[InlineRun] = []
    for row in rows(comparison):
        if row.kind == "link":
            _link_row(comparison, row, out)
        else:
            _gap_row(comparison, row, show_clutter, out)
    runs = _tidy(out)
    if runs and runs[0][1] is None:  # no blank lines at the top (where folded clutter was)
        runs[0] = (runs[0][0].lstrip(), None)
    return [run for run in runs if run[0]]


def _link_row(comp: Comparison, row: Row, out: list[InlineRun]) -> None:
    """An in-place row: the right text with each link's word ops put in."""
    right = comp.right.document.text
    left = comp.left.document.text
    segs = comp.right.segments[row.right[0]:row.right[1]]
    if not segs:
        return
    pos, end = segs[0].start, segs[-1].end
    for link in (comp.links[n] for n in row.links):
        for op in sorted(link.ops, key=lambda o: (o.right_start, o.left_start)):
            if op.right_start > pos:
                out.append((right[pos:op.right_start], None))
            kind = word_kind(comp, op)
            old, new = left[op.left_start:op.left_end], right[op.right_start:op.right_end]
            if kind in ("removed", "changed"):
                out.append((old, "removed"))
            if new:
                out.append((new, "added" if kind in ("added", "changed") else None))
            pos = max(pos, op.right_end)
    if end > pos:
        out.append((right[pos:end], None))


def _gap_row(comp: Comparison, row: Row, show_clutter: bool, out: list[InlineRun]) -> None:
    """Between in-place links: the left version's deleted sentences first, where they stood,
    then what the right version has there (inserted and moved sentences, clutter)."""
    segs = comp.left.segments

    def removed(i: int) -> bool:
        return 0 <= i < len(segs) and segs[i].kind == "sentence" and _kind(comp, segs[i]) == "removed"

    for i in range(row.left[0], row.left[1]):
        seg = segs[i]
        if removed(i):
            out.append((comp.left.document.text[seg.start:seg.end], "removed"))
        elif seg.kind == "space" and (removed(i - 1) or removed(i + 1)):  # the space round a removal
            out.append((comp.left.document.text[seg.start:seg.end], None))
    for seg in comp.right.segments[row.right[0]:row.right[1]]:
        kind = None if seg.kind == "space" else _kind(comp, seg)
        if kind == "clutter" and not show_clutter:
            continue
        out.append((comp.right.document.text[seg.start:seg.end], kind))


def _kind(comp: Comparison, seg: Segment) -> Kind | None:
    """How a sentence of a gap row shows: its segment kind, or ``moved`` for a linked sentence
    (in a gap, a link is out of order: a move). On the left only ``removed`` is shown."""
    kind = segment_kind(seg)
    if kind is None and seg.link is not None:
        return "moved"
    return kind


def _tidy(runs: list[InlineRun]) -> list[InlineRun]:
    """Drop empty runs, keep one white space where plain white space runs meet (the one with
    the most line breaks, then the longest), and join neighbours of one kind."""
    spaced: list[InlineRun] = []
    for text, kind in runs:
        if not text:
            continue
        blank = kind is None and not text.strip()
        if blank and spaced and spaced[-1][1] is None and not spaced[-1][0].strip():
            if (text.count("\n"), len(text)) > (spaced[-1][0].count("\n"), len(spaced[-1][0])):
                spaced[-1] = (text, None)
            continue
        spaced.append((text, kind))
    out: list[InlineRun] = []
    for text, kind in spaced:
        if out and out[-1][1] == kind:
            out[-1] = (out[-1][0] + text, kind)
        else:
            out.append((text, kind))
    return out


__all__ = ["InlineRun", "inline_runs"]
