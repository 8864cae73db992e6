"""One comparison, three renderings, the same marks.

A small literal pair holds every kind of difference: a replacement, a pure deletion, a pure
insertion, a replacement whose right side is blank (", " became two spaces: compared with
white space counted), a moved sentence with a changed word, a deleted and an inserted
sentence, and page clutter. It is rendered as HTML, as the terminal summary, as the reader's
spans, and in a real comparison widget; each rendering is read back into "this character of
this side is shown as this kind", over the characters of every sentence, and all must agree.

The terminal's ``[-…-]``/``{+…+}`` cannot tell a removal from a replacement (as in
``git diff --word-diff``), so there marked words are compared as "marked"; and it counts
clutter without listing it.
"""

from __future__ import annotations

import os
import re
from html.parser import HTMLParser

import pytest

from reader.core import Comparison, Document, Options, compare
from reader.export.html_export import render_html
from reader.export.text_export import render_text
from reader.present.rows import pieces, sentence_numbers
from reader.present.spans import build_view_data

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before pytest-qt makes the application

LEFT = ("Мэр города открыл новый мост через реку вчера утром. "
        "Строительство шло целых три года и обошлось в два миллиарда рублей.\n"
        "Жители давно ждали этого события, прежде всего водители.\n"
        "Погода в день открытия была солнечной и тёплой.\n"
        "Движение по мосту начнётся в понедельник. Старый паром закроют через месяц.\n"
        "Фото: пресс-служба мэрии\n")
RIGHT = ("Погода в день открытия была солнечной и жаркой.\n"
         "Мэр города торжественно открыл новый мост через реку вчера вечером. "
         "Строительство шло три года и обошлось в два миллиарда рублей.\n"
         "Жители давно ждали этого события  прежде всего водители.\n"
         "Движение по мосту начнётся в понедельник. Это первый мост в городе за двадцать лет.\n")

Marks = dict[str, dict[int, str | None]]  # side -> offset of a sentence character -> kind


@pytest.fixture(scope="module")
def comparison() -> Comparison:
    return compare(Document.from_text(LEFT, "left.txt"), Document.from_text(RIGHT, "right.txt"),
                   Options(ignore_whitespace=False))


def _blank(comparison: Comparison) -> Marks:
    """Every sentence character of both sides, unmarked."""
    return {which: {i: None for seg in comparison.side(which).segments if seg.kind == "sentence"
                    for i in range(seg.start, seg.end)}
            for which in ("left", "right")}


def runs(marks: Marks, comparison: Comparison) -> list[tuple[str, str, str | None]]:
    """Marks as readable runs ``(side, text, kind)``, so a failing assertion shows the words."""
    out: list[tuple[str, str, str | None]] = []
    for which in ("left", "right"):
        text = comparison.side(which).document.text
        last = None
        for i, kind in sorted(marks[which].items()):
            if last is not None and i == last + 1 and out[-1][2] == kind:
                out[-1] = (which, out[-1][1] + text[i], kind)
            else:
                out.append((which, text[i], kind))
            last = i
    return out


def _at(text: str, word: str, which: int = 0) -> range:
    start = [m.start() for m in re.finditer(re.escape(word), text)][which]
    return range(start, start + len(word))


# ---------------------------------------------------------------- the reader's spans

def span_marks(comparison: Comparison) -> Marks:
    data = build_view_data(comparison)
    out = _blank(comparison)
    for which in ("left", "right"):
        for span in data.side(which).spans:
            for i in range(span.start, span.end):
                if i in out[which]:  # the space between two sentences is not compared
                    out[which][i] = span.kind
    return out


def test_the_literal_pair_holds_every_kind(comparison):
    marks = span_marks(comparison)
    left, right = marks["left"], marks["right"]
    assert {left[i] for i in _at(LEFT, "утром")} == {"changed"}
    assert {right[i] for i in _at(RIGHT, "вечером")} == {"changed"}
    assert {right[i] for i in _at(RIGHT, "торжественно ")} == {"added"}
    assert {left[i] for i in _at(LEFT, "целых ")} == {"removed"}
    # the rule: a replacement with a blank side is a removal, and blank text is never marked
    assert {left[i] for i in _at(LEFT, "события, ")[7:]} == {"removed"}
    assert {right[i] for i in _at(RIGHT, "события  ")[7:]} == {None}
    assert {left[i] for i in _at(LEFT, "Погода в день")} == {"moved"}
    assert {left[i] for i in _at(LEFT, "тёплой")} == {"changed"}
    assert {left[i] for i in _at(LEFT, "Старый паром закроют через месяц.")} == {"removed"}
    assert {right[i] for i in _at(RIGHT, "Это первый мост в городе за двадцать лет.")} == {"added"}
    assert {left[i] for i in _at(LEFT, "Фото: пресс-служба мэрии")} == {"clutter"}
    assert {left[i] for i in _at(LEFT, "Движение по мосту")} == {None}


def test_the_blank_side_of_a_replacement_shows_where_the_words_went(comparison):
    right = comparison.right
    seg = next(s for s in right.segments if RIGHT[s.start:s.end].startswith("Жители"))
    got = [(RIGHT[p.start:p.end], p.kind) for p in pieces(comparison, "right", seg)]
    assert got == [("Жители давно ждали этого события", None), ("", "removed"),
                   ("  прежде всего водители.", None)]


# ---------------------------------------------------------------- HTML

_HTML_STATUS = {"deleted": "removed", "inserted": "added", "moved": "moved", "boilerplate": "clutter"}
_HTML_WORDS = {"del": "removed", "ins": "added", "rep": "changed"}


class _SentenceReader(HTMLParser):
    """Reads the sentence spans (``<span class="s …" id="L3">``) of the page back into marks."""

    def __init__(self, comparison: Comparison):
        super().__init__()
        self.comparison = comparison
        self.marks = _blank(comparison)
        self.stack: list[tuple[str, str | None]] = []  # (tag, kind it gives its text)
        self.which: str | None = None
        self.pos = 0
        self.skip = 0  # inside a moved sentence's ⇄ link

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        classes = (attrs.get("class") or "").split()
        kind = self.stack[-1][1] if self.stack else None
        if tag == "span" and "s" in classes and attrs.get("id", "")[:1] in ("L", "R"):
            self.which = "left" if attrs["id"][0] == "L" else "right"
            self.pos = self.comparison.side(self.which).segments[int(attrs["id"][1:])].start
            kind = next((_HTML_STATUS[c] for c in classes if c in _HTML_STATUS), None)
        elif self.which is not None and tag in ("del", "ins"):
            kind = _HTML_WORDS[classes[0]]
        elif self.which is not None and tag == "a":
            self.skip += 1
        if self.which is not None:
            self.stack.append((tag, kind))

    def handle_endtag(self, tag):
        if self.which is None:
            return
        self.stack.pop()
        if tag == "a":
            self.skip -= 1
        if not self.stack:
            self.which = None

    def handle_data(self, data):
        if self.which is None or self.skip:
            return
        side = self.marks[self.which]
        for k, ch in enumerate(data):
            assert self.comparison.side(self.which).document.text[self.pos + k] == ch
            if self.pos + k in side:
                side[self.pos + k] = self.stack[-1][1]
        self.pos += len(data)


def html_marks(comparison: Comparison) -> Marks:
    reader = _SentenceReader(comparison)
    reader.feed(render_html(comparison))
    return reader.marks


def test_html_marks_what_the_reader_marks(comparison):
    assert runs(html_marks(comparison), comparison) == runs(span_marks(comparison), comparison)


# ---------------------------------------------------------------- terminal

_MARKED = re.compile(r"\[-(.*?)-\]|\{\+(.*?)\+\}")


def _unmark(line: str) -> tuple[str, list[bool]]:
    """A ``[-…-]``/``{+…+}`` line as plain text, and which of its characters were marked."""
    plain, marked, pos = [], [], 0
    for m in _MARKED.finditer(line):
        plain.append(line[pos:m.start()])
        marked += [False] * (m.start() - pos)
        chunk = m.group(1) if m.group(1) is not None else m.group(2)
        plain.append(chunk)
        marked += [True] * len(chunk)
        pos = m.end()
    plain.append(line[pos:])
    marked += [False] * (len(line) - pos)
    return "".join(plain), marked


def _place(text: str, plain: str, marked: list[bool], start: int, kinds: tuple, out: dict) -> int:
    """Lay a one-line rendering back onto ``text`` from ``start``: a run of white space there
    is one space in the rendering. ``kinds`` are (unmarked, marked) kinds; returns where it ends."""
    i = start
    for j, ch in enumerate(plain):
        if ch == " ":
            assert text[i].isspace(), (plain, j)
            while i < len(text) and text[i].isspace():
                if i in out:
                    out[i] = kinds[marked[j]]
                i += 1
        else:
            assert text[i] == ch, (plain, j)
            if i in out:
                out[i] = kinds[marked[j]]
            i += 1
    return i


_HEAD = re.compile(r"^(~ changed|⇄ moved).*, sentence (\d+) → (\d+)$|^([-+]) (?:deleted: left|inserted: right) "
                   r"sentences? (\d+)")


def text_marks(comparison: Comparison) -> Marks:
    out = _blank(comparison)
    segment_of = {which: {n: i for i, n in sentence_numbers(comparison.side(which)).items()}
                  for which in ("left", "right")}
    starts: dict[str, int] = {}  # where the next listed line of each side begins
    kinds: dict[str, tuple[str | None, str]] = {}  # (unmarked, marked) kinds of the block's lines
    for line in render_text(comparison).split("\n"):
        head = _HEAD.match(line)
        if head and head.group(1):  # a linked pair: its lines hold the whole link
            link = comparison.links[comparison.left.segments[segment_of["left"][int(head.group(2))]].link]
            starts = {"left": link.left_span[0], "right": link.right_span[0]}
            plain = "moved" if head.group(1) == "⇄ moved" else None
            kinds = {"left": (plain, "marked"), "right": (plain, "marked")}
        elif head:  # deleted or inserted sentences, one per line
            which, kind = ("left", "removed") if head.group(4) == "-" else ("right", "added")
            first = segment_of[which][int(head.group(5))]
            starts = {which: comparison.side(which).segments[first].start}
            kinds = {which: (kind, kind)}
        elif line.startswith(("  - ", "  + ")):
            which = "left" if line[2] == "-" else "right"
            text = comparison.side(which).document.text
            plain, marked = _unmark(line[4:])
            end = _place(text, plain, marked, starts[which], kinds[which], out[which])
            while end < len(text) and text[end].isspace():  # a deleted sentence's next line
                end += 1
            starts[which] = end
    return out


def terminal_resolution(comparison: Comparison) -> Marks:
    """The reader's spans at the terminal's resolution: words in a linked sentence are only
    "marked" (``[-…-]`` on the left, ``{+…+}`` on the right), and clutter is not listed."""
    out = _blank(comparison)
    for which in ("left", "right"):
        for span in build_view_data(comparison).side(which).spans:
            kind = "marked" if not span.sentence else (None if span.kind == "clutter" else span.kind)
            for i in range(span.start, span.end):
                if i in out[which]:
                    out[which][i] = kind
    return out


def test_the_terminal_marks_what_the_reader_marks(comparison):
    assert runs(text_marks(comparison), comparison) == runs(terminal_resolution(comparison), comparison)
    assert "события прежде" in render_text(comparison)  # no {+ +} around the blank side


# ---------------------------------------------------------------- the comparison widget

def test_the_widget_paints_what_the_spans_say(comparison, qtbot):
    from reader.ui.compare.view import CompareView

    view = CompareView()
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.set_show_boilerplate(True)
    view.set_documents(comparison.left.document, comparison.right.document, "left", "right")
    view.show_data(build_view_data(comparison))
    view.finish_applying()
    painted = _blank(comparison)
    for which, pane in (("left", view.left), ("right", view.right)):
        for i in painted[which]:
            painted[which][i] = pane.kind_at(i)
    assert runs(painted, comparison) == runs(span_marks(comparison), comparison)
