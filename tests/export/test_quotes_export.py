"""Quotes in the exports: the JSON ``quotes`` array, the terminal report of `versus quotes`,
and the HTML page's Quotes section.

The quotes are built by hand on literal texts (``quoted_pair`` in tests/present/test_quotes.py)
with real offsets and word ops, as the quote engine would give them.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

from reader.export.json_export import quote_dict, quotes_to_dict, quotes_to_json, to_dict, to_json
from tests.present.test_quotes import quoted_pair

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
