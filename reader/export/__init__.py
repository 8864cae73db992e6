"""Exports of a Comparison: a self-contained HTML page, JSON, and a terminal summary.

Exporters read the Comparison only (no re-diffing, no Qt), through the display model of
``reader.present`` that the desktop reader uses too, so every view marks the same words the
same way; and the same comparison always gives the same bytes, so the desktop reader and the
``versus compare`` command agree:

    from reader.export import write_export
    write_export(comparison, "out.html", "html", unified=True)
"""

from __future__ import annotations

import os

from reader.core.atomicfile import atomic_write_text
from reader.core.model import Comparison

FORMATS = ("html", "json", "text")
SUFFIXES = {"html": ".html", "json": ".json", "text": ".txt"}


def render(comparison: Comparison, fmt: str, unified: bool = False, *, color: bool = False) -> str:
    """The export as a string. ``unified`` adds a unified diff (html, text); ``color`` adds
    ANSI colours (text only)."""
    if fmt == "html":
        from reader.export.html_export import render_html

        return render_html(comparison, unified=unified)
    if fmt == "json":
        from reader.export.json_export import to_json

        return to_json(comparison)
    if fmt == "text":
        from reader.export.text_export import render_text

        return render_text(comparison, color=color, unified=unified)
    raise ValueError(f"unknown export format {fmt!r} (expected one of {', '.join(FORMATS)})")


def format_for_path(path: str | os.PathLike, default: str = "html") -> str:
    """The format a file name asks for by its suffix (.html/.htm, .json, .txt), else ``default``."""
    suffix = os.path.splitext(os.fspath(path))[1].lower()
    return {".html": "html", ".htm": "html", ".json": "json", ".txt": "text"}.get(suffix, default)


def write_export(comparison: Comparison, path: str | os.PathLike, fmt: str, unified: bool = False) -> None:
    """Write the export to ``path`` atomically (UTF-8, ``\\n`` line ends, never coloured)."""
    text = render(comparison, fmt, unified)
    atomic_write_text(path, text)


__all__ = ["FORMATS", "SUFFIXES", "format_for_path", "render", "write_export"]
