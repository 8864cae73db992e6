"""JSON export of a Comparison: schema ``versus-comparison/1`` (documented in docs/json-schema.md).

Keys are written in a fixed order (not sorted: the order reads top-down like the document),
with ``ensure_ascii=False`` and an indent of 2, so the same comparison always gives the same
bytes. Offsets are Python ``str`` indices, that is Unicode code points into ``text``.
"""

from __future__ import annotations

import json
from dataclasses import fields

from reader import __version__
from reader.core.model import Comparison, Link, Quote, Segment, Side, Stats, WordOp
from reader.core.options import Options

SCHEMA = "versus-comparison/1"


def generator() -> str:
    return f"versus {__version__}"


def to_dict(comparison: Comparison) -> dict:
    """The comparison as plain JSON types, keys in schema order."""
    return {
        "schema": SCHEMA,
        "generator": generator(),
        "offsets": "unicode-code-points",
        "options": _options(comparison.options),
        "left": _side(comparison.left),
        "right": _side(comparison.right),
        "links": [_link(link) for link in comparison.links],
        "stats": _stats(comparison.stats),
        "quotes": [quote_dict(q) for q in comparison.quotes],
    }


def to_json(comparison: Comparison) -> str:
    """The JSON text (ending with a newline)."""
    return json.dumps(to_dict(comparison), ensure_ascii=False, indent=2) + "\n"


def _options(options: Options) -> dict:
    return {f.name: getattr(options, f.name) for f in fields(options)}


def _side(side: Side) -> dict:
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
        "segments": [_segment(seg) for seg in side.segments],
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
    return json.dumps(quotes_to_dict(comparison), ensure_ascii=False, indent=2) + "\n"


def _stats(stats: Stats) -> dict:
    return {f.name: getattr(stats, f.name) for f in fields(stats)}
