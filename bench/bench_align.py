"""Alignment quality on real Russian rewording, next to a TF-IDF baseline, in the same run.

Run: .venv/bin/python bench/bench_align.py [EVAL_DIR ...]
Default: ../shared/eval/paraphraser-dev/small and large (news headlines and their rewordings,
shuffled, with distractors; see that folder's README). For each set it runs ``compare()`` at
default settings on left.txt / right.txt, reads which left line each link joins to which right
line, and prints precision and recall for precise and near pairs. A link counts as right when
the gold pairs its lines, or lines identical to them (the files repeat a few headlines, so a
link to a copy of the gold partner, on either side, is as right); other wrong links are
reported apart as "wrong partner" (the corpus repeats events, so some of these are about the
same event) and links to distractors as such.

The baseline is the one a reader of the issue would write in twenty lines: cosine of TF-IDF
character 4-gram vectors (IDF over both files), pairs kept when each line is the other's best
match above the threshold (0.3 and 0.1 are printed).
"""

from __future__ import annotations

import json
import math
import sys
import time
from bisect import bisect_right
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.core import Document, compare  # noqa: E402
from reader.core.options import Options  # noqa: E402

TARGETS = {"precision": 0.97, "precise": 0.93, "near": 0.85}


def line_starts(text: str) -> list[int]:
    starts = [0]
    for n, ch in enumerate(text):
        if ch == "\n":
            starts.append(n + 1)
    return starts


def versus_links(left: str, right: str, options: Options) -> set[tuple[int, int]]:
    """(left line, right line) for every pair of lines a link joins."""
    result = compare(Document.from_text(left, "left"), Document.from_text(right, "right"), options)
    lstarts, rstarts = line_starts(left), line_starts(right)
    pairs = set()
    for link in result.links:
        llines = {bisect_right(lstarts, seg.start) - 1
                  for seg in result.left.segments[link.left[0]:link.left[1] + 1] if seg.kind == "sentence"}
        rlines = {bisect_right(rstarts, seg.start) - 1
                  for seg in result.right.segments[link.right[0]:link.right[1] + 1] if seg.kind == "sentence"}
        pairs.update((i, j) for i in llines for j in rlines)
    return pairs


def baseline_links(left: list[str], right: list[str], threshold: float) -> set[tuple[int, int]]:
    """TF-IDF character 4-grams, cosine, mutual best match."""
    def grams(s: str) -> Counter:
        s = s.lower()
        return Counter(s[k:k + 4] for k in range(len(s) - 3))

    docs = [grams(s) for s in left + right]
    df = Counter(g for d in docs for g in d)
    n = len(docs)
    vecs = []
    for d in docs:
        v = {g: c * (math.log((1 + n) / (1 + df[g])) + 1) for g, c in d.items()}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        vecs.append({g: x / norm for g, x in v.items()})
    lv, rv = vecs[:len(left)], vecs[len(left):]
    sim = [[sum(x * b.get(g, 0.0) for g, x in a.items()) for b in rv] for a in lv]
    out = set()
    for i, row in enumerate(sim):
        if not row:
            continue
        j = max(range(len(row)), key=row.__getitem__)
        if row[j] >= threshold and max(range(len(lv)), key=lambda k: sim[k][j]) == i:
            out.add((i, j))
    return out


def score(links: set[tuple[int, int]], gold: dict, left: list[str], right: list[str]) -> dict:
    distractors = set(gold["distractor_right_lines"])
    # a line's "name" is its text: a link to a line identical to the gold partner, on either
    # side, is as right as the link to the partner itself
    gold_text = {(left[p["left_line"]].strip(), right[p["right_line"]].strip()): p for p in gold["pairs"]}
    right_ok = wrong = to_distractor = 0
    found = Counter()
    credited: set[int] = set()
    for i, j in links:
        p = gold_text.get((left[i].strip(), right[j].strip()))
        if p:
            right_ok += 1
            # credit the gold pair of this very line if it is one, else an identical one not yet credited
            mine = next((q for q in gold["pairs"]
                         if q["left_line"] == i and right[q["right_line"]].strip() == right[j].strip()), None)
            mine = mine or next((q for q in gold["pairs"] if left[q["left_line"]].strip() == left[i].strip()
                                 and right[q["right_line"]].strip() == right[j].strip()
                                 and id(q) not in credited), p)
            if id(mine) not in credited:
                credited.add(id(mine))
                found[mine["class"]] += 1
        elif j in distractors:
            to_distractor += 1
        else:
            wrong += 1
    total = Counter(p["class"] for p in gold["pairs"])
    return {
        "links": len(links),
        "precision": right_ok / len(links) if links else 1.0,
        "precise": found["precise"] / total["precise"],
        "near": found["near"] / total["near"],
        "wrong_partner": wrong,
        "distractor": to_distractor,
    }


def row(name: str, s: dict, seconds: float | None = None) -> str:
    took = f"{seconds * 1000:7.1f} ms" if seconds is not None else ""
    return (f"  {name:<26} links {s['links']:4d}  precision {s['precision']:.3f}  "
            f"recall precise {s['precise']:.3f}  near {s['near']:.3f}  "
            f"(wrong partner {s['wrong_partner']}, distractor {s['distractor']}) {took}")


def evaluate(folder: Path, options: Options) -> dict:
    left = (folder / "left.txt").read_text(encoding="utf-8")
    right = (folder / "right.txt").read_text(encoding="utf-8")
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    llines, rlines = left.split("\n"), right.split("\n")
    start = time.perf_counter()
    ours = score(versus_links(left, right, options), gold, llines, rlines)
    took = time.perf_counter() - start
    print(f"{folder}  ({len(gold['pairs'])} gold pairs, {len(gold['distractor_right_lines'])} distractors)")
    print(row("Versus (default settings)", ours, took))
    for threshold in (0.3, 0.1):
        start = time.perf_counter()
        base = score(baseline_links(llines, rlines, threshold), gold, llines, rlines)
        print(row(f"TF-IDF char-4 cos ≥ {threshold}", base, time.perf_counter() - start))
    verdict = ", ".join(f"{k} ≥ {v}: {'met' if ours[k] >= v else 'NOT MET'}" for k, v in TARGETS.items())
    print(f"  targets: {verdict}")
    return ours


def main(argv: list[str]) -> int:
    folders = [Path(a) for a in argv] or [ROOT.parent / "shared/eval/paraphraser-dev" / n for n in ("small", "large")]
    missing = [f for f in folders if not (f / "gold.json").exists()]
    if missing:
        print(f"no evaluation set at {', '.join(map(str, missing))}", file=sys.stderr)
        return 2
    for folder in folders:
        evaluate(folder, Options())
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
