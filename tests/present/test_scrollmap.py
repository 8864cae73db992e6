"""The scroll mapping is a pure function of the Comparison: tested here without Qt."""

from __future__ import annotations

from importlib.resources import files

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core import Document, Options, compare, load_bytes
from reader.core.model import Comparison, Link, Segment, Side, Stats, WordOp
from reader.core.model import Document as Doc
from reader.present.scrollmap import ScrollMap, build_scroll_map, counterpart, segment_at

SAMPLES = files("reader") / "resources" / "samples"


@pytest.fixture(scope="module")
def samples() -> Comparison:
    a = load_bytes((SAMPLES / "000_3cc47a45235a47aa.txt").read_bytes(), "a")
    b = load_bytes((SAMPLES / "001_1d3a09f0e9c6fa03.txt").read_bytes(), "b")
    return compare(a, b)


def test_each_linked_sentence_maps_onto_its_counterpart(samples):
    smap = build_scroll_map(samples)
    in_place = [ln for ln in samples.links if ln.kind != "moved"]
    assert in_place
    for link in in_place:
        assert smap.to_right(link.left_span[0]) == link.right_span[0]
        assert smap.to_left(link.right_span[0]) == link.left_span[0]
        # the end too, unless the link ends in deleted/inserted words: then the point before them
        last = link.ops[-1]
        if last.tag in ("equal", "replace"):
            assert smap.to_right(link.left_span[1]) == link.right_span[1]
            assert smap.to_left(link.right_span[1]) == link.left_span[1]
        assert link.left_span[0] <= smap.to_left(link.right_span[1]) <= link.left_span[1]
        assert link.right_span[0] <= smap.to_right(link.left_span[1]) <= link.right_span[1]


def test_equal_words_stay_level_inside_a_changed_link(samples):
    smap = build_scroll_map(samples)
    checked = 0
    for link in samples.links:
        if link.kind == "moved":
            continue  # moved links cross the others: the map passes over them proportionally
        for op in link.ops:
            if op.tag == "equal" and op.left_end - op.left_start > 3:
                # equal words keep level, give or take the white space the options ignore
                slack = abs((op.left_end - op.left_start) - (op.right_end - op.right_start))
                for k in range(1, op.left_end - op.left_start):  # k=0 may sit after an insertion
                    mapped = smap.to_right(op.left_start + k)
                    assert op.right_start <= mapped <= op.right_end
                    assert abs(mapped - (op.right_start + k)) <= slack
                checked += 1
    assert checked > 10


def test_ends_map_to_ends(samples):
    smap = build_scroll_map(samples)
    n_l, n_r = len(samples.left.document.text), len(samples.right.document.text)
    assert smap.to_right(0) == 0 and smap.to_left(0) == 0
    assert smap.to_right(n_l) == n_r and smap.to_left(n_r) == n_l
    assert smap.to_right(-5) == 0 and smap.to_right(n_l + 100) == n_r
    assert smap.map_fraction(0.0) == 0.0 and smap.map_fraction(1.0) == 1.0


def _doc(text: str) -> Document:
    return Document.from_text(text, "t")


def test_a_deleted_sentence_maps_proportionally_into_the_gap():
    first = "The minister spoke to reporters on Monday morning in the capital."
    gone = "He refused to answer any questions about the budget cuts announced last week."
    last = "The parliament will vote on the proposal next Thursday after a long debate."
    left = f"{first} {gone} {last}"
    right = f"{first} {last}"
    comp = compare(_doc(left), _doc(right), Options(detect_boilerplate=False))
    smap = build_scroll_map(comp)
    start, end = left.index(gone), left.index(gone) + len(gone)
    gap = right.index(last)
    # the whole deleted sentence sits between the end of the first and the start of the last
    values = [smap.to_right(x) for x in range(start, end + 1)]
    assert all(len(first) <= v <= gap for v in values)
    assert values == sorted(values)
    assert smap.to_right(left.index(last)) == gap


def test_moved_links_do_not_break_monotony():
    sents = [f"Sentence number {w} talks about topic {w} in considerable detail today." for w in
             ("one", "two", "three", "four", "five", "six")]
    left = " ".join(sents)
    right = " ".join(sents[1:5] + sents[:1] + sents[5:])
    comp = compare(_doc(left), _doc(right), Options(detect_boilerplate=False))
    assert any(ln.kind == "moved" for ln in comp.links)
    smap = build_scroll_map(comp)
    assert list(smap.left) == sorted(smap.left)
    assert list(smap.right) == sorted(smap.right)
    ys = [smap.to_right(x) for x in range(0, len(left) + 1, 7)]
    assert ys == sorted(ys)


def test_insertions_map_to_the_point_before_them():
    # a hand-built comparison: left "ab cd", right "ab XY cd", one link with an insert op
    ltext, rtext = "ab cd", "ab XY cd"
    ops = (WordOp("equal", 0, 3, 0, 3), WordOp("insert", 3, 3, 3, 6), WordOp("equal", 3, 5, 6, 8))
    link = Link(0, "changed", (0, 0), (0, 0), (0, 5), (0, 8), 0.8, True, ops)
    stats = Stats(0, 0, 0, 0, 0, 0, 1, 1, 0, 1, 0, 0, 0, 0, 0)
    side_l = Side(Doc(ltext), (Segment(0, 0, 5, "sentence", "changed", 0, 0),), "")
    side_r = Side(Doc(rtext), (Segment(0, 0, 8, "sentence", "changed", 0, 0),), "")
    comp = Comparison(side_l, side_r, (link,), stats, Options())
    smap = build_scroll_map(comp)
    assert smap.to_right(3) == 3          # before the inserted words
    assert smap.to_right(4) == 7          # "d" on both sides
    assert smap.to_left(4) == 3           # inside the insertion: the insertion point
    assert smap.to_left(6) == 3


def test_segment_at_and_counterpart(samples):
    text_l = samples.left.document.text
    at = text_l.index("методы")
    seg = segment_at(samples.left, at)
    assert seg is not None and seg.start <= at < seg.end and seg.link is not None
    spans = counterpart(samples, "left", at)
    assert spans is not None
    mine, other = spans
    assert mine[0] <= at < mine[1]
    assert "меры" in samples.right.document.text[other[0]:other[1]]
    back = counterpart(samples, "right", other[0])
    assert back == (other, mine)
    assert segment_at(samples.left, len(text_l)) is None
    # the first left sentence was deleted: no counterpart
    assert counterpart(samples, "left", 0) is None


SENTENCES = [
    "Президент выступил на съезде партии в столице.",
    "Партийцы рассмотрели два вопроса повестки дня.",
    "Спикер предложил переименовать партию.",
    "The minister said the plan would be ready by spring.",
    "Critics called the proposal vague and expensive.",
    "Фото: иллюстративное",
    "Также стало известно о новых реформах в марте.",
    "Officials declined to comment on the report.",
]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=8),
       st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=8),
       st.lists(st.floats(min_value=-10, max_value=600, allow_nan=False), min_size=2, max_size=20))
def test_the_map_is_monotone_and_in_range_for_any_pair(left, right, xs):
    comp = compare(_doc("\n".join(left)), _doc("\n".join(right)))
    smap = build_scroll_map(comp)
    n_l, n_r = len(comp.left.document.text), len(comp.right.document.text)
    assert smap.left[0] == 0 and smap.left[-1] == n_l and smap.right[-1] == n_r
    ys = [smap.to_right(x) for x in sorted(xs)]
    assert ys == sorted(ys)
    assert all(0 <= y <= n_r for y in ys)
    back = [smap.to_left(x) for x in sorted(xs)]
    assert back == sorted(back) and all(0 <= y <= n_l for y in back)


def test_scroll_map_is_plain_data():
    smap = ScrollMap((0, 10), (0, 20))
    assert smap.to_right(5) == 10 and smap.to_left(10) == 5
    assert smap.map_fraction(0.5, "right") == 0.5
