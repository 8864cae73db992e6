"""Normalised comparison keys for tokens, under an Options."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from reader.core.options import Options

QUOTES = "«»“”„‟‹›‘’‚‛\"'`´"
DASHES = "—–−‒―‐‑-⁃"
SPACES = "\u00a0\u2007\u202f\u2009\u200a\u2002\u2003\u2004\u2005\u2006\u2008\u205f\u3000\t"
SOFT = "\u00ad\u200b\u200c\u200d\u2060\ufeff"

_QUOTE_TABLE = str.maketrans({c: '"' for c in QUOTES})
_DASH_TABLE = str.maketrans({c: "-" for c in DASHES})
_SPACE_TABLE = str.maketrans({**{c: " " for c in SPACES}, **{c: None for c in SOFT}})


def normalise(text: str, options: Options) -> str:
    """The comparison key of ``text`` (a token or a run of tokens)."""
    if options.ignore_whitespace:
        text = text.translate(_SPACE_TABLE)
        if text.isspace():
            text = " "
    if options.unify_quotes:
        text = text.translate(_QUOTE_TABLE)
    if options.unify_dashes:
        text = text.translate(_DASH_TABLE)
    if options.ignore_case:
        text = text.casefold()
    if options.yo_as_ye:
        text = text.replace("ё", "е").replace("Ё", "Е")
    return text


@lru_cache(maxsize=1 << 16)
def is_punctuation(token: str) -> bool:
    return bool(token) and all(unicodedata.category(c)[0] in "PS" for c in token)
