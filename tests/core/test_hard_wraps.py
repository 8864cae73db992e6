"""A line break inside a sentence never splits it: hard-wrapped text has the sentences of the
same text unwrapped, in Russian and English, whatever word follows the break."""

import textwrap
from pathlib import Path

import pytest

from reader.core.compare import compare
from reader.core.model import Document
from reader.core.segment import paragraphs, sentences

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "samples" / "000_3cc47a45235a47aa.txt"

ENGLISH = [
    "Hearing in Washington",
    "The committee met on Tuesday in the U.S. Capital to hear from Dr. Alice Moreno, who had "
    "flown in from Boston that morning. She said the report was late because Mr Sidney Lee, or "
    "Mr Simon Lazarus, had kept the only copy. Nobody in the room could say which of them it was.",
    "Dr. Moreno spoke for an hour. Senator Grace Okafor asked whether the U.S. Army had seen the "
    "figures before the hearing, and whether General Paul Ridley had signed them. Mr Best "
    "murmured something about the budget, and Mrs Ada Quill laughed.",
    "Later that evening the staff released a short statement. It named Mr Thomas Greene, Ms Laura "
    "Vance and Professor Ian Hale as the authors of the missing chapter. Harold Whitmore, who "
    "chairs the committee, said the full text would be published on Friday.",
    "Photo: Reuters",
]


def split(text):
    return [text[s.start:s.end] for s in sentences(text)]


def folded(text):
    return [" ".join(s.split()) for s in split(text)]


def wrap(paras, width, separator):
    return separator.join(textwrap.fill(p, width) for p in paras) + "\n"


@pytest.mark.parametrize("width", [40, 60, 72])
def test_the_sample_rewrapped_compares_equal_to_itself(width):
    original = SAMPLE.read_text(encoding="utf-8")
    assert "\n\n" not in original  # one paragraph a line, so the wrapped text has no blank line either
    wrapped = "\n".join(textwrap.fill(line, width) for line in original.split("\n"))
    assert wrapped.count("\n") > original.count("\n") * 3
    result = compare(Document.from_text(original), Document.from_text(wrapped))
    assert result.stats.similarity == 100.0
    assert {link.kind for link in result.links} == {"equal"}
    assert result.stats.inserted == result.stats.deleted == 0
    # the same sentences on both sides (textwrap breaks "Касым-Жомарт" after the hyphen: drop all space)
    assert ["".join(s.split()) for s in split(wrapped)] == ["".join(s.split()) for s in split(original)]


ENGLISH_SENTENCES = [
    "Hearing in Washington",
    "The committee met on Tuesday in the U.S. Capital to hear from Dr. Alice Moreno, who had flown in "
    "from Boston that morning.",
    "She said the report was late because Mr Sidney Lee, or Mr Simon Lazarus, had kept the only copy.",
    "Nobody in the room could say which of them it was.",
    "Dr. Moreno spoke for an hour.",
    "Senator Grace Okafor asked whether the U.S. Army had seen the figures before the hearing, and "
    "whether General Paul Ridley had signed them.",
    "Mr Best murmured something about the budget, and Mrs Ada Quill laughed.",
    "Later that evening the staff released a short statement.",
    "It named Mr Thomas Greene, Ms Laura Vance and Professor Ian Hale as the authors of the missing chapter.",
    "Harold Whitmore, who chairs the committee, said the full text would be published on Friday.",
    "Photo: Reuters",
]


@pytest.mark.parametrize("separator", ["\n", "\n\n"])
@pytest.mark.parametrize("width", [40, 60, 72])
def test_english_rewrapped_has_the_same_sentences(width, separator):
    original = separator.join(ENGLISH) + "\n"
    assert folded(original) == ENGLISH_SENTENCES
    assert folded(wrap(ENGLISH, width, separator)) == ENGLISH_SENTENCES


def test_a_wrap_before_a_name_or_a_title_does_not_split():
    text = textwrap.fill("The report was late because Mr Sidney Lee, or Mr Simon Lazarus, had kept the only "
                         "copy of it. Later Mr Best murmured something about the budget and the U.S. Army, "
                         "and Dr. Moreno said nothing at all for the rest of the day.", 53)
    assert text == ("The report was late because Mr Sidney Lee, or Mr\n"
                    "Simon Lazarus, had kept the only copy of it. Later Mr\n"
                    "Best murmured something about the budget and the U.S.\n"
                    "Army, and Dr. Moreno said nothing at all for the rest\n"
                    "of the day.")
    assert split(text) == [
        "The report was late because Mr Sidney Lee, or Mr\nSimon Lazarus, had kept the only copy of it.",
        "Later Mr\nBest murmured something about the budget and the U.S.\nArmy, and Dr. Moreno said "
        "nothing at all for the rest\nof the day.",
    ]


def test_a_wrap_after_an_abbreviation_does_not_split():
    text = ("The hearing was opened by Dr.\n"
            "Moreno, who had flown in from the\n"
            "U.S. Virgin Islands, and by Mr\n"
            "Best. Nobody knew why the senator\n"
            "was not there, or why the room was\n"
            "so cold that morning.\n")
    assert split(text) == [
        "The hearing was opened by Dr.\nMoreno, who had flown in from the\nU.S. Virgin Islands, and by Mr\nBest.",
        "Nobody knew why the senator\nwas not there, or why the room was\nso cold that morning.",
    ]


def test_a_wrap_before_a_capitalised_word_in_russian():
    text = ("Спикер мажилиса предложил переименовать партию Nur Otan в\n"
            "\"Аманат\". Президент Казахстана, председатель партии Токаев\n"
            "поддержал предложение. Также стало известно, что 16 марта\n"
            "Президент Казахстана представит пакет новых реформ.\n")
    assert split(text) == [
        "Спикер мажилиса предложил переименовать партию Nur Otan в\n\"Аманат\".",
        "Президент Казахстана, председатель партии Токаев\nподдержал предложение.",
        "Также стало известно, что 16 марта\nПрезидент Казахстана представит пакет новых реформ.",
    ]


def test_a_headline_stays_apart_from_the_body_one_paragraph_a_line():
    text = ("Токаев предложил перезагрузить партию Nur Otan\n"
            "Президент Казахстана Касым-Жомарт Токаев выступил на внеочередном съезде партии. "
            "Он предложил перестроить всю партийную работу.\n"
            "Hearing in Washington on the missing chapter\n"
            "The committee met on Tuesday.\n")
    assert [text[p.start:p.end] for p in paragraphs(text)] == [
        "Токаев предложил перезагрузить партию Nur Otan",
        "Президент Казахстана Касым-Жомарт Токаев выступил на внеочередном съезде партии. "
        "Он предложил перестроить всю партийную работу.",
        "Hearing in Washington on the missing chapter",
        "The committee met on Tuesday.",
    ]


def test_one_wrapped_paragraph_among_unwrapped_ones():
    body = ("The committee met on Tuesday in the U.S. Capital to hear from Dr. Alice Moreno, who had "
            "flown in from Boston that morning. She said the report was late because Mr Sidney Lee, or "
            "Mr Simon Lazarus, had kept the only copy.")
    wrapped = textwrap.fill(body, 47)
    assert wrapped.count("\n") == 4 and "the U.S.\nCapital" in wrapped and "or Mr\nSimon" in wrapped
    text = "\n".join([ENGLISH[0], ENGLISH[2], wrapped, ENGLISH[3]]) + "\n"
    assert [" ".join(text[p.start:p.end].split()) for p in paragraphs(text)] == [
        ENGLISH[0], ENGLISH[2], body, ENGLISH[3]]


def test_a_short_list_is_not_taken_for_a_wrapped_paragraph():
    text = ("Токаев предложил перезагрузить партию Nur Otan\n"
            "Спикер мажилиса предложил новое название\n"
            "Пакет реформ представят шестнадцатого марта\n"
            "Энтузиасты уступили место функционерам\n")
    assert [text[p.start:p.end] for p in paragraphs(text)] == text.splitlines()
