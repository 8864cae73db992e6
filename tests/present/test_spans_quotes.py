"""Quotes in the reader's spans: the quoted stretches of each side (QuoteMark) and the words a
quote's own ops mark, as ``quoted`` spans put over the ordinary ones.

The comparisons are real compare() results of literal texts; their quotes are built by hand
(``with_quotes``) with real offsets and real word ops, until the quote engine fills them.
"""

from __future__ import annotations

import dataclasses
from itertools import pairwise

from reader.core import Comparison, Document, Options, compare
from reader.core.model import Quote, QuoteSource
from reader.core.worddiff import word_ops
from reader.present.spans import QuoteMark, Span, build_view_data

LEFT = ("Министр сказал: «Мы решительно изменим систему налогов». Погода была хорошей.\n"
        "Мэр добавил: «Мост откроют весной».\n"
        "Директор завода сказал: «Мы запустим линию в мае».\n")
RIGHT = ("Министр заявил: «Мы окончательно изменим систему налогов». Погода была отличной.\n"
         "Мэр добавил, что мост откроют весной.\n"
         "Глава района сказал: «Дорогу построят к лету».\n")


def _find(text: str, words: str, after: int = 0) -> tuple[int, int]:
    start = text.index(words, after)
    return start, start + len(words)


def with_quotes(comp: Comparison, specs: list[dict]) -> Comparison:
    """``comp`` with quotes made from ``specs`` (left ones first, in order): each a dict of
    ``side``, ``words`` (the quoted text), ``status``, and optionally ``source`` (the words in
    the other version), ``source_quoted``, ``speaker``, ``verb``, ``counterpart``, ``after``."""
    texts = {"left": comp.left.document.text, "right": comp.right.document.text}
    quotes = []
    for index, spec in enumerate(specs):
        side = spec["side"]
        other = "right" if side == "left" else "left"
        start, end = _find(texts[side], spec["words"], spec.get("after", 0))
        source, ops, removed, added = None, (), (), ()
        if spec.get("source"):
            s_start, s_end = _find(texts[other], spec["source"])
            source = QuoteSource(other, s_start, s_end, spec.get("source_quoted", True))
            spans = {side: (start, end), other: (s_start, s_end)}
            ops = word_ops(texts["left"], spans["left"], texts["right"], spans["right"], comp.options)
            removed = tuple(texts["left"][op.left_start:op.left_end].strip() for op in ops
                            if op.tag in ("replace", "delete") and texts["left"][op.left_start:op.left_end].strip())
            added = tuple(texts["right"][op.right_start:op.right_end].strip() for op in ops
                          if op.tag in ("replace", "insert") and texts["right"][op.right_start:op.right_end].strip())
        quotes.append(Quote(index=index, side=side, start=start, end=end, parts=((start, end),),
                            speaker=spec.get("speaker"), verb=spec.get("verb"), status=spec["status"],
                            source=source, removed=removed, added=added, ops=ops,
                            counterpart=spec.get("counterpart")))
    return dataclasses.replace(comp, quotes=tuple(quotes))


SPECS = [
    dict(side="left", words="Мы решительно изменим систему налогов", status="altered", speaker="Министр",
         verb="сказал", source="Мы окончательно изменим систему налогов", counterpart=3),
    dict(side="left", words="Мост откроют весной", status="reported", speaker="Мэр", verb="добавил",
         source="мост откроют весной", source_quoted=False),
    dict(side="left", words="Мы запустим линию в мае", status="dropped", speaker="Директор завода", verb="сказал"),
    dict(side="right", words="Мы окончательно изменим систему налогов", status="altered", speaker="Министр",
         verb="заявил", source="Мы решительно изменим систему налогов", counterpart=0),
    dict(side="right", words="Дорогу построят к лету", status="no source", speaker="Глава района", verb="сказал"),
]


def quoted_pair() -> Comparison:
    comp = compare(Document.from_text(LEFT, "left.txt"), Document.from_text(RIGHT, "right.txt"), Options())
    return with_quotes(comp, SPECS)


def _spans_at(spans: tuple[Span, ...], text: str, words: str) -> list[Span]:
    lo, hi = _find(text, words)
    return [s for s in spans if s.start < hi and s.end > lo]


def test_quoted_stretches_are_marked_on_their_own_side():
    comp = quoted_pair()
    data = build_view_data(comp)
    assert [(LEFT[m.start:m.end], m.quote, m.status) for m in data.left.quotes] == [
        ("Мы решительно изменим систему налогов", 0, "altered"),
        ("Мост откроют весной", 1, "reported"),
        ("Мы запустим линию в мае", 2, "dropped"),
    ]
    assert [(RIGHT[m.start:m.end], m.status) for m in data.right.quotes] == [
        ("Мы окончательно изменим систему налогов", "altered"),
        ("Дорогу построят к лету", "no source"),
    ]
    assert all(isinstance(m, QuoteMark) for m in data.left.quotes + data.right.quotes)


def test_altered_words_inside_a_quote_are_quoted_spans_and_ordinary_changes_are_not():
    comp = quoted_pair()
    data = build_view_data(comp)
    # the altered word of the quote, on both sides: a quoted "changed" span, exactly the word
    (left_word,) = _spans_at(data.left.spans, LEFT, "решительно")
    assert (LEFT[left_word.start:left_word.end], left_word.kind, left_word.quoted) == ("решительно", "changed", True)
    (right_word,) = _spans_at(data.right.spans, RIGHT, "окончательно")
    assert (RIGHT[right_word.start:right_word.end], right_word.kind, right_word.quoted) == \
        ("окончательно", "changed", True)
    # a change outside quotes stays ordinary
    (verb,) = _spans_at(data.right.spans, RIGHT, "заявил")
    assert (verb.kind, verb.quoted) == ("changed", False)
    (weather,) = _spans_at(data.right.spans, RIGHT, "отличной")
    assert (weather.kind, weather.quoted) == ("changed", False)
    # a reported quote's source is unquoted: its words keep their ordinary marks
    assert not any(s.quoted for s in _spans_at(data.right.spans, RIGHT, "мост откроют весной"))


def test_spans_never_overlap_and_keep_their_order():
    comp = quoted_pair()
    data = build_view_data(comp)
    for side in (data.left, data.right):
        spans = side.spans
        assert all(a.end <= b.start for a, b in pairwise(spans)), spans
        assert all(s.end > s.start for s in spans)


def test_a_quote_inside_a_new_sentence_cuts_its_altered_words_out_of_the_sentence_wash():
    """The new sentence is not paired with the old one (a pale "added" wash over all of it),
    but its quote has a source there: the word the quote's ops mark is a quoted span, and the
    wash goes on on both sides of it."""
    left = "Вчера было тихо.\nСоветник сказал: «Налоги вырастут осенью».\n"
    right = ("Вчера было тихо.\nНа пресс-конференции в пятницу представители министерства финансов долго "
             "отвечали на вопросы журналистов и повторили: «Налоги вырастут зимой».\n")
    comp = compare(Document.from_text(left, "l"), Document.from_text(right, "r"), Options())
    comp = with_quotes(comp, [
        dict(side="left", words="Налоги вырастут осенью", status="altered", source="Налоги вырастут зимой",
             counterpart=1),
        dict(side="right", words="Налоги вырастут зимой", status="altered", source="Налоги вырастут осенью",
             counterpart=0),
    ])
    plain = build_view_data(dataclasses.replace(comp, quotes=()))
    assert [(s.kind, s.sentence) for s in _spans_at(plain.right.spans, right, "зимой")] == [("added", True)]
    data = build_view_data(comp)
    sentence = _find(right, "На пресс-конференции")[0], _find(right, "».")[1]
    got = [(right[s.start:s.end], s.kind, s.sentence, s.quoted) for s in data.right.spans
           if s.start < sentence[1] and s.end > sentence[0]]
    assert got == [
        (right[sentence[0]:_find(right, "зимой")[0]], "added", True, False),
        ("зимой", "changed", False, True),
        ("».", "added", True, False),
    ]
    (old,) = [(left[s.start:s.end], s.kind, s.quoted) for s in data.left.spans if s.quoted]
    assert old == ("осенью", "changed", True)


def test_no_quotes_no_quote_marks():
    comp = compare(Document.from_text(LEFT, "l"), Document.from_text(RIGHT, "r"), Options())
    data = build_view_data(dataclasses.replace(comp, quotes=()))
    assert data.left.quotes == () == data.right.quotes
    assert not any(s.quoted for s in data.left.spans + data.right.spans)
