"""Issue 10's figures, each with its target, next to git's time on the same files.

Run: .venv/bin/python bench/bench_speed.py [--repeat N] [--quick]

Every figure is the median of N runs of a new process (whole process: Python's start, imports,
reading, comparing, writing), measured in this run, on this machine, beside
`git diff --no-index --word-diff=porcelain` on the same two files. Python's bytecode caches are
written first (a warm-up run without PYTHONDONTWRITEBYTECODE), as an installed program has them.

1. the sample pair to JSON, against twice a bare Python start (≤ 40 ms), and the modules it loads;
2. the generated 1 MB pair and the same re-wrapped at 72 columns (bench/generate.py): the CLI to
   JSON and to HTML (≤ 250 ms), compare() alone in CPU time (≤ 150 ms), the CLI's peak RSS (≤ 100 MB);
3. the 5 MB pair: its time over the 1 MB pair's (≤ 5x), peak RSS (≤ 300 MB);
4. the reader: bench/bench_reader.py's figures (skipped with --quick);
5. the reference comparisons byte-identical (bench/reference.py; skipped with --quick).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
ENV["PYTHONPATH"] = str(ROOT)
FORBIDDEN = ("sqlite3", "numpy", "scipy", "trafilatura", "datasketch", "PySide6", "reader.library.db",
             "reader.library.library", "reader.library.importer")


def run(cmd: list[str], ok: tuple[int, ...] = (0,)) -> tuple[float, float]:
    """(wall seconds, peak RSS in MB) of one run of ``cmd``."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=ENV, cwd=ROOT)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    err = proc.stderr.read().decode() if proc.stderr else ""
    if proc.stderr:
        proc.stderr.close()
    code = os.waitstatus_to_exitcode(status)
    if code not in ok:
        raise SystemExit(f"{' '.join(cmd[:5])}… failed ({code}): {err[-400:]}")
    return elapsed, usage.ru_maxrss / 1024


def median_of(cmd: list[str], repeat: int, ok: tuple[int, ...] = (0,)) -> tuple[float, float]:
    runs = [run(cmd, ok) for _ in range(repeat)]
    return statistics.median(r[0] for r in runs), max(r[1] for r in runs)


def versus(*args: str) -> list[str]:
    return [sys.executable, "-m", "reader.cli", *args]


def git(a: Path, b: Path) -> list[str]:
    return ["git", "diff", "--no-index", "--word-diff=porcelain", str(a), str(b)]


def compare_cpu(a: Path, b: Path, repeat: int) -> float:
    """Median CPU seconds of compare() alone (loaded files, in a fresh process)."""
    code = ("import sys, time, json\n"
            "from reader.core import compare, load_path\n"
            f"a, b = load_path({str(a)!r}, max_size=1 << 30), load_path({str(b)!r}, max_size=1 << 30)\n"
            "compare(a, b)\n"
            "times = []\n"
            f"for _ in range({repeat}):\n"
            "    t = time.process_time(); compare(a, b); times.append(time.process_time() - t)\n"
            "print(json.dumps(sorted(times)[len(times) // 2]))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=ENV, cwd=ROOT)
    return float(json.loads(out.stdout))


def loaded_modules(a: Path, b: Path, out: Path) -> list[str]:
    code = ("import sys\nfrom reader.cli import main\n"
            f"main(['compare', {str(a)!r}, {str(b)!r}, '--format', 'json', '-o', {str(out)!r}])\n"
            "print('\\n'.join(sys.modules))")
    names = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=ENV,
                           cwd=ROOT).stdout.split()
    return sorted(m for m in names if any(m == f or m.startswith(f + ".") for f in FORBIDDEN))


class Report:
    def __init__(self) -> None:
        self.missed: list[str] = []

    def line(self, label: str, value: str, target: str, ok: bool | None, git_ms: float | None = None) -> None:
        verdict = "" if ok is None else ("met" if ok else "NOT MET")
        if ok is False:
            self.missed.append(label)
        beside = f"git {git_ms * 1000:7.1f} ms" if git_ms is not None else ""
        print(f"  {label:<44} {value:>12}   target {target:<12} {verdict:<8} {beside}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--quick", action="store_true", help="leave out the reader and the reference check")
    args = parser.parse_args()
    from generate import write_pair

    data = Path(tempfile.mkdtemp(prefix="versus-speed-"))
    out_json, out_html = data / "out.json", data / "out.html"
    samples = sorted((ROOT / "resources" / "samples").glob("*.txt"))[:2]
    mb = write_pair(data, 1_000_000)
    reflow = write_pair(data, 1_000_000, reflowed=True)
    five = write_pair(data, 5_000_000)
    run(versus("compare", *map(str, samples), "--format", "json", "-o", str(out_json)))  # writes the bytecode caches
    report = Report()
    n = args.repeat

    print("1. an article pair end to end (the samples, versus compare A B --format json -o x.json)")
    bare, _ = median_of([sys.executable, "-c", "pass"], n)
    cli, rss = median_of(versus("compare", *map(str, samples), "--format", "json", "-o", str(out_json)), n)
    git_small, _ = median_of(git(*samples), n, ok=(0, 1))
    report.line("bare Python start (same interpreter)", f"{bare * 1000:.1f} ms", "", None)
    report.line("versus compare, whole process", f"{cli * 1000:.1f} ms", "<= 40 ms", cli <= 0.040, git_small)
    report.line("  over a bare start", f"x{cli / bare:.1f}", "<= x2", cli <= 2 * bare)
    report.line("  peak RSS", f"{rss:.0f} MB", "", None)
    heavy = loaded_modules(*samples, out_json)
    report.line("  imports sqlite3/numpy/scipy/trafilatura/Qt/library", ", ".join(heavy) or "none", "none", not heavy)

    print("2. 1 MB pairs")
    ones = {}
    for label, (a, b) in (("1 MB", mb), ("1 MB re-wrapped", reflow)):
        git_ms, _ = median_of(git(a, b), n, ok=(0, 1))
        to_json, rss_json = median_of(versus("compare", str(a), str(b), "--format", "json", "-o", str(out_json)), n)
        to_html, rss_html = median_of(versus("compare", str(a), str(b), "-o", str(out_html)), n)
        cpu = compare_cpu(a, b, n)
        ones[label] = to_json
        report.line(f"{label}: CLI to JSON", f"{to_json * 1000:.0f} ms", "<= 250 ms", to_json <= 0.25, git_ms)
        report.line(f"{label}: CLI to HTML", f"{to_html * 1000:.0f} ms", "<= 250 ms", to_html <= 0.25, git_ms)
        report.line(f"{label}: compare() CPU", f"{cpu * 1000:.0f} ms", "<= 150 ms", cpu <= 0.15)
        peak = max(rss_json, rss_html)
        report.line(f"{label}: peak RSS (JSON, HTML)", f"{rss_json:.0f}, {rss_html:.0f} MB", "<= 100 MB", peak <= 100)

    print("3. the 5 MB pair")
    a, b = five
    git_ms, _ = median_of(git(a, b), max(1, n // 2), ok=(0, 1))
    big, rss_big = median_of(versus("compare", str(a), str(b), "--format", "json", "-o", str(out_json)),
                             max(1, n // 2))
    growth = big / ones["1 MB"]
    report.line("5 MB: CLI to JSON", f"{big * 1000:.0f} ms", "", None, git_ms)
    report.line("5 MB over 1 MB", f"x{growth:.1f}", "<= x5", growth <= 5)
    report.line("5 MB: peak RSS", f"{rss_big:.0f} MB", "<= 300 MB", rss_big <= 300)

    if not args.quick:
        print("4. the reader (bench/bench_reader.py)")
        reader = ROOT / "bench" / "bench_reader.py"
        if reader.exists():
            done = subprocess.run([sys.executable, str(reader)], capture_output=True, text=True, env=ENV, cwd=ROOT)
            print("\n".join("  " + line for line in done.stdout.splitlines()))
            report.missed += ["reader: " + line.strip() for line in done.stdout.splitlines() if "NOT MET" in line]
        print("5. the reference comparisons (bench/reference.py)")
        done = subprocess.run([sys.executable, str(ROOT / "bench" / "reference.py")], capture_output=True, text=True,
                              env=ENV, cwd=ROOT)
        print("\n".join("  " + line for line in done.stdout.splitlines()))
        if done.returncode:
            report.missed.append("reference comparisons")

    print()
    print("all targets met" if not report.missed else f"not met: {'; '.join(report.missed)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
