"""The one value for what the comparison view shows: a pair of open texts or of library articles."""

from __future__ import annotations

from reader.core import Document
from reader.ui.window.shown import FilesPair, LibraryPair, Side


def side(name: str) -> Side:
    return Side(Document.from_text(f"Text of {name}.", name), f"{name} heading", name)


def test_swapping_exchanges_ids_and_sides():
    pair = FilesPair("a", "b", side("A"), side("B"))
    swapped = pair.swapped()
    assert isinstance(swapped, FilesPair) and swapped.ids == ("b", "a")
    assert swapped.left.name == "B" and swapped.right.name == "A"
    assert swapped.swapped() == pair


def test_pairs_are_equal_by_source_and_ids_only():
    assert FilesPair("a", "b", side("A"), side("B")) == FilesPair("a", "b", side("X"), side("Y"))
    assert LibraryPair(1, 2, side("A"), side("B")).source == "library"
    assert FilesPair("a", "b", side("A"), side("B")).source == "files"
    assert LibraryPair(1, 2, side("A"), side("B")) != LibraryPair(2, 1, side("B"), side("A"))
