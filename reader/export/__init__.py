"""Exports of a Comparison: a self-contained HTML page, JSON, and a terminal summary.

Exporters read the Comparison only (no re-diffing, no Qt), through the display model of
``reader.present`` that the desktop reader uses too, so every view marks the same words the
same way; and the same comparison always gives the same bytes, so the desktop reader and the
``versus compare`` command agree:

    from reader.export import write_export
    write_export(comparison, "out.html", "html", unified=True)

HTML and JSON are made in pieces (``iter_export``) and written as they come, in blocks of
``BLOCK`` characters, so a large comparison is never held as one document in memory; the bytes
are those of ``render``. No export holds raw control characters: the text summary shows them as
visible escapes, JSON and HTML write them in their own escapes (the same text once parsed).
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterable, Iterator

from reader.core.atomicfile import atomic_open
from reader.core.model import Comparison

FORMATS = ("html", "json", "text")
SUFFIXES = {"html": ".html", "json": ".json", "text": ".txt"}
BLOCK = 1 << 16  # characters per write


def iter_export(comparison: Comparison, fmt: str, unified: bool = False, *, color: bool = False,
                lang: str = "en") -> Iterator[str]:
    """The export in pieces; joined, they are ``render``'s string."""
    if fmt == "html":
        from reader.export.html_export import iter_html

        return iter_html(comparison, unified=unified, lang=lang)
    if fmt == "json":
        from reader.export.json_export import iter_json

        return iter_json(comparison)
    if fmt == "text":
        from reader.export.text_export import render_text

        return iter((render_text(comparison, color=color, unified=unified, lang=lang),))
    raise ValueError(f"unknown export format {fmt!r} (expected one of {', '.join(FORMATS)})")


def render(comparison: Comparison, fmt: str, unified: bool = False, *, color: bool = False, lang: str = "en") -> str:
    """The export as a string. ``unified`` adds a unified diff (html, text); ``color`` adds
    ANSI colours (text only); ``lang`` ("en", "ru") is the language of the page's or the
    summary's own words (JSON is a schema: always English)."""
    return "".join(iter_export(comparison, fmt, unified, color=color, lang=lang))


def blocks(pieces: Iterable[str], size: int = BLOCK) -> Iterator[str]:
    """``pieces`` joined into blocks of at least ``size`` characters (the last may be shorter);
    a piece longer than ``size`` ends its block whole."""
    held: list[str] = []
    length = 0
    for piece in pieces:
        held.append(piece)
        length += len(piece)
        if length >= size:
            yield "".join(held)
            held.clear()
            length = 0
    if held:
        yield "".join(held)


def check_folder(path: str | os.PathLike) -> None:
    """Raise unless ``path``'s folder exists: an export never creates folders.

    FileNotFoundError (``filename`` the folder) when it is missing, NotADirectoryError when a part
    of it is a file."""
    folder = os.path.dirname(os.fspath(path)) or "."
    try:
        is_dir = stat.S_ISDIR(os.stat(folder).st_mode)
    except FileNotFoundError:
        raise FileNotFoundError(errno.ENOENT, "no such folder", folder) from None
    if not is_dir:
        raise NotADirectoryError(errno.ENOTDIR, "not a folder", folder)


def write_text(path: str | os.PathLike, pieces: Iterable[str]) -> None:
    """Write ``pieces`` to ``path`` atomically (a temporary file beside it, flushed to disk, then
    renamed over it; on any error ``path`` is left as it was), UTF-8, as they come. The folder
    must exist (``check_folder``)."""
    check_folder(path)
    with atomic_open(path, "w", make_folders=False) as fh:
        for block in blocks(pieces):
            fh.write(block)


def format_for_path(path: str | os.PathLike, default: str = "html") -> str:
    """The format a file name asks for by its suffix (.html/.htm, .json, .txt), else ``default``."""
    suffix = os.path.splitext(os.fspath(path))[1].lower()
    return {".html": "html", ".htm": "html", ".json": "json", ".txt": "text"}.get(suffix, default)


def write_export(comparison: Comparison, path: str | os.PathLike, fmt: str, unified: bool = False,
                 lang: str = "en") -> None:
    """Write the export to ``path`` atomically (UTF-8, ``\\n`` line ends, never coloured), piece
    by piece (``write_text``); its own words in ``lang`` (English by default: the reader passes
    its interface language)."""
    write_text(path, iter_export(comparison, fmt, unified, lang=lang))


__all__ = ["BLOCK", "FORMATS", "SUFFIXES", "blocks", "check_folder", "format_for_path", "iter_export", "render",
           "write_export", "write_text"]
