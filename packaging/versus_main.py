"""Entry point of the PyInstaller bundle (packaging/versus.spec): `versus` as reader.cli runs it.

freeze_support() must come first: `versus import --workers N` starts spawned worker processes,
and in a frozen program each of them re-runs this executable. Without the call they would parse
the worker's arguments as `versus FILE...` and open the desktop reader.
"""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()
    from reader.cli import main

    sys.exit(main())
