"""Which lines the reader folds away while page clutter is hidden.

A line is folded when it holds clutter and no article text; blank lines after a folded line
go with it, so hiding clutter leaves no holes. Line numbers are the text's ``\\n``-separated
lines, which are the blocks of the reader's text panes.
"""

from __future__ import annotations

from reader.core.model import Side


def hidden_lines(side: Side) -> frozenset[int]:
    """Lines made only of clutter, and blank lines following a folded line."""
    text = side.document.text
    line_starts = [0]
    pos = text.find("\n")
    while pos != -1:
        line_starts.append(pos + 1)
        pos = text.find("\n", pos + 1)
    n_lines = len(line_starts)
    has_clutter = [False] * n_lines
    has_article = [False] * n_lines
    line = 0
    for seg in side.segments:
        if seg.kind != "sentence":
            continue
        while line + 1 < n_lines and line_starts[line + 1] <= seg.start:
            line += 1
        # a sentence may run over several lines; mark every one of them
        last = line
        while last + 1 < n_lines and line_starts[last + 1] < seg.end:
            last += 1
        for k in range(line, last + 1):
            if seg.status == "boilerplate":
                has_clutter[k] = True
            else:
                has_article[k] = True
    hidden: set[int] = set()
    previous_hidden = None  # of the last non-blank line
    first_visible_seen = False
    for k in range(n_lines):
        if has_article[k]:
            previous_hidden = False
            first_visible_seen = True
        elif has_clutter[k]:
            hidden.add(k)
            previous_hidden = True
        elif previous_hidden or (previous_hidden is None and not first_visible_seen):
            hidden.add(k)  # a blank line after folded clutter (or before the first article line)
    # blank lines at the very start stay only if no article follows directly... keep the text's top tidy
    if all(k in hidden or not has_article[k] for k in range(n_lines)) and not any(has_article):
        return frozenset(k for k in range(n_lines) if has_clutter[k])
    return frozenset(hidden)
