"""The fast sentence splitter gives razdel's sentences exactly.

``sentences`` asks razdel only about the stretches of a paragraph a plain sentence end does not
settle (reader/core/segment.py, ``_razdel_spans``); ``_sentences_razdel`` is the former
splitter, razdel on every paragraph. They must agree span for span on every text: the texts
the project holds, generated benchmark pairs and generated Russian and English prose full of
abbreviations, initials, numbers, quotes, brackets, dashes and line breaks.
"""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from reader.core import segment
from reader.core.segment import Sentence, _sentences_razdel, sentences

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"


def _texts() -> list[Path]:
    found = [p for p in sorted((ROOT / "tests").rglob("*")) if p.suffix in (".txt", ".html") and p.is_file()]
    found += sorted((ROOT / "resources" / "samples").glob("*.txt"))
    found += sorted((SHARED / "seeds").glob("*.txt"))
    found += sorted((SHARED / "eval" / "paraphraser-dev").glob("*/*.txt"))  # the dev set's left and right texts
    return found


TEXTS = _texts()


def _read(path: Path) -> str:
    return path.read_bytes().decode("utf-8-sig", errors="replace")


def _agree(text: str) -> None:
    """``sentences`` and the razdel-only splitter give the same sentences of ``text``."""
    fast, reference = sentences(text), _sentences_razdel(text)
    if fast != reference:
        i = next((i for i, (f, r) in enumerate(zip(fast, reference)) if f != r), min(len(fast), len(reference)))
        pytest.fail(f"sentence {i} differs: fast {_show(text, fast[i:i + 2])}, razdel {_show(text, reference[i:i + 2])}")


def _show(text: str, spans: list[Sentence]) -> list[str]:
    return [text[s.start:s.end] for s in spans]


def _agree_on_chunk(chunk: str) -> None:
    """The paragraph-level splitters agree on ``chunk`` taken as one paragraph, and where the fast
    path applies, razdel's own sentences are what ``_razdel_spans`` says they are."""
    assert segment._split_fast(chunk) == segment._split(chunk), chunk
    flat = chunk.replace("\n", " ")
    if flat and not flat[0].isspace() and not flat[-1].isspace():
        assert segment._razdel_spans(flat) == [(s.start, s.stop) for s in segment._sentenize()(flat)], chunk


# --- the texts the project holds -------------------------------------------------------------

def test_there_are_texts_to_compare_on():
    assert any(p.parent.name == "samples" for p in TEXTS)
    assert any(p.parent.name == "data" for p in TEXTS)


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_same_sentences_as_razdel_on_stored_texts(path):
    text = _read(path)
    _agree(text)
    for line in text.splitlines():  # each line as a paragraph on its own, unstripped too
        _agree_on_chunk(line)


def test_same_sentences_with_a_shared_memo(sample_texts):
    fast_memo: dict[str, list[tuple[int, int]]] = {}
    slow_memo: dict[str, list[tuple[int, int]]] = {}
    for text in sample_texts:
        assert sentences(text, None, fast_memo) == _sentences_razdel(text, None, slow_memo)
    assert fast_memo == slow_memo


@pytest.fixture(scope="module")
def pair_100k() -> tuple[str, str]:
    """bench/generate.py's 100 KB pair (a tenth of a second here; bench/reference.py covers the 1 MB ones)."""
    from bench.generate import make_pair

    return make_pair(100_000)


def test_same_sentences_on_the_generated_100k_pair(pair_100k):
    for text in pair_100k:
        _agree(text)


def test_same_sentences_on_the_generated_100k_pair_rewrapped(pair_100k):
    from bench.generate import reflow

    for text in pair_100k:
        _agree(reflow(text))
        _agree(reflow(text, 40))


# --- exact sentences of small texts ----------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("В г. Москве, т.е. в столице, прошла встреча. Она длилась час.",
     ["В г. Москве, т.е. в столице, прошла встреча.", "Она длилась час."]),
    ("К.-Ж. Токаев выступил на съезде. Он предложил перемены… И первая из них – это децентрализация!",
     ["К.-Ж. Токаев выступил на съезде.", "Он предложил перемены…", "И первая из них – это децентрализация!"]),
    ("Он сказал: «Мы придём. Обязательно». Потом ушёл. «Это всё?» — спросил он. — Да.",
     ["Он сказал: «Мы придём. Обязательно».", "Потом ушёл.", "«Это всё?» — спросил он.", "— Да."]),
    ('Партию переименуют в "Аманат". Президент поддержал. "Это важно." Так сказал он.',
     ['Партию переименуют в "Аманат".', "Президент поддержал.", '"Это важно."', "Так сказал он."]),
    ("Встреча прошла в 2015 г. В ней участвовали 3.5 тыс. человек, т.е. 1.000 семей. В. В. Путин не приехал.",
     ["Встреча прошла в 2015 г. В ней участвовали 3.5 тыс. человек, т.е. 1.000 семей.", "В. В. Путин не приехал."]),
    ("Mr. Smith went to the U.S. capital, e.g. Washington. Dr. Who said nothing. The U.S. Army left. "
     "J. R. R. Tolkien wrote it!",
     ["Mr. Smith went to the U.S. capital, e.g. Washington.", "Dr. Who said nothing.", "The U.S. Army left.",
      "J. R. R. Tolkien wrote it!"]),
    ("Итак... Что дальше? Не знаю :) Посмотрим.", ["Итак...", "Что дальше?", "Не знаю :)", "Посмотрим."]),
])
def test_exact_sentences(text, expected):
    assert _show(text, sentences(text)) == expected
    assert _show(text, _sentences_razdel(text)) == expected


# --- what segment.py copies from razdel ------------------------------------------------------

def test_razdel_is_imported_only_when_a_stretch_needs_it():
    """segment.py alone (the package reader.core imports razdel elsewhere, for quotes)."""
    import subprocess
    import sys

    code = ("import importlib.util, sys\n"
            "spec = importlib.util.spec_from_file_location('segment', 'reader/core/segment.py')\n"
            "module = sys.modules['segment'] = importlib.util.module_from_spec(spec)\n"
            "spec.loader.exec_module(module)\n"
            "sentences = module.sentences\n"
            "assert 'razdel' not in sys.modules\n"
            "sentences('Партия сменит название. Президент это поддержал!')\n"
            "assert 'razdel' not in sys.modules, 'plain sentence ends'\n"
            "sentences('Съезд прошёл в г. Нур-Султане. Его открыл президент.')\n"
            "assert 'razdel' in sys.modules\n")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


def test_the_copied_razdel_rules_are_razdel_s():
    sentenize = importlib.import_module("razdel.segmenters.sentenize")
    sokr = importlib.import_module("razdel.segmenters.sokr")
    punct = importlib.import_module("razdel.segmenters.punct")
    # _plain_end reasons about exactly these rules, in this order, with this window
    assert [rule.name for rule in sentenize.RULES] == [
        "empty_side", "no_space_prefix", "lower_right", "delimiter_right", "sokr_left", "inside_pair_sokr",
        "initials_left", "list_item", "close_quote", "close_bracket", "dash_right"]
    assert sentenize.sentenize.split.window == segment._WINDOW
    assert sentenize.sentenize.split.pattern == sentenize.DELIMITER == segment._DELIMITER
    assert set(segment._DELIMITER_CHARS) == set(sentenize.DELIMITERS)
    assert set(segment._ENDS) == set(punct.ENDINGS)
    assert segment._BULLET_LETTERS == sentenize.BULLET_CHARS
    assert (sentenize.BULLET_BOUNDS, sentenize.BULLET_SIZE) == (".)", 20)
    assert set(segment._CLOSING) <= set(punct.CLOSE_QUOTES + punct.GENERIC_QUOTES)
    assert set(punct.DASHES) <= set(segment._STARTERS) <= set(punct.DASHES + punct.OPEN_QUOTES + punct.GENERIC_QUOTES)
    known = set(sokr.HEAD_SOKRS) | set(sokr.SOKRS) | set(sokr.INITIALS) \
        | {w for pair in sokr.PAIR_SOKRS | sokr.HEAD_PAIR_SOKRS for w in pair}
    assert known <= segment._patterns().abbreviations
    assert all(w == w.lower() for w in known)


SPACED = st.text(alphabet=".?!…;\"„'»”’)]}=:-()([ \t\xa0aZ5", max_size=40)


@settings(max_examples=300, deadline=None)
@given(SPACED)
@example(";)))) x")
@example(":-( ;) =))) : ) ;")
def test_spaced_delimiters_are_razdel_s_followed_by_space(text):
    razdel = [m.span() for m in re.finditer(segment._DELIMITER, text) if text[m.end():m.end() + 1].isspace()]
    assert [m.span() for m in segment._patterns().spaced_delimiter.finditer(text)] == razdel


# --- generated Russian and English prose -----------------------------------------------------

RU = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"
EN = "abcdefghijklmnopqrstuvwxyz"
LETTERS = RU + RU.upper() + EN + EN.upper()
WORDS = [
    # words, capitalised or not, bullets and Roman numerals among them
    "партия", "Партия", "съезд", "Президент", "В", "в", "И", "и", "А", "а", "О", "Я", "Ж", "XXII", "IV", "MIX",
    "the", "The", "I", "a", "A", "news", "Report", "Nur", "Otan", "Arnapress.kz", "Касым-Жомарт", "rock'n'roll",
    "организациями", "перезагрузке", "сверхдлинныйпредлинныйтекст", "Высокопревосходительство",
    "a" * 41, "Б" * 45, "don't", "O'Brien",
    # abbreviations razdel knows, and English ones the project joins after
    "т.е.", "т. е.", "т.д.", "т.к.", "г.", "гг.", "см.", "рис.", "др.", "им.", "ул.", "ст.", "тыс.", "млн.", "с. г.",
    "e.g.", "i.e.", "Mr.", "Mrs.", "Dr.", "Prof.", "U.S.", "No.", "vs.", "approx.", "et al.", "Inc.", "a.m.",
    # initials
    "К.-Ж.", "А. С.", "В.В.", "J. R.", "Дж.", "Вс.", "M.",
    # numbers
    "3.5", "1.000", "2015", "2015 г.", "5)", "1.", "2.1.", "§ 3", "XX в.", "10:40", "95 проц.",
    # quotes, brackets, dashes, ellipses, ends, smileys
    "«", "»", '"', "„", "“", "”", "'", "’", "(", ")", "[", "]", "{", "}", "—", "–", "-", "‑", "−",
    "…", "...", "?", "!", "?!", ".", ",", ";", ":", ":)", ";-)", "=(((", ":(", "•",
]
word = st.one_of(st.sampled_from(WORDS), st.sampled_from(WORDS),
                 st.text(alphabet=LETTERS, min_size=1, max_size=12),
                 st.text(alphabet=LETTERS, min_size=1, max_size=3).map(str.capitalize))
SEPARATOR = st.sampled_from(["", "", " ", " ", " ", " ", "  ", "\n", "\n\n", "\t", "\xa0", " " * 9, " " * 11, ". ",
                             "! ", "? ", "… ", "» ", ". — ", ", ", '." ', "!» ", ") ", ". «", '. "', " \n "])
prose = st.lists(st.tuples(word, SEPARATOR), min_size=1, max_size=50).map(
    lambda parts: "".join(w + s for w, s in parts))
prose_settings = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@prose_settings
@given(prose)
@example("Касым-Жомарт Токаев изложил видение. В первую очередь, нужно работать. И первая задача.")
@example("Он пришёл. В. Путин ушёл. В Москве. В.")
@example('Сказал "Аманат". "Партия" победит. Он сказал: "Да." Потом «Нет». — Да. — сказал он.')
@example("d. A. Smith. XIV. II век. MIX. V. I. Lenin. В 5) пункте. И :) нет. И ; нет.")
@example("Слово.         В 1 2 3 4 5 6. Далее.")  # razdel counts the spaces before «В» in a list bullet's length
def test_same_sentences_as_razdel_on_generated_prose(text):
    _agree_on_chunk(text)
    _agree_on_chunk(text.strip())
    _agree(text)


@prose_settings
@given(st.lists(prose, min_size=1, max_size=4))
def test_same_sentences_as_razdel_on_generated_paragraphs(paras):
    _agree("\n".join(paras))
    _agree("\n\n".join(paras))
