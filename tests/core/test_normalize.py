import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.core.normalize import DASHES, QUOTES, SOFT, SPACES, _table, normalise
from reader.core.options import Options


@pytest.mark.parametrize("raw, key", [
    ("«Аманат»", '"аманат"'),
    ("“Amanat”", '"amanat"'),
    ("„Аманат“", '"аманат"'),
    ("Ёлка", "елка"),
    ("ПАРТИЯ", "партия"),
    ("Straße", "strasse"),
    ("a\u00a0b", "a b"),
    ("пере\u00adнос", "перенос"),
    ("—", "-"), ("–", "-"), ("−", "-"),
])
def test_default_normalisation(raw, key):
    assert normalise(raw, Options()) == key


def test_exact_options_keep_everything():
    for raw in ("«Аманат»", "Ёлка", "ПАРТИЯ", "a\u00a0b", "—"):
        assert normalise(raw, Options.exact()) == raw


def test_each_switch_alone():
    base = Options.exact()
    assert normalise("Ёж", base.with_(yo_as_ye=True)) == "Еж"
    assert normalise("Ёж", base.with_(ignore_case=True)) == "ёж"
    assert normalise("«x»", base.with_(unify_quotes=True)) == '"x"'
    assert normalise("a—b", base.with_(unify_dashes=True)) == "a-b"


def test_options_round_trip():
    opts = Options(ignore_case=False, match_threshold=0.6)
    assert Options.from_dict(opts.to_dict()) == opts
    assert Options.from_dict({"ignore_case": False, "unknown": 1}) == Options(ignore_case=False)


_SPECIAL = QUOTES + DASHES + SPACES + SOFT + "ёЁ"


@given(st.text(alphabet=st.sampled_from(_SPECIAL + "abcАбв .,"), max_size=40),
       st.booleans(), st.booleans(), st.booleans(), st.booleans())
def test_replacing_hits_equals_translating(text, quotes, dashes, spaces, yo):
    """The fast path (find the characters that change, replace each) is str.translate."""
    options = Options(unify_quotes=quotes, unify_dashes=dashes, ignore_whitespace=spaces, yo_as_ye=yo,
                      ignore_case=False)
    expected = text.translate(_table(quotes, dashes, spaces, yo))
    if spaces and expected.isspace():
        expected = " "
    assert normalise(text, options) == expected
