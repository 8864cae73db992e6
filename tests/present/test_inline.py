from __future__ import annotations

from reader.core import Document, compare
from reader.present.inline import inline_runs

OLD = "Мэр открыл новый мост. Погода была плохой. Строители довольны.\n\nГород ждёт."
NEW = "Город ждёт. Мэр открыл старый мост вчера. Строители довольны. Работы закончены."


def test_inline_runs_put_the_old_words_in_place():
    comp = compare(Document.from_text(OLD, "a"), Document.from_text(NEW, "b"))
    assert inline_runs(comp) == [
        ("Город ждёт.", "moved"),  # at its new place, nothing at its old one
        (" Мэр открыл ", None),
        ("новый", "removed"), ("старый", "added"),  # a replacement: old words, then the new
        (" мост ", None),
        ("вчера", "added"),
        (". ", None),
        ("Погода была плохой.", "removed"),  # a deleted sentence where it stood
        (" Строители довольны. ", None),
        ("Работы закончены.", "added"),
    ]


def test_inline_runs_fold_clutter_unless_shown():
    old = "Главное сегодня\n\nМэр открыл мост."
    new = "Главное сегодня\n\nМэр открыл новый мост."
    comp = compare(Document.from_text(old, "a"), Document.from_text(new, "b"))
    assert inline_runs(comp, show_clutter=True) == [
        ("Главное сегодня", "clutter"), ("\n\nМэр открыл ", None), ("новый", "added"), (" мост.", None)]
    assert inline_runs(comp) == [("Мэр открыл ", None), ("новый", "added"), (" мост.", None)]
