"""The comparison view: the two panes, the link strip between them, the overview bars, the highlighter,
find, and the background comparer."""
