"""The article as a stream of sentences, one per line, and a unified diff of two streams.

An appendix to the HTML page and the terminal summary, for readers used to ``diff -u``.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterator

from reader.core.model import Comparison, Side
from reader.present.format import display_name, one_line


def sentence_stream(side: Side) -> list[str]:
    """The side's article sentences, one per line, clutter left out."""
    text = side.document.text
    return [one_line(text[s.start:s.end]).strip() for s in side.segments
            if s.kind == "sentence" and s.status != "boilerplate"]


def unified_lines(comparison: Comparison, context: int = 3) -> Iterator[str]:
    """A unified diff of the two sentence streams (difflib), without line ends."""
    return difflib.unified_diff(
        sentence_stream(comparison.left), sentence_stream(comparison.right),
        fromfile=display_name(comparison.left), tofile=display_name(comparison.right),
        n=context, lineterm="")
