"""Full-text search in Russian and English, and the paged table API."""

from __future__ import annotations

import pytest

from reader.library import QueryError, RowFilter
from reader.library.search import fts_query

ARTICLES = [
    # (title, text, source, date)
    ("Съезд партии", "Президент выступил на съезде партии и призвал к переменам. Ещё одна новость.",
     "Караван", "2021-03-01"),
    ("Партийная работа", "Партийный аппарат стал бюрократическим, заявил глава государства.",
     "Вестник", "2021-03-02"),
    ("Elections in the city", "The council announced elections. Voters will elect a new mayor.",
     "Daily Star", "2020-11-03"),
    ("Bridge opened", "A new bridge over the river opened after the election campaign ended.",
     "Tribune", "2019-05-20"),
    ("Ёлка на площади", "На главной площади поставили ёлку, еще одну — в парке.", None, None),
]


@pytest.fixture
def filled(lib):
    ids = []
    with lib.transaction():
        for title, text, source, date in ARTICLES:
            aid, added = lib.insert(text=text, path=f"{title}.txt", format="txt", encoding="utf-8",
                                    title=title, source=source or "", date=date or "")
            assert added
            ids.append(aid)
    return lib, ids


@pytest.mark.parametrize("query, expected", [
    ("партия", '"партия"'),
    ("Партий*", '"партий"*'),
    ("ЕЩЁ", '"еще"'),
    ('"new mayor" bridge', '"new mayor" AND "bridge"'),
    ("elections OR bridge", '("elections" OR "bridge")'),
    ("president -election", '"president" NOT "election"'),
    ("Касым-Жомарт", '"касым жомарт"'),
    ("AND NEAR( ) ^x:", '"and" AND "near" AND "x"'),
    ('"unfinished phrase', '"unfinished" AND "phrase"'),
])
def test_query_translation(query, expected):
    assert fts_query(query) == expected


@pytest.mark.parametrize("query", ["", "   ", "!!! ...", "-word"])
def test_empty_queries_are_refused(query):
    with pytest.raises(QueryError):
        fts_query(query)


@pytest.mark.parametrize("query, expected", [
    ("партии", [1]),                 # whole word, case folded
    ("парти*", [1, 2]),              # prefix: партии, партийный, партийная
    ("партий*", [2]),
    ("ПРЕЗИДЕНТ", [1]),
    ("еще", [1, 5]),                 # ё and е are one letter for search
    ("ёлку", [5]),
    ("election", [4]),
    ("election*", [3, 4]),
    ("elect*", [3, 4]),
    ('"new mayor"', [3]),
    ('"mayor new"', []),
    ("elections OR bridge", [3, 4]),
    ("election* -bridge", [3]),
    ("съезд* партии", [1]),
])
def test_search_in_both_languages(filled, query, expected):
    lib, ids = filled
    hits = lib.search(query)
    assert sorted(h.id for h in hits) == [ids[i - 1] for i in expected]
    assert lib.count(RowFilter(query=query)) == len(expected)


def test_title_matches_rank_first_and_snippets_mark_terms(filled):
    lib, ids = filled
    hits = lib.search("парти*")
    assert [h.id for h in hits] == [ids[1], ids[0]]  # "Партийная работа" has it in the title and text
    assert hits[0].snippet == "[Партийный] аппарат стал бюрократическим, заявил глава государства."
    assert (hits[1].title, hits[1].source, hits[1].date) == ("Съезд партии", "Караван", "2021-03-01")


def test_page_sorting_and_filters(filled):
    lib, ids = filled
    titles = [r.title for r in lib.page(order="title")]
    assert titles == ["Bridge opened", "Elections in the city", "Ёлка на площади", "Партийная работа",
                      "Съезд партии"]
    by_date = [r.id for r in lib.page(order="date", descending=True)]
    assert by_date == [ids[1], ids[0], ids[2], ids[3], ids[4]]  # no date sorts last when descending
    assert [r.id for r in lib.page(order="length", offset=1, limit=2)] == sorted(
        ids, key=lambda i: (len(ARTICLES[i - 1][1]), i))[1:3]
    rows = lib.page(RowFilter(query="election*"), order="source")
    assert [(r.title, r.source, r.date, r.length, r.group_id) for r in rows] == [
        ("Elections in the city", "Daily Star", "2020-11-03", len(ARTICLES[2][1]), None),
        ("Bridge opened", "Tribune", "2019-05-20", len(ARTICLES[3][1]), None),
    ]
    assert lib.count() == 5
    cid = lib.collection("Выборы")
    lib.add_to_collection(cid, [ids[2], ids[4]])
    assert lib.count(RowFilter(collection_id=cid)) == 2
    assert [r.id for r in lib.page(RowFilter(query="election*", collection_id=cid))] == [ids[2]]
    assert lib.count(RowFilter(query="election*", collection_id=cid)) == 1
    assert [(c.name, c.size) for c in lib.collections()] == [("Выборы", 2)]
    with pytest.raises(ValueError):
        lib.page(order="text")


def test_removed_articles_leave_the_index(filled):
    lib, ids = filled
    assert lib.remove([ids[0], 999]) == 1
    assert [h.id for h in lib.search("парти*")] == [ids[1]]
    assert lib.integrity() == "ok"
