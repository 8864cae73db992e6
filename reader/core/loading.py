"""Bytes to text: encodings, byte-order marks, line ends, and refusing what is not text."""

from __future__ import annotations

import codecs
import os
from pathlib import Path

from reader.core.model import Document

DEFAULT_MAX_SIZE = 50 * 1024 * 1024

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32"),
    (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
)


class LoadError(Exception):
    """A file that cannot be read as text. ``str(err)`` is one line naming file and reason."""

    def __init__(self, name: str, reason: str):
        super().__init__(f"{name}: {reason}")
        self.name = name
        self.reason = reason


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


def decode(data: bytes, name: str = "<bytes>") -> tuple[str, str]:
    """Decode ``data``; return ``(text, encoding)``. Raises LoadError for non-text."""
    if not data:
        raise LoadError(name, "the file is empty")
    for bom, label, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(codec.replace("-sig", "") if codec == "utf-8-sig" else label)
            except UnicodeDecodeError as exc:
                raise LoadError(name, f"broken {label} text after its byte-order mark ({exc.reason})") from exc
            return text, f"{label} (BOM)"
    if _looks_binary(data):
        raise LoadError(name, "binary data, not text")
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


def too_large(name: str, size: int, max_size: int) -> LoadError:
    """The one refusal of a file over the size limit (``Options.max_file_size``), wherever it is read."""
    return LoadError(name, f"too large ({file_size(size)}; the limit is {file_size(max_size)})")


def read_file(path: str | os.PathLike, name: str | None = None, max_size: int = DEFAULT_MAX_SIZE) -> bytes:
    """A file's bytes, refusing folders and files over ``max_size`` before reading them.

    Raises LoadError (named ``name``, else the file name) with a one-line reason.
    """
    p = Path(path)
    name = name or p.name or str(p)
    try:
        if p.is_dir():
            raise LoadError(name, "is a folder, not a file")
        size = p.stat().st_size
        if size > max_size:
            raise too_large(name, size, max_size)
        data = p.read_bytes()
    except FileNotFoundError as exc:
        raise LoadError(name, "no such file (or a broken link)" if p.is_symlink() else "no such file") from exc
    except PermissionError as exc:
        raise LoadError(name, "permission denied") from exc
    except IsADirectoryError as exc:
        raise LoadError(name, "is a folder, not a file") from exc
    except OSError as exc:
        raise LoadError(name, exc.strerror or str(exc)) from exc
    if len(data) > max_size:  # it grew since stat()
        raise too_large(name, len(data), max_size)
    return data


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
