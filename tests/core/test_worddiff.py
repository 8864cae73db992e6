"""The word diff's token keys: the fast path (one findall, offsets from lengths) must be the
match-by-match reading it replaces, for every option set."""

from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from reader.core.normalize import SOFT, SPACES, key_function
from reader.core.options import Options
from reader.core.segment import TOKEN_RE
from reader.core.worddiff import _opcodes, comparable_tokens, word_ops


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


DEFAULT = Options()


def render(left: str, right: str, options: Options = DEFAULT) -> str:
    """The word ops of two whole texts as "[-old-]{+new+}" text; equal ops show the left text."""
    out = []
    for op in word_ops(left, (0, len(left)), right, (0, len(right)), options):
        old, new = left[op.left_start:op.left_end], right[op.right_start:op.right_end]
        if op.tag == "equal":
            out.append(old)
        else:
            out.append((f"[-{old}-]" if old else "") + (f"{{+{new}+}}" if new else ""))
    return "".join(out)


# the two cases of the sample pair (000_3cc47a45235a47aa.txt -> 001_1d3a09f0e9c6fa03.txt)

def test_an_equal_word_between_deletions_stays_equal():
    left = 'в деятельности партии необходимы серьезные изменения.\n"И полумерами здесь не обойтись.'
    right = "в деятельности партии необходимы серьезные изменения, полумерами не обойтись."
    assert render(left, right) == ('в деятельности партии необходимы серьезные изменения[-.\n"И-]{+,+}'
                                   " полумерами [-здесь-] не обойтись.")


def test_matching_comma_and_dash_stay_out_of_the_replacement():
    left = 'В первую очередь, нужно перестроить всю партийную работу", − подчеркнул президент.'
    right = "В первую очередь, нужно перестроить всю партийную работу, — сказал Касым-Жомарт Токаев"
    assert render(left, right) == ('В первую очередь, нужно перестроить всю партийную работу[-"-], −'
                                   " [-подчеркнул президент.-]{+сказал Касым-Жомарт Токаев+}")
    equal = [op for op in word_ops(left, (0, len(left)), right, (0, len(right)), Options()) if op.tag == "equal"]
    assert right[equal[-1].right_start:equal[-1].right_end] == ", — "  # the other dash, equal under the options


def test_an_equal_word_between_two_word_changes_is_folded():
    assert render("Министр вчера подписал приказ о бюджете.", "Министр сегодня подписал распоряжение о бюджете.") \
        == "Министр [-вчера подписал приказ-]{+сегодня подписал распоряжение+} о бюджете."
    # and so is a chain of them
    assert render("A x B y C z", "D x E y F z") == "[-A x B y C-]{+D x E y F+} z"


def test_an_equal_word_next_to_a_bare_insert_or_a_punctuation_change_is_not_folded():
    assert render("Итак, решено.", "Итак; решено!") == "Итак[-,-]{+;+} решено[-.-]{+!+}"
    assert render("вчера подписал.", "сегодня подписал!") == "[-вчера-]{+сегодня+} подписал[-.-]{+!+}"
    assert render("Министр вчера подписал приказ.", "Министр вчера утвердил и подписал распоряжение.") \
        == "Министр вчера {+утвердил и+}подписал [-приказ-]{+распоряжение+}."


def test_two_equal_words_between_changes_stay_equal():
    assert render("Министр финансов вчера подписал приказ.", "Глава ведомства вчера подписал распоряжение.") \
        == "[-Министр финансов-]{+Глава ведомства+} вчера подписал [-приказ-]{+распоряжение+}."


def test_matching_punctuation_between_changes_stays_equal():
    assert render("Он отметил, что проведенная работа", "По его словам, за прошедший месяц работа") \
        == "[-Он отметил-]{+По его словам+}, [-что проведенная-]{+за прошедший месяц+} работа"


def test_changed_quotes_alone_are_marked_when_quotes_count():
    left, right = "Энтузиасты с «горящими» глазами", 'Энтузиасты с "горящими" глазами'
    assert render(left, right, Options.exact()) == 'Энтузиасты с [-«-]{+"+}горящими[-»-]{+"+} глазами'
    assert render(left, right) == left


def test_spaces_between_word_changes_fold_when_white_space_counts():
    assert render("он подписал приказ", "она утвердила приказ", Options.exact()) \
        == "[-он подписал-]{+она утвердила+} приказ"
    # a deletion in one piece, not a comma and a space apart
    assert render("основанная, прежде всего, на доверии", "основанная на доверии", Options.exact()) \
        == "основанная[-, прежде всего,-] на доверии"


def test_a_repeated_word_is_deleted_as_one_phrase():
    assert render("в Москве и в Казани", "в Казани") == "[-в Москве и-] в Казани"
    # (an insert sits before the next word on the left; the space after it is the right's equal text)
    assert render("в Казани", "в Москве и в Казани") == "{+в Москве и+}в Казани"


def test_the_diff_is_minimal_where_the_longest_block_is_not():
    # difflib anchors on the longest run ("мы три слова") and loses the four words around it
    left, right = "мы три слова он сказал x так вот", "он сказал y так вот мы три слова"
    assert render(left, right) == "[-мы три слова-] он сказал [-x-]{+y+} так вот{+мы три слова+}"


def _lcs(a: list[str], b: list[str]) -> int:
    row = [0] * (len(b) + 1)
    for x in a:
        prev = row[:]
        for j, y in enumerate(b):
            row[j + 1] = prev[j] + 1 if x == y else max(prev[j + 1], row[j])
    return row[-1]


@given(st.lists(st.sampled_from("abcd,"), max_size=25), st.lists(st.sampled_from("abcd,"), max_size=25))
def test_opcodes_keep_a_longest_common_subsequence_equal(a, b):
    ops = _opcodes(a, b)
    assert sum(i2 - i1 for tag, i1, i2, j1, j2 in ops if tag == "equal") == _lcs(a, b)
    assert all(a[i1:i2] == b[j1:j2] for tag, i1, i2, j1, j2 in ops if tag == "equal")


def test_long_runs_past_the_work_cap_fall_back_and_still_tile():
    left = " ".join(f"w{k}" for k in range(800))
    right = " ".join(f"w{k}" if k % 3 else f"v{k}" for k in range(800))
    ops = word_ops(left, (0, len(left)), right, (0, len(right)), Options())
    assert (ops[0].left_start, ops[-1].left_end, ops[0].right_start, ops[-1].right_end) == \
        (0, len(left), 0, len(right))
    assert all(p.left_end == q.left_start and p.right_end == q.right_start for p, q in pairwise(ops))
    assert sum(op.tag == "equal" for op in ops) > 200


_PROSE = st.lists(st.sampled_from(["он", "Он", "сказал", "ёлка", "елка", "«да»", '"да"', ",", ".", "—", "-",
                                   " ", "  ", "\n", "\u00a0", "x", "y"]), max_size=30).map("".join)
_OPTIONS = st.builds(Options, ignore_case=st.booleans(), unify_quotes=st.booleans(), unify_dashes=st.booleans(),
                     ignore_whitespace=st.booleans(), ignore_punctuation=st.booleans())


@given(_PROSE, _PROSE, _OPTIONS)
def test_swapping_sides_swaps_the_ops_exactly_and_ops_tile(left, right, options):
    ab = word_ops(left, (0, len(left)), right, (0, len(right)), options)
    ba = word_ops(right, (0, len(right)), left, (0, len(left)), options)
    flip = {"insert": "delete", "delete": "insert"}
    assert [(flip.get(op.tag, op.tag), op.right_start, op.right_end, op.left_start, op.left_end) for op in ab] \
        == [(op.tag, op.left_start, op.left_end, op.right_start, op.right_end) for op in ba]
    pos = (0, 0)
    for op in ab:
        assert (op.left_start, op.right_start) == pos
        pos = (op.left_end, op.right_end)
    assert pos == (len(left), len(right))
