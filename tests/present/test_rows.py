from __future__ import annotations

from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core import Document, compare
from reader.present.rows import pieces, rows
from reader.present.unified import sentence_stream

WORDS = ["дом", "город", "мост", "новый", "старый", "вчера", "сегодня", "мэр", "сказал", "открыли", "—", "«план»"]


def test_rows_of_a_move(moved_comparison):
    got = [(r.kind, r.left, r.right, r.links) for r in rows(moved_comparison)]
    # left segments: 0 s, 1 sp, 2 s, 3 sp, 4 moved s, 5 sp, 6 s
    # right segments: 0 moved s, 1 sp, 2 s, 3 sp, 4 s, 5 sp, 6 s, 7 sp, 8 inserted s
    # the moved sentence sits in a gap row on each side; the two unchanged sentences that
    # follow each other share one row
    assert got == [
        ("gap", (0, 0), (0, 2), ()),
        ("link", (0, 3), (2, 5), (0, 1)),
        ("gap", (3, 6), (5, 6), ()),
        ("link", (6, 7), (6, 7), (3,)),
        ("gap", (7, 7), (7, 9), ()),
    ]


def test_sentence_stream_leaves_out_clutter_and_joins_lines(make_pair):
    c = make_pair("Первая строка\nпродолжение предложения. Второе.", "Второе.")
    assert sentence_stream(c.left) == ["Первая строка продолжение предложения.", "Второе."]


sentence = st.lists(st.sampled_from(WORDS), min_size=1, max_size=6).map(lambda ws: " ".join(ws).capitalize() + ".")
text = st.lists(st.tuples(sentence, st.sampled_from([" ", "\n", "\n\n"])), min_size=1, max_size=8).map(
    lambda parts: "".join(s + sep for s, sep in parts).rstrip())


@settings(max_examples=60, deadline=None)
@given(text, text)
def test_rows_and_pieces_tile_both_sides(a, b):
    c = compare(Document.from_text(a, "a"), Document.from_text(b, "b"))
    all_rows = rows(c)
    for which in ("left", "right"):
        side = c.side(which)
        spans = [r.left if which == "left" else r.right for r in all_rows]
        covered = [i for first, stop in spans for i in range(first, stop)]
        assert covered == list(range(len(side.segments)))
        for seg in side.segments:
            ps = pieces(c, which, seg)
            assert ps[0].start == seg.start and ps[-1].end == seg.end
            assert all(p.end == q.start for p, q in pairwise(ps))
            assert all(p.start < p.end or (p.caret and p.kind in ("removed", "added")) for p in ps)
    for row in all_rows:
        if row.kind == "link":
            for n in row.links:
                link = c.links[n]
                assert row.left[0] <= link.left[0] and link.left[1] < row.left[1]
                assert row.right[0] <= link.right[0] and link.right[1] < row.right[1]
