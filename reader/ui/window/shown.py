"""What the comparison view shows: two open texts, two library articles, or nothing.

One value (``ShownPair | None``) instead of a field per tab: a pair of open texts and a pair of
library articles cannot both be shown, so they cannot both be set.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import ClassVar, Generic, Literal, TypeVar

from reader.core import Document

Id = TypeVar("Id", str, int)
P = TypeVar("P", bound="_Pair")


@dataclass(frozen=True)
class Side:
    """One side of a pair as the view shows it."""

    document: Document
    heading: str  # above the pane, after "Left: " or "Right: "
    name: str     # short, for the window title


@dataclass(frozen=True)
class _Pair(Generic[Id]):
    left_id: Id
    right_id: Id
    left: Side = field(compare=False, repr=False)
    right: Side = field(compare=False, repr=False)

    @property
    def ids(self) -> tuple[Id, Id]:
        return self.left_id, self.right_id

    def swapped(self: P) -> P:
        return replace(self, left_id=self.right_id, right_id=self.left_id, left=self.right, right=self.left)


@dataclass(frozen=True)
class FilesPair(_Pair[str]):
    """Two texts of "Open texts", by content id."""

    source: ClassVar[Literal["files"]] = "files"


@dataclass(frozen=True)
class LibraryPair(_Pair[int]):
    """Two library articles, by article id."""

    source: ClassVar[Literal["library"]] = "library"


ShownPair = FilesPair | LibraryPair
