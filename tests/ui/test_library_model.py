"""The lazy library table model: Qt's model checks, filters, sorting, and a 100,000-article library."""

from __future__ import annotations

import random
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableView

from reader.library import Library, RowFilter
from reader.library.library import fts_value
from reader.ui.library.model import ID_ROLE, LibraryModel

BIG = 100_000
SYLLABLES = ["ка", "ро", "ми", "та", "ле", "но", "ви", "са", "до", "ру", "pa", "te", "lo", "mi", "ra", "sun"]
OUTLETS = ["Вестник", "Караван", "Курьер", "Daily Star", "Morning Post", "Tribune", None]


def fill(lib: Library, n: int, seed: int = 3) -> None:
    """``n`` generated articles written straight into the tables (with search entries and a story
    group for every tenth run of four), far faster than importing files."""
    rng = random.Random(seed)
    words = ["".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))) for _ in range(5000)]
    start = lib.conn.execute("SELECT coalesce(max(id), 0) FROM articles").fetchone()[0] + 1
    articles, texts, search, groups = [], [], [], []
    for i in range(start, start + n):
        title = " ".join(rng.choice(words) for _ in range(rng.randint(3, 9))).capitalize()
        if i % 1000 == 7:
            title = f"Партийный съезд {i}"
        body = " ".join(rng.choice(words) for _ in range(30))
        gid = i // 4 if (i // 4) % 10 == 0 and i >= 4 else None
        if gid is not None and i % 4 == 0:
            groups.append((gid,))
        articles.append((i, f"h{i}", f"gen/{i}.txt", title, title.casefold(), rng.choice(OUTLETS),
                         f"20{rng.randint(10, 24)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                         len(body), gid))
        texts.append((i, body))
        search.append((i, fts_value(title), fts_value(body)))
    with lib.transaction() as conn:
        conn.executemany("INSERT INTO story_groups(id, created_at) VALUES (?, datetime('now'))", groups)
        conn.executemany(
            "INSERT INTO articles(id, hash, path, format, encoding, title, title_key, source, date, length, "
            "group_id, imported_at) VALUES (?,?,?,'txt','utf-8',?,?,?,?,?,?,datetime('now'))", articles)
        conn.executemany("INSERT INTO texts(article_id, text) VALUES (?, ?)", texts)
        conn.executemany("INSERT INTO search(rowid, title, body) VALUES (?, ?, ?)", search)


@pytest.fixture
def small(tmp_path):
    lib = Library(tmp_path / "small.sqlite3")
    fill(lib, 700)
    yield lib
    lib.close()


@pytest.fixture(scope="module")
def big(tmp_path_factory):
    lib = Library(tmp_path_factory.mktemp("big") / "big.sqlite3")
    fill(lib, BIG)
    yield lib
    lib.close()


def rss_mb() -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def test_passes_qt_model_checks(qtmodeltester, small):
    model = LibraryModel(small, page_size=64, cached_pages=3)
    qtmodeltester.check(model)
    model.sort(0, Qt.SortOrder.DescendingOrder)
    model.set_filter(query="партийный")
    qtmodeltester.check(model)


def page_reads(monkeypatch, lib: Library) -> list[int]:
    """Spy on ``lib.page``: the offset of every page read from it, in order."""
    reads: list[int] = []
    real = lib.page

    def page(*args, **kwargs):
        reads.append(kwargs.get("offset", 0))
        return real(*args, **kwargs)

    monkeypatch.setattr(lib, "page", page)
    return reads


def test_rows_come_from_pages_in_the_chosen_order(small, monkeypatch):
    reads = page_reads(monkeypatch, small)
    model = LibraryModel(small, page_size=50, cached_pages=2)
    assert model.rowCount() == 700 and model.columnCount() == 5
    assert reads == []  # nothing read before something is shown
    model.sort(2, Qt.SortOrder.DescendingOrder)  # date, newest first
    dates = [model.index(r, 2).data() for r in range(0, 700, 7)]
    assert dates == sorted(dates, reverse=True)
    assert reads == list(range(0, 700, 50))  # each page read once, when first shown
    reads.clear()
    model.index(699, 0).data()
    model.index(600, 0).data()
    assert reads == []  # the last two pages are kept
    model.index(0, 0).data()
    assert reads == [0]  # and only those: the first is read again
    expected = small.page(order="date", descending=True, offset=333, limit=1)[0]
    assert model.article_id(333) == expected.id == model.index(333, 0).data(ID_ROLE)
    assert model.index(333, 0).data() == expected.title
    model.sort(3, Qt.SortOrder.AscendingOrder)
    lengths = [small.article(model.article_id(r)).length for r in (0, 350, 699)]
    assert lengths == sorted(lengths)
    assert model.article_id(700) is None and model.article_id(-1) is None


def test_filters_by_query_group_and_collection(small):
    model = LibraryModel(small)
    model.set_filter(query="партийн*")
    assert model.rowCount() == 1 and model.index(0, 0).data() == "Партийный съезд 7"
    model.set_filter(query="")  # an empty box shows everything again
    assert model.rowCount() == 700 and model.row_filter == RowFilter()
    gid = small.groups()[0].id
    model.set_filter(group_id=gid)
    assert model.rowCount() == 4
    assert {model.index(r, 4).data() for r in range(4)} == {str(gid)}
    cid = small.collection("picked")
    small.add_to_collection(cid, [5, 9, 11])
    model.set_filter(RowFilter(collection_id=cid))
    assert sorted(model.article_id(r) for r in range(model.rowCount())) == [5, 9, 11]


def test_a_query_with_nothing_to_search_for_shows_no_rows_and_says_why(small, qtbot):
    model = LibraryModel(small)
    with qtbot.waitSignal(model.queryError) as blocker:
        model.set_filter(query="-only")
    assert model.rowCount() == 0 and blocker.args[0] and model.error == blocker.args[0]
    with qtbot.waitSignal(model.queryError) as blocker:
        model.set_filter(query="съезд")
    assert blocker.args == [""] and model.rowCount() == 1


def test_refresh_shows_new_articles(small, qtbot):
    model = LibraryModel(small)
    model.index(0, 0).data()
    with qtbot.waitSignal(model.modelReset):
        fill(small, 5, seed=9)
        model.refresh()
    assert model.rowCount() == 705


@pytest.mark.slow
@pytest.mark.perf
def test_a_library_of_100000_articles_opens_and_scrolls_fast(big, qtbot, budget, monkeypatch):
    view = QTableView()
    qtbot.addWidget(view)
    view.verticalHeader().setDefaultSectionSize(22)
    view.resize(1000, 1200)
    before = rss_mb()  # other perf tests in this process may have left it large
    started = time.perf_counter()
    model = LibraryModel(big)
    assert model.rowCount() == BIG
    first = [model.index(r, c).data() for r in range(50) for c in range(5)]
    opened = time.perf_counter() - started
    assert all(isinstance(v, str) for v in first) and first[0]
    budget("opening 100k articles", opened * 1000, 1000)

    view.setModel(model)
    view.setSortingEnabled(True)
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # title: the slowest order to page through
    view.show()
    qtbot.waitExposed(view)
    times = []

    def timed_scroll(action) -> None:
        t = time.perf_counter()
        action()
        view.viewport().repaint()  # paints now, calling data() for every visible cell
        QApplication.processEvents()
        times.append(time.perf_counter() - t)

    timed_scroll(view.scrollToBottom)
    last = view.rowAt(view.viewport().height() - 2)
    assert last == BIG - 1 or (last == -1 and view.indexAt(view.viewport().rect().center()).row() > BIG - 60)
    rng = random.Random(1)
    for _ in range(50):
        row = rng.randrange(BIG)
        timed_scroll(lambda r=row: view.scrollTo(model.index(r, 0), QTableView.ScrollHint.PositionAtTop))
        assert view.rowAt(0) in (row, row - 1, row + 1) or view.rowAt(0) >= BIG - 60
    timed_scroll(view.scrollToTop)
    titles = [model.index(r, 0).data().casefold() for r in range(0, 40)]
    assert titles == sorted(titles)
    reads = page_reads(monkeypatch, big)
    model.index(BIG - 1, 0).data()
    assert len(reads) == 1  # the bottom, shown 50 jumps ago, was let go: never all rows kept
    memory = rss_mb()
    print(f"\n100k articles: open + count + 50 rows {opened * 1000:.0f} ms; "
          f"scroll {len(times)} jumps: median {sorted(times)[len(times) // 2] * 1000:.0f} ms, "
          f"max {max(times) * 1000:.0f} ms, total {sum(times):.2f} s; RSS {memory:.0f} MB, "
          f"{memory - before:+.0f} MB for the model and the view")
    budget("slowest scroll jump", max(times) * 1000, 500)
    budget("all scroll jumps", sum(times) * 1000, 5000)
    budget("memory the model and view add with 100k articles", memory - before, 50, "MB")


@pytest.mark.perf
def test_searching_100000_articles_is_prompt(big, budget):
    model = LibraryModel(big)
    started = time.perf_counter()
    model.set_filter(query="партийн")  # the search box adds the prefix star; whole words here
    model.set_filter(query="партийн*")
    rows = [model.index(r, 0).data() for r in range(model.rowCount())]
    took = time.perf_counter() - started
    assert len(rows) == 100 and all(r.startswith("Партийный съезд") for r in rows)
    budget("searching 100k articles", took * 1000, 1000)
    model.set_filter(query=None)
    assert model.rowCount() == BIG and model.index(BIG - 1, 0).data()
