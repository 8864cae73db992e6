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
from reader.export.json_export import quote_dict, quotes_to_dict, quotes_to_json, to_dict, to_json
from reader.export.text_export import render_quotes
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
