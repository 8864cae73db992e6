"""The `versus` command line: one module per group of sub-commands, and main.py dispatching.

    main.py     the parser, and `versus [FILE...]` to the desktop reader (reader.app)
    compare.py  `versus compare A B`: load, compare, hand the result to reader.export
    quotes.py   `versus quotes A B`: each direct quote, its source in the other version and its verdict
    library.py  `versus import|list|search|groups`: the corpus library (reader.library)

The console script `versus` is ``reader.cli:main``; ``python -m reader.cli`` runs the same.
"""

from reader.cli.main import build_parser, main

__all__ = ["build_parser", "main"]
