"""find_quotes: direct quotes and their attribution in one text (reader.core.quotes.find)."""

from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.core.quotes import Found, find_quotes
from reader.core.segment import paragraphs
from tests.conftest import CLEAN, ROOT, SCRAPED


def quotes(text: str) -> list[tuple[list[str], str | None, str | None, str | None]]:
    """Each quote as (its parts' text, speaker, verb, attribution's text)."""
    out = []
    for f in find_quotes(text):
        assert (f.start, f.end) == (f.parts[0][0], f.parts[-1][1])
        att = text[f.attribution[0]:f.attribution[1]] if f.attribution else None
        out.append(([text[s:e] for s, e in f.parts], f.speaker, f.verb, att))
    return out


def cuts(text: str) -> list[list[str]]:
    return [[text[s:e] for s, e in f.cuts] for f in find_quotes(text)]


CASES = [
    # attribution after the quote: «», — verb speaker», '," speaker verb'
    ("after, title",
     "«Мы не допустим роста цен», — заявил министр.",
     [(["Мы не допустим роста цен"], "министр", "заявил", "заявил министр")]),
    ("after, name, the minus sign as dash, as in the clean sample",
     '"Партии нужна новая культура", − отметил Касым-Жомарт Токаев.',
     [(["Партии нужна новая культура"], "Касым-Жомарт Токаев", "отметил", "отметил Касым-Жомарт Токаев")]),
    ("after, English, speaker first",
     '"We will rebuild," Mills said at a news conference.',
     [(["We will rebuild,"], "Mills", "said", "Mills said")]),
    ("after, English, verb first, an honorific before the name",
     "“We will not back down,” said Gov. Janet Mills.",
     [(["We will not back down,"], "Janet Mills", "said", "said Gov. Janet Mills")]),
    # attribution before the quote
    ("before, a colon",
     "Касым-Жомарт Токаев подчеркнул: «Партии нужна новая культура».",
     [(["Партии нужна новая культура"], "Касым-Жомарт Токаев", "подчеркнул",
       "Касым-Жомарт Токаев подчеркнул")]),
    ("before, по словам",
     "По словам министра, «бюджет будет сбалансирован уже в этом году».",
     [(["бюджет будет сбалансирован уже в этом году"], "министра", "По словам", "По словам министра")]),
    ("before, according to",
     'According to Smith, "the storm is the worst in decades."',
     [(["the storm is the worst in decades."], "Smith", "According to", "According to Smith")]),
    # attribution inside: one quote, two parts
    ("inside the marks, pronoun resolved to the person named before",
     "Глава МИД Сергей Лавров прибыл в Астану. «Мы не отступим, — сказал он, — и будем работать дальше».",
     [(["Мы не отступим", "и будем работать дальше"], "Сергей Лавров", "сказал", "сказал он")]),
    ("between two quotes, English",
     '"We will rebuild," the mayor said, "and it will take time."',
     [(["We will rebuild,", "and it will take time."], "mayor", "said", "mayor said")]),
    ("inside the marks, «по его словам», the possessive resolved",
     "Глава МИД Сергей Лавров прибыл в Астану. «Мы не отступим, — по его словам, — и будем работать дальше».",
     [(["Мы не отступим", "и будем работать дальше"], "Сергей Лавров", "по его словам", "по его словам")]),
    # pronouns
    ("a pronoun with no one named before stays a pronoun",
     "«Я устала от этих разговоров», — сказала она.",
     [(["Я устала от этих разговоров"], "она", "сказала", "сказала она")]),
    ("«она» skips the man named nearer",
     "Анна Петрова и Иван Сидоров выступили. «Я не согласна с этим», — сказала она.",
     [(["Я не согласна с этим"], "Анна Петрова", "сказала", "сказала она")]),
    ("he resolves to the nearest person named before",
     'Gov. Janet Mills spoke first. Dr. Alan Smith, a meteorologist, spoke next. '
     '"It\'s unusual, but not unprecedented," he said.',
     [(["It's unusual, but not unprecedented,"], "Alan Smith", "said", "he said")]),
    # partial quotes inside a sentence
    ("partial, English",
     'Mayor said the city "will not raise taxes" next year.',
     [(["will not raise taxes"], "Mayor", "said", "Mayor said")]),
    ("partial, Russian",
     "Министр пообещал, что цены «не вырастут до конца года».",
     [(["не вырастут до конца года"], "Министр", "пообещал", "Министр пообещал")]),
    # one or two words are speech only with a verb right next to them
    ("one word right after the verb",
     'He said "no" and left. Он ответил: «Нет».',
     [(["no"], "He", "said", "He said"), (["Нет"], "Он", "ответил", "Он ответил")]),
    # scare quotes and names are not speech
    ("scare quotes and names, Russian",
     "Партия «Аманат» провела съезд. Энтузиасты с \"горящими\" глазами ушли, а практика \"ручного\" "
     "управления осталась. В организации \"Врачи без границ\" заявили о помощи. Лидер партии «Nur Otan» "
     "выступил. Роман «Война и мир» переиздан.",
     []),
    ("scare quotes and names, English",
     'The group "Doctors Without Borders" said it would help. The so-called "safe zone" was shelled, '
     'and "experts" doubted it.',
     []),
    ("a name inside speech stays inside it",
     "«Партия «Аманат» будет работать с каждым избирателем», — сказал Токаев.",
     [(["Партия «Аманат» будет работать с каждым избирателем"], "Токаев", "сказал", "сказал Токаев")]),
    # nested quotes
    ("the same straight mark nested (the clean sample)",
     '"Сетевые графики, отчеты и формальные мероприятия отодвинули на второй план "живую" работу с '
     'избирателями. Энтузиасты с "горящими" глазами ...", − подчеркнул президент.',
     [(['Сетевые графики, отчеты и формальные мероприятия отодвинули на второй план "живую" работу с '
        'избирателями. Энтузиасты с "горящими" глазами ...'], "президент", "подчеркнул", "подчеркнул президент")]),
    ("„…“ inside «…», and „…“ on its own",
     "«Это „живая“ работа с избирателями», — отметил президент. „Мы справимся“, — сказал премьер.",
     [(["Это „живая“ работа с избирателями"], "президент", "отметил", "отметил президент"),
      (["Мы справимся"], "премьер", "сказал", "сказал премьер")]),
    ("single quotes, apostrophes are no marks",
     "‘It's absurd,’ he added. The 'fine print' went unread, and rock 'n' roll played on.",
     [(["It's absurd,"], "he", "added", "he added")]),
    # several paragraphs
    ("each paragraph opens again",
     "«Первый абзац речи.\n«Второй абзац речи», — сказал президент.",
     [(["Первый абзац речи.", "Второй абзац речи"], "президент", "сказал", "сказал президент")]),
    ("only the last paragraph closes; a nested pair on the way",
     '"Первый абзац речи.\nВторой абзац без кавычек.\nТретий с "ручным" управлением", − отметил К.-Ж. Токаев.',
     [(["Первый абзац речи.", "Второй абзац без кавычек.", 'Третий с "ручным" управлением'],
       "К.-Ж. Токаев", "отметил", "отметил К.-Ж. Токаев")]),
    ("each paragraph opens again, English; a plain word between verb and name",
     '"I have lived here all my life.\n"We lost power for three days," said resident Tom Brown.',
     [(["I have lived here all my life.", "We lost power for three days,"], "Tom Brown", "said",
       "said resident Tom Brown")]),
    ("introduced by the paragraph before",
     "Президент заявил:\n«Мы справимся с этим».",
     [(["Мы справимся с этим"], "Президент", "заявил", "Президент заявил")]),
    ("an impersonal verb: no speaker",
     "«Мы готовы к диалогу», — говорится в заявлении МИД.",
     [(["Мы готовы к диалогу"], None, "говорится", "говорится")]),
    # dialogue dashes
    ("dialogue dash, attribution at the end",
     "— Ребрендинг партии – это не смена вывески, — сказал Касым-Жомарт Токаев",
     [(["Ребрендинг партии – это не смена вывески"], "Касым-Жомарт Токаев", "сказал",
       "сказал Касым-Жомарт Токаев")]),
    ("dialogue dash, speech goes on after the attribution",
     "— Мы готовы, — заявила Мария Захарова. — Но не сегодня.",
     [(["Мы готовы", "Но не сегодня."], "Мария Захарова", "заявила", "заявила Мария Захарова")]),
    ("dialogue line introduced by the paragraph before",
     "Президент сказал:\n— Мы справимся.\n— Когда? — спросил журналист.",
     [(["Мы справимся."], "Президент", "сказал", "Президент сказал"),
      (["Когда?"], "журналист", "спросил", "спросил журналист")]),
    ("a dashed list is not dialogue",
     "Задачи партии:\n— децентрализация аппарата;\n— работа с избирателями;\n— новая культура.",
     []),
    # reported speech, unclosed marks
    ("reported speech is no quote; the quote after it is",
     'Он отметил, что партии нужны изменения. "И полумерами здесь не обойтись", − подчеркнул президент.',
     [(["И полумерами здесь не обойтись"], "президент", "подчеркнул", "подчеркнул президент")]),
    ("a quote never closed, read to the paragraph's end when it is speech",
     "Министр заявил: «Мы не будем повышать налоги в этом году.\nНовости экономики.",
     [(["Мы не будем повышать налоги в этом году."], "Министр", "заявил", "Министр заявил")]),
    ("a mark never closed on a name is nothing",
     "Партия «Аманат провела съезд.\nНовости.",
     []),
    ("sentences in marks with no verb are speech, with no speaker",
     '"Мы будем работать с каждым избирателем в каждом регионе страны."',
     [(["Мы будем работать с каждым избирателем в каждом регионе страны."], None, None, None)]),
]


@pytest.mark.parametrize("text, expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_literal_cases(text, expected):
    assert quotes(text) == expected


def test_a_long_speech_opening_each_paragraph_again_is_one_quote():
    text = "".join(f"«Абзац речи номер {n}.\n" for n in range(20)) + "«Последний абзац», — сказал президент."
    (found,) = find_quotes(text)
    assert len(found.parts) == 21 and found.speaker == "президент"
    assert text[found.parts[0][0]:found.parts[0][1]] == "Абзац речи номер 0."


def test_a_quote_runs_on_over_at_most_eight_paragraphs_without_marks():
    def text(n: int) -> str:
        return "«Начало речи." + "".join(f"\nАбзац без кавычек номер {k}." for k in range(n)) + "\nКонец», — сказал он."

    assert len(find_quotes(text(7))[0].parts) == 9
    assert find_quotes(text(8)) == []  # too far: the open «Начало речи. is two words, and the closing mark an orphan


def test_ellipsis_marks_are_recorded_as_cuts():
    text = "Он подчеркнул: «Мы (...) сделаем всё […] что нужно… и (…) больше...»."
    assert cuts(text) == [["(...)", "[…]", "…", "(…)", "..."]]
    dialogue = "— Мы... готовы, — сказал он. — [...] Но не сегодня."
    assert cuts(dialogue) == [["...", "[...]"]]


def test_found_is_the_agreed_shape():
    text = "«Мы не отступим, — сказал он, — и будем работать дальше»."
    assert find_quotes(text) == [Found(start=1, end=55, parts=((1, 15), (32, 55)), speaker="он", verb="сказал",
                                       attribution=(19, 28), cuts=())]


# --- the samples -------------------------------------------------------------------------------------

CLEAN_QUOTES = [
    (["И полумерами здесь не обойтись. Ребрендинг партии – это не только и не столько ее переименование, "
      "смена вывески. В первую очередь, нужно перестроить всю партийную работу"],
     "президент", "подчеркнул", "подчеркнул президент"),
    (['В работе партийного аппарата явно стали проявляться худшие качества бюрократии. Сетевые графики, '
      'отчеты и формальные мероприятия отодвинули на второй план "живую" работу с избирателями. Энтузиасты '
      'с "горящими" глазами были вынуждены, надо об этом прямо сказать, уступить место апатичным функционерам.',
      "Поэтому нужно полностью пересмотреть методы взаимодействия центрального аппарата с филиалами и "
      "первичными организациями. Следует решительно отказаться от бюрократии и бумаготворчества. Региональные "
      "филиалы и первички могут и должны самостоятельно работать с избирателями.",
      'Центральному аппарату необходимо покончить с практикой директивного и "ручного" управления. Его задача '
      '– задавать общий партийный вектор, обеспечивать методическую и идеологическую поддержку, обучать кадры, '
      'анализировать системные проблемы. Партии нужна новая культура взаимоотношений, основанная, прежде всего, '
      'на доверии и сотрудничестве'],
     "Касым-Жомарт Токаев", "отметил", "отметил Касым-Жомарт Токаев"),
]

SCRAPED_QUOTES = [
    (["Ребрендинг партии – это не только ее переименование, смена вывески. В первую очередь, нужно перестроить "
      "всю партийную работу"], "Касым-Жомарт Токаев", "сказал", "сказал Касым-Жомарт Токаев"),
    (["Сетевые графики, отчеты, формальные мероприятия отодвинули на второй план живую работу с избирателями. "
      "Энтузиасты с горящими глазами были вынуждены, надо об этом прямо сказать, уступить место апатичным "
      "функционерам. Нужно полностью пересмотреть меры взаимодействия центрального аппарата с филиалами и "
      "первичными организациями. Следует решительно отказаться от бюрократии и бумаготворчества"],
     "Касым-Жомарт Токаев", "сказал", "сказал\u00a0Касым-Жомарт Токаев"),  # a no-break space in the page
    (["Партии нужна новая культура взаимоотношений, основанная на доверии и сотрудничестве"],
     "Касым-Жомарт Токаев", "сказал", "сказал Касым-Жомарт Токаев"),
]


def test_clean_sample():
    """Two quotes: «"И полумерами … работу", − подчеркнул президент» (one pair of marks, three
    sentences), and one running over three paragraphs, opened once and closed once, with "живую",
    "горящими", "ручного" nested in it. The scare quotes in the first line and «"Аманат"» are none."""
    assert quotes(CLEAN.read_text(encoding="utf-8")) == CLEAN_QUOTES


def test_scraped_sample():
    """The three dialogue-dash quotes; the reported speech («По его словам, …», «Он считает, что …»),
    the headline and the page clutter are none."""
    assert quotes(SCRAPED.read_text(encoding="utf-8")) == SCRAPED_QUOTES


@pytest.mark.parametrize("name, first", [("storm_v1.txt", "absolutely necessary,"), ("storm_v2.txt", "truly necessary,")])
def test_storm_samples(name, first):
    text = (ROOT / "tests" / "data" / name).read_text(encoding="utf-8")
    got = quotes(text)
    speaker = "Mills" if name == "storm_v1.txt" else "Janet Mills"
    second = "unprecedented," if name == "storm_v1.txt" else "unheard of,"
    assert got == [
        ([f"We are asking everyone to stay off the roads unless travel is {first}"], speaker, "said", f"{speaker} said"),
        ([f"It's unusual, but not {second}"], "Alan Smith", "said", "he said"),
    ]


# --- invariants and speed ----------------------------------------------------------------------------

PIECES = ["«", "»", '"', "“", "”", "„", "'", "’", "—", " — ", ", — сказал он", ", — сказал Токаев, — ", '," he said',
          "Аманат", "Партия", "мы", "придём", "сказал", "said", "К.-Ж. Токаев", "...", "(…)", "\n", "\n\n", ". ", " ", ":"]
texts = st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from(PIECES), max_size=80).map("".join),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_quotes_are_ordered_pieces_of_the_text(text):
    last_end = -1
    for f in find_quotes(text):
        assert f.parts and f.start == f.parts[0][0] and f.end == f.parts[-1][1]
        assert f.start >= last_end  # in text order, never overlapping
        pos = f.start
        for s, e in f.parts:
            assert pos <= s < e <= len(text)
            assert text[s:e] == text[s:e].strip()
            pos = e
        for s, e in f.cuts:
            assert any(ps <= s < e <= pe for ps, pe in f.parts)
        if f.attribution:
            a, b = f.attribution
            assert 0 <= a < b <= len(text)
            assert not any(s < b and a < e for s, e in f.parts)
        last_end = f.end


# --- a memo shared by two versions changes no quote ------------------------------------------------


def _with_memo(*versions: str) -> list[list[Found]]:
    memo: dict = {}
    return [find_quotes(text, paragraphs(text), memo) for text in versions]


INTRO_QUOTE = "«Мы придём завтра утром и всё сделаем»."


@pytest.mark.parametrize("versions", [
    # the same paragraph introduced by the one before («заявил:») and not: its quote is speech in one only
    ("Президент заявил:\n" + INTRO_QUOTE, "Погода хорошая.\n" + INTRO_QUOTE),
    ("Президент заявил:\n— Мы придём завтра.", "Погода.\n— Мы придём завтра."),
    # a paragraph at the start of the text reads «Б.» as a sentence end; after a line break, as an initial
    ("Б. Петров сказал: «Мы придём завтра утром и всё сделаем».",
     "Вступление.\nБ. Петров сказал: «Мы придём завтра утром и всё сделаем»."),
    # a quote that goes on into the next paragraphs, and one that does not
    ("«Первая часть речи\n«Вторая часть речи», — сказал он.", "«Первая часть речи\nВторая часть речи», — сказал он."),
], ids=["introduced", "introduced dialogue", "text start", "continued"])
def test_memo_changes_nothing(versions):
    alone = [find_quotes(text) for text in versions]
    assert _with_memo(*versions) == alone
    assert _with_memo(*reversed(versions)) == alone[::-1]


def test_memo_changes_nothing_on_the_samples_and_a_bench_pair():
    from bench.generate import make_pair

    pairs = [(CLEAN.read_text(encoding="utf-8"), SCRAPED.read_text(encoding="utf-8")), make_pair(200_000)]
    for left, right in pairs:
        assert _with_memo(left, right) == [find_quotes(left), find_quotes(right)]
        assert _with_memo(right, left) == [find_quotes(right), find_quotes(left)]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(st.sampled_from(PIECES + ["«Мы придём завтра", "заявил:"]), max_size=12).map("".join),
                max_size=8), st.randoms(use_true_random=False))
def test_memo_changes_nothing_on_versions_sharing_paragraphs(paras, rng):
    left = "\n".join(paras)
    moved = paras[:]
    rng.shuffle(moved)
    right = "\n\n".join(moved[: len(moved) // 2] + ["Вставка."] + moved[len(moved) // 2:])
    assert _with_memo(left, right) == [find_quotes(left), find_quotes(right)]


@pytest.mark.perf
def test_one_megabyte_well_under_100_ms(budget):
    from bench.generate import make_pair

    text, _ = make_pair(1_000_000)
    find_quotes(text)
    best = float("inf")
    for _ in range(3):
        t0 = time.perf_counter()
        find_quotes(text)
        best = min(best, time.perf_counter() - t0)
    budget("find_quotes, 1 MB", best * 1000, 100)
