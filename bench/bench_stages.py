"""Where compare()'s time goes: CPU milliseconds per stage on one pair of files.

Run: .venv/bin/python bench/bench_stages.py A B
It times, with time.process_time, the steps compare() calls (reader/core/compare.py and the
aligner's own stages) on a second run in the process (the first warms caches and imports), and
prints one line per stage and the total. The issue notes' stage tables come from it, run on the
generated pairs (bench/generate.py) and their re-wrapped versions.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import reader.core.align as align
import reader.core.compare  # noqa: F401
from reader.core import load_path

engine = sys.modules["reader.core.compare"]  # the package's `compare` is the function
STAGES = (
    (engine, "_Prepared", "paragraphs, clutter, sentences, keys"),
    (engine, "align", "align"),
    (align._Agenda, "__init__", "  align: features, IDF, vectors"),
    (align._Agenda, "_propose_pairs", "  align: pair scores"),
    (align._Agenda, "_propose_seeds", "  align: seed scores"),
    (engine, "word_ops", "word diff"),
    (engine, "_quote_side", "quotes: find"),
    (engine, "trace_quotes", "quotes: trace"),
    (engine, "_tile", "segments"),
    (engine, "_stats", "stats"),
)


def main(a: str, b: str) -> None:
    spent: dict[str, float] = {}

    def timed(owner, name: str, label: str) -> None:
        inner = getattr(owner, name)

        def wrapper(*args, **kwargs):
            start = time.process_time()
            try:
                return inner(*args, **kwargs)
            finally:
                spent[label] = spent.get(label, 0.0) + time.process_time() - start
        setattr(owner, name, wrapper)

    for owner, name, label in STAGES:
        timed(owner, name, label)
    left, right = load_path(a, max_size=1 << 30), load_path(b, max_size=1 << 30)
    engine.compare(left, right)
    spent.clear()
    start = time.process_time()
    engine.compare(left, right)
    total = time.process_time() - start
    spent["  align: best-first steps"] = spent["align"] - sum(v for k, v in spent.items() if k.startswith("  align:"))
    for label, seconds in spent.items():
        print(f"{label:<38} {seconds * 1000:7.0f} ms")
    print(f"{'compare() total':<38} {total * 1000:7.0f} ms")


if __name__ == "__main__":
    main(*sys.argv[1:3])
