"""The `versus` command: `versus compare A B …`, library commands, or the app itself.

`versus` alone or `versus FILE…` opens the desktop reader; a first word naming a sub-command
runs that command without a window.
"""

from __future__ import annotations

import argparse
import os
import sys

from reader import __version__
from reader.cli import compare, library, quotes, scale
from reader.help_language import ENGLISH, HELP_CONTEXT, argparse_language, help_language
from reader.i18n import ENV_VAR, LANGUAGES, Translator, language, system_language
from reader.logs import add_verbose_argument, setup_logging

# Each module's add_parser(subparsers) registers its sub-commands, each of which sets `func`
# (args -> exit status) through set_defaults. The modules import only light modules at the top,
# since every run builds every parser.
COMMANDS = (compare, quotes, library, scale)
# which module registers each sub-command, so that running one builds only its own parser
COMMAND_MODULES = {"compare": compare, "quotes": quotes, "import": library, "list": library,
                   "search": library, "groups": library, "export-corpus": scale, "import-groups": scale,
                   "compare-corpus": scale}

EPILOG = """\
examples:
  versus old.txt new.txt                           open the pair in the desktop reader
  versus compare old.txt new.txt                   summary of the changes in the terminal
  versus compare old.txt new.txt -o diff.html      a self-contained page for a browser
  versus compare old.txt new.txt --format json     JSON, schema in docs/json-schema.md
  versus quotes old.txt new.txt                    the newer version's quotes: verbatim, altered, no source

`versus COMMAND --help` explains each command and its options.
"""


def add_lang_argument(parser: argparse.ArgumentParser, default: object = None, tr: Translator = ENGLISH) -> None:
    """``--lang {en,ru}``: the language of the messages, the summaries and the HTML page's words.

    On ``versus`` itself it defaults to None (then ``system_language()``: VERSUS_LANG, else the
    locale); after a command its default is SUPPRESS, so ``versus --lang ru compare …`` is not
    undone by the command's own default."""
    parser.add_argument("--lang", choices=sorted(LANGUAGES), default=default,
                        help=tr("language of the messages and of the HTML page's and the summary's words "
                                "(default: VERSUS_LANG, else the locale; JSON is always English)"))


def reader_options(tr: Translator = ENGLISH) -> str:
    """The desktop reader's own options (`versus [FILE...]`), as its parser (reader.app, which
    imports Qt only when it runs) explains them; their help in ``tr``'s language."""
    from reader.app import build_parser as reader_parser

    formatter = argparse.HelpFormatter("versus")
    formatter.start_section(tr("options of the desktop reader (versus [OPTIONS] [FILE...])"))
    formatter.add_arguments([action for action in reader_parser(tr)._actions
                             if action.option_strings and not {"-h", "--help", "--version"} & set(action.option_strings)])
    formatter.end_section()
    return formatter.format_help()


def build_parser(lang: str = "en", command: str | None = None) -> argparse.ArgumentParser:
    """The parser of every command, its help in ``lang`` (argparse's own words follow
    ``argparse_language``). With ``command`` (a name of COMMAND_MODULES), only what running that
    command needs: its module's parsers, and no top-level epilog (it lists the desktop reader's
    options, whose parser is reader.app's)."""
    tr = Translator(HELP_CONTEXT, lang)
    parser = argparse.ArgumentParser(
        prog="versus",
        description=tr("Compare versions of a news report sentence by sentence and word by word. "
                       "Without a command, `versus [FILE...]` opens the desktop reader."),
        epilog=None if command else reader_options(tr) + "\n" + tr(EPILOG),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"versus {__version__}",
                        help=tr("show program's version number and exit"))
    add_lang_argument(parser, tr=tr)
    sub = parser.add_subparsers(title=tr("commands"), metavar="COMMAND")
    for module in (COMMAND_MODULES[command],) if command else COMMANDS:
        module.add_parser(sub, tr)
    for command in set(sub.choices.values()):
        _add_verbose_argument(command, tr)
        add_lang_argument(command, argparse.SUPPRESS, tr)
    return parser


def _add_verbose_argument(command: argparse.ArgumentParser, tr: Translator) -> None:
    """``-v``, whose help reader.logs writes in English for the reader too, in ``tr``'s language."""
    add_verbose_argument(command)
    verbose = command._option_string_actions["--verbose"]
    verbose.help = tr(verbose.help or "")


def _command_names(parser: argparse.ArgumentParser) -> set[str]:
    for action in parser._actions:  # argparse has no public accessor for sub-command names
        if isinstance(action, argparse._SubParsersAction):
            return set(action.choices)
    return set()


def _first_word(argv: list[str]) -> str | None:
    """The first argument after any leading ``--lang X`` / ``--lang=X``."""
    i = 0
    while i < len(argv):
        if argv[i] == "--lang":
            i += 2
        elif argv[i].startswith("--lang="):
            i += 1
        else:
            return argv[i]
    return None


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    lang = help_language(argv)
    with argparse_language(lang):
        first = _first_word(argv)
        parser = build_parser(lang, first if first in COMMAND_MODULES else None)
        command = first in _command_names(parser) or first in ("-h", "--help", "--version") or (argv and first is None)
        if command:
            args = parser.parse_args(argv)
            if not hasattr(args, "func"):  # `versus --lang ru` alone: a language, no command
                parser.error(Translator(HELP_CONTEXT, lang)("a command or files to open must follow --lang"))
    if command:
        args.lang = language(args.lang) if getattr(args, "lang", None) else system_language()
        setup_logging(getattr(args, "verbose", False), defer_file=True)
        return args.func(args)
    from reader.app import build_parser as reader_parser
    from reader.app import main as app_main

    if not any("--lang" in action.option_strings for action in reader_parser()._actions):
        argv = _language_to_environment(argv)
    return app_main(argv)


def _language_to_environment(argv: list[str]) -> list[str]:
    """``argv`` without its leading ``--lang X``, the language passed on in VERSUS_LANG instead
    (for a reader whose own parser has no --lang)."""
    rest = list(argv)
    while rest and (rest[0] == "--lang" or rest[0].startswith("--lang=")):
        value = rest[0].partition("=")[2] if "=" in rest[0] else (rest[1] if len(rest) > 1 else "")
        del rest[:1 if "=" in rest[0] else 2]
        os.environ[ENV_VAR] = language(value)
    return rest
