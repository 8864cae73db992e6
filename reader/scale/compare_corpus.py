"""Corpus-wide comparison on Spark: every version of a story against the group's earliest.

Input: the corpus (`versus export-corpus`'s Parquet: ``id``, ``source``, ``date``, ``text`` …)
and the groups (`reader.scale.group`'s Parquet: ``article_id``, ``group_id``, ``group_size``,
``earliest_id``, ``similarity``). For every group of two or more, each later version is
compared with the earliest by ``reader.core.compare`` — the engine unchanged, run on the
executors inside ``mapPartitions`` — and one row of statistics is written per pair
(`PAIR_COLUMNS`), so that a researcher can ask, with Spark SQL or pandas, which outlets reword
most, cut most, or alter quotes most (docs/scale.md).

Run as ``python -m reader.scale.compare_corpus CORPUS GROUPS OUTPUT [--master local[2]]`` or
with ``spark-submit``. pyspark is imported inside the functions that need it, so this module
imports without the extra.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Iterable, Iterator

# one row per compared pair: (name, Spark SQL type)
PAIR_COLUMNS: tuple[tuple[str, str], ...] = (
    ("group_id", "bigint"),
    ("earliest_id", "bigint"),
    ("article_id", "bigint"),
    ("earliest_source", "string"),
    ("source", "string"),
    ("date", "string"),
    ("similarity", "double"),          # percent of both texts' characters matched (Stats.similarity)
    ("sentences_left", "int"),         # the earliest version's sentences (clutter left out)
    ("sentences_right", "int"),        # this version's
    ("kept", "int"),                   # sentences paired with the same wording, in place
    ("changed", "int"),                # paired with other wording
    ("moved", "int"),                  # paired, out of order
    ("added", "int"),                  # only in this version
    ("removed", "int"),                # only in the earliest
    ("quotes", "int"),                 # direct quotes in this version
    ("quotes_verbatim", "int"),
    ("quotes_altered", "int"),
    ("quotes_no_source", "int"),
    ("quotes_dropped", "int"),         # quotes of the earliest version not kept in this one
    ("seconds", "double"),             # time compare() took for the pair
)


def pair_stats(earliest: str, version: str) -> dict:
    """The statistics of one comparison (the columns of `PAIR_COLUMNS` from ``similarity`` on)."""
    from reader.core.compare import compare
    from reader.core.model import Document

    start = time.perf_counter()
    result = compare(Document.from_text(earliest, "earliest"), Document.from_text(version, "version"))
    seconds = time.perf_counter() - start
    stats = result.stats
    right = [q for q in result.quotes if q.side == "right"]
    left = [q for q in result.quotes if q.side == "left"]
    return {
        "similarity": float(stats.similarity),
        "sentences_left": stats.sentences_left,
        "sentences_right": stats.sentences_right,
        "kept": stats.equal,
        "changed": stats.changed_pairs,
        "moved": stats.moved_pairs,
        "added": stats.inserted,
        "removed": stats.deleted,
        "quotes": len(right),
        "quotes_verbatim": sum(q.status == "verbatim" for q in right),
        "quotes_altered": sum(q.status == "altered" for q in right),
        "quotes_no_source": sum(q.status == "no source" for q in right),
        "quotes_dropped": sum(q.status == "dropped" for q in left),
        "seconds": seconds,
    }


def compare_rows(rows: Iterable) -> Iterator[tuple]:
    """``mapPartitions``' function: each row holds a pair's ids, sources, date and both texts."""
    names = [name for name, _ in PAIR_COLUMNS]
    for row in rows:
        stats = pair_stats(row["earliest_text"] or "", row["text"] or "")
        record = {"group_id": row["group_id"], "earliest_id": row["earliest_id"], "article_id": row["article_id"],
                  "earliest_source": row["earliest_source"], "source": row["source"], "date": row["date"], **stats}
        yield tuple(record[name] for name in names)


def pairs_frame(spark, corpus_path: str, groups_path: str):
    """The pairs to compare, one row each: every article of a group of two or more but the
    earliest, with the earliest version's text beside its own."""
    from pyspark.sql import functions as F

    corpus = spark.read.parquet(corpus_path).select("id", "source", "date", "text")
    groups = spark.read.parquet(groups_path).where((F.col("group_size") >= 2) & (F.col("article_id") != F.col("earliest_id")))
    earliest = corpus.select(F.col("id").alias("earliest_id"), F.col("source").alias("earliest_source"),
                             F.col("text").alias("earliest_text"))
    return (groups.join(corpus, groups.article_id == corpus.id)
            .join(earliest, "earliest_id")
            .select("group_id", "earliest_id", "article_id", "earliest_source", "source", "date",
                    "earliest_text", "text"))


def compare_corpus(spark, corpus_path: str, groups_path: str, output_path: str,
                   partitions: int | None = None) -> dict:
    """Compare every pair on the executors and write the statistics as Parquet to
    ``output_path``; returns a summary (also written there as ``_summary.json``: Spark reads past names starting with "_")."""
    start = time.perf_counter()
    pairs = pairs_frame(spark, corpus_path, groups_path)
    if partitions:
        pairs = pairs.repartition(partitions)
    schema = ", ".join(f"{name} {kind}" for name, kind in PAIR_COLUMNS)
    result = spark.createDataFrame(pairs.rdd.mapPartitions(compare_rows), schema=schema)
    result.write.mode("overwrite").parquet(output_path)
    written = spark.read.parquet(output_path)
    summary = {"pairs": written.count(), "seconds": round(time.perf_counter() - start, 3),
               "compare_seconds": float(written.agg({"seconds": "sum"}).collect()[0][0] or 0.0)}
    _write_summary(output_path, summary)
    return summary


def _write_summary(output_path: str, summary: dict) -> None:
    """``_summary.json`` beside the Parquet parts, as the grouping job writes its own (a cluster
    file system gets none: the summary is returned and printed)."""
    from reader.core.atomicfile import atomic_open
    from reader.scale.group import SUMMARY, _is_remote, _local

    if _is_remote(output_path):
        return
    with atomic_open(_local(output_path) / SUMMARY, "w") as fh:
        json.dump(summary, fh, indent=2)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m reader.scale.compare_corpus", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", help="the corpus: export-corpus's Parquet folder")
    parser.add_argument("groups", help="the groups: reader.scale.group's Parquet folder")
    parser.add_argument("output", help="where the per-pair statistics go (Parquet)")
    parser.add_argument("--master", default=None, help="Spark master (default: spark-submit's, else local[2])")
    parser.add_argument("--partitions", type=int, default=None, help="pairs are spread over N partitions")
    args = parser.parse_args(argv)
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName("versus compare-corpus")
    if args.master or "SPARK_HOME" not in os.environ:
        builder = builder.master(args.master or "local[2]")
    if (args.master or "local").startswith("local"):
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)  # local workers: this Python and its packages
    spark = builder.getOrCreate()
    try:
        summary = compare_corpus(spark, args.corpus, args.groups, args.output, args.partitions)
    finally:
        spark.stop()
    print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    sys.exit(main())
