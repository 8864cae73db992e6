"""Issue 14: story groups computed on Spark equal the library's, exactly.

The key test: a generated corpus of 10,000 articles with known stories (bench/bench_library.py)
is imported into a library, which groups it; the library is exported (`versus export-corpus`)
and grouped by reader.scale.group on Spark local[2]; the partition of the articles into groups
of two or more must be the library's, and so must the signatures, each group's earliest version
and every similarity. Then the other inputs (JSON lines, a folder of texts) and the command line.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from bench.bench_library import build_corpus
from reader.cli import main
from reader.library import Library, grouping, import_paths
from reader.scale.corpus import export_corpus
from reader.scale.group import SUMMARY, group_corpus, read_articles, signature_bytes, signatures

pytestmark = pytest.mark.spark

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = 10_000
COLUMNS = ["article_id", "group_id", "group_size", "earliest_id", "similarity"]


def _partition(pairs) -> set[frozenset[int]]:
    """The groups of two or more, as sets of article ids, from (article id, group key) pairs
    (a key of None: the article is alone)."""
    members: dict[object, set[int]] = {}
    for aid, key in pairs:
        if key is not None:
            members.setdefault(key, set()).add(aid)
    return {frozenset(m) for m in members.values() if len(m) > 1}


def _library_groups(lib: Library) -> set[frozenset[int]]:
    return _partition(lib.conn.execute("SELECT id, group_id FROM articles"))


def _output(spark, folder: Path) -> list[dict]:
    df = spark.read.parquet(str(folder))
    assert df.columns == COLUMNS
    assert [f.dataType.simpleString() for f in df.schema.fields] == ["bigint", "bigint", "int", "bigint", "double"]
    return [r.asDict() for r in df.collect()]


def _spark_groups(rows: list[dict]) -> set[frozenset[int]]:
    return _partition((r["article_id"], r["group_id"]) for r in rows)


def _check_rows(lib: Library, rows: list[dict]) -> None:
    """Every row's group id, size, earliest version and similarity, from the library's own
    signatures and dates."""
    sigs = {aid: np.frombuffer(blob, dtype=np.uint32) for aid, blob in lib.conn.execute(
        "SELECT article_id, sig FROM signatures")}
    dates = {aid: date or None for aid, date in lib.conn.execute("SELECT id, date FROM articles")}
    assert sorted(r["article_id"] for r in rows) == sorted(sigs)  # one row per article with a signature
    members: dict[int, list[int]] = {}
    for r in rows:
        members.setdefault(r["group_id"], []).append(r["article_id"])
    for r in rows:
        group = members[r["group_id"]]
        earliest = min(group, key=lambda aid: (dates[aid] is None, dates[aid] or "", aid))
        assert (r["group_id"], r["group_size"], r["earliest_id"]) == (min(group), len(group), earliest)
        assert r["similarity"] == grouping.estimate(sigs[r["article_id"]], sigs[earliest])  # exactly


# --- the key test: 10,000 articles --------------------------------------------------------------

@pytest.fixture(scope="module")
def big(spark, tmp_path_factory):
    """The 10k corpus in a library (grouped as it is imported), exported, grouped on Spark."""
    tmp = tmp_path_factory.mktemp("spark10k")
    (tmp / "corpus").mkdir()
    truth = build_corpus(tmp / "corpus", ARTICLES)
    lib = Library(tmp / "library.sqlite3", create=True)
    report = import_paths(lib, [str(tmp / "corpus")])
    assert (report.added, report.errors) == (ARTICLES, [])
    export_corpus(lib, tmp / "parquet")
    summary = group_corpus(spark, str(tmp / "parquet"), str(tmp / "groups"), lib.params)
    yield lib, tmp, summary, truth
    lib.close()


def test_spark_groups_equal_the_library_s_on_10k_articles(spark, big):
    lib, tmp, _, truth = big
    local = _library_groups(lib)
    rows = _output(spark, tmp / "groups")
    assert _spark_groups(rows) == local
    assert len(local) > 1000 and max(map(len, local)) > 8  # the corpus has many stories, some large
    stories = len({story for story in truth.values()})
    assert len(local) < stories  # and single-version stories, left alone
    _check_rows(lib, rows)


def test_the_10k_summary_counts_what_the_library_counts(big):
    lib, tmp, summary, _ = big
    local = _library_groups(lib)
    candidates = lib.conn.execute("SELECT count(*) FROM (SELECT DISTINCT x.article_id, y.article_id FROM lsh x "
                                  "JOIN lsh y ON x.band_key = y.band_key AND x.article_id < y.article_id)").fetchone()[0]
    assert (summary.rows, summary.articles, summary.groups, summary.grouped, summary.largest_group) == (
        ARTICLES, ARTICLES, len(local), sum(map(len, local)), max(map(len, local)))
    assert summary.pairs_compared == candidates
    assert set(summary.seconds) == {"signatures", "pairs", "components", "write", "total"}
    written = json.loads((tmp / "groups" / SUMMARY).read_text(encoding="utf-8"))
    assert written["params"] == {"threshold": 0.3, "num_perm": 128, "shingle": 2, "seed": 1,
                                 "bands": lib.params.bands, "rows": lib.params.rows}
    assert written["pairs_compared"] == candidates and written["input_kind"] == "parquet"
    from reader.scale.import_groups import read_groups

    assert read_groups(tmp / "groups").params == lib.params  # `versus import-groups` reads them back


def test_spark_signatures_are_the_library_s_bytes(spark, big):
    from pyspark.sql import functions as F

    lib, tmp, _, _ = big
    sample = sorted(random.Random(14).sample(range(1, ARTICLES + 1), 300))
    articles = read_articles(spark, str(tmp / "parquet")).where(F.col("id").isin(sample))
    got = {r.id: signature_bytes(r.mins) for r in signatures(articles, lib.params, 2).collect()}
    marks = ",".join("?" * len(sample))
    stored = dict(lib.conn.execute(f"SELECT article_id, sig FROM signatures WHERE article_id IN ({marks})", sample))
    assert len(stored) == len(sample) and got == stored


# --- the other inputs, on a small corpus --------------------------------------------------------

@pytest.fixture(scope="module")
def small(tmp_path_factory):
    """80 generated articles (.txt in UTF-8 and cp1251, .md, .html; clutter in half the versions)
    in a library."""
    tmp = tmp_path_factory.mktemp("spark80")
    (tmp / "corpus").mkdir()
    build_corpus(tmp / "corpus", 80, seed=7)
    lib = Library(tmp / "library.sqlite3", create=True)
    report = import_paths(lib, [str(tmp / "corpus")])
    assert (report.added, report.errors) == (80, [])
    yield lib, tmp
    lib.close()


def test_json_lines_of_full_texts_are_cleaned_as_the_library_cleans_them(spark, small, tmp_path):
    lib, _ = small
    folder = tmp_path / "jsonl"
    (folder / "sub").mkdir(parents=True)
    rows = lib.conn.execute("SELECT a.id, a.date, t.text FROM articles a JOIN texts t ON t.article_id = a.id "
                            "ORDER BY a.id").fetchall()
    for n, (aid, date, text) in enumerate(rows):  # the stored full texts, with their clutter
        row = {"id": aid, "text": text, "date": date, "title": "ignored"}
        if n % 2:
            row["clutter_free"] = False  # said, or left out: the same
        name = folder / ("sub" if n % 3 else "") / f"part-{n % 4}.jsonl"
        with open(name, "a", encoding="utf-8") as handle:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    (folder / "_SUCCESS").write_bytes(b"")
    summary = group_corpus(spark, str(folder), str(tmp_path / "out"), lib.params)
    assert (summary.input_kind, summary.rows) == ("jsonl", 80)
    out = _output(spark, tmp_path / "out")
    assert _spark_groups(out) == _library_groups(lib) != set()
    _check_rows(lib, out)


def test_export_corpus_json_lines_are_taken_as_clutter_free(spark, small, tmp_path):
    lib, _ = small
    export_corpus(lib, tmp_path / "jsonl", "jsonl")
    summary = group_corpus(spark, str(tmp_path / "jsonl"), str(tmp_path / "out"), lib.params)
    assert summary.input_kind == "jsonl"
    out = _output(spark, tmp_path / "out")
    assert _spark_groups(out) == _library_groups(lib)
    _check_rows(lib, out)


def test_a_folder_of_texts_is_read_on_the_executors(spark, small, tmp_path):
    """Ids are positions in the order `versus import` reads the folder in, which gave the library
    its ids here (nothing failed, nothing was a duplicate): the groups are the library's."""
    from reader.core.sources import find_sources

    lib, tmp = small
    sources, _ = find_sources([str(tmp / "corpus")])
    paths = [p for (p,) in lib.conn.execute("SELECT path FROM articles ORDER BY id")]
    assert [Path(p).resolve() for p in paths] == [Path(s.path).resolve() for s in sources]
    assert [aid for (aid,) in lib.conn.execute("SELECT id FROM articles ORDER BY id")] == list(range(1, 81))
    summary = group_corpus(spark, str(tmp / "corpus"), str(tmp_path / "out"), lib.params, partitions=3)
    assert (summary.input_kind, summary.rows, summary.articles) == ("texts", 80, 80)
    out = _output(spark, tmp_path / "out")
    assert _spark_groups(out) == _library_groups(lib)
    _check_rows(lib, out)


def test_unreadable_files_and_texts_without_words_get_no_row(spark, tmp_path):
    folder = tmp_path / "texts"
    folder.mkdir()
    story = "Совет города решил построить новый мост через реку к осени. Жители довольны решением совета."
    (folder / "a.txt").write_text(story, encoding="utf-8")
    (folder / "b.txt").write_text(story + " Мэр согласен.", encoding="utf-8")
    (folder / "c.txt").write_bytes(b"")  # empty: not readable
    (folder / "d.txt").write_text("— … —", encoding="utf-8")  # no words: no signature
    (folder / "e.md").write_text("# Другое\n\nПорт закрыт из-за шторма, суда ждут на рейде.", encoding="utf-8")
    summary = group_corpus(spark, str(folder), str(tmp_path / "out"))
    rows = sorted(_output(spark, tmp_path / "out"), key=lambda r: r["article_id"])
    assert (summary.rows, summary.articles, summary.groups, summary.largest_group) == (5, 3, 1, 2)
    assert [(r["article_id"], r["group_id"], r["group_size"], r["earliest_id"]) for r in rows] == [
        (1, 1, 2, 1), (2, 1, 2, 1), (5, 5, 1, 5)]
    assert rows[0]["similarity"] == rows[2]["similarity"] == 1.0 and 0.3 <= rows[1]["similarity"] < 1.0


def test_the_earliest_version_is_the_first_dated_one(spark, tmp_path):
    text = "The council voted to build a bridge over the river by the autumn, the mayor said on Monday."
    rows = [{"id": 1, "text": text}, {"id": 2, "text": text + " Critics called it late.", "date": "2024-05-02"},
            {"id": 3, "text": text + " More soon.", "date": "2024-05-01"}, {"id": 4, "text": text, "date": ""}]
    (tmp_path / "in.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    group_corpus(spark, (tmp_path / "in.jsonl").as_uri(), (tmp_path / "out").as_uri())  # file: URIs too
    out = sorted(_output(spark, tmp_path / "out"), key=lambda r: r["article_id"])
    assert (tmp_path / "out" / SUMMARY).exists()
    assert [(r["group_id"], r["earliest_id"]) for r in out] == [(1, 3)] * 4
    assert out[2]["similarity"] == 1.0 and all(r["similarity"] < 1.0 for r in out if r["article_id"] != 3)


def test_repeated_ids_and_used_outputs_are_refused(spark, tmp_path):
    from reader.scale.group import GroupingError

    (tmp_path / "in.jsonl").write_text('{"id": 1, "text": "a b"}\n{"id": 1, "text": "c d"}\n', encoding="utf-8")
    with pytest.raises(GroupingError, match="article ids repeat"):
        group_corpus(spark, str(tmp_path / "in.jsonl"), str(tmp_path / "out"))
    (tmp_path / "used").mkdir()
    (tmp_path / "used" / "keep.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(GroupingError, match="exists and is not empty"):
        group_corpus(spark, str(tmp_path / "in.jsonl"), str(tmp_path / "used"))
    assert (tmp_path / "used" / "keep.txt").read_text(encoding="utf-8") == "mine"
    with pytest.raises(GroupingError, match="no such file or folder"):
        group_corpus(spark, str(tmp_path / "missing"), str(tmp_path / "out2"))
    spark.createDataFrame([(1, "a b")], "key long, body string").write.parquet(str(tmp_path / "table"))
    with pytest.raises(GroupingError, match="no id or text column"):
        group_corpus(spark, str(tmp_path / "table"), str(tmp_path / "out3"))


# --- the command line ---------------------------------------------------------------------------

def run(capsys, *argv):
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_versus_groups_engine_spark(spark, small, tmp_path, capsys, english):
    lib, _ = small
    export_corpus(lib, tmp_path / "corpus")
    status, out, err = run(capsys, "groups", "--engine", "spark", str(tmp_path / "corpus"), str(tmp_path / "out"),
                           "--master", "local[2]", "--threshold", "0.3")
    assert status == 0, err
    lines = out.splitlines()
    local = _library_groups(lib)
    assert lines[0] == (f"80 of 80 articles grouped: {len(local)} groups of two or more "
                        f"({sum(map(len, local))} articles), the largest {max(map(len, local))}")
    assert lines[1].endswith("at or above the threshold 0.3; components in "
                             f"{json.loads((tmp_path / 'out' / SUMMARY).read_text())['rounds']} rounds")
    assert lines[2].startswith("seconds: signatures ") and lines[3] == f"written to {tmp_path / 'out'}"
    assert _spark_groups(_output(spark, tmp_path / "out")) == local
    assert spark.range(3).count() == 3  # the session the command found running is still running


def test_versus_groups_engine_spark_usage(small, tmp_path, capsys, english):
    _, tmp = small
    corpus = str(tmp / "corpus")
    assert run(capsys, "groups", "--engine", "spark", corpus)[::2] == (
        2, "versus: --engine spark needs INPUT (the corpus) and OUTPUT (a new folder for the groups)\n")
    assert run(capsys, "groups", corpus, str(tmp_path / "out"))[::2] == (
        2, "versus: INPUT, OUTPUT, --master and --partitions are for --engine spark\n")
    assert run(capsys, "groups", "--engine", "spark", corpus, str(tmp_path / "out"), "--threshold", "0")[::2] == (
        2, "versus: the threshold must be above 0 and at most 1, not 0.0\n")
    assert run(capsys, "groups", "--engine", "spark", str(tmp_path / "none"), str(tmp_path / "out"))[::2] == (
        2, f"versus: {tmp_path / 'none'}: no such file or folder\n")
    assert run(capsys, "groups", "--engine", "spark", corpus, corpus)[::2] == (
        2, f"versus: {corpus}: the output folder exists and is not empty\n")
    assert run(capsys, "groups", "--engine", "spark", corpus, str(tmp_path / "out"), "--library", "x")[::2] == (
        2, "versus: --library and --members are for the library's groups (--engine local)\n")
    assert not (tmp_path / "out").exists()


def test_a_file_spark_cannot_read_is_one_line(spark, tmp_path, capsys, english):
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "part-00000.parquet").write_bytes(b"not Parquet at all")
    status, out, err = run(capsys, "groups", "--engine", "spark", str(tmp_path / "corpus"), str(tmp_path / "out"))
    assert (status, out) == (2, "") and err.startswith("versus: Spark failed: ") and err.count("\n") == 1
    assert spark.range(3).count() == 3


def test_without_the_spark_extra_one_clear_line(tmp_path, capsys, english, monkeypatch):
    monkeypatch.setitem(sys.modules, "pyspark", None)  # `import pyspark` fails as if not installed
    status, out, err = run(capsys, "groups", "--engine", "spark", str(tmp_path), str(tmp_path / "out"))
    assert (status, out, err) == (2, "", "versus: --engine spark needs the spark extra: "
                                         "pip install 'versus-reader[spark]'\n")


def test_the_local_engine_is_the_default_and_unchanged(small, capsys, english):
    lib, _ = small
    local = run(capsys, "groups", "--library", str(lib.path))
    assert local == run(capsys, "groups", "--library", str(lib.path), "--engine", "local")
    assert local[0] == 0 and local[1].endswith(f"of {len(_library_groups(lib))} groups (threshold 0.3)\n")


def test_no_spark_is_imported_to_build_the_parser_or_to_compare(tmp_path):
    probe = ("import sys\nfrom reader.cli.main import build_parser, main\nbuild_parser()\n"
             f"assert main(['compare', {str(ROOT / 'resources/samples/000_3cc47a45235a47aa.txt')!r}, "
             f"{str(ROOT / 'resources/samples/001_1d3a09f0e9c6fa03.txt')!r}, '-o', {str(tmp_path / 'x.txt')!r}]) == 0\n"
             "print(sorted(m for m in sys.modules if m.split('.')[0] in ('pyspark', 'pyarrow', 'py4j')"
             " or m.startswith('reader.scale')))")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert (done.returncode, done.stdout) == (0, "[]\n"), done.stderr
