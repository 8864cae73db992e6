"""The word diff's token keys: the fast path (one findall, offsets from lengths) must be the
match-by-match reading it replaces, for every option set."""

from hypothesis import given
from hypothesis import strategies as st

from reader.core.normalize import SOFT, SPACES, key_function
from reader.core.options import Options
from reader.core.segment import TOKEN_RE
from reader.core.worddiff import comparable_tokens, word_ops


def _reference(text: str, start: int, end: int, options: Options) -> tuple[list[str], list[int]]:
    keys, starts = [], []
    key_of = key_function(options)
    for m in TOKEN_RE.finditer(text, start, end):
        if m.lastgroup == "space" and options.ignore_whitespace:
            continue
        key = key_of(m.group())
        if options.ignore_whitespace and not key.strip():
            continue
        keys.append(key)
        starts.append(m.start())
    return keys, starts


_ALPHABET = st.sampled_from(list("аБвЁё xyZ.,«»—-'’\n12") + list(SPACES[:3]) + list(SOFT[:2]))


@given(st.text(alphabet=_ALPHABET, max_size=40), st.booleans(), st.booleans(), st.data())
def test_fast_tokens_equal_the_reference(text, ignore_whitespace, ignore_case, data):
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    options = Options(ignore_whitespace=ignore_whitespace, ignore_case=ignore_case)
    assert comparable_tokens(text, start, end, options) == _reference(text, start, end, options)


def test_ignoring_punctuation_drops_marks_and_keeps_words():
    text = "«Да», — сказал он."
    keys, starts = comparable_tokens(text, 0, len(text), Options(ignore_punctuation=True))
    assert keys == ["да", "сказал", "он"]
    assert [text[s:s + 2] for s in starts] == ["Да", "ск", "он"]


def test_one_changed_word_is_one_op():
    left, right = "Он назвал методы ошибочными.", "Он назвал меры ошибочными."
    ops = word_ops(left, (0, len(left)), right, (0, len(right)), Options())
    changed = [(op.tag, left[op.left_start:op.left_end], right[op.right_start:op.right_end])
               for op in ops if op.tag != "equal"]
    assert changed == [("replace", "методы", "меры")]
