"""The display decisions for quotes (reader.present.quotes): verdict labels and their wording,
which quotes a report lists and in what order, the quote read against its source as runs of
words, counts and summaries.

The comparisons are real compare() results of literal texts; their quotes are built by hand
(``quoted_pair``) with real offsets and real word ops, as the quote engine would give them.
"""

from __future__ import annotations

import dataclasses

import pytest

from reader.core import Comparison, Document, Options, compare
from reader.core.model import Quote, QuoteSource, WordOp
from reader.core.worddiff import word_ops
from reader.present.quotes import (
    EXPLANATION,
    INTERRUPTED_MARK,
    LEFT_STATUSES,
    PARAGRAPH_MARK,
    RIGHT_STATUSES,
    TONE,
    Run,
    changes_summary,
    in_context,
    quote_report,
    quote_runs,
    quote_text,
    shorten,
)

LEFT = ("Министр сказал: «Мы решительно изменим систему налогов уже в этом году». Погода была хорошей.\n"
        "Мэр добавил: «Мост откроют весной».\n"
        "Директор завода сказал: «Мы запустим линию в мае».\n"
        "«Денег хватит», — заверил губернатор.\n")
RIGHT = ("Министр заявил: «Мы окончательно изменим систему налогов». Погода была отличной.\n"
         "Мэр добавил, что мост откроют весной.\n"
         "«Денег, — заверил губернатор, — хватит».\n"
         "Глава района сказал: «Дорогу построят к лету».\n")


def find(text: str, words: str, after: int = 0) -> tuple[int, int]:
    start = text.index(words, after)
    return start, start + len(words)


def quoted_pair() -> Comparison:
    """LEFT and RIGHT compared, with their quotes (``with_quotes``)."""
    return with_quotes(compare(Document.from_text(LEFT, "left.txt"), Document.from_text(RIGHT, "right.txt"), Options()))


def with_quotes(comp: Comparison) -> Comparison:
    """A comparison of LEFT and RIGHT with the quotes the engine would find (left ones first):

    0 left  «Мы решительно изменим …» altered (became 4)   4 right «Мы окончательно …» altered
    1 left  «Мост откроют весной» reported                 5 right «Денег, — …, — хватит» verbatim (two parts)
    2 left  «Мы запустим линию в мае» dropped              6 right «Дорогу построят к лету» no source
    3 left  «Денег хватит» kept (became 5)
    """
    L, R = comp.left.document.text, comp.right.document.text
    o = comp.options
    l0, r0 = find(L, "Мы решительно изменим систему налогов уже в этом году"), find(R, "Мы окончательно изменим систему налогов")
    l1, r1 = find(L, "Мост откроют весной"), find(R, "мост откроют весной")
    l2 = find(L, "Мы запустим линию в мае")
    l3 = find(L, "Денег хватит")
    r5a, r5b = find(R, "Денег"), find(R, "хватит")
    r6 = find(R, "Дорогу построят к лету")
    ops0 = word_ops(L, l0, R, r0, o)
    # the two parts against «Денег хватит»: the interruption between them is no word of the quote
    ops5 = (WordOp("equal", l3[0], l3[0] + 5, r5a[0], r5a[1]), WordOp("equal", l3[0] + 5, l3[1], r5b[0] - 1, r5b[1]))
    quotes = (
        Quote(0, "left", *l0, (l0,), "Министр", "сказал", "altered", QuoteSource("right", *r0, True),
              removed=("решительно", "уже", "в", "этом", "году"), added=("окончательно",), ops=ops0, counterpart=4,
              attribution_changed=True),
        Quote(1, "left", *l1, (l1,), "Мэр", "добавил", "reported", QuoteSource("right", *r1, False),
              ops=word_ops(L, l1, R, r1, o)),
        Quote(2, "left", *l2, (l2,), "Директор завода", "сказал", "dropped"),
        Quote(3, "left", *l3, (l3,), "губернатор", "заверил", "kept", QuoteSource("right", r5a[0], r5b[1], True),
              ops=ops5, counterpart=5),
        Quote(4, "right", *r0, (r0,), "Министр", "заявил", "altered", QuoteSource("left", *l0, True),
              removed=("решительно", "уже", "в", "этом", "году"), added=("окончательно",), ops=ops0, counterpart=0,
              attribution_changed=True),
        Quote(5, "right", r5a[0], r5b[1], (r5a, r5b), "губернатор", "заверил", "verbatim",
              QuoteSource("left", *l3, True), ops=ops5, counterpart=3),
        Quote(6, "right", *r6, (r6,), "Глава района", "сказал", "no source"),
    )
    return dataclasses.replace(comp, quotes=quotes)


@pytest.fixture(scope="module")
def pair() -> Comparison:
    return quoted_pair()


def test_every_verdict_has_a_tone_and_an_explanation():
    assert set(TONE) == set(LEFT_STATUSES) | set(RIGHT_STATUSES)
    assert {(side, s) for side, statuses in (("left", LEFT_STATUSES), ("right", RIGHT_STATUSES)) for s in statuses} \
        == set(EXPLANATION)


def test_the_report_lists_the_right_quotes_then_the_left_ones_reported_or_dropped(pair):
    report = quote_report(pair)
    assert [(v.quote.index, v.label) for v in report.right] == [(4, "altered"), (5, "verbatim"), (6, "no source")]
    assert [(v.quote.index, v.label) for v in report.lost] == [(1, "reported"), (2, "dropped")]
    assert report.count_line("right") == "3 quotes (1 verbatim, 1 altered, 1 no source)"
    assert report.count_line("left") == "4 quotes (1 kept, 1 altered, 1 reported, 1 dropped)"
    assert not report.empty


def test_an_altered_quote_as_every_view_shows_it(pair):
    view = quote_report(pair).right[0]
    assert view.label == "altered" and view.tone == "changed"
    assert view.explanation == "words changed against the left version"
    assert view.who == "Министр заявил"
    assert view.text == "Мы окончательно изменим систему налогов"
    assert view.place.label == "right sentence 1"
    assert view.source is not None and view.source.quoted
    assert view.source.text == "Мы решительно изменим систему налогов уже в этом году"
    assert view.source.place.label == "left sentence 1"
    assert view.runs == (
        Run("same", new="Мы "), Run("changed", old="решительно", new="окончательно"),
        Run("same", new=" изменим систему налогов "), Run("removed", old="уже в этом году"),  # a space between words
    )
    assert view.changed
    assert view.changes == "5 words cut; 1 word added"
    assert view.notes == ("attribution changed",)


def test_a_quote_in_two_parts_shows_where_the_attribution_interrupts_it(pair):
    view = quote_report(pair).right[1]
    assert view.label == "verbatim" and view.tone == "same"
    assert view.who == "губернатор заверил"
    assert view.text == "Денег" + INTERRUPTED_MARK + "хватит"
    assert view.runs == (Run("same", new="Денег"), Run("gap", new=INTERRUPTED_MARK), Run("same", new="хватит"))
    assert not view.changed and view.changes == "" and view.notes == ()
    assert view.place.label == "right sentence 4"


def test_a_quote_without_a_source(pair):
    view = quote_report(pair).right[2]
    assert (view.label, view.tone, view.source) == ("no source", "added", None)
    assert view.explanation == "its words are not in the left version"
    assert view.runs == (Run("same", new="Дорогу построят к лету"),)


def test_the_left_version_quotes_that_were_reported_or_dropped(pair):
    reported, dropped = quote_report(pair).lost
    assert (reported.label, reported.tone) == ("reported", "moved")
    assert reported.explanation == "its words are in the right version, but not as a quote"
    assert reported.source is not None and not reported.source.quoted
    assert reported.source.text == "мост откроют весной"
    assert reported.source.place.label == "right sentence 3"
    assert reported.place.label == "left sentence 3"
    assert not reported.changed  # equal under the options (case ignored)
    assert (dropped.label, dropped.tone, dropped.source) == ("dropped", "removed", None)
    assert dropped.who == "Директор завода сказал"
    assert dropped.runs == (Run("same", new="Мы запустим линию в мае"),)


def word_diff(runs: tuple[Run, ...]) -> str:
    marks = {"same": "{}", "gap": "{}", "elided": "{}", "removed": "[-{}-]", "added": "{{+{}+}}"}
    return "".join(f"[-{r.old}-]{{+{r.new}+}}" if r.kind == "changed" else marks[r.kind].format(r.text) for r in runs)


def test_a_left_quote_reads_from_older_to_newer_words_too(pair):
    # quote 0 is the left side of the same change: the same words marked, its own words where equal
    assert word_diff(quote_runs(pair, pair.quotes[0])) == word_diff(quote_runs(pair, pair.quotes[4])) == \
        "Мы [-решительно-]{+окончательно+} изменим систему налогов [-уже в этом году-]"


def test_an_interruption_covered_by_an_op_is_no_word_of_the_quote(pair):
    # ops that run over the attribution between the parts (an insert there) show the same
    q = pair.quotes[5]
    L, R = pair.left.document.text, pair.right.document.text
    (a0, a1), (b0, b1) = q.parts
    l3 = pair.quotes[3]
    ops = (WordOp("equal", l3.start, l3.start + 5, a0, a1), WordOp("insert", l3.start + 5, l3.start + 5, a1, b0),
           WordOp("equal", l3.start + 5, l3.end, b0, b1))
    assert L[l3.start + 5:l3.end] == " хватит" and R[a1:b0] == ", — заверил губернатор, — "
    runs = quote_runs(pair, dataclasses.replace(q, ops=ops))
    assert runs == (Run("same", new="Денег"), Run("gap", new=INTERRUPTED_MARK), Run("same", new="хватит"))


def test_parts_on_two_paragraphs_are_joined_by_a_paragraph_mark():
    text = "«Первая часть.\n\n«Вторая часть», — сказал он."
    parts = (find(text, "Первая часть."), find(text, "Вторая часть"))
    assert quote_text(text, parts) == "Первая часть." + PARAGRAPH_MARK + "Вторая часть"
    assert quote_text(text, (find(text, "Первая"),)) == "Первая"


def test_no_quotes_is_an_empty_report(make_pair):
    report = quote_report(make_pair("Один.", "Два."))
    assert report.empty and report.right == () and report.lost == ()
    assert report.count_line("left") == "no quotes"


def test_in_context_keeps_the_changes_and_a_few_words_around_them():
    runs = (Run("same", new="один два три четыре пять шесть "), Run("removed", old="семь"),
            Run("same", new=" восемь девять десять одиннадцать двенадцать тринадцать четырнадцать пятнадцать "),
            Run("added", new="шестнадцать"), Run("same", new=" семнадцать восемнадцать"))
    assert in_context(runs, context=2) == (
        Run("elided", new="…"), Run("same", new=" пять шесть "), Run("removed", old="семь"),
        Run("same", new=" восемь девять "), Run("elided", new="…"), Run("same", new=" четырнадцать пятнадцать "),
        Run("added", new="шестнадцать"), Run("same", new=" семнадцать восемнадцать"),
    )
    assert in_context((Run("same", new="ничего не изменилось"),)) == ()


def test_shorten_cuts_at_a_word():
    assert shorten("короткий текст") == "короткий текст"
    assert shorten("раз два  три\nчетыре пять", width=16) == "раз два три…"
    assert len(shorten("слово " * 50, width=40)) <= 40


def test_words_added_where_a_new_paragraph_of_the_quote_opens_follow_the_paragraph_mark():
    left, right = "Он сказал: «Первое.\n«Второе».", "Он сказал, что первое. Он добавил, что второе."
    comp = compare(Document.from_text(left, "l"), Document.from_text(right, "r"))
    p1, p2 = find(left, "Первое."), find(left, "Второе")
    r0, r1, r2 = right.index("первое."), right.index("Он добавил"), right.index("второе")
    ops = (WordOp("equal", *p1, r0, r0 + 7), WordOp("equal", p1[1], p2[0], r0 + 7, r1),
           WordOp("insert", p2[0], p2[0], r1, r2), WordOp("equal", *p2, r2, r2 + 6))
    q = Quote(0, "left", p1[0], p2[1], (p1, p2), "Он", "сказал", "reported",
              QuoteSource("right", r0, r2 + 6, False), ops=ops)
    assert quote_runs(comp, q) == (Run("same", new="Первое."), Run("gap", new=PARAGRAPH_MARK),
                                   Run("added", new="Он добавил, что "), Run("same", new="Второе"))


def test_the_summary_counts_silent_and_marked_cuts_once_each():
    def q(removed=(), marked=(), added=()):
        return Quote(0, "right", 0, 1, ((0, 1),), None, None, "altered", removed=removed, marked_cuts=marked, added=added)

    assert changes_summary(q(removed=("и", "не", "столько"))) == "3 words cut"
    assert changes_summary(q(marked=("прежде", "всего"))) == "2 words cut, marked as a cut"
    assert changes_summary(q(removed=("Поэтому",), marked=("прежде", "всего"), added=("меры",))) == \
        "3 words cut (2 marked as a cut); 1 word added"
    assert changes_summary(q(removed=(",",))) == ""  # punctuation is no word


def test_quote_marks_that_clung_to_a_word_in_the_source_cling_to_it_in_the_changes():
    left = ('Президент подчеркнул: «Сетевые графики и отчеты отодвинули на второй план "живую" работу '
            'с избирателями, и это недопустимо».\n')
    right = ("— Сетевые графики и отчеты отодвинули на второй план живую работу с избирателями, и это "
             "недопустимо, — сказал президент.\n")
    c = compare(Document.from_text(left, "a.txt"), Document.from_text(right, "b.txt"))
    [q] = [q for q in c.quotes if q.side == "right"]
    shown = "".join({"same": r.new, "removed": f"[-{r.old}-]", "added": f"{{+{r.new}+}}",
                     "changed": f"[-{r.old}-]{{+{r.new}+}}"}.get(r.kind, r.new) for r in quote_runs(c, q))
    assert "второй план [-\"-]живую[-\"-] работу" in shown
