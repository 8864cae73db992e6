"""JSON export of a Comparison: schema ``versus-comparison/1`` (documented in docs/json-schema.md).

Keys are written in a fixed order (not sorted: the order reads top-down like the document),
with ``ensure_ascii=False`` and an indent of 2, so the same comparison always gives the same
bytes. Offsets are Python ``str`` indices, that is Unicode code points into ``text``.

The text is ``json.dumps(..., ensure_ascii=False, indent=2)``'s, byte for byte (but for the
characters of ``_UNSAFE``, escaped). orjson writes the records, a few dozen at a time (the
1 MB test pair's 7.6 MB of JSON in about an eighth of the json module's time); where orjson would
write other bytes (floats it formats otherwise, integers beyond 64 bits, lone surrogates, keys
that are not strings) the json module writes that part, and all of it when orjson is missing.
The documents' texts are json's C string encoder's (as fast, and sized exactly).
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import fields
from itertools import islice
from json.encoder import encode_basestring
from typing import Any

from reader import __version__
from reader.core.model import Comparison, Link, Quote, Segment, Side, Stats, WordOp
from reader.core.options import Options

# orjson, imported when a JSON text is first written (`versus compare` imports this module for
# SCHEMA whatever the format; orjson takes some 4 ms to import); None when it is not installed.
_UNLOADED: Any = object()
orjson: Any = _UNLOADED


def _orjson() -> Any:
    global orjson
    if orjson is _UNLOADED:
        try:
            import orjson as module
        except ImportError:  # pragma: no cover - orjson has wheels for every platform Versus runs on
            module = None
        orjson = module
    return orjson

SCHEMA = "versus-comparison/1"


def generator() -> str:
    return f"versus {__version__}"


class Array:
    """A JSON array written one item at a time by ``iter_json``: ``items`` is only iterated.

    ``plain`` promises that no item holds an ``Array`` or a float outside ``_number``'s range
    (the arrays of ``iter_json`` are), so they are written many at a time without a look inside."""

    def __init__(self, items: Iterable, *, plain: bool = False):
        self.items = items
        self.plain = plain


# How the arrays of a document are made: ``list`` for ``to_dict``, ``Array`` for ``iter_json``.
Arrays = Callable[[Iterable], "list | Array"]


def _document(comparison: Comparison, array: Arrays) -> dict:
    return {
        "schema": SCHEMA,
        "generator": generator(),
        "offsets": "unicode-code-points",
        "options": _options(comparison.options),
        "left": _side(comparison.left, array),
        "right": _side(comparison.right, array),
        "links": array(_link(link) for link in comparison.links),
        "stats": _stats(comparison.stats),
        "quotes": array(quote_dict(q) for q in comparison.quotes),
    }


def to_dict(comparison: Comparison) -> dict:
    """The comparison as plain JSON types, keys in schema order."""
    return _document(comparison, list)


def to_json(comparison: Comparison) -> str:
    """The JSON text (ending with a newline)."""
    return "".join(iter_json(comparison))


def iter_json(comparison: Comparison) -> Iterator[str]:
    """``to_json``'s text in pieces, one text or a few dozen segments, links or quotes at a time,
    so a large comparison is written without its whole document in memory
    (``reader.export.write_export``)."""
    if _orjson() is None:
        return stream(_document(comparison, Array))
    return stream({
        "schema": SCHEMA,
        "generator": generator(),
        "offsets": "unicode-code-points",
        "options": _options(comparison.options),
        "left": _side(comparison.left, _plain_array),
        "right": _side(comparison.right, _plain_array),
        "links": Array(map(_link_record, comparison.links), plain=True),
        "stats": _stats(comparison.stats),
        "quotes": Array(map(_quote_record, comparison.quotes), plain=True),
    })


def _plain_array(items: Iterable) -> Array:
    return Array(items, plain=True)


# ---------------------------------------------------------------- the streaming encoder

# Characters JSON may hold raw but a terminal acts on: C1 controls (U+0080–U+009F, e.g. CSI),
# bidi embeddings, overrides and isolates, line and paragraph separators. They are written as
# \uXXXX escapes, the same string once parsed; json already escapes the C0 controls. No such
# character is JSON syntax, so every one found in the text is inside a string.
_UNSAFE = re.compile("[\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029]")


def _u_escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


_INDENTED = json.JSONEncoder(ensure_ascii=False, indent=2)
_SCALAR = (str, int, float, bool, type(None))
BATCH = 64  # items of a plain Array written by one orjson call


@functools.lru_cache(maxsize=16)
def _flat_encoder(pad: str) -> json.JSONEncoder:
    """An encoder of a dict of scalars laid out ``pad`` deep: json's C encoder, with the line
    break and the indent in the item separator (json only uses the C encoder without indent)."""
    return json.JSONEncoder(ensure_ascii=False, separators=(",\n" + pad + "  ", ": "))


def _json_encode(value, pad: str) -> str:
    """``value`` as ``json.dumps(..., ensure_ascii=False, indent=2)`` writes it ``pad`` deep.

    A JSON string never holds a raw line feed, so every line feed of the encoding is a line
    break of the layout, and indenting it by ``pad`` nests the value."""
    if isinstance(value, dict) and value and all(isinstance(v, _SCALAR) for v in value.values()):
        inner = _flat_encoder(pad).encode(value)  # '{"a": 1,\n<pad>  "b": 2}'
        text = "{\n" + pad + "  " + inner[1:-1] + "\n" + pad + "}"
    else:
        text = _INDENTED.encode(value)
        if pad:
            text = text.replace("\n", "\n" + pad)
    return _UNSAFE.sub(_u_escape, text)


class _Exact(float):
    """A float that orjson would write otherwise than json (which writes ``float.__repr__``):
    orjson refuses a float subclass, so the json module writes the part that holds it."""


def _number(x: float) -> float:
    """``x``, or an ``_Exact`` of it when orjson would not write ``repr(x)``: orjson writes a
    finite float as Python does from 1e-4 up (it writes 1e-05 as 0.00001, 1e-07 as 1e-7, NaN
    and infinities as null, where json writes NaN and Infinity)."""
    return x if 1e-4 <= abs(x) < 1e16 or x == 0 else _Exact(x)


def _plain(value) -> bool:
    """Whether orjson writes ``value`` as json does, if it writes it at all: it holds no
    ``Array`` and no float outside ``_number``'s range. (What orjson refuses, it raises on.)"""
    if isinstance(value, str):
        return True
    if isinstance(value, float):
        return _number(value) is value
    if isinstance(value, dict):
        return all(_plain(v) for v in value.values())
    if isinstance(value, (list, tuple)):
        return all(_plain(v) for v in value)
    return not isinstance(value, Array)


def _decoded(data: bytes) -> str:
    """orjson's UTF-8 as text, the characters of ``_UNSAFE`` escaped."""
    if data.isascii():
        return _UNSAFE.sub(_u_escape, data.decode()) if b"\x7f" in data else data.decode()
    return _UNSAFE.sub(_u_escape, data.decode())


def _encode(value, pad: str) -> str:
    """``value`` as ``json.dumps(..., ensure_ascii=False, indent=2)`` writes it ``pad`` deep
    (escaping ``_UNSAFE``): orjson's bytes where they are the same, else json's. A string is
    json's C encoder's (about as fast, and it sizes its output exactly where orjson reserves
    over ten bytes a character: a document's text is written in the memory of its JSON)."""
    if isinstance(value, str):
        return _UNSAFE.sub(_u_escape, encode_basestring(value))
    oj = _orjson()
    if oj is not None and _plain(value):
        try:
            data = oj.dumps(value, option=oj.OPT_INDENT_2)
        except oj.JSONEncodeError:
            pass
        else:
            if pad and b"\n" in data:
                data = data.replace(b"\n", b"\n" + pad.encode())
            return _decoded(data)
    return _json_encode(value, pad)


def _items(oj: Any, batch: list, level: int) -> str | None:
    """The items of ``batch`` as an array ``level`` deep writes them (by ``oj``, orjson), from the
    line break before the first to the end of the last; None when orjson cannot write them as
    json would.

    orjson indents from the left margin only, so the batch is put ``level`` arrays deep and cut
    out of them: ``[`` and a line break plus an indent per level before it, a line break, an
    indent and ``]`` per level after it."""
    wrapped: object = batch
    for _ in range(level):
        wrapped = [wrapped]
    try:
        data = oj.dumps(wrapped, option=oj.OPT_INDENT_2)
    except oj.JSONEncodeError:
        return None
    # before: "[\n" + "  " * (i + 1) for i < level, then the batch's own "["
    # after: the batch's "\n" + "  " * level + "]", then "\n" + "  " * i + "]" for i < level
    head = level * (level + 3) + 1
    tail = level * (level + 1) + 2 * level + 2
    return _decoded(data[head:len(data) - tail])


def stream(document) -> Iterator[str]:
    """The text of ``json.dumps(document, ensure_ascii=False, indent=2) + "\\n"`` in pieces, byte for
    byte (but for the characters of ``_UNSAFE``, escaped), where an ``Array`` is drawn one item
    (or for a plain one, one batch of items) at a time. Dicts are walked key by key; any other
    value is encoded whole."""
    yield from _chunks(document, 0)
    yield "\n"


def _lazy(value) -> bool:
    """Whether ``value`` is or holds an ``Array``."""
    if isinstance(value, Array):
        return True
    if isinstance(value, dict):
        return any(_lazy(v) for v in value.values())
    if isinstance(value, (list, tuple)):
        return any(_lazy(v) for v in value)
    return False


def _chunks(value, level: int) -> Iterator[str]:
    pad = "  " * level
    if isinstance(value, Array):
        yield from _array(value, level)
    elif isinstance(value, (list, tuple)) and _lazy(value):
        opened = False
        for item in value:
            yield ("," if opened else "[") + "\n  " + pad
            opened = True
            yield from _chunks(item, level + 1)
        yield "\n" + pad + "]" if opened else "[]"
    elif isinstance(value, dict) and _lazy(value):
        opened = False
        for key, item in value.items():
            yield ("," if opened else "{") + "\n  " + pad + _encode(key, "") + ": "
            opened = True
            yield from _chunks(item, level + 1)
        yield "\n" + pad + "}"
    else:
        yield _encode(value, pad)


def _array(array: Array, level: int) -> Iterator[str]:
    """An ``Array``'s text: ``BATCH`` items by one orjson call where it writes them as json does,
    else item by item."""
    pad = "  " * level
    opened = False
    items = iter(array.items)
    oj = _orjson()
    while batch := list(islice(items, BATCH if oj is not None else 1)):
        if oj is not None and (array.plain or all(_plain(item) for item in batch)):
            text = _items(oj, batch, level)
            if text is not None:
                yield ("," if opened else "[") + text
                opened = True
                continue
        for item in batch:
            yield ("," if opened else "[") + "\n  " + pad
            opened = True
            yield from _chunks(item, level + 1)
    yield "\n" + pad + "]" if opened else "[]"


# ---------------------------------------------------------------- the records

def _options(options: Options) -> dict:
    return {f.name: getattr(options, f.name) for f in fields(options)}


def _segment(seg: Segment) -> dict:
    return {
        "index": seg.index,
        "start": seg.start,
        "end": seg.end,
        "kind": seg.kind,
        "status": seg.status,
        "paragraph": seg.paragraph,
        "link": seg.link,
    }


def _side(side: Side, array: Arrays = list) -> dict:
    doc = side.document
    return {
        "name": doc.name,
        "path": doc.path,
        "encoding": doc.encoding,
        "newline": doc.newline,
        "size": doc.size,
        "length": len(doc.text),
        "title": side.title,
        "text": doc.text,
        "segments": array(map(_segment, side.segments)),
    }


def _link(link: Link) -> dict:
    record = _link_record(link)
    record.update(similarity=link.similarity, score=link.score,
                  **{key: list(record[key]) for key in ("left", "right", "left_span", "right_span")})
    return record


def _link_record(link: Link) -> dict:
    """``_link(link)`` as ``iter_json`` hands it to orjson: tuples where it has lists, the floats
    through ``_number``."""
    return {
        "index": link.index,
        "kind": link.kind,
        "changed": link.changed,
        "similarity": _number(link.similarity),
        "score": _number(link.score),
        "left": link.left,
        "right": link.right,
        "left_span": link.left_span,
        "right_span": link.right_span,
        "ops": _ops(link.ops),
    }


def _ops(ops: tuple[WordOp, ...]) -> list[dict]:
    return [{"tag": op.tag, "left_start": op.left_start, "left_end": op.left_end,
             "right_start": op.right_start, "right_end": op.right_end} for op in ops]


def quote_dict(q: Quote) -> dict:
    """One quote (docs/json-schema.md, "quote"), keys in schema order."""
    record = _quote_record(q)
    for key in ("removed", "added", "marked_cuts"):
        record[key] = list(record[key])
    record["parts"] = [list(part) for part in q.parts]
    return record


def _quote_record(q: Quote) -> dict:
    """``quote_dict(q)`` as ``iter_json`` hands it to orjson: tuples where it has lists (the
    same JSON, made without copying)."""
    source = None
    if q.source is not None:
        source = {"side": q.source.side, "start": q.source.start, "end": q.source.end, "quoted": q.source.quoted}
    return {
        "index": q.index,
        "side": q.side,
        "start": q.start,
        "end": q.end,
        "parts": q.parts,
        "speaker": q.speaker,
        "verb": q.verb,
        "status": q.status,
        "source": source,
        "removed": q.removed,
        "added": q.added,
        "marked_cuts": q.marked_cuts,
        "attribution_changed": q.attribution_changed,
        "counterpart": q.counterpart,
        "joins_apart": q.joins_apart,
        "ops": _ops(q.ops),
    }


def quotes_to_dict(comparison: Comparison) -> dict:
    """What `versus quotes --format json` writes: the two file names and the quotes."""
    return {
        "left": comparison.left.document.name,
        "right": comparison.right.document.name,
        "quotes": [quote_dict(q) for q in comparison.quotes],
    }


def quotes_to_json(comparison: Comparison) -> str:
    """``quotes_to_dict`` as JSON text, written like ``to_json`` (ending with a newline)."""
    if _orjson() is None:
        return "".join(stream(quotes_to_dict(comparison)))
    return "".join(stream({
        "left": comparison.left.document.name,
        "right": comparison.right.document.name,
        "quotes": Array(map(_quote_record, comparison.quotes), plain=True),
    }))


def _stats(stats: Stats) -> dict:
    return {f.name: getattr(stats, f.name) for f in fields(stats)}
