"""Atomic file writes: a temporary file in the same folder, flushed, then renamed over.

The temporary file is created with ``os.open(..., 0o666)``, so the system applies the umask
exactly as for any new file: a new target gets the default permissions without the process
umask ever being read or changed (``os.umask`` is process-wide, and worker threads may be
creating files meanwhile). When the target exists already, its permission bits are copied.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import IO

_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)


def _token() -> str:
    """Eight random hex digits (``secrets`` would do the same and costs more to import than the write)."""
    return os.urandom(4).hex()


def _create_temp(folder: Path, name: str) -> tuple[int, str]:
    """A new, empty file next to the target (like mkstemp, but with the default permissions)."""
    for _ in range(100):
        tmp = os.path.join(folder, f".{name}.{_token()}.tmp")
        try:
            return os.open(tmp, _FLAGS, 0o666), tmp
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temporary file name for {name} in {folder}")


@contextlib.contextmanager
def atomic_open(path: str | os.PathLike, mode: str = "w", encoding: str | None = "utf-8", *,
                make_folders: bool = True) -> Iterator[IO]:
    """Open a temporary file for writing; on success it replaces ``path`` in one rename.

    If the block raises, ``path`` is left as it was and the temporary file is removed. The
    folder is created when missing if ``make_folders`` (the settings' own folder); an export
    passes False, so that a mistyped folder is an error rather than a new folder.
    """
    target = Path(path)
    if make_folders:
        target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = _create_temp(target.parent, target.name)
    binary = "b" in mode
    try:
        with (os.fdopen(fd, mode) if binary else os.fdopen(fd, mode, encoding=encoding, newline="")) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        with contextlib.suppress(OSError):  # no target yet: keep the mode the umask gave
            os.chmod(tmp, target.stat().st_mode & 0o777)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def atomic_write_text(path: str | os.PathLike, text: str, encoding: str = "utf-8") -> None:
    with atomic_open(path, "w", encoding) as fh:
        fh.write(text)
