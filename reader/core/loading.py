"""Bytes to text: encodings, byte-order marks, line ends, and refusing what is not text."""

from __future__ import annotations

import codecs
import os
import stat
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from reader.core.model import Document

DEFAULT_MAX_SIZE = 50 * 1024 * 1024
# the most bytes read from the members of one zip archive in all (``max_archive_size``)
DEFAULT_MAX_ARCHIVE_SIZE = 4 * DEFAULT_MAX_SIZE
_CHUNK = 1024 * 1024

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32"),
    (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
)


class Size(int):
    """A number of bytes in an error's parameters: formats as ``file_size`` (English), and
    ``reader.i18n.reason_in`` shows it in the reader's language."""

    def __format__(self, spec: str) -> str:
        return file_size(int(self)) if not spec else format(int(self), spec)


class LoadError(Exception):
    """A file that cannot be read as text. ``str(err)`` is one line naming file and reason.

    ``reason`` is English: ``template.format(**params)``; ``template`` and ``params`` let the
    CLI and the reader say it in another language (``reader.i18n.reason_in``) without core
    knowing languages. Sizes among the parameters are ``Size``; the rest are as shown."""

    def __init__(self, name: str, template: str, **params: object):
        self.name = name
        self.template = template
        self.params = params
        self.reason = template.format(**params) if params else template
        super().__init__(f"{name}: {self.reason}")

    def __reduce__(self):  # picklable: rebuilt from its parts, not from the one-line message
        return (_load_error, (self.name, self.template, self.params))


def _load_error(name: str, template: str, params: dict[str, object]) -> LoadError:
    return LoadError(name, template, **params)


def normalise_newlines(text: str) -> tuple[str, str]:
    """Turn CRLF and lone CR into LF; return the text and the line end the input used most."""
    crlf = text.count("\r\n")
    cr = text.count("\r") - crlf
    lf = text.count("\n") - crlf
    if not crlf and not cr:
        return text, "\n"
    newline = max((lf, "\n"), (crlf, "\r\n"), (cr, "\r"))[1]
    return text.replace("\r\n", "\n").replace("\r", "\n"), newline


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    control = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    return control > max(2, len(sample) // 100)


def _utf16_order(sample: bytes) -> str | None:
    """"utf-16-le" or "utf-16-be" when ``sample`` has the shape of UTF-16 text without a BOM:
    the high byte of each unit takes a few values (0 for Latin, 4 for Cyrillic, 0x20 and 0x21
    for punctuation) while the low byte varies, and zero bytes sit on one side only. (Scripts
    spread over many high bytes, such as Chinese, are not recognised.)"""
    sample = sample[:len(sample) - len(sample) % 2]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    fits = []
    for high, low, codec in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        top = sum(n for _, n in Counter(high).most_common(4))  # random bytes: 4 of 256
        if low.count(0) <= len(low) // 100 and top >= 0.75 * len(high):
            fits.append((high.count(0), len(set(low)) - len(set(high)), codec))
    return max(fits)[2] if fits else None


def _decode_utf16(data: bytes, name: str) -> tuple[str, str]:
    """UTF-16 without a byte-order mark, else the refusal: "unknown text encoding" when it has
    the shape of UTF-16 but a unit is broken, else "binary data" (nothing like UTF-16, or it
    reads as control characters)."""
    codec = _utf16_order(data[:8192])
    if codec is None:
        raise LoadError(name, "binary data, not text")
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        raise LoadError(name, "unknown text encoding") from exc
    head = text[:4096]
    odd = sum(1 for c in head if not c.isprintable() and c not in "\t\n\r\f")
    if odd > len(head) // 100:
        raise LoadError(name, "binary data, not text")
    return text, codec


def decode(data: bytes, name: str = "<bytes>") -> tuple[str, str]:
    """Decode ``data``; return ``(text, encoding)``. Raises LoadError for non-text."""
    if not data:
        raise LoadError(name, "the file is empty")
    for bom, label, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(codec.replace("-sig", "") if codec == "utf-8-sig" else label)
            except UnicodeDecodeError as exc:
                raise LoadError(name, "broken {label} text after its byte-order mark ({detail})",
                                label=label, detail=exc.reason) from exc
            return text, f"{label} (BOM)"
    if _looks_binary(data):
        return _decode_utf16(data, name)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    cyrillic = _guess_cyrillic(data)
    if cyrillic:
        return data.decode(cyrillic), cyrillic.replace("_", "-")
    from charset_normalizer import from_bytes

    best = from_bytes(data, preemptive_behaviour=True).best()
    if best is None:
        raise LoadError(name, "unknown text encoding")
    return str(best), best.encoding.replace("_", "-")


_CYRILLIC_CANDIDATES = ("cp1251", "koi8_r", "cp866", "iso8859_5")
_COMMON = frozenset("оеаинтсрвлкмдпуяыьгзбчйхжшюцщэфъё")
_FREQUENT = frozenset("оеаинтс")
_FINE = frozenset("«»„“”‘’–—−…№°•·\u00a0")


def _russian_score(text: str) -> float:
    """How much ``text`` reads like Russian: about 1.3 for real prose, below 0.8 for mojibake."""
    letters = [c for c in text if c.isalpha()]
    cyr = [c for c in letters if "\u0400" <= c <= "\u04ff"]
    if len(cyr) < 3 or len(cyr) < 0.3 * len(letters):
        return 0.0
    lower = sum(1 for c in cyr if c in _COMMON)
    frequent = sum(1 for c in cyr if c in _FREQUENT)
    odd = sum(1 for c in text if ord(c) > 127 and not ("\u0400" <= c <= "\u04ff") and c not in _FINE)
    return (lower + frequent - 4 * odd) / len(cyr)


def _guess_cyrillic(data: bytes) -> str | None:
    """Most Russian corpora that are not UTF-8 are Windows-1251 or KOI8-R (some CP866).

    Statistical detectors confuse these code pages on short texts, so score each decoding by
    how much it reads like Russian (lower-case and frequent letters, no stray symbols).
    """
    sample = data[:65536]
    best, best_score = None, 0.0
    for enc in _CYRILLIC_CANDIDATES:
        try:
            score = _russian_score(sample.decode(enc))
        except UnicodeDecodeError:
            continue
        if score > best_score:
            best, best_score = enc, score
    return best if best_score >= 1.0 else None


def load_bytes(data: bytes, name: str = "<bytes>", path: str | None = None,
               max_size: int = DEFAULT_MAX_SIZE) -> Document:
    if len(data) > max_size:
        raise too_large(name, len(data), max_size)
    text, encoding = decode(data, name)
    text, newline = normalise_newlines(text)
    if not text.strip():
        raise LoadError(name, "the file has no text (only white space)")
    return Document(text=text, name=name, path=path, encoding=encoding, newline=newline, size=len(data))


def too_large(name: str, size: int, max_size: int, more: bool = False) -> LoadError:
    """The one refusal of a file over the size limit (``Options.max_file_size``), wherever it is
    read. ``more``: ``size`` is only what was read before stopping (the file holds more)."""
    if more:
        return LoadError(name, "too large (more than {limit}; the limit is {limit})", limit=Size(max_size))
    return LoadError(name, "too large ({size}; the limit is {limit})", size=Size(size), limit=Size(max_size))


_KINDS = ((stat.S_ISFIFO, "a named pipe"), (stat.S_ISCHR, "a character device"),
          (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"))


def check_regular(mode: int, name: str) -> None:
    """Refuse what is not a regular file (a folder, a pipe, a device, a socket): reading those
    blocks forever or never ends."""
    if stat.S_ISREG(mode):
        return
    if stat.S_ISDIR(mode):
        raise LoadError(name, "is a folder, not a file")
    kind = next((what for test, what in _KINDS if test(mode)), "a special file")
    raise LoadError(name, f"not a regular file ({kind})")  # five templates, each translated whole


# O_NONBLOCK: opening a named pipe swapped in after the check returns at once instead of waiting
# for a writer; regular files ignore it
OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOCTTY", 0)


def open_regular(path: str | os.PathLike, name: str) -> int:
    """A file descriptor open for reading on a regular file, never blocking. Raises LoadError
    for anything else (checked before opening and again on what was opened); OSError as is."""
    check_regular(os.stat(path).st_mode, name)
    fd = os.open(path, OPEN_FLAGS)
    try:
        check_regular(os.fstat(fd).st_mode, name)
    except BaseException:
        os.close(fd)
        raise
    return fd


def read_capped(read: Callable[[int], bytes], max_size: int, name: str, expect: int = 0) -> bytes:
    """Read with ``read(n)`` until the end, at most ``max_size`` + 1 bytes: the limit holds on
    the bytes read, whatever a size in a header or in ``stat`` said. ``expect``: the size it
    probably has, read in one piece (no copy), the rest in chunks."""
    chunks: list[bytes] = []
    total = 0
    step = max(expect + 1, _CHUNK)
    while total <= max_size:
        chunk = read(min(step, max_size + 1 - total))
        step = _CHUNK
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
        total += len(chunk)
    raise too_large(name, total, max_size, more=True)


def read_file(path: str | os.PathLike, name: str | None = None, max_size: int = DEFAULT_MAX_SIZE) -> bytes:
    """A file's bytes: the one bounded reader of every input file.

    Only regular files are read (folders, named pipes, devices and sockets are refused), opened
    so that nothing can block, and at most ``max_size`` bytes: a larger file is refused, from
    its ``stat`` size when that shows it, else on the bytes read (``/proc`` files say 0).
    Raises LoadError (named ``name``, else the file name) with a one-line reason.
    """
    p = Path(path)
    name = name or p.name or str(p)
    try:
        fd = open_regular(p, name)
        try:
            size = os.fstat(fd).st_size
            if size > max_size:
                raise too_large(name, size, max_size)
            return read_capped(lambda n: os.read(fd, n), max_size, name, size)
        finally:
            os.close(fd)
    except FileNotFoundError as exc:
        raise LoadError(name, "no such file (or a broken link)" if p.is_symlink() else "no such file") from exc
    except PermissionError as exc:
        raise LoadError(name, "permission denied") from exc
    except IsADirectoryError as exc:
        raise LoadError(name, "is a folder, not a file") from exc
    except BlockingIOError as exc:
        raise LoadError(name, "not a regular file (it would block)") from exc
    except OSError as exc:
        raise LoadError(name, "{detail}", detail=exc.strerror or str(exc)) from exc


def load_path(path: str | os.PathLike, max_size: int = DEFAULT_MAX_SIZE) -> Document:
    """Read a text file as it is (no HTML extraction: see reader.core.sources for that).

    Raises LoadError with a one-line reason for anything unreadable.
    """
    p = Path(path)
    name = p.name or str(p)
    data = read_file(p, name, max_size)
    return load_bytes(data, name=name, path=str(p.resolve()), max_size=max_size)


def file_size(n: int, short: bool = False) -> str:
    """Bytes as people read them: ``"512 bytes"`` (``"512 B"`` when ``short``, for a narrow
    column), ``"2.0 KB"``, ``"1.5 MB"``, ``"3.2 GB"`` (1 KB = 1024 bytes). The one formatter of
    sizes: error messages here, the exports and the reader all use it."""
    if n < 1024:
        return f"{n} B" if short else (f"{n} byte" if n == 1 else f"{n} bytes")
    for power, unit in ((1, "KB"), (2, "MB")):
        if n < 1024 ** (power + 1):
            return f"{n / 1024 ** power:.1f} {unit}"
    return f"{n / 1024 ** 3:.1f} GB"
