"""The Changes list's rows, Qt-free: one per change stop, with numbers and the words changed."""

from __future__ import annotations

from reader.present.changes import ChangeRow, change_rows, numbers_label
from reader.present.spans import build_view_data

LEFT = ("Власти обсудили методы борьбы с пробками. Мэр, прежде всего, пообещал новый мост через реку. "
        "Погода была хорошей. Старый парк закроют на ремонт. Школу откроют в сентябре. Мост построят за два года.")
RIGHT = ("Власти обсудили меры борьбы с пробками. Мэр пообещал новый мост через реку. Школу откроют в сентябре. "
         "Погода была хорошей. По его словам, мост построят за два года. В городе построят каток.")

ROWS = [
    ChangeRow(0, "changed", (1, 1), (1, 1), "методы → меры"),
    ChangeRow(1, "changed", (2, 2), (2, 2), "−прежде всего"),
    ChangeRow(2, "moved", (3, 3), (4, 4), "Погода была хорошей."),
    ChangeRow(3, "removed", (4, 4), None, "−Старый парк закроют на ремонт."),
    ChangeRow(4, "changed", (6, 6), (5, 5), "+По его словам"),
    ChangeRow(5, "added", None, (6, 6), "+В городе построят каток."),
]


def test_one_row_per_change_stop_in_order(make_pair):
    comparison = make_pair(LEFT, RIGHT)
    data = build_view_data(comparison)
    assert change_rows(comparison, data.changes) == ROWS
    assert [(r.left_label, r.right_label) for r in ROWS] == [("1", "1"), ("2", "2"), ("3", "4"), ("4", "—"),
                                                              ("6", "5"), ("—", "6")]


def test_a_run_of_removed_sentences_is_one_row_numbered_first_to_last(make_pair):
    comparison = make_pair("Первое предложение. Второе убрали. Третье тоже убрали. Последнее.",
                           "Первое предложение. Последнее.")
    data = build_view_data(comparison)
    assert change_rows(comparison, data.changes) == [
        ChangeRow(0, "removed", (2, 3), None, "−Второе убрали. Третье тоже убрали.")]
    assert numbers_label((2, 3)) == "2–3" and numbers_label(None) == "—"


def test_a_long_excerpt_is_cut_at_a_word(make_pair):
    added = "В городе построят новый ледовый каток, бассейн, стадион, две библиотеки и большой парк с прудом."
    comparison = make_pair("Первое предложение.", "Первое предложение. " + added)
    (row,) = change_rows(comparison, build_view_data(comparison).changes)
    assert row.excerpt == "+В городе построят новый ледовый каток, бассейн, стадион, две библиотеки и…"
    assert len(row.excerpt) <= 80
