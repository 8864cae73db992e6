"""reader.core.sources and reader.core.textinfo: the one way files are found, read and keyed."""

from __future__ import annotations

import codecs
import unicodedata
import zipfile

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.core.loading import LoadError, load_path
from reader.core.sources import (
    ARTICLE_SUFFIXES,
    FILE_PATTERNS,
    Source,
    duplicate_key,
    extract,
    find_sources,
    read,
    read_source,
)
from reader.core.textinfo import find_date, guess_language, markdown_title


def test_the_suffixes_read():
    assert sorted(ARTICLE_SUFFIXES) == [".htm", ".html", ".markdown", ".md", ".text", ".txt", ".xhtml"]
    assert FILE_PATTERNS == "*.htm *.html *.markdown *.md *.text *.txt *.xhtml *.zip"


def test_folders_keep_the_kinds_read_sorted_and_archives_list_their_texts(tmp_path):
    for rel in ("b.txt", "a.md", "sub/c.text", "sub/d.markdown", "sub/e.html", "sub/f.HTM", "g.xhtml",
                "skip.png", "skip.pdf", "noext", "sub/deeper/h.TXT"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_bytes(b"x")
    with zipfile.ZipFile(tmp_path / "sub" / "z.zip", "w") as zf:
        zf.writestr("in/one.txt", "one")
        zf.writestr("in/pic.jpg", b"\xff\xd8")
        zf.writestr("two.html", "<p>two</p>")
    found, errors = find_sources([tmp_path])
    assert errors == []
    rel = [s.label.removeprefix(str(tmp_path) + "/") for s in found]
    assert rel == ["a.md", "b.txt", "g.xhtml", "sub/c.text", "sub/d.markdown", "sub/e.html", "sub/f.HTM",
                   "sub/z.zip::in/one.txt", "sub/z.zip::two.html", "sub/deeper/h.TXT"]
    assert [s.name for s in found][-3:] == ["z.zip::in/one.txt", "z.zip::two.html", "h.TXT"]


def test_named_paths(tmp_path):
    (tmp_path / "notes").write_text("no suffix is read as text", encoding="utf-8")
    (tmp_path / "doc.pdf").write_bytes(b"%PDF")
    (tmp_path / "empty").mkdir()
    with zipfile.ZipFile(tmp_path / "z.zip", "w") as zf:
        zf.writestr("a.txt", "member")
    found, errors = find_sources([tmp_path / "notes", tmp_path / "doc.pdf", tmp_path / "empty",
                                  tmp_path / "gone.txt", f"{tmp_path / 'z.zip'}::a.txt"])
    assert found == [Source(str(tmp_path / "notes")), Source(str(tmp_path / "z.zip"), "a.txt")]
    assert [str(e).removeprefix(str(tmp_path) + "/") for e in errors] == [
        "doc.pdf: unsupported file type '.pdf' (use .txt, .md, .html or .zip)",
        "empty: the folder holds no .txt, .md, .html or .zip files",
        "gone.txt: no such file or folder",
    ]
    assert read(found[1]).text == "member"


@pytest.mark.parametrize("variant", [
    lambda t: t.replace("\n", "\r\n").encode("utf-8"),
    lambda t: codecs.BOM_UTF8 + t.encode("utf-8"),
    lambda t: codecs.BOM_UTF16_LE + t.replace("\n", "\r\n").encode("utf-16-le"),
    lambda t: unicodedata.normalize("NFD", t).encode("utf-8"),
    lambda t: t.encode("cp1251"),
    lambda t: ("  " + t.replace(" ", "  ") + "\n\n").encode("utf-8"),
])
def test_the_duplicate_key_ignores_how_the_text_was_saved(variant):
    text = "Съезд партии «Нур Отан» прошёл в Астане.\nЙошкар-Ола — город.\n"
    assert unicodedata.normalize("NFD", text) != text  # й decomposes: the NFD case is a real one
    same = extract(variant(text), "x.txt", ".txt")
    assert same.key == duplicate_key(text) == extract(text.encode("utf-8"), "y.txt", ".txt").key


def test_the_duplicate_key_is_the_normalised_text():
    # case, quotes, dashes and ё count as the same, as the library always had it; words do not
    assert duplicate_key("Ещё «цитата» — Да") == duplicate_key('еще "цитата" - да')
    assert duplicate_key("Съезд прошёл") != duplicate_key("Съезд прошёл вчера")
    # the library's stored hashes stay valid: an NFC text keys as before
    import hashlib
    assert duplicate_key("A  b\n") == hashlib.sha256(b"a b").hexdigest()


@given(st.text(alphabet=st.sampled_from(["а", "Ё", "x", " ", "\n", "\t", "\u00a0", "\u2028", "\x1c", "\u3000",
                                          "\u200b", "\ufeff", "«", "—"]), max_size=40))
def test_the_duplicate_key_folds_white_space_as_str_split_does(text):
    """The key is unchanged since it stopped splitting a text into a list of words: libraries
    keep their stored hashes valid."""
    import hashlib

    from reader.core.normalize import normalise
    from reader.core.options import Options

    folded = normalise(unicodedata.normalize("NFC", text), Options())
    assert duplicate_key(text) == hashlib.sha256(" ".join(folded.split()).encode("utf-8")).hexdigest()


@pytest.mark.parametrize("text, expected", [
    ("Президент выступил на съезде партии.", "ru"),
    ("The president spoke at the party congress.", "en"),
    ("Lorem ipsum dolor sit amet.", ""),
])
def test_language(text, expected):
    assert guess_language(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("опубликовано 16 декабря 2025 г.", "2025-12-16"),
    ("Posted March 3, 2024 by staff", "2024-03-03"),
    ("12.03.2022 14:05", "2022-03-12"),
    ("Обновлено 2021-03-01, а 5 мая 2020 года …", "2021-03-01"),
    ("16 марта президент представит", ""),
    ("31.31.2020", ""),
])
def test_find_date(text, expected):
    assert find_date(text) == expected


def test_what_extraction_finds_in_text_and_markdown():
    ex = extract(b"Preface\n\n## The Budget Vote ##\n\nThe council and the mayor agreed on 1 May 2024.\n",
                 "b.md", ".md")
    assert (ex.format, ex.title, ex.language, ex.date, ex.encoding, ex.newline) == (
        "md", "The Budget Vote", "en", "2024-05-01", "utf-8", "\n")
    ex = extract("Заголовок\r\nТекст.\r\n".encode("cp1251"), "a.txt", ".txt")
    assert (ex.format, ex.title, ex.language, ex.date, ex.encoding, ex.newline, ex.size) == (
        "txt", "Заголовок", "ru", "", "cp1251", "\r\n", 19)
    assert markdown_title("no heading") == ""


def test_the_size_limit_is_one_reason_everywhere(tmp_path):
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * 2048)
    with zipfile.ZipFile(tmp_path / "big.zip", "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("big.txt", "a" * 2048)
    reason = "too large (2.0 KB; the limit is 1.0 KB)"
    for source in (Source(str(big)), Source(str(tmp_path / "big.zip"), "big.txt")):
        with pytest.raises(LoadError) as info:
            read_source(source, max_size=1024)
        assert (info.value.name, info.value.reason) == (source.label, reason)
    with pytest.raises(LoadError) as info:
        load_path(big, max_size=1024)  # what `versus compare` reads with
    assert str(info.value) == f"big.txt: {reason}"
    assert read(Source(str(big)), max_size=2048).size == 2048


def test_the_library_import_refuses_a_file_over_the_limit(tmp_path):
    from reader.library import Library, import_paths

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "big.txt").write_text("The council met again. " * 100, encoding="utf-8")
    (tmp_path / "in" / "small.txt").write_text("A short note about the council.", encoding="utf-8")
    size = (tmp_path / "in" / "big.txt").stat().st_size
    with Library(tmp_path / "lib.sqlite3") as lib:
        report = import_paths(lib, [str(tmp_path / "in")], max_size=1024)
    assert report.added == 1
    assert [(i.path, i.reason) for i in report.errors] == [
        (str(tmp_path / "in" / "big.txt"), f"too large ({size / 1024:.1f} KB; the limit is 1.0 KB)")]
