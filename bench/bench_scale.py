"""Issue 14: story grouping in the local SQLite library against Apache Spark, side by side.

Run: .venv/bin/python bench/bench_scale.py [--articles 100000] [--master local[2]]
(needs the [spark] extra and Java 17+: `make test-spark` installs them)

It generates a corpus of N articles with known stories (bench/bench_library.py's generator,
fixed seed: text, Markdown, cp1251 and HTML files, clutter, rewordings), then times, each as a
whole `versus` process with its peak memory:
- local: `versus import FOLDER --workers 2 --timings` (reading, extraction and signatures in two
  worker processes, storing, full-text indexing and grouping in SQLite; seconds per stage);
- `versus export-corpus` of that library to Parquet;
- Spark on the export: `versus groups --engine spark` (signatures, candidate pairs,
  connected components, write, from its _summary.json);
- Spark on the raw folder (reading and extraction on the executors too), like for like with
  the local import;
and checks that Spark's groups equal the library's. At 1M articles the whole run takes about
75 minutes on two cores, 45 of them the local import; `--spark-only` runs Spark on the raw
files alone.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))


def _tree_rss(root: int) -> int:
    """Resident memory of ``root`` and all its descendants (the Spark JVM among them), in kB."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as fh:
                fields = fh.read().rsplit(b")", 1)[1].split()
            parents[int(entry)] = int(fields[1])
            rss[int(entry)] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE") // 1024
        except (OSError, IndexError, ValueError):
            continue
    tree, frontier = {root}, [root]
    while frontier:
        parent = frontier.pop()
        children = [pid for pid, ppid in parents.items() if ppid == parent and pid not in tree]
        tree.update(children)
        frontier.extend(children)
    return sum(rss.get(pid, 0) for pid in tree)


def timed(cmd: list[str]) -> tuple[float, float, str]:
    """(seconds, peak resident memory in MB of the process and all its descendants, sampled
    every 0.2 s: the Spark JVM and the import's workers included, what it printed) of ``cmd``."""
    import threading

    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT)
    peak = [0]
    done = threading.Event()

    def sample() -> None:
        while not done.wait(0.2):
            peak[0] = max(peak[0], _tree_rss(proc.pid))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err_bytes = proc.communicate()
    err = err_bytes.decode(errors="replace")
    status = proc.returncode
    done.set()
    sampler.join()
    if status != 0:
        raise SystemExit(f"{' '.join(cmd[:4])}… failed: {err[-600:]}")
    return time.perf_counter() - start, peak[0] / 1024, out.decode(errors="replace")


def versus(*args: str) -> list[str]:
    return [sys.executable, "-m", "reader.cli", *args]


def library_groups(path: Path) -> set[frozenset[int]]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        groups: dict[int, set[int]] = {}
        for aid, gid in conn.execute("SELECT id, group_id FROM articles WHERE group_id IS NOT NULL"):
            groups.setdefault(gid, set()).add(aid)
        return {frozenset(m) for m in groups.values() if len(m) > 1}
    finally:
        conn.close()


def spark_groups(path: Path) -> set[frozenset[int]]:
    import pyarrow.parquet as pq

    table = pq.read_table(str(path), columns=["article_id", "group_id", "group_size"])
    groups: dict[int, set[int]] = {}
    for aid, gid, size in zip(*(table.column(c).to_pylist() for c in ("article_id", "group_id", "group_size"))):
        if size > 1:
            groups.setdefault(gid, set()).add(aid)
    return {frozenset(m) for m in groups.values()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--master", default="local[2]")
    parser.add_argument("--workers", type=int, default=2,
                        help="the local import's worker processes (default 2: the cores local[2] has)")
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it")
    parser.add_argument("--spark-only", action="store_true",
                        help="only Spark on the raw files (no library: at 1M articles the local import takes hours)")
    args = parser.parse_args()
    from bench_library import build_corpus

    work = args.keep or Path(tempfile.mkdtemp(prefix="versus-scale-"))
    work.mkdir(parents=True, exist_ok=True)
    folder, library = work / "articles", work / "library.sqlite3"
    n = args.articles
    start = time.perf_counter()
    if not folder.exists():
        folder.mkdir()
        build_corpus(folder, n)
    print(f"{n:,} articles generated in {time.perf_counter() - start:.0f} s ({work})", flush=True)
    results: dict[str, tuple[float, float]] = {}

    def step(label: str, cmd: list[str]) -> str:
        seconds, peak, out = timed(cmd)
        results[label] = seconds, peak
        print(f"  {label}: {seconds:.1f} s, {n / seconds:.0f} articles/s, peak {peak:.0f} MB", flush=True)
        return out
    if args.spark_only:
        shutil.rmtree(work / "groups-raw", ignore_errors=True)
        seconds, peak, _ = timed(versus("groups", "--engine", "spark", str(folder), str(work / "groups-raw"),
                                        "--master", args.master))
        raw = json.loads((work / "groups-raw" / "_summary.json").read_text(encoding="utf-8"))
        parts = ", ".join(f"{k} {v:.1f} s" for k, v in raw["seconds"].items())
        print(f"spark on the raw files: {seconds:.1f} s, {n / seconds:.0f} articles/s, peak {peak:.0f} MB; "
              f"stages: {parts}; pairs compared {raw['pairs_compared']:,}, groups {raw['groups']:,}, "
              f"partitions {raw['partitions']}")
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
        return 0
    local_stages = ""
    if not library.exists():
        out = step(f"local: versus import --workers {args.workers} (read, extract, group)",
                   versus("import", str(folder), "--library", str(library), "--quiet", "--timings",
                          "--workers", str(args.workers), "--lang", "en"))
        local_stages = out.strip().splitlines()[-1]
        print(f"  {local_stages}", flush=True)
    shutil.rmtree(work / "corpus", ignore_errors=True)
    step("versus export-corpus (Parquet)", versus("export-corpus", "--library", str(library), str(work / "corpus")))
    shutil.rmtree(work / "groups", ignore_errors=True)
    step("spark: groups on the export",
         versus("groups", "--engine", "spark", str(work / "corpus"), str(work / "groups"), "--master", args.master))
    stages = json.loads((work / "groups" / "_summary.json").read_text(encoding="utf-8"))
    shutil.rmtree(work / "groups-raw", ignore_errors=True)
    step("spark: groups on the raw files (read, extract, group)",
         versus("groups", "--engine", "spark", str(folder), str(work / "groups-raw"), "--master", args.master))
    raw = json.loads((work / "groups-raw" / "_summary.json").read_text(encoding="utf-8"))

    print(f"\n{'step':<56} {'seconds':>9} {'articles/s':>11} {'peak MB':>8}")
    for label, (seconds, peak) in results.items():
        print(f"{label:<56} {seconds:>9.1f} {n / seconds:>11.0f} {peak:>8.0f}")
    if local_stages:
        print(f"local import, {local_stages}")
    for name, summary in (("export", stages), ("raw files", raw)):
        parts = ", ".join(f"{k} {v:.1f} s" for k, v in summary["seconds"].items())
        print(f"spark stages ({name}): {parts}; pairs compared {summary['pairs_compared']:,}, "
              f"groups {summary['groups']:,}, partitions {summary['partitions']}")
    local, spark = library_groups(library), spark_groups(work / "groups")
    print(f"\ngroups of 2+: local {len(local):,}, spark {len(spark):,}; equal: {local == spark}")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    return 0 if local == spark else 1


if __name__ == "__main__":
    sys.exit(main())
