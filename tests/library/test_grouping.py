"""Story groups: versions of one report together, unrelated articles apart."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.library import import_paths
from reader.library.grouping import GroupParams, jaccard, shingles, similarity_matrix


def test_shingles_are_normalised_word_pairs():
    assert shingles("Ёж, ёж и ЕЖ!") == {"еж еж", "еж и", "и еж"}
    assert shingles("Один") == {"один"}
    assert shingles(" — ") == set()
    assert shingles("a b c d", size=3) == {"a b c", "b c d"}


def test_similarity_matrix_is_exact_jaccard():
    texts = ["The council voted today.", "The council agreed today.", "River bridge"]
    # {the council, council voted, voted today} and {the council, council agreed, agreed today}
    assert jaccard({"a", "b"}, {"b", "c"}) == pytest.approx(1 / 3)
    m = similarity_matrix(texts)
    assert m == [[1.0, pytest.approx(1 / 5), 0.0], [pytest.approx(1 / 5), 1.0, 0.0], [0.0, 0.0, 1.0]]
    assert similarity_matrix([]) == []


def test_params_for_a_threshold_come_from_datasketch():
    p = GroupParams.for_threshold(0.5)
    assert (p.threshold, p.num_perm, p.shingle, p.bands, p.rows) == (0.5, 128, 2, 25, 5)
    with pytest.raises(ValueError):
        GroupParams.for_threshold(0)


def _versions(sample_texts):
    clean, scraped = sample_texts
    lines = clean.splitlines()
    edited = "\n".join(lines[:3] + lines[4:]).replace("президент", "глава государства").replace("партии", "Nur Otan")
    body = [line for line in scraped.splitlines() if len(line) > 60]
    reordered = "\n".join(body[3:] + body[:3])
    return {"clean.txt": clean, "scraped.txt": scraped, "edited.txt": edited, "reordered.txt": reordered}


def test_versions_group_and_unrelated_do_not(tmp_path, lib, sample_texts, make_text):
    files = _versions(sample_texts)
    files["english.txt"] = ("The city council voted on Tuesday to build a new bridge over the river. "
                            "The mayor said construction would start next spring and cost about ten million.")
    files["other-ru.txt"] = ("В Алматы открылся новый парк с велосипедными дорожками и детскими площадками. "
                             "Акимат обещает высадить ещё две тысячи деревьев до конца года.")
    files["random.txt"] = make_text(1, 8)
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    report = import_paths(lib, [str(tmp_path)])
    assert report.added == 7
    groups = lib.groups()
    assert len(groups) == 1 and groups[0].size == 4
    members = {lib.article(r.id).path.rsplit("/", 1)[1] for r in lib.group_members(groups[0].id)}
    assert members == {"clean.txt", "scraped.txt", "edited.txt", "reordered.txt"}
    loners = [r for r in lib.page(limit=10) if r.group_id is None]
    assert sorted(lib.article(r.id).path.rsplit("/", 1)[1] for r in loners) == [
        "english.txt", "other-ru.txt", "random.txt"]
    ids, matrix = lib.group_similarity(groups[0].id)
    assert ids == sorted(r.id for r in lib.group_members(groups[0].id))
    assert all(matrix[i][i] == 1.0 for i in range(4))
    assert all(matrix[i][j] == matrix[j][i] and 0.0 < matrix[i][j] < 1.0 for i in range(4) for j in range(4) if i != j)


def test_groups_merge_when_an_article_bridges_them(lib, make_text):
    a, c = make_text(10, 8), make_text(20, 8)

    def add(text, name):
        with lib.transaction():
            return lib.insert(text=text, path=name, format="txt", encoding="utf-8", title=name)[0]

    a1 = add(a, "a1")
    a2 = add(a + "Extra council sentence about the vote today.\n", "a2")
    c1 = add(c, "c1")
    c2 = add(c.replace("\n", " \n", 2) + "Another line about the river bridge.\n", "c2")
    assert lib.group_count() == 2
    first = {r.id for r in lib.page() if r.group_id == lib.article(a1).group_id}
    assert first == {a1, a2}
    b = add(a + c, "bridge")
    assert lib.group_count() == 1
    assert {r.id for r in lib.group_members(lib.groups()[0].id)} == {a1, a2, c1, c2, b}
    assert lib.groups()[0].id == lib.article(a1).group_id  # the older group keeps its id


def test_threshold_change_regroups(tmp_path, lib, sample_texts):
    for name, text in _versions(sample_texts).items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    import_paths(lib, [str(tmp_path)])
    assert [g.size for g in lib.groups()] == [4]
    assert lib.set_threshold(0.95) == 0
    assert lib.groups() == [] and all(r.group_id is None for r in lib.page())
    assert lib.set_threshold(0.3) == 1
    assert [g.size for g in lib.groups()] == [4]
    assert lib.params.threshold == 0.3
    assert lib.integrity() == "ok"


def test_removing_a_member_of_a_pair_dissolves_the_group(lib, make_text):
    text = make_text(5, 8)
    with lib.transaction():
        first, _ = lib.insert(text=text, path="1", format="txt", encoding="utf-8", title="one")
        second, _ = lib.insert(text=text + "One more sentence.\n", path="2", format="txt", encoding="utf-8",
                               title="two")
    assert lib.group_count() == 1
    lib.remove([first])
    assert lib.group_count() == 0
    assert lib.article(second).group_id is None


@pytest.mark.parametrize("settings", [
    {},                                                                   # none saved yet
    {"threshold": "abc"},                                                 # edited by hand
    {"threshold": "0.3", "num_perm": "128", "shingle": "2", "seed": "1", "bands": "99", "rows": "99"},
    {"threshold": "7", "num_perm": "128", "shingle": "2", "seed": "1", "bands": "8", "rows": "16"},
    {"threshold": "0.3", "num_perm": "128", "shingle": "2", "seed": "-1", "bands": "8", "rows": "16"},
])
def test_unusable_saved_parameters_are_ignored(lib, settings):
    from reader.library.grouping import load_params

    with lib.transaction():
        lib.conn.execute("DELETE FROM settings")
        lib.conn.executemany("INSERT INTO settings(key, value) VALUES (?, ?)", settings.items())
    assert load_params(lib.conn) is None


def test_saved_parameters_load_back(lib):
    from reader.library.grouping import load_params

    assert load_params(lib.conn) == GroupParams.for_threshold(0.3)


def test_a_signature_of_another_size_matches_nothing(lib, make_text):
    text = make_text(1)
    first, _ = lib.insert(text=text, path="a.txt", format="txt", encoding="utf-8", title="A")
    with lib.transaction():
        lib.conn.execute("UPDATE signatures SET sig = ? WHERE article_id = ?", (b"\x00" * 12, first))
        second, added = lib.insert(text=text + "Ещё строка.\n", path="b.txt", format="txt", encoding="utf-8",
                                   title="B")
    assert added and lib.article(second).group_id is None
    assert lib.set_threshold(0.5) == 0  # the damaged signature is left out of the regrouping


@given(st.lists(st.sampled_from(["мост", "Мост", "река", "ёж", "еж", "a", "b", "—", "1"]), max_size=40).map(" ".join),
       st.sampled_from([1, 3, 65536]))
def test_signatures_stream_in_batches_and_equal_the_whole_sets(text, batch):
    """Hashing the shingles as they come, repeats and all, in batches, gives the signature the
    whole set gives at once (stored signatures stay valid; a 48 MB text no longer needs its
    8 million shingles in memory)."""
    import zlib

    import numpy as np
    from datasketch import MinHash

    from reader.library import grouping

    params = GroupParams.for_threshold(0.3)
    whole = shingles(text)
    expected = None
    if whole:
        mh = MinHash(num_perm=params.num_perm, seed=params.seed, scheme="affine32", hashfunc=zlib.crc32)
        mh.update_batch([s.encode("utf-8") for s in whole])
        expected = mh.hashvalues.astype(np.uint32)
    old = grouping.SIGNATURE_BATCH
    grouping.SIGNATURE_BATCH = batch
    try:
        got = grouping.signature(grouping.iter_shingles(text), params)
    finally:
        grouping.SIGNATURE_BATCH = old
    assert (got is None and expected is None) or (got == expected).all()
