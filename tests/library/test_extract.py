"""Formats, encodings and bad files, through the importer."""

from __future__ import annotations

import codecs
import io
import os
import zipfile

import pytest

from reader.core.loading import LoadError
from reader.core.sources import Source, extract, find_sources, read_source
from reader.core.textinfo import guess_language
from reader.library import import_paths

HTML_PAGE = """<!DOCTYPE html>
<html lang="ru"><head><meta charset="windows-1251">
<title>Съезд партии - Караван</title>
<meta property="og:site_name" content="Караван">
<meta property="og:url" content="https://example.kz/news/party">
<meta property="article:published_time" content="2021-03-01T10:00:00+06:00">
</head><body>
<nav><a href="/">Главная</a> <a href="/news">Новости</a> <a href="/sport">Спорт</a></nav>
<article><h1>Съезд партии</h1>
<p>Касым-Жомарт Токаев выступил на внеочередном съезде партии Nur Otan и изложил собственное видение по кардинальной перезагрузке партии.</p>
<p>Он отметил, что проведенная в прошлом месяце аналитическая работа показала, что в деятельности партии необходимы серьезные изменения.</p>
<p>По словам президента, энтузиасты с горящими глазами вынуждены уступить место апатичным функционерам, а сетевые графики и отчеты отодвинули живую работу.</p>
</article>
<footer>Все права защищены</footer>
</body></html>
"""


def legacy(text: str) -> str:
    """The text with what KOI8-R cannot encode (− – «») replaced, so every code page can hold it."""
    return text.encode("koi8-r", errors="replace").decode("koi8-r")


def test_mixed_encodings_import_as_one_text(tmp_path, lib, sample_texts):
    text = legacy(sample_texts[0])
    (tmp_path / "a-cp1251.txt").write_bytes(text.encode("cp1251"))
    (tmp_path / "b-koi8.txt").write_bytes(text.encode("koi8-r"))
    (tmp_path / "c-utf16.txt").write_bytes(codecs.BOM_UTF16_LE + text.encode("utf-16-le"))
    (tmp_path / "d-utf8bom.md").write_bytes(codecs.BOM_UTF8 + text.encode("utf-8"))
    report = import_paths(lib, [str(tmp_path)])
    assert (report.added, report.duplicates, report.errors) == (1, 3, [])
    art = lib.article(report.added_ids[0])
    assert (art.text, art.encoding, art.path) == (text, "cp1251", str(tmp_path / "a-cp1251.txt"))


def test_each_encoding_is_detected(sample_texts):
    text = legacy(sample_texts[0])
    cases = [
        (text.encode("cp1251"), "cp1251"),
        (text.encode("koi8-r"), "koi8-r"),
        (codecs.BOM_UTF16_LE + text.encode("utf-16-le"), "utf-16-le (BOM)"),
        (codecs.BOM_UTF16_BE + text.encode("utf-16-be"), "utf-16-be (BOM)"),
        (codecs.BOM_UTF8 + sample_texts[0].encode("utf-8"), "utf-8 (BOM)"),
        (sample_texts[0].encode("utf-8"), "utf-8"),
    ]
    for data, expected in cases:
        ex = extract(data, "x.txt", ".txt")
        assert (ex.encoding, ex.format, ex.language) == (expected, "txt", "ru")
        assert ex.text == (sample_texts[0] if expected.startswith("utf-8") else text)


def test_formats_txt_md_html_zip(tmp_path, lib, sample_texts):
    (tmp_path / "a.txt").write_text(sample_texts[0], encoding="utf-8")
    (tmp_path / "b.md").write_text("Preface line\n\n# The Budget Vote\n\nThe council and the mayor agreed on the plan.\n",
                                   encoding="utf-8")
    (tmp_path / "c.html").write_bytes(HTML_PAGE.encode("cp1251"))
    with zipfile.ZipFile(tmp_path / "d.zip", "w") as zf:
        zf.writestr("inner/e.txt", sample_texts[1].encode("utf-8"))
        zf.writestr("inner/skip.png", b"\x89PNG")
    (tmp_path / "ignored.pdf").write_bytes(b"%PDF-1.4")
    report = import_paths(lib, [str(tmp_path)])
    assert (report.total, report.added, report.duplicates, report.errors) == (4, 4, 0, [])
    prefix = str(tmp_path) + os.sep
    rows = {lib.article(r.id).path.removeprefix(prefix): lib.article(r.id) for r in lib.page(limit=10)}
    assert sorted(rows) == ["a.txt", "b.md", "c.html", "d.zip::inner/e.txt"]
    assert rows["a.txt"].format == "txt"
    assert rows["a.txt"].title.startswith("Энтузиасты с \"горящими\" глазами")
    md = rows["b.md"]
    assert (md.format, md.title, md.language) == ("md", "The Budget Vote", "en")
    page = rows["c.html"]
    assert (page.format, page.encoding, page.title, page.source, page.url, page.date, page.language) == (
        "html", "windows-1251", "Съезд партии", "Караван", "https://example.kz/news/party",
        "2021-03-01", "ru")
    assert "внеочередном съезде партии Nur Otan" in page.text
    assert "Главная" not in page.text and "Все права защищены" not in page.text
    assert rows["d.zip::inner/e.txt"].text == sample_texts[1]


def test_bad_files_are_reported_and_do_not_stop_the_import(tmp_path, lib, sample_texts):
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "spaces.md").write_bytes(b"  \n\t\n")
    (tmp_path / "broken-link.txt").symlink_to(tmp_path / "gone.txt")
    (tmp_path / "folder.txt").mkdir()  # a folder named like a file is walked, not read
    (tmp_path / "folder.txt" / "inside.txt").write_text(sample_texts[0], encoding="utf-8")
    (tmp_path / "bad.zip").write_bytes(b"PK\x03\x04 this is not really a zip")
    (tmp_path / "empty.html").write_bytes(b"<html><body><script>var x = 1;</script></body></html>")
    report = import_paths(lib, [str(tmp_path), str(tmp_path / "missing.txt")])
    reasons = {os.path.basename(i.path): i.reason for i in report.errors}
    assert reasons == {
        "bad.zip": "not a readable zip archive (File is not a zip file)",
        "binary.txt": "binary data, not text",
        "broken-link.txt": "no such file (or a broken link)",
        "empty.html": "no article text found in the HTML",
        "empty.txt": "the file is empty",
        "missing.txt": "no such file or folder",
        "spaces.md": "the file has no text (only white space)",
    }
    assert (report.added, report.total) == (1, 8)
    assert lib.article(report.added_ids[0]).path.endswith(os.path.join("folder.txt", "inside.txt"))


def test_a_named_directory_or_unsupported_file(tmp_path):
    (tmp_path / "x.txt").mkdir()
    (tmp_path / "y.pdf").write_bytes(b"%PDF")
    found, errors = find_sources([tmp_path / "x.txt", tmp_path / "y.pdf"])
    assert found == []
    assert [(e.name, e.reason) for e in errors] == [
        (str(tmp_path / "x.txt"), "the folder holds no .txt, .md, .html or .zip files"),
        (str(tmp_path / "y.pdf"), "unsupported file type '.pdf' (use .txt, .md, .html or .zip)"),
    ]


def test_broken_html_still_gives_text_or_a_reason(tmp_path, lib):
    broken = ("<html><head><title>Broken <b>page</title><body><div><p>The city council voted on the "
              "new budget for schools and roads after a long debate that lasted all night.<p>The mayor "
              "said the plan would be published next week, and residents could comment on it <i>online"
              "</div></span></td><p>Critics said the vote came too quickly and without enough public "
              "hearings on the hospital and bridge projects.")
    (tmp_path / "broken.html").write_text(broken, encoding="utf-8")
    (tmp_path / "garbage.htm").write_bytes(b"<<<>>><!--<html \x01")
    report = import_paths(lib, [str(tmp_path)])
    assert report.added == 1
    art = lib.article(report.added_ids[0])
    assert "The city council voted on the new budget" in art.text
    assert art.language == "en"
    assert [os.path.basename(i.path) for i in report.errors] == ["garbage.htm"]


def test_zip_path_traversal_is_never_written(tmp_path, lib, sample_texts):
    work = tmp_path / "a" / "b"
    work.mkdir(parents=True)
    archive = work / "evil.zip"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        zf.writestr("../../x.txt", sample_texts[0].encode("utf-8"))
        zf.writestr("/abs/y.txt", "The council and the mayor agreed on the plan for the new bridge.")
    archive.write_bytes(buffer.getvalue())
    before = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*"))
    cwd = os.getcwd()
    os.chdir(work)
    try:
        report = import_paths(lib, [str(archive)])
    finally:
        os.chdir(cwd)
    assert (report.added, report.errors) == (2, [])
    assert sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*")) == before
    assert not (tmp_path / "x.txt").exists() and not os.path.exists("/abs/y.txt")
    paths = sorted(lib.article(i).path for i in report.added_ids)
    assert paths == [f"{archive}::../../x.txt", f"{archive}::/abs/y.txt"]


def test_zip_member_size_limit(tmp_path):
    with zipfile.ZipFile(tmp_path / "big.zip", "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("big.txt", "a" * 5000)
    with pytest.raises(LoadError, match=r"big.txt: too large \(4.9 KB; the limit is 1000 bytes\)$"):
        read_source(Source(str(tmp_path / "big.zip"), "big.txt"), max_size=1000)


@pytest.mark.parametrize("text, expected", [
    ("Президент выступил на съезде партии.", "ru"),
    ("The president spoke at the party congress.", "en"),
    ("Президент Қазақстан Республикасының съезінде сөйледі.", "kk"),
    ("Президент виступив на з'їзді партії.", "uk"),
    ("Lorem ipsum dolor sit amet.", ""),
    ("2024 — 15:30", ""),
])
def test_guess_language(text, expected):
    assert guess_language(text) == expected
