from __future__ import annotations

from reader.core import Document
from reader.ui.corpus import expand_paths, find_date, load_item, make_item
from reader.ui.corpus_model import COLUMNS, ID_ROLE, CorpusModel


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


def test_dates_in_several_shapes():
    assert find_date("опубликовано 16 декабря 2025 г.") == "2025-12-16"
    assert find_date("Posted March 3, 2024 by staff") == "2024-03-03"
    assert find_date("12.03.2022 14:05") == "2022-03-12"
    assert find_date("16 марта президент представит") == ""


def test_folders_are_searched_for_text_files(tmp_path):
    (tmp_path / "a.txt").write_text("one", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.md").write_text("two", encoding="utf-8")
    (tmp_path / "sub" / "c.text").write_text("three", encoding="utf-8")
    (tmp_path / "sub" / "d.png").write_bytes(b"\x89PNG")
    found, errors = expand_paths([tmp_path, tmp_path / "missing.txt"])
    assert sorted(p.name for p in found) == ["a.txt", "b.md", "c.text"]
    assert [e.reason for e in errors] == ["no such file"]
    assert load_item(found[0]).title == "one"
