"""Issue 14, item 1: `versus export-corpus`, the library's articles as Parquet or JSON lines for
the Spark job (reader.scale.corpus). The tests marked spark need pyarrow (`make test-spark`);
the others (JSON lines, errors, imports) run in `make test`."""

from __future__ import annotations

import errno
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from reader.cli import main
from reader.core.sources import duplicate_key
from reader.library import Library
from reader.library.grouping import main_text
from reader.scale import corpus

ROOT = Path(__file__).resolve().parents[2]

# three articles from literal texts; the first has page clutter ("Поделиться") between paragraphs
ARTICLES = [
    dict(text="Совет решил построить мост через реку.\n\nПоделиться\n\nРаботы начнутся весной, сказал мэр.\n",
         path="most.txt", format="txt", encoding="utf-8", title="Мост через реку", source="Вестник",
         date="2024-03-01", url="https://vestnik.example/most", language="ru"),
    dict(text="The council voted to build the bridge.\nWork starts in spring, the mayor said.\n",
         path="bridge.md", format="md", encoding="utf-8", title="Bridge vote", language="en"),
    dict(text="Ещё одно сообщение: «Мост откроют в мае», — сказал мэр.\n", path="may.html", format="html",
         encoding="utf-8", title="Мост откроют в мае", source="Курьер", date="2024-05-02"),
]
EXPECTED = [
    {"id": 1, "hash": duplicate_key(ARTICLES[0]["text"]), "source": "Вестник", "date": "2024-03-01",
     "title": "Мост через реку", "url": "https://vestnik.example/most", "language": "ru",
     "text": "Совет решил построить мост через реку.\nРаботы начнутся весной, сказал мэр.", "clutter_free": True},
    {"id": 2, "hash": duplicate_key(ARTICLES[1]["text"]), "source": None, "date": None, "title": "Bridge vote",
     "url": None, "language": "en",
     "text": "The council voted to build the bridge.\nWork starts in spring, the mayor said.", "clutter_free": True},
    {"id": 3, "hash": duplicate_key(ARTICLES[2]["text"]), "source": "Курьер", "date": "2024-05-02",
     "title": "Мост откроют в мае", "url": None, "language": None,
     "text": "Ещё одно сообщение: «Мост откроют в мае», — сказал мэр.", "clutter_free": True},
]
NEEDS_SPARK = "versus: export-corpus --format parquet needs the spark extra: pip install 'versus-reader[spark]'\n"


@pytest.fixture
def small(tmp_path) -> Path:
    path = tmp_path / "small.sqlite3"
    with Library(path) as lib, lib.transaction():
        for article in ARTICLES:
            lib.insert(**article)
    return path


def generated(path: Path, n: int) -> list[tuple]:
    """A library of ``n`` generated articles written straight into its tables (no grouping: fast);
    returns the rows the export must give, in id order."""
    rows = []
    with Library(path) as lib, lib.transaction() as conn:
        for i in range(n):
            text = f"Article {i} says {i * 7 % 1000} things.\n\nShare\n\nThe second paragraph of article {i}.\n"
            title = f"Title {i}"
            source, date = (f"Outlet {i % 5}", f"2024-01-{i % 28 + 1:02d}") if i % 3 else (None, None)
            aid = conn.execute(
                "INSERT INTO articles(hash, path, format, encoding, title, title_key, source, date, url, language, "
                "length, imported_at) VALUES (?, ?, 'txt', 'utf-8', ?, ?, ?, ?, ?, 'en', ?, datetime('now'))",
                (duplicate_key(text), f"gen/{i}.txt", title, title.casefold(), source, date,
                 f"https://example.org/{i}" if i % 2 else None, len(text))).lastrowid
            conn.execute("INSERT INTO texts(article_id, text) VALUES (?, ?)", (aid, text))
            rows.append((aid, duplicate_key(text), source, date, title, f"https://example.org/{i}" if i % 2 else None,
                         "en", main_text(text), True))
    return rows


def run(capsys, *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def jsonl_rows(folder: Path) -> list[dict]:
    return [json.loads(line) for path in sorted(folder.glob("part-*.jsonl"))
            for line in path.read_text(encoding="utf-8").splitlines()]


def leftovers(parent: Path) -> list[str]:
    """Hidden temporary folders an export left behind."""
    return sorted(p.name for p in parent.iterdir() if p.name.startswith(".") and ".tmp-" in p.name)


# --- JSON lines: no pyarrow needed ---------------------------------------------------------------

def test_json_lines_of_a_small_library(small, tmp_path, capsys):
    out = tmp_path / "corpus"
    status, stdout, err = run(capsys, "export-corpus", "--library", str(small), "--format", "jsonl", str(out))
    assert (status, err) == (0, "")
    assert re.fullmatch(rf"3 articles in 1 files \(\d+ bytes\) to {re.escape(str(out))} in \d+\.\d s, \d+/s\n", stdout)
    assert sorted(p.name for p in out.iterdir()) == ["_SUCCESS", "part-00000.jsonl"]
    lines = (out / "part-00000.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in lines] == EXPECTED
    assert [list(json.loads(line)) for line in lines] == [list(corpus.NAMES)] * 3  # the columns' order
    assert (out / "_SUCCESS").read_bytes() == b""
    assert list(corpus.read_rows(out)) == EXPECTED
    assert leftovers(tmp_path) == []


def test_files_are_bounded_by_rows_and_by_bytes(tmp_path):
    rows = [(i, f"h{i}", None, None, "", None, None, "x" * 1000, True) for i in range(20)]
    (tmp_path / "by-bytes").mkdir()
    done, names = corpus.write_parts(iter(rows), tmp_path / "by-bytes", "jsonl", bytes_per_file=5000, batch_rows=2)
    # 1000 bytes a row, two a batch: a file is full after three batches (6000 bytes >= 5000)
    assert (done, names) == (20, [f"part-0000{i}.jsonl" for i in range(4)])
    counts = [len((tmp_path / "by-bytes" / name).read_text().splitlines()) for name in names]
    assert counts == [6, 6, 6, 2]
    (tmp_path / "by-rows").mkdir()
    done, names = corpus.write_parts(iter(rows), tmp_path / "by-rows", "jsonl", rows_per_file=7, batch_rows=3)
    assert [len((tmp_path / "by-rows" / name).read_text().splitlines()) for name in names] == [7, 7, 6]
    assert [r["id"] for r in corpus.read_rows(tmp_path / "by-rows")] == list(range(20))
    (tmp_path / "exact").mkdir()  # 20 rows, 10 a file: two files, not a third empty one
    assert corpus.write_parts(iter(rows), tmp_path / "exact", "jsonl", rows_per_file=10)[1] == [
        "part-00000.jsonl", "part-00001.jsonl"]


def test_an_empty_library_gives_one_empty_file(tmp_path, capsys):
    Library(tmp_path / "empty.sqlite3").close()
    out = tmp_path / "corpus"
    status, stdout, _ = run(capsys, "export-corpus", "--library", str(tmp_path / "empty.sqlite3"), "--format", "jsonl",
                            str(out))
    assert status == 0 and stdout.startswith("0 articles in 1 files (0 bytes)")
    assert (out / "part-00000.jsonl").read_bytes() == b""


class CountingConnection:
    """The library's connection, counting the rows fetched by the export's query."""

    def __init__(self, conn):
        self.conn = conn
        self.fetched = 0

    def __getattr__(self, name):
        return getattr(self.conn, name)

    def execute(self, sql, *args):
        cursor = self.conn.execute(sql, *args)
        return CountingCursor(cursor, self) if "JOIN texts" in sql else cursor


class CountingCursor:
    def __init__(self, cursor, counter: CountingConnection):
        self.cursor, self.counter = cursor, counter

    def fetchmany(self, size):
        rows = self.cursor.fetchmany(size)
        self.counter.fetched += len(rows)
        return rows

    def fetchall(self):
        rows = self.cursor.fetchall()
        self.counter.fetched += len(rows)
        return rows

    def __iter__(self):
        for row in self.cursor:
            self.counter.fetched += 1
            yield row


def test_rows_stream_from_the_library_a_batch_at_a_time(tmp_path, monkeypatch):
    """When a batch is written, only the rows up to it (and one fetch of the query) have been
    read from the library: it is never loaded whole."""
    expected = generated(tmp_path / "gen.sqlite3", 300)
    monkeypatch.setattr(corpus, "BATCH_ROWS", 20)  # the query's fetch size
    seen = []
    write = corpus._JsonLines.write
    with Library(tmp_path / "gen.sqlite3", create=False) as lib:
        counting = lib.conn = CountingConnection(lib.conn)

        def spy(self, rows):
            seen.append((len(rows), counting.fetched))
            write(self, rows)

        monkeypatch.setattr(corpus._JsonLines, "write", spy)
        report = corpus.export_corpus(lib, tmp_path / "out", "jsonl", rows_per_file=70, batch_rows=16)
        lib.conn = counting.conn
    assert report.rows == 300 and report.files == tuple(f"part-0000{i}.jsonl" for i in range(5))
    written = 0
    for size, fetched in seen:
        assert size <= 16
        written += size
        assert written <= fetched <= written + 20, (written, fetched)
    assert written == counting.fetched == 300
    assert [tuple(r.values()) for r in corpus.read_rows(tmp_path / "out")] == expected


def test_the_folder_exists_only_when_complete(small, tmp_path, monkeypatch, capsys):
    calls = []
    write = corpus._JsonLines.write

    def failing(self, rows):
        calls.append(len(rows))
        if len(calls) == 2:
            raise OSError(errno.ENOSPC, "No space left on device")
        write(self, rows)

    monkeypatch.setattr(corpus._JsonLines, "write", failing)
    out = tmp_path / "corpus"
    status, stdout, err = run(capsys, "export-corpus", "--library", str(small), "--format", "jsonl",
                              "--rows-per-file", "1", str(out))
    assert (status, stdout) == (1, "")
    assert err == f"versus: {out}: cannot write the corpus (No space left on device)\n"
    assert not out.exists() and leftovers(tmp_path) == []


def test_an_existing_folder_is_left_alone(small, tmp_path, capsys):
    out = tmp_path / "corpus"
    out.mkdir()
    (out / "mine.txt").write_text("keep me", encoding="utf-8")
    status, stdout, err = run(capsys, "export-corpus", "--library", str(small), "--format", "jsonl", str(out))
    assert (status, stdout) == (1, "")
    assert err == (f"versus: {out}: already exists (the corpus goes into a new folder; remove it or name another)\n")
    assert sorted(p.name for p in out.iterdir()) == ["mine.txt"] and leftovers(tmp_path) == []
    (out / "mine.txt").unlink()  # an empty folder is taken
    assert run(capsys, "export-corpus", "--library", str(small), "--format", "jsonl", str(out))[0] == 0
    assert jsonl_rows(out) == EXPECTED


def test_library_errors_are_one_line_and_exit_2(tmp_path, capsys):
    out = tmp_path / "corpus"
    missing = tmp_path / "none.sqlite3"
    assert run(capsys, "export-corpus", "--library", str(missing), "--format", "jsonl", str(out)) == (
        2, "", f"versus: no library at {missing} (import files to create one)\n")
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database at all" * 100)
    assert run(capsys, "export-corpus", "--library", str(junk), "--format", "jsonl", str(out)) == (
        2, "", f"versus: {junk}: not a Versus library (not an SQLite database)\n")
    assert not out.exists() and not missing.exists()


def test_a_text_that_is_not_utf8_fails_the_export_and_leaves_nothing(small, tmp_path, capsys):
    with Library(small) as lib, lib.transaction() as conn:
        conn.execute("UPDATE texts SET text = CAST(? AS TEXT) WHERE article_id = 2", (b"caf\xe9",))
    out = tmp_path / "corpus"
    status, stdout, err = run(capsys, "export-corpus", "--library", str(small), "--format", "jsonl", str(out))
    # the library's own words for it (Python 3.11's sqlite3 says it as an OperationalError)
    assert (status, stdout) == (2, "") and err.startswith(f"versus: {small}: ") and err.count("\n") == 1
    assert "UTF-8" in err
    assert not out.exists() and leftovers(tmp_path) == []


def test_usage_errors(small, tmp_path, capsys):
    out = tmp_path / "corpus"
    assert run(capsys, "export-corpus", "--library", str(small), "--rows-per-file", "0", str(out)) == (
        2, "", "versus: --rows-per-file must be at least 1, not 0\n")
    assert run(capsys, "export-corpus", "--library", str(small), "--rows-per-file", "0", "--lang", "ru", str(out)) == (
        2, "", "versus: --rows-per-file должно быть не меньше 1, а не 0\n")
    with pytest.raises(SystemExit) as ended:
        main(["export-corpus", "--library", str(small), "--format", "csv", str(out)])
    assert ended.value.code == 2 and "invalid choice: 'csv'" in capsys.readouterr().err
    assert not out.exists()


def test_without_pyarrow_parquet_is_refused_in_one_line(small, tmp_path, monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, "pyarrow", None)  # `import pyarrow` raises ImportError
    monkeypatch.setitem(sys.modules, "pyarrow.parquet", None)
    out = tmp_path / "corpus"
    assert run(capsys, "export-corpus", "--library", str(small), str(out)) == (2, "", NEEDS_SPARK)
    assert run(capsys, "export-corpus", "--library", str(small), str(out), "--lang", "ru") == (
        2, "", "versus: для export-corpus --format parquet нужен дополнительный пакет spark: "
               "pip install 'versus-reader[spark]'\n")
    assert not out.exists()
    assert run(capsys, "export-corpus", "--library", str(small), "--format", "jsonl", str(out))[0] == 0


def test_the_parser_module_keeps_in_step_with_the_work():
    from reader.cli import scale

    assert (scale.FORMATS, scale.ROWS_PER_FILE) == (corpus.FORMATS, corpus.ROWS_PER_FILE)


def _loaded_after(code: str) -> set[str]:
    probe = f"import sys\n{code}\nprint('\\n'.join(sys.modules))"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr
    return set(done.stdout.split())


def test_comparing_and_the_full_help_load_neither_reader_scale_nor_pyarrow(tmp_path):
    from tests.test_compare_imports import SAMPLES, _modules_after

    compared = _modules_after(["compare", *map(str, SAMPLES), "--format", "json", "-o", str(tmp_path / "x.json")])
    helped = _loaded_after("from reader.cli.main import build_parser\nbuild_parser().format_help()")
    for loaded in (compared, helped):
        assert "reader.cli.scale" in loaded  # the probe ran with the commands registered
        assert sorted(m for m in loaded if m.split(".")[0] in ("pyarrow", "pyspark") or m.startswith("reader.scale")) == []


def test_the_modules_import_without_the_spark_extra():
    loaded = _loaded_after("sys.modules['pyarrow'] = sys.modules['pyspark'] = None\n"
                           "import reader.scale.corpus, reader.scale.import_groups, reader.cli.scale")
    assert {"reader.scale.corpus", "reader.scale.import_groups", "reader.cli.scale"} <= loaded


# --- Parquet: needs pyarrow -------------------------------------------------------------------

@pytest.mark.spark
def test_parquet_of_a_small_library(small, tmp_path, capsys):
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "corpus"
    status, stdout, err = run(capsys, "export-corpus", "--library", str(small), str(out))
    assert (status, err) == (0, "") and stdout.startswith("3 articles in 1 files (")
    assert sorted(p.name for p in out.iterdir()) == ["_SUCCESS", "part-00000.parquet"]
    table = pq.read_table(out / "part-00000.parquet")
    assert table.schema == pa.schema([
        pa.field("id", pa.int64(), nullable=False), pa.field("hash", pa.string(), nullable=False),
        pa.field("source", pa.string()), pa.field("date", pa.string()), pa.field("title", pa.string(), nullable=False),
        pa.field("url", pa.string()), pa.field("language", pa.string()), pa.field("text", pa.string(), nullable=False),
        pa.field("clutter_free", pa.bool_(), nullable=False)])
    assert table.to_pylist() == EXPECTED
    assert pq.ParquetFile(out / "part-00000.parquet").metadata.row_group(0).column(0).compression == "ZSTD"
    assert pq.read_table(out).to_pylist() == EXPECTED  # the folder as a dataset: _SUCCESS is skipped
    assert leftovers(tmp_path) == []


@pytest.mark.spark
def test_parquet_round_trip_of_thousands_of_rows_in_bounded_files(tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    expected = generated(tmp_path / "gen.sqlite3", 3000)
    with Library(tmp_path / "gen.sqlite3", create=False) as lib:
        report = corpus.export_corpus(lib, tmp_path / "out", rows_per_file=700, batch_rows=64)
    assert report.rows == 3000 and report.files == tuple(f"part-0000{i}.parquet" for i in range(5))
    assert report.bytes == sum((tmp_path / "out" / name).stat().st_size for name in report.files)
    files = [pq.ParquetFile(tmp_path / "out" / name) for name in report.files]
    assert [f.metadata.num_rows for f in files] == [700, 700, 700, 700, 200]
    groups = [f.metadata.row_group(i).num_rows for f in files for i in range(f.metadata.num_row_groups)]
    assert max(groups) == 64 and sum(groups) == 3000
    back = [tuple(row.values()) for f in files for row in f.read().to_pylist()]
    assert back == expected
    assert pq.read_table(tmp_path / "out").num_rows == 3000


@pytest.mark.spark
def test_parquet_and_json_lines_hold_the_same_rows(small, tmp_path):
    pytest.importorskip("pyarrow")
    with Library(small, create=False) as lib:
        corpus.export_corpus(lib, tmp_path / "p")
        corpus.export_corpus(lib, tmp_path / "j", "jsonl")
    assert list(corpus.read_rows(tmp_path / "p")) == list(corpus.read_rows(tmp_path / "j")) == EXPECTED


@pytest.mark.spark
def test_a_failed_parquet_export_leaves_nothing(tmp_path, monkeypatch):
    pytest.importorskip("pyarrow")
    generated(tmp_path / "gen.sqlite3", 50)
    real = corpus.main_text
    monkeypatch.setattr(corpus, "main_text", lambda text: real(text) if "Article 30 " not in text else 1 / 0)
    with Library(tmp_path / "gen.sqlite3", create=False) as lib, pytest.raises(ZeroDivisionError):
        corpus.export_corpus(lib, tmp_path / "out", rows_per_file=10, batch_rows=5)
    assert not (tmp_path / "out").exists() and leftovers(tmp_path) == []
