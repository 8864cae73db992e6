"""`versus import|list|search|groups`: the corpus library (reader.library) from the command line;
`versus groups --engine spark` groups a corpus on Apache Spark (reader.scale.group) instead.

The CLI builds every command's parser on every run, so this module holds only the parsers and
imports only light modules; the commands themselves are in reader.cli.library_commands,
imported when one runs, so `versus compare` never loads sqlite3 or the library.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

from reader.cli.compare import parse_size, size_help
from reader.core.loading import DEFAULT_MAX_ARCHIVE_SIZE
from reader.core.options import OPTION_SPECS
from reader.help_language import ENGLISH
from reader.i18n import Translator
from reader.library.order import ORDER_COLUMNS

IMPORT_EXIT = """exit status:
  0  every file imported, or some (the summary counts the errors)
  1  nothing could be imported: every file given failed
  2  bad usage, or the library cannot be used (missing, damaged, read-only, busy)"""
READ_EXIT = "exit status: 0 done; 2 bad usage, or the library cannot be used (missing, damaged, busy)"
ENGINES = ("local", "spark")


def add_parser(subparsers, tr: Translator = ENGLISH) -> None:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--library", metavar="PATH",
                        help=tr("the library database (default: library.sqlite3 in the user data folder)"))

    p = subparsers.add_parser("import", parents=[common], help=tr("add files, folders or zip archives to the library"),
                              description=tr("Import .txt, .md, .html and .zip files (folders recursively)."),
                              formatter_class=argparse.RawDescriptionHelpFormatter, epilog=tr(IMPORT_EXIT))
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--collection", metavar="NAME", help=tr("also put the articles into this collection"))
    p.add_argument("--workers", type=int, default=0, metavar="N",
                   help=tr("read and fingerprint files in N processes (default: in this one)"))
    p.add_argument("--quiet", action="store_true", help=tr("print only the summary"))
    p.add_argument("--timings", action="store_true",
                   help=tr("also print the seconds spent in each stage (reading, signatures, storing, "
                           "full-text index, grouping, committing)"))
    size = next(spec for spec in OPTION_SPECS if spec.name == "max_file_size")
    p.add_argument(size.flag, dest="max_size", type=parse_size, default=size.default, metavar=size.metavar,
                   help=size_help(size, tr))
    p.add_argument("--max-archive-size", dest="max_archive_size", type=parse_size, default=DEFAULT_MAX_ARCHIVE_SIZE,
                   metavar="SIZE", help=tr("read at most SIZE bytes of texts from one zip archive; its further "
                                            "members are refused (guards against archives that unpack to gigabytes; "
                                            "default {size}M)").format(size=DEFAULT_MAX_ARCHIVE_SIZE // 2**20))
    p.set_defaults(func=_command("run_import"))

    p = subparsers.add_parser("list", parents=[common], epilog=tr(READ_EXIT), help=tr("list the library's articles"))
    p.add_argument("--sort", choices=sorted(ORDER_COLUMNS), default="id")
    p.add_argument("--desc", action="store_true", help=tr("sort in descending order"))
    p.add_argument("--group", type=int, metavar="ID", help=tr("only this story group"))
    p.add_argument("--collection", metavar="NAME", help=tr("only this collection"))
    p.add_argument("--limit", type=int, default=100, metavar="N", help=tr("at most N rows (0: all; default 100)"))
    p.add_argument("--offset", type=int, default=0, metavar="N")
    p.set_defaults(func=_command("run_list"))

    p = subparsers.add_parser("search", parents=[common], epilog=tr(READ_EXIT), help=tr("full-text search of titles and texts"),
                              description=tr('Words must all occur; "a phrase", word* (prefix), OR, -word.'))
    p.add_argument("query", nargs="+", metavar="QUERY")
    p.add_argument("--limit", type=int, default=20, metavar="N")
    p.set_defaults(func=_command("run_search"))

    p = subparsers.add_parser("groups", parents=[common], epilog=tr(READ_EXIT),
                              help=tr("story groups: articles that are versions of one report"))
    p.add_argument("--threshold", type=float, metavar="T",
                   help=tr("regroup with this similarity threshold (0..1) first"))
    p.add_argument("--members", action="store_true", help=tr("list each group's articles"))
    p.add_argument("--limit", type=int, default=50, metavar="N", help=tr("at most N groups (0: all; default 50)"))
    # issue 14: the same grouping on Apache Spark, for corpora past one machine (reader.scale.group,
    # imported only when it runs: pyspark is an optional extra)
    p.add_argument("--engine", choices=ENGINES, default="local",
                   help=tr("local: the library's groups (default); spark: group the corpus INPUT on Apache Spark "
                           "and write the groups to OUTPUT, with --threshold T if given, else 0.3 (needs the spark "
                           "extra and Java 17+)"))
    p.add_argument("input", nargs="?", metavar="INPUT",
                   help=tr("with --engine spark: the corpus (versus export-corpus's Parquet, JSON lines, "
                           "or a folder of texts)"))
    p.add_argument("output", nargs="?", metavar="OUTPUT",
                   help=tr("with --engine spark: a new folder for the groups (Parquet and _summary.json)"))
    p.add_argument("--master", metavar="URL",
                   help=tr("with --engine spark: Spark's master, such as local[2] or spark://HOST:7077 "
                           "(default: local[*])"))
    p.add_argument("--partitions", type=int, default=0, metavar="N",
                   help=tr("with --engine spark: parts of the corpus and of Spark's shuffles (default: 4 per core)"))
    p.set_defaults(func=_command("run_groups"))


def _command(name: str) -> Callable[[argparse.Namespace], int]:
    """The function that runs the command ``name`` of reader.cli.library_commands, imported then."""
    def run(args: argparse.Namespace) -> int:
        from reader.cli import library_commands

        return getattr(library_commands, name)(args)
    return run
