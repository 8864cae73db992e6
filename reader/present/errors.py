"""Core's and the library's error reasons in the reader's language. No Qt.

A LoadError, a LibraryError and an ImportIssue keep their English text (``reason``,
``str(err)``) and, beside it, the ``template`` it was formatted from and its ``params``; here the
template is looked up in the catalog (context "core") and formatted again, with sizes
(``reader.core.loading.Size``) and large counts written the language's way ("77,8 МБ").
"""

from __future__ import annotations

import string

from reader.core.loading import Size
from reader.i18n import translate
from reader.present.format import size_in

CONTEXT = "core"


class _Formatter(string.Formatter):
    def __init__(self, lang: str):
        self.lang = lang

    def format_field(self, value: object, format_spec: str) -> str:
        if isinstance(value, Size):
            return size_in(value, self.lang)
        text = super().format_field(value, format_spec)
        if self.lang == "ru" and isinstance(value, int) and "," in format_spec:
            text = text.replace(",", "\u00a0")  # Russian groups digits with a (no-break) space
        return text


def reason_in(err: object, lang: str = "en") -> str:
    """The reason of a LoadError, the message of a LibraryError, or an ImportIssue's reason, in
    ``lang``; the English text when it has no template (or its translation does not format)."""
    english = getattr(err, "reason", None) or str(err)
    template = getattr(err, "template", "")
    if not template:
        return english
    params = dict(getattr(err, "params", ()))
    text = translate(CONTEXT, template, lang)
    if not params:
        return text
    try:
        return _Formatter(lang).format(text, **params)
    except (KeyError, IndexError, ValueError):
        return english


def message_in(err: object, lang: str = "en") -> str:
    """One line for a LoadError (``"name: reason"``) or a LibraryError, in ``lang``."""
    name = getattr(err, "name", None)
    reason = reason_in(err, lang)
    return f"{name}: {reason}" if name is not None else reason


__all__ = ["message_in", "reason_in", "size_in"]
