"""Issue 14: the parts of the Spark grouping job (reader.scale.group, reader.scale.components),
each against a literal answer or the library's own code."""

from __future__ import annotations

import random
from itertools import pairwise

import numpy as np
import pytest

from reader.library import grouping
from reader.library.grouping import GroupParams
from reader.scale.group import article_signature, signature_bytes
from tests.conftest import SCRAPED

pytestmark = pytest.mark.spark

PARAMS = GroupParams.for_threshold(0.3)


def _components(pairs: list[tuple[int, int]]) -> set[frozenset[int]]:
    """Connected components of the vertices on the edges, by union-find (the reference)."""
    parent: dict[int, int] = {}

    def find(x: int) -> int:
        while parent.setdefault(x, x) != x:
            x = parent[x]
        return x

    for a, b in pairs:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    members: dict[int, set[int]] = {}
    for v in parent:
        members.setdefault(find(v), set()).add(v)
    return {frozenset(m) for m in members.values()}


@pytest.fixture
def small(spark):
    """Two shuffle partitions while a test runs: the literal graphs are tiny, and each of their
    rounds is a few Spark jobs whose cost, on a busy 2-core machine, is per partition."""
    before = spark.conf.get("spark.sql.shuffle.partitions")
    spark.conf.set("spark.sql.shuffle.partitions", "2")
    yield spark
    spark.conf.set("spark.sql.shuffle.partitions", before)


def _spark_components(spark, pairs: list[tuple[int, int]]) -> tuple[dict[int, int], int]:
    from reader.scale.components import connected_components

    edges = spark.createDataFrame(pairs, "src long, dst long")
    labels, rounds = connected_components(edges)
    rows = labels.collect()
    assert len(rows) == len({r.id for r in rows})  # one label a vertex
    return {r.id: r.component for r in rows}, rounds


def _as_sets(labels: dict[int, int]) -> set[frozenset[int]]:
    members: dict[int, set[int]] = {}
    for v, c in labels.items():
        members.setdefault(c, set()).add(v)
    return {frozenset(m) for m in members.values()}


def test_components_of_literal_graphs(small):
    spark = small
    chain = [(i + 1, i) for i in range(1, 12)]  # 1-2-…-12, written high to low
    labels, rounds = _spark_components(spark, chain)
    assert labels == {v: 1 for v in range(1, 13)} and rounds >= 1

    star = [(7, leaf) for leaf in (3, 9, 12, 40)]  # centred on 7, not on its least vertex
    assert _spark_components(spark, star)[0] == {7: 3, 3: 3, 9: 3, 12: 3, 40: 3}

    two = [(5, 6), (6, 8), (20, 21), (21, 30), (30, 25), (25, 20)]  # a path and a cycle
    assert _spark_components(spark, two)[0] == {5: 5, 6: 5, 8: 5, 20: 20, 21: 20, 25: 20, 30: 20}

    repeated = [(2, 1), (1, 2), (2, 1), (3, 3), (4, 3)]  # repeats, both orders, a self-loop
    assert _spark_components(spark, repeated)[0] == {1: 1, 2: 1, 3: 3, 4: 3}


def test_a_star_of_least_vertices_needs_no_round(small):
    spark = small
    labels, rounds = _spark_components(spark, [(2, 1), (3, 1), (9, 4)])
    assert (labels, rounds) == ({1: 1, 2: 1, 3: 1, 4: 4, 9: 4}, 0)


def test_no_edges_no_components(small):
    spark = small
    from reader.scale.components import connected_components

    labels, rounds = connected_components(spark.createDataFrame([], "src long, dst long"))
    assert (labels.count(), rounds) == (0, 0)


def test_components_of_random_graphs_equal_union_find(small):
    spark = small
    rng = random.Random(14)
    pairs: list[tuple[int, int]] = []
    # long scrambled paths (deep trees: several rounds), dense clusters and big ids
    for start in (10**12, 5000, 70):
        ids = rng.sample(range(start, start + 400), 120)
        pairs += list(pairwise(ids))
    for _ in range(30):
        ids = rng.sample(range(1000, 2000), rng.randint(2, 8))
        pairs += [(rng.choice(ids), rng.choice(ids)) for _ in range(10)]
    labels, rounds = _spark_components(spark, pairs)
    assert _as_sets(labels) == _components([(a, b) for a, b in pairs if a != b])  # self-loops make no vertex
    assert all(c == min(m) for m in _as_sets(labels) for c in (labels[v] for v in m))
    assert rounds >= 2


def test_the_text_is_cleaned_unless_the_row_says_it_is_clutter_free():
    text = SCRAPED.read_text(encoding="utf-8")
    stored, _ = grouping.prepare(text, PARAMS)  # what the library stores for this text
    main = grouping.main_text(text)
    assert main != text
    as_exported = article_signature(main, True, PARAMS)
    assert as_exported is not None and as_exported.tobytes() == stored
    for flag in (False, None):  # a plain file's text, a JSON line without the flag
        sig = article_signature(text, flag, PARAMS)
        assert sig is not None and sig.tobytes() == stored
    raw = article_signature(text, True, PARAMS)  # a full text wrongly flagged: clutter kept
    assert raw is not None and raw.tobytes() != stored
    assert article_signature("", False, PARAMS) is None and article_signature(" — ", True, PARAMS) is None


def test_signatures_go_through_spark_s_signed_integers_unchanged():
    sig = article_signature("Молния", False, PARAMS)  # one shingle: minima anywhere in 32 bits
    assert sig is not None and int(sig.max()) >= 2**31  # some need the 32nd bit: negative in Spark
    assert signature_bytes(sig.view(np.int32).tolist()) == sig.tobytes()


def test_the_estimate_in_spark_is_the_library_s_to_the_last_bit(spark):
    from reader.scale.group import estimate_column

    rng = np.random.default_rng(14)
    rows, expected = [], []
    for equal in range(PARAMS.num_perm + 1):  # every count of equal positions, 0 to 128
        a = rng.integers(0, 2**32, PARAMS.num_perm, dtype=np.uint64).astype(np.uint32)
        b = a.copy()
        changed = rng.choice(PARAMS.num_perm, PARAMS.num_perm - equal, replace=False)
        b[changed] = a[changed] ^ np.uint32(0x80000001)  # differs, in the sign bit too
        rows.append((equal, a.view(np.int32).tolist(), b.view(np.int32).tolist()))
        expected.append((equal, grouping.estimate(a, b)))
    df = spark.createDataFrame(rows, "equal int, a array<int>, b array<int>")
    got = sorted((r.equal, r.e) for r in df.select("equal", estimate_column("a", "b").alias("e")).collect())
    assert got == expected  # floats compared exactly
    assert next(e for _, e in got if e >= PARAMS.threshold) == 39 / 128  # the first count kept at 0.3
