"""`versus quotes A B`: the direct quotes of the newer version, their verdicts and sources.

It compares like `versus compare` (the same comparison option flags from OPTION_SPECS, the same
loading and `--max-size`), then prints the quotes report of reader.export.text_export, or with
`--format json` the quotes of the comparison's JSON (docs/json-schema.md) with the two file names.
"""

from __future__ import annotations

import argparse
import os
import sys

from reader.cli.compare import (
    add_comparison_options,
    add_inputs,
    add_output,
    compare_inputs,
    use_color,
    write_output,
    write_stdout,
)
from reader.help_language import ENGLISH
from reader.i18n import Translator

FORMATS = ("text", "json")

EPILOG = """\
what it shows:
  every quote of B (the newer, right version), in text order: its verdict (verbatim,
  altered, no source), speaker and verb, its words, its source in A («…», or unquoted
  text when A only reports the words), and the words changed between them: cut words
  [-like this-], added words {+like this+}; then A's quotes that B only reports or drops

output formats:
  text   the report above; coloured on a terminal (see --color, NO_COLOR)
  json   {"left": A's name, "right": B's name, "quotes": [...]}, each quote as in the
         "quotes" array of `versus compare --format json` (docs/json-schema.md)

  Without --format the format follows the -o file's suffix (.json gives json, others text).

exit status:
  0 compared, 2 bad input (missing, empty, binary or too large file, bad option, an -o
  folder that does not exist: -o never creates folders), 1 when the output cannot be written

examples:
  versus quotes old.txt new.txt
  versus quotes old.txt new.txt --format json > quotes.json
  versus quotes old.txt new.txt --keep-yo --color never | less
"""


def add_parser(subparsers, tr: Translator = ENGLISH) -> None:
    p = subparsers.add_parser(
        "quotes",
        help=tr("the quotes of the newer version: verbatim, altered or with no source"),
        description=tr("Compare two versions and report the direct quotes of the second (newer) one:\n"
                       "whether each quotes its source word for word, which words changed, and which\n"
                       "quotes of the first version were only reported or dropped."),
        epilog=tr(EPILOG),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_inputs(p, tr("the first (older, left) version"), tr("the second (newer, right) version"), tr)
    out = add_output(p, tr)
    out.add_argument("-f", "--format", choices=FORMATS,
                     help=tr("text or json (default: json for a .json -o, else text)"))
    out.add_argument("--color", "--colour", choices=("auto", "always", "never"), default="auto",
                     help=tr("colour the text format: auto (the default) colours a terminal unless NO_COLOR "
                             "is set; files are never coloured"))

    add_comparison_options(p, tr("comparison options (what counts as the same), as for `versus compare`"), tr)
    p.set_defaults(func=run_quotes)


def _fmt(args: argparse.Namespace) -> str:
    if args.format:
        return args.format
    if args.output and args.output != "-" and os.path.splitext(args.output)[1].lower() == ".json":
        return "json"
    return "text"


def run_quotes(args: argparse.Namespace) -> int:
    fmt = _fmt(args)
    comparison = compare_inputs(args)
    if comparison is None:
        return 2
    to_file = bool(args.output and args.output != "-")
    lang = getattr(args, "lang", "en")
    if fmt == "json":
        from reader.export.json_export import quotes_to_json

        text = quotes_to_json(comparison)
    else:
        from reader.export.text_export import render_quotes

        text = render_quotes(comparison, color=not to_file and use_color(args.color, sys.stdout), lang=lang)
    return write_output(args.output, [text], lang) if to_file else write_stdout([text])
