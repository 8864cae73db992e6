"""JSON and HTML are written piece by piece (issue 13, case 6), with the bytes of the whole-string
exports: the JSON of ``json.dumps(to_dict(...), ensure_ascii=False, indent=2)`` byte for byte, the
page of ``render_html``; a large comparison reaches the file in blocks, never as one document.

The default suite checks this through what the writer receives; the memory itself is measured by
the ``perf`` test at the end (`make perf`)."""

from __future__ import annotations

import contextlib
import json
import math
import random
import tracemalloc

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core import Document, Options, compare, load_path
from reader.export import BLOCK, blocks, iter_export, render, write_export
from reader.export import json_export as jx
from reader.export.html_export import iter_html, render_html
from reader.export.json_export import Array, iter_json, quotes_to_dict, quotes_to_json, stream, to_dict, to_json
from tests.conftest import MOVED_LEFT, MOVED_RIGHT
from tests.present.test_quotes import LEFT, RIGHT, with_quotes

LINES = ["a.", "b", "Да.", "x y", "1"]  # the lines of the recipe


def short_lines(n: int, seed: int) -> str:
    rng = random.Random(seed)
    return "\n".join(rng.choice(LINES) for _ in range(n)) + "\n"


def _doc(text: str, name: str) -> Document:
    return Document.from_text(text, name)


LITERAL_PAIRS = [
    ("Один.", "Два."),
    ("", "Только справа."),
    ("Пример.  Второе.   \nТретье  \n\n  Четвёртое.", "Пример.  Второе изменено.   \nТретье \n"),
    (MOVED_LEFT, MOVED_RIGHT),
    ("Цена 1.5 рубля; «кавычки» и \"quotes\" \\ slash\tтаб.", "Цена 2 рубля; «кавычки» и \"quotes\" \\ slash\tтаб."),
]


@pytest.fixture(scope="module")
def comparisons(sample_comparison):
    out = [sample_comparison]
    out += [compare(_doc(a, "a.txt"), _doc(b, "b.txt")) for a, b in LITERAL_PAIRS]
    out.append(with_quotes(compare(_doc(LEFT, "left.txt"), _doc(RIGHT, "right.txt"))))
    out.append(compare(_doc(short_lines(300, 1), "a.txt"), _doc(short_lines(300, 2), "b.txt"),
                       Options(detect_boilerplate=False)))
    return out


def _reference_json(data: dict) -> str:
    """The JSON export as it was written before it streamed: one json.dumps of the whole dict."""
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def test_json_is_byte_identical_to_one_dumps_of_the_whole_dict(comparisons):
    assert any(c.quotes for c in comparisons) and any(not c.links for c in comparisons)
    for c in comparisons:
        assert to_json(c) == _reference_json(to_dict(c))
        assert quotes_to_json(c) == _reference_json(quotes_to_dict(c))


def test_the_sample_pair_file_is_byte_identical(sample_paths, tmp_path):
    c = compare(load_path(sample_paths[0]), load_path(sample_paths[1]))
    for fmt in ("json", "html", "text"):
        out = tmp_path / f"out.{fmt}"
        write_export(c, out, fmt, unified=True)
        assert out.read_bytes() == render(c, fmt, unified=True).encode("utf-8")
    assert (tmp_path / "out.json").read_text(encoding="utf-8") == _reference_json(to_dict(c))


def test_html_pieces_join_to_the_page(comparisons):
    for c in comparisons:
        for unified in (False, True):
            assert "".join(iter_html(c, unified)) == render_html(c, unified)


def test_a_paragraph_drops_its_trailing_spaces_and_keeps_inner_ones():
    c = compare(_doc("Один.  Два.   \nТри.", "a.txt"), _doc("Один.  Два.   \nТри.", "b.txt"),
                Options(detect_boilerplate=False))
    page = render_html(c)
    cell = page[page.index("<div class=\"cell left\""):]
    cell = cell[:cell.index("</div>") + len("</div>")]
    assert cell == ("<div class=\"cell left\" lang=\"ru\"><p>"
                    "<span class=\"s equal\" id=\"L0\" data-peer=\"R0\">Один.</span>  "
                    "<span class=\"s equal\" id=\"L2\" data-peer=\"R2\">Два.</span></p>"
                    "<p><span class=\"s equal\" id=\"L4\" data-peer=\"R4\">Три.</span></p></div>")


# ---------------------------------------------------------------- the encoder, on any document

# Characters whose writing differs somewhere: C0 controls (json's escapes), DEL, C1 controls, bidi
# embeddings, overrides and isolates, line and paragraph separators (escaped by the export, raw in
# orjson), quotes and backslashes, no-break and zero-width spaces, a BOM, letters beyond ASCII and
# beyond the BMP.
TRICKY = ("\x00", "\x08", "\x1b", "\x1f", "\n", "\t", "\r", "\x7f", "\x80", "\x9b", "\x9f", "\xa0", "\u200b",
          "\u2028", "\u2029", "\u202a", "\u202e", "\u2066", "\u2069", "\ufeff", '"', "\\", "/", "é", "Ё", "😀")
_TEXT = st.text(st.sampled_from(TRICKY) | st.characters(blacklist_categories=("Cs",)), max_size=8)
_FLOATS = (st.floats()  # NaN and the infinities too: json writes NaN and Infinity
           | st.sampled_from([0.1, 1e-05, 1.5e-07, 1e-10, 9.999999999999999e-05, 0.0001, 100.0, 1.0, -0.0,
                              1e15, 1e16, 1e22, 5e-324, 1.7976931348623157e308, 123456789.125]))
_KEYS = _TEXT
_SCALARS = (st.none() | st.booleans() | st.integers(-10**12, 10**12) | st.integers()  # beyond 64 bits too
            | _FLOATS | _TEXT)
_VALUES = st.recursive(_SCALARS, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(_KEYS, inner, max_size=4),
                       max_leaves=25)


def _arrays(value, rng: random.Random):
    """``value`` with some of its lists made lazy ``Array``s (drawn from a generator), some of
    them ``plain`` where their items keep its promise."""
    if isinstance(value, list):
        items = [_arrays(v, rng) for v in value]
        if rng.random() < 0.5:
            return items
        return Array(iter(items), plain=rng.random() < 0.7 and all(jx._plain(item) for item in items))
    if isinstance(value, dict):
        return {k: _arrays(v, rng) for k, v in value.items()}
    return value


def _escaped_dumps(document) -> str:
    """What the export writes: json.dumps, the characters of ``_UNSAFE`` as \\u escapes."""
    return jx._UNSAFE.sub(jx._u_escape, _reference_json(document))


@contextlib.contextmanager
def _without_orjson():
    """The json module's path, as when orjson is not installed."""
    saved, jx.orjson = jx.orjson, None
    try:
        yield
    finally:
        jx.orjson = saved


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(_KEYS, _VALUES, max_size=5), st.integers(0, 2**16))
def test_stream_writes_what_dumps_writes(document, seed):
    """orjson's path and the json module's write the same bytes on any document: json.dumps's, the
    characters of ``_UNSAFE`` escaped."""
    expected = _escaped_dumps(document)
    got = "".join(stream(_arrays(document, random.Random(seed))))
    with _without_orjson():
        by_json = "".join(stream(_arrays(document, random.Random(seed))))
    assert got == by_json == expected
    assert not jx._UNSAFE.search(got)
    if not jx._UNSAFE.search(_reference_json(document)):
        assert got == _reference_json(document)


def test_terminal_controls_in_strings_are_escaped_and_parse_back():
    value = {"text": "a\x1b[2Jb\x9bc\u202ed\u2028e\x7f"}
    got = "".join(stream({"list": Array(iter([value])), "n": math.pi}))
    assert got == ('{\n  "list": [\n    {\n      "text": "a\\u001b[2Jb\\u009bc\\u202ed\\u2028e\\u007f"\n    }\n  ],\n'
                   f'  "n": {math.pi!r}\n}}\n')
    assert json.loads(got) == {"list": [value], "n": math.pi}


# ---------------------------------------------------------------- what the writer receives

def test_blocks_join_pieces_to_at_least_the_block_size():
    assert list(blocks(["ab", "c", "de", "f"], size=3)) == ["abc", "def"]
    assert list(blocks(["ab", "c", "d"], size=3)) == ["abc", "d"]
    assert list(blocks(["abcdef", "g"], size=3)) == ["abcdef", "g"]
    assert list(blocks([], size=3)) == []


@pytest.fixture(scope="module")
def many_lines():
    """The issue's recipe, small: short lines, the right a perturbed copy; no clutter folding, so
    every sentence is a row of its own."""
    left = short_lines(2500, 13)
    lines = left.split("\n")
    lines[100:110] = ["x y", "Да."]
    return compare(_doc(left, "a.txt"), _doc("\n".join(lines), "b.txt"), Options(detect_boilerplate=False))


@pytest.mark.parametrize("fmt", ["json", "html"])
def test_a_large_export_reaches_the_file_in_blocks(many_lines, fmt, tmp_path, monkeypatch):
    import reader.export as export

    writes: list[int] = []
    real_open = export.atomic_open

    class Spy:
        def __init__(self, fh):
            self.fh = fh

        def write(self, text: str) -> int:
            writes.append(len(text))
            return self.fh.write(text)

    def spying_open(*args, **kwargs):
        manager = real_open(*args, **kwargs)

        class Wrapped:
            def __enter__(self):
                return Spy(manager.__enter__())

            def __exit__(self, *exc):
                return manager.__exit__(*exc)

        return Wrapped()

    monkeypatch.setattr(export, "atomic_open", spying_open)
    out = tmp_path / f"out.{fmt}"
    write_export(many_lines, out, fmt)
    data = out.read_bytes()
    assert data == render(many_lines, fmt).encode("utf-8")
    longest = max(len(piece) for piece in iter_export(many_lines, fmt))
    assert len(writes) >= 4
    assert all(BLOCK <= n < BLOCK + longest for n in writes[:-1])
    assert 0 < writes[-1] < BLOCK + longest
    assert sum(writes) == len(data.decode("utf-8"))


def test_no_piece_holds_more_than_one_text_or_one_batch(many_lines):
    """The pieces are bounded by the longest text and by ``BATCH`` items (segments, links or
    quotes, written by one orjson call), not by the number of segments or rows."""
    texts = [json.dumps(many_lines.side(w).document.text, ensure_ascii=False) for w in ("left", "right")]
    json_pieces = list(iter_json(many_lines))
    assert all(text in json_pieces for text in texts)  # the two texts, whole
    assert max(len(p) for p in json_pieces if p not in texts) < jx.BATCH * 1000
    items = len(many_lines.left.segments) + len(many_lines.right.segments) + len(many_lines.links)
    assert len(json_pieces) > items / jx.BATCH
    html_pieces = list(iter_html(many_lines))
    page = "".join(html_pieces)
    assert len(page) > 100 * BLOCK // 64
    assert max(len(p) for p in html_pieces[10:-2]) < 2000  # past the head, before the script


def test_without_orjson_the_pieces_are_single_items_and_the_bytes_the_same(many_lines, monkeypatch):
    """The json module's path (orjson missing) writes the same text, one item a piece."""
    expected = to_json(many_lines)
    monkeypatch.setattr(jx, "orjson", None)
    texts = [json.dumps(many_lines.side(w).document.text, ensure_ascii=False) for w in ("left", "right")]
    json_pieces = list(iter_json(many_lines))
    assert "".join(json_pieces) == expected
    assert sorted(json_pieces, key=len)[-2:] == sorted(texts, key=len)  # the two texts, whole
    assert max(len(p) for p in json_pieces if p not in texts) < 1000
    assert len(json_pieces) > len(many_lines.left.segments) + len(many_lines.right.segments)


def test_a_big_clutter_run_comes_out_a_sentence_at_a_time():
    """Short repeated lines are page clutter: one folded run of thousands of sentences in one row."""
    c = compare(_doc(short_lines(3000, 13), "a.txt"), _doc(short_lines(3000, 14), "b.txt"))
    assert c.stats.boilerplate_left > 1000
    pieces = list(iter_html(c))
    assert max(len(p) for p in pieces[10:-2]) < 2000
    assert "".join(pieces) == render_html(c)


# ---------------------------------------------------------------- measured (make perf)

@pytest.mark.perf
@pytest.mark.parametrize("fmt", ["json", "html"])
def test_export_memory_does_not_grow_with_the_document(fmt, tmp_path, budget):
    """Issue 13 case 6: 400k short lines took 2.2 GB to export as JSON. Here 100k lines: the
    export's own peak (the comparison is made before tracing) stays a few MB whatever the size."""
    c = compare(_doc(short_lines(100_000, 13), "a.txt"), _doc(short_lines(100_000, 14), "b.txt"))
    out = tmp_path / f"out.{fmt}"
    tracemalloc.start()
    try:
        write_export(c, out, fmt)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    size = out.stat().st_size
    assert size > 5 * 2**20
    budget(f"{fmt} export of {size / 2**20:.0f} MB, peak traced", peak / 2**20, 16, "MB")
