from hypothesis import given, settings
from hypothesis import strategies as st

from reader.present.format import decimal, pct


def test_numbers_as_each_language_writes_them():
    assert pct(0.256) == "25.6%"
    assert pct(0.256, "ru") == "25,6\u00a0%"
    assert pct(1.0, "ru") == "100,0\u00a0%"
    assert decimal(0.666, 2) == "0.67"
    assert decimal(0.666, 2, "ru") == "0,67"


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=" \n\t\r\u00a0\u2009\u2028ab"))
def test_one_line_collapses_every_run_of_white_space_into_one_space(text):
    import re

    from reader.present.format import one_line

    assert one_line(text) == re.sub(r"\s+", " ", text)
