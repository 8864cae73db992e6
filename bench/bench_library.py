"""Benchmark of the corpus library: import rate, peak memory, grouping quality, search time.

    .venv/bin/python bench/bench_library.py [--articles 10000] [--fts-rows 100000] [--workers 0]

Builds (fixed seed) a folder of articles: the two sample reports and variants of them (one
story), synthetic stories in Russian- and English-like text with 1-8 edited versions each
(sentences dropped, added, swapped, words replaced, page clutter added), follow-up stories
that quote a few sentences of another story (must NOT be grouped with it), and unrelated
texts; as .txt (UTF-8 and cp1251), .md and .html. Imports them, timing the whole import
including grouping, and scores the groups pairwise against the known stories. Then fills a
second library with generated rows and times full-text queries and table pages on it.
"""

from __future__ import annotations

import argparse
import itertools
import random
import resource
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.core.sources import duplicate_key  # noqa: E402
from reader.library import Library, RowFilter, import_paths  # noqa: E402
from reader.library.library import fts_value  # noqa: E402

SAMPLES = sorted((ROOT / "resources" / "samples").glob("*.txt"))
RU_FUNCTION = ["и", "в", "не", "на", "что", "с", "по", "он", "как", "это", "к", "из", "за", "о", "от", "для", "но", "так", "же", "а", "то", "все", "его", "она", "был"]  # noqa: E501 (data)
EN_FUNCTION = ["the", "of", "and", "to", "in", "a", "is", "that", "for", "on", "with", "was", "as", "by", "it", "at", "from", "he", "his", "are", "be", "has"]  # noqa: E501 (data)
CLUTTER = ["Поделиться", "Читайте также", "$ 519.61", "-6 °C", "16 Декабря", "Подписывайтесь на нас в Telegram",
           "Share", "Read more", "© 2024 All rights reserved", "Реклама"]
OUTLETS = ["Вестник", "Караван", "Курьер", "Daily Star", "Morning Post", "Obozrenie", "Tribune", "Ведомости края"]


class Language:
    """Zipf-distributed pseudo-words plus real function words: unrelated texts share little."""

    def __init__(self, rng: random.Random, letters: str, vowels: str, function: list[str], size: int = 30000):
        self.rng = rng
        words = set()
        while len(words) < size:
            n = rng.choice((2, 2, 3, 3, 3, 4))
            words.add("".join(rng.choice(letters) + rng.choice(vowels) for _ in range(n)))
        self.words = sorted(words)
        rng.shuffle(self.words)
        self.cum = list(itertools.accumulate(1.0 / (i + 10) for i in range(size)))
        self.function = function

    def sentence(self) -> str:
        n = self.rng.randint(8, 22)
        content = self.rng.choices(self.words, cum_weights=self.cum, k=n)
        out = [w if self.rng.random() > 0.3 else self.rng.choice(self.function) for w in content]
        return out[0].capitalize() + " " + " ".join(out[1:]) + self.rng.choice(".....!?")

    def word(self) -> str:
        return self.rng.choices(self.words, cum_weights=self.cum)[0]


def split_sentences(text: str) -> list[str]:
    import re

    return [s for s in re.split(r"(?<=[.!?])\s+", text.strip()) if s]


def variant(rng: random.Random, sentences: list[str], lang: Language) -> list[str]:
    """An edited version: drops, additions, swaps, word replacements, clutter."""
    drop = rng.uniform(0.0, 0.25)
    out = [s for s in sentences if rng.random() >= drop] or sentences[:1]
    for _ in range(rng.randint(0, 3)):
        out.insert(rng.randint(0, len(out)), lang.sentence())
    for _ in range(rng.randint(0, 2)):
        if len(out) > 2:
            i = rng.randrange(len(out) - 1)
            out[i], out[i + 1] = out[i + 1], out[i]
    rate = rng.uniform(0.02, 0.12)
    edited = []
    for s in out:
        words = s.split()
        edited.append(" ".join(lang.word() if rng.random() < rate else w for w in words))
    if rng.random() < 0.5:
        edited = rng.sample(CLUTTER, 3) + edited + rng.sample(CLUTTER, 2)
    return edited


def render(rng: random.Random, lines: list[str], title: str, outlet: str, fmt: str) -> tuple[bytes, str]:
    paras, cur = [], []
    for s in lines:
        cur.append(s)
        if rng.random() < 0.35 or len(s) < 30:
            paras.append(" ".join(cur))
            cur = []
    if cur:
        paras.append(" ".join(cur))
    if fmt == "html":
        body = "\n".join(f"<p>{p}</p>" for p in paras)
        page = (f"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{title}</title>"
                f"<meta property=\"og:site_name\" content=\"{outlet}\"></head><body>"
                f"<nav><a href=\"/\">Главная</a> <a href=\"/news\">Новости</a></nav>"
                f"<article><h1>{title}</h1>{body}</article><footer>© {outlet}</footer></body></html>")
        return page.encode("utf-8"), ".html"
    text = (f"# {title}\n\n" if fmt == "md" else f"{title}\n") + "\n".join(paras) + "\n"
    if fmt == "cp1251":
        try:
            return text.encode("cp1251"), ".txt"
        except UnicodeEncodeError:
            pass
    return text.encode("utf-8"), ".md" if fmt == "md" else ".txt"


def build_corpus(folder: Path, n_articles: int, seed: int = 20240) -> dict[str, int]:
    """Write the articles; return {file path: true story id}."""
    rng = random.Random(seed)
    ru = Language(rng, "бвгдзклмнпрстфхцчшщж", "аеиоуыэюя", RU_FUNCTION)
    en = Language(rng, "bcdfghjklmnprstvwz", "aeiou", EN_FUNCTION)
    truth: dict[str, int] = {}
    counter = 0

    def write(lines: list[str], story: int, lang_is_ru: bool) -> None:
        nonlocal counter
        fmt = rng.choices(["txt", "cp1251", "md", "html"], [70, 12, 8, 10])[0]
        if not lang_is_ru and fmt == "cp1251":
            fmt = "txt"
        title = lines[0] if len(lines[0]) < 140 else lines[0][:120]
        data, suffix = render(rng, lines, title, rng.choice(OUTLETS), fmt)
        sub = folder / f"{counter // 1000:03d}"
        sub.mkdir(exist_ok=True)
        path = sub / f"a{counter:06d}{suffix}"
        path.write_bytes(data)
        truth[str(path)] = story
        counter += 1

    story = 0
    # the two samples are versions of one report; with variants of each
    sample_sentences = [split_sentences(p.read_text(encoding="utf-8")) for p in SAMPLES]
    for sentences in sample_sentences:
        write(sentences, story, True)
        for _ in range(6):
            write(variant(rng, sentences, ru), story, True)
    story += 1
    bases: list[tuple[list[str], bool]] = []
    while counter < n_articles:
        lang_is_ru = rng.random() < 0.7
        lang = ru if lang_is_ru else en
        base = [lang.sentence() for _ in range(rng.randint(8, 25))]
        kind = rng.random()
        if kind < 0.1 and bases:  # a follow-up quoting a few sentences of an earlier story
            earlier, earlier_ru = rng.choice(bases)
            if earlier_ru == lang_is_ru:
                base[1:1] = rng.sample(earlier, min(3, len(earlier)))
        bases.append((base, lang_is_ru))
        versions = 1 if kind > 0.75 else rng.randint(2, 8)
        for v in range(min(versions, n_articles - counter)):
            write(base if v == 0 else variant(rng, base, lang), story, lang_is_ru)
        story += 1
    return truth


def pair_scores(truth: dict[str, int], predicted: dict[str, int | None]) -> tuple[float, float, int, int]:
    """Pairwise precision and recall; articles without a predicted group are singletons."""
    labels = []
    for i, (path, story) in enumerate(truth.items()):
        if path in predicted:
            g = predicted[path]
            labels.append((story, ("g", g) if g is not None else ("s", i)))

    def pairs(counts: Counter) -> int:
        return sum(n * (n - 1) // 2 for n in counts.values())

    tp = pairs(Counter(labels))
    pred = pairs(Counter(p for _, p in labels))
    true = pairs(Counter(t for t, _ in labels))
    return (tp / pred if pred else 1.0), (tp / true if true else 1.0), pred, true


def peak_mb() -> tuple[float, float]:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, kids


def bench_import(n: int, workers: int, tmp: Path) -> None:
    corpus = tmp / "corpus"
    corpus.mkdir()
    t = time.perf_counter()
    truth = build_corpus(corpus, n)
    print(f"corpus: {len(truth)} files, {len(set(truth.values()))} stories, "
          f"built in {time.perf_counter() - t:.1f} s")
    lib = Library(tmp / "import.sqlite3")
    report = import_paths(lib, [str(corpus)], workers=workers)
    rate = report.done / report.seconds
    own, kids = peak_mb()
    print(f"import (workers={workers}): {report.summary()}")
    print(f"  rate: {rate:.0f} articles/s (target >= 200)")
    print(f"  peak memory: {own:.0f} MB this process, {kids:.0f} MB largest worker (target < 1024)")
    for issue in report.errors[:5]:
        print(f"  error: {issue.path}: {issue.reason}")
    predicted = dict(lib.conn.execute("SELECT path, group_id FROM articles"))
    precision, recall, pred_pairs, true_pairs = pair_scores(truth, predicted)
    print(f"grouping (threshold {lib.params.threshold:g}, bands {lib.params.bands} x rows {lib.params.rows}): "
          f"{lib.group_count()} groups; pairwise precision {precision:.4f}, recall {recall:.4f} "
          f"({pred_pairs} predicted pairs, {true_pairs} true pairs; target >= 0.95)")
    t = time.perf_counter()
    again = import_paths(lib, [str(corpus)], workers=workers)
    print(f"re-import: {again.added} added, {again.duplicates} duplicates in {time.perf_counter() - t:.1f} s")
    lib.close()


def fill_rows(lib: Library, n: int, seed: int = 7) -> None:
    """``n`` generated articles written straight into the tables (no grouping), in batches."""
    rng = random.Random(seed)
    ru = Language(rng, "бвгдзклмнпрстфхцчшщж", "аеиоуыэюя", RU_FUNCTION)
    en = Language(rng, "bcdfghjklmnprstvwz", "aeiou", EN_FUNCTION)
    extra = ["партия", "партии", "партийный", "президент", "съезд", "ещё", "election", "elections", "parliament"]
    for start in range(0, n, 5000):
        with lib.transaction() as conn:
            for i in range(start, min(n, start + 5000)):
                lang = ru if i % 3 else en
                sentences = [lang.sentence() for _ in range(rng.randint(4, 10))]
                if rng.random() < 0.05:
                    sentences.append(rng.choice(extra).capitalize() + " " + lang.sentence().lower())
                text = " ".join(sentences)
                title = sentences[0][:100]
                aid = conn.execute(
                    "INSERT INTO articles(hash, path, format, encoding, title, title_key, source, date, length, "
                    "imported_at) VALUES (?, ?, 'txt', 'utf-8', ?, ?, ?, ?, ?, datetime('now'))",
                    (duplicate_key(text), f"gen/{i}.txt", title, title.casefold(), rng.choice(OUTLETS),
                     f"20{rng.randint(10, 24)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", len(text)),
                ).lastrowid
                conn.execute("INSERT INTO texts(article_id, text) VALUES (?, ?)", (aid, text))
                conn.execute("INSERT INTO search(rowid, title, body) VALUES (?, ?, ?)",
                             (aid, fts_value(title), fts_value(text)))


def timed(fn, repeat: int = 7) -> tuple[float, object]:
    result = fn()  # warm the cache
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times), result


def bench_search(n: int, tmp: Path) -> None:
    lib = Library(tmp / "search.sqlite3")
    t = time.perf_counter()
    fill_rows(lib, n)
    lib.conn.execute("INSERT INTO search(search) VALUES ('optimize')")
    size = (tmp / "search.sqlite3").stat().st_size / 1e6
    print(f"search library: {n} generated articles in {time.perf_counter() - t:.0f} s, {size:.0f} MB")
    rare = lib.conn.execute("SELECT text FROM texts WHERE article_id = 2").fetchone()[0].split()[1]
    for query in ["партия", "парти*", "ещё", "election*", "parliament", "пар*", rare,
                  "election OR parliament", "и", "the", "и на", '"и на"', "the* of", "по*"]:
        ms_search, _ = timed(lambda q=query: lib.search(q, limit=50))
        ms_count, total = timed(lambda q=query: lib.count(RowFilter(query=q)))
        ms_page, _ = timed(lambda q=query: lib.page(RowFilter(query=q), order="date", offset=0, limit=100))
        print(f"  {query!r:28} {total:>6} matches: top 50 with snippets {ms_search:6.1f} ms, "
              f"count {ms_count:5.1f} ms, first page by date {ms_page:6.1f} ms")
    for order in ("title", "date", "length", "source"):
        ms, _ = timed(lambda o=order: lib.page(order=o, offset=n - 1000, limit=100))
        print(f"  table page at offset {n - 1000} sorted by {order}: {ms:.1f} ms")
    ms, _ = timed(lambda: lib.count())
    print(f"  count of all rows: {ms:.1f} ms")
    lib.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10000)
    parser.add_argument("--fts-rows", type=int, default=100000)
    parser.add_argument("--workers", type=int, default=0, help="import worker processes (0: none)")
    parser.add_argument("--skip-import", action="store_true")
    parser.add_argument("--skip-search", action="store_true")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="versus-bench-") as tmp:
        if not args.skip_import:
            bench_import(args.articles, args.workers, Path(tmp))
        if not args.skip_search:
            bench_search(args.fts_rows, Path(tmp))
    return 0


if __name__ == "__main__":
    sys.exit(main())
