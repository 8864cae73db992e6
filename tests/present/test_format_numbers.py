from reader.present.format import decimal, pct


def test_numbers_as_each_language_writes_them():
    assert pct(0.256) == "25.6%"
    assert pct(0.256, "ru") == "25,6\u00a0%"
    assert pct(1.0, "ru") == "100,0\u00a0%"
    assert decimal(0.666, 2) == "0.67"
    assert decimal(0.666, 2, "ru") == "0,67"
