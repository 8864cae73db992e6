"""A terminal summary of a Comparison: what changed, sentence by sentence.

    versus: a.txt → b.txt
    …statistics…

    ~ changed (match 0.62, wording 88% same), sentence 7 → 7
      - [-Поэтому-] нужно полностью пересмотреть [-методы-] взаимодействия …
      + Нужно полностью пересмотреть {+меры+} взаимодействия …

Removed words are ``[-…-]``, added words ``{+…+}`` (as in ``git diff --word-diff``); with
``color=True`` they are also painted with ANSI escapes. Whole deleted sentences are listed
with ``-``, inserted ones with ``+``; page clutter is counted, not listed. A pair's head names
its two numbers: the match score that paired the sentences, and the share of its wording that
is the same.

``render_quotes`` is the report of `versus quotes`: each quote of the right version with its
verdict, speaker and verb, its words, its source and the words changed between them (in the same
``[-…-]{+…+}`` marks), then the left version's quotes that the right one reports or drops. What it
lists and how it words a verdict come from ``reader.present.quotes``, as on the HTML page.

Both are read on a terminal (or with ``cat`` and ``less`` from a file), so every piece of text
from the inputs (file names, titles, sentences, quotes, speakers) goes through
``reader.core.controls.printable``: an escape sequence or a bidi override in an article shows as
a visible ``\x1b`` or ``\u202e`` instead of acting on the terminal, whether the summary is
printed, piped or written to a file. The only escapes left are the colours of ``color=True``.
"""

from __future__ import annotations

from reader.core.controls import printable
from reader.core.model import Comparison, Link, Segment, Side
from reader.i18n import Translator
from reader.present.format import decimal, display_name, one_line, pct, plural
from reader.present.kinds import Which, segment_kind
from reader.present.quotes import LOST_TITLE, NONE_FOUND, QuoteReport, QuoteView, Run, in_context, quote_report, shorten
from reader.present.rows import Row, pieces, row_changed, rows, sentence_numbers
from reader.present.unified import unified_lines

RESET = "\x1b[0m"
STYLE = {
    "title": "\x1b[1m",
    "dim": "\x1b[2m",
    "del": "\x1b[1;31m",      # removed words
    "ins": "\x1b[1;32m",      # added words
    "deleted": "\x1b[31m",    # a whole deleted sentence
    "inserted": "\x1b[32m",   # a whole inserted sentence
    "changed": "\x1b[1m",     # block header of a changed pair: bold, readable on light and dark
    "moved": "\x1b[1;36m",    # block header of a moved pair
    "hunk": "\x1b[36m",
    "quote_new": "\x1b[1;35m",  # verdict of a quote with no source
}

# A quote's verdict is coloured by its tone (reader.present.quotes.TONE).
QUOTE_STYLE = {"same": "inserted", "changed": "changed", "added": "quote_new", "moved": "moved", "removed": "deleted"}


class _Painter:
    def __init__(self, color: bool, lang: str = "en"):
        self.color = color
        self.tr = Translator("export", lang)
        self.lang = lang

    def __call__(self, style: str, text: str) -> str:
        """``text`` made printable, in ``style``'s colour when colouring."""
        text = printable(text, keep_lines=True)
        if not self.color or not text:
            return text
        return f"{STYLE[style]}{text}{RESET}"


def _shown(text: str) -> str:
    """Text from an input, on one line, its control characters as visible escapes."""
    if text.isprintable() and "  " not in text:  # no white space but single " ", no control: as it is
        return text
    return printable(one_line(text))


def _name(side: Side, lang: str = "en") -> str:
    """A version's file name, its control characters (line feeds and tabs too) as visible escapes."""
    return printable(display_name(side, lang))


def render_text(comparison: Comparison, *, color: bool = False, unified: bool = False, lang: str = "en") -> str:
    """The summary as one string ending with a newline; ``color`` adds ANSI escapes; its words
    in ``lang`` ("en", "ru")."""
    paint = _Painter(color, lang)
    tr = paint.tr
    out: list[str] = []
    out.extend(_header(comparison, paint))
    numbers = {"left": sentence_numbers(comparison.left), "right": sentence_numbers(comparison.right)}
    blocks = [block for row in rows(comparison) if row_changed(comparison, row)
              for block in _row_blocks(comparison, row, numbers, paint)]
    for block in blocks:
        out.append("")
        out.extend(block)
    if not blocks:
        out.append("")
        out.append(tr("No differences in the article text under these options."))
    if unified:
        out.append("")
        out.append(paint("title", tr("Unified diff of the sentences (one per line):")))
        out.extend(_paint_unified(line, paint) for line in unified_lines(comparison, lang=lang))
    return "\n".join(out) + "\n"


def _row_blocks(comparison: Comparison, row: Row, numbers, paint: _Painter) -> list[list[str]]:
    """The blocks one changed row prints: its changed links; or, for a gap, its removed and its
    added sentences, then the moved links that start in it."""
    if row.kind == "link":
        return [_link_block(comparison, comparison.links[n], numbers, paint)
                for n in row.links if comparison.links[n].changed]
    lone: dict[str, list[Segment]] = {"left": [], "right": []}
    moved: list[Link] = []
    for which, first, stop in (("left", *row.left), ("right", *row.right)):
        for seg in comparison.side(which).segments[first:stop]:
            kind = segment_kind(seg) if seg.kind == "sentence" else None
            if kind in ("removed", "added"):
                lone[which].append(seg)
            elif kind == "moved" and which == "left" and seg.index == comparison.links[seg.link].left[0]:
                moved.append(comparison.links[seg.link])
    blocks = [_lone_block(comparison, which, lone[which], numbers, paint) for which in ("left", "right") if lone[which]]
    return blocks + [_link_block(comparison, link, numbers, paint) for link in moved]


_UNIFIED_STYLES = (("+++", "title"), ("---", "title"), ("@@", "hunk"), ("+", "inserted"), ("-", "deleted"))


def _paint_unified(line: str, paint: _Painter) -> str:
    style = next((style for start, style in _UNIFIED_STYLES if line.startswith(start)), None)
    return paint(style, line) if style else printable(line)


def _header(comparison: Comparison, paint: _Painter) -> list[str]:
    st = comparison.stats
    left, right = comparison.left, comparison.right
    tr, lang = paint.tr, paint.lang
    lines = [paint("title", f"versus: {_name(left, lang)} → {_name(right, lang)}")]
    for label, side, count in ((tr("  left:  "), left, st.sentences_left), (tr("  right: "), right, st.sentences_right)):
        lines.append(f"{label}{_name(side, lang)} ({side.document.encoding}), "
                     f"{plural(count, 'sentence', lang=lang)}: {_shown(side.title)}")
    lines += [
        tr("similarity {similarity} | unchanged {unchanged}, changed {changed}, removed {removed}, "
           "moved {moved} of the left text; added {added} of the right text").format(
            similarity=pct(st.similarity / 100, lang), unchanged=pct(st.unchanged, lang),
            changed=pct(st.changed, lang), removed=pct(st.removed, lang), moved=pct(st.moved, lang),
            added=pct(st.added, lang)),
        tr("sentence pairs: {equal} unchanged, {changed} changed, {moved} moved; "
           "{deleted} deleted, {inserted} inserted").format(
            equal=st.equal, changed=st.changed_pairs, moved=st.moved_pairs, deleted=st.deleted,
            inserted=st.inserted),
    ]
    if st.boilerplate_left or st.boilerplate_right:
        lines.append(paint("dim", tr("page clutter (not listed): {left} left, {right} right").format(
            left=plural(st.boilerplate_left, "sentence", lang=lang),
            right=plural(st.boilerplate_right, "sentence", lang=lang))))
    return lines


def _link_block(comparison: Comparison, link: Link, numbers, paint: _Painter) -> list[str]:
    lnum = numbers["left"].get(link.left[0], "?")
    rnum = numbers["right"].get(link.right[0], "?")
    tr = paint.tr
    measures = tr("match {score}, wording {same}% same").format(score=decimal(link.score, 2, paint.lang),
                                                                same=f"{100 * link.similarity:.0f}")
    if link.kind == "moved":
        what = tr("moved, changed") if link.changed else tr("moved")
        head = paint("moved", "⇄ " + tr("{what} ({measures}), sentence {left} → {right}").format(
            what=what, measures=measures, left=lnum, right=rnum))
    else:
        head = paint("changed", "~ " + tr("{what} ({measures}), sentence {left} → {right}").format(
            what=tr("changed"), measures=measures, left=lnum, right=rnum))
    return [
        head,
        "  - " + _linked_text(comparison, link, "left", paint),
        "  + " + _linked_text(comparison, link, "right", paint),
    ]


def _linked_text(comparison: Comparison, link: Link, which: Which, paint: _Painter) -> str:
    side = comparison.side(which)
    text = side.document.text
    first, last = link.left if which == "left" else link.right
    parts: list[str] = []
    for seg in side.segments[first:last + 1]:
        if seg.kind != "sentence":
            parts.append(" ")
            continue
        for p in pieces(comparison, which, seg):
            chunk = _shown(text[p.start:p.end])
            if p.kind is None or p.caret:
                parts.append(chunk)
            elif which == "left":
                parts.append(paint("del", f"[-{chunk}-]"))
            else:
                parts.append(paint("ins", f"{{+{chunk}+}}"))
    return "".join(parts).strip()


def _lone_block(comparison: Comparison, which: Which, segs: list[Segment], numbers, paint: _Painter) -> list[str]:
    text = comparison.side(which).document.text
    nums = [numbers[which][seg.index] for seg in segs]
    tr = paint.tr
    if which == "left":
        head = tr("deleted: left sentence {first}") if len(nums) == 1 else tr("deleted: left sentences {first}–{last}")
        head, sign, style = "- " + head.format(first=nums[0], last=nums[-1]), "-", "deleted"
    else:
        head = (tr("inserted: right sentence {first}") if len(nums) == 1
                else tr("inserted: right sentences {first}–{last}"))
        head, sign, style = "+ " + head.format(first=nums[0], last=nums[-1]), "+", "inserted"
    lines = [paint(style, head)]
    for seg in segs:
        lines.append(f"  {sign} " + paint(style, _shown(text[seg.start:seg.end]).strip()))
    return lines


# ---------------------------------------------------------------- versus quotes

QUOTE_WIDTH = 100  # the quote and its source are shortened to this many characters


def render_quotes(comparison: Comparison, *, color: bool = False, lang: str = "en") -> str:
    """The quotes report as one string ending with a newline; ``color`` adds ANSI escapes; its
    words in ``lang`` ("en", "ru")."""
    paint = _Painter(color, lang)
    tr, ptr = paint.tr, Translator("present", lang)
    report = quote_report(comparison, lang)
    left, right = _name(comparison.left, lang), _name(comparison.right, lang)
    out = [
        paint("title", tr("versus quotes: {left} → {right}").format(left=left, right=right)),
        f"{tr('  right: ')}{right}, {report.count_line('right')}",
        f"{tr('  left:  ')}{left}, {report.count_line('left')}",
    ]
    if report.empty:
        out += ["", ptr(NONE_FOUND)]
    for view in report.right:
        out += [""] + _quote_block(view, paint)
    if report.lost:
        out += ["", paint("title", f"{ptr(LOST_TITLE)}:")]
    for view in report.lost:
        out += [""] + _quote_block(view, paint)
    return "\n".join(out) + "\n"


def _quote_block(view: QuoteView, paint: _Painter) -> list[str]:
    quote = view.quote
    tr = paint.tr
    lines = [f"{paint(QUOTE_STYLE[view.tone], view.label)}: {printable(view.who)} ({view.place.label})",
             f"{tr('  quote:  ')}«{printable(shorten(view.text, QUOTE_WIDTH))}»"]
    head = tr("  source: ") if quote.side == "right" else tr("  now:    ")
    if view.source is None:
        lines.append(head + paint("dim", tr("none ({why})").format(why=view.explanation)))
    else:
        text = printable(shorten(view.source.text, QUOTE_WIDTH))
        shown = f"«{text}»" if view.source.quoted else tr("unquoted: {text}").format(text=text)
        lines.append(f"{head}{shown} ({view.source.place.label})")
    words = _quote_words(in_context(view.runs), paint)
    if words:
        lines.append(f"{tr('  words:  ')}{words}")
    facts = [fact for fact in (view.changes, *view.notes) if fact]
    if facts:
        lines.append("  " + printable("; ".join(facts)))
    return lines


def _quote_words(runs: tuple[Run, ...], paint: _Painter) -> str:
    """The quote against its source in one line: ``[-old-]{+new+}``, elided words dimmed."""
    out = []
    for run in runs:
        if run.kind in ("removed", "changed"):
            out.append(paint("del", f"[-{run.old.strip()}-]"))
        if run.kind in ("added", "changed"):
            out.append(paint("ins", f"{{+{run.new.strip()}+}}"))
        if run.kind in ("gap", "elided"):
            out.append(paint("dim", run.text))
        elif run.kind == "same":
            out.append(printable(run.text, keep_lines=True))
    return "".join(out).strip()


__all__ = ["QUOTE_STYLE", "QuoteReport", "render_quotes", "render_text"]
