"""What the exports show of hostile text (issue 13, cases 14 and 15).

- The text summary and the quotes report show control characters as visible escapes
  (``reader.core.controls.printable``): only their own colours are escape sequences.
- The HTML page holds no raw control character: article text keeps them as character references
  (the same text for a browser); file names show them as visible escapes; names, titles, speakers
  and sources sit in ``<bdi>``, so a bidi override cannot reorder the text around them.
"""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core import Document, compare
from reader.export.html_export import render_html
from reader.export.text_export import RESET, STYLE, render_quotes, render_text
from tests.export.test_html_export import parse
from tests.present.test_quotes import LEFT, RIGHT, with_quotes

# what printable() escapes, with tab and line feed
CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029]")
RLO = "\u202e"


def _pair(left: str, right: str, left_name: str = "a.txt", right_name: str = "b.txt"):
    return compare(Document.from_text(left, left_name), Document.from_text(right, right_name))


def _without_colours(text: str) -> str:
    for code in (*STYLE.values(), RESET):
        text = text.replace(code, "")
    return text


# ---------------------------------------------------------------- HTML (case 15)

def test_file_names_and_titles_are_isolated_and_show_their_controls():
    c = _pair(f"Заголовок {RLO}обратный\n\nПервое предложение.", "Заголовок\n\nПервое предложение.",
              left_name=f"report{RLO}txt.exe")
    page = render_html(c)
    assert ("<h1>What changed <span class=\"files\"><bdi>report\\u202etxt.exe</bdi> → <bdi>b.txt</bdi></span></h1>"
            in page)
    assert "<title>Versus: report\\u202etxt.exe ↔ b.txt</title>" in page
    left_head = page[page.index("<div class=\"head left\">"):page.index("<div class=\"head right\">")]
    assert left_head == (
        "<div class=\"head left\"><div class=\"which\">left version</div>"
        "<h2 lang=\"ru\"><bdi>Заголовок &#x202e;обратный</bdi></h2>"
        "<div class=\"file\" title=\"report\\u202etxt.exe\"><bdi>report\\u202etxt.exe</bdi> · utf-8 · 76 bytes</div>"
        "</div><div></div>")
    assert not CONTROL.search(page.replace("\n", ""))


def test_article_text_keeps_its_controls_as_character_references():
    left = "Текст \x1b[2J с escape.\nИ\u0085 C1 \x9b31m, и ‮ override."
    c = _pair(left, left)
    page = render_html(c)
    assert not CONTROL.search(page.replace("\n", ""))
    assert "Текст &#x1b;[2J с escape." in page and "C1 &#x9b;31m, и &#x202e; override." in page
    cells = [n for n in parse(page).find_all("div", "cell") if "left" in n.classes]
    assert f"и {RLO} override." in "".join(cell.text() for cell in cells)  # the same text, parsed


def test_speakers_and_sources_of_quotes_are_isolated():
    c = with_quotes(_pair(LEFT, RIGHT, "left.txt", "right.txt"))
    doc = parse(render_html(c))
    items = doc.find_all("li", "quote")
    named = [who for who in (item.find_all(cls="who")[0] for item in items) if "none" not in who.classes]
    assert len(named) >= 3
    assert all([getattr(child, "tag", "#text") for child in who.children] == ["bdi"] for who in named)
    sources = doc.find_all(cls="stext")
    assert sources and all(node.tag == "bdi" for node in sources)


# ---------------------------------------------------------------- terminal text (case 14)

def test_text_summary_shows_escapes_visibly():
    c = _pair("Первое предложение.\nВторое \x1b[2J предложение.", f"Первое предложение.\nВторое {RLO}новое предложение.",
              left_name="a\x1b]0;x\x07.txt")
    out = render_text(c)
    assert out.startswith("versus: a\\x1b]0;x\\x07.txt → b.txt\n  left:  a\\x1b]0;x\\x07.txt (utf-8), 2 sentences: ")
    assert "  - Второе [-\\x1b[2J-] предложение.\n  + Второе {+\\u202eновое+} предложение.\n" in out
    assert not CONTROL.search(out.replace("\n", ""))
    coloured = render_text(c, color=True)
    assert "\x1b[1;31m[-\\x1b[2J-]\x1b[0m" in coloured
    assert not CONTROL.search(_without_colours(coloured).replace("\n", ""))


def test_quotes_report_shows_escapes_visibly():
    c = with_quotes(_pair(LEFT, RIGHT, "le\x9bft.txt", f"ri{RLO}ght.txt"))
    out = render_quotes(c, color=True)
    assert _without_colours(out).startswith("versus quotes: le\\x9bft.txt → ri\\u202eght.txt\n")
    assert not CONTROL.search(_without_colours(out).replace("\n", ""))


def test_quote_words_and_speakers_show_escapes_visibly():
    """A control inside a quote (the right text changed in place, so the quotes keep their offsets)
    and in a speaker: visible in the report, isolated on the page."""
    c = with_quotes(_pair(LEFT, RIGHT, "left.txt", "right.txt"))
    text = c.right.document.text.replace("окончательно", f"оконч{RLO}тельно")
    right = replace(c.right, document=replace(c.right.document, text=text))
    quotes = tuple(replace(q, speaker="Мин\x1b[2Jистр") if q.speaker == "Министр" else q for q in c.quotes)
    c = replace(c, right=right, quotes=quotes)
    out = render_quotes(c, color=True)
    plain = _without_colours(out)
    assert "altered: Мин\\x1b[2Jистр заявил (right sentence 1)\n  quote:  «Мы оконч\\u202eтельно изменим систему налогов»\n" \
        in plain
    assert "  words:  Мы [-решительно-]{+оконч\\u202eтельно+} изменим систему налогов [-уже в этом году-]\n" in plain
    assert not CONTROL.search(plain.replace("\n", ""))
    page = render_html(c)
    assert "<span class=\"who\"><bdi>Мин&#x1b;[2Jистр заявил</bdi></span>" in page
    assert not CONTROL.search(page.replace("\n", ""))


@pytest.mark.parametrize("unified", [False, True])
@settings(max_examples=40, deadline=None)
@given(left=st.text(alphabet="аб .\n\x1b\x07\x9b\u202e\u2066\u2028\r\t", max_size=40),
       right=st.text(alphabet="аб .\n\x1b\x07\x9b\u202e\u2066\u2028\r\t", max_size=40))
def test_no_control_reaches_the_terminal_but_the_colours(unified, left, right):
    c = _pair(left, right)
    for out in (render_text(c, unified=unified), _without_colours(render_text(c, color=True, unified=unified)),
                _without_colours(render_quotes(c, color=True))):
        assert not CONTROL.search(out.replace("\n", "")), out
