"""Quotes in the exports: the JSON ``quotes`` array, the terminal report of `versus quotes`,
and the HTML page's Quotes section.

The quotes are built by hand on literal texts (``quoted_pair`` in tests/present/test_quotes.py)
with real offsets and word ops, as the quote engine would give them.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

from reader.core.model import Quote, QuoteSource
from reader.core.worddiff import word_ops
from reader.export.html_export import render_html
from reader.export.json_export import quote_dict, quotes_to_dict, quotes_to_json, to_dict, to_json
from reader.export.text_export import render_quotes
from tests.export.test_html_export import Node, parse
from tests.export.test_html_export import test_content_security_policy_allows_nothing_external as csp_holds
from tests.present.test_quotes import find, quoted_pair

ROOT = Path(__file__).resolve().parents[2]
QUOTE = ["index", "side", "start", "end", "parts", "speaker", "verb", "status", "source", "removed", "added",
         "marked_cuts", "attribution_changed", "counterpart", "joins_apart", "ops"]
SOURCE = ["side", "start", "end", "quoted"]


# ---------------------------------------------------------------- JSON

def test_json_without_quotes_is_the_old_bytes_plus_an_empty_quotes_key(make_pair):
    c = make_pair("Мы обсудили методы работы.", "Мы обсудили меры работы.")
    assert c.quotes == ()
    old = {key: value for key, value in to_dict(c).items() if key != "quotes"}
    old_text = json.dumps(old, ensure_ascii=False, indent=2) + "\n"
    assert to_json(c) == old_text[:-3] + ',\n  "quotes": []\n}\n'
    assert list(json.loads(to_json(c)))[-1] == "quotes"


def test_json_quote_entries():
    c = quoted_pair()
    data = json.loads(to_json(c))
    assert data["schema"] == "versus-comparison/1"  # adding a key keeps the schema
    quotes = data["quotes"]
    assert [list(q) for q in quotes] == [QUOTE] * 7
    assert [list(q["source"]) for q in quotes if q["source"]] == [SOURCE] * 5
    left, right = data["left"]["text"], data["right"]["text"]
    altered = quotes[4]
    assert {k: altered[k] for k in QUOTE if k != "ops"} == {
        "index": 4, "side": "right", "start": 17, "end": 56, "parts": [[17, 56]],
        "speaker": "Министр", "verb": "заявил", "status": "altered",
        "source": {"side": "left", "start": 17, "end": 70, "quoted": True},
        "removed": ["решительно", "уже", "в", "этом", "году"], "added": ["окончательно"], "marked_cuts": [],
        "attribution_changed": True, "counterpart": 0, "joins_apart": False,
    }
    assert right[altered["start"]:altered["end"]] == "Мы окончательно изменим систему налогов"
    assert left[altered["source"]["start"]:altered["source"]["end"]] == \
        "Мы решительно изменим систему налогов уже в этом году"
    changes = [(op["tag"], left[op["left_start"]:op["left_end"]], right[op["right_start"]:op["right_end"]])
               for op in altered["ops"] if op["tag"] != "equal"]
    assert changes == [("replace", "решительно", "окончательно"), ("delete", "уже в этом году", "")]
    two_parts = quotes[5]
    assert [right[a:b] for a, b in two_parts["parts"]] == ["Денег", "хватит"]
    assert (two_parts["status"], two_parts["counterpart"]) == ("verbatim", 3)
    assert [(q["side"], q["status"], q["source"]) for q in quotes if q["source"] is None] == \
        [("left", "dropped", None), ("right", "no source", None)]
    assert quotes[1]["source"]["quoted"] is False  # reported speech
    assert [q["index"] for q in quotes] == list(range(7))


def test_json_quotes_round_trip_the_model():
    c = quoted_pair()
    for q, data in zip(c.quotes, to_dict(c)["quotes"]):
        assert data == quote_dict(q)
        assert data["parts"] == [list(p) for p in q.parts]
        assert [tuple(op.values()) for op in data["ops"]] == \
            [(op.tag, op.left_start, op.left_end, op.right_start, op.right_end) for op in q.ops]


def test_quotes_json_is_the_file_names_and_the_quotes():
    c = quoted_pair()
    text = quotes_to_json(c)
    assert text.endswith("}\n") and "\\u" not in text
    data = json.loads(text)
    assert list(data) == ["left", "right", "quotes"]
    assert (data["left"], data["right"]) == ("left.txt", "right.txt")
    assert data == quotes_to_dict(c)
    assert data["quotes"] == to_dict(c)["quotes"]


def test_every_quote_key_is_documented():
    doc = (ROOT / "docs" / "json-schema.md").read_text(encoding="utf-8")
    section = doc[doc.index("## quote"):doc.index("## Example")]
    for key in QUOTE + SOURCE:
        assert f"`{key}`" in section, key
    for status in ("verbatim", "altered", "no source", "kept", "reported", "dropped"):
        assert f'`"{status}"`' in section, status
    assert "| `quotes`" in doc[doc.index("## Top level"):doc.index("## options")]
    assert "versus quotes A B --format json" in section


def test_no_quotes_gives_an_empty_array():
    c = dataclasses.replace(quoted_pair(), quotes=())
    assert quotes_to_dict(c)["quotes"] == [] and to_dict(c)["quotes"] == []


# ---------------------------------------------------------------- terminal (versus quotes)

def test_terminal_report_without_quotes(make_pair):
    assert render_quotes(make_pair("Один тут.", "Два тут.")) == (
        "versus quotes: left.txt → right.txt\n"
        "  right: right.txt, no quotes\n"
        "  left:  left.txt, no quotes\n"
        "\n"
        "No direct quotes found in either version.\n")


def test_terminal_report_shortens_long_quotes_and_shows_changes_in_context(make_pair):
    words = " ".join(f"слово{n}" for n in range(40))
    left_text = f"Он сказал: «{words} старое {words}»."
    right_text = f"Он сказал: «{words} новое {words}»."
    c = make_pair(left_text, right_text)
    (l0, l1), (r0, r1) = find(left_text, f"{words} старое {words}"), find(right_text, f"{words} новое {words}")
    ops = word_ops(c.left.document.text, (l0, l1), c.right.document.text, (r0, r1), c.options)
    c = dataclasses.replace(c, quotes=(
        Quote(0, "left", l0, l1, ((l0, l1),), "Он", "сказал", "altered", QuoteSource("right", r0, r1, True), ops=ops,
              counterpart=1, removed=("старое",), added=("новое",)),
        Quote(1, "right", r0, r1, ((r0, r1),), "Он", "сказал", "altered", QuoteSource("left", l0, l1, True), ops=ops,
              counterpart=0, removed=("старое",), added=("новое",))))
    block = render_quotes(c).split("\n\n")[1].split("\n")
    assert block[0] == "altered: Он сказал (right sentence 1)"
    assert block[1].startswith("  quote:  «слово0 слово1 ") and block[1].endswith("…»")
    assert len(block[1]) <= len("  quote:  «»") + 100
    assert block[2].startswith("  source: «слово0 ") and block[2].endswith("…» (left sentence 1)")
    assert block[3] == "  words:  … слово36 слово37 слово38 слово39 [-старое-]{+новое+} слово0 слово1 слово2 слово3 …"
    assert block[4] == "  1 word cut; 1 word added"


# ---------------------------------------------------------------- HTML

def quotes_section(html: str) -> Node:
    sections = [n for n in parse(html).find_all("section") if n.attrs.get("id") == "quotes"]
    assert len(sections) == 1
    return sections[0]


def squash(text: str) -> str:
    return " ".join(text.split())


def test_html_quotes_section_comes_after_the_statistics_before_the_columns():
    html = render_html(quoted_pair())
    assert html.index("<table class=\"stats\">") < html.index("<section class=\"quotes\"") < html.index("<div class=\"compare\">")
    section = quotes_section(html)
    assert squash(section.find_all("h2")[0].text()) == \
        "Quotes right version: 3 quotes (1 verbatim, 1 altered, 1 no source) · " \
        "left version: 4 quotes (1 kept, 1 altered, 1 reported, 1 dropped)"
    assert [squash(h.text()) for h in section.find_all("h3")] == ["Quotes of the left version no longer quoted"]


def test_html_lists_each_quote_with_its_verdict_speaker_words_source_and_sentence():
    html = render_html(quoted_pair())
    doc = parse(html)
    items = quotes_section(html).find_all("li", "quote")
    shown = [(item.attrs["id"], sorted(item.classes - {"quote"}), item.find_all(cls="badge")[0].text(),
              item.find_all(cls="who")[0].text(), item.find_all("a", "goto")[0].attrs["href"]) for item in items]
    assert shown == [
        ("q4", ["changed"], "altered", "Министр заявил", "#R0"),
        ("q5", ["same"], "verbatim", "губернатор заверил", "#R6"),
        ("q6", ["added"], "no source", "Глава района сказал", "#R8"),
        ("q1", ["moved"], "reported", "Мэр добавил", "#L4"),
        ("q2", ["removed"], "dropped", "Директор завода сказал", "#L6"),
    ]
    assert items[0].find_all(cls="badge")[0].attrs["title"] == "words changed against the left version"
    ids = {n.attrs["id"]: n for n in doc.iter() if "id" in n.attrs}
    texts = [squash(item.find_all("blockquote")[0].text()) for item in items]
    for item, text in zip(items, texts):  # each link leads to the sentence holding the quote
        sentence = ids[item.find_all("a", "goto")[0].attrs["href"][1:]]
        assert "s" in sentence.classes
        assert text.strip("«»").split(" ")[0] in sentence.text()
    assert texts == ["«Мы решительно→окончательно изменим систему налогов уже в этом году»", "«Денег … хватит»",
                     "«Дорогу построят к лету»", "«Мост откроют весной»", "«Мы запустим линию в мае»"]
    sources = [squash(item.find_all(cls="qsrc")[0].text()) for item in items]
    assert sources == [
        "source: «Мы решительно изменим систему налогов уже в этом году» left sentence 1",
        "source: «Денег хватит» left sentence 5",
        "Its words are not in the left version.",
        "in the right version, unquoted: мост откроют весной right sentence 3",
        "Neither quoted nor reported in the right version.",
    ]
    facts = [squash(f.text()) for item in items for f in item.find_all(cls="qfacts")]
    assert facts == ["5 words cut; 1 word added; attribution changed"]


def test_html_marks_the_words_changed_like_the_columns():
    item = quotes_section(render_html(quoted_pair())).find_all("li", "quote")[0]
    quote = item.find_all("blockquote")[0]
    assert quote.attrs["lang"] == "ru"
    marks = [(n.tag, sorted(n.classes), n.text()) for n in quote.iter() if n.tag in ("del", "ins")]
    assert marks == [("del", ["rep"], "решительно"), ("ins", ["rep"], "окончательно"),
                     ("del", ["del"], "уже в этом году")]
    gap = quotes_section(render_html(quoted_pair())).find_all("li", "quote")[1].find_all(cls="qgap")
    assert [(g.text(), g.attrs["title"]) for g in gap] == [(" … ", "the quote is interrupted here")]


def test_html_without_quotes_has_no_quotes_section(make_pair):
    c = make_pair("Мы обсудили методы работы.", "Мы обсудили меры работы.")
    html = render_html(c)
    assert "class=\"quotes\"" not in html and "id=\"quotes\"" not in html and "Quotes" not in html


def test_html_escapes_quotes_speakers_and_sources(make_pair):
    left = "Он сказал: «Код <script>alert(1)</script> & <b>жирный</b> тут»."
    right = "<i>Иван</i> сказал: «Код <script>alert(2)</script> & <b>жирный</b> там»."
    c = make_pair(left, right)
    (l0, l1), (r0, r1) = find(left, "Код <script>alert(1)</script> & <b>жирный</b> тут"), \
        find(right, "Код <script>alert(2)</script> & <b>жирный</b> там")
    ops = word_ops(c.left.document.text, (l0, l1), c.right.document.text, (r0, r1), c.options)
    c = dataclasses.replace(c, quotes=(
        Quote(0, "left", l0, l1, ((l0, l1),), "Он", "сказал", "altered", QuoteSource("right", r0, r1, True), ops=ops),
        Quote(1, "right", r0, r1, ((r0, r1),), "<i>Иван</i>", "<em>сказал</em>", "altered",
              QuoteSource("left", l0, l1, True), ops=ops)))
    html = render_html(c)
    doc = parse(html)
    assert doc.find_all("b") == [] and doc.find_all("i") == [] and doc.find_all("em") == []
    assert len(doc.find_all("script")) == 1 and "alert" not in doc.find_all("script")[0].text()
    item = quotes_section(html).find_all("li", "quote")[0]
    assert item.find_all(cls="who")[0].text() == "<i>Иван</i> <em>сказал</em>"
    assert "<script>alert(" in item.find_all("blockquote")[0].text()
    assert "& <b>жирный</b>" in item.find_all(cls="qsrc")[0].text()
    csp_holds(c)


def test_html_with_quotes_is_still_self_contained_with_print_and_dark_styles():
    c = quoted_pair()
    csp_holds(c)
    css = "".join(s.text() for s in parse(render_html(c)).find_all("style"))
    dark = css[css.index("@media (prefers-color-scheme: dark)"):css.index("* { box-sizing")]
    assert "--qnew-bg" in dark and "--same" in dark
    assert ".quote { break-inside: avoid; }" in css[css.index("@media print"):]
    assert render_html(c) == render_html(c)


# ---------------------------------------------------------------- the sample pair, quotes found by compare()

def sample_quotes(comparison):
    assert comparison.quotes, "compare() found no quotes in the sample pair"
    return comparison


def test_sample_json_has_the_scraped_versions_three_quotes(sample_comparison):
    c = sample_quotes(sample_comparison)
    data = json.loads(to_json(c))
    right = [q for q in data["quotes"] if q["side"] == "right"]
    assert len(right) == 3
    text = data["right"]["text"]
    assert [text[q["start"]:q["end"]].split()[:2] for q in right] == \
        [["Ребрендинг", "партии"], ["Сетевые", "графики,"], ["Партии", "нужна"]]
    assert all(q["source"] is not None and q["source"]["side"] == "left" for q in right)
    assert [q["status"] for q in right] == ["altered"] * 3
    assert [q["index"] for q in data["quotes"]] == list(range(len(data["quotes"])))


def test_sample_html_marks_the_words_the_scraped_quotes_changed(sample_comparison):
    c = sample_quotes(sample_comparison)
    items = quotes_section(render_html(c)).find_all("ol", "qlist")[0].find_all("li", "quote")
    assert len(items) == 3
    marks = [[(n.tag, sorted(n.classes), squash(n.text())) for n in item.find_all("blockquote")[0].iter()
              if n.tag in ("del", "ins")] for item in items]
    assert ("del", ["del"], "и не столько") in marks[0]
    assert [m for m in marks[1] if m[2] in ("методы", "меры")] == [("del", ["rep"], "методы"), ("ins", ["rep"], "меры")]
    assert any(tag == "del" and "прежде всего" in words for tag, _, words in marks[2])


def test_sample_terminal_report(sample_comparison):
    out = render_quotes(sample_quotes(sample_comparison))
    assert "  right: 001_1d3a09f0e9c6fa03.txt, 3 quotes (" in out
    assert "[-и не столько-]" in out and "[-методы-]{+меры+}" in out and "прежде всего" in out
