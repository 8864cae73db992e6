"""A self-contained HTML page showing a Comparison: two columns, word-level highlights.

The page makes no requests: the CSS is inline, a Content-Security-Policy meta tag forbids
everything else, and the one small script (hover a sentence to see its counterpart, keys
``n``/``p`` for the next/previous change) is allowed by its SHA-256 hash. Without the script
everything still works: moved sentences link to their counterpart with plain anchors.

When the comparison has quotes, a Quotes section follows the statistics: each quote of the
right version with its verdict (``reader.present.quotes``), speaker and verb, its words with the
words changed against its source marked, its source, and a link to its sentence; then the left
version's quotes that the right one reports or drops. Without quotes there is no section.

Every piece of article text goes through ``escape``: ``html.escape``, and control characters
(C0, C1, bidi embeddings, overrides and isolates, line and paragraph separators) as numeric
character references, the same characters for a browser (but C1 controls, invisible anyway, which
a browser shows as their Windows-1252 look-alikes) and never raw bytes on a terminal that shows
the page source. Text from outside the article body that lands in the page's chrome (file
names, titles, speakers, sources) is isolated in ``<bdi>``, so a bidi override in it cannot
reorder the text around it; file names, which the article does not contain, also show their
control characters as visible escapes (``reader.core.controls.printable``).

``iter_html`` gives the page in pieces (a row, a paragraph, a sentence at a time), so a large
comparison is written without the whole page in memory; ``render_html`` joins them.
"""

from __future__ import annotations

import base64
import hashlib
import html
import operator
import re
from collections.abc import Callable, Iterator

from reader.core.controls import printable
from reader.core.model import Comparison, Segment, Side
from reader.core.options import Options
from reader.core.textinfo import guess_language
from reader.export.json_export import generator
from reader.i18n import Translator
from reader.present.format import clutter_lines, display_name, file_size, one_line, pct, plural
from reader.present.kinds import Which, segment_kind
from reader.present.quotes import LOST_TITLE, TITLE, Place, QuoteView, Run, quote_report, shorten
from reader.present.rows import Row, pieces, row_changed, rows, sentence_numbers
from reader.present.unified import unified_lines

_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029]")


def _reference(match: re.Match[str]) -> str:
    return f"&#x{ord(match.group()):x};"


def escape(text: str) -> str:
    """``html.escape`` (quotes too), with control characters as numeric character references."""
    text = html.escape(text)
    # every character of _CONTROLS is a control, format or separator one, which isprintable()
    # (a quick scan) rejects: a printable text has none
    return text if text.isprintable() else _CONTROLS.sub(_reference, text)


def isolated(text: str) -> str:
    """Untrusted text outside the article body, escaped and isolated: ``<bdi>…</bdi>``."""
    return f"<bdi>{escape(text)}</bdi>"


def name_html(side: Side) -> str:
    """A version's file name for the page: control characters visible, isolated."""
    return isolated(printable(display_name(side)))


def name_plain(side: Side) -> str:
    """A version's file name where no element may go (``<title>``): control characters visible,
    so none is left to reorder the text around it."""
    return escape(printable(display_name(side)))


PREFIX = {"left": "L", "right": "R"}
OTHER = {"left": "right", "right": "left"}

_CSS = """
:root {
  color-scheme: light dark;
  --bg: #ffffff; --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --panel: #f6f8fa;
  --del-bg: #ffd7d5; --del-fg: #82071e; --ins-bg: #c8f0d0; --ins-fg: #0f5323;
  --rep-bg: #ffe08a; --rep-fg: #4d2d00;
  --sdel-bg: #ffe9e7; --sins-bg: #e2f8e7; --rep-soft: #fff4d6; --mv-bg: #e3edfd; --mv-fg: #0b57d0; --mv: #4285f4;
  --chg: #d29922; --gap: #cf222e; --hatch: #eef1f4; --target: #fff3b0;
  --qnew-bg: #eee3f3; --qnew-fg: #5b2476; --qnew: #8e44ad; --same: #1a7f37;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #0d1117; --fg: #e6edf3; --muted: #9198a1; --line: #3d444d; --panel: #151b23;
    --del-bg: #6e1b1b; --del-fg: #ffdcd7; --ins-bg: #1b4d2a; --ins-fg: #d2ffdc;
    --rep-bg: #6b4e00; --rep-fg: #fff1c2;
    --sdel-bg: #3a1a1d; --sins-bg: #15301f; --rep-soft: #33290f; --mv-bg: #25334a; --mv-fg: #a8c7fa; --mv: #4285f4;
    --chg: #d29922; --gap: #f85149; --hatch: #161b22; --target: #4a3f00;
    --qnew-bg: #34263c; --qnew-fg: #e4c8f0; --qnew: #b57bd0; --same: #3fb950;
  }
}
* { box-sizing: border-box; }
html { scroll-behavior: smooth; scroll-padding-top: 7em; }
body { margin: 0; background: var(--bg); color: var(--fg);
  font: 16px/1.55 "PT Serif", Georgia, "Times New Roman", serif; }
.chrome, .heads, .legend, .stats, footer, summary, .gut { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
.chrome { max-width: 1400px; margin: 0 auto; padding: 1.2em 1.5em 0.6em; }
h1 { font-size: 1.35em; margin: 0 0 .5em; font-weight: 600; }
h1 .files { color: var(--muted); font-weight: 400; }
.overview { display: flex; flex-wrap: wrap; gap: 1.2em 2.5em; align-items: flex-start; }
.sim { font-size: 2.6em; font-weight: 700; line-height: 1; }
.sim small { display: block; font-size: .36em; font-weight: 400; color: var(--muted); margin-top: .35em; }
.stats { border-collapse: collapse; font-size: .9em; }
.stats th, .stats td { padding: .15em .7em .15em 0; text-align: left; font-weight: 400; }
.stats td.n { text-align: right; font-variant-numeric: tabular-nums; font-weight: 600; }
.stats .bar { display: inline-block; width: 10em; height: .7em; background: var(--hatch); vertical-align: middle;
  border-radius: 2px; overflow: hidden; }
.stats .bar span { display: block; height: 100%; }
.stats .bar .same-bar { background: var(--muted); }
.stats .bar .mvbar { background: var(--mv); }
.stats .bar .del, .stats .bar .ins, .stats .bar .rep { border-radius: 0; }
.stats .bar .del { background: var(--gap); } .stats .bar .ins { background: #1a7f37; } .stats .bar .rep { background: var(--chg); }
.legend { display: flex; flex-wrap: wrap; gap: .45em 1.3em; font-size: .88em; margin: 1em 0 .4em; padding: 0;
  list-style: none; color: var(--muted); }
.legend li { white-space: nowrap; }
.legend li > :first-child { color: var(--fg); }
.heads { position: sticky; top: 0; z-index: 2; background: var(--bg); border-bottom: 2px solid var(--line); }
.grid { display: grid; grid-template-columns: minmax(0, 1fr) 2.2em minmax(0, 1fr); max-width: 1400px;
  margin: 0 auto; padding: 0 1.5em; }
.head { padding: .5em .2em .45em; min-width: 0; }
.head .which { font-size: .75em; text-transform: uppercase; letter-spacing: .06em; color: var(--muted); }
.head h2 { font-size: 1em; margin: .1em 0; font-weight: 600; overflow: hidden; text-overflow: ellipsis;
  display: -webkit-box; -webkit-line-clamp: 2; -webkit-box-orient: vertical; }
.head .file { font-size: .8em; color: var(--muted); overflow-wrap: anywhere; }
.rows .grid { border-bottom: 1px solid var(--line); }
.cell { padding: .55em .2em; min-width: 0; overflow-wrap: break-word; }
.cell p { margin: 0 0 .55em; white-space: pre-wrap; }
.cell p:last-child, .cell details:last-child { margin-bottom: 0; }
.cell.empty { background: repeating-linear-gradient(135deg, var(--hatch) 0 6px, transparent 6px 12px); }
.gut { text-align: center; padding-top: .55em; color: var(--muted); text-decoration: none; font-weight: 700;
  border-left: 1px solid var(--line); border-right: 1px solid var(--line); }
.changed > .gut { color: var(--chg); background: var(--rep-soft); }
.gap > .gut { color: var(--gap); background: var(--sdel-bg); }
.gap.plus > .gut { color: #1a7f37; background: var(--sins-bg); }
.gap.moves > .gut { color: var(--mv-fg); background: var(--mv-bg); }
.gap.clutter > .gut, .same > .gut { color: transparent; background: none; }
del, ins { text-decoration: none; }
.del { background: var(--del-bg); color: var(--del-fg); text-decoration: line-through; text-decoration-thickness: 1px; border-radius: 2px; }
.ins { background: var(--ins-bg); color: var(--ins-fg); border-radius: 2px; }
.rep { background: var(--rep-bg); color: var(--rep-fg); border-radius: 2px; }
.caret { display: inline-block; width: 0; height: 1.1em; vertical-align: -.15em; border-left: 2px solid var(--chg); margin: 0 1px; }
.s.deleted { background: var(--sdel-bg); }
.s.inserted { background: var(--sins-bg); }
.s.moved { background: var(--mv-bg); }
a.mv { color: var(--mv-fg); font-weight: 700; text-decoration: none; padding: 0 .2em; border-radius: 3px;
  border: 1px solid currentColor; font-family: system-ui, sans-serif; font-size: .8em; margin-right: .25em; }
a.mv:hover, a.mv:focus { background: var(--mv-fg); color: var(--bg); }
.s:target, .s.peer { outline: 2px solid var(--mv-fg); outline-offset: 1px; background: var(--target); }
details.clutter { margin: 0 0 .55em; border-left: 3px solid var(--line); padding: .1em .6em; color: var(--muted); }
details.clutter summary { cursor: pointer; font-size: .85em; }
details.clutter div { white-space: pre-wrap; font-size: .9em; }
.unified { max-width: 1400px; margin: 2em auto; padding: 0 1.5em; }
.unified h2 { font: 600 1.15em system-ui, sans-serif; }
.unified .highlight { color-scheme: light; color: #1f2328; border: 1px solid var(--line); border-radius: 4px; padding: .2em .8em; }
.unified pre { white-space: pre-wrap; overflow-wrap: anywhere; font-size: .85em; }
footer { max-width: 1400px; margin: 2em auto 1.5em; padding: 0 1.5em; font-size: .8em; color: var(--muted); }
.nothing { font: 1em system-ui, sans-serif; color: var(--muted); padding: 1em 0; }
.quotes { max-width: 1400px; margin: 0 auto; padding: .3em 1.5em 1.2em; }
.quotes h2, .quotes h3, .qhead, .qsrc, .qfacts { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
.quotes h2 { font-size: 1.15em; font-weight: 600; margin: .3em 0 .6em; }
.quotes h2 small { font-size: .75em; font-weight: 400; color: var(--muted); margin-left: .3em; }
.quotes h3 { font-size: .95em; font-weight: 600; margin: 1.2em 0 .6em; color: var(--muted); }
.qlist { list-style: none; margin: 0; padding: 0; display: grid; gap: .7em; align-items: start; grid-template-columns: repeat(auto-fill, minmax(min(100%, 34em), 1fr)); }
.quote { --tone: var(--muted); border: 1px solid var(--line); border-left: 4px solid var(--tone); border-radius: 6px;
  padding: .5em .9em .6em; background: var(--panel); min-width: 0; overflow-wrap: break-word; }
.quote.same { --tone: var(--same); } .quote.changed { --tone: var(--chg); } .quote.added { --tone: var(--qnew); }
.quote.moved { --tone: var(--mv-fg); } .quote.removed { --tone: var(--gap); }
.qhead { display: flex; flex-wrap: wrap; align-items: baseline; gap: .2em .7em; font-size: .85em; }
.badge { font-weight: 700; font-size: .82em; text-transform: uppercase; letter-spacing: .05em; padding: .08em .6em; border-radius: 999px; white-space: nowrap; }
.badge.same { background: var(--ins-bg); color: var(--ins-fg); } .badge.changed { background: var(--rep-bg); color: var(--rep-fg); }
.badge.added { background: var(--qnew-bg); color: var(--qnew-fg); } .badge.moved { background: var(--mv-bg); color: var(--mv-fg); }
.badge.removed { background: var(--del-bg); color: var(--del-fg); }
.qhead .who { font-weight: 600; }
.qhead .who.none { font-weight: 400; font-style: italic; color: var(--muted); }
.qhead a.goto { margin-left: auto; color: var(--muted); text-decoration: none; white-space: nowrap; }
.qhead a.goto:hover, .qhead a.goto:focus { color: var(--fg); text-decoration: underline; }
.qtext { margin: .35em 0 .3em; }
.qtext del.rep { text-decoration: line-through; text-decoration-thickness: 1px; }
.qtext .arrow { color: var(--muted); font-family: system-ui, sans-serif; font-size: .85em; margin: 0 .15em; }
.qgap { color: var(--muted); font-family: system-ui, sans-serif; }
.qsrc { font-size: .85em; color: var(--muted); }
.qsrc .stext { color: var(--fg); font-family: "PT Serif", Georgia, "Times New Roman", serif; font-size: 1.05em; }
.qsrc a { color: var(--muted); white-space: nowrap; }
.qfacts { font-size: .8em; color: var(--muted); margin-top: .15em; }
@media (max-width: 700px) { .grid { padding: 0 .4em; grid-template-columns: minmax(0, 1fr) 1.2em minmax(0, 1fr); } body { font-size: 14px; } }
@media print {
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  html { scroll-behavior: auto; }
  body { font-size: 10pt; background: #fff; color: #000; }
  .heads { position: static; }
  .rows .grid { break-inside: avoid; }
  .grid, .chrome, .unified, .quotes, footer { max-width: none; padding: 0; }
  .quote { break-inside: avoid; }
  .qhead a.goto { display: none; }
  a.mv { border: none; }
  .legend { break-after: avoid; }
}
"""

# Progressive enhancement only: without it, anchors and :target do the job.
_SCRIPT = """
(function () {
  "use strict";
  var lit = [];
  function clear() { lit.forEach(function (el) { el.classList.remove("peer"); }); lit = []; }
  document.addEventListener("mouseover", function (ev) {
    var s = ev.target.closest ? ev.target.closest(".s[data-peer]") : null;
    clear();
    if (!s) { return; }
    var peer = document.getElementById(s.getAttribute("data-peer"));
    if (peer) { peer.classList.add("peer"); lit.push(peer); }
  });
  var changes = Array.prototype.slice.call(document.querySelectorAll(".rows .changed, .rows .gap:not(.clutter)"));
  var at = -1;
  document.addEventListener("keydown", function (ev) {
    if (ev.altKey || ev.ctrlKey || ev.metaKey || !changes.length) { return; }
    var step = (ev.key === "n" || ev.key === "j") ? 1 : (ev.key === "p" || ev.key === "k") ? -1 : 0;
    if (!step) { return; }
    at = Math.max(0, Math.min(changes.length - 1, at + step));
    changes[at].scrollIntoView({ block: "center" });
  });
})();
"""

_SCRIPT_HASH = base64.b64encode(hashlib.sha256(_SCRIPT.encode("utf-8")).digest()).decode("ascii")
CSP = (f"default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-{_SCRIPT_HASH}'; "
       "img-src 'none'; base-uri 'none'; form-action 'none'")


def render_html(comparison: Comparison, unified: bool = False, lang: str = "en") -> str:
    """The whole page as one string. ``unified`` appends a unified diff of the sentences;
    ``lang`` ("en", "ru") is the language of the page's own words (its ``<html lang>``)."""
    return "".join(iter_html(comparison, unified, lang))


def iter_html(comparison: Comparison, unified: bool = False, lang: str = "en") -> Iterator[str]:
    """The page of ``render_html`` in pieces, in order."""
    tr = Translator("export", lang)
    title = f"Versus: {name_plain(comparison.left)} ↔ {name_plain(comparison.right)}"
    yield from (
        f"<!DOCTYPE html>\n<html lang=\"{tr.lang}\">\n<head>\n<meta charset=\"utf-8\">\n",
        f"<meta http-equiv=\"Content-Security-Policy\" content=\"{escape(CSP)}\">\n",
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n",
        f"<meta name=\"generator\" content=\"{escape(generator())}\">\n",
        "<meta name=\"referrer\" content=\"no-referrer\">\n",
        f"<title>{title}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n",
        _overview(comparison, tr),
        _quotes(comparison, tr),
        "<div class=\"compare\">\n",  # bounds the sticky column heads to the two columns
        _heads(comparison, tr),
    )
    yield from _rows(comparison, tr)
    yield "</div>\n"
    if unified:
        yield _unified(comparison, tr)
    yield _footer(comparison, tr)
    yield f"<script>{_SCRIPT}</script>\n</body>\n</html>\n"


# ---------------------------------------------------------------- overview

def _overview(comparison: Comparison, tr: Translator) -> str:
    st = comparison.stats
    left, right = comparison.left, comparison.right
    lang = tr.lang
    h1 = f"<h1>{tr('What changed')} <span class=\"files\">{name_html(left)} → {name_html(right)}</span></h1>\n"
    similar = tr("similar ({left} left, {right} right)").format(
        left=plural(st.sentences_left, "sentence", lang=lang), right=plural(st.sentences_right, "sentence", lang=lang))
    sim = f"<div class=\"sim\">{pct(st.similarity / 100, lang)}<small>{escape(similar)}</small></div>\n"

    def bar(share: float, css: str) -> str:
        width = max(0.0, min(100.0, 100 * share))
        return f"<span class=\"bar\"><span class=\"{css}\" style=\"width:{width:.1f}%\"></span></span>"

    def count(n: int, one: str, what: str) -> str:
        return tr(what).format(count=plural(n, one, lang=lang))

    stat_rows = [
        ("unchanged", st.unchanged, "of the left text", count(st.equal, "sentence pair", "{count} identical"),
         "same-bar"),
        ("changed", st.changed, "of the left text (replaced words)",
         count(st.changed_pairs, "sentence pair", "{count} reworded"), "rep"),
        ("removed", st.removed, "of the left text", count(st.deleted, "sentence", "{count} deleted"), "del"),
        ("added", st.added, "of the right text", count(st.inserted, "sentence", "{count} inserted"), "ins"),
        ("moved", st.moved, "of the left text", count(st.moved_pairs, "sentence pair", "{count} moved"), "mvbar"),
    ]
    table = ["<table class=\"stats\">"]
    for label, share, of, counted, css in stat_rows:
        table.append(f"<tr><th>{escape(tr(label))}</th><td class=\"n\">{pct(share, lang)}</td><td>{bar(share, css)}</td>"
                     f"<td>{escape(tr(of))}</td><td>{escape(counted)}</td></tr>")
    clutter = st.boilerplate_left + st.boilerplate_right
    if clutter:
        folded = tr("page-clutter sentences folded away ({left} left, {right} right)").format(
            left=st.boilerplate_left, right=st.boilerplate_right)
        table.append(f"<tr><th>{escape(tr('clutter'))}</th><td class=\"n\">{clutter}</td><td></td>"
                     f"<td colspan=\"2\">{escape(folded)}</td></tr>")
    table.append("</table>\n")
    legend = (
        "<ul class=\"legend\">"
        f"<li><del class=\"del\">{tr('removed')}</del> {tr('words only in the left version')}</li>"
        f"<li><ins class=\"ins\">{tr('added')}</ins> {tr('words only in the right version')}</li>"
        f"<li><del class=\"rep\">{tr('old')}</del> → <ins class=\"rep\">{tr('new')}</ins> {tr('words replaced')}</li>"
        f"<li><span class=\"caret\"></span> {tr('words added or removed here in the other version')}</li>"
        f"<li><span class=\"s deleted\">{tr('deleted sentence')}</span></li>"
        f"<li><span class=\"s inserted\">{tr('inserted sentence')}</span></li>"
        f"<li><span class=\"s moved\"><a class=\"mv\">⇄</a>{tr('moved sentence')}</span> "
        f"{tr('click ⇄ to jump to the other place')}</li>"
        f"<li><span>▸</span> {tr('folded page clutter (menus, tickers, credits)')}</li>"
        "</ul>\n"
    )
    return (f"<header class=\"chrome\">\n{h1}<div class=\"overview\">\n{sim}{''.join(table)}</div>\n"
            f"{legend}</header>\n")


def _heads(comparison: Comparison, tr: Translator) -> str:
    out = ["<div class=\"heads\"><div class=\"grid\">"]
    for which in ("left", "right"):
        side = comparison.side(which)
        doc = side.document
        facts = [name_html(side), escape(doc.encoding), file_size(doc.size)]
        title = isolated(side.title) if side.title else escape(tr("(untitled)"))
        out.append(
            f"<div class=\"head {which}\"><div class=\"which\">{escape(tr(f'{which} version'))}</div>"
            f"<h2 lang=\"{_lang(side)}\">{title}</h2>"
            f"<div class=\"file\" title=\"{escape(printable(doc.path or display_name(side)))}\">"
            f"{' · '.join(facts)}</div></div>"
        )
        if which == "left":
            out.append("<div></div>")
    out.append("</div></div>\n")
    return "".join(out)


def _lang(side: Side) -> str:
    """The version's language for the page's ``lang`` attributes ("" when unknown)."""
    return guess_language(side.document.text)


# ---------------------------------------------------------------- quotes

SOURCE_WIDTH = 240  # a source is shortened to this many characters: the quote shows its changed words


def _quotes(comparison: Comparison, tr: Translator) -> str:
    """The Quotes section (nothing when neither version has a quote)."""
    report = quote_report(comparison, tr.lang)
    if report.empty:
        return ""
    ptr = Translator("present", tr.lang)
    langs = {"left": _lang(comparison.left), "right": _lang(comparison.right)}
    out = ["<section class=\"quotes\" id=\"quotes\">\n",
           f"<h2>{escape(ptr(TITLE))} <small>{escape(tr('right version'))}: {escape(report.count_line('right'))} · "
           f"{escape(tr('left version'))}: {escape(report.count_line('left'))}</small></h2>\n"]
    if report.right:
        out.append("<ol class=\"qlist\">\n" + "".join(_quote_item(view, langs, tr) for view in report.right)
                   + "</ol>\n")
    if report.lost:
        out.append(f"<h3>{escape(ptr(LOST_TITLE))}</h3>\n")
        out.append("<ol class=\"qlist\">\n" + "".join(_quote_item(view, langs, tr) for view in report.lost)
                   + "</ol>\n")
    out.append("</section>\n")
    return "".join(out)


def _goto(place: Place, tr: Translator) -> str:
    """A link to the sentence holding a quote or a source (its id in the columns below)."""
    label = escape(place.label)
    if place.segment is None:
        return label
    tip = escape(tr(f"show it in the {place.side} column"))
    return f"<a class=\"goto\" href=\"#{PREFIX[place.side]}{place.segment}\" title=\"{tip}\">{label}</a>"


def _quote_item(view: QuoteView, langs: dict[str, str], tr: Translator) -> str:
    q = view.quote
    who = (f"<span class=\"who\">{isolated(view.attribution)}</span>" if view.attribution
           else f"<span class=\"who none\">{escape(view.who)}</span>")
    head = (f"<div class=\"qhead\"><span class=\"badge {view.tone}\" title=\"{escape(view.explanation)}\">"
            f"{escape(view.label)}</span>{who}{_goto(view.place, tr)}</div>")
    body = "".join(_quote_run(run, tr) for run in view.runs)
    text = f"<blockquote class=\"qtext\" lang=\"{langs[q.side]}\">«{body}»</blockquote>"
    where = tr("source") if q.side == "right" else tr("in the right version")
    if view.source is None:
        explanation = view.explanation[:1].upper() + view.explanation[1:]
        source = f"<div class=\"qsrc\">{escape(explanation)}.</div>"
    else:
        src_lang = langs[view.source.place.side]
        shown = escape(_shortened(view.source.text, SOURCE_WIDTH))
        shown = f"«{shown}»" if view.source.quoted else shown
        label = escape(where) if view.source.quoted else f"{escape(where)}, {escape(tr('unquoted'))}"
        source = (f"<div class=\"qsrc\">{label}: <bdi class=\"stext\" lang=\"{src_lang}\">{shown}</bdi> "
                  f"{_goto(view.source.place, tr)}</div>")
    facts = "; ".join(fact for fact in (view.changes, *view.notes) if fact)
    facts_html = f"<div class=\"qfacts\">{escape(facts)}</div>" if facts else ""
    return f"<li class=\"quote {view.tone}\" id=\"q{q.index}\">{head}{text}{source}{facts_html}</li>\n"


def _shortened(text: str, width: int) -> str:
    """``shorten(text, width)``, without collapsing the white space of all of a long text (a
    source may run to thousands of sentences): ``shorten`` keeps the first ``width - 1``
    characters of the text collapsed and stripped, and only asks whether more follow, so a head
    of ``text`` whose collapsed form is longer than ``width + 1`` characters gives the same
    (collapsed, no two characters in a row are white space: one past ``width`` is not)."""
    head = text[:2 * width]
    if len(head) < len(text):
        # printable, a text's only white space is " ": without "  " it is collapsed already
        collapsed = head if head.isprintable() and "  " not in head else one_line(head)
        if len(collapsed.lstrip()) >= width + 2:
            return shorten(head, width)
    return shorten(text, width)


_GAP_TIP = {"gap": "the quote is interrupted here", "elided": "words left out here"}


def _quote_run(run: Run, tr: Translator) -> str:
    """One run of a quote against its source, marked like the columns' words."""
    if run.kind == "same":
        return escape(run.text)
    if run.kind == "removed":
        return f"<del class=\"del\" title=\"{tr('only in the left version')}\">{escape(run.old)}</del>"
    if run.kind == "added":
        return f"<ins class=\"ins\" title=\"{tr('only in the right version')}\">{escape(run.new)}</ins>"
    if run.kind == "changed":
        return (f"<del class=\"rep\" title=\"{tr('the left version')}\">{escape(run.old)}</del>"
                f"<span class=\"arrow\" aria-hidden=\"true\">→</span>"
                f"<ins class=\"rep\" title=\"{tr('the right version')}\">{escape(run.new)}</ins>")
    tip = tr("a new paragraph") if run.text.strip() == "¶" else tr(_GAP_TIP[run.kind])
    return f"<span class=\"qgap\" title=\"{escape(tip)}\">{escape(run.text)}</span>"


# ---------------------------------------------------------------- the two columns

_HTML_ESCAPES = (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ('"', "&quot;"), ("'", "&#x27;"))  # html.escape's


def _same(text: str) -> str:
    return text


def _escaper(text: str) -> Callable[[str], str]:
    """``escape`` for pieces of ``text``, made for it once: when ``text`` holds no control
    character, only the replacements of ``html.escape`` whose character ``text`` holds (in
    ``html.escape``'s order), often none; the same string for every piece, much faster."""
    if _CONTROLS.search(text):
        return escape
    needed = [(char, ref) for char, ref in _HTML_ESCAPES if char in text]
    if not needed:
        return _same
    if len(needed) == 1:
        return operator.methodcaller("replace", *needed[0])

    def replaced(piece: str) -> str:
        for char, ref in needed:
            piece = piece.replace(char, ref)
        return piece

    return replaced


# Word kinds as the page marks them: removed words struck through, added ones plain, replaced
# ones amber on both sides; <del>/<ins> say which version the words belong to.
_CSS_OF = {"removed": "del", "added": "ins", "changed": "rep"}
_CARET_TIP = {"added": "words added here in the right version",
              "removed": "words removed here from the left version"}
_FLUSH = 32  # strings of a row's HTML held before they are handed on as one piece


class _Column:
    """One version's column as every cell of it is written: its text and segments, its text's
    escaper, and the markup its sentences repeat, made once."""

    def __init__(self, comparison: Comparison, which: Which, numbers: dict[str, dict[int, int]], lang: str,
                 tr: Translator):
        side = comparison.side(which)
        other = OTHER[which]
        self.comparison = comparison
        self.links = comparison.links
        self.which: Which = which
        self.side = side
        self.text = side.document.text
        self.segs = side.segments
        self.tr = tr
        self.esc = _escaper(self.text)
        self.prefix = PREFIX[which]
        self.peer_prefix = PREFIX[other]
        self.peer_numbers = numbers[other]
        self.moved_tip = tr(f"moved: sentence {{n}} of the {other} version")
        self.moved_elsewhere = escape(tr(f"moved: see the {other} version"))
        self.titles = {"deleted": f" title=\"{tr('only in the left version')}\"",
                       "inserted": f" title=\"{tr('only in the right version')}\""}
        tag = "del" if which == "left" else "ins"
        self.opening = {kind: f"<{tag} class=\"{css}\">" for kind, css in _CSS_OF.items()}
        self.closing = f"</{tag}>"
        self.carets = {kind: f"<span class=\"caret\" title=\"{escape(tr(tip))}\"></span>"
                       for kind, tip in _CARET_TIP.items()}
        self.empty_cell = f"<div class=\"cell {which} empty\"></div>"
        self.cell = f"<div class=\"cell {which}\" lang=\"{lang}\">"


def _columns(comparison: Comparison, tr: Translator) -> dict[str, _Column]:
    numbers = {"left": sentence_numbers(comparison.left), "right": sentence_numbers(comparison.right)}
    return {which: _Column(comparison, which, numbers, _lang(comparison.side(which)), tr)
            for which in ("left", "right")}


def _rows(comparison: Comparison, tr: Translator) -> Iterator[str]:
    columns = _columns(comparison, tr)
    left, right = columns["left"], columns["right"]
    tips: dict[str, str] = {}
    yield "<main class=\"rows\">\n"
    all_rows = rows(comparison)
    out: list[str] = []
    for n, row in enumerate(all_rows, 1):
        if row.kind == "gap":
            css, mark, hint = _gap_kind(comparison, row)
        elif row_changed(comparison, row):
            css, mark, hint = "changed", "~", "reworded"
        else:
            css, mark, hint = "same", "=", "unchanged"
        tip = tips.get(hint)
        if tip is None:
            tip = tips[hint] = escape(tr(hint))
        out.append(f"<div class=\"grid {css}\" id=\"row{n}\">")
        yield from _cell(left, row, out)
        out.append(f"<a class=\"gut\" href=\"#row{n}\" title=\"{tip}\">{mark}</a>")
        yield from _cell(right, row, out)
        out.append("</div>\n")
        if len(out) >= _FLUSH:
            yield "".join(out)
            out.clear()
    if out:
        yield "".join(out)
    if not all_rows:
        yield f"<p class=\"nothing\">{tr('Both texts are empty.')}</p>\n"
    yield "</main>\n"


def _gap_kind(comparison: Comparison, row: Row) -> tuple[str, str, str]:
    """CSS class, gutter mark and tooltip of a row between two in-place links."""
    kinds = {segment_kind(s) for s in comparison.left.segments[row.left[0]:row.left[1]]}
    kinds |= {segment_kind(s) for s in comparison.right.segments[row.right[0]:row.right[1]]}
    deleted, inserted, moved = "removed" in kinds, "added" in kinds, "moved" in kinds
    if deleted and not inserted and not moved:
        return "gap", "−", "sentences only in the left version"
    if inserted and not deleted and not moved:
        return "gap plus", "+", "sentences only in the right version"
    if moved and not deleted and not inserted:
        return "gap moves", "⇄", "sentences moved from or to another place"
    if not (deleted or inserted or moved):
        return "gap clutter", "", "page clutter"
    return "gap", "±", "sentences only in one version, or moved"


def _cell(col: _Column, row: Row, out: list[str]) -> Iterator[str]:
    """One column of a row: its paragraphs (``<p>``) of sentences and its folded clutter.

    The HTML is appended to ``out``; whenever ``out`` holds ``_FLUSH`` strings they are yielded
    joined and ``out`` is emptied, so a row of thousands of sentences still comes in pieces. A
    line break ends a paragraph; the spaces that end one are left out (they are held until a
    sentence follows)."""
    first, stop = row.left if col.which == "left" else row.right
    segs = col.segs
    if all(segs[i].kind == "space" for i in range(first, stop)):  # no sentence: nothing to show
        out.append(col.empty_cell)
        return
    out.append(col.cell)
    text, esc = col.text, col.esc
    in_para = False
    spaces: list[str] = []  # spaces after the paragraph's last sentence so far
    i = first
    while i < stop:
        seg = segs[i]
        if seg.kind == "space":
            if text.find("\n", seg.start, seg.end) >= 0:
                if in_para:
                    out.append("</p>")
                in_para = False
                spaces.clear()
            elif in_para:
                spaces.append(esc(text[seg.start:seg.end]))
            i += 1
        elif seg.status == "boilerplate":
            j = last = i
            while j < stop and (segs[j].kind == "space" or segs[j].status == "boilerplate"):
                if segs[j].kind == "sentence":
                    last = j
                j += 1
            if in_para:
                out.append("</p>")
            in_para = False
            spaces.clear()
            yield from _clutter(col, i, last + 1, out)
            i = last + 1
        else:
            if not in_para:
                out.append("<p>")
            in_para = True
            if spaces:
                out.extend(spaces)
                spaces.clear()
            out.append(_sentence(col, seg))
            i += 1
            if len(out) >= _FLUSH:
                yield "".join(out)
                out.clear()
    if in_para:
        out.append("</p>")
    out.append("</div>")


def _cell_html(col: _Column, row: Row) -> str:
    """One column of a row as one string."""
    out: list[str] = []
    pieces = list(_cell(col, row, out))
    return "".join(pieces) + "".join(out)


def _clutter(col: _Column, start: int, stop: int, out: list[str]) -> Iterator[str]:
    """A folded run of page clutter: segments ``start:stop`` (from a sentence to a sentence),
    appended to ``out`` as ``_cell`` does."""
    text, segs, esc, tr = col.text, col.segs, col.esc, col.tr
    lines = clutter_lines(text[segs[start].start:segs[stop - 1].end])
    summary = tr("{lines} of page clutter").format(lines=plural(lines, "line", lang=tr.lang))
    out.append(f"<details class=\"clutter\"><summary>{escape(summary)}</summary><div>")
    for i in range(start, stop):
        seg = segs[i]
        piece = esc(text[seg.start:seg.end])
        if seg.kind == "sentence":
            out.append(f"<span class=\"s boilerplate\" id=\"{col.prefix}{seg.index}\">{piece}</span>")
        else:
            out.append(piece)
        if len(out) >= _FLUSH:
            yield "".join(out)
            out.clear()
    out.append("</div></details>")


def _sentence(col: _Column, seg: Segment) -> str:
    status = seg.status
    if seg.link is not None:
        link = col.links[seg.link]
        peer = link.right[0] if col.which == "left" else link.left[0]
        peer_id = f"{col.peer_prefix}{peer}"
        head = f"<span class=\"s {status}\" id=\"{col.prefix}{seg.index}\" data-peer=\"{peer_id}\">"
        if link.kind == "moved":
            where = col.peer_numbers.get(peer)
            tip = escape(col.moved_tip.format(n=where)) if where else col.moved_elsewhere
            head += f"<a class=\"mv\" href=\"#{peer_id}\" title=\"{tip}\">⇄</a>"
    else:
        head = f"<span class=\"s {status}\" id=\"{col.prefix}{seg.index}\"{col.titles.get(status, '')}>"
    text, esc = col.text, col.esc
    parts = pieces(col.comparison, col.which, seg)
    if len(parts) == 1 and parts[0].kind is None:  # most sentences: no word marked
        return head + esc(text[parts[0].start:parts[0].end]) + "</span>"
    body = [head]
    for p in parts:
        kind = p.kind
        if kind is None:
            body.append(esc(text[p.start:p.end]))
        elif p.start == p.end:  # a caret
            body.append(col.carets[kind])
        else:
            body.append(col.opening[kind] + esc(text[p.start:p.end]) + col.closing)
    body.append("</span>")
    return "".join(body)


# ---------------------------------------------------------------- appendix and footer

def _unified(comparison: Comparison, tr: Translator) -> str:
    from pygments import highlight
    from pygments.formatters import HtmlFormatter
    from pygments.lexers import DiffLexer

    diff = "\n".join(unified_lines(comparison, lang=tr.lang))
    head = (f"<section class=\"unified\" id=\"unified\">\n<h2>{tr('Appendix: unified diff of the sentences')}</h2>\n"
            f"<p>{tr(_UNIFIED_NOTE)}</p>\n")
    if not diff:
        return head + f"<p class=\"nothing\">{tr('The two sentence streams are identical.')}</p>\n</section>\n"
    body = highlight(diff + "\n", DiffLexer(), HtmlFormatter(noclasses=True))
    return head + body + "</section>\n"


_UNIFIED_NOTE = ("One article sentence per line (page clutter left out), in the form of <code>diff -u</code>: "
                 "each changed sentence's old wording (−) right above its new one (+), deleted and inserted "
                 "sentences where they stand, moved ones at both places with a note where the other is, and "
                 "an unchanged sentence around each change.")


def _footer(comparison: Comparison, tr: Translator) -> str:
    defaults = Options()
    changed = [f"{name}={getattr(comparison.options, name)!r}" for name in comparison.options.to_dict()
               if getattr(comparison.options, name) != getattr(defaults, name)]
    opts = tr("default options") if not changed else tr("options: {list}").format(list=", ".join(changed))
    made = tr("Made with {generator}, {options}.").format(generator=generator(), options=opts)
    return f"<footer>{escape(made)}</footer>\n"
