"""Reproducible benchmark pairs built from the sample corpus.

The left text is the samples' article paragraphs repeated to the wanted size, each copy with
some words swapped for others from the samples' vocabulary (so copies differ). The right text
is the left one re-edited: word substitutions in some sentences, sentences deleted and
inserted, and some paragraphs moved elsewhere. Same seed, same bytes.
"""

from __future__ import annotations

import random
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.core.boilerplate import classify  # noqa: E402
from reader.core.segment import paragraphs, sentences  # noqa: E402

SAMPLES = sorted((ROOT / "resources" / "samples").glob("*.txt"))


def _article_paragraphs() -> list[str]:
    out = []
    for path in SAMPLES:
        text = path.read_text(encoding="utf-8")
        spans = paragraphs(text)
        out += [text[s.start:s.end] for s, bp in zip(spans, classify(text, spans)) if not bp]
    return out


def _mutate_words(sentence: str, vocab: list[str], rng: random.Random, share: float) -> str:
    words = sentence.split(" ")
    for i in range(len(words)):
        if rng.random() < share:
            words[i] = rng.choice(vocab)
    return " ".join(words)


def make_pair(size: int, seed: int = 20221) -> tuple[str, str]:
    """Two texts of about ``size`` bytes (UTF-8) each."""
    rng = random.Random(seed)
    paras = _article_paragraphs()
    vocab = sorted({w for p in paras for w in p.split() if w.isalpha()})
    pool = [p[s.start:s.end] for p in paras for s in sentences(p)]
    left: list[str] = []
    total = 0
    while total < size:
        para = _mutate_words(rng.choice(paras), vocab, rng, 0.2)
        left.append(para)
        total += len(para.encode("utf-8")) + 1
    right: list[str] = []
    for para in left:
        out = []
        for s in sentences(para):
            sent = para[s.start:s.end]
            r = rng.random()
            if r < 0.05:
                continue  # deleted
            if r < 0.15:
                sent = _mutate_words(sent, vocab, rng, 0.15)  # reworded
            out.append(sent)
            if rng.random() < 0.05:
                out.append(_mutate_words(rng.choice(pool), vocab, rng, 0.3))  # inserted
        right.append(" ".join(out))
    for _ in range(len(right) // 30):  # moved paragraphs
        i = rng.randrange(len(right))
        j = rng.randrange(len(right))
        right.insert(j, right.pop(i))
    return "\n".join(left) + "\n", "\n".join(right) + "\n"


def reflow(text: str, width: int = 72) -> str:
    """Hard-wrap every paragraph, with blank lines between them (as a mail or a re-scrape)."""
    return "\n\n".join(textwrap.fill(p, width) for p in text.splitlines() if p.strip()) + "\n"


def write_pair(folder: Path, size: int, seed: int = 20221, reflowed: bool = False) -> tuple[Path, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    a, b = make_pair(size, seed)
    if reflowed:
        b = reflow(b)
    tag = f"{size}{'_reflowed' if reflowed else ''}"
    pa, pb = folder / f"a_{tag}.txt", folder / f"b_{tag}.txt"
    pa.write_text(a, encoding="utf-8")
    pb.write_text(b, encoding="utf-8")
    return pa, pb


if __name__ == "__main__":
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "bench/data")
    for p in write_pair(folder, int(sys.argv[2]) if len(sys.argv) > 2 else 1_000_000):
        print(p, p.stat().st_size)
