"""Normalised comparison keys for tokens, under an Options."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache

from reader.core.lazyre import lazy
from reader.core.options import Options

QUOTES = "«»“”„‟‹›‘’‚‛\"'`´"
DASHES = "—–−‒―‐‑-⁃"
SPACES = "\u00a0\u2007\u202f\u2009\u200a\u2002\u2003\u2004\u2005\u2006\u2008\u205f\u3000\t"
SOFT = "\u00ad\u200b\u200c\u200d\u2060\ufeff"


@lru_cache(maxsize=64)
def _table(quotes: bool, dashes: bool, spaces: bool, yo: bool) -> dict[int, str | None]:
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


@lru_cache(maxsize=64)
def _replacer(quotes: bool, dashes: bool, spaces: bool, yo: bool) -> tuple[re.Pattern | None, dict[str, str]]:
    """A pattern matching the characters the table changes, and what each becomes.

    ``str.translate`` with a dict looks up every character (about 20 µs for a sentence of
    Cyrillic); finding the few characters that change and replacing each is four times faster.
    """
    table = _table(quotes, dashes, spaces, yo)
    replacements = {chr(k): v or "" for k, v in table.items()}
    if not replacements:
        return None, replacements
    return lazy("[" + re.escape("".join(sorted(replacements))) + "]"), replacements


def _unify(text: str, options: Options) -> str:
    """Quotes, dashes, spaces and ё replaced as the options say: ``str.translate`` with
    ``_table``, only faster."""
    pattern, replacements = _replacer(options.unify_quotes, options.unify_dashes, options.ignore_whitespace,
                                      options.yo_as_ye)
    if pattern is not None:
        for char in set(pattern.findall(text)):
            text = text.replace(char, replacements[char])
    return text


def _fold(text: str, options: Options) -> str:
    text = text.casefold()
    return text.replace("ё", "е") if options.yo_as_ye else text  # casefold can make ё from Ё


def normalise(text: str, options: Options) -> str:
    """The comparison key of ``text`` (a token or a run of tokens)."""
    text = _unify(text, options)
    if options.ignore_whitespace and text.isspace():
        text = " "
    return _fold(text, options) if options.ignore_case else text


def normalise_in_place(text: str, options: Options) -> str | None:
    """``text`` normalised character for character, so that a slice of the result is the
    normalised slice of ``text``; None when normalising would shift offsets (soft hyphens
    dropped, or a letter that case-folds to two, like ß). One pass over a whole text is much
    faster than one per sentence."""
    if options.ignore_whitespace and any(c in text for c in SOFT):
        return None
    text = _unify(text, options)
    if options.ignore_case:
        folded = _fold(text, options)
        if len(folded) != len(text):
            return None
        text = folded
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
