"""The `versus` command: `versus compare A B …`, library commands, or the app itself.

`versus` alone or `versus FILE…` opens the desktop reader; a first word naming a sub-command
runs that command without a window.
"""

from __future__ import annotations

import argparse
import sys

from reader import __version__
from reader.cli import compare, library, quotes
from reader.logs import add_verbose_argument, setup_logging

# Each module's add_parser(subparsers) registers its sub-commands, each of which sets `func`
# (args -> exit status) through set_defaults. The modules import only light modules at the top,
# since every run builds every parser.
COMMANDS = (compare, quotes, library)

EPILOG = """\
examples:
  versus old.txt new.txt                           open the pair in the desktop reader
  versus compare old.txt new.txt                   summary of the changes in the terminal
  versus compare old.txt new.txt -o diff.html      a self-contained page for a browser
  versus compare old.txt new.txt --format json     JSON, schema in docs/json-schema.md
  versus quotes old.txt new.txt                    the newer version's quotes: verbatim, altered, no source

`versus COMMAND --help` explains each command and its options.
"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="versus",
        description="Compare versions of a news report sentence by sentence and word by word. "
                    "Without a command, `versus [FILE...]` opens the desktop reader.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"versus {__version__}")
    sub = parser.add_subparsers(title="commands", metavar="COMMAND")
    for module in COMMANDS:
        module.add_parser(sub)
    for command in set(sub.choices.values()):
        add_verbose_argument(command)
    return parser


def _command_names(parser: argparse.ArgumentParser) -> set[str]:
    for action in parser._actions:  # argparse has no public accessor for sub-command names
        if isinstance(action, argparse._SubParsersAction):
            return set(action.choices)
    return set()


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    if argv and (argv[0] in _command_names(parser) or argv[0] in ("-h", "--help", "--version")):
        args = parser.parse_args(argv)
        setup_logging(getattr(args, "verbose", False))
        return args.func(args)
    from reader.app import main as app_main

    return app_main(argv)
