"""Fuzz of compare() on hostile random text (issue 13): random unicode with controls, quote
marks (paired, unmatched, nested), dashes, Cyrillic, and long runs of one repeated token.

`test_properties.py` checks tiling, stats, swapping and identity on ordinary input; this file
checks what the model promises about links, word ops and quotes on input made to break it.
Sized to run in a few seconds.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.core import Document, Options, compare
from reader.core.worddiff import comparable_tokens

PIECES = ["«", "»", "„", "“", "”", '"', "'", "‘", "’", "—", "–", "-", "‐", "...", "…", ".", ",", ":", "!", "?",
          "сказал", "Президент", "ёлка", "елка", "Токаев", "the", "news", "a", "b", "1", "2015",
          "\u0000", "\u0007", "\x1b[31m", "\u202e", "\u200b", "\u00ad", "\ufeff", "\t", "\r", "\n", "\n\n", " ", "\u00a0"]

pieces = st.lists(st.sampled_from(PIECES), max_size=80).map("".join)
repeated = st.tuples(st.sampled_from(["news ", "a. ", "«да» ", "— ", "Он сказал. ", "x"]),
                     st.integers(0, 300), st.lists(st.sampled_from(PIECES), max_size=5)).map(
    lambda t: t[0] * t[1] + "".join(t[2]))
unicode = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=200)
texts = st.one_of(pieces, repeated, unicode, st.tuples(pieces, repeated).map("".join))
options = st.builds(Options, ignore_case=st.booleans(), unify_quotes=st.booleans(), unify_dashes=st.booleans(),
                    ignore_whitespace=st.booleans(), ignore_punctuation=st.booleans(),
                    detect_boilerplate=st.booleans())
fuzz = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check_links(side, links, which: str) -> None:
    """Each sentence is in at most one link, which covers exactly the sentences that point to
    it; a sentence without a link is deleted, inserted or clutter; statuses follow link kinds."""
    owner: dict[int, int] = {}
    for link in links:
        first, last = getattr(link, which)
        for seg in side.segments[first:last + 1]:
            if seg.kind == "sentence":
                assert seg.index not in owner
                owner[seg.index] = link.index
    for seg in side.segments:
        if seg.kind != "sentence":
            assert seg.link is None and seg.status == "space"
        elif seg.link is None:
            assert seg.index not in owner
            assert seg.status in ("deleted" if which == "left" else "inserted", "boilerplate")
        else:
            assert owner[seg.index] == seg.link
            assert seg.status == links[seg.link].kind


def words(text: str, start: int, end: int, opts: Options) -> list[str]:
    """The tokens the word diff compares; without punctuation, sentences are compared as their
    words joined by single spaces, so white space left between dropped marks does not count."""
    keys = comparable_tokens(text, start, end, opts)[0]
    return [k for k in keys if k.strip()] if opts.ignore_punctuation else keys


@fuzz
@given(texts, texts, options)
def test_compare_keeps_its_promises_on_hostile_text(a, b, opts):
    c = compare(Document.from_text(a), Document.from_text(b), opts)
    check_links(c.left, c.links, "left")
    check_links(c.right, c.links, "right")
    left, right = c.left.document.text, c.right.document.text
    for n, link in enumerate(c.links):
        assert link.index == n
        assert link.changed == any(op.tag != "equal" for op in link.ops)
        for op in link.ops:  # an equal op is equal under the options
            if op.tag == "equal":
                assert words(left, op.left_start, op.left_end, opts) == words(right, op.right_start, op.right_end, opts)
    for q in c.quotes:
        text = left if q.side == "left" else right
        assert 0 <= q.start <= q.end <= len(text)
        assert all(q.start <= s <= e <= q.end for s, e in q.parts)
        if q.source is not None:
            other = right if q.source.side == "right" else left
            assert q.source.side != q.side and 0 <= q.source.start <= q.source.end <= len(other)
        if q.counterpart is not None:
            assert c.quotes[q.counterpart].side != q.side
