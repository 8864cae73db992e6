"""Numbers and names written the same way by every view (HTML page, terminal, reader).

Each exporter used to carry its own copy of these; one copy keeps the renderings in step.
"""

from __future__ import annotations

import re

from reader.core.loading import file_size  # the one size formatter, shared with core's errors
from reader.core.model import Side


def pct(share: float) -> str:
    """A share (0..1) as a percentage with one decimal: ``0.256`` → ``"25.6%"``."""
    return f"{100 * share:.1f}%"


def plural(n: int, one: str, many: str | None = None) -> str:
    """``n`` and the noun in the right number: ``plural(2, "line")`` → ``"2 lines"``."""
    return f"{n} {one if n == 1 else (many or one + 's')}"


_WS = re.compile(r"\s+")


def one_line(text: str) -> str:
    """Collapse every run of white space (newlines, no-break spaces) into one space."""
    return _WS.sub(" ", text)


def display_name(side: Side) -> str:
    """The name a version goes by in headings: its file name, or ``(unnamed)``."""
    return side.document.name or "(unnamed)"


def clutter_lines(text: str) -> int:
    """How many non-blank lines a run of page clutter occupies (at least one)."""
    return sum(1 for line in text.split("\n") if line.strip()) or 1


__all__ = ["clutter_lines", "display_name", "file_size", "one_line", "pct", "plural"]
