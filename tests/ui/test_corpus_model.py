from __future__ import annotations

from reader.core import Document
from reader.core.sources import Source
from reader.ui.opentexts.corpus import make_item, read_item
from reader.ui.opentexts.model import COLUMNS, ID_ROLE, CorpusModel


def _item(text, name):
    return make_item(Document(text=text, name=name, path=f"/tmp/{name}", size=len(text.encode())))


def test_model_passes_qtmodeltester(qtmodeltester):
    model = CorpusModel()
    model.add(_item("Заголовок новости\nТекст статьи, 1 марта 2022 года.", "a.txt"))
    model.add(_item("Another headline\nBody text.", "b.txt"))
    qtmodeltester.check(model, force_py=True)
    model.add(_item("Third text\nMore.", "c.txt"))
    model.remove(model.item(0).id)
    qtmodeltester.check(model, force_py=True)


def test_rows_show_title_file_encoding_size_and_date():
    model = CorpusModel()
    assert model.add(_item("  \nНовости дня\nСъезд прошёл 1 Марта 2022 в столице.", "news.txt"))
    values = [model.index(0, c).data() for c in range(len(COLUMNS))]
    assert values[0] == "Новости дня"
    assert values[1] == "news.txt"
    assert values[2] == "utf-8"
    assert values[3].endswith("B")
    assert values[4] == "2022-03-01"
    assert model.index(0, 0).data(ID_ROLE) == model.item(0).id


def test_the_same_content_is_not_added_twice():
    model = CorpusModel()
    assert model.add(_item("Same text.", "one.txt"))
    assert not model.add(_item("Same text.", "two.txt"))
    assert len(model) == 1


def test_the_same_text_saved_differently_is_one_item(tmp_path):
    text = "Съезд партии прошёл 1 марта 2021 года.\nЙошкар-Ола.\n"
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"))
    (tmp_path / "c.txt").write_bytes(text.encode("cp1251"))
    items = [read_item(Source(str(tmp_path / n))) for n in ("a.txt", "b.txt", "c.txt")]
    assert len({item.id for item in items}) == 1
    assert make_item(Document.from_text(text, "d.txt")).id == items[0].id
    model = CorpusModel()
    assert model.add_many(items) == items[:1]
    a = items[0]
    assert (a.title, a.date, a.language, a.name, a.path) == (
        "Съезд партии прошёл 1 марта 2021 года.", "2021-03-01", "ru", "a.txt", str(tmp_path / "a.txt"))


def test_a_web_page_and_an_archive_member_read_as_the_library_reads_them(tmp_path):
    import zipfile

    page = ("<html lang='en'><head><title>Council votes - Gazette</title></head><body><nav>Home News</nav>"
            "<article><h1>Council votes</h1><p>The city council voted on the new budget for schools and roads "
            "after a long debate that lasted all night.</p><p>The mayor said the plan would be published "
            "next week, and residents could comment on it online.</p></article></body></html>")
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    with zipfile.ZipFile(tmp_path / "z.zip", "w") as zf:
        zf.writestr("in/note.md", "# Note\n\nBody.\n")
    item = read_item(Source(str(tmp_path / "page.html")))
    assert item.title == "Council votes" and item.language == "en" and item.document.encoding == "utf-8"
    assert "The city council voted" in item.document.text and "Home News" not in item.document.text
    member = read_item(Source(str(tmp_path / "z.zip"), "in/note.md"))
    assert (member.name, member.path, member.title) == ("z.zip::in/note.md", f"{tmp_path / 'z.zip'}::in/note.md",
                                                        "Note")
