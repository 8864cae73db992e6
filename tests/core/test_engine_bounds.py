"""The comparison engine stays near-linear on hostile input (issue 13 case 2).

Default suite: each bounded path is taken past its budget (forced with tiny budgets on small
literal inputs), its result is still correct, and the work it does is within k·n. The
``perf`` tests time ``compare()`` on the hostile recipes at 10k and 40k words: four times the
input may take at most about six times as long.
"""

from __future__ import annotations

import random
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core import Options, compare, scores
from reader.core.align import Unit
from reader.core.loading import load_bytes
from reader.core.scores import Vectors
from reader.core.worddiff import _blocks_to_opcodes, _Differ, _opcodes, _slide, comparable_tokens, word_ops


def diff(a: list[str], b: list[str], **budget: int) -> tuple[list[tuple], set[str], int]:
    """The opcodes of ``a`` -> ``b`` as the word diff makes them, the paths taken, the steps."""
    differ = _Differ(a, b, **budget)
    ops = _slide(_blocks_to_opcodes(differ.run(), len(a), len(b)), a, b)
    return [tuple(op) for op in ops], differ.paths, differ.steps


def check_diff(ops: list, a: list[str], b: list[str]) -> None:
    """The ops tile both sides, equal ops are equal, and applying them to ``a`` gives ``b``."""
    pos, out = (0, 0), []
    for tag, i1, i2, j1, j2 in ops:
        assert (i1, j1) == pos
        assert i1 <= i2 and j1 <= j2
        if tag == "equal":
            assert a[i1:i2] == b[j1:j2]
            out += a[i1:i2]
        else:
            out += b[j1:j2]
        pos = (i2, j2)
    assert pos == (len(a), len(b))
    assert out == b


# -- the word diff ------------------------------------------------------------------------

def test_past_the_exact_budget_tokens_unique_on_both_sides_anchor_the_diff():
    ops, paths, _ = diff(["x", "A", "y", "B", "z"], ["q", "A", "w", "B", "r"], myers_work=0)
    assert ops == [("replace", 0, 1, 0, 1), ("equal", 1, 2, 1, 2), ("replace", 2, 3, 2, 3),
                   ("equal", 3, 4, 3, 4), ("replace", 4, 5, 4, 5)]
    assert paths == {"anchors", "replace"}  # the stretches between anchors share nothing


def test_a_stretch_with_no_unique_token_is_walked_in_short_legs():
    a, b = list("nnnnxnnnn"), list("nnynnnnyn")
    ops, paths, _ = diff(a, b, myers_work=0, leg_work=3)
    assert ops == [("equal", 0, 2, 0, 2), ("insert", 2, 2, 2, 3), ("equal", 2, 4, 3, 5), ("delete", 4, 5, 5, 5),
                   ("equal", 5, 7, 5, 7), ("replace", 7, 8, 7, 8), ("equal", 8, 9, 8, 9)]
    assert paths == {"walk"}


def test_once_the_budget_is_spent_what_is_left_is_one_replace():
    ops, paths, steps = diff(list("xaay"), list("zaaw"), myers_work=0, linear_work=0)
    assert ops == [("replace", 0, 4, 0, 4)]
    assert paths == {"replace"}
    assert steps == 1


def test_word_ops_take_the_bounded_path_when_the_exact_one_is_too_dear(monkeypatch):
    from reader.core import worddiff

    monkeypatch.setattr(worddiff, "_MYERS_WORK", 0)
    left, right = "news news news Токаев news news", "views news news Токаев news news views"
    ops = word_ops(left, (0, len(left)), right, (0, len(right)), Options())
    assert [(op.tag, left[op.left_start:op.left_end], right[op.right_start:op.right_end]) for op in ops] == [
        ("replace", "news", "views"), ("equal", " news news Токаев news news", " news news Токаев news news "),
        ("insert", "", "views")]


tokens = st.lists(st.sampled_from(["news", "views", " ", ",", "Токаев", "a", "b"]), max_size=40)
repetitive = st.lists(st.sampled_from(["news", " "]), max_size=60) | st.lists(st.sampled_from("ab"), max_size=60)
budgets = st.fixed_dictionaries({"myers_work": st.sampled_from([0, 3, 20, 50_000]),
                                 "linear_work": st.sampled_from([0, 1, 2, 8]),
                                 "leg_work": st.sampled_from([0, 3, 16, 2048])})


@settings(max_examples=300, deadline=None)
@given(tokens | repetitive, tokens | repetitive, budgets, st.data())
def test_every_path_gives_a_correct_diff_within_its_budget(a, b, budget, data):
    if data.draw(st.booleans()):  # b an edit of a: the common case, long equal runs
        b = a[:data.draw(st.integers(0, len(a)))] + b[:3] + a[data.draw(st.integers(0, len(a))):]
    ops, _, steps = diff(a, b, **budget)
    check_diff(ops, a, b)
    n = len(a) + len(b)
    # every step is charged; the last call may go over by its first two rounds (3 runs along)
    assert steps <= budget["myers_work"] + budget["linear_work"] * n + 4 * n + 4


@settings(max_examples=100, deadline=None)
@given(tokens | repetitive, tokens | repetitive)
def test_opcodes_stay_correct_and_symmetric_with_tiny_budgets(a, b):
    from reader.core import worddiff

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(worddiff, "_MYERS_WORK", 2)
        mp.setattr(worddiff, "_LEG_WORK", 3)
        mp.setattr(worddiff, "_LINEAR_WORK", 1)
        ab, ba = [tuple(op) for op in _opcodes(a, b)], [tuple(op) for op in _opcodes(b, a)]
    check_diff(ab, a, b)
    flip = {"insert": "delete", "delete": "insert"}
    assert [(flip.get(t, t), j1, j2, i1, i2) for t, i1, i2, j1, j2 in ab] == ba


def _tokens(text: str) -> list[str]:
    return comparable_tokens(text, 0, len(text), Options())[0]


@pytest.mark.parametrize("left, right", [
    ("news " * 10000, "news " * 9999 + "views "),
    (" ".join(["a.", "b."] * 5000), " ".join("a." if k % 3 == 0 else "b." for k in range(10000))),
    ("news " * 10000, "".join("views " if k % 997 == 0 else "news " for k in range(10000))),
])
def test_hostile_word_diffs_take_linear_steps(left, right):
    a, b = _tokens(left), _tokens(right)
    ops, _, steps = diff(a, b)
    check_diff(ops, a, b)
    assert steps <= 50_000 + 12 * (len(a) + len(b))


def test_one_repeated_word_with_scattered_changes_keeps_every_other_word_equal():
    a = ["news", " "] * 20000
    b = list(a)
    for k in range(1000, len(b), 2000):
        b[k] = "views"
    ops, paths, steps = diff(a, b)
    check_diff(ops, a, b)
    assert "walk" in paths and "replace" not in paths
    assert sum(i2 - i1 for tag, i1, i2, _, _ in ops if tag == "equal") == len(a) - 20  # minimal here
    assert steps <= 50_000 + 12 * 2 * len(a)


# -- the sentence scores ------------------------------------------------------------------

def _vectors(left: list[str], right: list[str]) -> Vectors:
    lu = [Unit(k, s, s.lower(), len(s), k) for k, s in enumerate(left)]
    ru = [Unit(k, s, s.lower(), len(s), k) for k, s in enumerate(right)]
    return Vectors({u.index: u.features for u in lu}, {u.index: u.features for u in ru})


COMMON = ["в", "и", "на", "что", "не", "по", "это", "как"]


def _common_sentences(n: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    return [" ".join(rnd.choices(COMMON, k=6)) for _ in range(n)]


def test_pairs_past_the_work_bound_are_those_sharing_a_rarer_feature_scored_exactly(monkeypatch):
    left = _common_sentences(60, 1) + ["Токаев встретился с Путиным в Москве"]
    right = _common_sentences(60, 2) + ["Путин и Токаев встретились в Москве"]
    exact = {(i, j): s for i, j, s in _vectors(left, right).pair_scores(0.3, bulk=True)}
    monkeypatch.setattr(scores, "PAIR_WORK", 64)
    monkeypatch.setattr(scores, "PAIR_WORK_PER_ROW", 1)
    vectors = _vectors(left, right)
    bounded = {(i, j): s for i, j, s in vectors.pair_scores(0.3, bulk=True)}
    assert vectors.bounded
    assert (60, 60) in bounded  # the two rewordings share rare names
    assert all(exact[pair] == s for pair, s in bounded.items())  # every score the exact cosine
    assert len(bounded) < len(exact)  # pairs of common words only were left out


def test_small_inputs_are_scored_completely():
    vectors = _vectors(_common_sentences(60, 1), _common_sentences(60, 2))
    list(vectors.pair_scores(0.3, bulk=True))
    assert not vectors.bounded


def test_the_candidate_pairs_of_common_word_texts_grow_linearly(monkeypatch):
    """A deterministic proxy for time: the pairs scored are at most the work bound."""
    counted = []
    real = scores._candidates

    def counting(*args):
        found = real(*args)
        counted.append((len(found[0]) if found is not None else None, args[2]))
        return found

    monkeypatch.setattr(scores, "_candidates", counting)
    n = 3000
    vectors = _vectors(_common_sentences(n, 1), _common_sentences(n, 2))
    list(vectors.pair_scores(0.3, bulk=True))
    assert vectors.bounded
    assert all(found is not None and found <= bound <= max(scores.PAIR_WORK, 64 * 2 * n) for found, bound in counted)


# -- the whole pipeline -------------------------------------------------------------------

def run(left: str, right: str):
    return compare(load_bytes(left.encode()), load_bytes(right.encode()), Options())


def test_one_word_repeated_with_one_change_is_one_replace():
    c = run("news " * 5000, "news " * 4999 + "views ")
    assert len(c.links) == 1
    text_a, text_b = c.left.document.text, c.right.document.text
    changes = [(text_a[op.left_start:op.left_end], text_b[op.right_start:op.right_end])
               for op in c.links[0].ops if op.tag != "equal"]
    assert changes == [("news", "views")]


def _words(n: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    return rnd.choices(["новость", "сказал", "в", "и", "на", "президент", "партия", "the", "news", "года"], k=n)


def recipes(n: int) -> dict[str, tuple[str, str]]:
    """The hostile inputs of issue 13 case 2 at ``n`` words."""
    ws = _words(n, 5)
    changed = list(ws)
    for k in range(0, n, 50):
        changed[k] = "изменено"
    quotes = [f"«{' '.join(_words(8, k))}», — сказал Иванов {k}." for k in range(n // 10)]
    unmatched = [f"«{' '.join(_words(8, k))}" if k % 2 else f'"{" ".join(_words(8, k))}' for k in range(n // 8)]
    return {
        "repeated word, one change": ("news " * n, "news " * (n - 1) + "views "),
        "repeated word, scattered changes": ("news " * n, "".join("views " if k % 997 == 0 else "news "
                                                                  for k in range(n))),
        "one-word sentences": (" ".join(["a.", "b."] * (n // 2)), " ".join("a." if k % 3 == 0 else "b."
                                                                         for k in range(n))),
        "no punctuation": (" ".join(ws), " ".join(changed)),
        "quotes": ("\n\n".join(quotes), "\n\n".join(q.replace("сказал", "заявил") for q in reversed(quotes))),
        "unmatched quote marks": (" ".join(unmatched), " ".join(unmatched[::-1])),
    }


@pytest.mark.parametrize("name", list(recipes(10)))
def test_hostile_recipes_give_a_correct_comparison(name):
    left, right = recipes(2000)[name]
    c = run(left, right)
    for link in c.links:
        pos = (link.left_span[0], link.right_span[0])
        for op in link.ops:
            assert (op.left_start, op.right_start) == pos
            pos = (op.left_end, op.right_end)
            if op.tag == "equal":
                assert _tokens(c.left.document.text[op.left_start:op.left_end]) == \
                    _tokens(c.right.document.text[op.right_start:op.right_end])
        assert pos == (link.left_span[1], link.right_span[1])


@pytest.mark.perf
@pytest.mark.parametrize("name", list(recipes(10)))
def test_hostile_recipes_grow_about_linearly(name, budget):
    times = []
    for n in (10_000, 40_000):
        left, right = recipes(n)[name]
        a, b = load_bytes(left.encode()), load_bytes(right.encode())
        best = float("inf")
        for _ in range(2):
            start = time.perf_counter()
            compare(a, b, Options())
            best = min(best, time.perf_counter() - start)
        times.append(best)
    budget(f"{name}: 10k words {times[0] * 1000:.0f} ms, 40k words {times[1] * 1000:.0f} ms; ratio x10",
           10 * times[1] / max(times[0], 1e-3), 60, "")


@pytest.mark.perf
def test_two_megabyte_line_of_one_word_and_unrelated_texts(budget):
    line = ["news"] * 400_000
    other = list(line)
    other[200_000] = "views"
    start = time.perf_counter()
    compare(load_bytes(" ".join(line).encode()), load_bytes(" ".join(other).encode()), Options())
    budget("2 MB line of one repeated word", (time.perf_counter() - start) * 1000, 10_000)

    def text(seed: int, size: int) -> str:
        rnd = random.Random(seed)
        out: list[str] = []
        total = 0
        while total < size:
            words = [rnd.choice(COMMON) if rnd.random() < 0.5 else
                     "".join(rnd.choices("абвгдежзиклмнопрст", k=rnd.randint(3, 9))) for _ in range(rnd.randint(5, 25))]
            out.append(" ".join(words).capitalize() + (". " if rnd.random() < 0.8 else ".\n\n"))
            total += len(out[-1])
        return "".join(out)

    times = []
    for size in (300_000, 1_200_000):  # characters: 0.55 and 2.2 MB of UTF-8
        a, b = load_bytes(text(1, size).encode()), load_bytes(text(2, size).encode())
        start = time.perf_counter()
        compare(a, b, Options())
        times.append(time.perf_counter() - start)
    budget(f"unrelated texts: 0.55 MB {times[0]:.1f} s, 2.2 MB {times[1]:.1f} s; ratio x10",
           10 * times[1] / times[0], 60, "")



def test_clutter_shapes_read_long_runs_of_spaces_and_source_lines_in_one_pass():
    """These lines took 10 s (23 spaces) and years (40) before the patterns could be read one
    way only (found by the fuzz in test_engine_fuzz.py)."""
    from reader.core.boilerplate import _SHAPE

    assert _SHAPE.match("00000//////" + " " * 40 + "0" * 19 + "«") is None
    assert _SHAPE.match("12:05" + " " * 40 + "18+") is not None
    assert _SHAPE.match("Источник: " + "а" * 180 + "!") is None
    assert _SHAPE.match("Источник: РИА Новости") is not None
    assert _SHAPE.match("Источник: десять стран ЕС против квот на мигрантов") is None
