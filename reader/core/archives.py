"""Zip archives as sources of texts, opened once however many members are read. No Qt.

One archive is kept open at a time (members are read in archive order, so a reading that goes
through an archive opens it once); it is reopened when its file changes and closed by
``close_archives`` (at the end of each reading, and at exit). The members read from one open
archive hold at most ``max_archive_size`` bytes in all, counted on the bytes decompressed,
not on what the archive's headers claim; once past it, that member and every later one are
refused. Members are found by name and by position among the members of that name, so two
members called ``x.txt`` are two texts.
"""

from __future__ import annotations

import atexit
import os
import threading
import zipfile

from reader.core.loading import LoadError, Size, check_regular, open_regular, too_large


class _Archive:
    """An open zip archive, its members by name, and what was read from it so far."""

    def __init__(self, key: tuple, fh, zf: zipfile.ZipFile):
        self.key, self.fh, self.zf = key, fh, zf
        self.by_name: dict[str, list[zipfile.ZipInfo]] = {}
        for info in zf.infolist():
            self.by_name.setdefault(info.filename, []).append(info)
        self.taken = 0  # bytes decompressed from its members
        self.over = False  # the budget ran out: no more members are read

    def close(self) -> None:
        try:
            self.zf.close()
        finally:
            self.fh.close()


# one archive is kept open (members are read in archive order); the lock is held while one is
# read, so threads reading members never see it closed under them
_lock = threading.RLock()
_open: _Archive | None = None
_opens = 0


def archive_opens() -> int:
    """How many times this process has opened a zip archive (each archive once per reading)."""
    return _opens


def close_archives() -> None:
    """Close the archive kept open (a new reading starts: its budget is full again)."""
    global _open
    with _lock:
        if _open is not None:
            archive, _open = _open, None
            archive.close()


atexit.register(close_archives)


def archive(path: str, name: str) -> _Archive:
    """The archive at ``path``, opened once while it is unchanged (call with ``_lock`` held)."""
    global _open, _opens
    st = os.stat(path)
    check_regular(st.st_mode, name)
    key = (os.path.abspath(path), st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)
    if _open is not None and _open.key == key:
        return _open
    close_archives()
    fh = os.fdopen(open_regular(path, name), "rb")
    try:
        zf = zipfile.ZipFile(fh)
    except BaseException:
        fh.close()
        raise
    _opens += 1
    _open = _Archive(key, fh, zf)
    return _open


def member_names(path: str) -> list[str]:
    """The names of the archive's members in order (folders too), the same name as often as it occurs."""
    with _lock:
        return [info.filename for info in archive(path, path).zf.infolist() if not info.is_dir()]


def count_named(path: str, name: str) -> int:
    """How many members of the archive are called ``name``."""
    with _lock:
        return len(archive(path, path).by_name.get(name, ()))


def archive_too_large(name: str, max_archive_size: int) -> LoadError:
    """The refusal of members past an archive's budget (``max_archive_size``)."""
    return LoadError(name, "the archive's texts pass the limit of {limit} read from one archive",
                     limit=Size(max_archive_size))


def read_member(path: str, member: str, nth: int, name: str, max_size: int, max_archive_size: int) -> bytes:
    """The bytes of the ``nth`` member called ``member`` (see the module); LoadError named ``name``."""
    try:
        with _lock:
            open_archive = archive(path, name)
            if open_archive.over:
                raise archive_too_large(name, max_archive_size)
            infos = open_archive.by_name.get(member, [])
            if not 1 <= nth <= len(infos):
                raise LoadError(name, "no such member in the archive")
            info = infos[nth - 1]
            if info.flag_bits & 0x1:
                raise LoadError(name, "encrypted archive member")
            if info.file_size > max_size:
                raise too_large(name, info.file_size, max_size)
            room = max_archive_size - open_archive.taken
            with open_archive.zf.open(info) as fh:
                data = fh.read(min(max_size, room) + 1)  # the header's size may lie
            if len(data) > max_size:
                raise too_large(name, len(data), max_size, more=True)
            if len(data) > room:
                open_archive.over = True
                raise archive_too_large(name, max_archive_size)
            open_archive.taken += len(data)
    except LoadError:
        raise
    except FileNotFoundError as exc:
        raise LoadError(name, "no such file (or a broken link)") from exc
    except PermissionError as exc:
        raise LoadError(name, "permission denied") from exc
    except (OSError, zipfile.BadZipFile, EOFError, NotImplementedError, RuntimeError) as exc:
        raise LoadError(name, "{detail}", detail=reason(exc)) from exc
    return data




def reason(exc: BaseException) -> str:
    """An OS or archive error's reason, for a one-line message."""
    return getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
