import pytest

from reader.core.segment import Span, paragraphs, sentences, tokenize


def split(text):
    return [text[s.start:s.end] for s in sentences(text)]


@pytest.mark.parametrize("text, expected", [
    ("В г. Москве, т.е. в столице, прошла встреча. Она длилась час.",
     ["В г. Москве, т.е. в столице, прошла встреча.", "Она длилась час."]),
    ("Данные см. рис. 2. Всё ясно.", ["Данные см. рис. 2.", "Всё ясно."]),
    ("В.В. Путин и К.-Ж. Токаев встретились. Переговоры шли долго.",
     ["В.В. Путин и К.-Ж. Токаев встретились.", "Переговоры шли долго."]),
    ("«Это всё?» — спросил он. Да.", ["«Это всё?» — спросил он.", "Да."]),
    ("Он сказал: «Мы придём. Обязательно». Потом ушёл.",
     ["Он сказал: «Мы придём. Обязательно».", "Потом ушёл."]),
    ("— Ребрендинг – это не смена вывески. В первую очередь, нужно работать, — сказал он",
     ["— Ребрендинг – это не смена вывески.", "В первую очередь, нужно работать, — сказал он"]),
    ("Mr. Smith went to the U.S. capital, e.g. Washington. Dr. Who said no.",
     ["Mr. Smith went to the U.S. capital, e.g. Washington.", "Dr. Who said no."]),
    ("  • $ 519.61\n  • 610.13", ["• $ 519.61", "• 610.13"]),
])
def test_sentences(text, expected):
    assert split(text) == expected


def test_paragraphs_are_lines_and_hard_wraps_join():
    text = "Title\n\nA hard wrapped line that\ncontinues here. Next.\nNew paragraph.\n"
    spans = [text[p.start:p.end] for p in paragraphs(text)]
    assert spans == ["Title", "A hard wrapped line that\ncontinues here. Next.", "New paragraph."]
    assert [s.paragraph for s in sentences(text)] == [0, 1, 1, 2]


def test_tokens_cover_the_text():
    text = "Цена — 519.61$, т.е. «много»!\n"
    toks = tokenize(text)
    assert "".join(text[t.start:t.end] for t in toks) == text
    assert [(text[t.start:t.end], t.kind) for t in toks if t.kind != "space"] == [
        ("Цена", "word"), ("—", "punct"), ("519.61", "word"), ("$", "punct"), (",", "punct"),
        ("т", "word"), (".", "punct"), ("е", "word"), (".", "punct"), ("«", "punct"),
        ("много", "word"), ("»", "punct"), ("!", "punct"),
    ]


def test_hyphenated_words_are_one_token():
    text = "Касым-Жомарт Нур-Султан rock'n'roll"
    assert [text[t.start:t.end] for t in tokenize(text) if t.kind == "word"] == [
        "Касым-Жомарт", "Нур-Султан", "rock'n'roll"]


def test_a_hard_wrapped_block_is_one_paragraph():
    text = ("Президент Казахстана Касым-Жомарт Токаев выступил на внеочередном\n"
            "съезде партии Nur Otan. Он предложил перестроить всю партийную работу\n"
            "Партии нужна новая культура взаимоотношений, основанная на доверии и\n"
            "сотрудничестве.\n\nВторой абзац.\n")
    spans = [text[p.start:p.end] for p in paragraphs(text)]
    assert spans == [text[:text.index("\n\n")], "Второй абзац."]
    assert split(text)[1] == "Он предложил перестроить всю партийную работу\nПартии нужна новая культура " \
                             "взаимоотношений, основанная на доверии и\nсотрудничестве."


def test_a_list_of_short_lines_is_not_a_wrapped_block():
    text = "• $ 519.61\n• 610.13\n-6 °C\nАлматы\n"
    assert [text[p.start:p.end] for p in paragraphs(text)] == ["• $ 519.61", "• 610.13", "-6 °C", "Алматы"]


def test_a_shared_memo_splits_each_paragraph_once_and_changes_nothing():
    left = "Первое. Второе предложение.\nК.-Ж. Токаев приехал в г. Москву. Его ждали.\n"
    right = "Новый абзац. С двумя.\nК.-Ж. Токаев приехал в г. Москву. Его ждали.\n"
    memo: dict = {}
    assert sentences(left, memo=memo) == sentences(left)
    assert len(memo) == 2
    assert sentences(right, memo=memo) == sentences(right)
    assert len(memo) == 3  # the shared paragraph was found in the memo
    assert [right[s.start:s.end] for s in sentences(right, memo=memo)][2:] == [
        "К.-Ж. Токаев приехал в г. Москву.", "Его ждали."]


def test_a_broken_sentence_continues_after_an_opening_quote():
    text = "Графики отодвинули на второй план\n«живую» работу с избирателями.\nНовый абзац.\n"
    assert [text[p.start:p.end] for p in paragraphs(text)] == [
        "Графики отодвинули на второй план\n«живую» работу с избирателями.", "Новый абзац."]


def test_a_line_break_inside_a_paragraph_splits_like_a_space():
    text = "Он ушёл в г.\nМоскву. Спикер предложил назвать партию\n\"Аманат\". Президент\nКазахстана согласился."
    spans = [Span(0, len(text))]
    assert [text[s.start:s.end] for s in sentences(text, spans)] == [
        "Он ушёл в г.\nМоскву.", "Спикер предложил назвать партию\n\"Аманат\".", "Президент\nКазахстана согласился."]
