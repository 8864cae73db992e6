"""`versus compare A B`: load two files, compare them, and print or write an export of the result.

The comparison options' flags, labels and explanations come from OPTION_SPECS
(reader/core/options.py), which the reader's Options menu uses too; reader.export only renders.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Iterable
from dataclasses import fields

from reader.core.compare import compare
from reader.core.controls import printable
from reader.core.loading import LoadError, load_bytes, load_path
from reader.core.model import Comparison, Document
from reader.core.options import OPTION_SPECS, Options, OptionSpec
from reader.export import FORMATS, blocks, format_for_path, iter_export, write_text
from reader.export.json_export import SCHEMA
from reader.help_language import ENGLISH
from reader.i18n import Translator, translate
from reader.present.errors import message_in

SCHEMA_DOC = "docs/json-schema.md"

EPILOG = """\
output formats:
  html   one self-contained page (no external requests): both versions side by side,
         word-level highlights, moved sentences linked, statistics; --unified adds an
         appendix: each changed sentence's old wording (-) above its new one (+), moved
         sentences marked at both places, one unchanged sentence of context
  json   the whole comparison with stable keys, schema "{schema}", documented in
         {doc}; offsets are Unicode code points (Python str indices)
  text   a readable summary of the changed sentences: removed words [-like this-],
         added words {{+like this+}}; coloured on a terminal (see --color, NO_COLOR)

  Without --format the format follows the -o file's suffix (.html, .json, .txt; others
  give html); without -o it is text. Without -o, html and json go to standard output.
  --lang ru (or a Russian locale) writes the page's and the summary's words in Russian;
  JSON keys and values stay English (they are a schema).

exit status:
  0 compared (whether or not the texts differ), 2 bad input (missing, empty, binary or
  too large file, unknown encoding, bad option, an -o folder that does not exist: -o never
  creates folders) with a one-line message, 1 when the output cannot be written

examples:
  versus compare old.txt new.txt                      summary in the terminal
  versus compare old.txt new.txt -o diff.html         a page to open in a browser
  versus compare old.txt new.txt -o diff.html --unified
  versus compare old.txt new.txt --format json > diff.json
  versus compare old.txt new.txt --case-sensitive --keep-yo --threshold 0.7
  versus compare old.txt new.txt --color never | less
  curl -s https://example.org/a.txt | versus compare - local.txt
"""


def add_parser(subparsers, tr: Translator = ENGLISH) -> None:
    p = subparsers.add_parser(
        "compare",
        help=tr("compare two versions: an HTML page, JSON or a text summary"),
        description=tr("Compare two versions of a text sentence by sentence and word by word. "
                       "Sentences are paired even when they moved; page clutter is folded away."),
        epilog=tr(EPILOG).format(schema=SCHEMA, doc=SCHEMA_DOC),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_inputs(p, tr("the first (left) version"), tr("the second (right) version"), tr)
    out = add_output(p, tr)
    out.add_argument("-f", "--format", choices=FORMATS,
                     help=tr("html, json or text (default: from the -o suffix, else text)"))
    out.add_argument("--unified", action="store_true",
                     help=tr("html and text: add a unified diff of the sentences, each changed sentence's old wording "
                             "(-) above its new one (+), moves marked (json: ignored)"))
    out.add_argument("--color", "--colour", choices=("auto", "always", "never"), default="auto",
                     help=tr("colour the text format: auto (the default) colours a terminal unless NO_COLOR "
                             "is set; files are never coloured"))

    add_comparison_options(p, tr("comparison options (what counts as the same)"), tr)
    p.set_defaults(func=run_compare)


def add_inputs(parser: argparse.ArgumentParser, left: str, right: str, tr: Translator = ENGLISH) -> None:
    """The two versions a command compares, A and B; ``-`` reads standard input."""
    parser.add_argument("left", metavar="A", help=tr("{version}; - reads standard input").format(version=left))
    parser.add_argument("right", metavar="B", help=tr("{version}; - reads standard input").format(version=right))


def add_output(parser: argparse.ArgumentParser, tr: Translator = ENGLISH) -> argparse._ArgumentGroup:
    """The "output" group with ``-o PATH``; a command adds its own format flags to it."""
    out = parser.add_argument_group(tr("output"))
    out.add_argument("-o", "--output", metavar="PATH",
                     help=tr("write to PATH (atomically) instead of standard output; - is standard output"))
    return out


def add_comparison_options(parser: argparse.ArgumentParser, title: str, tr: Translator = ENGLISH) -> None:
    """``--exact`` and a flag for every comparison option (`OPTION_SPECS`), for any command that compares."""
    norm = parser.add_argument_group(title)
    norm.add_argument("--exact", action="store_true",
                      help=tr("turn every normalisation off (case, quotes, dashes, ё, white space); "
                              "the flags below still apply"))
    for spec in OPTION_SPECS:
        add_option(norm, spec, tr)


def _threshold(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if not 0.0 <= number <= 1.0:
        raise argparse.ArgumentTypeError(f"must be between 0 and 1, not {value}")
    return number


_SIZE = re.compile(r"\s*(\d+(?:\.\d+)?)\s*([kmg]?)(?:i?b)?\s*", re.IGNORECASE)


def parse_size(value: str) -> int:
    match = _SIZE.fullmatch(value)
    if not match:
        raise argparse.ArgumentTypeError(f"not a size: {value!r} (try 500K, 20M or a number of bytes)")
    number = float(match.group(1)) * 1024 ** " kmg".index(match.group(2).lower() or " ")
    if number < 1:
        raise argparse.ArgumentTypeError("must be at least 1 byte")
    return int(number)


def _spec_words(spec: OptionSpec, tr: Translator) -> dict[str, str]:
    """The option's name and explanation in ``tr``'s language (the menu's, context "OptionSpec")."""
    label = translate("OptionSpec", spec.label, tr.lang)
    explanation = translate("OptionSpec", spec.help, tr.lang)
    return {"text": re.sub(r"&(.)", r"\1", label),
            "explanation": explanation[:1].lower() + explanation[1:]}  # argparse help is lower case, tool tips are not


def _switch_help(spec: OptionSpec, tr: Translator = ENGLISH) -> str:
    template = ('turn "{text}" off (on by default): {explanation}' if spec.default
                else 'turn "{text}" on (off by default): {explanation}')
    return tr(template).format(**_spec_words(spec, tr))


def _threshold_help(spec: OptionSpec, tr: Translator = ENGLISH) -> str:
    return tr('"{text}": {explanation} (default {default}; the score is explained in {doc})').format(
        default=spec.default, doc=SCHEMA_DOC, **_spec_words(spec, tr))


def size_help(spec: OptionSpec, tr: Translator = ENGLISH) -> str:
    return tr('"{text}": {explanation}; {metavar} is a number of bytes, or one with K, M or G (default {size}M)').format(
        metavar=spec.metavar, size=spec.default // 2**20, **_spec_words(spec, tr))


# The flags taking a value: how to read the value and how to explain the flag.
VALUED = {
    "match_threshold": (_threshold, _threshold_help),
    "max_file_size": (parse_size, size_help),
}


def add_option(group, spec: OptionSpec, tr: Translator = ENGLISH) -> None:
    """A flag for one Options field, storing its value as ``opt_<field>`` (None when not given)."""
    dest = f"opt_{spec.name}"
    if spec.is_switch:
        group.add_argument(spec.flag, dest=dest, action="store_const", const=not spec.default,
                           help=_switch_help(spec, tr))
        return
    parse, explain = VALUED[spec.name]
    group.add_argument(spec.flag, dest=dest, type=parse, metavar=spec.metavar, help=explain(spec, tr))


def options_from_args(args: argparse.Namespace) -> Options:
    options = Options.exact() if getattr(args, "exact", False) else Options()
    changes = {}
    for f in fields(Options):
        value = getattr(args, f"opt_{f.name}", None)
        if value is not None:
            changes[f.name] = value
    return options.with_(**changes)


def use_color(mode: str, stream, environ=os.environ) -> bool:
    """--color always/never win; auto colours a terminal unless NO_COLOR is set or TERM=dumb."""
    if mode == "always":
        return True
    if mode == "never":
        return False
    if environ.get("NO_COLOR") or environ.get("TERM") == "dumb":
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def load_input(path: str, options: Options, stdin_used: list[bool]) -> Document:
    if path != "-":
        return load_path(path, max_size=options.max_file_size)
    if stdin_used:
        raise LoadError("<stdin>", "standard input can be read only once")
    stdin_used.append(True)
    data = sys.stdin.buffer.read(options.max_file_size + 1)
    return load_bytes(data, name="<stdin>", max_size=options.max_file_size)


def _fmt(args: argparse.Namespace) -> str:
    if args.format:
        return args.format
    if args.output and args.output != "-":
        return format_for_path(args.output)
    return "text"


def compare_inputs(args: argparse.Namespace) -> Comparison | None:
    """The comparison of the two inputs named in ``args`` under its options; None (after a
    one-line message on stderr) when one cannot be read."""
    options = options_from_args(args)
    stdin_used: list[bool] = []
    try:
        left = load_input(args.left, options, stdin_used)
        right = load_input(args.right, options, stdin_used)
    except LoadError as exc:
        print(f"versus: {printable(message_in(exc, getattr(args, 'lang', 'en')))}", file=sys.stderr)
        return None
    return compare(left, right, options)


def write_output(path: str, pieces: Iterable[str], lang: str = "en") -> int:
    """Write an export's pieces to the file ``path`` atomically, as they come; the exit status:
    0; 2 after a one-line message when its folder does not exist (it is not made: a mistyped
    path is bad input); 1 when it cannot be written otherwise."""
    tr = Translator("cli", lang)
    shown = printable(path)
    try:
        write_text(path, pieces)
    except FileNotFoundError as exc:
        folder = exc.filename if exc.filename not in (None, path) else os.path.dirname(path) or "."
        message = tr("cannot write {path}: no such folder {folder}").format(
            path=shown, folder=printable(os.fsdecode(folder)))
        print(f"versus: {message}", file=sys.stderr)
        return 2
    except (FileExistsError, NotADirectoryError):
        message = tr("cannot write {path}: a part of its folder path is a file").format(path=shown)
    except OSError as exc:
        message = tr("cannot write {path}: {reason}").format(path=shown, reason=printable(str(exc.strerror or exc)))
    else:
        return 0
    print(f"versus: {message}", file=sys.stderr)
    return 1


def write_stdout(pieces: Iterable[str]) -> int:
    """Write an export's pieces to standard output as they come (UTF-8); the exit status, 0.
    A reader that goes away (head, less) is not an error of ours."""
    try:
        sys.stdout.flush()
        for block in blocks(pieces):
            sys.stdout.buffer.write(block.encode("utf-8"))
        sys.stdout.buffer.flush()
    except BrokenPipeError:
        # keep Python quiet at exit: its final flush would fail again
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    return 0


def run_compare(args: argparse.Namespace) -> int:
    fmt = _fmt(args)
    comparison = compare_inputs(args)
    if comparison is None:
        return 2
    lang = getattr(args, "lang", "en")
    if args.output and args.output != "-":
        return write_output(args.output, iter_export(comparison, fmt, args.unified, lang=lang), lang)
    color = fmt == "text" and use_color(args.color, sys.stdout)
    return write_stdout(iter_export(comparison, fmt, args.unified, color=color, lang=lang))
