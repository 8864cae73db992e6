"""An English wire story and a scraped re-write of it: the whole comparison, exactly."""

from pathlib import Path

from reader.core import Document, compare

DATA = Path(__file__).resolve().parent.parent / "data"


def _pair():
    left = Document.from_text((DATA / "storm_v1.txt").read_text(encoding="utf-8"), "v1")
    right = Document.from_text((DATA / "storm_v2.txt").read_text(encoding="utf-8"), "v2")
    return compare(left, right)


def _changes(c, link):
    lt, rt = c.left.document.text, c.right.document.text
    return [(op.tag, lt[op.left_start:op.left_end], rt[op.right_start:op.right_end])
            for op in link.ops if op.tag != "equal"]


def test_clutter_of_the_scraped_page_is_recognised():
    c = _pair()
    rt = c.right.document.text
    clutter = [rt[s.start:s.end] for s in c.right.segments if s.status == "boilerplate"]
    assert clutter == [
        "Home | World | U.S. | Politics | Business", "Share on Facebook", "Tweet", "Read more:",
        "Maine lobster prices hit record high", "Portland approves new housing plan",
        "Patriots beat Jets in overtime thriller", "How to prepare your home for winter storms",
        "Copyright 2026 The Associated Press.", "All rights reserved."]
    assert c.right.title == "Storm leaves 150,000 without power in Maine"
    assert not [s for s in c.left.segments if s.status == "boilerplate"]


def test_moves_and_word_changes():
    c = _pair()
    lt = c.left.document.text
    by_left = {lt[ln.left_span[0]:ln.left_span[1]]: ln for ln in c.links}
    winds = by_left["Winds reached 70 mph on the coast, according to the National Weather Service."]
    assert winds.kind == "moved"
    assert _changes(c, winds) == [("replace", "70 mph on", "75 mph along")]
    mills = by_left["Gov. Janet Mills declared a state of emergency late Monday."]
    assert mills.kind == "moved"
    assert _changes(c, mills) == [("delete", "Gov. Janet", "")]
    quote = by_left['"It\'s unusual, but not unprecedented," he said.']
    assert quote.kind == "changed"
    assert _changes(c, quote) == [("replace", "unprecedented", "unheard of")]
    # abbreviations do not end sentences: "U.S.", "Dr.", "i.e."
    assert "Dr. Alan Smith, a meteorologist at the U.S. weather agency, said storms of this size are rare " \
           "in November." in by_left
    deleted = [lt[s.start:s.end] for s in c.left.segments if s.status == "deleted"]
    assert deleted == ["By Jane Doe, Staff Writer",
                       "The storm is expected to move into Canada by Wednesday morning, i.e. after the evening commute."]
    assert c.stats.inserted == 0 and c.stats.moved_pairs == 2
