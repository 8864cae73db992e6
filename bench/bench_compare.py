"""Benchmark: compare() and the `versus compare` command against git's word diff.

Run: .venv/bin/python bench/bench_compare.py [--repeat N]
For the sample pair and generated 100 KB, 500 KB and 1 MB pairs (bench/generate.py, fixed
seed) it prints, measured in the same run on the same files:
- compare() in-process: best of N wall-clock times, and the child process's peak RSS;
- the whole CLI (`versus compare A B -o out.html`, a new Python process), best of N;
- `git diff --no-index --word-diff=porcelain A B`, best of N;
then the ratios, the time growth from 500 KB to 1 MB, and the targets. The last row re-wraps
the right version of the 1 MB pair at 72 columns, the case line-based tools handle worst.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))


def child(a: str, b: str, repeat: int) -> None:
    """In a fresh process: time compare() and report the peak memory."""
    from reader.core import compare, load_path

    best = float("inf")
    result = None
    for _ in range(repeat):
        start = time.perf_counter()
        result = compare(load_path(a), load_path(b))
        best = min(best, time.perf_counter() - start)
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"seconds": best, "peak_mb": peak_kb / 1024, "similarity": result.stats.similarity,
                      "links": len(result.links)}))


def best_of(cmd: list[str], repeat: int, ok: tuple[int, ...] = (0,)) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        done = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False)
        best = min(best, time.perf_counter() - start)
        if done.returncode not in ok:
            raise SystemExit(f"{' '.join(cmd[:4])}… failed ({done.returncode}): {done.stderr.decode()[-300:]}")
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--child", nargs=2, metavar=("A", "B"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(*args.child, args.repeat)
        return 0

    from generate import write_pair

    data = Path(tempfile.mkdtemp(prefix="versus-bench-"))
    samples = sorted((ROOT / "resources" / "samples").glob("*.txt"))
    pairs = [("sample pair", samples[0], samples[1])]
    for size, label in ((100_000, "100 KB"), (500_000, "500 KB"), (1_000_000, "1 MB")):
        a, b = write_pair(data, size)
        pairs.append((label, a, b))
    # the case line-based tools are worst at: the right version re-wrapped at 72 columns
    pairs.append(("1 MB reflow", *write_pair(data, 1_000_000, reflowed=True)))

    print(f"{'pair':<12} {'bytes':>9} {'compare()':>10} {'peak MB':>8} {'CLI html':>9} {'git wd':>8} "
          f"{'cmp/git':>8} {'CLI/git':>8} {'similarity':>10}")
    results: dict[str, float] = {}
    gits: dict[str, float] = {}
    peaks: dict[str, float] = {}
    for label, a, b in pairs:
        out = subprocess.run([sys.executable, __file__, "--child", str(a), str(b), "--repeat", str(args.repeat)],
                             capture_output=True, text=True, check=True)
        r = json.loads(out.stdout)
        html = data / "out.html"
        cli = best_of([sys.executable, "-m", "reader.cli", "compare", str(a), str(b), "-o", str(html)], args.repeat)
        git = best_of(["git", "diff", "--no-index", "--word-diff=porcelain", str(a), str(b)], args.repeat, ok=(0, 1))
        size = os.path.getsize(a) + os.path.getsize(b)
        results[label] = r["seconds"]
        gits[label] = git
        peaks[label] = r["peak_mb"]
        print(f"{label:<12} {size:>9} {r['seconds'] * 1000:>8.1f}ms {r['peak_mb']:>8.1f} {cli * 1000:>7.0f}ms "
              f"{git * 1000:>6.1f}ms {r['seconds'] / git:>8.1f} {cli / git:>8.1f} {r['similarity']:>9.1f}%")
    growth = results["1 MB"] / results["500 KB"]
    big, ratio = results["1 MB"], results["1 MB"] / gits["1 MB"]

    def verdict(ok: bool) -> str:
        return "met" if ok else "NOT MET"

    print()
    print(f"time growth 500 KB -> 1 MB: x{growth:.2f} (target <= 2.5: {verdict(growth <= 2.5)})")
    print(f"sample pair in-process: {results['sample pair'] * 1000:.1f} ms "
          f"(target < 20 ms: {verdict(results['sample pair'] < 0.02)})")
    print(f"1 MB pair in-process: {big:.2f} s (target < 1 s: {verdict(big < 1)})")
    print(f"peak memory: {max(peaks.values()):.0f} MB (target < 300 MB: {verdict(max(peaks.values()) < 300)})")
    print(f"1 MB pair against git: x{ratio:.1f} (target <= 3: {verdict(ratio <= 3)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
