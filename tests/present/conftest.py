"""Comparisons of small literal pairs, for the display model's tests."""

from __future__ import annotations

import pytest

from reader.core import Document, Options, compare

MOVED_LEFT = ("Первое предложение о погоде сегодня.\nВторое предложение про экономику страны.\n\n"
              "Третье предложение про спорт и футбол.\nЧетвёртое про культуру.")
MOVED_RIGHT = ("Третье предложение про спорт и хоккей.\nПервое предложение о погоде сегодня.\n"
               "Второе предложение про экономику страны.\n\nЧетвёртое про культуру.\nНовое.")


@pytest.fixture(scope="session")
def moved_comparison():
    """Sentence 3 of the left moves to the top (one word changed); the right adds a sentence."""
    return compare(Document.from_text(MOVED_LEFT, "a.txt"), Document.from_text(MOVED_RIGHT, "b.txt"))


@pytest.fixture(scope="session")
def make_pair():
    """compare() two literal texts named left.txt and right.txt."""
    def make(left: str, right: str, **options):
        return compare(Document.from_text(left, "left.txt"), Document.from_text(right, "right.txt"),
                       Options(**options))
    return make
