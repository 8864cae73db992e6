"""Normalised comparison keys for tokens, under an Options."""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import Callable

from reader.core.options import Options

QUOTES = "«»“”„‟‹›‘’‚‛\"'`´"
DASHES = "—–−‒―‐‑-⁃"
SPACES = "\u00a0\u2007\u202f\u2009\u200a\u2002\u2003\u2004\u2005\u2006\u2008\u205f\u3000\t"
SOFT = "\u00ad\u200b\u200c\u200d\u2060\ufeff"


@lru_cache(maxsize=64)
def _table(quotes: bool, dashes: bool, spaces: bool, yo: bool) -> dict:
    table: dict = {}
    if spaces:
        table.update({ord(c): " " for c in SPACES})
        table.update({ord(c): None for c in SOFT})
    if quotes:
        table.update({ord(c): '"' for c in QUOTES})
    if dashes:
        table.update({ord(c): "-" for c in DASHES})
    if yo:
        table.update({ord("ё"): "е", ord("Ё"): "Е"})
    return table


def normalise(text: str, options: Options) -> str:
    """The comparison key of ``text`` (a token or a run of tokens)."""
    text = text.translate(_table(options.unify_quotes, options.unify_dashes, options.ignore_whitespace,
                                 options.yo_as_ye))
    if options.ignore_whitespace and text.isspace():
        text = " "
    if options.ignore_case:
        text = text.casefold()
        if options.yo_as_ye:
            text = text.replace("ё", "е")  # casefold can make ё from other letters (Ё)
    return text


@lru_cache(maxsize=16)
def key_function(options: Options) -> Callable[[str], str]:
    """``normalise`` bound to ``options``, memoised: tokens repeat a lot."""

    @lru_cache(maxsize=1 << 16)
    def key(token: str) -> str:
        return normalise(token, options)

    return key


@lru_cache(maxsize=1 << 16)
def is_punctuation(token: str) -> bool:
    return bool(token) and all(unicodedata.category(c)[0] in "PS" for c in token)
