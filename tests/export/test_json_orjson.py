"""The JSON export written by orjson (issue 10): json.dumps's bytes, the characters of ``_UNSAFE``
escaped, wherever orjson would write otherwise (floats, big integers, surrogates, odd keys) too.

The encoder on arbitrary documents is tested in test_export_memory.py
(``test_stream_writes_what_dumps_writes``); here the cases it could miss, one by one."""

from __future__ import annotations

import dataclasses
import json
import math
import random
import struct

import orjson
import pytest

from reader.core import Document, compare
from reader.export import json_export as jx
from reader.export.json_export import Array, quotes_to_dict, quotes_to_json, stream, to_dict, to_json
from tests.present.test_quotes import LEFT, RIGHT, with_quotes


def _expected(document) -> str:
    return jx._UNSAFE.sub(jx._u_escape, json.dumps(document, ensure_ascii=False, indent=2)) + "\n"


def _floats() -> list[float]:
    """Floats of every magnitude, the edges of ``_number``'s range, and random bit patterns."""
    out = [0.0, -0.0, math.nan, math.inf, -math.inf, 1e-4, 1e16, math.nextafter(1e-4, 0), math.nextafter(1e16, 0),
           5e-324, 1.7976931348623157e308]
    for exponent in range(-323, 308):
        for mantissa in (1.0, 1.5, 2.5, 9.999999999999999, 1.2345678901234567):
            out += [mantissa * 10.0 ** exponent, -mantissa * 10.0 ** exponent]
    rng = random.Random(10)
    out += [struct.unpack("<d", struct.pack("<Q", rng.getrandbits(64)))[0] for _ in range(20000)]
    out += [rng.random() * 10.0 ** rng.randint(-6, 17) for _ in range(20000)]  # mostly in range
    out += [round(rng.random(), rng.randint(1, 12)) for _ in range(5000)]  # like similarities and scores
    return out


def test_floats_in_numbers_range_are_written_by_orjson_as_repr():
    """``_number`` lets orjson write a float only where orjson writes ``repr``'s digits."""
    passed = 0
    for x in _floats():
        if jx._number(x) is x:
            assert orjson.dumps(x) == repr(x).encode("ascii"), x
            passed += 1
    assert passed > 10000


def test_every_float_is_written_as_json_writes_it():
    floats = _floats()
    for x in floats[::7] + floats[-300:]:
        document = {"f": x, "list": [x], "items": Array(iter([{"f": jx._number(x)}, [x]]), plain=True)}
        assert "".join(stream(document)) == _expected({"f": x, "list": [x], "items": [{"f": x}, [x]]}), x


@pytest.mark.parametrize("value", [2**64, -(2**63) - 1, 10**30, "\ud800 lone", {"\udfff": 1}, {1: "int key"},
                                   {None: 1, True: 2, 1.5: 3}, math.nan, [math.inf, -math.inf], [1e-05]])
def test_what_orjson_refuses_or_writes_otherwise_is_written_by_json(value):
    """Integers beyond 64 bits, lone surrogates, keys that are not strings, NaN, infinities and
    small floats: the json module writes them (in an Array too, where one item sends its batch to
    json; a plain Array's floats come through ``_number``)."""
    items = [{"n": 1}, value, {"s": "x\x7fy"}]
    plain_items = [{"n": 1}, _numbers(value), {"s": "x\x7fy"}]
    document = {"value": value, "items": Array(iter(plain_items), plain=True), "more": Array(iter(items))}
    assert "".join(stream(document)) == _expected({"value": value, "items": items, "more": items})


def _numbers(value):
    """``value`` with its floats through ``_number``, as a plain Array's items have them."""
    if isinstance(value, float):
        return jx._number(value)
    if isinstance(value, list):
        return [_numbers(v) for v in value]
    if isinstance(value, dict):
        return {k: _numbers(v) for k, v in value.items()}
    return value


def test_unsafe_characters_are_escaped_in_ascii_and_other_batches():
    """DEL in an all-ASCII batch (which skips the full scan), and each unsafe character in text."""
    ascii_only = [{"s": "a\x7fb"}, {"t": "plain"}]
    mixed = [{"s": ch + "ё"} for ch in "\x7f\x80\x9f\u202a\u202e\u2066\u2069\u2028\u2029"]
    got = "".join(stream({"ascii": Array(iter(ascii_only), plain=True), "mixed": Array(iter(mixed), plain=True),
                          "key\u2028": "\x85"}))
    assert got == _expected({"ascii": ascii_only, "mixed": mixed, "key\u2028": "\x85"})
    assert "\\u007f" in got and "\\u2028" in got and "\\u0085" in got
    assert not jx._UNSAFE.search(got)


@pytest.mark.parametrize("depth", range(6))
def test_batches_nest_at_any_depth(depth):
    """A plain Array's batches are cut out of orjson's text nested ``depth`` arrays deep."""
    items = [{"i": i, "sub": [i, {"k": None}], "empty": [], "none": {}} for i in range(jx.BATCH * 2 + 3)]
    document: object = Array(iter(items), plain=True)
    plain: object = items
    for level in range(depth):
        document, plain = {f"k{level}": document, "x": [1.5]}, {f"k{level}": plain, "x": [1.5]}
    assert "".join(stream(document)) == _expected(plain)


def test_empty_and_single_arrays():
    for n in (0, 1, jx.BATCH - 1, jx.BATCH, jx.BATCH + 1):
        items = [[i] for i in range(n)]
        assert "".join(stream({"a": Array(iter(items), plain=True)})) == _expected({"a": items})


@pytest.fixture(scope="module")
def quoted():
    return with_quotes(compare(Document.from_text(LEFT, "left.txt"), Document.from_text(RIGHT, "right.txt")))


@pytest.mark.parametrize("field", ["similarity", "score"])
@pytest.mark.parametrize("value", [1e-05, 1.5e-07, 2.5e-10, 1e16, math.nan, math.inf, -math.inf])
def test_a_link_whose_float_orjson_would_write_otherwise(quoted, field, value):
    assert len(quoted.links) > 1
    links = (dataclasses.replace(quoted.links[0], **{field: value}),) + quoted.links[1:]
    c = dataclasses.replace(quoted, links=links)
    assert to_json(c) == _expected(to_dict(c))


def test_lone_surrogates_in_a_text_and_a_speaker(quoted):
    """A text with a lone surrogate (a file decoded with surrogateescape could give one), a
    quote's speaker with one: json's bytes (orjson refuses them)."""
    c = quoted
    assert c.quotes
    quotes = (dataclasses.replace(c.quotes[0], speaker="Иван \udc80"),) + c.quotes[1:]
    left = dataclasses.replace(c.left, document=dataclasses.replace(c.left.document, text=c.left.document.text
                                                                    + "\udcff"))
    c = dataclasses.replace(c, quotes=quotes, left=left)
    assert to_json(c) == _expected(to_dict(c))
    assert quotes_to_json(c) == _expected(quotes_to_dict(c))


def test_iter_json_matches_the_dicts_of_to_dict(sample_comparison, moved_comparison, quoted):
    """``iter_json`` builds its own records (tuples, floats through ``_number``): the same JSON."""
    for c in (sample_comparison, moved_comparison, quoted):
        assert to_json(c) == _expected(to_dict(c))
        assert quotes_to_json(c) == _expected(quotes_to_dict(c))
