"""The comparison as printed pages: the HTML export's content in the HTML a rich-text engine
without CSS grid, flex or variables lays out (Qt's QTextDocument, for File ▸ Print and PDF).

The same words, marks and statistics as ``html_export`` (whose pieces it reuses): the overview
(similarity, the statistics as a table, the legend), the Quotes section, then both versions side
by side, one table row per row of ``reader.present.rows``, with a gutter mark between them.
Colours are literal (paper is light); page clutter is a one-line note instead of a fold.
No Qt: the reader's printing module lays this out and paints the pages.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from reader.core.model import Comparison
from reader.export.html_export import _cell_html, _columns, _gap_kind, _overview, _quotes, escape, isolated, name_html
from reader.i18n import Translator
from reader.present.format import display_name, file_size
from reader.present.rows import row_changed, rows

PRINT_CSS = """
body { font-family: "PT Serif", Georgia, "Times New Roman", serif; font-size: 10pt; color: #000000; }
h1 { font-size: 13pt; font-weight: 600; margin-bottom: 4pt; }
h1 .files { color: #444444; font-weight: 400; }
h2 { font-size: 11pt; font-weight: 600; }
h3 { font-size: 10pt; font-weight: 600; color: #444444; }
.sim { font-size: 18pt; font-weight: 700; }
.sim small { font-size: 9pt; font-weight: 400; color: #444444; }
.stats th, .stats td { font-size: 9pt; padding-right: 8pt; text-align: left; font-weight: 400; }
.stats td.n { text-align: right; font-weight: 600; }
.legend li { font-size: 9pt; color: #444444; }
.del { background-color: #ffd7d5; color: #82071e; text-decoration: line-through; }
.ins { background-color: #c8f0d0; color: #0f5323; text-decoration: none; }
.rep { background-color: #ffe08a; color: #4d2d00; text-decoration: none; }
.caret { color: #b07a00; font-weight: 700; }
span.deleted { background-color: #ffe9e7; }
span.inserted { background-color: #e2f8e7; }
span.moved { background-color: #e3edfd; }
a.mv { color: #0b57d0; font-weight: 700; text-decoration: none; }
a { color: #444444; text-decoration: none; }
table.cols { border-collapse: collapse; }
table.cols td { padding: 3pt; vertical-align: top; border-bottom: 1px solid #d1d9e0; }
table.cols td.gut { text-align: center; font-weight: 700; color: #59636e; font-family: sans-serif; }
table.cols td.head { border-bottom: 2px solid #8c959f; }
td.changed { color: #9a6700; background-color: #fff4d6; }
td.gap { color: #cf222e; background-color: #ffe9e7; }
td.plus { color: #1a7f37; background-color: #e2f8e7; }
td.moves { color: #0b57d0; background-color: #e3edfd; }
td.same, td.clutter { color: #ffffff; }
.which { font-size: 8pt; color: #59636e; font-family: sans-serif; }
.file { font-size: 8pt; color: #59636e; font-family: sans-serif; }
p { margin-top: 0; margin-bottom: 4pt; }
p.clutter { color: #59636e; font-size: 8pt; font-family: sans-serif; }
.quote { margin-bottom: 4pt; }
.badge { font-weight: 700; font-size: 8pt; }
.qhead, .qsrc, .qfacts { font-size: 8pt; color: #444444; font-family: sans-serif; }
.who { font-weight: 600; color: #000000; }
.arrow, .qgap { color: #59636e; }
"""

_CLUTTER = re.compile(r"<details class=\"clutter\"><summary>(.*?)</summary><div>.*?</div></details>", re.S)
_CARET = re.compile(r"<span class=\"caret\"( title=\"[^\"]*\")?></span>")
_QUOTE_HEAD = re.compile(r"(</span>)<(?=span class=\"who|a class=\"goto)")
_NO_GRID = re.compile(r"<header class=\"chrome\">|</header>|<div class=\"overview\">\n?|<div class=\"sim\">")


def render_print_html(comparison: Comparison, lang: str = "en") -> str:
    """The printable page as one string (``lang``: the language of its own words)."""
    return "".join(iter_print_html(comparison, lang))


def iter_print_html(comparison: Comparison, lang: str = "en") -> Iterator[str]:
    tr = Translator("export", lang)
    yield f"<html><head><meta charset=\"utf-8\"><style>{PRINT_CSS}</style></head><body>\n"
    overview = _overview(comparison, tr).replace("<div class=\"sim\">", "<p class=\"sim\">", 1)
    overview = overview.replace("<small>", " <small>", 1).replace("</small></div>", "</small></p>", 1)
    yield _printable(_NO_GRID.sub("", overview))
    yield _QUOTE_HEAD.sub(r"\1 · <", _quotes(comparison, tr))
    yield "<table class=\"cols\" width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">\n"
    yield _heads(comparison, tr)
    yield from _rows(comparison, tr)
    yield "</table>\n</body></html>\n"


def _heads(comparison: Comparison, tr: Translator) -> str:
    cells = []
    for which in ("left", "right"):
        side = comparison.side(which)
        doc = side.document
        title = isolated(side.title) if side.title else escape(tr("(untitled)"))
        facts = " · ".join((name_html(side), escape(doc.encoding), file_size(doc.size)))
        cells.append(f"<td class=\"head\" width=\"48%\"><span class=\"which\">{escape(tr(f'{which} version'))}</span><br>"
                     f"<b>{title}</b><br><span class=\"file\">{facts}</span></td>")
    return f"<thead><tr>{cells[0]}<td class=\"head gut\" width=\"4%\"></td>{cells[1]}</tr></thead>\n"


def _rows(comparison: Comparison, tr: Translator) -> Iterator[str]:
    columns = _columns(comparison, tr)
    for row in rows(comparison):
        if row.kind == "gap":
            css, mark, _hint = _gap_kind(comparison, row)
        elif row_changed(comparison, row):
            css, mark = "changed", "~"
        else:
            css, mark = "same", "="
        left = _printable(_cell_html(columns["left"], row))
        right = _printable(_cell_html(columns["right"], row))
        yield (f"<tr><td width=\"48%\">{left}</td><td class=\"gut {css}\" width=\"4%\">{mark}</td>"
               f"<td width=\"48%\">{right}</td></tr>\n")


def _printable(cell: str) -> str:
    """A column's HTML for paper: folded clutter as a one-line note, carets as a visible mark."""
    cell = _CLUTTER.sub(lambda m: f"<p class=\"clutter\">▸ {m.group(1)}</p>", cell)
    return _CARET.sub("<span class=\"caret\">‸</span>", cell)


def print_title(comparison: Comparison) -> str:
    """The two file names, for the head of every page: "left ↔ right"."""
    return f"{display_name(comparison.left)} ↔ {display_name(comparison.right)}"


__all__ = ["PRINT_CSS", "iter_print_html", "print_title", "render_print_html"]
