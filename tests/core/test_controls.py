from hypothesis import given
from hypothesis import strategies as st

from reader.core.controls import printable


def test_escape_sequences_and_bidi_overrides_become_visible():
    assert printable("a\x1b[2Jb") == "a\\x1b[2Jb"
    assert printable("report\u202etxt.exe") == "report\\u202etxt.exe"
    assert printable("x\x9by") == "x\\x9by"
    assert printable("line\r") == "line\\x0d"


def test_lines_and_tabs_stay_in_text_and_go_in_a_name():
    assert printable("a\tb\nc", keep_lines=True) == "a\tb\nc"
    assert printable("a\tb\nc") == "a\\x09b\\x0ac"


def test_russian_and_typography_unchanged():
    text = "«Ёлки» — т.е. К.-Ж. Кусто\u00a0сказал: „да“…"
    assert printable(text) == text


@given(st.text())
def test_no_control_character_survives(text):
    out = printable(text)
    assert not any(ord(c) < 32 or 0x7f <= ord(c) <= 0x9f or 0x202a <= ord(c) <= 0x202e
                   or 0x2066 <= ord(c) <= 0x2069 for c in out)
