"""The library commands of `versus` (their parsers are in reader.cli.library): run only when
one of them is asked for, so the other commands never import sqlite3 or the library."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from reader.core.controls import printable
from reader.i18n import translate
from reader.library.db import LibraryError, default_path, library_error
from reader.library.search import QueryError, fts_query
from reader.present.errors import message_in, reason_in

if TYPE_CHECKING:
    from reader.library.library import Library


def _tr(args, text: str) -> str:
    """``text`` in the language of ``--lang`` (the catalog's context "cli")."""
    return translate("cli", text, getattr(args, "lang", "en"))


def _fail(message: str, status: int = 2) -> int:
    print(f"versus: {printable(message)}", file=sys.stderr)
    return status


def _path(args) -> Path:
    return Path(args.library) if args.library else default_path()


def _open(args, create: bool = False) -> Library:
    """The library: created when missing only by ``import``; read commands refuse a missing one."""
    from reader.library.library import Library

    return Library(_path(args), create=create)


def _library_failure(args, exc: Exception) -> int:
    """The one line for a LibraryError, or an SQLite error that escaped the library's own checks."""
    if isinstance(exc, sqlite3.Error):
        exc = library_error(_path(args), exc)
    return _fail(message_in(exc, getattr(args, "lang", "en")))


def _text(value: object) -> str:
    """A value as terminal text ("" for None; str() for whatever a damaged library holds)."""
    return "" if value is None else printable(str(value))


def _row_line(row) -> str:
    date, source, title = (_text(value) for value in (row.date, row.source, row.title))
    return (f"{_text(row.id):>6}  {date:10.10}  {source:20.20}  {_text(row.length):>7}  {_text(row.group_id):>5}  "
            f"{title}")


def run_import(args) -> int:
    missing = [p for p in args.paths if not Path(p).exists() and not Path(p).is_symlink()]
    if missing:
        return _fail(_tr(args, "{path}: no such file or folder").format(path=missing[0]))
    show = sys.stderr.isatty() and not args.quiet

    def progress(done: int, total: int, current: str) -> None:
        print(f"\r{done}/{total} {printable(Path(current).name)[:60]:60}", end="", file=sys.stderr, flush=True)

    from reader.library.importer import import_paths

    try:
        with _open(args, create=True) as lib:
            if lib.readonly:
                raise LibraryError("{path}: the library is read-only (cannot import into it)", path=str(lib.path))
            report = import_paths(lib, args.paths, collection=args.collection, workers=args.workers,
                                  progress=progress if show else None, max_size=args.max_size,
                                  max_archive_size=args.max_archive_size)
    except (LibraryError, sqlite3.Error) as exc:
        if show:
            print(file=sys.stderr)
        return _library_failure(args, exc)
    except KeyboardInterrupt:
        return _fail(_tr(args, "import interrupted (what was committed stays; run it again to complete it)"))
    if show:
        print(file=sys.stderr)
    if not args.quiet:
        for issue in report.errors:
            print(f"{printable(issue.path)}: {printable(reason_in(issue, getattr(args, 'lang', 'en')))}",
                  file=sys.stderr)
    print(_import_summary(args, report))
    if args.timings:
        print(_import_timings(args, report))
    nothing = report.errors and not (report.added or report.duplicates) and not report.cancelled
    return 1 if nothing else 0


def _import_summary(args, report) -> str:
    """ImportReport.summary() in the language asked for (the same words in English)."""
    from reader.present.format import decimal

    lang = getattr(args, "lang", "en")
    rate = report.done / report.seconds if report.seconds > 0 else 0.0
    text = _tr(args, "{done} of {total} files: {added} added, {duplicates} duplicates skipped, {errors} errors "
                     "in {seconds} s, {rate}/s").format(
        done=report.done, total=report.total, added=report.added, duplicates=report.duplicates,
        errors=len(report.errors), seconds=decimal(report.seconds, 1, lang), rate=f"{rate:.0f}")
    return text + (_tr(args, " (cancelled)") if report.cancelled else "")


def _import_timings(args, report) -> str:
    """The import's seconds per stage (``ImportReport.stages``), one line."""
    from reader.present.format import decimal

    lang = getattr(args, "lang", "en")
    text = _tr(args, "time per stage: reading and extracting {read} s, signatures {sign} s, storing {store} s, "
                     "full-text index {index} s, grouping {group} s, committing {commit} s").format(
        **{stage: decimal(seconds, 1, lang) for stage, seconds in report.stages.items()})
    if args.workers > 1:
        text += _tr(args, " (reading and signatures summed over {workers} processes)").format(workers=args.workers)
    return text


def run_list(args) -> int:
    from reader.library.library import RowFilter

    try:
        with _open(args) as lib:
            cid = lib.collection(args.collection, create=False) if args.collection else None
            flt = RowFilter(group_id=args.group, collection_id=cid)
            total = lib.count(flt)
            rows = lib.page(flt, order=args.sort, descending=args.desc, offset=args.offset,
                            limit=args.limit if args.limit > 0 else -1)
    except (LibraryError, sqlite3.Error) as exc:
        return _library_failure(args, exc)
    for row in rows:
        print(_row_line(row))
    print(_tr(args, "{shown} of {total} articles").format(shown=len(rows), total=total))
    return 0


def run_search(args) -> int:
    from reader.library.library import RowFilter

    query = " ".join(args.query)
    try:
        fts_query(query)  # a query with nothing to search for is bad usage, library or not
        with _open(args) as lib:
            total = lib.count(RowFilter(query=query))
            hits = lib.search(query, limit=args.limit)
    except (LibraryError, sqlite3.Error) as exc:
        return _library_failure(args, exc)
    except QueryError as exc:
        return _fail(str(exc))
    for hit in hits:
        print(f"{_text(hit.id):>6}  {_text(hit.title)}")
        if hit.snippet:
            print(f"        {_text(' '.join(str(hit.snippet).split()))}")
    print(_tr(args, "{shown} of {total} matches").format(shown=len(hits), total=total))
    return 0


SPARK_EXTRA = "pip install 'versus-reader[spark]'"


def run_groups(args) -> int:
    if args.threshold is not None and not 0.0 < args.threshold <= 1.0:
        return _fail(_tr(args, "the threshold must be above 0 and at most 1, not {value}").format(value=args.threshold))
    if getattr(args, "engine", "local") == "spark":
        return _spark_groups(args)
    if args.input is not None or args.output is not None or args.master is not None or args.partitions:
        return _fail(_tr(args, "INPUT, OUTPUT, --master and --partitions are for --engine spark"))
    try:
        with _open(args) as lib:
            if args.threshold is not None and args.threshold != lib.params.threshold:
                lib.set_threshold(args.threshold)
            groups = lib.groups(limit=args.limit if args.limit > 0 else None)
            members = {g.id: lib.group_members(g.id) for g in groups} if args.members else {}
            total, threshold = lib.group_count(), lib.params.threshold
    except (LibraryError, sqlite3.Error) as exc:
        return _library_failure(args, exc)
    for g in groups:
        print(_tr(args, "group {id}: {size} articles, {sources} outlets  {title}").format(
            id=_text(g.id), size=_text(g.size), sources=_text(g.sources), title=_text(g.title)))
        for row in members.get(g.id, []):
            print("  " + _row_line(row))
    print(_tr(args, "{shown} of {total} groups (threshold {threshold})").format(
        shown=len(groups), total=total, threshold=f"{threshold:g}"))
    return 0


def _spark_groups(args) -> int:
    """`versus groups --engine spark INPUT OUTPUT`: reader.scale.group, on a new SparkSession."""
    if args.input is None or args.output is None:
        return _fail(_tr(args, "--engine spark needs INPUT (the corpus) and OUTPUT (a new folder for the groups)"))
    if args.library is not None or args.members:
        return _fail(_tr(args, "--library and --members are for the library's groups (--engine local)"))
    if args.partitions < 0:
        return _fail(_tr(args, "--partitions must be at least 1, not {value}").format(value=args.partitions))
    try:
        import pyspark  # noqa: F401
    except ImportError:
        return _fail(_tr(args, "--engine spark needs the spark extra: {command}").format(command=SPARK_EXTRA))
    from reader.library.grouping import DEFAULT_THRESHOLD
    from reader.scale.group import SUMMARY_LINES, GroupingError, run, summary_lines

    try:
        summary = run(args.input, args.output, args.master,
                      DEFAULT_THRESHOLD if args.threshold is None else args.threshold, args.partitions or None)
    except GroupingError as exc:
        return _fail(str(exc))
    except KeyboardInterrupt:
        return _fail(_tr(args, "grouping interrupted (OUTPUT may hold part of the groups; remove it)"))
    lines = summary_lines(summary, [_tr(args, line) for line in SUMMARY_LINES])
    print("\n".join(printable(line) for line in lines))
    return 0
