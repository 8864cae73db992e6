"""The corpus as files a cluster reads: `versus export-corpus` (issue 14).

One row per article of a library, in id order, with these columns (the order and the types are
the format; Spark, pandas or DuckDB read them by name):

    id            int64   the library's article id
    hash          string  the library's duplicate key (sha256 of the normalised text)
    source        string  outlet or site; null if unknown
    date          string  publication date (ISO); null if unknown
    title         string
    url           string  null if unknown
    language      string  null if unknown
    text          string  the main text: ``reader.library.grouping.main_text`` of the stored text
    clutter_free  bool    True here: ``text`` has had its page clutter removed, so a job
                          computing MinHash signatures uses it as it is (False or missing, as
                          in JSON lines written by other tools: it applies main_text first)

Layout: ``OUT/part-00000.parquet``, ``part-00001.parquet``, … (or ``.jsonl``) and an empty
``OUT/_SUCCESS``, as Spark writes its own output; Spark, pandas and DuckDB read the folder and
skip names that start with ``_`` or ``.``. A file holds at most ``rows_per_file`` rows (50,000)
and about ``bytes_per_file`` bytes of uncompressed title and text (128 MB), whichever comes
first; Parquet files are written in row groups of ``batch_rows`` rows (1,000), zstd-compressed.

Why files of bounded size in id order rather than hive partitions by a hash bucket of the id:
the grouping job reads every article (nothing filters on a bucket, so partition pruning would
buy nothing), while buckets would cost a folder level and, on a desk-sized library, many tiny
files. What a cluster needs is enough files of a sensible size to split the work among its
executors, which bounded files give; and id order makes the export deterministic (the same
library gives the same rows in the same files) and lets a reader take ranges of ids.

A failed export leaves nothing called OUT: the files are written into a hidden sibling folder
(``.OUT.tmp-XXXXXXXX``), each flushed to disk, ``_SUCCESS`` last, and the folder is renamed to
OUT in one step (removed on failure; only a killed process leaves it behind, under its hidden
name). OUT must not exist yet, or be an empty folder.

Memory: the rows come from one SQLite query (one consistent snapshot of the library) in batches
of ``batch_rows``; one batch is held at a time, whatever the size of the library.

pyarrow (the [spark] extra) is imported only inside the functions that write Parquet, so this
module imports without it; JSON lines need only orjson.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from reader.library.db import library_error
from reader.library.grouping import main_text
from reader.scale.errors import ScaleError

if TYPE_CHECKING:
    from reader.library.library import Library

# (name, pyarrow type, nullable): the format's columns in their order
COLUMNS: tuple[tuple[str, str, bool], ...] = (
    ("id", "int64", False),
    ("hash", "string", False),
    ("source", "string", True),
    ("date", "string", True),
    ("title", "string", False),
    ("url", "string", True),
    ("language", "string", True),
    ("text", "string", False),
    ("clutter_free", "bool_", False),
)
NAMES = tuple(name for name, _, _ in COLUMNS)
FORMATS = ("parquet", "jsonl")
ROWS_PER_FILE = 50_000
BYTES_PER_FILE = 128 * 2**20
BATCH_ROWS = 1_000
COMPRESSION = "zstd"
SUCCESS = "_SUCCESS"

_QUERY = ("SELECT a.id, a.hash, a.source, a.date, a.title, a.url, a.language, t.text "
          "FROM articles a JOIN texts t ON t.article_id = a.id ORDER BY a.id")


class CorpusError(ScaleError):
    """An export that cannot be written."""


@dataclass(frozen=True)
class ExportReport:
    folder: Path
    rows: int
    files: tuple[str, ...]  # the data files' names, in order
    bytes: int              # their total size on disk
    seconds: float


def have_pyarrow() -> bool:
    """Whether pyarrow (the [spark] extra) can be imported."""
    try:
        import pyarrow
        import pyarrow.parquet  # noqa: F401
    except ImportError:
        return False
    return True


def schema():
    """The format's columns as a ``pyarrow.Schema``."""
    import pyarrow as pa

    return pa.schema([pa.field(name, getattr(pa, kind)(), nullable=nullable) for name, kind, nullable in COLUMNS])


def iter_rows(lib: Library) -> Iterator[tuple]:
    """The library's articles as rows of the format (tuples in the order of NAMES), by id, from
    one query: a consistent snapshot, read a batch at a time. SQLite's errors come out as
    LibraryError."""
    try:
        cursor = lib.conn.execute(_QUERY)
        while rows := cursor.fetchmany(BATCH_ROWS):
            for aid, digest, source, date, title, url, lang, text in rows:
                yield aid, digest, source, date, title, url, lang, main_text(text), True
    except (sqlite3.Error, UnicodeDecodeError) as exc:
        raise library_error(lib.path, exc) from exc


def _count(lib: Library) -> int:
    try:
        return lib.conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.Error as exc:
        raise library_error(lib.path, exc) from exc


class _Part:
    """One data file being written: ``write(rows)`` a batch at a time, then ``close()``, which
    flushes it to disk (or ``discard()`` after a failure)."""

    suffix = ""

    def __init__(self, path: Path):
        self.path = path
        self.handle: BinaryIO = open(path, "xb")  # noqa: SIM115 (closed by close() or discard())

    def write(self, rows: Sequence[tuple]) -> None:
        raise NotImplementedError

    def finish(self) -> None:
        """Write what the format keeps for the end (Parquet's footer)."""

    def close(self) -> None:
        try:
            self.finish()
            self.handle.flush()
            os.fsync(self.handle.fileno())
        finally:
            self.handle.close()

    def discard(self) -> None:
        with contextlib.suppress(Exception):
            self.finish()
        with contextlib.suppress(Exception):
            self.handle.close()


class _JsonLines(_Part):
    suffix = ".jsonl"

    def write(self, rows: Sequence[tuple]) -> None:
        import orjson

        self.handle.write(b"".join(orjson.dumps(dict(zip(NAMES, row))) + b"\n" for row in rows))


class _Parquet(_Part):
    suffix = ".parquet"

    def __init__(self, path: Path):
        import pyarrow as pa
        import pyarrow.parquet as pq

        super().__init__(path)
        self.pa = pa
        self.schema = schema()
        try:
            self.writer = pq.ParquetWriter(self.handle, self.schema, compression=COMPRESSION)
        except BaseException:
            self.handle.close()
            raise

    def write(self, rows: Sequence[tuple]) -> None:
        pa = self.pa
        arrays = [pa.array(values, type=field.type) for values, field in zip(zip(*rows), self.schema)]
        self.writer.write_table(pa.Table.from_arrays(arrays, schema=self.schema), row_group_size=len(rows))

    def finish(self) -> None:
        self.writer.close()


_PARTS: dict[str, type[_Part]] = {"parquet": _Parquet, "jsonl": _JsonLines}


def _row_bytes(row: tuple) -> int:
    """About how many bytes a row's strings take uncompressed (title and text: the bulk)."""
    return len(row[4]) + len(row[7].encode("utf-8"))


def write_parts(rows: Iterable[tuple], folder: Path, fmt: str = "parquet", *, rows_per_file: int = ROWS_PER_FILE,
                bytes_per_file: int = BYTES_PER_FILE, batch_rows: int = BATCH_ROWS,
                progress: Callable[[int], None] | None = None) -> tuple[int, list[str]]:
    """Write ``rows`` (tuples in the order of NAMES) into ``part-NNNNN`` files of ``folder``, each of
    at most ``rows_per_file`` rows and about ``bytes_per_file`` bytes of text; at least one file
    (with no rows, for an empty corpus: readers still find the columns). Returns the number of rows
    and the files' names. ``progress(rows_done)`` is called after each batch."""
    if rows_per_file < 1 or batch_rows < 1:
        raise ValueError("rows_per_file and batch_rows must be positive")
    make = _PARTS[fmt]
    iterator = iter(rows)
    names: list[str] = []
    done = in_file = in_bytes = 0
    part: _Part | None = None
    try:
        while batch := list(islice(iterator, min(batch_rows, rows_per_file - in_file))):
            if part is None:
                part = make(folder / f"part-{len(names):05d}{make.suffix}")
                names.append(part.path.name)
            part.write(batch)
            done += len(batch)
            in_file += len(batch)
            in_bytes += sum(map(_row_bytes, batch))
            if in_file >= rows_per_file or in_bytes >= bytes_per_file:
                full: _Part = part
                part = None  # closed (or failed closing): not to be discarded
                full.close()
                in_file = in_bytes = 0
            if progress is not None:
                progress(done)
        if not names:
            part = make(folder / f"part-00000{make.suffix}")
            names.append(part.path.name)
        if part is not None:
            last: _Part = part
            part = None
            last.close()
    except BaseException:
        if part is not None:
            part.discard()
        raise
    return done, names


def export_corpus(lib: Library, out: str | os.PathLike, fmt: str = "parquet", *, rows_per_file: int = ROWS_PER_FILE,
                  bytes_per_file: int = BYTES_PER_FILE, batch_rows: int = BATCH_ROWS,
                  progress: Callable[[int, int], None] | None = None) -> ExportReport:
    """Write the library's articles into the new folder ``out`` (see the module's docstring).

    Raises CorpusError when ``out`` exists (and is not an empty folder) or cannot be written,
    LibraryError when the library cannot be read; either way nothing is left at ``out``.
    ``progress(rows_done, rows_total)`` is called after each batch."""
    if fmt not in _PARTS:
        raise ValueError(f"the corpus format is one of {', '.join(FORMATS)}, not {fmt!r}")
    start = time.perf_counter()
    target = Path(out)
    _check_target(target)
    total = _count(lib)
    temp = _make_temp(target)
    try:
        report = None if progress is None else (lambda done: progress(done, total))
        rows, names = write_parts(iter_rows(lib), temp, fmt, rows_per_file=rows_per_file,
                                  bytes_per_file=bytes_per_file, batch_rows=batch_rows, progress=report)
        size = sum((temp / name).stat().st_size for name in names)
        with open(temp / SUCCESS, "xb") as marker:
            os.fsync(marker.fileno())
        _fsync_folder(temp)
        _move(temp, target)
        _fsync_folder(target.parent)
    except OSError as exc:
        shutil.rmtree(temp, ignore_errors=True)
        raise CorpusError("{path}: cannot write the corpus ({detail})", path=str(target),
                          detail=str(exc.strerror or exc)) from exc
    except BaseException:
        shutil.rmtree(temp, ignore_errors=True)
        raise
    return ExportReport(target, rows, tuple(names), size, time.perf_counter() - start)


def _check_target(target: Path) -> None:
    if not os.path.lexists(target):
        return
    if target.is_dir() and not target.is_symlink():
        try:
            empty = not any(target.iterdir())
        except OSError as exc:
            raise CorpusError("{path}: cannot write the corpus ({detail})", path=str(target),
                              detail=str(exc.strerror or exc)) from exc
        if empty:
            return
    raise CorpusError("{path}: already exists (the corpus goes into a new folder; remove it or name another)",
                      path=str(target))


def _make_temp(target: Path) -> Path:
    """A new hidden folder beside ``target`` (so that renaming it to ``target`` is one step)."""
    parent = target.parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
        for _ in range(100):
            temp = parent / f".{target.name}.tmp-{os.urandom(4).hex()}"
            try:
                temp.mkdir()  # the umask applies, as to any new folder
            except FileExistsError:
                continue
            return temp
    except OSError as exc:
        raise CorpusError("{path}: cannot write the corpus ({detail})", path=str(target),
                          detail=str(exc.strerror or exc)) from exc
    raise CorpusError("{path}: cannot write the corpus ({detail})", path=str(target),
                      detail="no free name for a temporary folder")


def _move(temp: Path, target: Path) -> None:
    """Rename the finished folder to ``target`` (replacing an empty folder), or raise CorpusError."""
    _check_target(target)
    if target.is_dir() and not target.is_symlink():
        with contextlib.suppress(OSError):
            target.rmdir()
    try:
        os.rename(temp, target)
    except OSError as exc:
        if os.path.lexists(target):  # appeared meanwhile
            raise CorpusError("{path}: already exists (the corpus goes into a new folder; remove it or name "
                              "another)", path=str(target)) from exc
        raise


def _fsync_folder(folder: Path) -> None:
    """Flush a folder's entries to disk where the system can (not on Windows)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def read_rows(folder: str | os.PathLike) -> Iterator[dict[str, Any]]:
    """The rows of an exported corpus, file by file, as dicts (for checks and small corpora;
    Parquet needs pyarrow)."""
    import orjson

    for path in sorted(Path(folder).glob("part-*")):
        if path.suffix == ".jsonl":
            with open(path, "rb") as handle:
                for line in handle:
                    yield orjson.loads(line)
        elif path.suffix == ".parquet":
            import pyarrow.parquet as pq

            for batch in pq.ParquetFile(path).iter_batches(batch_size=BATCH_ROWS):
                yield from batch.to_pylist()
