"""``python -m reader.cli``: the `versus` command."""

import sys

from reader.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
