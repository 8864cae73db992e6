"""How a Comparison is shown: one display model for the HTML page, the terminal and the reader.

The core says what matched; this package says what a reader sees, in one vocabulary of kinds
(``removed``, ``added``, ``changed``, ``moved``, ``clutter``, see ``kinds``) so the three
renderings can never disagree about a word. It is pure Python: it reads ``reader.core`` only,
never Qt, the exporters, the desktop reader or the library.

- ``kinds``: the vocabulary and the one rule that turns a word op into a kind.
- ``rows``: reading order for the exports, rows of aligned segments cut into pieces.
- ``spans``: what the desktop reader paints, spans, change stops and unlinked blocks.
- ``scrollmap``: where a place in one version is in the other (synchronised scrolling).
- ``format``: numbers and names as every view writes them (percentages, sizes, plurals).
"""
