"""Importing files, folders and zip archives into a library.

Reading, decoding, extraction and MinHash run per file (in worker processes when asked);
the database writes happen in batches, one transaction each, so a killed import loses at
most the batch in flight and running it again completes it (duplicates are skipped by hash).
Errors are collected per file and never stop the import.

Worker processes end when the importing process does, however it ends (even SIGKILL): each
watches a pipe whose only writer is the importing process.
"""

from __future__ import annotations

import contextlib
import os
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from multiprocessing import get_context
from multiprocessing.connection import Connection

from reader.core.archives import archive_too_large, close_archives
from reader.core.loading import DEFAULT_MAX_ARCHIVE_SIZE, DEFAULT_MAX_SIZE, LoadError
from reader.core.sources import Extracted, Source, extract, find_sources, read_source
from reader.library import grouping
from reader.library.library import Library

Progress = Callable[[int, int, str], None]  # (files done, files in all, current file)

# An import's stages, in order: reading, decoding and extracting; MinHash signatures and band
# keys; storing the article and its text; the full-text index; story grouping (LSH look-up
# and joining); committing each batch.
STAGES = ("read", "sign", "store", "index", "group", "commit")


@dataclass(frozen=True)
class ImportIssue:
    """A file that was not imported. ``reason`` is English; ``template`` and ``params`` (when the
    reason is a LoadError's) let ``reader.i18n.reason_in`` say it in another language."""

    path: str
    reason: str
    template: str = ""
    params: tuple[tuple[str, object], ...] = ()


@dataclass
class ImportReport:
    total: int = 0
    added: int = 0
    duplicates: int = 0
    errors: list[ImportIssue] = field(default_factory=list)
    cancelled: bool = False
    seconds: float = 0.0
    added_ids: list[int] = field(default_factory=list)
    # seconds per stage (STAGES); reading and signatures summed over the worker processes
    stages: dict[str, float] = field(default_factory=lambda: dict.fromkeys(STAGES, 0.0))

    @property
    def done(self) -> int:
        return self.added + self.duplicates + len(self.errors)

    def summary(self) -> str:
        rate = self.done / self.seconds if self.seconds > 0 else 0.0
        parts = [f"{self.added} added", f"{self.duplicates} duplicates skipped", f"{len(self.errors)} errors"]
        tail = " (cancelled)" if self.cancelled else ""
        return f"{self.done} of {self.total} files: {', '.join(parts)} in {self.seconds:.1f} s, {rate:.0f}/s{tail}"


@dataclass(frozen=True)
class Prepared:
    """A file made ready for the database, or the reason it cannot be."""

    label: str
    extracted: Extracted | None = None
    digest: str = ""
    sig: bytes | None = None
    bands: tuple[int, ...] = ()
    error: str = ""
    template: str = ""  # the error's LoadError template and parameters (see ImportIssue)
    params: tuple[tuple[str, object], ...] = ()
    archive: str = ""  # the zip archive it is a member of
    taken: int = 0  # bytes read from that archive for it
    seconds: tuple[float, float] = (0.0, 0.0)  # reading and extracting it; its signature


def _parts(exc: LoadError) -> dict:
    return {"template": exc.template, "params": tuple(exc.params.items())}


def _unexpected(exc: Exception) -> str:
    return f"cannot read ({type(exc).__name__}: {exc})".splitlines()[0]


def prepare(source: Source, params: grouping.GroupParams, max_size: int = DEFAULT_MAX_SIZE,
            known: Callable[[str], object] | None = None,
            max_archive_size: int = DEFAULT_MAX_ARCHIVE_SIZE) -> Prepared:
    """Read, decode, extract and fingerprint one source (reader.core.sources). Never raises for
    a bad file. Files over ``max_size`` bytes are refused with the reason the reader gives, and
    so are members past their archive's ``max_archive_size``.

    When ``known(digest)`` is true the text is already stored and is not fingerprinted.
    """
    label, archive = source.label, source.path if source.member is not None else ""
    started = time.perf_counter()
    try:
        data = read_source(source, max_size, max_archive_size)
    except LoadError as exc:
        return Prepared(label, error=exc.reason, archive=archive, **_parts(exc))
    except Exception as exc:
        return Prepared(label, error=_unexpected(exc), archive=archive)
    try:
        ex = extract(data, label, source.suffix, max_size)
    except LoadError as exc:
        return Prepared(label, error=exc.reason, archive=archive, taken=len(data), **_parts(exc))
    except Exception as exc:
        return Prepared(label, error=_unexpected(exc), archive=archive, taken=len(data))
    digest = ex.key
    read = time.perf_counter()
    if known is not None and known(digest):
        return Prepared(label, ex, digest, archive=archive, taken=len(data), seconds=(read - started, 0.0))
    sig, bands = grouping.prepare(ex.text, params)
    return Prepared(label, ex, digest, sig, tuple(bands), archive=archive, taken=len(data),
                    seconds=(read - started, time.perf_counter() - read))


class _ArchiveBudget:
    """The members taken from each archive hold at most ``limit`` bytes in all: the first that
    would pass it, and every member after it, are refused. Counted in the importing process,
    in order, so that workers (which each see part of an archive) give the same result."""

    def __init__(self, limit: int):
        self.limit = limit
        self.taken: dict[str, int] = {}
        self.over: set[str] = set()

    def check(self, item: Prepared) -> Prepared:
        if not item.archive:
            return item
        refusal = archive_too_large(item.label, self.limit)
        if item.archive not in self.over:
            if item.error == refusal.reason:  # the reader found it out already
                self.over.add(item.archive)
                return item
            taken = self.taken.get(item.archive, 0) + item.taken
            if taken <= self.limit:
                self.taken[item.archive] = taken
                return item
            self.over.add(item.archive)
        return Prepared(item.label, error=refusal.reason, archive=item.archive, **_parts(refusal))


def _prepare_many(args: tuple[list[Source], grouping.GroupParams, int, int]) -> list[Prepared]:
    sources, params, max_size, max_archive_size = args
    try:
        return [prepare(s, params, max_size, max_archive_size=max_archive_size) for s in sources]
    finally:
        close_archives()  # an archive is opened once per job


def _end_with_parent(parent: Connection) -> None:
    """A worker's initializer: end the worker when the importing process is gone (its end of
    the pipe closes when it exits or is killed, and ``recv`` then fails)."""

    def watch() -> None:
        with contextlib.suppress(EOFError, OSError):
            parent.recv()
        os._exit(1)

    threading.Thread(target=watch, name="end-with-parent", daemon=True).start()


def import_paths(
    library: Library,
    paths: Iterable[str],
    *,
    progress: Progress | None = None,
    cancel: Callable[[], bool] | None = None,
    collection: str | None = None,
    batch_size: int = 200,
    workers: int = 0,
    max_size: int = DEFAULT_MAX_SIZE,
    max_archive_size: int = DEFAULT_MAX_ARCHIVE_SIZE,
) -> ImportReport:
    """Import files, folders (recursively) and zip archives of .txt, .md and .html files,
    found and read as reader.core.sources does for "Open texts" too; files over ``max_size``
    bytes (``Options.max_file_size``) are refused, and the members of one archive are read
    up to ``max_archive_size`` bytes in all (the rest are refused, one error each).

    ``progress(done, total, current)`` is called after each file; ``cancel()`` is asked
    between files and stops the import after committing what is done. ``workers`` > 1 reads
    and fingerprints files in that many processes. Same-text files are skipped.
    """
    started = time.perf_counter()
    sources, issues = find_sources(paths)
    report = ImportReport(total=len(sources) + len(issues))
    report.errors.extend(ImportIssue(issue.name, issue.reason, **_parts(issue)) for issue in issues)
    cid = library.collection(collection) if collection else None
    params = library.params
    budget = _ArchiveBudget(max_archive_size)

    def read_chunk(chunk: list[Source]) -> list[Prepared]:
        """Read a batch's files before its transaction begins, so that the library is locked
        only while they are written (another import or a regrouping waits that long only)."""
        done: list[Prepared] = []
        for source in chunk:
            if cancel is not None and cancel():
                break
            done.append(budget.check(prepare(source, params, max_size, library.find_hash, max_archive_size)))
            if progress is not None:
                progress(report.done + len(done), report.total, source.label)
        return done

    def batches() -> Iterator[tuple[Iterable[Prepared], bool]]:
        chunks = [sources[i:i + batch_size] for i in range(0, len(sources), batch_size)]
        if workers <= 1 or len(sources) <= batch_size:
            for chunk in chunks:
                yield read_chunk(chunk), False  # progress and cancel were handled while reading
            return
        step = max(1, batch_size // (4 * workers))  # small jobs keep every worker busy

        def submit(chunk: list[Source]) -> list[Future]:
            return [pool.submit(_prepare_many, (chunk[i:i + step], params, max_size, max_archive_size))
                    for i in range(0, len(chunk), step)]

        context = get_context("spawn")
        watched, alive = context.Pipe(duplex=False)  # the workers hold the reading end only
        pool = ProcessPoolExecutor(workers, mp_context=context, initializer=_end_with_parent,
                                   initargs=(watched,))
        try:
            pending = submit(chunks[0])
            for k in range(len(chunks)):
                following = submit(chunks[k + 1]) if k + 1 < len(chunks) else []
                # workers prepare the next batch meanwhile
                yield [budget.check(p) for f in pending for p in f.result()], True
                pending = following
        finally:
            pool.shutdown(wait=True, cancel_futures=True)
            alive.close()
            watched.close()

    feed = batches()
    try:
        for batch, from_workers in feed:
            # a batch read here is written whole (quickly); one from the workers file by file
            _write_batch(library, batch, report, cid, *((progress, cancel) if from_workers else (None, None)))
            if report.cancelled or (cancel is not None and cancel()):
                report.cancelled = True
                break
    finally:
        feed.close()
        close_archives()
    report.seconds = time.perf_counter() - started
    return report


def _write_batch(library: Library, batch: Iterable[Prepared], report: ImportReport, cid: int | None,
                 progress: Progress | None, cancel: Callable[[], bool] | None) -> None:
    """Add one batch in one transaction, counting into ``report``."""
    added_now: list[int] = []
    stages, before = report.stages, dict(library.insert_seconds)
    with library.transaction():
        for item in batch:
            if cancel is not None and cancel():
                report.cancelled = True
                break
            stages["read"] += item.seconds[0]
            stages["sign"] += item.seconds[1]
            if item.error:
                report.errors.append(ImportIssue(item.label, item.error, item.template, item.params))
            else:
                ex = item.extracted
                aid, added = library.insert(
                    text=ex.text, path=item.label, format=ex.format, encoding=ex.encoding,
                    title=ex.title, source=ex.source, date=ex.date, url=ex.url,
                    language=ex.language, digest=item.digest, sig=item.sig, bands=item.bands)
                if added:
                    report.added += 1
                    added_now.append(aid)
                else:
                    report.duplicates += 1
                if cid is not None:
                    library.add_to_collection(cid, [aid], in_transaction=True)
            if progress is not None:
                progress(report.done, report.total, item.label)
        committing = time.perf_counter()
    stages["commit"] += time.perf_counter() - committing
    for stage, seconds in library.insert_seconds.items():
        stages[stage] += seconds - before[stage]
    report.added_ids.extend(added_now)
