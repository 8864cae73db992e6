from __future__ import annotations

import base64
import hashlib
import re
from html.parser import HTMLParser

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.export.html_export import render_html
from reader.present.format import plural

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class Node:
    def __init__(self, tag: str, attrs: dict[str, str | None], parent: Node | None):
        self.tag, self.attrs, self.parent = tag, attrs, parent
        self.children: list[Node | str] = []

    @property
    def classes(self) -> set[str]:
        return set((self.attrs.get("class") or "").split())

    def text(self) -> str:
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)

    def iter(self):
        yield self
        for c in self.children:
            if isinstance(c, Node):
                yield from c.iter()

    def find_all(self, tag: str | None = None, cls: str | None = None) -> list[Node]:
        return [n for n in self.iter() if (tag is None or n.tag == tag) and (cls is None or cls in n.classes)]

    def ancestors(self):
        node = self.parent
        while node is not None:
            yield node
            node = node.parent


class TreeBuilder(HTMLParser):
    """A strict little DOM: every non-void element must be closed in order."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#document", {}, None)
        self.cur = self.root

    def handle_starttag(self, tag, attrs):
        node = Node(tag, dict(attrs), self.cur)
        self.cur.children.append(node)
        if tag not in VOID:
            self.cur = node

    def handle_startendtag(self, tag, attrs):
        self.cur.children.append(Node(tag, dict(attrs), self.cur))

    def handle_endtag(self, tag):
        assert self.cur.tag == tag, f"</{tag}> closes <{self.cur.tag}>"
        self.cur = self.cur.parent

    def handle_data(self, data):
        self.cur.children.append(data)


def parse(html: str) -> Node:
    builder = TreeBuilder()
    builder.feed(html)
    builder.close()
    assert builder.cur is builder.root, f"unclosed <{builder.cur.tag}>"
    return builder.root


def cell_of(node: Node) -> str:
    for anc in node.ancestors():
        if "cell" in anc.classes:
            return "left" if "left" in anc.classes else "right"
    return ""


HOSTILE = ("Статья: <script>alert(1)</script> и <img src=x onerror=alert(1)> тут.\n"
           "Второе предложение & «кавычки».")
HOSTILE_RIGHT = ("Статья: <script>alert(1)</script> и <img src=x onerror=alert(2)> тут.\n"
                 "Третье предложение <b>жирное</b> \"в кавычках\".")


def test_article_markup_is_shown_as_text_never_run(make_pair):
    html = render_html(make_pair(HOSTILE, HOSTILE_RIGHT), unified=True)
    doc = parse(html)
    assert doc.find_all("img") == []
    assert doc.find_all("b") == []
    scripts = doc.find_all("script")
    assert len(scripts) == 1 and "alert" not in scripts[0].text()
    left_text = "".join(c.text() for c in doc.find_all("div", "left") if "cell" in c.classes)
    right_text = "".join(c.text() for c in doc.find_all("div", "right") if "cell" in c.classes)
    assert "<script>alert(1)</script> и <img src=x onerror=alert(1)>" in left_text
    assert "& «кавычки»" in left_text
    assert "<b>жирное</b> \"в кавычках\"" in right_text
    unified = doc.find_all("section", "unified")[0].text()
    assert "+Третье предложение <b>жирное</b>" in unified


def test_content_security_policy_allows_nothing_external(sample_comparison):
    html = render_html(sample_comparison, unified=True)
    doc = parse(html)
    metas = [m for m in doc.find_all("meta") if (m.attrs.get("http-equiv") or "").lower() == "content-security-policy"]
    assert len(metas) == 1
    csp = metas[0].attrs["content"]
    assert "default-src 'none'" in csp
    assert "style-src 'unsafe-inline'" in csp
    # the one script is allowed by its hash, and the hash matches what is on the page
    script = doc.find_all("script")[0].text()
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode()
    assert f"script-src 'sha256-{digest}'" in csp
    for node in doc.iter():
        for name in ("src", "href", "action", "srcset", "poster", "data"):
            value = node.attrs.get(name)
            if value is not None:
                assert not re.match(r"\s*(https?:)?//", value, re.I), (node.tag, name, value)
                if name == "href":
                    assert value.startswith("#"), value
    styles = "".join(s.text() for s in doc.find_all("style"))
    assert "@import" not in styles and "url(" not in styles
    assert not doc.find_all("link") and not doc.find_all("iframe")


def test_methods_to_measures_is_a_changed_word_on_both_sides(sample_comparison):
    doc = parse(render_html(sample_comparison))
    reps = doc.find_all(cls="rep")
    assert any(n.text() == "методы" and cell_of(n) == "left" and n.tag == "del" for n in reps)
    assert any(n.text() == "меры" and cell_of(n) == "right" and n.tag == "ins" for n in reps)
    # and both sit in the same row, one beside the other
    row_of = {cell_of(n) + n.text(): next(a for a in n.ancestors() if "grid" in a.classes)
              for n in reps if cell_of(n)}
    assert row_of["leftметоды"] is row_of["rightмеры"]


def test_removed_and_added_words(make_pair):
    doc = parse(render_html(make_pair("Мы очень быстро пришли домой.", "Мы быстро пришли домой.")))
    dels = doc.find_all("del", "del")
    assert [d.text() for d in dels if cell_of(d) == "left"] == ["очень"]
    assert [n for n in doc.find_all(cls="ins") if cell_of(n)] == []
    carets = [c for c in doc.find_all(cls="caret") if cell_of(c)]
    assert [cell_of(c) for c in carets] == ["right"]  # where the word went missing

    doc = parse(render_html(make_pair("Мы быстро пришли домой.", "Мы очень быстро пришли домой.")))
    assert [n.text() for n in doc.find_all("ins", "ins") if cell_of(n) == "right"] == ["очень"]


def test_moved_sentences_link_to_each_other(moved_comparison):
    doc = parse(render_html(moved_comparison))
    ids = {n.attrs["id"]: n for n in doc.iter() if "id" in n.attrs}
    markers = doc.find_all("a", "mv")
    markers = [m for m in markers if cell_of(m)]
    assert len(markers) == 2
    for marker in markers:
        assert marker.text() == "⇄"
        target = ids[marker.attrs["href"][1:]]
        assert "moved" in target.classes
        assert cell_of(target) != cell_of(marker)
        # the counterpart links back to the sentence holding this marker
        back = [m for m in target.find_all("a", "mv")]
        assert back and back[0].attrs["href"][1:] == marker.parent.attrs["id"]
    assert "Третье предложение про спорт и" in markers[0].parent.text()
    hockey = [n for n in doc.find_all(cls="rep") if cell_of(n)]
    assert sorted(n.text() for n in hockey) == ["футбол", "хоккей"]


def test_every_sentence_has_a_unique_id(sample_comparison):
    doc = parse(render_html(sample_comparison))
    ids = [n.attrs["id"] for n in doc.iter() if "id" in n.attrs]
    assert len(ids) == len(set(ids))
    sentences = sum(1 for side in (sample_comparison.left, sample_comparison.right)
                    for s in side.segments if s.kind == "sentence")
    assert len([i for i in ids if re.fullmatch(r"[LR]\d+", i)]) == sentences


def test_page_clutter_is_folded(sample_comparison):
    doc = parse(render_html(sample_comparison))
    details = doc.find_all("details", "clutter")
    assert details
    for d in details:
        summary = d.find_all("summary")[0].text()
        assert re.fullmatch(r"\d+ lines? of page clutter", summary), summary
        assert "open" not in d.attrs
    clutter = doc.find_all("span", "boilerplate")
    st = sample_comparison.stats
    assert len(clutter) == st.boilerplate_left + st.boilerplate_right
    assert all(any(a.tag == "details" for a in n.ancestors()) for n in clutter)
    inside = "".join(d.text() for d in details)
    assert "$ 519.61" in inside


def test_clutter_summary_counts_lines():
    """A hand-built comparison, so the test does not depend on the clutter heuristics."""
    from reader.core.model import Comparison, Document, Link, Segment, Side, Stats, WordOp
    from reader.core.options import Options

    ltext = "Главная\nНовости\nСпорт\n\nМост открыт."
    rtext = "Мост открыт."
    lsegs = (
        Segment(0, 0, 7, "sentence", "boilerplate", 0),
        Segment(1, 7, 8, "space", "space", 1),
        Segment(2, 8, 15, "sentence", "boilerplate", 1),
        Segment(3, 15, 16, "space", "space", 2),
        Segment(4, 16, 21, "sentence", "boilerplate", 2),
        Segment(5, 21, 23, "space", "space", 3),
        Segment(6, 23, 35, "sentence", "equal", 3, 0),
    )
    rsegs = (Segment(0, 0, 12, "sentence", "equal", 0, 0),)
    link = Link(0, "equal", (6, 6), (0, 0), (23, 35), (0, 12), 1.0, False, (WordOp("equal", 23, 35, 0, 12),))
    stats = Stats(100.0, 1.0, 0.0, 0.0, 0.0, 0.0, 1, 1, 1, 0, 0, 0, 0, 3, 0)
    c = Comparison(Side(Document(ltext, "a.txt"), lsegs, "Мост открыт."),
                   Side(Document(rtext, "b.txt"), rsegs, "Мост открыт."), (link,), stats, Options())
    doc = parse(render_html(c))
    details = doc.find_all("details", "clutter")
    assert [d.find_all("summary")[0].text() for d in details] == ["3 lines of page clutter"]
    assert [n.attrs["id"] for n in details[0].find_all("span", "boilerplate")] == ["L0", "L2", "L4"]
    rows = [r for r in doc.find_all("div", "grid") if r.find_all("div", "cell")]
    # the clutter gets a row of its own (nothing beside it), then the unchanged sentence
    assert [sorted(r.classes) for r in rows] == [["clutter", "gap", "grid"], ["grid", "same"]]
    assert [sorted(c.classes) for c in rows[0].find_all("div", "cell")] == [["cell", "left"], ["cell", "empty", "right"]]
    left_cell, right_cell = rows[1].find_all("div", "cell")
    assert [p.text() for p in left_cell.find_all("p")] == ["Мост открыт."]
    assert right_cell.text() == "Мост открыт."


def test_deleted_and_inserted_sentences_are_shaded(make_pair):
    c = make_pair("Мы обсудили методы работы.\nДругое предложение тут есть.",
                  "Мы обсудили меры работы.\nСовсем новое предложение здесь.")
    doc = parse(render_html(c))
    deleted = [n for n in doc.find_all("span", "deleted") if cell_of(n)]
    inserted = [n for n in doc.find_all("span", "inserted") if cell_of(n)]
    assert [(cell_of(n), n.text()) for n in deleted] == [("left", "Другое предложение тут есть.")]
    assert [(cell_of(n), n.text()) for n in inserted] == [("right", "Совсем новое предложение здесь.")]


def test_paragraph_breaks_are_kept(make_pair):
    left = "Первый абзац, одно предложение.\n\nВторой абзац. В нём два предложения."
    doc = parse(render_html(make_pair(left, left)))
    cells = [n for n in doc.find_all("div", "cell") if "left" in n.classes]
    paragraphs = [p.text() for cell in cells for p in cell.find_all("p")]
    assert paragraphs == ["Первый абзац, одно предложение.", "Второй абзац. В нём два предложения."]


def test_two_columns_with_titles_and_file_names(sample_comparison):
    doc = parse(render_html(sample_comparison))
    heads = doc.find_all("div", "head")
    assert [("left" in h.classes, "right" in h.classes) for h in heads] == [(True, False), (False, True)]
    assert "000_3cc47a45235a47aa.txt" in heads[0].text()
    assert "001_1d3a09f0e9c6fa03.txt" in heads[1].text()
    assert sample_comparison.right.title in heads[1].find_all("h2")[0].text()
    title = doc.find_all("title")[0].text()
    assert title == "Versus: 000_3cc47a45235a47aa.txt ↔ 001_1d3a09f0e9c6fa03.txt"


def test_statistics_and_legend(sample_comparison):
    doc = parse(render_html(sample_comparison))
    st = sample_comparison.stats
    assert f"{st.similarity:.1f}%" in doc.find_all("div", "sim")[0].text()
    table = doc.find_all("table", "stats")[0].text()
    for label, share in (("unchanged", st.unchanged), ("changed", st.changed), ("removed", st.removed),
                         ("added", st.added), ("moved", st.moved)):
        assert f"{label}{100 * share:.1f}%" in table
    assert plural(st.deleted, "sentence") + " deleted" in table
    legend = doc.find_all("ul", "legend")[0]
    assert {"del", "ins", "rep", "deleted", "inserted", "moved"} <= {c for n in legend.iter() for c in n.classes}


def test_rows_show_every_sentence_once_in_order(sample_comparison):
    doc = parse(render_html(sample_comparison))
    for which, prefix in (("left", "L"), ("right", "R")):
        side = sample_comparison.side(which)
        shown = [int(n.attrs["id"][1:]) for n in doc.iter()
                 if n.attrs.get("id", "").startswith(prefix) and n.attrs["id"][1:].isdigit()]
        assert shown == [s.index for s in side.segments if s.kind == "sentence"]


def test_unified_appendix_only_when_asked(sample_comparison):
    plain = render_html(sample_comparison)
    assert 'class="unified"' not in plain
    doc = parse(render_html(sample_comparison, unified=True))
    section = doc.find_all("section", "unified")[0]
    text = section.text()
    assert "--- 000_3cc47a45235a47aa.txt" in text and "+++ 001_1d3a09f0e9c6fa03.txt" in text
    assert "-Поэтому нужно полностью пересмотреть методы" in text
    assert "+Нужно полностью пересмотреть меры" in text
    # Pygments colours the lines with inline styles (no external stylesheet)
    assert any("color" in (n.attrs.get("style") or "") for n in section.iter())


def test_unified_appendix_of_identical_texts(make_pair):
    text = "Одно и то же предложение. И ещё одно."
    doc = parse(render_html(make_pair(text, text), unified=True))
    assert "identical" in doc.find_all("section", "unified")[0].text()


def test_print_and_dark_styles(sample_comparison):
    css = "".join(s.text() for s in parse(render_html(sample_comparison)).find_all("style"))
    assert "@media print" in css and "print-color-adjust: exact" in css
    assert "@media (prefers-color-scheme: dark)" in css
    print_block = css[css.index("@media print"):]
    assert ".heads { position: static; }" in print_block


def test_output_is_deterministic(sample_comparison):
    assert render_html(sample_comparison, unified=True) == render_html(sample_comparison, unified=True)


# ---------------------------------------------------------------- the fast paths give escape's and shorten's strings

_HTML_TRICKY = ("&", "<", ">", '"', "'", "\x00", "\x1b", "\x7f", "\x85", "\u202e", "\u2066", "\u2028", "\xa0", "\n",
                "\t", " ", "a", "Ё", "😀", "&amp;")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_HTML_TRICKY), max_size=30), st.data())
def test_a_texts_escaper_escapes_its_pieces_as_escape_does(chars, data):
    from reader.export.html_export import _escaper, escape

    text = "".join(chars)
    esc = _escaper(text)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert esc(text[start:end]) == escape(text[start:end])
    assert esc(text) == escape(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(("word", "слово", " ", "  ", "\n", "\xa0", "\t", ",", "…", "-")), max_size=400),
       st.integers(2, 60))
def test_shortened_is_shorten(parts, width):
    from reader.export.html_export import _shortened
    from reader.present.quotes import shorten

    text = "".join(parts)
    assert _shortened(text, width) == shorten(text, width)
