"""Exact results of compare() on small literal inputs, Russian and English."""

import pytest

from reader.core import Document, Options, compare


def cmp(left, right, **opts):
    return compare(Document.from_text(left, "a"), Document.from_text(right, "b"), Options(**opts))


def sentence_statuses(side):
    text = side.document.text
    return [(text[s.start:s.end], s.status) for s in side.segments if s.kind == "sentence"]


def changes(c):
    """The non-equal word ops of every link, as (tag, left words, right words)."""
    a, b = c.left.document.text, c.right.document.text
    return [(op.tag, a[op.left_start:op.left_end], b[op.right_start:op.right_end])
            for link in c.links for op in link.ops if op.tag != "equal"]


def test_identical_texts_are_all_equal():
    text = "Первое предложение. Второе предложение!\nThird sentence here."
    c = cmp(text, text)
    assert [link.kind for link in c.links] == ["equal", "equal", "equal"]
    assert sentence_statuses(c.left) == [("Первое предложение.", "equal"), ("Второе предложение!", "equal"),
                                         ("Third sentence here.", "equal")]
    assert c.stats.similarity == 100.0
    assert (c.stats.unchanged, c.stats.changed, c.stats.added, c.stats.removed, c.stats.moved) == (1, 0, 0, 0, 0)
    assert changes(c) == []


def test_reordered_sentence_is_moved():
    left = "Alpha beta gamma delta. Epsilon zeta eta theta. Iota kappa lambda mu. Nu xi omicron pi."
    right = "Epsilon zeta eta theta. Iota kappa lambda mu. Nu xi omicron pi. Alpha beta gamma delta."
    c = cmp(left, right)
    assert [(link.kind, link.left, link.right) for link in c.links] == [
        ("moved", (0, 0), (6, 6)), ("equal", (2, 2), (0, 0)), ("equal", (4, 4), (2, 2)),
        ("equal", (6, 6), (4, 4))]
    assert c.stats.moved_pairs == 1
    assert c.stats.moved == round(len("Alpha beta gamma delta.".replace(" ", "")) / len(left.replace(" ", "")), 4)


def test_sentence_split_in_two_is_paired_with_both_halves():
    left = "Вступление к статье о погоде. Президент выступил на съезде партии и предложил переименовать её в Аманат. Конец."
    right = "Вступление к статье о погоде. Президент выступил на съезде партии. Он предложил переименовать её в Аманат. Конец."
    c = cmp(left, right)
    split = [link for link in c.links if link.right[0] != link.right[1]]
    assert len(split) == 1
    link = split[0]
    rtext = c.right.document.text
    assert rtext[link.right_span[0]:link.right_span[1]] == \
        "Президент выступил на съезде партии. Он предложил переименовать её в Аманат."
    assert [rtext[s.start:s.end] for s in c.right.segments if s.link == link.index] == [
        "Президент выступил на съезде партии.", "Он предложил переименовать её в Аманат."]
    assert changes(c) == [("replace", "и", ". Он")]
    assert c.stats.inserted == 0 and c.stats.deleted == 0


def test_two_sentences_merged_into_one():
    left = "The committee met on Monday. It approved the new budget for schools. Nothing else happened."
    right = "The committee met on Monday and approved the new budget for schools. Nothing else happened."
    c = cmp(left, right)
    assert [(link.kind, link.left, link.right) for link in c.links] == [
        ("changed", (0, 2), (0, 0)), ("equal", (4, 4), (2, 2))]
    assert changes(c) == [("replace", ". It", "and")]


def test_one_word_changed_in_a_quote():
    left = "«Нужно полностью пересмотреть методы взаимодействия центрального аппарата», — сказал он."
    right = "«Нужно полностью пересмотреть меры взаимодействия центрального аппарата», — сказал он."
    c = cmp(left, right)
    assert [link.kind for link in c.links] == ["changed"]
    assert changes(c) == [("replace", "методы", "меры")]
    op = next(op for op in c.links[0].ops if op.tag != "equal")
    assert (op.left_start, op.left_end, op.right_start, op.right_end) == (30, 36, 30, 34)


def test_deleted_and_inserted_words():
    c = cmp("Он сказал очень важные слова сегодня.", "Он сказал важные слова сегодня утром.")
    assert changes(c) == [("delete", "очень", ""), ("insert", "", "утром")]


def test_one_word_island_is_folded_into_the_change():
    c = cmp("Министр вчера подписал приказ о бюджете страны на следующий год.",
            "Министр сегодня подписал распоряжение о бюджете страны на следующий год.")
    assert changes(c) == [("replace", "вчера подписал приказ", "сегодня подписал распоряжение")]
    # only between two changes of words into words: next to a bare insert it stays equal
    c = cmp("Министр вчера подписал приказ о бюджете страны на следующий год.",
            "Министр вчера утвердил и подписал распоряжение о бюджете страны на следующий год.")
    assert changes(c) == [("insert", "", "утвердил и"), ("replace", "приказ", "распоряжение")]
    # two words between the changes stay equal
    c = cmp("Министр финансов вчера подписал приказ о бюджете на следующий год.",
            "Глава ведомства вчера подписал распоряжение о бюджете на следующий год.")
    assert changes(c) == [("replace", "Министр финансов", "Глава ведомства"), ("replace", "приказ", "распоряжение")]


def test_one_side_empty():
    c = cmp("", "Новая статья. Совсем новая.")
    assert c.links == ()
    assert sentence_statuses(c.right) == [("Новая статья.", "inserted"), ("Совсем новая.", "inserted")]
    assert (c.stats.added, c.stats.removed, c.stats.similarity) == (1.0, 0.0, 0.0)
    c = cmp("Старая статья.", "")
    assert sentence_statuses(c.left) == [("Старая статья.", "deleted")]
    assert c.right.segments == ()
    c = cmp("", "")
    assert (c.links, c.left.segments, c.stats.similarity) == ((), (), 100.0)


def test_only_quotes_and_whitespace_differ():
    left = 'Он назвал партию "Аманат".  Это  было\u00a0решено — единогласно.'
    right = "Он назвал партию «Аманат». Это было решено – единогласно."
    c = cmp(left, right)
    assert [link.kind for link in c.links] == ["equal", "equal"]
    assert changes(c) == []
    exact = compare(Document.from_text(left), Document.from_text(right), Options.exact())
    assert [link.kind for link in exact.links] == ["changed", "changed"]
    # (the double space between the sentences belongs to no link)
    assert changes(exact) == [("replace", '"', "«"), ("replace", '"', "»"), ("replace", "  ", " "),
                              ("replace", "\u00a0", " "), ("replace", "—", "–")]


def test_case_and_yo():
    c = cmp("Ещё одна партия.", "ЕЩЕ ОДНА ПАРТИЯ.")
    assert [link.kind for link in c.links] == ["equal"]
    c = cmp("Ещё одна партия.", "ЕЩЕ ОДНА ПАРТИЯ.", ignore_case=False, yo_as_ye=False)
    assert changes(c) == [("replace", "Ещё одна партия", "ЕЩЕ ОДНА ПАРТИЯ")]


def test_punctuation_ignored_only_when_asked():
    c = cmp("Да, мы придём завтра утром.", "Да мы придём завтра утром!")
    assert changes(c) == [("delete", ",", ""), ("replace", ".", "!")]
    c = cmp("Да, мы придём завтра утром.", "Да мы придём завтра утром!", ignore_punctuation=True)
    assert changes(c) == []


def test_unrelated_sentences_are_deleted_and_inserted():
    c = cmp("Погода в Москве будет тёплой.", "Курс доллара вырос на бирже.")
    assert c.links == ()
    assert sentence_statuses(c.left) == [("Погода в Москве будет тёплой.", "deleted")]
    assert sentence_statuses(c.right) == [("Курс доллара вырос на бирже.", "inserted")]


def test_segments_tile_and_links_point_back(sample_paths):
    from reader.core import load_path

    c = compare(*(load_path(p) for p in sample_paths))
    for side in (c.left, c.right):
        assert "".join(side.document.text[s.start:s.end] for s in side.segments) == side.document.text
        assert [s.index for s in side.segments] == list(range(len(side.segments)))
    for link in c.links:
        assert c.left.segments[link.left[0]].link == link.index
        assert c.right.segments[link.right[1]].link == link.index
        assert link.ops[0].left_start == link.left_span[0] and link.ops[-1].left_end == link.left_span[1]


def test_sample_pair(sample_paths):
    from reader.core import load_path

    c = compare(*(load_path(p) for p in sample_paths))
    assert ("replace", "методы", "меры") in changes(c)
    assert ("delete", "и не столько", "") in changes(c)
    assert c.stats.changed_pairs >= 10
    assert c.left.title.startswith("Энтузиасты с \"горящими\" глазами")
    assert 40 < c.stats.similarity < 70


def test_progress_and_cancel():
    from reader.core import Cancelled

    seen = []
    doc = Document.from_text("Одно предложение. Другое предложение.")
    compare(doc, doc, progress=lambda f, stage: seen.append(f))
    assert seen[0] == 0.0 and seen[-1] == 1.0 and seen == sorted(seen)
    try:
        compare(doc, doc, cancel=lambda: True)
    except Cancelled:
        pass
    else:
        raise AssertionError("not cancelled")


def test_link_similarity_is_below_one_exactly_when_changed():
    c = cmp('Энтузиасты с "горящими" глазами.', "Энтузиасты с горящими глазами.")
    assert c.links[0].changed and c.links[0].similarity == round(54 / 56, 4)  # 27 letters equal of 29 + 27
    c = cmp("Энтузиасты с горящими глазами.", "Энтузиасты с горящими глазами.")
    assert c.links[0].similarity == 1.0


def test_a_split_does_not_reach_across_page_clutter():
    left = "Вступление к статье о погоде.\nПрезидент выступил на съезде партии и предложил переименовать её в Аманат.\n"
    right = ("Вступление к статье о погоде.\nПрезидент выступил на съезде партии.\nФото: Reuters\n"
             "Он предложил переименовать её в Аманат.\n")
    c = cmp(left, right)
    rtext = c.right.document.text
    for link in c.links:
        assert "Фото" not in rtext[link.right_span[0]:link.right_span[1]]
    assert [rtext[s.start:s.end] for s in c.right.segments if s.status == "boilerplate"] == ["Фото: Reuters"]
    assert c.stats.similarity <= 100.0


def test_the_garbage_collector_is_paused_while_comparing_and_restored_after():
    import gc

    from reader.core import Cancelled

    seen = []
    a, b = Document.from_text("One sentence here. Another one."), Document.from_text("One sentence there.")
    assert gc.isenabled()
    compare(a, b, progress=lambda fraction, stage: seen.append(gc.isenabled()))
    assert seen and not any(seen) and gc.isenabled()
    with pytest.raises(Cancelled):
        compare(a, b, cancel=lambda: True)
    assert gc.isenabled()  # put back after a cancelled comparison too
    gc.disable()
    try:
        compare(a, b)
        assert not gc.isenabled()  # a caller's choice is left as it was
    finally:
        gc.enable()
