"""Translations: one catalog for the reader, the command line and the exports. No Qt.

The Russian catalog is ``resources/i18n/versus_ru.ts`` in Qt Linguist's format (open it in
``pyside6-linguist``; ``pyside6-lupdate`` finds new strings in the reader's code). It is read
here as XML, so there is no compiled ``.qm`` file to build or to keep in step: the reader
installs a QTranslator that asks this module (reader.ui.common.translator), and the CLI and
the exports call ``translate`` directly.

The language is, in order: what the caller asks for (``--lang``, View ▸ Language), the
``VERSUS_LANG`` environment variable, then the locale (``LC_ALL``, ``LC_MESSAGES``, ``LANG``,
``LANGUAGE``); anything but Russian is English, the language of the source strings.
"""

from __future__ import annotations

import os
from functools import lru_cache

LANGUAGES = {"en": "English", "ru": "Русский"}  # code: the language's own name (for menus)
DEFAULT = "en"
ENV_VAR = "VERSUS_LANG"


def system_language() -> str:
    """The language the environment asks for: ``VERSUS_LANG``, else the locale; "en" or "ru"."""
    for var in (ENV_VAR, "LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var, "")
        if value:
            return language(value.split(":")[0])
    return DEFAULT


def language(name: str | None) -> str:
    """A language code this program has, for a name like "ru", "ru_RU.UTF-8", "Russian" or None."""
    code = (name or "").strip().lower()[:2]
    return code if code in LANGUAGES else DEFAULT


@lru_cache(maxsize=4)
def catalog(lang: str) -> dict[tuple[str, str], str]:
    """(context, source text) → translation for ``lang``; empty for English. Unfinished and
    empty translations are left out (the English text shows instead)."""
    if lang == DEFAULT:
        return {}
    import xml.etree.ElementTree as ET  # here: English, the source language, needs no catalog
    from importlib.resources import files

    path = files("reader") / "resources" / "i18n" / f"versus_{lang}.ts"
    root = ET.fromstring(path.read_bytes())
    found: dict[tuple[str, str], str] = {}
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source")
            node = message.find("translation")
            if source is None or node is None or node.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            numerus = node.findall("numerusform")
            text = numerus[0].text if numerus else node.text
            if text:
                found[(name, source)] = text
    return found


def translate(context: str, text: str, lang: str | None = None) -> str:
    """``text`` in ``lang`` (default: ``system_language()``), as the catalog has it under
    ``context``; ``text`` itself when it has no translation."""
    return catalog(lang or system_language()).get((context, text), text)


class Translator:
    """``tr = Translator("cli", lang)``; ``tr("text")`` is ``translate("cli", "text", lang)``."""

    def __init__(self, context: str, lang: str | None = None):
        self.context = context
        self.lang = lang or system_language()

    def __call__(self, text: str) -> str:
        return translate(self.context, text, self.lang)
