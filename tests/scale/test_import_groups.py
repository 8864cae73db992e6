"""Issue 14, item 3: `versus import-groups` brings the Spark job's story groups back into a library
(reader.scale.import_groups reads them, Library.replace_groups writes them in one transaction),
so the reader shows them. The groups folders here are written by the tests themselves, in the
job's format (reader.scale.group's docstring). Tests marked spark need pyarrow."""

from __future__ import annotations

import json
import sqlite3
import sys
from dataclasses import asdict
from pathlib import Path

import numpy as np
import pytest

from reader.cli import main
from reader.library import Library, LibraryError
from reader.library.grouping import GroupParams, band_keys, prepare
from reader.library.library import GroupInfo, GroupsReplaced

TEXTS = [
    "Совет решил построить мост через реку. Работы начнутся весной, сказал мэр. Проект обойдётся в два миллиона.",
    "Совет решил построить мост через реку. Работы начнутся весной, сказал глава города. Проект обойдётся в два "
    "миллиона.",
    "The council voted to build the bridge. Work starts in spring, the mayor said. The plan costs two million.",
    "The council voted to build a bridge. Work starts in spring, the mayor said. The plan will cost two million.",
    "Шторм закрыл порт на два дня. Суда ждали на рейде.",
    "A storm closed the port for two days. Ships waited outside.",
    "Школа откроется после ремонта в сентябре, сообщили в управлении образования.",
]
SOURCES = ["Вестник", "Курьер", "Tribune", "Tribune", "Вестник", None, "Курьер"]
# the library groups these locally (threshold 0.3) as {1, 2} and {3, 4}; the file says otherwise:
# key 10 is 1, 5 and 99 (not an article of the library), key 50 is 2 and 4, 3 is alone, 6 is
# alone among the library's articles (98 is not one), and 7 is not in the file
FILE_ROWS = [(1, 10), (5, 10), (99, 10), (2, 50), (4, 50), (3, 3), (6, 77), (98, 77)]
HALF = GroupParams.for_threshold(0.5)
REPORT = ("2 story groups of 4 articles imported (threshold 0.5)\n"
          "2 articles of the groups folder are not in the library: skipped\n"
          "1 articles of the library are not in the groups folder: in no group now\n")


@pytest.fixture
def library(tmp_path) -> Path:
    path = tmp_path / "lib.sqlite3"
    with Library(path) as lib, lib.transaction():
        for i, (text, source) in enumerate(zip(TEXTS, SOURCES), 1):
            lib.insert(text=text, path=f"{i}.txt", format="txt", encoding="utf-8", title=f"Article {i}",
                       source=source or "")
    return path


def write_groups(folder: Path, rows: list[tuple[int, int]], params: GroupParams | None = HALF, parts: int = 1,
                 summary: str = "_summary.json") -> Path:
    """A groups folder as the Spark job writes it: ``parts`` Parquet files and its summary."""
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    folder.mkdir(parents=True, exist_ok=True)
    sizes: dict[int, int] = {}
    for _, key in rows:
        sizes[key] = sizes.get(key, 0) + 1
    earliest = {key: min(a for a, k in rows if k == key) for key in sizes}
    table = pa.table({"article_id": pa.array([a for a, _ in rows], pa.int64()),
                      "group_id": pa.array([k for _, k in rows], pa.int64()),
                      "group_size": pa.array([sizes[k] for _, k in rows], pa.int32()),
                      "earliest_id": pa.array([earliest[k] for _, k in rows], pa.int64()),
                      "similarity": pa.array([1.0] * len(rows), pa.float64())})
    step = -(-len(rows) // parts)
    for i in range(parts):
        pq.write_table(table.slice(i * step, step), folder / f"part-{i:05d}-c000.snappy.parquet")
    (folder / "_SUCCESS").write_bytes(b"")
    if params is not None:
        (folder / summary).write_text(json.dumps({"groups": len(sizes), "params": asdict(params)}), encoding="utf-8")
    return folder


def state(path: Path) -> tuple:
    """Everything grouping keeps in the library."""
    conn = sqlite3.connect(path)
    try:
        return (conn.execute("SELECT id, group_id FROM articles ORDER BY id").fetchall(),
                conn.execute("SELECT id FROM story_groups ORDER BY id").fetchall(),
                sorted(conn.execute("SELECT key, value FROM settings")),
                conn.execute("SELECT band_key, article_id FROM lsh ORDER BY 1, 2").fetchall(),
                conn.execute("SELECT article_id, sig FROM signatures ORDER BY 1").fetchall())
    finally:
        conn.close()


def run(capsys, *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


# --- Library.replace_groups: no pyarrow needed -----------------------------------------------------

def test_replace_groups_writes_the_groups_and_numbers_them_by_their_earliest_article(library):
    with Library(library) as lib:
        assert [g.id for g in lib.groups()] == [1, 2]  # the local groups {1, 2} and {3, 4}
        result = lib.replace_groups(iter(FILE_ROWS))
        assert result == GroupsReplaced(groups=2, grouped=4, unknown=2, left_out=1)
        assert lib.groups() == [GroupInfo(1, 2, "Article 1", 1), GroupInfo(2, 2, "Article 2", 2)]
        assert [(r.id, r.group_id) for r in lib.group_members(1)] == [(1, 1), (5, 1)]
        assert [(r.id, r.group_id) for r in lib.group_members(2)] == [(2, 2), (4, 2)]
        assert [(r.id, r.group_id) for r in lib.page(limit=-1)] == [
            (1, 1), (2, 2), (3, None), (4, 2), (5, 1), (6, None), (7, None)]
        assert lib.group_count() == 2 and lib.params == GroupParams.for_threshold(0.3)  # params kept
    assert state(library)[1] == [(1,), (2,)]


def test_a_failure_while_the_groups_are_read_changes_nothing(library):
    before = state(library)

    def failing():
        yield from FILE_ROWS[:5]
        raise RuntimeError("the file ended early")

    with Library(library) as lib:
        with pytest.raises(RuntimeError, match="the file ended early"):
            lib.replace_groups(failing(), HALF)
        with pytest.raises(LibraryError, match=r"^article 5 is in the groups twice$"):
            lib.replace_groups(iter([*FILE_ROWS, (5, 50)]), HALF)
        assert lib.params == GroupParams.for_threshold(0.3)
        assert lib.replace_groups(iter(FILE_ROWS)).groups == 2  # the connection is usable after both
    assert state(library)[2:] == before[2:] and state(library)[0] != before[0]


def test_new_parameters_rebuild_the_bands_so_later_imports_join_the_imported_groups(library):
    with Library(library) as lib:
        lib.replace_groups(iter(FILE_ROWS), HALF)
        assert lib.params == HALF
    _, _, settings, lsh, sigs = state(library)
    assert dict(settings) == {"threshold": "0.5", "num_perm": "128", "shingle": "2", "seed": "1",
                              "bands": str(HALF.bands), "rows": str(HALF.rows)}
    assert lsh == sorted({(key, aid) for aid, sig in sigs for key in band_keys(np.frombuffer(sig, np.uint32), HALF)})
    with Library(library) as lib:  # what the reader opens: the groups and the threshold it shows
        assert lib.params.threshold == 0.5 and [g.size for g in lib.groups()] == [2, 2]
        with lib.transaction():  # a new version of article 3 joins article 3 (alone until now)
            aid, _ = lib.insert(text=TEXTS[2] + " Critics called it late.", path="8.txt", format="txt",
                                encoding="utf-8", title="Article 8")
        assert [(r.id, r.group_id) for r in lib.group_members(3)] == [(3, 3), (aid, 3)]


def test_other_hashing_computes_the_signatures_again(library):
    other = GroupParams.for_threshold(0.4, num_perm=64, shingle=3, seed=7)
    with Library(library) as lib:
        lib.replace_groups(iter(FILE_ROWS), other)
        assert lib.params == other
    _, _, _, lsh, sigs = state(library)
    assert sigs == [(i, prepare(text, other)[0]) for i, text in enumerate(TEXTS, 1)]
    assert len(sigs[0][1]) == 4 * 64
    assert lsh == sorted({(key, aid) for aid, sig in sigs for key in band_keys(np.frombuffer(sig, np.uint32), other)})


# --- versus import-groups: needs pyarrow -----------------------------------------------------------

@pytest.mark.spark
def test_import_groups_then_the_reader_shows_them(library, tmp_path, capsys):
    groups = write_groups(tmp_path / "groups", FILE_ROWS, parts=3)
    assert run(capsys, "import-groups", "--library", str(library), str(groups)) == (0, REPORT, "")
    # the reader's Library panel lists Library.groups() and a group's group_members()
    with Library(library, create=False) as lib:
        assert lib.groups() == [GroupInfo(1, 2, "Article 1", 1), GroupInfo(2, 2, "Article 2", 2)]
        assert [r.id for r in lib.group_members(1)] == [1, 5] and [r.id for r in lib.group_members(2)] == [2, 4]
        assert lib.params == HALF
    status, out, _ = run(capsys, "groups", "--library", str(library))
    assert (status, out.splitlines()[-1]) == (0, "2 of 2 groups (threshold 0.5)")
    assert run(capsys, "import-groups", "--library", str(library), str(groups), "--lang", "ru")[1] == (
        "импортировано сюжетов — 2, в них статей — 4 (порог 0.5)\n"
        "в библиотеке нет статей из папки сюжетов: 2 (они пропущены)\n"
        "в папке сюжетов нет статей библиотеки: 1 (теперь они вне сюжетов)\n")


@pytest.mark.spark
def test_the_library_s_own_groups_come_back_the_same(library, tmp_path, capsys):
    before = state(library)
    rows = [(aid, gid if gid is not None else -aid) for aid, gid in before[0]]  # singletons: a key of their own
    groups = write_groups(tmp_path / "groups", rows, GroupParams.for_threshold(0.3))
    with Library(library) as lib:
        lib.set_threshold(0.9)  # other groups meanwhile (none at 0.9)
        assert lib.group_count() == 0
    assert run(capsys, "import-groups", "--library", str(library), str(groups)) == (
        0, "2 story groups of 4 articles imported (threshold 0.3)\n", "")
    assert state(library)[:4] == before[:4]


@pytest.mark.spark
def test_layouts_a_single_file_a_groups_subfolder_and_a_plain_summary(library, tmp_path, capsys):
    write_groups(tmp_path / "a", FILE_ROWS)
    single = tmp_path / "a" / "part-00000-c000.snappy.parquet"
    assert run(capsys, "import-groups", "--library", str(library), str(single)) == (0, REPORT, "")
    write_groups(tmp_path / "b" / "groups", FILE_ROWS, params=None)
    (tmp_path / "b" / "summary.json").write_text(json.dumps({"params": asdict(HALF)}), encoding="utf-8")
    assert run(capsys, "import-groups", "--library", str(library), str(tmp_path / "b")) == (0, REPORT, "")


@pytest.mark.spark
def test_without_a_summary_the_library_keeps_its_parameters(library, tmp_path, capsys):
    groups = write_groups(tmp_path / "groups", FILE_ROWS, params=None)
    assert run(capsys, "import-groups", "--library", str(library), str(groups)) == (
        0, REPORT.replace("0.5", "0.3"),
        f"versus: {groups}: no _summary.json, so the library keeps its grouping parameters (threshold 0.3)\n")
    with Library(library) as lib:
        assert lib.params == GroupParams.for_threshold(0.3) and lib.group_count() == 2


def _bad_folders(tmp_path: Path) -> list[tuple[Path, str]]:
    """(folder, its error after "versus: ") for folders the command must refuse."""
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    bad = []
    twice = write_groups(tmp_path / "twice", [*FILE_ROWS, (5, 50)])
    bad.append((twice, f"{twice}: article 5 is in more than one row"))
    partial = write_groups(tmp_path / "partial", FILE_ROWS, parts=4)  # two rows a file
    (partial / "part-00001-c000.snappy.parquet").unlink()  # (99, 10) and (2, 50)
    bad.append((partial, f"{partial}: group 10 should have 3 articles but has 2 rows (is a file of the folder missing?)"))
    damaged = write_groups(tmp_path / "damaged", FILE_ROWS, parts=2)
    (damaged / "part-00001-c000.snappy.parquet").write_bytes(b"PAR1 this is not Parquet PAR1")
    bad.append((damaged, f"{damaged / 'part-00001-c000.snappy.parquet'}: cannot read it ("))
    columns = tmp_path / "columns"
    columns.mkdir()
    pq.write_table(pa.table({"article_id": [1, 2], "group": [1, 1]}), columns / "part-0.parquet")
    bad.append((columns, f"{columns / 'part-0.parquet'}: no column group_id (story groups need article_id and group_id)"))
    strings = tmp_path / "strings"
    strings.mkdir()
    pq.write_table(pa.table({"article_id": ["1", "2"], "group_id": [1, 1]}), strings / "part-0.parquet")
    bad.append((strings, f"{strings / 'part-0.parquet'}: the column article_id holds string, not whole numbers"))
    nulls = tmp_path / "nulls"
    nulls.mkdir()
    pq.write_table(pa.table({"article_id": [1, 2], "group_id": [1, None]}), nulls / "part-0.parquet")
    bad.append((nulls, f"{nulls}: a row without group_id"))
    for name, text, detail in (("json", "{not json", "Expecting property name enclosed in double quotes"),
                               ("key", json.dumps({"params": {"threshold": 0.5}}), "no 'num_perm'"),
                               ("values", json.dumps({"params": {**asdict(HALF), "bands": 99}}),
                                "unusable values: threshold=0.5, num_perm=128, shingle=2, seed=1, bands=99, rows=5")):
        folder = write_groups(tmp_path / name, FILE_ROWS, params=None)
        (folder / "_summary.json").write_text(text, encoding="utf-8")
        bad.append((folder, f"{folder / '_summary.json'}: no grouping parameters there ({detail}"))
    empty = tmp_path / "empty"
    empty.mkdir()
    bad.append((empty, f"{empty}: no Parquet files of story groups there"))
    bad.append((tmp_path / "nowhere", f"{tmp_path / 'nowhere'}: no such file or folder"))
    return bad


@pytest.mark.spark
def test_a_folder_that_cannot_be_used_leaves_the_old_groups(library, tmp_path, capsys):
    before = state(library)
    for folder, message in _bad_folders(tmp_path):
        status, out, err = run(capsys, "import-groups", "--library", str(library), str(folder))
        assert (status, out) == (1, ""), folder
        assert err.startswith(f"versus: {message}") and err.count("\n") == 1, err
        assert state(library) == before, folder


@pytest.mark.spark
def test_library_errors_exit_2(library, tmp_path, capsys):
    groups = write_groups(tmp_path / "groups", FILE_ROWS)
    missing = tmp_path / "none.sqlite3"
    assert run(capsys, "import-groups", "--library", str(missing), str(groups)) == (
        2, "", f"versus: no library at {missing} (import files to create one)\n")
    assert not missing.exists()


def test_without_pyarrow_import_groups_is_refused_in_one_line(library, tmp_path, monkeypatch, capsys):
    before = state(library)
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    monkeypatch.setitem(sys.modules, "pyarrow.parquet", None)
    assert run(capsys, "import-groups", "--library", str(library), str(tmp_path)) == (
        2, "", "versus: import-groups needs the spark extra: pip install 'versus-reader[spark]'\n")
    assert state(library) == before
