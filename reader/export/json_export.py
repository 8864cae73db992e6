"""JSON export of a Comparison: schema ``versus-comparison/1`` (documented in docs/json-schema.md).

Keys are written in a fixed order (not sorted: the order reads top-down like the document),
with ``ensure_ascii=False`` and an indent of 2, so the same comparison always gives the same
bytes. Offsets are Python ``str`` indices, that is Unicode code points into ``text``.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import fields

from reader import __version__
from reader.core.model import Comparison, Link, Quote, Segment, Side, Stats, WordOp
from reader.core.options import Options

SCHEMA = "versus-comparison/1"


def generator() -> str:
    return f"versus {__version__}"


class Array:
    """A JSON array written one item at a time by ``iter_json``: ``items`` is only iterated."""

    def __init__(self, items: Iterable):
        self.items = items


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
    """``to_json``'s text in pieces, one segment, link or quote at a time, so a large comparison
    is written without its whole document in memory (``reader.export.write_export``)."""
    return stream(_document(comparison, Array))


# ---------------------------------------------------------------- the streaming encoder

# Characters JSON may hold raw but a terminal acts on: C1 controls (U+0080–U+009F, e.g. CSI),
# bidi embeddings, overrides and isolates, line and paragraph separators. They are written as
# \uXXXX escapes, the same string once parsed; json already escapes the C0 controls.
_UNSAFE = re.compile("[\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029]")


def _u_escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


_INDENTED = json.JSONEncoder(ensure_ascii=False, indent=2)
_SCALAR = (str, int, float, bool, type(None))


@functools.lru_cache(maxsize=16)
def _flat_encoder(pad: str) -> json.JSONEncoder:
    """An encoder of a dict of scalars laid out ``pad`` deep: json's C encoder, with the line
    break and the indent in the item separator (json only uses the C encoder without indent)."""
    return json.JSONEncoder(ensure_ascii=False, separators=(",\n" + pad + "  ", ": "))


def _encode(value, pad: str) -> str:
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


def stream(document) -> Iterator[str]:
    """The text of ``json.dumps(document, ensure_ascii=False, indent=2) + "\\n"`` in pieces, byte for
    byte (but for the characters of ``_UNSAFE``, escaped), where an ``Array`` is drawn one item
    at a time. Dicts are walked key by key; any other value is encoded whole."""
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
    if isinstance(value, (Array, list, tuple)) and _lazy(value):
        opened = False
        for item in value.items if isinstance(value, Array) else value:
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


def _options(options: Options) -> dict:
    return {f.name: getattr(options, f.name) for f in fields(options)}


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
        "segments": array(_segment(seg) for seg in side.segments),
    }


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


def _link(link: Link) -> dict:
    return {
        "index": link.index,
        "kind": link.kind,
        "changed": link.changed,
        "similarity": link.similarity,
        "score": link.score,
        "left": list(link.left),
        "right": list(link.right),
        "left_span": list(link.left_span),
        "right_span": list(link.right_span),
        "ops": _ops(link.ops),
    }


def _ops(ops: tuple[WordOp, ...]) -> list[dict]:
    return [{"tag": op.tag, "left_start": op.left_start, "left_end": op.left_end,
             "right_start": op.right_start, "right_end": op.right_end} for op in ops]


def quote_dict(q: Quote) -> dict:
    """One quote (docs/json-schema.md, "quote"), keys in schema order."""
    source = None
    if q.source is not None:
        source = {"side": q.source.side, "start": q.source.start, "end": q.source.end, "quoted": q.source.quoted}
    return {
        "index": q.index,
        "side": q.side,
        "start": q.start,
        "end": q.end,
        "parts": [list(part) for part in q.parts],
        "speaker": q.speaker,
        "verb": q.verb,
        "status": q.status,
        "source": source,
        "removed": list(q.removed),
        "added": list(q.added),
        "marked_cuts": list(q.marked_cuts),
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
    return "".join(stream(quotes_to_dict(comparison)))


def _stats(stats: Stats) -> dict:
    return {f.name: getattr(stats, f.name) for f in fields(stats)}
