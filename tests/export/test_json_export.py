from __future__ import annotations

import json
from dataclasses import fields

from reader import __version__
from reader.core.model import Stats
from reader.core.options import Options
from reader.export.json_export import SCHEMA, to_dict, to_json

TOP = ["schema", "generator", "offsets", "options", "left", "right", "links", "stats", "quotes"]
SIDE = ["name", "path", "encoding", "newline", "size", "length", "title", "text", "segments"]
SEGMENT = ["index", "start", "end", "kind", "status", "paragraph", "link"]
LINK = ["index", "kind", "changed", "similarity", "score", "left", "right", "left_span", "right_span", "ops"]
OP = ["tag", "left_start", "left_end", "right_start", "right_end"]


def test_keys_come_in_the_documented_order(sample_comparison):
    data = json.loads(to_json(sample_comparison))
    assert list(data) == TOP
    assert data["schema"] == SCHEMA == "versus-comparison/1"
    assert data["generator"] == f"versus {__version__}"
    assert data["offsets"] == "unicode-code-points"
    assert list(data["options"]) == [f.name for f in fields(Options)]
    assert list(data["stats"]) == [f.name for f in fields(Stats)]
    for side in ("left", "right"):
        assert list(data[side]) == SIDE
        assert all(list(seg) == SEGMENT for seg in data[side]["segments"])
    assert data["links"]
    for link in data["links"]:
        assert list(link) == LINK
        assert all(list(op) == OP for op in link["ops"])


def test_every_key_is_documented(sample_comparison):
    from pathlib import Path

    doc = (Path(__file__).resolve().parents[2] / "docs" / "json-schema.md").read_text(encoding="utf-8")
    data = to_dict(sample_comparison)
    for key in TOP + SIDE + SEGMENT + LINK + OP + list(data["options"]) + list(data["stats"]):
        assert f"`{key}`" in doc, key


def test_round_trip_matches_the_comparison(sample_comparison):
    c = sample_comparison
    data = json.loads(to_json(c))
    assert data == to_dict(c)
    assert data["options"] == c.options.to_dict()
    assert Options.from_dict(data["options"]) == c.options
    for which in ("left", "right"):
        side, jside = c.side(which), data[which]
        assert jside["text"] == side.document.text
        assert jside["length"] == len(side.document.text)
        assert jside["title"] == side.title
        assert "".join(jside["text"][s["start"]:s["end"]] for s in jside["segments"]) == jside["text"]
        assert [(s["index"], s["start"], s["end"], s["status"], s["link"]) for s in jside["segments"]] == \
               [(s.index, s.start, s.end, s.status, s.link) for s in side.segments]
    assert [(ln["kind"], tuple(ln["left"]), tuple(ln["right"]), len(ln["ops"])) for ln in data["links"]] == \
           [(ln.kind, ln.left, ln.right, len(ln.ops)) for ln in c.links]
    assert data["stats"]["similarity"] == c.stats.similarity


def test_offsets_slice_to_the_changed_words(make_pair):
    data = json.loads(to_json(make_pair("Мы обсудили методы работы.", "Мы обсудили меры работы.")))
    left, right = data["left"]["text"], data["right"]["text"]
    changes = [(op["tag"], left[op["left_start"]:op["left_end"]], right[op["right_start"]:op["right_end"]])
               for link in data["links"] for op in link["ops"] if op["tag"] != "equal"]
    assert changes == [("replace", "методы", "меры")]
    link = data["links"][0]
    assert left[slice(*link["left_span"])] == "Мы обсудили методы работы."
    assert right[slice(*link["right_span"])] == "Мы обсудили меры работы."


def test_offsets_are_code_points_not_bytes_or_utf16(make_pair):
    # an emoji outside the BMP is one code point, two UTF-16 units and four UTF-8 bytes
    data = json.loads(to_json(make_pair("Смайл 😀 и методы.", "Смайл 😀 и меры.")))
    left = data["left"]["text"]
    ops = [op for link in data["links"] for op in link["ops"] if op["tag"] == "replace"]
    assert [left[op["left_start"]:op["left_end"]] for op in ops] == ["методы"]
    assert ops[0]["left_start"] == len("Смайл 😀 и ")


def test_text_is_utf8_not_escaped_and_stable(make_pair):
    c = make_pair("Ёлка «зелёная».", "Ёлка «зелёная».")
    out = to_json(c)
    assert "«зелёная»" in out and "\\u" not in out
    assert out.endswith("}\n") and out.startswith('{\n  "schema": "versus-comparison/1",\n')
    assert to_json(c) == out
