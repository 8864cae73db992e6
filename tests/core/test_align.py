"""Sentence alignment: complete candidates, best-first pairing, n-way fragments, honest scores."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core import Document, compare, load_path
from reader.core.align import Unit, align
from reader.core.options import Options
from reader.core.scores import MIN_CONTAIN, Vectors
from reader.core.similarity import add, containment, cosine


def units(sentences: list[str]) -> list[Unit]:
    return [Unit(k, s.casefold(), s.casefold(), len(s), k) for k, s in enumerate(sentences)]


def groups_of(left: list[str], right: list[str],
              threshold: float = Options().match_threshold) -> list[tuple[list[int], list[int]]]:
    return [(g.left, g.right) for g in align(units(left), units(right), threshold)]


def vectors_of(lu: list[Unit], ru: list[Unit], lfree=None, rfree=None) -> Vectors:
    lfree = range(len(lu)) if lfree is None else lfree
    rfree = range(len(ru)) if rfree is None else rfree
    return Vectors({i: lu[i].features for i in lfree}, {j: ru[j].features for j in rfree})


def cmp(left: str, right: str, **options):
    return compare(Document.from_text(left, "a"), Document.from_text(right, "b"), Options(**options))


def linked(c) -> list[tuple[str, str]]:
    lt, rt = c.left.document.text, c.right.document.text
    return [(lt[ln.left_span[0]:ln.left_span[1]], rt[ln.right_span[0]:ln.right_span[1]]) for ln in c.links]


# -- candidates: the index proposes every pair that can reach the threshold -----------------

WORDS = ["партия", "партии", "съезд", "съезде", "президент", "Токаев", "реформа", "реформы", "новая",
         "культура", "the", "city", "taxes", "mayor", "2022", "Nur", "Otan", "и", "в", "на"]
sentence = st.lists(st.sampled_from(WORDS), min_size=1, max_size=8).map(" ".join)


@settings(max_examples=150, deadline=None)
@given(st.lists(sentence, min_size=1, max_size=12), st.lists(sentence, min_size=1, max_size=12),
       st.sampled_from([0.05, 0.2, 0.3, 0.5, 0.8, 1.0]))
def test_every_pair_that_reaches_the_threshold_is_proposed_with_its_cosine(left, right, threshold):
    lu, ru = units(left), units(right)
    vectors = vectors_of(lu, ru)
    brute = {}
    for i in range(len(lu)):
        for j in range(len(ru)):
            score = cosine(vectors.raw[0][i], vectors.raw[1][j])
            if score >= threshold and score > 0:
                brute[i, j] = score
    for bulk in (False, True):  # pair by pair, and as a sparse product
        proposed = {(i, j): score for i, j, score in vectors.pair_scores(threshold, bulk=bulk)}
        assert proposed.keys() == brute.keys()
        assert all(abs(proposed[k] - brute[k]) < 1e-6 for k in brute)


@settings(max_examples=150, deadline=None)
@given(st.lists(sentence, min_size=2, max_size=8), st.lists(sentence, min_size=1, max_size=8),
       st.sampled_from([0.1, 0.3, 0.6]), st.sampled_from([0, 1]))
def test_every_seed_that_reaches_the_threshold_is_proposed(left, right, threshold, side):
    lu, ru = units(left), units(right)
    vectors = vectors_of(lu, ru)
    raw = vectors.raw
    pairs = [(u, u + 1) for u in range(len((lu, ru)[side]) - 1)]
    brute = {}
    for u, nb in pairs:
        for v in raw[1 - side]:
            if containment(raw[side][u], raw[1 - side][v]) >= MIN_CONTAIN and \
                    containment(raw[side][nb], raw[1 - side][v]) >= MIN_CONTAIN:
                score = cosine(add([raw[side][u], raw[side][nb]]), raw[1 - side][v])
                if score >= threshold and score > 0:
                    brute[(u, nb), v] = score
    for bulk in (False, True):
        proposed = {(p, v): score for p, v, score in vectors.seed_scores(side, pairs, threshold, bulk=bulk)}
        assert proposed.keys() == brute.keys()
        assert all(abs(proposed[k] - brute[k]) < 1e-6 for k in brute)


# -- pairing: best first, lower thresholds only add ------------------------------------------

@settings(max_examples=150, deadline=None)
@given(st.lists(sentence, min_size=1, max_size=10), st.lists(sentence, min_size=1, max_size=10),
       st.sampled_from([0.1, 0.2, 0.3]), st.sampled_from([0.4, 0.5, 0.7]))
def test_a_lower_threshold_keeps_every_link(left, right, low, high):
    # stronger than "unless a better partner took it": the steps taken at the higher threshold
    # are the first steps taken at the lower one, and groups only grow
    def by_unit(groups):
        out = {}
        for g in groups:
            for i in g.left:
                out["l", i] = g
            for j in g.right:
                out["r", j] = g
        return out

    strict = align(units(left), units(right), high)
    loose = by_unit(align(units(left), units(right), low))
    for g in strict:
        for i, j in itertools.product(g.left, g.right):
            assert loose["l", i] is loose["r", j], (left, right, g)


@settings(max_examples=150, deadline=None)
@given(st.lists(sentence, min_size=1, max_size=10), st.lists(sentence, min_size=1, max_size=10),
       st.sampled_from([0.1, 0.3, 0.5]))
def test_no_group_scores_under_the_threshold_and_its_score_is_its_cosine(left, right, threshold):
    lu, ru = units(left), units(right)
    groups = align(units(left), units(right), threshold)
    # the IDF is taken over the sentences without an equal twin
    lfree = set(range(len(lu))) - {i for g in groups if g.exact for i in g.left}
    rfree = set(range(len(ru))) - {j for g in groups if g.exact for j in g.right}
    vectors = vectors_of(lu, ru, lfree, rfree)
    for g in groups:
        assert g.score >= threshold
        if not g.exact:
            assert g.score == cosine(add([vectors.raw[0][i] for i in g.left]),
                                     add([vectors.raw[1][j] for j in g.right]))


def test_two_copies_of_a_line_each_find_their_own_rewording():
    # the same headline twice on the left (two outlets), two rewordings on the right: mutual
    # best alone links only one copy; best-first pairing links both
    left = ["Гендиректор ФК «Спартак» Асхабадзе покинет клуб по окончании сезона.",
            "Путин принял отставку главы Тамбовской области Олега Бетина.",
            "Гендиректор ФК «Спартак» Асхабадзе покинет клуб по окончании сезона.",
            "Около 40 китов погибли у берегов Чили.", "Военный вертолет США пропал в Непале."]
    right = ["Гендиректор «Спартака» покинет клуб.", "Путин принял отставку тамбовского губернатора.",
             "Гендиректор «Спартака» уйдет из клуба.", "Полонскому предъявили обвинение в мошенничестве.",
             "В Кремле поблагодарили пограничников."]
    assert sorted(groups_of(left, right)) == [([0], [0]), ([1], [1]), ([2], [2])]


def test_rewordings_that_a_stemmer_and_four_grams_see():
    c = cmp("Представитель Швеции стал победителем «Евровидения-2015».\nПогода была хорошей.\n"
            "Около 40 китов погибли у берегов Чили.\n",
            "Совсем другая новость о ценах на нефть.\nПевец из Швеции победил на \"Евровидении-2015\".\n"
            "Военный вертолет США пропал в Непале.\n")
    assert linked(c) == [("Представитель Швеции стал победителем «Евровидения-2015».",
                          "Певец из Швеции победил на \"Евровидении-2015\".")]
    assert c.options.match_threshold <= c.links[0].score < 1.0


def test_a_distractor_about_another_event_is_left_alone():
    c = cmp("Лавров опроверг данные о содействии освобождению американцев в ДНР.\n",
            "Полонскому предъявили обвинение в мошенничестве.\n"
            "Лавров опроверг данные о помощи в освобождении задержанных в ДНР американцев.\n")
    assert [t for t, _ in linked(c)] == ["Лавров опроверг данные о содействии освобождению американцев в ДНР."]
    assert [rt for _, rt in linked(c)] == ["Лавров опроверг данные о помощи в освобождении задержанных в ДНР американцев."]


# -- fragments: splits and merges of any size, re-cut lines ---------------------------------

WHOLE = ("Президент Казахстана Касым-Жомарт Токаев выступил на внеочередном съезде партии, "
         "предложил переименовать её в Аманат, поддержал новые реформы и призвал чиновников "
         "работать с избирателями.")


def test_a_sentence_split_in_three_is_one_group():
    left = ["Вступление к статье.", WHOLE, "Заключение статьи."]
    right = ["Вступление к статье.",
             "Президент Казахстана Касым-Жомарт Токаев выступил на внеочередном съезде партии.",
             "Он предложил переименовать её в Аманат и поддержал новые реформы.",
             "Он призвал чиновников работать с избирателями.",
             "Заключение статьи."]
    assert groups_of(left, right) == [([0], [0]), ([1], [1, 2, 3]), ([2], [4])]
    assert groups_of(right, left) == [([0], [0]), ([1, 2, 3], [1]), ([4], [2])]


def test_a_sentence_split_in_four_is_one_group_with_its_word_ops():
    pieces = ["Президент Казахстана Касым-Жомарт Токаев выступил на внеочередном съезде партии.",
              "Он предложил переименовать её в Аманат.",
              "Он поддержал новые реформы.",
              "Он призвал чиновников работать с избирателями."]
    c = cmp(WHOLE + "\n", "\n".join(pieces) + "\n")
    assert len(c.links) == 1
    link = c.links[0]
    assert c.right.document.text[link.right_span[0]:link.right_span[1]] == "\n".join(pieces)
    assert c.stats.inserted == c.stats.deleted == 0
    assert any(op.tag == "equal" for op in link.ops) and any(op.tag != "equal" for op in link.ops)


def test_a_stanza_cut_into_lines_differently_is_linked_line_group_to_line_group():
    left = ["Мороз и солнце; день чудесный!",
            "Ещё ты дремлешь, друг прелестный —",
            "Пора, красавица, проснись:",
            "Открой сомкнуты негой взоры"]
    right = ["Мороз и солнце; день чудесный! Ещё ты дремлешь, друг прелестный —",
             "Пора, красавица, проснись: открой сомкнуты негой взоры"]
    assert groups_of(left, right) == [([0, 1], [0]), ([2, 3], [1])]


def test_lines_cut_across_each_other_become_one_group():
    # left: "A B. / C." right: "A. / B C." - the middle clause changed lines
    left = ["Министр финансов объявил о новом бюджете, и депутаты одобрили налоговую реформу.",
            "Оппозиция потребовала отставки правительства."]
    right = ["Министр финансов объявил о новом бюджете.",
             "Депутаты одобрили налоговую реформу, оппозиция потребовала отставки правительства."]
    assert groups_of(left, right) == [([0, 1], [0, 1])]


def test_unrelated_neighbours_are_not_joined():
    left = ["Министр финансов объявил о новом бюджете на следующий год.", "В Москве прошёл сильный снегопад."]
    right = ["Министр финансов объявил о бюджете.", "Курс рубля вырос на торгах биржи."]
    assert groups_of(left, right) == [([0], [0])]


# -- one score ------------------------------------------------------------------------------

def test_every_link_of_the_sample_pair_carries_the_score_that_made_it(sample_paths):
    c = compare(*(load_path(p) for p in sample_paths))
    for link in c.links:
        assert link.score >= c.options.match_threshold
        assert link.score == 1.0 or link.changed


@settings(max_examples=200, deadline=None)
@given(st.lists(sentence, min_size=1, max_size=14), st.lists(sentence, min_size=1, max_size=14),
       st.sampled_from([0.05, 0.2, 0.3, 0.5]))
def test_pairs_queued_as_needed_take_the_same_steps_as_all_queued_at_once(left, right, threshold):
    """Issue 10: each left sentence's pairs wait in a list of their own and enter the queue one
    at a time; the groups must be those of the queue holding every pair from the start."""
    from reader.core.align import _Agenda

    lazy = [(g.left, g.right, g.score, g.moved) for g in align(units(left), units(right), threshold)]
    _Agenda.lazy_pairs = False
    try:
        eager = [(g.left, g.right, g.score, g.moved) for g in align(units(left), units(right), threshold)]
    finally:
        _Agenda.lazy_pairs = True
    assert lazy == eager


def test_pairs_queued_as_needed_on_a_long_generated_pair():
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
    from generate import make_pair

    from reader.core.align import _Agenda

    a, b = make_pair(150_000)  # past SMALL: the pairs come from the sparse products
    lazy = cmp(a, b)
    _Agenda.lazy_pairs = False
    try:
        eager = cmp(a, b)
    finally:
        _Agenda.lazy_pairs = True
    assert lazy.links == eager.links and len(lazy.links) > 500
