"""Story groups on Apache Spark: the library's grouping (reader.library.grouping) for corpora
past one machine, with the same answers.

    python -m reader.scale.group INPUT OUTPUT [--master local[2]|spark://HOST:7077]
                                              [--threshold 0.3] [--partitions N]
    spark-submit --master spark://HOST:7077 PATH/TO/reader/scale/group.py INPUT OUTPUT
    versus groups --engine spark INPUT OUTPUT [--master …]

INPUT is one of:

* a Parquet folder (or file) as ``versus export-corpus`` writes it: columns ``id`` (int64) and
  ``text``, ``date`` (ISO, may be missing) and ``clutter_free``; every other column is ignored;
* a folder (or file) of JSON Lines (``.jsonl``, ``.json``, ``.ndjson``), one article an object
  with the same keys (at least ``id``, an integer, and ``text``);
* a folder of ``.txt``, ``.md``, ``.html`` files and ``.zip`` archives of them, found and read
  as ``versus import`` finds and reads them (reader.core.sources), on the executors. An
  article's id is its 1-based position in that order (folders walked recursively, sorted by
  name; archive members in archive order), so the same folder gives the same ids every time;
  files that cannot be read are counted and left out.

Remote paths (``hdfs://…``, ``s3a://…``) are Parquet unless they end in a JSON suffix; a
folder of files to extract must be local to the driver and at the same path on every executor.

The steps, each on the executors:

1. **Signatures**: ``article_signature`` on each article, the library's own code
   (``reader.library.grouping``: its shingles, its MinHash permutations and seed, its band
   keys), so a signature here is byte for byte the one the library stores. Export-corpus's
   ``text`` is already the main text (``clutter_free`` true), so it is not cleaned again;
   texts read from plain files are (``main_text``), as the library does when it imports them.
2. **Candidate pairs**: the band keys exploded and self-joined, each pair (a < b) once; its
   estimate is the share of equal signature positions (``estimate_column``: Spark array
   functions, the same count and the same division as ``grouping.estimate``), kept when it
   reaches the threshold.
3. **Components** of the kept pairs (reader.scale.components): a group is a connected
   component, as the library's single-link grouping makes it.
4. **Output**: Parquet, one row per article with a signature: ``article_id`` (int64),
   ``group_id`` (int64: the least article id of its group; an article alone is its own
   group), ``group_size`` (int32), ``earliest_id`` (the group's earliest version: the least
   ``date``, articles without one last, then the least id) and ``similarity`` (double: the
   estimate of the article's signature against the earliest version's; 1.0 for that one).
   ``_summary.json`` beside the Parquet parts holds the counts, the parameters and the seconds
   each step took (its leading underscore keeps Spark and pyarrow, which read every other file
   in the folder as Parquet, from reading it).

pyspark is imported inside the functions: the module imports without the [spark] extra.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from reader.library import grouping
from reader.library.grouping import DEFAULT_THRESHOLD, GroupParams

if TYPE_CHECKING:
    from pyspark.sql import Column, DataFrame, SparkSession

PARQUET, JSONL, TEXTS = "parquet", "jsonl", "texts"
JSON_SUFFIXES = (".jsonl", ".json", ".ndjson")
SUMMARY = "_summary.json"
STAGES = ("signatures", "pairs", "components", "write")


class GroupingError(Exception):
    """An input or output that cannot be used, or a Spark that cannot start; one line."""


# --- signatures: the library's code, on the executors -----------------------------------------

def article_signature(text: str, clutter_free: bool | None, params: GroupParams) -> np.ndarray | None:
    """The MinHash signature the library stores for an article (None for a text without words).

    The library computes it from ``main_text`` of the stored text. Export-corpus's ``text`` is
    that main text already (``clutter_free`` true), and is taken as it is; any other text (a
    plain file's, a JSON line's without the flag) is cleaned first, as the library does."""
    body = text if clutter_free else grouping.main_text(text)
    return grouping.signature(grouping.iter_shingles(body, params.shingle), params)


def signature_bytes(mins: Iterable[int]) -> bytes:
    """The library's signature blob (``signatures.sig``) from the signed 32-bit ``mins`` column."""
    return np.asarray(list(mins), dtype=np.int32).view(np.uint32).tobytes()


def _signature_rows(params: GroupParams, rows: Iterable[Any]) -> Iterator[tuple]:
    """(id, date, mins, band keys) per article; mins and keys None without a signature.

    ``mins`` is the signature as signed 32-bit integers (Spark has no unsigned type; equality,
    all the estimate needs, is unchanged)."""
    for aid, text, date, clutter_free in rows:
        sig = article_signature(text or "", clutter_free, params) if aid is not None else None
        if sig is None:
            yield aid, date, None, None
        else:
            yield aid, date, sig.view(np.int32).tolist(), grouping.band_keys(sig, params)


def _read_sources(rows: Iterable[tuple]) -> Iterator[tuple]:
    """(id, text, date, clutter_free) for each (id, path, member, nth) of a file to read;
    text None for a file that cannot be read."""
    from reader.core.archives import close_archives
    from reader.core.sources import Source, read

    try:
        for aid, path, member, nth in rows:
            try:
                ex = read(Source(path, member, nth))
            except Exception:  # a LoadError, or anything a hostile file raises: left out, counted
                yield aid, None, None, False
                continue
            yield aid, ex.text, ex.date or None, False
    finally:
        close_archives()


# --- reading the input ------------------------------------------------------------------------

def _is_remote(path: str) -> bool:
    return "://" in path and not path.startswith("file:")


def _local(path: str) -> Path:
    """A local path, given plain or as a ``file:`` URI."""
    if path.startswith("file:"):
        from urllib.parse import unquote, urlparse

        return Path(unquote(urlparse(path).path))
    return Path(path)


def input_kind(path: str) -> str:
    """PARQUET, JSONL or TEXTS, by the files found at ``path`` (Parquet first, then JSON Lines;
    anything else is a folder of texts). Raises GroupingError for a path that does not exist."""
    if _is_remote(path):
        return JSONL if path.rstrip("/").lower().endswith(JSON_SUFFIXES) else PARQUET
    p = _local(path)
    if not p.exists():
        raise GroupingError(f"{path}: no such file or folder")
    if p.is_file():
        suffix = p.suffix.lower()
        return PARQUET if suffix == ".parquet" else JSONL if suffix in JSON_SUFFIXES else TEXTS
    json_seen = False
    for f in _data_files(p):
        if f.suffix.lower() == ".parquet":
            return PARQUET
        json_seen = json_seen or f.suffix.lower() in JSON_SUFFIXES
    return JSONL if json_seen else TEXTS


def _data_files(folder: Path) -> Iterator[Path]:
    """The files under ``folder``, sorted, leaving out hidden ones and ``_``-prefixed ones
    (Spark's ``_SUCCESS``, summaries)."""
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith((".", "_")))
        for name in sorted(files):
            if not name.startswith((".", "_")):
                yield Path(root) / name


def _article_columns(df: DataFrame, what: str) -> DataFrame:
    """(id long, text string, date string or null, clutter_free boolean or null) of a table."""
    from pyspark.sql import functions as F

    missing = {"id", "text"} - set(df.columns)
    if missing:
        raise GroupingError(f"{what}: no {' or '.join(sorted(missing))} column")

    def optional(name: str, kind: str) -> Column:
        return F.col(name).cast(kind) if name in df.columns else F.lit(None).cast(kind)

    date = optional("date", "string")
    return df.select(F.col("id").cast("long").alias("id"), F.col("text").cast("string").alias("text"),
                     F.when(F.trim(date) != "", date).alias("date"),  # "" is no date
                     optional("clutter_free", "boolean").alias("clutter_free"))


def read_articles(spark: SparkSession, path: str, kind: str | None = None,
                  partitions: int | None = None) -> DataFrame:
    """The articles at ``path`` as (id, text, date, clutter_free); see the module's docstring."""
    from pyspark.sql.types import BooleanType, LongType, StringType, StructField, StructType

    kind = kind or input_kind(path)
    schema = StructType([StructField("id", LongType()), StructField("text", StringType()),
                         StructField("date", StringType()), StructField("clutter_free", BooleanType())])
    if kind == PARQUET:
        return _article_columns(spark.read.parquet(path), path)
    if kind == JSONL:
        p = _local(path)
        files = [path] if _is_remote(path) or p.is_file() else \
            [str(f) for f in _data_files(p) if f.suffix.lower() in JSON_SUFFIXES]
        return _article_columns(spark.read.schema(schema).json(files), path)
    from reader.core.sources import find_sources

    sources, _errors = find_sources([str(_local(path).resolve())])
    if not sources:
        raise GroupingError(f"{path}: no Parquet, JSON Lines, .txt, .md, .html or .zip files")
    rows = [(n, s.path, s.member, s.nth) for n, s in enumerate(sources, start=1)]
    slices = partitions or spark.sparkContext.defaultParallelism
    rdd = spark.sparkContext.parallelize(rows, min(slices, len(rows))).mapPartitions(_read_sources)
    return spark.createDataFrame(rdd, schema)


def signatures(articles: DataFrame, params: GroupParams, partitions: int | None = None) -> DataFrame:
    """(id, date, mins array<int>, keys array<bigint>) per article, computed on the executors
    by the library's code; mins and keys null for an article without a signature."""
    from pyspark.sql.types import ArrayType, IntegerType, LongType, StringType, StructField, StructType

    schema = StructType([StructField("id", LongType()), StructField("date", StringType()),
                         StructField("mins", ArrayType(IntegerType(), False)),
                         StructField("keys", ArrayType(LongType(), False))])
    if partitions:
        articles = articles.repartition(partitions)
    rdd = articles.select("id", "text", "date", "clutter_free").rdd.mapPartitions(partial(_signature_rows, params))
    return articles.sparkSession.createDataFrame(rdd, schema)


# --- pairs, groups, output --------------------------------------------------------------------

def estimate_column(a: Column | str, b: Column | str) -> Column:
    """``grouping.estimate`` in Spark: the number of equal positions of two signatures divided
    by their length, as a double (the same integer count and the same IEEE division)."""
    from pyspark.sql import functions as F

    equal = F.zip_with(a, b, lambda x, y: F.when(x == y, F.lit(1)).otherwise(F.lit(0)))
    count = F.aggregate(equal, F.lit(0), lambda acc, x: acc + x)
    return count.cast("double") / F.size(a).cast("double")


def candidate_pairs(sigs: DataFrame) -> DataFrame:
    """(a, b, estimate) for every pair a < b of articles sharing a band key, each pair once."""
    from pyspark.sql import functions as F

    bands = sigs.select("id", F.explode("keys").alias("key"))
    pairs = (bands.alias("x").join(bands.alias("y"), "key").where(F.col("x.id") < F.col("y.id"))
             .select(F.col("x.id").alias("a"), F.col("y.id").alias("b")).distinct())
    mins = sigs.select("id", "mins")
    return (pairs.join(mins.withColumnRenamed("id", "a").withColumnRenamed("mins", "ma"), "a")
            .join(mins.withColumnRenamed("id", "b").withColumnRenamed("mins", "mb"), "b")
            .select("a", "b", estimate_column("ma", "mb").alias("estimate")))


def assign_groups(sigs: DataFrame, labels: DataFrame) -> DataFrame:
    """The output rows: every article of ``sigs`` with its group (``labels``: id, component;
    an article missing from it is alone), the group's size and earliest version, and its
    similarity to that version."""
    from pyspark.sql import functions as F

    rows = (sigs.select("id", "date", "mins").join(labels, "id", "left")
            .withColumn("group_id", F.coalesce(F.col("component"), F.col("id"))))
    order = F.struct(F.col("date").isNull().alias("undated"), F.col("date"), F.col("id"))  # undated last
    groups = rows.groupBy("group_id").agg(F.count(F.lit(1)).cast("int").alias("group_size"),
                                          F.min(order).getField("id").alias("earliest_id"))
    earliest = sigs.select(F.col("id").alias("earliest_id"), F.col("mins").alias("earliest_mins"))
    return (rows.join(groups, "group_id").join(earliest, "earliest_id")
            .select(F.col("id").alias("article_id"), "group_id", "group_size", "earliest_id",
                    estimate_column("mins", "earliest_mins").alias("similarity")))


@dataclass
class Summary:
    """What a run did (``_summary.json``)."""

    input: str
    output: str
    input_kind: str
    rows: int = 0              # articles read
    articles: int = 0          # with a signature: the output's rows
    groups: int = 0            # groups of two articles or more
    grouped: int = 0           # articles in them
    largest_group: int = 0
    pairs_compared: int = 0    # candidate pairs (sharing a band key), each once
    similar_pairs: int = 0     # of them, at or above the threshold
    rounds: int = 0            # of the connected components
    partitions: int = 0
    seconds: dict[str, float] = field(default_factory=dict)
    params: dict[str, Any] = field(default_factory=dict)
    spark: dict[str, str] = field(default_factory=dict)

    def to_json(self) -> str:
        return json.dumps(asdict(self), indent=2, ensure_ascii=False) + "\n"

    @property
    def rate(self) -> float:
        """Articles read per second, all steps counted."""
        total = self.seconds.get("total", 0.0)
        return self.rows / total if total > 0 else 0.0


def _timed(seconds: dict[str, float], stage: str, start: float) -> float:
    now = time.perf_counter()
    seconds[stage] = round(now - start, 3)
    return now


def _check_output(path: str, overwrite: bool) -> None:
    if _is_remote(path) or overwrite:
        return
    p = _local(path)
    if p.is_file() or (p.is_dir() and any(p.iterdir())):
        raise GroupingError(f"{path}: the output folder exists and is not empty")


def group_corpus(spark: SparkSession, input_path: str, output_path: str, params: GroupParams | None = None,
                 partitions: int | None = None, overwrite: bool = False) -> Summary:
    """Group the articles at ``input_path``, write the groups to ``output_path``; the summary.

    ``partitions``: how many parts the articles are cut into for the signatures (default:
    ``spark.sql.shuffle.partitions``). An existing, non-empty local output is refused unless
    ``overwrite``."""
    from pyspark.sql import functions as F

    from reader.scale.components import connected_components

    params = params or GroupParams.for_threshold(DEFAULT_THRESHOLD)
    kind = input_kind(input_path)
    _check_output(output_path, overwrite)
    partitions = partitions or int(spark.conf.get("spark.sql.shuffle.partitions") or 8)
    summary = Summary(input_path, output_path, kind, partitions=partitions, params=asdict(params),
                      spark={"version": spark.version, "master": str(spark.sparkContext.master)})
    seconds = summary.seconds
    start = t = time.perf_counter()

    articles = read_articles(spark, input_path, kind, partitions)  # files to extract: already in parts
    sigs_all = signatures(articles, params, None if kind == TEXTS else partitions).cache()
    stats = sigs_all.agg(F.count(F.lit(1)).alias("rows"), F.count("id").alias("ids"),
                         F.countDistinct("id").alias("distinct"), F.count("mins").alias("signed")).collect()[0]
    if stats["ids"] != stats["distinct"]:
        sigs_all.unpersist()
        raise GroupingError(f"{input_path}: article ids repeat ({stats['ids'] - stats['distinct']} rows)")
    summary.rows, summary.articles = stats["rows"], stats["signed"]
    sigs = sigs_all.where(F.col("mins").isNotNull())
    t = _timed(seconds, "signatures", t)

    pairs = candidate_pairs(sigs).cache()
    counts = pairs.agg(F.count(F.lit(1)).alias("n"),
                       F.count(F.when(F.col("estimate") >= params.threshold, 1)).alias("similar")).collect()[0]
    summary.pairs_compared, summary.similar_pairs = counts["n"], counts["similar"]
    t = _timed(seconds, "pairs", t)

    labels, summary.rounds = connected_components(
        pairs.where(F.col("estimate") >= params.threshold).select(F.col("a").alias("src"), F.col("b").alias("dst")))
    labels = labels.cache()
    labels.count()
    pairs.unpersist()
    t = _timed(seconds, "components", t)

    out = assign_groups(sigs, labels)
    out.write.mode("overwrite" if overwrite or not _is_remote(output_path) else "errorifexists").parquet(output_path)
    written = spark.read.parquet(output_path)
    sizes = (written.where(F.col("group_size") > 1).groupBy("group_id").agg(F.first("group_size").alias("n"))
             .agg(F.count(F.lit(1)).alias("groups"), F.sum("n").alias("grouped"), F.max("n").alias("largest"))
             .collect()[0])
    summary.groups, summary.grouped, summary.largest_group = sizes["groups"], sizes["grouped"] or 0, sizes["largest"] or 0
    labels.unpersist()
    sigs_all.unpersist()
    _timed(seconds, "write", t)
    _timed(seconds, "total", start)
    if not _is_remote(output_path):
        (_local(output_path) / SUMMARY).write_text(summary.to_json(), encoding="utf-8")
    return summary


# --- running it -------------------------------------------------------------------------------

def start_session(master: str | None = None, partitions: int | None = None,
                  app_name: str = "versus-groups") -> SparkSession:
    """A SparkSession without the web UI. Local masters run their Python workers with this
    interpreter (Spark would take ``python3`` from PATH). ``spark.sql.shuffle.partitions`` is
    ``partitions`` when given, else what spark-submit's configuration says, else 4 per core."""
    from pyspark.sql import SparkSession

    if master is None or master.startswith("local"):
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = SparkSession.builder.appName(app_name).config("spark.ui.enabled", "false")
    if master:
        builder = builder.master(master)
    if partitions:
        builder = builder.config("spark.sql.shuffle.partitions", str(partitions))
    try:
        spark = builder.getOrCreate()
    except Exception as exc:  # no Java, a master that cannot be reached: one line
        first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        raise GroupingError(f"cannot start Spark ({first}); Spark needs Java 17 or later") from exc
    if not partitions and not spark.sparkContext.getConf().contains("spark.sql.shuffle.partitions"):
        spark.conf.set("spark.sql.shuffle.partitions", str(4 * spark.sparkContext.defaultParallelism))
    return spark


def run(input_path: str, output_path: str, master: str | None = None, threshold: float = DEFAULT_THRESHOLD,
        partitions: int | None = None) -> Summary:
    """Start Spark, group, stop Spark (unless a session was running already, as in a notebook):
    what the command lines run. Raises GroupingError, one line."""
    from pyspark.sql import SparkSession

    try:
        params = GroupParams.for_threshold(threshold)
    except ValueError as exc:
        raise GroupingError(str(exc)) from None
    input_kind(input_path)  # a missing input or a used output is said before Spark starts
    _check_output(output_path, False)
    running = SparkSession.getActiveSession()
    spark = start_session(master, partitions)
    try:
        return group_corpus(spark, input_path, output_path, params, partitions)
    except Exception as exc:  # Spark's own (an unreadable file, a lost executor): one line
        if not type(exc).__module__.startswith(("pyspark.", "py4j.")):
            raise
        first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        raise GroupingError(f"Spark failed: {first}") from exc
    finally:
        if running is None:
            spark.stop()


SUMMARY_LINES = (
    "{articles} of {rows} articles grouped: {groups} groups of two or more ({grouped} articles), the largest {largest}",
    "{pairs} candidate pairs compared, {similar} at or above the threshold {threshold}; components in {rounds} rounds",
    "seconds: signatures {signatures}, pairs {pairs}, components {components}, write {write}; "
    "{total} in all, {rate} articles/s",
    "written to {output}",
)


def summary_lines(summary: Summary, templates: tuple[str, ...] | list[str] = SUMMARY_LINES) -> list[str]:
    """The summary for a terminal; ``templates``: SUMMARY_LINES, or them in another language."""
    s = summary.seconds
    return [
        templates[0].format(articles=summary.articles, rows=summary.rows, groups=summary.groups,
                            grouped=summary.grouped, largest=summary.largest_group),
        templates[1].format(pairs=summary.pairs_compared, similar=summary.similar_pairs,
                            threshold=f"{summary.params.get('threshold', 0):g}", rounds=summary.rounds),
        templates[2].format(**{k: f"{s.get(k, 0.0):.1f}" for k in (*STAGES, "total")}, rate=f"{summary.rate:.0f}"),
        templates[3].format(output=summary.output),
    ]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m reader.scale.group",
        description="Story groups on Apache Spark, the same as the library's (see the module's docstring).")
    parser.add_argument("input", metavar="INPUT", help="Parquet (versus export-corpus), JSON Lines, or a folder of texts")
    parser.add_argument("output", metavar="OUTPUT", help="the folder to write the groups to (Parquet)")
    parser.add_argument("--master", help="Spark's master: local[2], spark://HOST:7077, … "
                                         "(default: spark-submit's, else local[*])")
    parser.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD, metavar="T",
                        help=f"the similarity threshold, 0..1 (default {DEFAULT_THRESHOLD:g}, the library's)")
    parser.add_argument("--partitions", type=int, default=0, metavar="N",
                        help="parts of the articles and of the shuffles (default: 4 per core)")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        summary = run(args.input, args.output, args.master, args.threshold, args.partitions or None)
    except GroupingError as exc:
        print(f"reader.scale.group: {exc}", file=sys.stderr)
        return 2
    print("\n".join(summary_lines(summary)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
