"""`versus export-corpus|import-groups|compare-corpus`: a library's articles out to a cluster
(Apache Spark), the story groups computed there back into the library, and every version of a
story compared with its earliest on the cluster (reader.scale, issue 14).

The CLI builds every command's parser for `versus --help`, so this module imports only light
modules at the top; the commands import the library, reader.scale and pyarrow (the [spark]
extra) when they run, so `versus compare` never loads them and the module imports without
the extra.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from reader.help_language import ENGLISH
from reader.i18n import Translator

FORMATS = ("parquet", "jsonl")  # reader.scale.corpus.FORMATS (not imported here: it loads the library)
ROWS_PER_FILE = 50_000          # reader.scale.corpus.ROWS_PER_FILE
EXTRA = "pip install 'versus-reader[spark]'"

EXPORT_DESCRIPTION = """\
Write the library's articles (id, hash, source, date, title, URL, language, the text
without page clutter) into the new folder OUT, in files of at most N rows, for the story
grouping on Apache Spark. The folder appears only when the export is complete."""
IMPORT_DESCRIPTION = """\
Make the story groups the Spark job wrote (Parquet files with article_id and group_id,
_summary.json with the grouping parameters) the library's groups, in one transaction.
Articles of the library that are not in the files are left in no group; ids that are
not in the library are counted and skipped."""
EXPORT_EXIT = """exit status:
  0  the corpus is written
  1  it is not: OUT exists, or writing failed (nothing is left at OUT)
  2  bad usage, the library cannot be used (missing, damaged, busy),
     or pyarrow is missing"""
COMPARE_DESCRIPTION = """\
Compare every version of each story group (the Spark grouping's output, GROUPS) with the
group's earliest version, on Apache Spark, with the same engine as `versus compare`, and write
one row of statistics per pair into OUTPUT (Parquet): similarity, sentences kept, changed,
moved, added and removed, quotes verbatim, altered, without source and dropped. docs/scale.md
shows how to query it (which outlets alter quotes most)."""
COMPARE_EXIT = """exit status:
  0  the statistics are written
  1  Spark failed (its message follows)
  2  bad usage, or pyspark is missing"""
IMPORT_EXIT = """exit status:
  0  the groups are imported
  1  the groups folder cannot be used (the library's groups are left as they were)
  2  bad usage, the library cannot be used (missing, damaged, read-only, busy),
     or pyarrow is missing"""


def add_parser(subparsers, tr: Translator = ENGLISH) -> None:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--library", metavar="PATH",
                        help=tr("the library database (default: library.sqlite3 in the user data folder)"))

    p = subparsers.add_parser(
        "export-corpus", parents=[common], formatter_class=argparse.RawDescriptionHelpFormatter,
        help=tr("write the library's articles as Parquet or JSON lines for Apache Spark"),
        description=tr(EXPORT_DESCRIPTION),
        epilog=tr(EXPORT_EXIT))
    p.add_argument("out", metavar="OUT", help=tr("the folder to create"))
    p.add_argument("--format", choices=FORMATS, default="parquet",
                   help=tr("parquet (needs the spark extra) or jsonl (default: parquet)"))
    p.add_argument("--rows-per-file", type=int, default=ROWS_PER_FILE, metavar="N",
                   help=tr("at most N articles in one file (default {n})").format(n=ROWS_PER_FILE))
    p.set_defaults(func=run_export)

    p = subparsers.add_parser(
        "import-groups", parents=[common], formatter_class=argparse.RawDescriptionHelpFormatter,
        help=tr("replace the library's story groups with those computed on Apache Spark"),
        description=tr(IMPORT_DESCRIPTION),
        epilog=tr(IMPORT_EXIT))
    p.add_argument("groups", metavar="GROUPS", help=tr("the folder the Spark job wrote"))
    p.set_defaults(func=run_import_groups)

    p = subparsers.add_parser(
        "compare-corpus", formatter_class=argparse.RawDescriptionHelpFormatter,
        help=tr("compare every version of each story group with its earliest, on Apache Spark"),
        description=tr(COMPARE_DESCRIPTION), epilog=tr(COMPARE_EXIT))
    p.add_argument("corpus", metavar="CORPUS", help=tr("the corpus export-corpus wrote (Parquet)"))
    p.add_argument("groups", metavar="GROUPS", help=tr("the folder the Spark job wrote"))
    p.add_argument("output", metavar="OUTPUT", help=tr("the folder for the statistics (Parquet)"))
    p.add_argument("--master", metavar="URL",
                   help=tr("the Spark master: local[2], spark://host:7077, … (default: local[2])"))
    p.add_argument("--partitions", type=int, metavar="N", help=tr("spread the pairs over N partitions"))
    p.set_defaults(func=run_compare_corpus)


def run_export(args: argparse.Namespace) -> int:
    import sqlite3

    from reader.cli.library_commands import _fail, _library_failure, _open, _tr
    from reader.present.errors import message_in
    from reader.present.format import decimal, size_in
    from reader.scale import corpus

    lang = getattr(args, "lang", "en")
    if args.rows_per_file < 1:
        return _fail(_tr(args, "--rows-per-file must be at least 1, not {value}").format(value=args.rows_per_file))
    if args.format == "parquet" and not corpus.have_pyarrow():
        return _fail(_tr(args, "export-corpus --format parquet needs the spark extra: {command}").format(command=EXTRA))
    show = sys.stderr.isatty()

    def progress(done: int, total: int) -> None:
        print(f"\r{done}/{total}", end="", file=sys.stderr, flush=True)

    from reader.library.db import LibraryError

    try:
        with _open(args) as lib:
            report = corpus.export_corpus(lib, args.out, args.format, rows_per_file=args.rows_per_file,
                                          progress=progress if show else None)
    except (LibraryError, sqlite3.Error) as exc:
        if show:
            print(file=sys.stderr)
        return _library_failure(args, exc)
    except corpus.CorpusError as exc:
        if show:
            print(file=sys.stderr)
        return _fail(message_in(exc, lang), 1)
    except KeyboardInterrupt:
        if show:
            print(file=sys.stderr)
        return _fail(_tr(args, "export interrupted (nothing is left at {path})").format(path=args.out), 1)
    if show:
        print(file=sys.stderr)
    rate = report.rows / report.seconds if report.seconds > 0 else 0.0
    print(_tr(args, "{rows} articles in {files} files ({size}) to {path} in {seconds} s, {rate}/s").format(
        rows=report.rows, files=len(report.files), size=size_in(report.bytes, lang), path=report.folder,
        seconds=decimal(report.seconds, 1, lang), rate=f"{rate:.0f}"))
    return 0


def run_import_groups(args: argparse.Namespace) -> int:
    import sqlite3

    from reader.cli.library_commands import _fail, _library_failure, _open, _tr
    from reader.library.db import LibraryError
    from reader.present.errors import message_in
    from reader.scale import corpus

    lang = getattr(args, "lang", "en")
    if not corpus.have_pyarrow():
        return _fail(_tr(args, "import-groups needs the spark extra: {command}").format(command=EXTRA))
    if not Path(args.groups).exists():
        return _fail(_tr(args, "{path}: no such file or folder").format(path=args.groups), 1)
    from reader.scale.import_groups import GroupsFileError, read_groups

    try:
        with _open(args) as lib:
            try:
                found = read_groups(args.groups)
            except GroupsFileError as exc:
                return _fail(message_in(exc, lang), 1)
            result = lib.replace_groups(found.pairs(), found.params)
            threshold = lib.params.threshold
    except (LibraryError, sqlite3.Error) as exc:
        return _library_failure(args, exc)
    if found.params is None:
        _fail(_tr(args, "{path}: no _summary.json, so the library keeps its grouping parameters "
                        "(threshold {threshold})").format(path=args.groups, threshold=f"{threshold:g}"))
    print(_tr(args, "{groups} story groups of {grouped} articles imported (threshold {threshold})").format(
        groups=result.groups, grouped=result.grouped, threshold=f"{threshold:g}"))
    if result.unknown:
        print(_tr(args, "{n} articles of the groups folder are not in the library: skipped").format(n=result.unknown))
    if result.left_out:
        print(_tr(args, "{n} articles of the library are not in the groups folder: in no group now").format(
            n=result.left_out))
    return 0


def run_compare_corpus(args: argparse.Namespace) -> int:
    from reader.cli.library_commands import _fail, _tr

    try:
        import pyspark  # noqa: F401
    except ImportError:
        return _fail(_tr(args, "compare-corpus needs the spark extra: {command}").format(command=EXTRA))
    from reader.scale import compare_corpus

    argv = [args.corpus, args.groups, args.output]
    argv += ["--master", args.master] if args.master else []
    argv += ["--partitions", str(args.partitions)] if args.partitions else []
    try:
        return compare_corpus.main(argv)
    except Exception as exc:  # Spark's own failures (a missing folder, a lost executor): one line
        return _fail(_tr(args, "compare-corpus failed: {reason}").format(reason=str(exc).splitlines()[0][:300]), 1)
