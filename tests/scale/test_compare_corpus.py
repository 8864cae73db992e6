"""Issue 14, item 4: every version of a story compared with its group's earliest on Spark."""

from __future__ import annotations

import pytest

from reader.scale.compare_corpus import PAIR_COLUMNS, pair_stats

pytestmark = pytest.mark.spark

EARLIEST = ("The mayor opened the bridge on Monday. \"It is a great day for the city,\" he said. "
            "Traffic will start next week.")
REWORDED = ("Traffic will start next week. The mayor opened the new bridge on Monday. "
            "\"It is a good day for the city,\" he said. Critics called it late.")
SAME = EARLIEST
OTHER = "A storm closed the port. Ships waited outside for two days."


def test_the_statistics_of_one_pair():
    stats = pair_stats(EARLIEST, REWORDED)
    assert {k: stats[k] for k in ("sentences_left", "sentences_right", "kept", "changed", "moved", "added",
                                  "removed", "quotes", "quotes_verbatim", "quotes_altered",
                                  "quotes_no_source")} == {
        "sentences_left": 3, "sentences_right": 4, "kept": 0, "changed": 2, "moved": 1, "added": 1, "removed": 0,
        "quotes": 1, "quotes_verbatim": 0, "quotes_altered": 1, "quotes_no_source": 0}
    assert 0 < stats["similarity"] < 100
    same = pair_stats(EARLIEST, SAME)
    assert (same["similarity"], same["kept"], same["quotes_verbatim"]) == (100.0, 3, 1)


def _write(path, rows: list[dict]) -> None:
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    path.mkdir()
    pq.write_table(pa.Table.from_pylist(rows), str(path / "part-0.parquet"))


def test_every_later_version_is_compared_with_the_earliest_on_spark(tmp_path, monkeypatch):
    pytest.importorskip("pyspark")
    import sys

    monkeypatch.setenv("PYSPARK_PYTHON", sys.executable)  # the workers run this venv's Python
    from pyspark.sql import SparkSession

    from reader.scale.compare_corpus import compare_corpus

    corpus = [
        {"id": 1, "source": "a.example", "date": "2024-01-01", "text": EARLIEST, "clutter_free": True},
        {"id": 2, "source": "b.example", "date": "2024-01-02", "text": REWORDED, "clutter_free": True},
        {"id": 3, "source": "c.example", "date": "2024-01-03", "text": SAME, "clutter_free": True},
        {"id": 4, "source": "d.example", "date": "2024-01-01", "text": OTHER, "clutter_free": True},
    ]
    groups = [
        {"article_id": 1, "group_id": 1, "group_size": 3, "earliest_id": 1, "similarity": 1.0},
        {"article_id": 2, "group_id": 1, "group_size": 3, "earliest_id": 1, "similarity": 0.4},
        {"article_id": 3, "group_id": 1, "group_size": 3, "earliest_id": 1, "similarity": 1.0},
        {"article_id": 4, "group_id": 4, "group_size": 1, "earliest_id": 4, "similarity": 1.0},
    ]
    _write(tmp_path / "corpus", corpus)
    _write(tmp_path / "groups", groups)
    spark = (SparkSession.builder.master("local[2]").config("spark.ui.enabled", "false")
             .config("spark.sql.shuffle.partitions", "4").getOrCreate())
    summary = compare_corpus(spark, str(tmp_path / "corpus"), str(tmp_path / "groups"), str(tmp_path / "pairs"),
                             partitions=2)
    rows = sorted((r.asDict() for r in spark.read.parquet(str(tmp_path / "pairs")).collect()),
                  key=lambda r: r["article_id"])
    assert summary["pairs"] == 2 and (tmp_path / "pairs" / "_summary.json").exists()
    assert [r["article_id"] for r in rows] == [2, 3]  # the earliest and the singleton are not compared
    assert list(rows[0]) == [name for name, _ in PAIR_COLUMNS]
    for row, text in zip(rows, (REWORDED, SAME)):
        expected = pair_stats(EARLIEST, text)
        assert {k: row[k] for k in expected if k != "seconds"} == {k: v for k, v in expected.items() if k != "seconds"}
        assert (row["group_id"], row["earliest_id"], row["earliest_source"]) == (1, 1, "a.example")
    # the question of docs/scale.md: which outlets alter quotes most
    pairs = spark.read.parquet(str(tmp_path / "pairs"))
    pairs.createOrReplaceTempView("pairs")
    top = spark.sql("SELECT source, SUM(quotes_altered) / SUM(quotes) AS altered_share FROM pairs "
                    "GROUP BY source HAVING SUM(quotes) > 0 ORDER BY altered_share DESC").collect()
    assert [(r.source, r.altered_share) for r in top] == [("b.example", 1.0), ("c.example", 0.0)]


def test_the_command_passes_its_arguments_to_the_spark_job(monkeypatch):
    pytest.importorskip("pyspark")
    from reader.cli import main
    from reader.scale import compare_corpus

    seen = []
    monkeypatch.setattr(compare_corpus, "main", lambda argv: seen.append(argv) or 0)
    assert main(["compare-corpus", "corpus", "groups", "out", "--master", "local[1]", "--partitions", "3"]) == 0
    assert seen == [["corpus", "groups", "out", "--master", "local[1]", "--partitions", "3"]]


def test_a_spark_failure_is_one_line_and_status_1(monkeypatch, capsys):
    pytest.importorskip("pyspark")
    from reader.cli import main
    from reader.scale import compare_corpus

    def fail(argv):
        raise RuntimeError("[PATH_NOT_FOUND] Path does not exist: file:/nowhere/corpus.\nJVM stack trace …")

    monkeypatch.setattr(compare_corpus, "main", fail)
    assert main(["compare-corpus", "/nowhere/corpus", "g", "o"]) == 1
    assert capsys.readouterr().err == ("versus: compare-corpus failed: [PATH_NOT_FOUND] Path does not exist: "
                                       "file:/nowhere/corpus.\n")
