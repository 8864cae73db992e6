"""The translation catalog: language choice, lookup, and a complete Russian catalog."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from importlib.resources import files

import pytest

from reader.i18n import Translator, catalog, language, system_language, translate


@pytest.mark.parametrize("name, code", [("ru", "ru"), ("ru_RU.UTF-8", "ru"), ("Russian", "ru"), ("en_GB", "en"),
                                        ("de_DE", "en"), ("", "en"), (None, "en"), ("C", "en")])
def test_language_names(name, code):
    assert language(name) == code


def test_the_environment_chooses(monkeypatch):
    for var in ("VERSUS_LANG", "LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        monkeypatch.delenv(var, raising=False)
    assert system_language() == "en"
    monkeypatch.setenv("LANG", "ru_RU.UTF-8")
    assert system_language() == "ru"
    monkeypatch.setenv("LC_ALL", "en_US.UTF-8")  # LC_ALL wins over LANG
    assert system_language() == "en"
    monkeypatch.setenv("VERSUS_LANG", "ru")  # and ours over both
    assert system_language() == "ru"


def test_lookup_and_fallback():
    assert translate("i18n", "English", "ru") == "Английский"
    assert translate("i18n", "English", "en") == "English"
    assert translate("i18n", "no such text", "ru") == "no such text"
    assert Translator("i18n", "ru")("English") == "Английский"


def test_the_russian_catalog_is_complete():
    """Every message has a finished, non-empty translation."""
    root = ET.fromstring((files("reader") / "resources" / "i18n" / "versus_ru.ts").read_bytes())
    unfinished = []
    for context in root.iter("context"):
        for message in context.iter("message"):
            node = message.find("translation")
            text = "".join(node.itertext()) if node is not None else ""
            if node is None or node.get("type") in ("unfinished", "vanished", "obsolete") or not text.strip():
                unfinished.append((context.findtext("name"), message.findtext("source")))
    assert unfinished == []
    assert len(catalog("ru")) >= 1
