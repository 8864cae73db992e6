"""Core's file errors and the library's errors in the language of --lang: the CLI's lines in
Russian (a missing file, a named pipe, a file over --max-size, an empty library file, an import
issue), the English ones unchanged, and the structured errors behind them."""

from __future__ import annotations

import os
import pickle
import re
import sqlite3
import xml.etree.ElementTree as ET
from importlib.resources import files

import pytest

from reader.cli import main
from reader.core.loading import LoadError, Size, too_large
from reader.core.sources import check_html
from reader.library.db import LibraryError
from reader.library.importer import ImportIssue
from reader.present.errors import message_in, reason_in, size_in

TEXT = "Министр сказал, что всё идёт по плану.\n"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out = capsys.readouterr()
    return status, out.out, out.err


@pytest.fixture()
def texts(tmp_path, monkeypatch):
    """In tmp_path: a.txt (one sentence), big.txt (2 KB + 1 byte), a named pipe and an empty file."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "big.txt").write_bytes(b"x" * 2049)
    os.mkfifo(tmp_path / "pipe")
    (tmp_path / "empty.sqlite3").write_bytes(b"")
    return tmp_path


def test_a_missing_file_in_russian(texts, capsys):
    assert run(capsys, "compare", "missing.txt", "a.txt", "--lang", "ru") == (
        2, "", "versus: missing.txt: нет такого файла\n")


def test_a_named_pipe_in_russian(texts, capsys):
    assert run(capsys, "compare", "pipe", "a.txt", "--lang", "ru") == (
        2, "", "versus: pipe: не обычный файл (именованный канал)\n")


def test_a_file_over_the_limit_in_russian_and_in_english(texts, capsys):
    assert run(capsys, "compare", "big.txt", "a.txt", "--max-size", "1K", "--lang", "ru") == (
        2, "", "versus: big.txt: слишком большой (2,0 КБ; предел — 1,0 КБ)\n")
    assert run(capsys, "compare", "big.txt", "a.txt", "--max-size", "1K", "--lang", "en") == (
        2, "", "versus: big.txt: too large (2.0 KB; the limit is 1.0 KB)\n")


def test_quotes_says_it_in_russian_too(texts, capsys):
    assert run(capsys, "quotes", "a.txt", "missing.txt", "--lang", "ru") == (
        2, "", "versus: missing.txt: нет такого файла\n")


def test_an_empty_library_file_in_russian_and_in_english(texts, capsys):
    assert run(capsys, "list", "--library", "empty.sqlite3", "--lang", "ru") == (
        2, "", "versus: empty.sqlite3: пустой файл, а не библиотека Versus\n")
    assert run(capsys, "list", "--library", "empty.sqlite3", "--lang", "en") == (
        2, "", "versus: empty.sqlite3: an empty file, not a Versus library\n")


def test_no_library_in_russian(texts, capsys):
    assert run(capsys, "search", "министр", "--library", "none.sqlite3", "--lang", "ru") == (
        2, "", "versus: нет библиотеки none.sqlite3 (импортируйте файлы, чтобы создать её)\n")


def test_an_import_issue_in_russian(texts, capsys):
    status, _, err = run(capsys, "import", "big.txt", "a.txt", "--max-size", "1K", "--library", "lib.sqlite3",
                           "--quiet", "--lang", "ru")
    assert (status, err) == (0, "")  # --quiet: no issues listed
    status, _, err = run(capsys, "import", "big.txt", "--max-size", "1K", "--library", "lib.sqlite3",
                           "--lang", "ru")
    assert (status, err) == (1, "big.txt: слишком большой (2,0 КБ; предел — 1,0 КБ)\n")


def test_load_errors_keep_their_english_reason_and_their_parts():
    err = too_large("a.txt", 81579212, 50 * 2**20)
    assert (str(err), err.reason) == ("a.txt: too large (77.8 MB; the limit is 50.0 MB)",
                                      "too large (77.8 MB; the limit is 50.0 MB)")
    assert (err.template, err.params) == ("too large ({size}; the limit is {limit})",
                                          {"size": 81579212, "limit": 52428800})
    assert message_in(err, "ru") == "a.txt: слишком большой (77,8 МБ; предел — 50,0 МБ)"
    assert message_in(err, "en") == str(err)
    copy = pickle.loads(pickle.dumps(err))  # the importer's workers send them across processes
    assert (type(copy), copy.name, copy.reason, copy.template, copy.params) == (
        LoadError, "a.txt", err.reason, err.template, err.params)
    assert message_in(too_large("b.txt", 2049, 1024, more=True), "ru") == (
        "b.txt: слишком большой (больше 1,0 КБ; предел — 1,0 КБ)")


def test_a_reason_without_parameters_and_one_the_catalog_lacks():
    assert reason_in(LoadError("a.txt", "the file is empty"), "ru") == "файл пуст"
    assert reason_in(LoadError("a.txt", "{detail}", detail="Input/output error"), "ru") == "Input/output error"
    assert reason_in(LoadError("a.txt", "an untranslated {x}", x=1), "ru") == "an untranslated 1"
    assert reason_in(ValueError("plain"), "ru") == "plain"


def test_counts_are_grouped_the_russian_way():
    with pytest.raises(LoadError) as caught:
        check_html(b"<p>" * 200_001, "page.html")
    assert caught.value.reason == "the page is too complex to extract (200,001 tags; the limit is 100,000)"
    assert reason_in(caught.value, "ru") == (
        "страница слишком сложна для извлечения текста (тегов: 200\u00a0001; предел — 100\u00a0000)")


@pytest.mark.parametrize(("n", "en", "ru"), [
    (1, "1 byte", "1 байт"), (3, "3 bytes", "3 байта"), (5, "5 bytes", "5 байт"),
    (1024, "1.0 KB", "1,0 КБ"), (4506, "4.4 KB", "4,4 КБ"), (3 * 2**30, "3.0 GB", "3,0 ГБ"),
])
def test_sizes(n, en, ru):
    assert (format(Size(n)), size_in(n, "en"), size_in(n, "ru")) == (en, en, ru)


def test_library_errors_keep_their_english_text_and_travel():
    err = LibraryError("{path}: the library is damaged ({detail})", path="lib.sqlite3", detail="disk I/O error")
    assert str(err) == "lib.sqlite3: the library is damaged (disk I/O error)"
    assert message_in(err, "ru") == "lib.sqlite3: библиотека повреждена (disk I/O error)"
    copy = pickle.loads(pickle.dumps(err))
    assert (str(copy), copy.template, copy.params) == (str(err), err.template, err.params)
    assert str(LibraryError("a {brace} kept as it is")) == "a {brace} kept as it is"
    assert isinstance(err, Exception) and not isinstance(err, sqlite3.Error)


def test_an_import_issue_from_an_older_worker_stays_english():
    assert reason_in(ImportIssue("a.txt", "cannot read (OSError: x)"), "ru") == "cannot read (OSError: x)"


def test_the_core_catalog_keeps_every_placeholder():
    """Each Russian template names the same {placeholders} (with their formats) as its source."""
    root = ET.fromstring((files("reader") / "resources" / "i18n" / "versus_ru.ts").read_bytes())
    names = re.compile(r"\{[^{}]*\}")
    wrong = [message.findtext("source") for context in root.iter("context") if context.findtext("name") == "core"
             for message in context.iter("message")
             if sorted(names.findall(message.findtext("source") or ""))
             != sorted(names.findall(message.findtext("translation") or ""))]
    assert wrong == []
