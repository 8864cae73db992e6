"""The language of the command line's help and usage errors.

Our own help, descriptions and epilogs are translated through a ``Translator`` in the catalog's
context "cli-help" (each module's ``add_parser(subparsers, tr)``); argparse's own words
("usage:", "options", "the following arguments are required: …") are looked up by argparse
through its module attributes ``_`` and ``ngettext`` when it uses them, so ``argparse_language``
points those at the catalog's context "argparse" while a parser is built and used, and puts
them back afterwards. English changes nothing.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager

from reader.i18n import DEFAULT, Translator, catalog, language, system_language

HELP_CONTEXT = "cli-help"
ARGPARSE_CONTEXT = "argparse"
ENGLISH = Translator(HELP_CONTEXT, DEFAULT)


def help_language(argv: list[str]) -> str:
    """The language a command line asks for: its ``--lang X`` or ``--lang=X`` anywhere before
    ``--``, else ``system_language()``."""
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == "--lang" and i + 1 < len(argv):
            return language(argv[i + 1])
        if arg.startswith("--lang="):
            return language(arg.partition("=")[2])
    return system_language()


@contextmanager
def argparse_language(lang: str) -> Iterator[None]:
    """argparse's own messages in ``lang`` within the ``with`` block."""
    if lang == DEFAULT:
        yield
        return
    table = catalog(lang)

    def gettext(text: str) -> str:
        return table.get((ARGPARSE_CONTEXT, text), text)

    def ngettext(singular: str, plural: str, n: int) -> str:
        return gettext(singular if n == 1 else plural)

    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    argparse._, argparse.ngettext = gettext, ngettext  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]
