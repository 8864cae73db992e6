"""Invariants of compare() on arbitrary input (hypothesis)."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.core import Document, Options, compare
from reader.core.segment import tokenize

WORDS = ["партия", "Партия", "съезд", "президент", "ёлка", "елка", "«Аманат»", '"Аманат"', "—", "-",
         "т.е.", "г.", "К.-Ж.", "Токаев", "the", "U.S.", "Mr.", "e.g.", "news", "report", ",", ".", "!", "?"]
SEPARATORS = [" ", " ", " ", "\n", "\n\n", ". ", "\u00a0", "  ", "\t", "\r\n", "\r", "\u00ad"]

arbitrary = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=300)
prose = st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(SEPARATORS)), max_size=60).map(
    lambda parts: "".join(w + s for w, s in parts))
texts = st.one_of(arbitrary, prose)
options = st.builds(Options, ignore_case=st.booleans(), unify_quotes=st.booleans(), unify_dashes=st.booleans(),
                    yo_as_ye=st.booleans(), ignore_whitespace=st.booleans(), ignore_punctuation=st.booleans(),
                    detect_boilerplate=st.booleans())
common = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check_tiling(side):
    text = side.document.text
    assert "".join(text[s.start:s.end] for s in side.segments) == text
    pos = 0
    for s in side.segments:
        assert s.start == pos and s.end > s.start
        pos = s.end


@common
@given(texts, texts, options)
def test_segments_tile_both_texts_and_ops_tile_links(a, b, opts):
    c = compare(Document.from_text(a), Document.from_text(b), opts)
    check_tiling(c.left)
    check_tiling(c.right)
    for link in c.links:
        lpos, rpos = link.left_span[0], link.right_span[0]
        for op in link.ops:
            assert (op.left_start, op.right_start) == (lpos, rpos)
            assert op.left_end >= op.left_start and op.right_end >= op.right_start
            lpos, rpos = op.left_end, op.right_end
        assert (lpos, rpos) == (link.left_span[1], link.right_span[1])


@common
@given(arbitrary)
def test_tokens_tile_any_text(text):
    assert "".join(text[t.start:t.end] for t in tokenize(text)) == text


@common
@given(texts, texts, options)
def test_compare_never_raises_and_stats_are_bounded(a, b, opts):
    c = compare(Document.from_text(a), Document.from_text(b), opts)
    s = c.stats
    assert 0.0 <= s.similarity <= 100.0
    for share in (s.unchanged, s.changed, s.added, s.removed, s.moved):
        assert 0.0 <= share <= 1.0


@common
@given(texts, texts, options)
def test_swapping_sides_swaps_added_and_removed(a, b, opts):
    ab = compare(Document.from_text(a), Document.from_text(b), opts)
    ba = compare(Document.from_text(b), Document.from_text(a), opts)
    assert (ab.stats.inserted, ab.stats.deleted) == (ba.stats.deleted, ba.stats.inserted)
    assert ab.stats.added == ba.stats.removed
    assert ab.stats.removed == ba.stats.added
    assert ab.stats.similarity == ba.stats.similarity


@common
@given(texts, options)
def test_a_text_equals_itself(a, opts):
    c = compare(Document.from_text(a), Document.from_text(a), opts)
    assert all(link.kind == "equal" for link in c.links)
    assert c.stats.inserted == c.stats.deleted == 0


@common
@given(st.lists(st.sampled_from(["Партия сменила название.", "Съезд прошёл в столице.", "Президент выступил.",
                                 "Делегаты голосовали единогласно.", "Решение вступит в силу завтра.",
                                 "Съезд прошёл в столице, и президент выступил.", "Фото: Reuters", "• 20"]),
                max_size=12),
       st.randoms(use_true_random=False))
def test_every_sentence_is_in_at_most_one_link(sentences, rnd):
    shuffled = [s for s in sentences if rnd.random() > 0.2]
    rnd.shuffle(shuffled)
    c = compare(Document.from_text("\n".join(sentences)), Document.from_text("\n".join(shuffled)))
    for side, attr in ((c.left, "left"), (c.right, "right")):
        owners = {}
        for link in c.links:
            first, last = getattr(link, attr)
            for k in range(first, last + 1):
                if side.segments[k].kind == "sentence":
                    assert side.segments[k].status != "boilerplate"
                    assert k not in owners, (k, owners.get(k), link.index)
                    owners[k] = link.index
    assert 0.0 <= c.stats.similarity <= 100.0
